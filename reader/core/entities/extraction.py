"""One article's entities: classify its capitalised runs, then merge the variants of a name.

`extract` is pure and per source: the store calls it for each source it indexes. After the
runs are classified (`classify`), what is still undecided — a lone "Takaichi" — becomes a
mention of the person whose full name ends (or begins) with it ("Sanae Takaichi"), or a person
of its own when a verb of saying stands beside it ("Takaichi said", "sagte Lagarde"), or an
organisation when a word for a company stands before it ("Autobauer Volkswagen"); otherwise
it is dropped: a capital letter alone is no evidence in German.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.core.entities.classify import Piece, acronym, bare, classify
from reader.core.entities.figures import figures
from reader.core.entities.lexicon import SPEECH_DE, SPEECH_EN
from reader.core.entities.model import EntityKind, Found
from reader.core.entities.names import Token, runs, tokens

# Words for a company or body before its name: "Autobauer Volkswagen", "chipmaker Intel".
_ORG_WORDS = (
    "konzern", "hersteller", "autobauer", "unternehmen", "firma", "gewerkschaft", "partei",
    "riese", "bank", "versicherer", "company", "firm", "carmaker", "automaker", "chipmaker",
    "maker", "lender", "insurer", "retailer", "group", "startup", "start-up", "airline",
    "giant", "rival", "party", "union", "broadcaster", "newspaper", "zeitung", "sender",
)  # fmt: skip
_ORG_AFTER = re.compile(r"\s*\(([A-ZÄÖÜ][\w&-]{1,8})\)")
_INFLECTION = re.compile(r"(?:en|er|es|em|e|s)$")


def language(lang: str | None) -> str:
    return "de" if (lang or "").casefold().startswith("de") else "en"


def extract(reading_text: str, lang: str | None) -> list[Found]:
    """The people, organisations, places and figures of one text, each with its spans."""
    lang = language(lang)
    words = tokens(reading_text)
    lower_words = frozenset(w.text.casefold() for w in words if w.text.islower())
    index = {w.start: i for i, w in enumerate(words)}
    pieces = [p for run in runs(reading_text, words) for p in classify(run, lang, lower_words)]
    for piece in pieces:
        if piece.kind is None:
            piece.kind = _by_neighbours(piece, words, index)
    found = _people(pieces, reading_text)
    found += _organisations(pieces, reading_text)
    found += _places(pieces, reading_text, lang)
    found += _figures(reading_text)
    return found


def _by_neighbours(piece: Piece, words: list[Token], index: dict[int, int]) -> EntityKind | None:
    at = index.get(piece.start)
    if at is None:
        return None
    before = words[at - 1].text.casefold() if at > 0 else ""
    after = words[at + 1].text.casefold() if at + 1 < len(words) else ""
    if before in SPEECH_DE or after in SPEECH_EN or after in SPEECH_DE and not words[at].sentence_start:
        return EntityKind.PERSON
    if before.endswith(_ORG_WORDS) and before not in ("die", "der"):
        return EntityKind.ORG
    return None


def _people(pieces: list[Piece], text: str) -> list[Found]:
    full: dict[str, list[Piece]] = {}
    for piece in pieces:
        if piece.kind is EntityKind.PERSON and len(piece.words) > 1:
            full.setdefault(_person_key(piece.text(text)), []).append(piece)
    by_part: dict[str, set[str]] = {}
    for key, group in full.items():
        words = group[0].text(text).split()
        for part in (words[0], words[-1]):
            by_part.setdefault(part, set()).add(key)
    single: dict[str, list[Piece]] = {}
    for piece in pieces:
        if len(piece.words) != 1 or piece.kind not in (EntityKind.PERSON, None):
            continue
        word = bare(piece.words[0].text)
        keys = by_part.get(word) or (by_part.get(word[:-1]) if word.endswith("s") else None)
        if keys and len(keys) == 1:
            full[next(iter(keys))].append(piece)
        elif piece.kind is EntityKind.PERSON:
            single.setdefault(_person_key(word), []).append(piece)
    found = []
    for key, group in [*full.items(), *single.items()]:
        names = Counter(p.text(text) for p in group if len(p.words) == len(max(group, key=lambda g: len(g.words)).words))
        roles = tuple(dict.fromkeys(p.role for p in group if p.role))
        found.append(Found(EntityKind.PERSON, names.most_common(1)[0][0], key, roles, _spans(group, text)))
    return found


def _person_key(name: str) -> str:
    return " ".join(bare(w) for w in name.split()).casefold()


def _org_key(name: str) -> str:
    """German inflection does not make another organisation: "Europäischen Zentralbank"."""
    words = [bare(w).casefold() for w in name.split()]
    return " ".join([*(_INFLECTION.sub("", w) for w in words[:-1]), words[-1]])


def _organisations(pieces: list[Piece], text: str) -> list[Found]:
    groups: dict[str, list[Piece]] = {}
    aliases: dict[str, str] = {}
    for piece in pieces:
        if piece.kind is not EntityKind.ORG:
            continue
        key = _org_key(piece.text(text))
        groups.setdefault(key, []).append(piece)
        short = _ORG_AFTER.match(text, piece.end)
        if short and len(piece.words) > 1 and acronym(short.group(1)):
            aliases[short.group(1).casefold()] = key
    for alias, key in aliases.items():
        if alias in groups and alias != key:
            groups[key] += groups.pop(alias)
    found = []
    for key, group in groups.items():
        names = Counter(p.text(text) for p in group if len(p.words) > 1 or len(group) == 1)
        name = (names or Counter(p.text(text) for p in group)).most_common(1)[0][0]
        found.append(Found(EntityKind.ORG, name, key, (), _spans(group, text)))
    return found


def _places(pieces: list[Piece], text: str, lang: str) -> list[Found]:
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
            name = Counter(p.text(text) for p in group).most_common(1)[0][0]
        found.append(Found(EntityKind.PLACE, name, key, (), _spans(group, text)))
    return found


def _figures(text: str) -> list[Found]:
    groups: dict[str, list[tuple[int, int, str]]] = {}
    for figure in figures(text):
        groups.setdefault(figure[2].casefold(), []).append(figure)
    return [
        Found(EntityKind.FIGURE, group[0][2], key, (), tuple((s, e) for s, e, _ in group))
        for key, group in groups.items()
    ]


def _spans(group: list[Piece], text: str) -> tuple[tuple[int, int], ...]:
    return tuple(sorted({(p.start, p.start + len(p.text(text))) for p in group}))
