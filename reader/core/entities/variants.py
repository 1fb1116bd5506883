"""The variants of one name in one text merged into one entity: "Sanae Takaichi",
"Takaichi" and "Takaichis"; "B. U. Nzeribe" and "Benjamin Nzeribe"; "Europäische Zentralbank",
"Europäischen Zentralbank" and "EZB"; "USA" and "Vereinigte Staaten"; and each kind's name for
the index (the longest form of a person, a country's name in the text's language, a city as
the text writes it). Figures are grouped by `figures.figure_entities`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from reader.core.entities.abbreviations import abbreviates, abbreviates_compound
from reader.core.entities.body_forms import other_form
from reader.core.entities.companies import other_company
from reader.core.entities.cues import (
    acronym,
    bare,
    demonym,
    head_stem,
    head_word,
    org_head,
    place_of,
    role_base,
)
from reader.core.entities.first_names import known_first_name
from reader.core.entities.inflected_names import CASE_ENDING as _INFLECTION
from reader.core.entities.inflected_names import case_stem, inflected_aliases
from reader.core.entities.known_bodies import listed_bodies
from reader.core.entities.lexicon import NAME_SUFFIXES as _SUFFIXES
from reader.core.entities.model import EntityKind, Found
from reader.core.entities.name_tails import tail_of_a_name
from reader.core.entities.names import Token
from reader.core.entities.outlets import outlet_nominative
from reader.core.entities.person_titles import split_roles, title_before
from reader.core.entities.pieces import Piece
from reader.core.entities.places import Place
from reader.core.entities.places import lookup as places_lookup
from reader.core.entities.roles import past_offices
from reader.core.entities.spellings import people_named
from reader.core.entities.surname_towns import surnames_not_towns
from reader.core.entities.written_roles import nominative
from reader.core.word_frequency import zipf

_ORG_AFTER = re.compile(r"\s*\(([A-ZÄÖÜ][\w&-]{1,8})\)")


def people(pieces: list[Piece], text: str) -> list[Found]:
    full: dict[str, list[Piece]] = {}
    for piece in pieces:
        if piece.kind is EntityKind.PERSON and len(piece.words) > 1:
            full.setdefault(_person_key(_nominative_name(piece, text)), []).append(piece)
    _merge_genitives(full)
    _merge_initials(full, text)
    by_part: dict[str, set[str]] = {}
    for key, group in full.items():
        written = _nominative_name(group[0], text).split()
        for part in (written[0], written[-1]):
            by_part.setdefault(part, set()).add(key)
    single: dict[str, list[Piece]] = {}
    surnames_not_towns(pieces, {k: _nominative_name(g[0], text) for k, g in full.items()}, text)
    for piece in pieces:
        # a lone word taken for an organisation ("Ogunjobi", "Karl") is the person of the
        # text whose name it is part of, when exactly one is
        if len(piece.words) != 1 or piece.kind not in (EntityKind.PERSON, EntityKind.ORG, None):
            continue
        word = bare(piece.words[0].text)
        if piece.kind is EntityKind.ORG and (piece.weak or word not in by_part):
            continue
        keys = people_named(word, by_part, respelled=piece.kind is EntityKind.PERSON)
        if keys and len(keys) == 1:
            piece.kind = EntityKind.PERSON
            full[next(iter(keys))].append(piece)
        elif piece.kind is EntityKind.PERSON:
            single.setdefault(_person_key(word), []).append(piece)
    found = []
    for key, group in [*full.items(), *single.items()]:
        longest = max(len(p.words) for p in group)
        names = Counter(
            _nominative_name(p, text) for p in sorted(group, key=lambda p: p.genitive)
            if len(p.words) == longest
        )  # fmt: skip
        given = [(p, [r for r in (p.role, title_before(text, p.start)) if r]) for p in group]
        written = [r for _, said in given for r in said]
        past = past_offices(
            (role_base(r), len(p.words) == longest)
            for p, said in sorted(given, key=lambda ps: ps[0].start)
            for r in split_roles(said)
        )
        bases = dict.fromkeys(role_base(r) for r in split_roles(written))
        roles = tuple(dict.fromkeys(nominative(r, _shown(names)) for r in bases if r not in past))
        found.append(Found(EntityKind.PERSON, _shown(names), key, roles, _spans(group, text)))
    return found


def _shown(names: Counter[str]) -> str:
    """The name written most often — in small letters where the text writes it so anywhere: a
    heading's "LAURA DECKER" is shown "Laura Decker" in the index and the who's who."""
    written = [name for name, _ in names.most_common()]
    return next((name for name in written if not name.isupper()), written[0].title())


def _nominative_name(piece: Piece, text: str) -> str:
    """A person's name as the text writes it, without the German genitive's "-s" where the
    piece is one ("Martin Luthers Thesen": Martin Luther)."""
    name = piece.text(text)
    return name[:-1] if piece.genitive and name.endswith("s") else name


def _merge_genitives(full: dict[str, list[Piece]]) -> None:
    """ "Angela Merkels" is the "Angela Merkel" of the same text ("der Besuch Angela
    Merkels"): a full name that is another one with an "-s" added is its genitive."""
    for key in [k for k in full if k.endswith("s") and k[:-1] in full]:
        for piece in full[key]:
            piece.genitive = True
        full[key[:-1]] += full.pop(key)


def _merge_initials(full: dict[str, list[Piece]], text: str) -> None:
    """ "B. U. Nzeribe", "Pat Carlineo" and "Patrick W. Carlineo" are the "Benjamin Nzeribe"
    and "Patrick Carlineo Jr." of the same text: same surname, a first name that fits (an
    initial, a short form), the longest form kept."""
    for key in sorted(full, key=lambda k: -len(full[k][0].text(text))) * 2:
        if key not in full:
            continue
        first, last = _first_and_surname(_nominative_name(full[key][0], text))
        fits = [
            other for other in full
            if other != key
            and _first_and_surname(_nominative_name(full[other][0], text))[1] == last
            and _fits(first, _first_and_surname(_nominative_name(full[other][0], text))[0])
            and not _other_middle(_nominative_name(full[key][0], text), _nominative_name(full[other][0], text))
            and len(full[other][0].text(text)) >= len(full[key][0].text(text))
        ]  # fmt: skip
        if len(fits) == 1:
            full[fits[0]] += full.pop(key)


def _first_and_surname(name: str) -> tuple[str, str]:
    words = [w for w in name.split() if w not in _SUFFIXES]
    return words[0], words[-1]


def _other_middle(name: str, other: str) -> bool:
    """Two names whose middle words are whole words and differ are two people, though first
    name and surname agree ("Jeong Hye Jin", "Jeong Jae Jin"; "Anna Veronika Wendland" is the
    "Anna Wendland" of the same text, "Patrick W. Carlineo" is "Patrick Carlineo", and a
    middle word misspelt keeps its first letter: "Gonazalez", "Gonzalez")."""
    middles = [
        [w for w in n.split()[1:-1] if w not in _SUFFIXES and not w.endswith(".")]
        for n in (name, other)
    ]
    return all(middles) and [w[0] for w in middles[0]] != [w[0] for w in middles[1]]


def _fits(first: str, other: str) -> bool:
    short, long = sorted((first.rstrip("."), other.rstrip(".")), key=len)
    return len(short) >= 1 and long.startswith(short) and (len(short) == 1 or len(short) >= 3)


def _person_key(name: str) -> str:
    return " ".join(bare(w) for w in name.split()).casefold()


def _town_adjective_of(key: str, named: Piece, text: str) -> bool:
    """Whether `key` is a body's two-word name opened by its town's adjective and `named` the
    same body named by its town after it: "Heidelberger Universität" and "Universität
    Heidelberg", "Kölner Stadtwerke" and "Stadtwerke Köln", "Münchner Universität"."""
    adjective, noun = (key.split() + ["", ""])[:2]
    if len(key.split()) != 2 or len(named.words) != 2 or not adjective:
        return False
    head, town = (bare(w.text) for w in named.words)
    stem = _INFLECTION.sub("", town.casefold())
    return (
        _INFLECTION.sub("", head.casefold()) == _INFLECTION.sub("", noun)
        and adjective.startswith(stem[: max(4, len(stem) - 1)])
        and named.text(text).split()[-1][:1].isupper()
        and places_lookup(town) is not None
    )


def _of_a_place(words: str) -> bool:
    """A place's name or its adjective: "San Francisco", "Nigerian"."""
    return places_lookup(words) is not None or demonym(words)


def _org_key(name: str) -> str:
    """German inflection does not make another organisation: "Europäischen Zentralbank"."""
    words = [bare(w).casefold() for w in name.split()]
    # "Bundestages" is the Bundestag, "Deutschen Frauenrates" the Deutsche Frauenrat
    return " ".join([*(case_stem(w) for w in words[:-1]), _nominative(words[-1])])


def _nominative(word: str) -> str:
    """A German body's or an outlet's name without its genitive ending ("Bundestages",
    "Handelsblatts"); an English plural in "-crats" stays ("Democrats": no German "Rat")."""
    return word if word.casefold().endswith("crats") else head_stem(outlet_nominative(word))


@cache
def _bodies() -> dict[str, tuple[str, str]]:
    """The listed bodies by key, read when a text is first keyed: a key asks the gazetteer
    (`case_stem`), which no import of the rules should load."""
    return listed_bodies(_org_key)


# An article before a name, with at most two small words between ("the Touch Bar", "the
# black Magic Mouse", "a new Space Launch System").
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?) )(?:[a-z][\w-]* ){0,2}$")


def _named_again(piece: Piece, text: str) -> bool:
    """Whether a name made of English words ("Home Depot", "Blue Origin") is written as a
    name again: twice at least, and mostly without an article, which makes it a thing the
    text talks of ("the Touch Bar", "the Magic Keyboard", "the Space Launch System"); a
    plural after "the" is a team or a band ("the Blue Jackets", "the Doobie Brothers"); the
    end of a longer name is none (`name_tails`)."""
    name = piece.text(text)
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    if tail_of_a_name(starts, text):
        return False  # "80 Day Obsession", "Xbox One X": the end of a longer name
    if name.endswith("s"):
        return len(starts) >= 2
    things = sum(bool(_ARTICLE_BEFORE.search(text, max(0, at - 40), at)) for at in starts)
    return len(starts) >= 2 and things * 2 < len(starts)


# A German adjective's ending: "Epidemiologisches", "Technischen".
_GERMAN_ADJECTIVE = re.compile(r"(?:isch|lich|ig)(?:e|es|en|er|em)?$")


def _thing_of(name: str, longer: str) -> bool:
    """Whether `longer` is a thing of the body `name` rather than a longer name of it: German
    capitalises every noun, so "HTW Mensa", "RKI Artikel" and "RKI Epidemiologisches Bulletin"
    are the body's canteen, article and bulletin, and the bare "HTW" is not theirs to take (nor,
    in English, is "Lufthansa" its subsidiary "Lufthansa Technik"'s). The words after the name
    end in a common word German has more than English, or have a German adjective before it; a
    body's head ("VW Konzern", "Bosch Gruppe"), a place ("IG Metall Nordhessen", "Telekom
    Deutschland"), a first name, which is a town's or a person's ("CTV News Regina", "… Prince
    Albert"), and an English word ("Ulta Beauty", "Nordvale Mining") keep it a name."""
    rest = longer.split()[len(name.split()) :]
    if not rest or not all(w[:1].isupper() for w in rest):
        return False
    last = bare(rest[-1])
    if (
        place_of(last)
        or known_first_name(last)
        or org_head([Token(w, 0, 0, False) for w in longer.split()], "de")
    ):
        return False
    here, there = zipf(last.casefold(), "de"), zipf(last.casefold(), "en")
    return (here >= 3.0 and here > there) or any(_GERMAN_ADJECTIVE.search(w) for w in rest[:-1])


def organisations(pieces: list[Piece], text: str) -> list[Found]:
    groups: dict[str, list[Piece]] = {}
    aliases: dict[str, str] = {}
    for piece in pieces:
        if piece.kind is not EntityKind.ORG or piece.weak and not _named_again(piece, text):
            continue
        key = _org_key(piece.text(text))
        groups.setdefault(key, []).append(piece)
        short = _ORG_AFTER.match(text, piece.end)
        if short and len(piece.words) > 1 and acronym(short.group(1)):
            aliases[short.group(1).casefold()] = key
    long_names = {  # "Robert-Koch-Institut" too, one word of several names
        key: group[0].text(text)
        for key, group in groups.items()
        if len(group[0].words) > 1 or "-" in group[0].text(text)
    }
    compounds = {key: group[0].text(text) for key, group in groups.items() if " " not in key}
    for key, group in list(groups.items()):
        if len(group[0].words) == 1 and key not in aliases:
            written = group[0].text(text)
            owners = [k for k, name in long_names.items() if abbreviates(written, name)] or [
                k for k, name in compounds.items() if abbreviates_compound(written, name)
            ]
            if len(owners) == 1:
                aliases[key] = owners[0]
    for key in list(groups):  # "the Conservatives" of "the Conservative Party": its members
        parties = [k for k in long_names if k.split()[-1] in ("party", "partei")]
        owners = [  # "the Democrats" of "the Democratic Party" too
            k for k in parties
            if k in (_org_key(f"{key[:-1]}{end} {k.split()[-1]}") for end in ("", "ic"))
        ]  # fmt: skip
        if len(key.split()) == 1 and key not in aliases and len(owners) == 1:
            aliases[key] = owners[0]
    for key in list(groups):  # "Ulta" after "Ulta Beauty", "IG Metall" in "IG Metall Nordhessen"
        if key not in aliases:
            size = len(key.split())
            stems = [_INFLECTION.sub("", w) for w in key.split()]  # "Republicans" of "Republican Party"
            longer = [
                k for k in groups
                if k.split() == ["th", *key.split()]  # "Verge" of "The Verge": one name
                or len(k.split()) > size
                and (
                    k.split()[:size] in (key.split(), stems)  # "Nordvale" of "Nordvale Mining"
                    or k.split()[: size + 1] == ["th", *stems]  # "The Carlyle Group"
                    or (size > 1 and k.split()[-size:] == key.split())  # "[Allianz] MTV Stuttgart"
                )
                and not _thing_of(groups[key][0].text(text), groups[k][0].text(text))
                and not other_company(groups[key][0].text(text), groups[k][0].text(text))
            ]  # fmt: skip
            inside = [  # "Disney" of "Walt Disney Co.": the one distinctive word of one name
                k for k in groups
                if size == 1 and len(k.split()) > 1 and key in k.split()[:-1] and not head_word(key)
                and not groups[key][0].text(text).isupper()  # "NFL" names its own league
                and not _thing_of(groups[key][0].text(text), groups[k][0].text(text))
                # "Amazon" of "Amazon Web Services": a listed company and its unit stay apart
                and not other_company(groups[key][0].text(text), groups[k][0].text(text))
            ]  # fmt: skip
            placed = [  # "Chronicle" of "San Francisco Chronicle", "Senate" of "Nigerian Senate"
                k for k in groups
                if size == 1 and len(k.split()) > 1 and k.split()[-1] == key
                and _of_a_place(groups[k][0].text(text).rsplit(" ", 1)[0])
            ]  # fmt: skip
            if len(longer) == 1:
                aliases[key] = longer[0]
            elif not longer and len(inside) == 1:
                aliases[key] = inside[0]
            elif not longer and not inside and len(placed) == 1:
                aliases[key] = placed[0]
    for key in list(groups):  # "a Democrat" of "the Democrats": a member, named after them
        if " " not in key and f"{key}s" in groups and key not in aliases:
            if not groups[f"{key}s"][0].text(text).endswith("S"):  # "UFFS" is no "UFF"s
                aliases[key] = f"{key}s"
    for key in list(groups):  # "Edmunds" of "Edmunds.com": an outlet and its web address
        stem, dot, _ = key.rpartition(".")
        if dot and " " not in key and stem in groups and key not in aliases:
            aliases[key] = stem
    for key in list(groups):  # "Heidelberger Universität" of "Universität Heidelberg"
        owners = [k for k in groups if k != key and _town_adjective_of(key, groups[k][0], text)]
        written = groups[key][0].text(text)  # "Justice Department" of "Department of Justice"
        owners = owners or [k for k in groups if other_form(written, groups[k][0].text(text))]
        if key not in aliases and len(owners) == 1:
            aliases[key] = owners[0]
    # "des Youthful Instituts" of "Youthful Institute": one body declined
    aliases |= inflected_aliases({key: len(group) for key, group in groups.items()}, aliases)
    for alias, key in aliases.items():
        for _ in range(3):  # "Democrat" of "Democrats" of "Democratic Party"
            key = aliases.get(key, key)
        if alias in groups and alias != key and key in groups:
            groups[key] += groups.pop(alias)
    for key in list(groups):  # "European Union" of "EU": one body in every source
        listed = _bodies().get(key.removeprefix("th "))
        if listed is not None and listed[0] != key:
            groups.setdefault(listed[0], []).extend(groups.pop(key))
    found = []
    for key, group in groups.items():
        names = Counter(  # a longer name before a short one, a web address is none
            p.text(text) for p in group if len(p.words) > 1 and " " in p.text(text)
        ) or Counter(p.text(text) for p in group)
        name = names.most_common(1)[0][0]
        name = _nominative(name) if " " not in name else name  # "Bundestag" of "des Bundestages"
        listed = _bodies().get(written := _org_key(name)) or _bodies().get(written.removeprefix("th "))
        if listed is not None and listed[1].casefold() != name.casefold():
            name = listed[1]  # "Vereinte Nationen", not "Vereinten"; "Nato" stays as written
            # and a sentence's "The" is left off: "The European Central Bank" said; one the
            # body calls itself by stays: "The Associated Press"
        found.append(Found(EntityKind.ORG, name, key, (), _spans(group, text)))
    return found


def places(pieces: list[Piece], text: str, lang: str) -> list[Found]:
    groups: dict[str, list[Piece]] = {}
    for piece in pieces:
        if piece.kind is EntityKind.PLACE and piece.place is not None:
            groups.setdefault(piece.place.key, []).append(piece)
    found = []
    for key, group in groups.items():
        place = group[0].place
        assert place is not None
        if key.startswith(("country:", "region:")):
            name = place.name(lang)
        else:
            surfaces = Counter(_surface(p.text(text), place) for p in group)
            name = surfaces.most_common(1)[0][0]
        found.append(Found(EntityKind.PLACE, name, key, (), _spans(group, text)))
    return found


def _surface(written: str, place: Place) -> str:
    """A city's name as the text writes it, but "Tokio", not "TOKIO" or "Tokios" ("Paris"
    stays, though "Pari" is one of its names too)."""
    if written.isupper() and len(written) > 3:  # "TOKIO"; not "NYC"
        written = written.title()
    if (
        written.endswith("s")
        and places_lookup(written[:-1]) == place
        and places_lookup(written) != place
    ):
        return written[:-1]
    return written


def _spans(group: list[Piece], text: str) -> tuple[tuple[int, int], ...]:
    return tuple(sorted({(p.start, p.start + len(p.text(text))) for p in group}))
