"""How the user's corrections (`entity_corrections`) regroup the index's rows for reading.

The index keeps what the rules found, one row per kind and key, and is rebuilt whenever the
rules or a source change; the corrections are the user's and stay. A correction says that a row
is no name ("Touchscreen": hidden), or that it is shown as another identity: its kind changed
(the same key under another kind) or merged into another entry ("Mike Ford" into
"John M. Ford": that entry's kind and key). The rows shown as one identity make a group, listed
under one row's id — the row holding that identity itself when it is one of them, else the
lowest — with the group's sources and mentions counted together. Hidden rows make groups of
their own, listed only when hidden entries are asked for ("Show hidden").

The groups are worked out anew for each reading: corrections are few (a user's handful), and
the entities' unique (kind, key) index finds their rows at once, so a library without any reads
exactly as it did before (`list_sql` then builds the query it always built).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from reader.core.entities import EntityKind

Identity = tuple[str, str]  # (kind, key): what an entity is, whatever its row id
# Rows of live sources: the deleted ones are few, so a list of them beats a join per row.
LIVE = "es.source_id NOT IN (SELECT id FROM sources WHERE deleted_at IS NOT NULL)"
_MEMBER_COLUMNS = "e.id, e.kind, e.key, e.name, coalesce(c.hidden, 0), c.to_kind, c.to_key, c.to_name"


@dataclass(frozen=True, slots=True)
class Member:
    """An index row with the correction stored for it (none: `corrected` is False)."""

    id: int
    kind: str
    key: str
    name: str
    hidden: bool = False
    to_kind: str | None = None
    to_key: str | None = None
    to_name: str | None = None
    corrected: bool = False

    @property
    def own(self) -> Identity:
        return (self.kind, self.key)

    @property
    def identity(self) -> Identity:
        """The identity the row is shown as: its own, or the one a correction gave it."""
        return (self.to_kind, self.to_key) if self.to_kind and self.to_key else self.own


def _member(row: Sequence[Any], corrected: bool = True) -> Member:
    return Member(int(row[0]), str(row[1]), str(row[2]), str(row[3]), bool(row[4]), row[5], row[6], row[7], corrected)


@dataclass(frozen=True, slots=True)
class Shown:
    """A group as it is listed: under which kind and name, and whether it is hidden."""

    identity: Identity
    name: str
    hidden: bool


@dataclass(frozen=True, slots=True)
class Groups:
    """`rep`: every grouped row's id → the id its group is listed under; `shown`: what each
    such listed id stands for. Rows of no group (most) are in neither and list as they are."""

    rep: dict[int, int] = field(default_factory=dict)
    shown: dict[int, Shown] = field(default_factory=dict)

    def members(self, entity_id: int) -> list[int]:
        """The rows listed as `entity_id` (one merged away speaks for its whole group)."""
        rep = self.rep.get(entity_id, entity_id)
        return sorted(raw for raw, r in self.rep.items() if r == rep) or [entity_id]

    def hidden(self, entity_id: int) -> bool:
        shown = self.shown.get(self.rep.get(entity_id, entity_id))
        return shown is not None and shown.hidden


def load(db: sqlite_utils.Database) -> Groups:
    """The groups the stored corrections make of the index's rows now."""
    corrected = [_member(row) for row in db.execute(
        f"SELECT {_MEMBER_COLUMNS} FROM entity_corrections c JOIN entities e ON e.kind = c.kind AND e.key = c.key"
    )]  # fmt: skip
    if not corrected:
        return Groups()
    wanted = sorted({m.identity for m in corrected if m.identity != m.own})
    ids = {m.id for m in corrected}
    targets = [  # the rows holding the identities others are shown as, uncorrected themselves
        _member((*row, 0, None, None, None), corrected=False)
        for row in db.execute(
            "SELECT e.id, e.kind, e.key, e.name FROM json_each(?) j JOIN entities e"
            " ON e.kind = json_extract(j.value, '$[0]') AND e.key = json_extract(j.value, '$[1]')",
            (json.dumps(wanted),),
        )
    ]
    by_identity: dict[Identity, list[Member]] = {}
    for member in corrected + [t for t in targets if t.id not in ids]:
        by_identity.setdefault(member.identity, []).append(member)
    rep: dict[int, int] = {}
    shown: dict[int, Shown] = {}
    for identity, group in by_identity.items():
        for hidden in (False, True):
            part = sorted((m for m in group if m.hidden == hidden), key=lambda m: m.id)
            if not part:
                continue
            own = next((m for m in part if m.own == identity), None)
            first = own or part[0]
            # the name the user saw when giving the entry its kind, kept also where newer rules
            # found it as that kind themselves (`entity_follow`); else the row's own name
            if own is not None:
                name = (own.to_name if own.to_kind else None) or own.name
            else:
                name = first.to_name or first.name
            for member in part:
                rep[member.id] = first.id
            shown[first.id] = Shown(identity, name, hidden)
    return Groups(rep, shown)


def members(db: sqlite_utils.Database, groups: Groups, entity_ids: Sequence[int]) -> list[Member]:
    """The rows listed as `entity_ids`, each with its stored correction."""
    ids = sorted({m for i in entity_ids for m in groups.members(i)})
    return [
        _member(row[:-1], corrected=row[-1] is not None)
        for row in db.execute(
            f"SELECT {_MEMBER_COLUMNS}, c.kind FROM entities e"
            " LEFT JOIN entity_corrections c ON c.kind = e.kind AND c.key = e.key"
            " WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.id",
            (json.dumps(ids),),
        )
    ]


def list_sql(
    groups: Groups,
    kind: EntityKind | str | None,
    source_ids: Sequence[int] | None,
    limit: int | None,
    entity_id: int | None,
    named: tuple[str, str] | None = None,
    with_hidden: bool = False,
) -> tuple[str, list[Any]]:
    """The listing query. It counts `entity_sources` per entity before joining anything (the
    table is stored in entity order, so the grouping streams), leaves out the few deleted
    sources by a list rather than a join per row, and hands over only the role lists that are
    not empty, joined into one JSON text per entity: at 10,000 sources (380,000 rows, nine in
    ten without a role) a join per row and a JSON decode per row cost ~1 s, this ~0.1 s.
    `named` is a condition on the entity's name and its value (`find`).

    With corrections, the grouped rows are left out of that count and counted per group in a
    second part (a source naming two rows of a group counts once); hidden groups are listed
    only `with_hidden`. Rows are (id, kind, name, sources, mentions, roles, hidden)."""
    scope: list[str] = [LIVE]
    scope_params: list[Any] = []
    if source_ids is not None:
        scope.append("es.source_id IN (SELECT value FROM json_each(?))")
        scope_params.append(json.dumps(list(source_ids)))
    single, single_params = list(scope), list(scope_params)
    if kind is not None:
        single.append("es.entity_id IN (SELECT id FROM entities WHERE kind = ?)")
        single_params.append(str(EntityKind(kind).value))
    if entity_id is not None:
        single.append("es.entity_id = ?")
        single_params.append(int(entity_id))
    if named is not None:
        single.append(f"es.entity_id IN (SELECT id FROM entities WHERE {named[0]})")
        single_params.append(named[1])
    roles = "group_concat(es.roles, ',') FILTER (WHERE es.roles != '[]')"
    if not groups.rep:
        sql = (
            "SELECT e.id, e.kind, e.name, a.n, a.m, a.roles, 0 FROM ("
            f" SELECT es.entity_id AS id, count(*) AS n, sum(es.mentions) AS m, {roles} AS roles"
            f" FROM entity_sources es WHERE {' AND '.join(single)} GROUP BY es.entity_id"
            ") a JOIN entities e ON e.id = a.id"
            " ORDER BY a.n DESC, a.m DESC, sort_name(e.kind, e.name), e.id"
        )
        return sql + (f" LIMIT {int(limit)}" if limit is not None else ""), single_params
    grouped = [[raw, rep if with_hidden or not groups.shown[rep].hidden else None] for raw, rep in groups.rep.items()]
    reps = [[rep, s.identity[0], s.identity[1], s.name, int(s.hidden)] for rep, s in groups.shown.items()]
    together, together_params = list(scope), list(scope_params)
    if kind is not None:
        together.append("g.rep IN (SELECT rep FROM r WHERE kind = ?)")
        together_params.append(str(EntityKind(kind).value))
    if entity_id is not None:
        together.append("g.rep = ?")
        together_params.append(int(entity_id))
    if named is not None:  # a name merged in finds its group: "Mike Ford" finds John M. Ford;
        # so does the name the group is listed by, where the rows' names are others now
        together.append(
            f"(g.rep IN (SELECT g2.rep FROM g AS g2 WHERE g2.raw IN (SELECT id FROM entities WHERE {named[0]}))"
            f" OR g.rep IN (SELECT rep FROM r WHERE {named[0]}))"
        )
        together_params += [named[1], named[1]]
    sql = (
        "WITH g(raw, rep) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)),"
        " r(rep, kind, key, name, hidden) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),"
        " json_extract(value, '$[2]'), json_extract(value, '$[3]'), json_extract(value, '$[4]') FROM json_each(?))"
        " SELECT e.id, coalesce(r.kind, e.kind), coalesce(r.name, e.name), a.n, a.m, a.roles, coalesce(r.hidden, 0)"
        " FROM ("
        f" SELECT es.entity_id AS id, count(*) AS n, sum(es.mentions) AS m, {roles} AS roles"
        f" FROM entity_sources es WHERE {' AND '.join(single)} AND es.entity_id NOT IN (SELECT raw FROM g)"
        " GROUP BY es.entity_id"
        " UNION ALL"
        f" SELECT g.rep, count(DISTINCT es.source_id), sum(es.mentions), {roles}"
        f" FROM g JOIN entity_sources es ON es.entity_id = g.raw WHERE g.rep IS NOT NULL AND {' AND '.join(together)}"
        " GROUP BY g.rep"
        ") a JOIN entities e ON e.id = a.id LEFT JOIN r ON r.rep = a.id"
        " ORDER BY a.n DESC, a.m DESC, sort_name(coalesce(r.kind, e.kind), coalesce(r.name, e.name)), e.id"
    )
    params = [json.dumps(grouped), json.dumps(reps), *single_params, *together_params]
    return sql + (f" LIMIT {int(limit)}" if limit is not None else ""), params
