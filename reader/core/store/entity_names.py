"""Entity names as the reader's language has them: the index stores one name per entity (a
place's in the language of the source that named it first, a city's as a German source writes it
where one names it); a place is shown, found and matched by its names in English and German as
well (`entities.place_names`), and so is an organisation the rules list under its names in both
languages (`entities.known_bodies`: the EU's row may hold "European Union", "EU" or
"Europäische Union", whichever source came first)."""

from __future__ import annotations

import json
from dataclasses import replace

import sqlite_utils

from reader.core.entities import (
    EntityKind,
    EntitySummary,
    body_names,
    body_shown,
    place_key,
    place_name,
)


def localised(db: sqlite_utils.Database, entities: list[EntitySummary], lang: str) -> list[EntitySummary]:
    """`entities` with each place named in `lang` where the gazetteer knows its name there, and
    its other names (English, German, the index's) as `aliases`, which the window's filter
    boxes search too: a German reader of English sources types "Turkey" for "Türkei"."""
    entities = [_body_localised(e, lang) if e.kind is EntityKind.ORG else e for e in entities]
    places = [e.id for e in entities if e.kind is EntityKind.PLACE]
    if not places:
        return entities
    keys = {int(i): (str(k), str(n)) for i, k, n in db.execute(
        "SELECT id, key, name FROM entities WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(places),)
    )}  # fmt: skip
    shown = []
    for entity in entities:
        if entity.id not in keys:
            shown.append(entity)
            continue
        key, stored = keys[entity.id]
        named = {other: place_name(key, other) for other in ("en", "de")}
        name = named.get(lang) or entity.name
        others = (entity.name, stored, named["en"], named["de"])
        shown.append(replace(entity, name=name, aliases=tuple(dict.fromkeys(n for n in others if n and n != name))))
    return shown


def _body_localised(entity: EntitySummary, lang: str) -> EntitySummary:
    """A listed body named in `lang` ("ECB" in the German window: "EZB"), its other names as
    `aliases`; any other organisation as it is."""
    named = body_shown(entity.name, lang)
    if named is None:
        return entity
    return replace(entity, name=named[0], aliases=tuple(dict.fromkeys((*entity.aliases, *named[1]))))


def names_of(db: sqlite_utils.Database, entity_id: int) -> set[str]:
    """Every name the entity goes by, casefolded: its own, a place's English and German, a
    listed body's names in both languages."""
    row = db.execute("SELECT name, kind, key FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return set()
    names = {str(row[0]).casefold()}
    if row[1] == EntityKind.PLACE.value:
        names |= {n.casefold() for lang in ("en", "de") if (n := place_name(str(row[2]), lang))}
    elif row[1] == EntityKind.ORG.value:
        names |= {n.casefold() for n in body_names(str(row[0]))}
    return names


def name_in(db: sqlite_utils.Database, entity_id: int, lang: str) -> str | None:
    """The entity's name for a reader of `lang` where it has one there, as the Entities view
    shows it: a place's where the gazetteer has one ("Tokyo" for the index's "Tokio" in the
    English window), a listed body's ("EZB" for "European Central Bank" in the German one);
    None for any other entity, whose own name stands. A saved search keeps the name it was
    saved with, in the language of the window it was saved in: its chip showed that name."""
    row = db.execute("SELECT kind, key, name FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is not None and row[0] == EntityKind.ORG.value:
        named = body_shown(str(row[2]), lang)
        return named[0] if named else None
    if row is None or row[0] != EntityKind.PLACE.value:
        return None
    return place_name(str(row[1]), lang)


def body_condition(name: str) -> tuple[str, str] | None:
    """The entities-table condition for the listed body `name` is one of its names of ("European
    Union" for the EU's row named "EU"), or None when it names no listed body."""
    names = [n.casefold() for n in body_names(name)]
    return ("kind = 'org' AND casefold(name) IN (SELECT value FROM json_each(?))", json.dumps(names)) if names else None


def place_condition(name: str) -> tuple[str, str] | None:
    """The entities-table condition for the place `name` stands for in either language ("USA",
    "United States", "Vereinigte Staaten"), or None when it names no known place."""
    key = place_key(name)
    return ("kind = 'place' AND key = ?", key) if key is not None else None
