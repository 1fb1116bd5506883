"""What the entity index speaks of: the four kinds, what one article yields, and what the library
shows (a summary per entity, a mention per place it is named).

`Found.key` is the identity an entity keeps across sources: two sources naming "USA" and
"Vereinigte Staaten" both yield the key `country:US`, so the library holds one place; a person's
key is the full name as written, casefolded, so "Takaichi" in one article joins the "Sanae
Takaichi" of another only through the store's surname rule (see `store.entities`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Where a mention's offsets count: the source's reading text, or its teaser (the lead the
# importer keeps apart and the reading view shows above the text).
BODY = "body"
TEASER = "teaser"


class EntityKind(StrEnum):
    PERSON = "person"
    ORG = "org"
    PLACE = "place"
    FIGURE = "figure"


@dataclass(frozen=True, slots=True)
class Found:
    """One entity of one article: its spans in the reading text, its roles there (people)."""

    kind: EntityKind
    name: str
    key: str
    roles: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """An entity as the library lists it: how many sources name it, how often in all;
    `hidden` when the user said it is no name (listed only when hidden ones are asked for);
    `aliases`, a place's or a listed body's other names, in the other language and as the index keeps it, that a
    list named in one language is still filtered by ("Turkey" finds "Türkei")."""

    id: int
    kind: EntityKind
    name: str
    roles: tuple[str, ...]
    sources: int
    mentions: int
    hidden: bool = False
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a source names an entity; `start`/`end` are offsets in the `part` it is in
    (its reading text, or its teaser) and `context` is the keyword-in-context line around them
    (the sentence, for a figure); `at` is where the mention stands in `context`, when known (a
    sentence naming the entity twice gives two mentions the same line)."""

    source_id: int
    source_title: str
    start: int
    end: int
    context: str
    part: str = BODY
    at: tuple[int, int] | None = None
