"""The name words of an author's meta line: the person names a line opens with ("Joe
Rossignol on November 19, 2019" → "Joe Rossignol"), one word that is a first name or a blog's
account ("Regan", "oradmin"), and a shouted name in its usual case ("JOSH BOAK" → "Josh Boak").

The readers of author lines (`byline`) ask these once they know where in a line the names
start; what ends a name here (a month, a time zone, "on"/"am", a connector) is what meta lines
print after it.
"""

from __future__ import annotations

import re

from reader.core.ingest.date_lines import MONTHS, RELATIVE_DAYS, WEEKDAYS
from reader.core.ingest.name_lists import phrase_not_name
from reader.core.ingest.shape import is_name_list

# Words that join a date line to the author after it ("28. Oktober 2025 durch").
CONNECTORS = ("by", "von", "durch", "from")

_NAME_TOKEN = re.compile(r"[A-ZÄÖÜÀ-Þ][\w'’.-]*$")
_PARTICLES = frozenset("von van der de den du da di del la le zu ter".split())
# Words between two names of one byline ("Jane Doe and John Roe").
JOINERS = frozenset(("and", "und", "&"))
# "and" between two names in French, Spanish, Italian, Dutch, Catalan, the Nordic languages.
_OTHER_JOINERS = re.compile(r"\s(?:et|y|e|en|i|og|och|ja)\s")
# Words that end the names in a meta line ("… by Joe Smith on November 19", "VON X UM 21:11",
# "… Jane Doe Leave a comment", "… Hinterlasse einen Kommentar", "Laisser un commentaire").
_AFTER_NAME = frozenset(
    "on am at um in aus from for für zuletzt geändert aktualisiert veröffentlicht updated "
    "published schreibe kommentar kommentare comments lesezeit lesedauer min leave hinterlasse "
    "laisser deja lascia".split()
)  # fmt: skip
_MAX_INLINE_NAME_WORDS = 4
# Time-zone abbreviations printed after the time ("8:41 AM UTC", "11:47am EST").
_TIME_ZONES = frozenset(
    "UTC GMT CET CEST MEZ MESZ WET WEST EET EEST BST IST HKT JST KST AEST AEDT "
    "ET EST EDT CT CST CDT MT MST MDT PT PST PDT HST AKST".split()
)  # fmt: skip
# Days that open the date glued after the names ("By Malcolm Owen Monday, November 18, 2019").
_DAYS = frozenset(WEEKDAYS + RELATIVE_DAYS)
# A bar or dot between two fields of a meta line.
_FIELD_SEPARATOR = re.compile(r"\s[|·•]\s")
# A blog's lower-case account ("oradmin", "eseppelt").
USERNAME = re.compile(r"[a-z][a-z0-9_.-]{2,30}$")
# The accounts content systems set a site up with, and the role they file writers under: no
# person and no desk ("By admin", "Posted on March 30, 2015 by Admin"). A desk signs with a
# newsroom's word ("Redaktion", "Editorial", "Newsdesk", "Staff Reports": the desks in the dev
# sets' gold), a person by name; a blog's own account ("oradmin", "eseppelt") is its writer's.
CMS_ACCOUNTS = frozenset(("admin", "administrator", "wpadmin", "wordpressadmin", "webmaster", "editor"))
# Words naming a newsroom desk, case-folded: the last word of a desk credit (`desk_credits`),
# any word of the desk line beside a date that `head_authors` reads as the author ("Redaktion -
# 31. Januar 2022"), the desk after an article (`desk_after_article`). ("Staff" is left out:
# "Wired Staff" in a footer menu links to the staff page.)
DESK_WORDS = frozenset(
    ("redaktion", "redaktionsteam", "online-redaktion", "nachrichtenredaktion", "newsdesk")
)
# The English desks a page names with their article after the lead word ("By the editors", "By
# the Editorial Board", "By the staff"): the article says the word is the desk, not a menu's.
_ARTICLE_DESKS = DESK_WORDS | frozenset(("editors", "board", "staff", "desk", "newsroom", "team"))
_ENGLISH_ARTICLES = frozenset(("the",))
# "Von der Redaktion", "Die Redaktion": the German article is the case's, not the desk's name,
# which the dev sets' gold writes bare ("Redaktion").
_GERMAN_ARTICLES = frozenset(("der", "die", "den", "dem"))
_DESK_ARTICLES = _ENGLISH_ARTICLES | _GERMAN_ARTICLES
_DESK_NAME_WORDS = 3
# Words that are never a byline alone: the article, preposition or conjunction a lead word is
# followed by when no name starts after it ("By the editors", "Von der Redaktion"), read as a
# blog's lower-case account or a one-word first name.
FUNCTION_WORDS = frozenset(
    "the a an of and or by from to in on at for with der die das den dem des ein eine einen "
    "einem einer und oder von vom mit für zu zur zum bei aus le la les un une de du et".split()
)  # fmt: skip


def meta_words(text: str) -> list[str]:
    """The words of a meta line, its separator dots and bars dropped ("Joe Smith · 31. Oktober
    2023 | 3 min")."""
    return text.replace("·", " ").replace("|", " ").split()


def before_name_end(words: list[str]) -> list[str]:
    """The words before the first that ends the names of a meta line ("Jean Dupont Laisser
    un commentaire" → "Jean Dupont")."""
    for k, word in enumerate(words):
        if word.lower() in _AFTER_NAME:
            return words[:k]
    return words


def first_field(rest: str) -> str:
    """What follows a lead up to the meta line's next field: a bar or dot set off by spaces
    ends the names ("Gepostet von Katharina Volkwein | Wohnen": the post's category)."""
    if "|" not in rest and "·" not in rest and "•" not in rest:
        return rest
    match = _FIELD_SEPARATOR.search(rest)
    return rest[: match.start()] if match and rest[: match.start()].strip() else rest


def one_word_name(word: str, account: bool = False) -> str | None:
    """A first name as the whole byline ("Regan"), or with `account` a blog's lower-case
    account ("oradmin"); not a month, a number, a connector or a web address ("von
    energiekalender.de"). Without a date beside it a lower-case word is a phrase ("Written
    by hand")."""
    if any(map(str.isdigit, word)) or "." in word:
        return None
    if word.lower() in CONNECTORS or word.lower() in MONTHS:
        return None
    if _NAME_TOKEN.match(word) or (account and USERNAME.match(word)):
        return fix_case(word)
    return None


def leading_names(tokens: list[str], min_words: int) -> str | None:
    """The person names at the start of `tokens` ("Joe Rossignol on November …" → "Joe
    Rossignol"), or None when they do not start with one."""
    taken: list[str] = []
    current = 0
    for index, token in enumerate(tokens):
        bare = token.rstrip(",;")  # a semicolon ends a credit's part ("Anna Roth; Fotos: …")
        if bare.lower() in JOINERS and current >= 2:
            taken.append(bare)
            current = 0
            continue
        if bare.lower() in _AFTER_NAME:
            break
        if bare.lower() in _PARTICLES and current:
            taken.append(bare)
            continue
        if not _NAME_TOKEN.match(bare) or any(map(str.isdigit, bare)):
            break
        if bare.lower().rstrip(".") in MONTHS or bare.upper() in _TIME_ZONES:
            break  # "Februar 2020", "8:41 AM UTC": the date, not a name
        if (
            bare.lower() in _DAYS
            and opens_date(tokens[index + 1 : index + 2])
            and not weekday_surname(taken[-current:] if current else [])
        ):
            break  # "Monday, November 18": the date's weekday, not "Ralf Freitag", "Tuesday Weld"
        if bare.lower() in CONNECTORS:
            break
        if current == _MAX_INLINE_NAME_WORDS:
            break
        taken.append(bare)
        current += 1
        if token.endswith((",", ";")):
            break
    while taken and (taken[-1].lower() in JOINERS or taken[-1].lower() in _PARTICLES):
        taken.pop()
    names = " ".join(taken)
    if not names or len(names.split()) < min_words or phrase_not_name(names):
        return None
    return " ".join(fix_case(word) for word in names.split())


def desk_after_article(tokens: list[str]) -> str | None:
    """The desk a lead word names with its article ("the editors | March 3" → "The Editors",
    "the Editorial Board" → "The Editorial Board", "der Redaktion" → "Redaktion", "the
    Editors of Consumer Reports" as printed): one to three words of letters after the article,
    the last a desk's; an English desk keeps its article, as a byline opens, in capitals ("By
    The Editors" is printed so too). The desk ends the credit, or a date or its owner ("of
    Consumer Reports") follows: a line going on is a sentence or a widget's, whose "the" or
    "der" is no desk's ("By the way the team had known", "Von der Redaktion empfohlen",
    "Liked by the team and 3 others")."""
    if len(tokens) < 2 or tokens[0].casefold() not in _DESK_ARTICLES:
        return None
    words = before_name_end(tokens[1:])
    last = next((k for k, w in enumerate(words[:_DESK_NAME_WORDS]) if w.rstrip(",").casefold() in _ARTICLE_DESKS), None)
    if last is None or not all(w.isalpha() and w.casefold() not in FUNCTION_WORDS for w in words[:last]):
        return None
    desk = [w if any(map(str.isupper, w)) else w.capitalize() for w in [*words[:last], words[last].rstrip(",")]]
    rest = words[last + 1 :]
    english = tokens[0].casefold() in _ENGLISH_ARTICLES
    owner = english and not words[last].endswith(",") and _desk_owner(rest)
    if owner:
        desk += rest
    elif rest and not opens_date(rest):
        return None
    return " ".join(["The", *desk] if english else desk)


def _desk_owner(rest: list[str]) -> bool:
    """`rest` names the desk's paper: "of" and one to four capitalised words ("of Consumer Reports")."""
    names = rest[1:]
    return (
        len(rest) > 1 and rest[0] == "of" and len(names) <= _MAX_INLINE_NAME_WORDS
        and all(w.isalpha() and w[0].isupper() for w in names)
    )  # fmt: skip


def opens_date(words: list[str]) -> bool:
    """The first of `words` is a month's name or holds a digit (a day, a year): after a
    weekday it makes the weekday the date's ("Monday, November 18", "Freitag, 3. Juni"); a
    weekday with any other word after it, or none, is a name's ("Ralf Freitag", "Tuesday
    Weld"). Bylines glue the date after the names in copied text and saved pages alike."""
    return bool(words) and (
        words[0].casefold().strip(",.") in MONTHS or any(ch.isdigit() for ch in words[0])
    )


def weekday_surname(name: list[str]) -> bool:
    """A weekday right after the words `name` is its surname even with a date after it when
    `name` is a lone first name not closed by a comma ("Von Ralf Freitag, 18. November 2019",
    "Eva Samstag 3. Juni 2023"): a byline of a first name alone is rarer than Freitag, Sonntag
    or Montag as a surname. After a full name or a comma the weekday is the date's ("Von Anna
    Weber Freitag, 18. November", "Von Ralf, Freitag, 18. November")."""
    return len(name) == 1 and not name[0].endswith(",")


def is_names(names: str) -> bool:
    """A list of person names, joined in English or German or in another language ("Jean
    Dupont et Marie Curie", "María García y José López", "Jan de Vries en Piet Jansen")."""
    if is_name_list(names):
        return True
    joined = _OTHER_JOINERS.sub(" and ", names)
    return joined != names and is_name_list(joined)


def fix_case(word: str) -> str:
    """A shouted name word in its usual case ("BOAK" → "Boak", "MASCARO," → "Mascaro,",
    "SMITH-JONES" → "Smith-Jones"); other words as they are."""
    core = word.rstrip(",;")
    parts = core.split("-")
    if len(core) >= 2 and core.isupper() and all(part.isalpha() for part in parts):
        return "-".join(part.capitalize() for part in parts) + word[len(core) :]
    return word
