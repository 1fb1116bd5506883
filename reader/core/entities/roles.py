"""One role per office, in the language a list is written in.

Sources in two languages name the same office in both ("Premierministerin", "Prime Minister")
and in several cases ("prime minister" in running text, "Prime Minister" before a name), so a
person's roles, gathered over the sources, repeat one office three times. A who's who line says
each office once: roles that name the same office are one (the office table below knows the
German and English words of the offices news names most; other roles are one when they differ
only in case), and the one shown is written in the list's language — a form the sources used in
that language when there is one (a German form the sources used also carries the person's
gender: "Premierministerin"), else the table's. A country code or nationality before the office
("US-Präsident", "Japanese Prime Minister") says the same office more precisely, so it joins
the plain office and wins over it; a code travels into the other language ("US President"; the
US cabinet by its own titles: "US Secretary of State"), a nationality word stays in its own. An office held before ("Ex-Premier", "former Prime
Minister") is one office of its own, written "former …" in English and "Ex-…" in German. A
German compound of a place or a field and a known office ("Japanexperte",
"Unternehmenspräsident") is that office, and an English list says it in English ("Japan
expert", "company president") instead of showing the German word; so is a company's or a
club's name before a known office ("Volkswagen-Chef": "Volkswagen chief").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.core.entities import places
from reader.core.entities.lexicon import ROLE_ENDINGS_DE, ROLE_WORDS_EN
from reader.core.entities.role_phrases import JOBS_DE, JOBS_EN

# office key: (English, German masculine, German feminine). The German forms a source may use
# for the office are its two forms and those in _GERMAN_ALSO.
_OFFICES: dict[str, tuple[str, str, str]] = {
    "prime minister": ("Prime Minister", "Premierminister", "Premierministerin"),
    "president": ("President", "Präsident", "Präsidentin"),
    "chancellor": ("Chancellor", "Kanzler", "Kanzlerin"),
    "head of state": ("head of state", "Staatschef", "Staatschefin"),
    "head of government": ("head of government", "Regierungschef", "Regierungschefin"),
    "foreign minister": ("Foreign Minister", "Außenminister", "Außenministerin"),
    "finance minister": ("Finance Minister", "Finanzminister", "Finanzministerin"),
    "defence minister": ("Defence Minister", "Verteidigungsminister", "Verteidigungsministerin"),
    "economy minister": ("Economy Minister", "Wirtschaftsminister", "Wirtschaftsministerin"),
    "minister": ("Minister", "Minister", "Ministerin"),
    "ceo": ("CEO", "Vorstandschef", "Vorstandschefin"),
    "chair": ("chair", "Vorsitzender", "Vorsitzende"),
    "founder": ("founder", "Gründer", "Gründerin"),
    "spokesperson": ("spokesperson", "Sprecher", "Sprecherin"),
    "ambassador": ("Ambassador", "Botschafter", "Botschafterin"),
    "mayor": ("Mayor", "Bürgermeister", "Bürgermeisterin"),
    "secretary general": ("Secretary General", "Generalsekretär", "Generalsekretärin"),
    "analyst": ("analyst", "Analyst", "Analystin"),
    "economist": ("economist", "Ökonom", "Ökonomin"),
    "professor": ("Professor", "Professor", "Professorin"),
    "director": ("director", "Direktor", "Direktorin"),
    "scientist": ("scientist", "Wissenschaftler", "Wissenschaftlerin"),
    "artist": ("artist", "Künstler", "Künstlerin"),
    "author": ("author", "Autor", "Autorin"),
    "expert": ("expert", "Experte", "Expertin"),
    "vice president": ("Vice President", "Vizepräsident", "Vizepräsidentin"),
    "governor": ("Governor", "Gouverneur", "Gouverneurin"),
    "senator": ("Senator", "Senator", "Senatorin"),
    "judge": ("judge", "Richter", "Richterin"),
    "coach": ("coach", "Trainer", "Trainerin"),
    "journalist": ("journalist", "Journalist", "Journalistin"),
    "lawyer": ("lawyer", "Anwalt", "Anwältin"),
    "researcher": ("researcher", "Forscher", "Forscherin"),
    "head coach": ("head coach", "Cheftrainer", "Cheftrainerin"),
    "chief": ("chief", "Chef", "Chefin"),  # "VW-Chef": "VW chief"
    "candidate": ("candidate", "Kandidat", "Kandidatin"),
}
_ENGLISH_ALSO = {
    "premier": "prime minister", "chief executive": "ceo", "chief executive officer": "ceo",
    "chairman": "chair", "chairwoman": "chair", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson", "defense minister": "defence minister",
    "secretary-general": "secretary general", "writer": "author",
    "secretary of state": "foreign minister", "foreign secretary": "foreign minister",
    "treasury secretary": "finance minister", "defense secretary": "defence minister",
    "vice-president": "vice president", "attorney": "lawyer", "manager": "coach",
    "nominee": "candidate", "boss": "chief",
}  # fmt: skip
_GERMAN_ALSO = {
    "ministerpräsident": "prime minister", "ministerpräsidentin": "prime minister",
    "premier": "prime minister", "premierminister": "prime minister",
    "bundeskanzler": "chancellor", "bundeskanzlerin": "chancellor",
    "konzernchef": "ceo", "konzernchefin": "ceo", "vorstandsvorsitzender": "ceo",
    "vorstandsvorsitzende": "ceo", "firmenchef": "ceo", "firmenchefin": "ceo",
}  # fmt: skip
_FEMININE = {german_f.casefold() for _en, _m, german_f in _OFFICES.values()} | {
    "ministerpräsidentin", "bundeskanzlerin", "konzernchefin", "firmenchefin", "vorstandsvorsitzende",
}  # fmt: skip
_GERMAN = {m.casefold(): key for key, (_en, m, _f) in _OFFICES.items()}
_GERMAN |= {f.casefold(): key for key, (_en, _m, f) in _OFFICES.items()} | _GERMAN_ALSO
_ENGLISH = {en.casefold(): key for key, (en, _m, _f) in _OFFICES.items()} | _ENGLISH_ALSO
_FORMER = "former:"  # the key of an office held before: "Ex-Premier", "former President"
# A code before an office: "US-Präsident", "US President", "U.S. Secretary", "EU-Kommissar".
_CODE = re.compile(r"^(?:[A-Z]{2,3}|U\.S\.|U\.K\.)$")
# Nationality words English sources put before an office ("Japanese Prime Minister"): a capital
# word ending as demonyms end; the office after it decides that it is one.
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ese|ian|an|ish|ch|i)$")


def _office(role: str) -> tuple[str, str, str, str] | None:
    """(office key, language, qualifier, qualifier's kind) of a role the table knows, or None."""
    low = role.casefold()
    if low.startswith("ex-") and low[3:] in _GERMAN:  # "Ex-Premier": a former office
        return _FORMER + _GERMAN[low[3:]], "de", "", ""
    if low.startswith("former ") and low[7:] in _ENGLISH:
        return _FORMER + _ENGLISH[low[7:]], "en", "", ""
    if low in _GERMAN and low not in _ENGLISH:
        return _GERMAN[low], "de", "", ""
    if low in _ENGLISH:
        return _ENGLISH[low], "en", "", ""
    code, hyphen, rest = role.rpartition("-")
    if hyphen and _CODE.match(code) and rest.casefold() in _GERMAN:
        return _GERMAN[rest.casefold()], "de", code, "code"
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
    "defence minister": "Defense Secretary",
}  # fmt: skip


def _written(key: str, language: str, qualifier: str, feminine: bool) -> str:
    if key.startswith(_FORMER):  # "former Prime Minister", "Ex-Premierminister"
        office = _written(key.removeprefix(_FORMER), language, qualifier, feminine)
        return f"Ex-{office}" if language == "de" else f"former {office}"
    english, masculine, female = _OFFICES[key]
    if language == "de":
        form = female if feminine else masculine
        return f"{qualifier}-{form}" if qualifier else form
    if qualifier in ("US", "U.S.") and key in _US_TITLES:
        return f"{qualifier} {_US_TITLES[key]}"  # "US-Außenminister" -> "US Secretary of State"
    return f"{qualifier} {english}" if qualifier else english


def merge_roles(roles: Iterable[str], language: str = "en") -> tuple[str, ...]:
    """`roles` (the most used first) with one role per office, written for `language` ("de" or
    "en"); offices named by more of the roles come first, then in the order given."""
    roles = list(dict.fromkeys(roles))
    feminine = any(r.rpartition("-")[2].casefold() in _FEMININE for r in roles)
    groups: dict[str, list[str]] = {}
    for role in roles:
        office = _office(role)
        groups.setdefault(office[0] if office else "=" + role.casefold(), []).append(role)
    ranked = sorted(groups.items(), key=lambda kv: -len(kv[1]))  # stable: ties keep their order
    shown = [_shown(key, members, language, feminine) for key, members in ranked]
    if any(_language_of(role) == language or _office(role) for role in shown):
        # a role the table cannot say in the list's language is left out beside one it can:
        # "Staatschef, leader" lists "Staatschef" in German
        shown = [role for role in shown if _language_of(role) in (language, None)]
    return tuple(shown)


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
            english = _OFFICES[key][
                0
            ]  # "Japanexperte" -> "Japan expert"; a field: "company president"
            kept = kind in ("place", "name") or english.isupper()  # "Volkswagen chief"
            return f"{qualifier} {english if kept else english.lower()}"
    if own:
        return next((k[0] for k in own if k[0][:1].isupper()), own[0][0])
    return _written(key, language, "", feminine)
