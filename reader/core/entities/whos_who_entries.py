"""Which lines a who's who lists: one per person or body however the sources spell it, and
none for a source's own credit line.

The index keeps a name as each source wrote it, so a briefing's sources gave a consultant's
who's who "Volodymyr Zelensky" and "Volodymyr Zelenskiy" (and German reports' "Wolodymyr
Selenskyj"), "Tim Morrison" and "Timothy Morrison", "Communist party" and "Communist Party" on
lines of their own, and a bare "Biden — Vice President" beside "Joe Biden — former Vice
President": one person twice, the reader left to guess. And a report's own byline ("Chris Cillizza" on CNN's column) or its wire's credit
("Associated Press" on the AP's report) is who wrote or ran it, not someone the briefing is
about; the chronology and the footnotes already name them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reader.core.entities.first_names import sure_sex_of
from reader.core.entities.held_offices import held
from reader.core.entities.known_bodies import body_names
from reader.core.entities.model import EntityKind, EntitySummary
from reader.core.entities.roles import merge_roles
from reader.core.footnotes import Cited, wire

# A byline's word before the names ("Von Anna Meier", "By Jill Disis").
_BY = ("von ", "by ")


@dataclass(frozen=True, slots=True)
class Entry:
    """A who's who line: the entity whose name it shows (`_fold` chooses among its spellings),
    the roles of every spelling folded into it (its own first), the ids of the sources cited,
    and each spelling with how many sources give it."""

    entity: EntitySummary
    roles: tuple[str, ...]
    cited: tuple[int, ...]
    spellings: tuple[tuple[EntitySummary, int], ...] = ()


def whos_who_entries(
    sources: Mapping[int, Cited],
    entities: Sequence[EntitySummary],
    named_in: Mapping[int, Sequence[int]],
    language: str = "en",
) -> list[Entry]:
    """The lines for `entities` (most widely named first) cited by the `sources` (by id) that
    name them: a source's own credit left out, spellings of one name folded into one line (its
    name as `_fold` chooses for a list in `language`), then by how many sources each line
    cites, most first (a tie keeps the given order)."""
    kept: list[Entry] = []
    bare: list[Entry] = []
    for entity in entities:
        cited = [i for i in named_in.get(entity.id, ()) if i in sources and not _credited(entity, sources[i])]
        if not cited:
            continue
        entry = Entry(entity, entity.roles, tuple(cited), ((entity, len(cited)),))
        if entity.kind is EntityKind.PERSON and len(entity.name.split()) == 1:
            bare.append(entry)  # after the full names, whichever is named more
            continue
        _fold(kept, entry, next((k for k in kept if _spelled_alike(k.entity, entity)), None), language)
    for entry in bare:
        _fold(kept, entry, _whose_surname(kept, entry), language)
    at = {e.id: n for n, e in enumerate(entities)}  # a bare name keeps its place among its equals
    return sorted(kept, key=lambda e: (-len(e.cited), at[e.entity.id]))


def _fold(kept: list[Entry], entry: Entry, into: Entry | None, language: str) -> None:
    """`entry` added to `kept`, or folded into `into`. The line shows a full name over a bare
    surname; then the list's language's transliteration ("Volodymyr Zelenskiy" in English,
    "Wolodymyr Selenskyj" in German, however many sources give each); then the spelling more
    sources give; then the longer ("Maximilian Bergmann", not "Max Bergmann")."""
    if into is None:
        kept.append(entry)
        return
    spellings = (*into.spellings, *entry.spellings)

    def rank(spelled: tuple[EntitySummary, int]) -> tuple[bool, int, int, int]:
        entity, sources = spelled
        german = sum(entity.name.casefold().count(mark) for mark in ("w", "j", "sch"))
        full = len(entity.name.split()) > 1
        return full, german if language == "de" else -german, sources, len(entity.name)

    shown = max(spellings, key=rank)[0]  # the first of equals: the most widely named
    first, then = (into, entry) if shown in (e for e, _n in into.spellings) else (entry, into)
    cited = tuple(sorted({*into.cited, *entry.cited}))
    kept[kept.index(into)] = Entry(shown, (*first.roles, *then.roles), cited, spellings)


def _credited(entity: EntitySummary, source: Cited) -> bool:
    """Whether `source` names `entity` as its own author (a person in its byline) or as the wire
    that ran it (an organisation that is its agency) — not where its title names them: then
    they are what it is about ("Reuters to cut 500 jobs" on a Reuters report, an interview with
    the reporter who signs it)."""
    name = entity.name.casefold()
    if _in_title(name, source.title):
        return False
    if entity.kind is EntityKind.PERSON:
        # Here, not at the top: the gazetteer's build imports this package, and its kept file's
        # key (`kept_gazetteer.SOURCE_FOLDERS`) covers no module of `reader.core.ingest`.
        from reader.core.ingest import names_of

        signed = [n.casefold() for n in names_of(source.byline or "")]
        return any(n == name or (n.startswith(_BY) and n.partition(" ")[2] == name) for n in signed)
    agency = wire(source.agency) or ""
    return bool(agency) and name in {n.casefold() for n in (agency, *body_names(agency))}  # "AP", "dpa"


def _in_title(name: str, title: str | None) -> bool:
    """Whether the casefolded `name` is words of `title` ("AP" in "AP cuts jobs", not in "Rapid")."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", (title or "").casefold()) is not None


def _spelled_alike(a: EntitySummary, b: EntitySummary) -> bool:
    """Whether two names of one kind are one name spelled two ways: alike but for case
    ("Communist party"), a person's full name transliterated as German and as English do
    ("Zelensky", "Zelenskiy"; `_transliterated_apart`), or with a first name shortened by three
    letters or more ("Tim" for "Timothy"; "Leo" and "Leon", "Carl" and "Carlos" are two names).
    A shortened first name only where both are surely one sex's (`first_names.sure_sex_of`):
    "Chris Tang" may be Christine Tang or Christopher Tang. A surname a letter longer is
    another ("Schulz", "Schulze"; "Hofmann", "Hoffmann")."""
    if a.kind is not b.kind:
        return False
    if a.name.casefold() == b.name.casefold():
        return True
    wa, wb = a.name.casefold().split(), b.name.casefold().split()
    if a.kind is not EntityKind.PERSON or len(wa) != len(wb) or len(wa) < 2 or wa[1:-1] != wb[1:-1]:
        return False
    if [_transliterated(w) for w in wa] == [_transliterated(w) for w in wb]:
        return _transliterated_apart(wa, wb)  # "Wolodymyr Selenskyj", "Volodymyr Zelenskiy"
    first, last = (wa[0], wb[0]), (wa[-1], wb[-1])
    short, long = sorted(first, key=len)
    sexes = {sure_sex_of(a.name.split()[0]), sure_sex_of(b.name.split()[0])}
    return (
        last[0] == last[1] and len(short) >= 3 and long.startswith(short) and len(long) >= len(short) + 3
        and len(sexes) == 1 and "" not in sexes
    )  # fmt: skip


def _transliterated_apart(wa: list[str], wb: list[str]) -> bool:
    """Whether names alike once transliterated are one name German and English write apart,
    not two Western names: where one word alone differs, only by a sound West European names
    do not alternate in ("w"/"v", "j"/"y", "iy"/"y"). "sch"/"sh", "s"/"z" and a final "i"/"y"
    alone make other people ("George Bush", "Busch"; "Mark Fisher", "Fischer"; "Tony
    Morrison", "Toni"), as a first name and a surname both so spelled apart do not ("Sergei
    Schoigu", "Sergey Shoigu")."""
    apart = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(apart) > 1 or any(_western(x) != _western(y) for x, y in apart)


def _western(word: str) -> str:
    """`word` with only the sounds West European names also spell two ways brought to one."""
    return _spelled_as_one(word, _SOUNDS[:3] + _SOUNDS[-1:])


# German and English write a Cyrillic name's sounds differently ("Wladimir Putin", "Vladimir";
# "Selenskyj", "Zelenskiy"; "Prigoschin", "Prigozhin"): each spelling brought to one. Among
# the development library's 1,225 people only "Zelensky" and "Zelenskiy" meet so.
_SOUNDS = (("tsch", "ch"), ("sch", "zh"), ("sh", "zh"), ("w", "v"), ("j", "y"), ("iy", "y"), ("yy", "y"), ("s", "z"))


def _transliterated(word: str) -> str:
    """A casefolded name's word as either language's transliteration comes out alike."""
    return _spelled_as_one(word, _SOUNDS)


def _spelled_as_one(word: str, sounds: tuple[tuple[str, str], ...]) -> str:
    """`word` with each of `sounds`' German spellings written the English way, and a final
    "i" as "y" ("Dmitri", "Dmitry")."""
    for german, english in sounds:
        word = word.replace(german, english)
    return word[:-1] + "y" if word.endswith("i") else word


def _whose_surname(kept: list[Entry], entry: Entry) -> Entry | None:
    """The full-named person a bare surname stands for: of the people whose last name it is (in
    any spelling folded into their line, whichever the list shows) and whom one of its sources
    names too, the one, or the one given one of its roles ("Biden — Vice President" is Joe
    Biden, not Hunter Biden, whom the same reports name); else None. Not the one where both
    have offices and none alike: "President Biden" in a report naming only "First Lady Jill
    Biden" is not her (two lines for one person, "Merkel — Kanzlerin" beside "Angela Merkel —
    CDU-Chefin", mislead less than one for two)."""
    word = entry.entity.name.casefold()
    offices = _offices(entry.roles)
    people = [
        k for k in kept
        if k.entity.kind is EntityKind.PERSON and set(k.cited) & set(entry.cited)
        and any(e.name.casefold().split()[-1] == word for e, _n in k.spellings)  # "Selenskyj" in English too
    ]  # fmt: skip
    if len(people) > 1:
        people = [k for k in people if offices & _offices(k.roles)]
    elif people and offices and (theirs := _offices(people[0].roles)) and not offices & theirs:
        return None  # "President Biden", "First Lady Jill Biden"
    return people[0] if len(people) == 1 else None


def _offices(roles: tuple[str, ...]) -> set[str]:
    """The offices of `roles` however written or held: "Kanzler" and "Bundeskanzler" are both
    "chancellor", "former Vice President" is "vice president"."""
    return {(how[1] if (how := held(r)) else r).casefold() for r in merge_roles(roles, "en")}
