"""Author lines in the shapes other languages print them: a lead word inside the date line
("Publié le 8 février 2024 par Julien Martin", "Опубликовано 5 февраля 2024 автор Дмитрий
Орлов", "Publicado por huertamadrid el 15 de marzo", "2024年3月15日 来源：江南日报 作者：王晓明"),
and the word for a reporter after the name ("김민수 기자"), or after a word for the paper's own
staff in place of one ("নিজস্ব প্রতিবেদক": a desk, no person).

The words are data (`phrase_tables_intl`); the shapes are the same in every language: a lead,
then a name (capitalised words, a name in a script without capitals, or on a date line a
blog's lower-case account), up to the next separator; or a short name, then the reporter word
ending the line.
"""

from __future__ import annotations

import re

from reader.core.ingest.meta_names import USERNAME, before_name_end, is_names, meta_words
from reader.core.ingest.phrase_tables_intl import (
    DATE_ARTICLES,
    DATED_BYLINE_LEADS,
    REPORTER_TAILS,
    STAFF_WORDS,
)
from reader.core.ingest.shape import CJK, is_caseless_name, is_name_list


def _lead_pattern() -> re.Pattern[str]:
    """A lead in letters has a word boundary on both sides ("par" is no lead inside
    "separate"); one in a script without spaces may be glued to what precedes it ("日作者：").
    Either is followed by a space or a colon, half- or full-width."""
    spaced = [lead for lead in DATED_BYLINE_LEADS if not CJK.search(lead)]
    glued = [lead for lead in DATED_BYLINE_LEADS if CJK.search(lead)]

    def alternation(leads: list[str]) -> str:
        return "|".join(re.escape(lead) for lead in sorted(leads, key=len, reverse=True))

    return re.compile(
        rf"(?:(?<!\w)(?:{alternation(spaced)})|(?:{alternation(glued)}))(?:\s*[:：]\s*|\s+)",
        re.IGNORECASE,
    )


_LEAD = _lead_pattern()
# What ends the name after a lead: a separator, a bracket, another label's colon.
_NAME_END = re.compile(r"\s+[|·•–—/-]\s*|[|·•,;(（、]|\s+\S+[:：]")
_MAX_NAME_WORDS = 4
# Co-authors: two or three names and the words joining them ("Jean Dupont et Marie Curie").
_MAX_NAMES_WORDS = 9
_OUTLET_ARTICLES = frozenset("The Le Les El Il Der Die Das".split())
_EMAIL = re.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
_REPORTER_NAME_WORDS = 3
# The outlet in brackets before a reporter's name ("[서울신문] 김민수 기자"), and the marks that
# join co-authors' names in scripts without capitals ("김민수·이서연 기자").
_BRACKETED = re.compile(r"^\s*(?:\[[^\]]*\]|【[^】]*】)\s*")
_ANY_TAIL = re.compile("|".join(map(re.escape, sorted(REPORTER_TAILS, key=len, reverse=True))))
_CO_AUTHORS = re.compile(r"\s*[·・,、]\s*")
# Case-sensitive: "Marine Le" keeps its "Le".
_DATE_ARTICLE = re.compile(r"\s+(?:" + "|".join(DATE_ARTICLES) + r")$")


def without_date_article(before: str) -> str:
    """The text before a date without the word that leads to the date ("Por Juan Pérez el"
    → "Por Juan Pérez")."""
    return _DATE_ARTICLE.sub("", before)


def byline_in_date_line(text: str) -> str | None:
    """The author a lead word introduces inside a date line, in any language: "Publié le 8
    février 2024 par Julien Martin" → "Julien Martin", "… 作者：王晓明" → "王晓明",
    "Publicado por huertamadrid el 15 de marzo de 2024" → "huertamadrid"."""
    for match in _LEAD.finditer(text):
        # A lower-case word is an account only after a lead of several words or a label's
        # colon ("Publicado por huertamadrid", "autor: jkowal"): after a bare "por", "da"
        # or "door" it may be any word ("door prizes").
        lead = match.group().strip()
        name = _name_at(text[match.end() :], " " in lead or lead.endswith((":", "：")))
        if name:
            return name
    return None


def _name_at(rest: str, account: bool) -> str | None:
    """The name `rest` opens with, up to the next separator: capitalised words that make a
    person's name, a name in a script without capitals, or (with `account`) a lower-case
    account."""
    end = _NAME_END.search(rest)
    words = before_name_end(meta_words(rest[: end.start()] if end else rest))
    for count in range(min(len(words), _MAX_NAMES_WORDS), _MAX_NAME_WORDS, -1):
        # Co-authors; a capitalised article starts the outlet after them ("… Le Monde").
        candidate = " ".join(words[:count]).rstrip(".,")
        if not _OUTLET_ARTICLES.intersection(words[1:count]) and is_names(candidate):
            return candidate
    for count in range(min(len(words), _MAX_NAME_WORDS), 0, -1):
        candidate = " ".join(words[:count]).rstrip(".,")
        if is_name_list(candidate) or is_caseless_name(candidate):
            return candidate
    if account and words and USERNAME.match(words[0]):
        return words[0]  # "Publicado por huertamadrid el …": a blog's or forum's account
    return None


def reporter_line(text: str) -> tuple[bool, str | None]:
    """Whether the line (or its last part after a bar) is a name and a reporter word after it
    ("김민수 기자", "김민수 기자 kim@example.kr", "[서울신문] 김민수·이서연 기자", "입력
    2023.04.03 | 김민수 기자"), or a staff word in place of the name ("নিজস্ব প্রতিবেদক"), and
    the names (None for the staff's line)."""
    if not _ANY_TAIL.search(text):
        return False, None  # most lines: settled by one search before the line is taken apart
    words = _BRACKETED.sub("", _EMAIL.sub("", text.rsplit("|", 1)[-1])).split()
    if len(words) < 2 or words[-1] not in REPORTER_TAILS:
        return False, None
    before = words[:-1]
    if len(before) > _REPORTER_NAME_WORDS:
        return False, None
    if all(word in STAFF_WORDS for word in before):
        return True, None
    names = [name for name in _CO_AUTHORS.split(" ".join(before)) if name]
    if names and all(is_caseless_name(name) or is_name_list(name) for name in names):
        return True, ", ".join(names)
    return False, None
