"""One role per office, in the language a list is written in.

Sources in two languages name the same office in both ("Premierministerin", "Prime Minister")
and in several cases ("prime minister" in running text, "Prime Minister" before a name), so a
person's roles, gathered over the sources, repeat one office three times. A who's who line says
each office once: roles that name the same office are one (the office table, `office_names`,
knows the German and English words of the offices news names most; other roles are one when
they differ only in case), and the one shown is written in the list's language — a form the
sources used in that language when there is one (a German form the sources used also carries
the person's gender: "Premierministerin"; so does an English "chairwoman"), else the table's
("vice-premier" is "Vizepremier" in German). A role the table does not know stays as written.
A country code or nationality before the office ("US-Präsident", "Japanese Prime Minister")
says the same office more precisely, so it joins the plain office and wins over it; a code
travels into the other language ("US President"; the US cabinet by its own titles: "US
Secretary of State"), a nationality word stays in its own. An office held before ("Ex-Premier",
"former Prime Minister") is one office of its own, written "former …" in English and "Ex-…"
in German. A German compound of a place or a field and a known office ("Japanexperte",
"Unternehmenspräsident", "Energie-Experte") is that office, and an English list says it in
English ("Japan expert", "company president", "energy expert") instead of showing the German
word or half of it; so is a company's or a club's name before a known office
("Volkswagen-Chef": "Volkswagen chief"). A salutation the rules read before a name ("Frau",
"Herr", "Mr", "Mrs", "Ms") is no role and is not listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from reader.core.entities import places
from reader.core.entities.closer_roles import closer_kept
from reader.core.entities.first_names import sure_sex_of
from reader.core.entities.held_offices import ACTING, DESIGNATE, ELECT, FORMER, held, written_held
from reader.core.entities.lexicon import ROLE_ENDINGS_DE, ROLE_WORDS_EN
from reader.core.entities.office_names import (
    EITHER_DE,
    ENGLISH_ALSO,
    ENGLISH_FEMININE,
    FEMININE_DE,
    FEMININE_EN,
    GERMAN_ALSO,
    OFFICES,
    SALUTATIONS,
)  # fmt: skip
from reader.core.entities.person_titles import is_title
from reader.core.entities.role_nouns import womans
from reader.core.entities.role_phrases import JOBS_DE, JOBS_EN
from reader.core.entities.written_roles import honorific, written

_FEMININE = (
    {german_f.casefold() for _en, _m, german_f in OFFICES.values()} | FEMININE_DE
) - EITHER_DE
_GERMAN = {m.casefold(): key for key, (_en, m, _f) in OFFICES.items()}
_GERMAN |= {f.casefold(): key for key, (_en, _m, f) in OFFICES.items()} | GERMAN_ALSO
_ENGLISH = {en.casefold(): key for key, (en, _m, _f) in OFFICES.items()} | ENGLISH_ALSO
# The keys of an office held before, for the time being or not yet (`held_offices`):
# "former:prime minister" for "Ex-Premier" and "former Prime Minister".
_HELD = tuple(f"{kind}:" for kind in (FORMER, ACTING, ELECT, DESIGNATE))
# A code before an office: "US-Präsident", "US President", "U.S. Secretary", "EU-Kommissar".
_CODE = re.compile(r"^(?:[A-Z]{2,3}|U\.S\.|U\.K\.)$")
# Nationality words English sources put before an office ("Japanese Prime Minister"): a capital
# word ending as demonyms end; the office after it decides that it is one.
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ese|ian|an|ish|ch|i)$")


# A title the rules read after a role, before the name it stands with ("AVV-Geschäftsführerin
# Dr. Linda Kisabaka"): the role is the office without it.
_TITLE_AFTER = re.compile(r"(?:\s+(?:Dr|Prof)\.)+$")


def _office(role: str) -> tuple[str, str, str, str] | None:
    """(office key, language, qualifier, qualifier's kind) of a role the table knows, or None."""
    role = _TITLE_AFTER.sub("", role)
    if (how := held(role)) is not None:  # "Ex-Premier", "acting CEO": an office of its own
        kind, office, language = how
        known = _office(office)
        if known is None or known[0].startswith(_HELD):
            return None
        if not language:  # "Ex-": German's and English's ("Ex-Premier", "ex-CEO")
            language = "de" if office.casefold() in _GERMAN else known[1]
        return f"{kind}:{known[0]}", language, known[2], known[3]
    low = role.casefold()
    if low in _GERMAN and low not in _ENGLISH:
        return _GERMAN[low], "de", "", ""
    if low in _ENGLISH:
        return _ENGLISH[low], "en", "", ""
    code, hyphen, rest = role.rpartition("-")
    if hyphen and _CODE.match(code) and rest.casefold() in _GERMAN:
        return _GERMAN[rest.casefold()], "de", code, "code"
    if hyphen and code.casefold() in _FIELDS_DE and (code + rest).casefold() in _GERMAN:
        return _office(code + rest.casefold())  # "Finanz-Chef" is "Finanzchef": "CFO"
    if hyphen and rest.casefold() in _GERMAN and code.casefold() in _FIELDS_DE:
        return _GERMAN[rest.casefold()], "de", _FIELDS_DE[code.casefold()], "field"  # "Energie-"
    if hyphen and code[:1].isupper() and rest.casefold() in _GERMAN and "-" not in code:
        return _GERMAN[rest.casefold()], "de", code, "name"  # "Volkswagen-Chef", "HSV-Präsident"
    if (compound := _german_compound(role)) is not None:
        return compound
    first, space, rest = role.partition(" ")
    if space and rest.casefold() in _ENGLISH:
        if _CODE.match(first):
            return _ENGLISH[rest.casefold()], "en", first, "code"
        if _DEMONYM.match(first):
            return _ENGLISH[rest.casefold()], "en", first, "word"
    return None


# Fields a German role compound names before its office, in English ("Unternehmenspräsident":
# a company's president; "Parteichef" is in the table as no office of its own).
_FIELDS_DE = {
    "unternehmens": "company", "konzern": "group", "partei": "party", "fraktions": "party group",
    "regierungs": "government", "verbands": "association", "gewerkschafts": "union",
    "bundes": "federal", "landes": "state",  # "Bundesfinanzminister", "Landesinnenminister"
    # the fields experts and players are named by ("Technikexperte", "Tennis-Olympiasieger",
    # "Spielpartner"): session 41's who's who showed them in German in an English list
    "energie": "energy", "technik": "technology", "klima": "climate", "tennis": "tennis",
    "rechts": "legal", "spiel": "playing", "sicherheits": "security", "finanz": "finance",
}  # fmt: skip


def _german_compound(role: str) -> tuple[str, str, str, str] | None:
    """A German compound of a field or a place and an office the table knows: "Japanexperte"
    (the office "expert", qualified by the place "Japan"), "Unternehmenspräsident" ("company")."""
    low = role.casefold()
    for size in range(len(low) - 3, 4, -1):  # the longest office the word ends with
        office = _GERMAN.get(low[-size:])
        if office is None:
            continue
        front = role[:-size]
        if front.casefold() in _FIELDS_DE:
            return office, "de", _FIELDS_DE[front.casefold()], "field"
        if front[:1].isupper() and places.lookup(front) is not None:
            return office, "de", front, "place"
        return None
    return None


# The US cabinet's titles, which English gives them and German writes as ministers.
_US_TITLES = {
    "foreign minister": "Secretary of State", "finance minister": "Treasury Secretary",
    "defence minister": "Defense Secretary", "energy minister": "Energy Secretary",
    "health minister": "Health Secretary", "trade minister": "Commerce Secretary",
}  # fmt: skip


def _written(key: str, language: str, qualifier: str, feminine: bool) -> str:
    if key.startswith(_HELD):  # "former Prime Minister", "Ex-Premierminister"
        kind, _colon, rest = key.partition(":")
        office = _written(rest, language, qualifier, feminine)
        return written_held(kind, office, language, feminine)
    english, masculine, female = OFFICES[key]
    if feminine:
        english = ENGLISH_FEMININE.get(key, english)  # "Königin": "Queen"
    if language == "de":
        form = female if feminine else masculine
        return f"{qualifier}-{form}" if qualifier else form
    if qualifier in ("US", "U.S.") and key in _US_TITLES:
        return f"{qualifier} {_US_TITLES[key]}"  # "US-Außenminister" -> "US Secretary of State"
    return f"{qualifier} {english}" if qualifier else english


def merge_roles(roles: Iterable[str], language: str = "en", name: str = "") -> tuple[str, ...]:
    """`roles` (the most used first) with one role per office, written for `language` ("de" or
    "en"); offices named by more of the roles come first, then in the order given. A salutation
    ("Frau", "Mr.") is no office and is left out, nor is an honorific ("Hon.": how one is
    addressed) or an academic title ("Dr.": every list writes that before the name,
    `person_titles.titled_name`, as the who's who does). A short title is written out and a German office in the nominative
    (`written_roles`): "Gov." is "Governor", "Abg." before `name` "Thomas Müller"
    "Abgeordneter". A German list writes a woman's office in her form where her first name
    surely is a woman's (`first_names.sure_sex_of`, `role_nouns.womans`): a source that said
    "press secretary" or a shared plural "Pressesprecher" listed "Stephanie Grisham —
    Pressesprecher", which reads as a slip."""
    first = name.split()[0] if name.split() else ""
    woman = language == "de" and bool(first) and sure_sex_of(first) == "f"
    roles = [
        written(r, first) for r in dict.fromkeys(roles)
        if r.rstrip(".").casefold() not in SALUTATIONS and not is_title(r) and not honorific(r)
    ]  # fmt: skip
    feminine = any(
        r.rpartition("-")[2].casefold() in _FEMININE
        or r.rpartition(" ")[2].casefold() in FEMININE_EN
        for r in roles
    )  # "Regierungschefin", "White House spokeswoman"
    groups: dict[str, list[str]] = {}
    for role in roles:  # an office held and the same office held before are one ("Ex-Vize…")
        office = _office(role)
        groups.setdefault(_one_office(office[0]) if office else "=" + role.casefold(), []).append(role)
    ranked = sorted(groups.items(), key=lambda kv: -len(kv[1]))  # stable: ties keep their order
    shown = [_shown(*_held_as_first(key, members), language, feminine) for key, members in ranked]
    if any(_language_of(role) == language or _office(role) for role in shown):
        # a role the table cannot say in the list's language is left out beside one it can:
        # "Staatschef, leader" lists "Staatschef" in German
        shown = [role for role in shown if _language_of(role) in (language, None)]
    if woman:  # "Pressesprecher" of a shared plural or a man's form: "Pressesprecherin"
        shown = [womans(role) for role in shown]
    return closer_kept(tuple(dict.fromkeys(shown)))  # "press secretary" beside "White House Press Secretary"


_FORMER = f"{FORMER}:"


def _one_office(key: str) -> str:
    """The office a key names however it is held before: "former:vice president" is "vice
    president". A line listed "Vizepräsident, Ex-Vizepräsident" for Joe Biden, whom sources of
    2019 called the former vice president and, a sentence on, "Vice President Biden"."""
    return key.removeprefix(_FORMER)


def _held_as_first(office: str, members: list[str]) -> tuple[str, list[str]]:
    """(key, roles) of the form an office is listed in: held or held before, as the first of
    `members` (the roles come most used first: as most of the sources of that time say it)."""
    if office.startswith("="):
        return office, members
    first = _office(members[0])
    key = first[0] if first else office
    return key, [m for m in members if (known := _office(m)) is not None and known[0] == key]


def most_given(counts: Mapping[str, int]) -> tuple[str, ...]:
    """The roles by how many sources give each, most first, then as written; an office given
    both held and held before opens with the form more sources give, summed over its
    spellings ("Vice President", "Vizepräsident" and "vice-president" in one source each
    outnumber "former Vice President" in two), and on a tie held before (a source writes
    "former" on purpose, while "Ousted WeWork CEO Adam Neumann" or a retold "Vice President
    Biden" keeps the bare office), since `merge_roles` lists an office in the form of its
    first role. Another office held before keeps its place ("Senator, former Governor")."""
    ordered = sorted(counts, key=lambda role: (-counts[role], role))
    forms: dict[str, dict[bool, int]] = {}
    for role in ordered:
        if (office := _office(role)) is not None:
            form = forms.setdefault(_one_office(office[0]), {})
            was = office[0].startswith(_FORMER)
            form[was] = form.get(was, 0) + counts[role]
    for key, form in forms.items():
        if len(form) < 2:
            continue
        winner = form[True] >= form[False]
        of_office = [
            (i, o[0].startswith(_FORMER))
            for i, r in enumerate(ordered)
            if (o := _office(r)) is not None and _one_office(o[0]) == key
        ]
        lead = next(i for i, was in of_office if was == winner)
        ordered.insert(of_office[0][0], ordered.pop(lead))
    return tuple(ordered)


def past_offices(mentions: Iterable[tuple[str, bool]]) -> set[str]:
    """The roles of one text's person that are an office the text has already called former,
    from its (role, with the full name) mentions in the text's order: a text that says "former
    Vice President Joe Biden" knows the office is past, and its "Vice President Biden" a
    sentence on is how a witness still addresses him, not what he is as of the text's date.
    An office given before the text calls it former ("President Trump signed …; in 2023 former
    President Trump had …": held again), or with the full name ("the former Ford chief
    executive Jim Hackett is now Tesla CEO Jim Hackett": the employer is gone from the role)
    is held as of the text's date and stays."""
    former: set[str] = set()
    past: set[str] = set()
    current: set[str] = set()
    for role, full_name in mentions:
        if (office := _office(role)) is None:
            continue
        if office[0].startswith(_FORMER):
            former.add(office[0].removeprefix(_FORMER))
        elif office[0] in former and not full_name:
            past.add(role)
        else:
            current.add(role)
    return past - current


def _language_of(role: str) -> str | None:
    """The language a role no office of the table names is written in, where its last word
    says so ("leader", "head coach"; "Fachanwältin", "Seglerin"), else None."""
    if _office(role) is not None:
        return None  # written in the list's language by `_shown`
    last = role.rpartition(" ")[2].rpartition("-")[2].casefold()
    german = last.endswith(ROLE_ENDINGS_DE) or last.endswith(JOBS_DE) or not last.isascii()
    english = last in ROLE_WORDS_EN or last in JOBS_EN
    return None if german == english else "de" if german else "en"


def _shown(key: str, members: list[str], language: str, feminine: bool) -> str:
    """The one role a group of roles naming one office is listed as."""
    if key.startswith("="):  # no office the table knows: its case variants, a capital first
        return next((m for m in members if m[:1].isupper()), members[0])
    known = [(m, *office) for m in members if (office := _office(m)) is not None]
    own = [k for k in known if k[2] == language]
    for role, _key, _lang, qualifier, _kind in own:
        if qualifier:
            return role  # "Japanese Prime Minister" in English
    for _role, _key, _lang, qualifier, kind in known:
        if kind == "code":
            return _written(key, language, qualifier, feminine)  # "US-Präsident" -> "US President"
        if kind in ("place", "field", "name") and language == "en" and not own:
            how, colon, plain = key.rpartition(":")  # "former:ceo": "ehemaliger Konzernchef"
            english = OFFICES[plain][0]  # "Japanexperte" -> "Japan expert"; "company president"
            # "Volkswagen chief"; a field lowers a title-cased office ("company president",
            # "federal minister of state"), not one that is no title ("CEO", "Olympic champion")
            titled = all(w[:1].isupper() for w in english.split() if w not in ("of", "the"))
            kept = kind in ("place", "name") or english.isupper() or not titled
            said = f"{qualifier} {english if kept else english.lower()}"
            return written_held(how, said, language, feminine) if colon else said
    if own:  # as a source wrote it, a capital first, written out ("Abgeordnete", not "Abg.")
        own.sort(key=lambda k: k[0].endswith("."))
        return next((k[0] for k in own if k[0][:1].isupper()), own[0][0])
    return _written(key, language, "", feminine)
