"""The entity index: which people, organisations, places and figures each source names, where.

Four tables (migrations `create_entities`, `index_entity_teasers`): `entities` (one row per
entity of the library, by kind and key), `entity_sources` (an entity in a source: its roles
there and how often it is named), `entity_mentions` (each place, as offsets in the reading text
or the teaser: its `part`) and `entity_indexed` (what of a source was indexed, and with which
rules: its `text_hash` and `entities.RULES_VERSION`, its teaser and language, so a source whose
text, teaser or language changed, or every source after the rules changed, is indexed anew).
A source's reading text and teaser are read together (`entity_parts`). Rows go with their
source (ON DELETE CASCADE).

Indexing is lazy — never on import, whose speed matters more — and resumable: `refresh` takes
the sources `missing` lists in small batches, each written in one short transaction, so the
window can run it in the background beside the user's edits and stop it at any batch.
A person named by surname only ("Takaichi") joins the one person of the library whose full
name ends with it, when exactly one does; a surname indexed first becomes the full name when
that arrives ("Takaichi" → "Sanae Takaichi").

Every reading respects the user's corrections (`entity_corrections`, read through
`entity_groups`): an entry said to be no name is listed nowhere, one merged into another counts
for it, one given another kind is listed as that kind. A source read again under newer rules
hands a correction on to the row that now holds the corrected row's words (`entity_follow`).
"""

from __future__ import annotations

import builtins
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from reader.core.entities import (
    RULES_VERSION,
    TEASER,
    EntityKind,
    EntitySummary,
    Found,
    Mention,
    context_at,
    most_given,
    place_name,
    sort_name,
    whos_who_markdown,
)
from reader.core.gc_quiet import old_objects_frozen
from reader.core.store.connection import write_transaction
from reader.core.store.entity_bodies import ShownNames, form, moved, same_body
from reader.core.store.entity_corrections import EntityCorrections
from reader.core.store.entity_follow import follow, tracked
from reader.core.store.entity_groups import LIVE as _LIVE
from reader.core.store.entity_groups import list_sql, load
from reader.core.store.entity_names import (
    body_condition,
    localised,
    name_in,
    names_of,
    place_condition,
)
from reader.core.store.entity_parts import Span, read
from reader.core.store.entity_people import joined

BATCH = 25
_KINDS = {kind.value: kind for kind in EntityKind}
_WINDOW = 300  # characters of text read around a mention to make its context line

# A source is indexed again when its text changed or the rules did (the stored hash is the
# text's hash and the rules' version), or its teaser or language did (Edit metadata…).
_LIVE_MISSING = f"""
SELECT s.id, s.text_hash || ':{RULES_VERSION}', s.teaser, s.lang, c.reading_text FROM sources s
JOIN source_content c ON c.source_id = s.id
LEFT JOIN entity_indexed i ON i.source_id = s.id
WHERE s.deleted_at IS NULL
AND (i.text_hash IS NULL OR i.text_hash != s.text_hash || ':{RULES_VERSION}'
     OR i.teaser IS NOT s.teaser OR i.lang IS NOT s.lang)
"""
# What a source was indexed as: its text's hash with the rules' version, its teaser, its language.
_Indexed = tuple[str, str | None, str | None]


class EntityRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        # Python's casefold in SQL, so a name is matched by the entities table alone, as
        # Python compares ('STRASSE' is 'Straße'; SQLite's NOCASE folds only ASCII).
        db.conn.create_function("casefold", 1, _casefold, deterministic=True)
        # The order of names in a listing's ties, as the window's Name column sorts (a person
        # by surname): one key, `entities.sort_name`.
        db.conn.create_function("sort_name", 2, sort_name, deterministic=True)
        self.corrections = EntityCorrections(db)
        self._shown = ShownNames(db.conn, RULES_VERSION)  # the organisations by name, per `refresh`

    # -- indexing ---------------------------------------------------------------------------

    def missing(self) -> int:
        """How many live sources are not indexed yet, or were indexed with another text."""
        return int(self.db.execute(f"SELECT count(*) FROM ({_LIVE_MISSING})").fetchone()[0])

    def refresh(
        self,
        progress: Callable[[int, int], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Index what `missing` counts, `BATCH` sources per transaction; `progress(done, total)`
        after each batch; stops between batches when `is_cancelled()`. Returns how many were
        indexed."""
        self._shown = ShownNames(self.db.conn, RULES_VERSION)  # read anew: another process may have written
        with old_objects_frozen():  # the rules' gazetteers and caches: no garbage to collect
            return self._refresh(progress, is_cancelled)

    def _refresh(
        self,
        progress: Callable[[int, int], None] | None,
        is_cancelled: Callable[[], bool] | None,
    ) -> int:
        total, done = self.missing(), 0
        while not (is_cancelled and is_cancelled()):
            rows = self.db.execute(f"{_LIVE_MISSING} ORDER BY s.id LIMIT {BATCH}").fetchall()
            if not rows:
                break
            found = [(int(r[0]), (str(r[1]), r[2], r[3]), read(r[4], r[2], r[3])) for r in rows]
            with write_transaction(self.db):
                for source_id, indexed, entities in found:
                    self._store(source_id, indexed, entities)
            done += len(rows)
            if progress:
                progress(done, max(total, done))
        if done:
            with write_transaction(self.db):
                self.db.execute(
                    "DELETE FROM entities WHERE NOT EXISTS"
                    " (SELECT 1 FROM entity_sources es WHERE es.entity_id = entities.id)"
                )
        return done

    def _store(
        self, source_id: int, indexed: _Indexed, entities: list[tuple[Found, list[Span]]]
    ) -> None:
        conn = self.db.conn
        before = tracked(conn, source_id, indexed[0], indexed[1])  # what corrections concern
        conn.execute("DELETE FROM entity_sources WHERE source_id = ?", (source_id,))
        conn.execute("DELETE FROM entity_mentions WHERE source_id = ?", (source_id,))
        seen: dict[int, tuple[list[str], list[Span]]] = {}
        for entity, found_at in entities:
            entity_id = self._entity_id(entity, indexed[2])
            roles, spans = seen.setdefault(entity_id, ([], []))
            roles += [r for r in entity.roles if r not in roles]
            spans += found_at
        conn.executemany(
            "INSERT INTO entity_sources (entity_id, source_id, roles, mentions) VALUES (?, ?, ?, ?)",
            [
                (i, source_id, json.dumps(r, ensure_ascii=False), len(set(s)))
                for i, (r, s) in seen.items()
            ],
        )
        conn.executemany(
            'INSERT INTO entity_mentions (entity_id, source_id, part, start, "end")'
            " VALUES (?, ?, ?, ?, ?)",
            [
                (i, source_id, part, a, b)
                for i, (_r, spans) in seen.items()
                for part, a, b in sorted(set(spans))
            ],
        )
        conn.execute(
            "INSERT OR REPLACE INTO entity_indexed (source_id, text_hash, teaser, lang)"
            " VALUES (?, ?, ?, ?)",
            (source_id, *indexed),
        )
        follow(conn, before, {i: spans for i, (_r, spans) in seen.items()})

    def _entity_id(self, entity: Found, lang: str | None) -> int:
        conn = self.db.conn
        row = conn.execute(
            "SELECT id, name, rules FROM entities WHERE kind = ? AND key = ?", (entity.kind.value, entity.key)
        ).fetchone()
        if row and row[2] == RULES_VERSION:
            if lang == "de" and entity.key.startswith("city:") and row[1] == place_name(entity.key, "en") != entity.name:
                # An English source named the city first ("Beijing"); a German one writes it as
                # the German window should show it ("Peking"). The English window names a city
                # from GeoNames whatever the index keeps, so only the German one reads this name.
                conn.execute("UPDATE entities SET name = ? WHERE id = ?", (entity.name, row[0]))
            return int(row[0])
        # A row named under older rules (or before they were kept) is read as a new name would
        # be: the person may join one these rules named already, else it takes their name.
        stale = int(row[0]) if row else None
        if entity.kind is EntityKind.PERSON:
            known = joined(conn, entity.key, entity.name, RULES_VERSION, stale)
        else:
            org = entity.kind is EntityKind.ORG
            known = same_body(conn, entity.key, entity.name, RULES_VERSION, self._shown) if org else None
        if known:
            if stale is not None and known != stale:
                moved(conn, entity.kind.value, entity.key, known)
            return known
        shape = form(entity.kind.value, entity.key)
        if stale is not None:
            conn.execute(
                "UPDATE entities SET name = ?, rules = ?, form = ? WHERE id = ?", (entity.name, RULES_VERSION, shape, stale)
            )
            self._shown.named(stale, entity.name, kind=entity.kind.value)
            return stale
        words = entity.key.split()
        surname = words[-1] if entity.kind is EntityKind.PERSON and len(words) > 1 else None
        cursor = conn.execute(
            "INSERT INTO entities (kind, key, name, surname, rules, form) VALUES (?, ?, ?, ?, ?, ?)",
            (entity.kind.value, entity.key, entity.name, surname, RULES_VERSION, shape),
        )
        self._shown.named(int(cursor.lastrowid or 0), entity.name, kind=entity.kind.value)
        return int(cursor.lastrowid or 0)

    # -- reading ----------------------------------------------------------------------------

    def list(
        self,
        kind: EntityKind | str | None = None,
        source_ids: Sequence[int] | None = None,
        limit: int | None = None,
        entity_id: int | None = None,
        lang: str | None = None,
        with_hidden: bool = False,
    ) -> list[EntitySummary]:
        """Entities of live sources (of `source_ids`, or all; of one `kind`; or the one
        `entity_id`), most sources first, then most mentions, then by name (a person by
        surname: `sort_name`); counts within
        those sources. With `lang`, places are named in that language (the window's).
        Those the user hid are left out, or listed `with_hidden` (marked `hidden`)."""
        sql = list_sql(load(self.db), kind, source_ids, limit, entity_id, with_hidden=with_hidden)
        found = [_summary(row) for row in self.db.execute(*sql)]
        return localised(self.db, found, lang) if lang else found

    def name_in(self, entity_id: int, lang: str) -> str | None:
        """A place's name in `lang` ("en" or "de") where the gazetteer has one, a listed body's
        (`known_bodies`), as the Entities view names them; else None."""
        return name_in(self.db, entity_id, lang)

    def names(self, entity_id: int) -> set[str]:
        """Every name the entity goes by, casefolded (a place's in English and German too,
        and the names merged into it)."""
        return set().union(*(names_of(self.db, i) for i in load(self.db).members(entity_id)))

    def is_called(self, entity: EntitySummary, name: str) -> bool:
        """The entity goes by `name` (casefolded): its own name is asked first, since a place's
        other names ("United States" for "Vereinigte Staaten") load the gazetteer (~1 s once)."""
        return entity.name.casefold() == name or name in self.names(entity.id)

    def for_source(self, source_id: int) -> builtins.list[EntitySummary]:
        """One source's entities: `mentions` counts this source, `sources` the whole library."""
        here = {e.id: e for e in self.list(source_ids=[source_id])}
        if not here:
            return []
        rows = self.db.execute(
            "SELECT es.entity_id, count(*) FROM entity_sources es"
            f" WHERE {_LIVE} AND es.entity_id IN (SELECT value FROM json_each(?))"
            " GROUP BY es.entity_id",
            (json.dumps(list(here)),),
        ).fetchall()
        library = {int(i): int(n) for i, n in rows}
        groups = load(self.db)
        library |= {i: e.sources for i in here if i in groups.shown and (e := self.get(i)) is not None}
        found = [
            EntitySummary(e.id, e.kind, e.name, e.roles, library.get(e.id, 1), e.mentions)
            for e in here.values()
        ]
        return sorted(found, key=lambda e: (-e.mentions, -e.sources, sort_name(e.kind, e.name)))

    def get(self, entity_id: int) -> EntitySummary | None:
        rows = self.list(entity_id=entity_id)
        return rows[0] if rows else None

    def find(self, name: str) -> builtins.list[EntitySummary]:
        """Entities whose name is `name` (any case), or else the place it names in any language
        ("Amerika" the United States, not "Nordamerika"), or else the listed body it names in
        either language ("European Union" the EU's row named "EU", a saved search kept so before
        the rules keyed them as one), or else containing it; most sources first.

        Each asks the entities table for the names first, so only the matching entities'
        source rows are counted, not the whole library's.
        """
        exact = self._named(("casefold(name) = ?", name.casefold()))
        place = place_condition(name) if not exact else None  # "USA" → "Vereinigte Staaten"
        body = body_condition(name) if not exact and not place else None  # "European Union" → "EU"
        return (
            exact
            or (self._named(place) if place else [])
            or (self._named(body) if body else [])
            or self._named(("instr(casefold(name), ?) > 0", name.casefold()))
        )

    def _named(self, named: tuple[str, str]) -> builtins.list[EntitySummary]:
        return [_summary(row) for row in self.db.execute(*list_sql(load(self.db), None, None, None, None, named))]

    def source_ids(self, entity_id: int) -> builtins.list[int]:
        """The live sources that name the entity (or a name merged into it), by id."""
        return [
            int(row[0])
            for row in self.db.execute(
                "SELECT DISTINCT es.source_id FROM entity_sources es JOIN sources s ON s.id = es.source_id"
                " WHERE es.entity_id IN (SELECT value FROM json_each(?)) AND s.deleted_at IS NULL"
                " ORDER BY es.source_id",
                (json.dumps(load(self.db).members(entity_id)),),
            )
        ]

    def names_anyone(self, source_ids: Sequence[int]) -> bool:
        """Whether these sources name a person or an organisation: a who's who of them has
        entries (without any it is its heading alone, and neither face inserts or prints it)."""
        return any(self.list(kind, source_ids, limit=1) for kind in (EntityKind.PERSON, EntityKind.ORG))

    def whos_who(self, source_ids: Sequence[int], language: str = "en") -> str:
        """Briefing ▸ Insert who's who for these sources: Markdown with footnote citations, its
        words and citations in `language`; "" when they name nobody but their own credits.

        The sources are read for their footnotes alone (no text), and which of them name each
        entity in one query, so the whole library's who's who reads no source's text.
        """
        sources = self._cited(list(dict.fromkeys(source_ids)))
        chosen = [
            e for kind in (EntityKind.PERSON, EntityKind.ORG)
            for e in self.list(kind, [s.id for s in sources], lang=language)  # "EZB" in German
        ]  # fmt: skip
        named_in: dict[int, builtins.list[int]] = {e.id: [] for e in chosen}
        groups = load(self.db)
        listed_as = {raw: e for e in named_in for raw in groups.members(e)}  # names merged in count
        for entity_id, source_id in self.db.execute(
            f"SELECT DISTINCT es.entity_id, es.source_id FROM entity_sources es WHERE {_LIVE}"
            " AND es.entity_id IN (SELECT value FROM json_each(?)) ORDER BY es.source_id",
            (json.dumps(list(listed_as)),),
        ):
            if int(source_id) not in (cited := named_in[listed_as[int(entity_id)]]):
                cited.append(int(source_id))
        return whos_who_markdown(sources, chosen, named_in, language)

    def _cited(self, source_ids: builtins.list[int]) -> builtins.list[_Cited]:
        """The live sources of `source_ids`, in that order, with what a footnote names."""
        rows = self.db.execute(
            "SELECT id, title, site_name, byline, published, agency FROM sources WHERE deleted_at IS NULL"
            " AND id IN (SELECT value FROM json_each(?))",
            (json.dumps(source_ids),),
        )
        found = {int(r[0]): _Cited(int(r[0]), str(r[1]), r[2], r[3], r[4], r[5]) for r in rows}
        return [found[i] for i in source_ids if i in found]

    def mentions(
        self, entity_id: int, source_ids: Sequence[int] | None = None
    ) -> builtins.list[Mention]:
        """Every place live sources (of `source_ids`) name the entity, with its context line
        (from the teaser, for a mention there); newest source first, within a source in the
        order the reading view shows them: the teaser's, then the text's."""
        sql = (
            'SELECT m.source_id, s.title, m.part, m.start, m."end", max(0, m.start - ?) AS w,'
            f" substr(CASE m.part WHEN '{TEASER}' THEN coalesce(s.teaser, '') ELSE c.reading_text END,"
            ' max(0, m.start - ?) + 1, m."end" - max(0, m.start - ?) + ?)'
            " FROM entity_mentions m JOIN sources s ON s.id = m.source_id"
            " JOIN source_content c ON c.source_id = m.source_id"
            " WHERE m.entity_id IN (SELECT value FROM json_each(?)) AND s.deleted_at IS NULL"
        )
        params: list[Any] = [_WINDOW, _WINDOW, _WINDOW, _WINDOW, json.dumps(load(self.db).members(entity_id))]
        if source_ids is not None:
            sql += " AND m.source_id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(source_ids)))
        sql += " ORDER BY coalesce(s.published, s.imported_at) DESC, m.source_id DESC,"
        sql += f" m.part != '{TEASER}', m.start"
        return [
            Mention(int(sid), str(title), int(a), int(b), line, str(part), at)
            for sid, title, part, a, b, w, window in self.db.execute(sql, params)
            for line, at in [context_at(window, a - w, b - w)]
        ]


@dataclass(frozen=True, slots=True)
class _Cited:
    """A source as a who's who footnote names it (see `reader.core.footnotes.Cited`)."""

    id: int
    title: str
    site_name: str | None
    byline: str | None
    published: str | None
    agency: str | None


def _casefold(text: str | None) -> str | None:
    return text.casefold() if text is not None else None


def _summary(row: Sequence[Any]) -> EntitySummary:
    ordered: tuple[str, ...] = ()
    if row[5] is not None:  # the sources' role lists, joined: '["CEO"],["CEO","Gründer"]'
        roles: Counter[str] = Counter()
        for per_source in json.loads(f"[{row[5]}]"):
            roles.update(per_source)
        ordered = most_given(roles)
    return EntitySummary(int(row[0]), _KINDS[row[1]], str(row[2]), ordered, int(row[3]), int(row[4]), bool(row[6]))
