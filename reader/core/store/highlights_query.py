"""Every highlight in the library, filtered and grouped, for the cross-source Highlights view.

Filters that SQL answers well (tag, label, outlet, published range) run in SQL; the text
filter runs in Python with `casefold`, because SQLite's LIKE folds only ASCII and consultants
search for "Außenpolitik" and "ÉTATS-UNIS". Rows carry what a list row and a citation need, so
the view never asks the store again per row — except the paragraph number, which a long list
asks for only for the rows it shows (`paragraphs=False`, then `paragraph_numbers`): worked out
for every row it took 140 of the 190 ms that 10,000 highlights took to read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import sqlite_utils

from reader.core.footnotes import wire
from reader.core.labels import LABEL_KEYS, label_name
from reader.core.models import AnchorStatus
from reader.core.store.source_table import outlet_condition
from reader.core.text import sort_key


@dataclass(frozen=True, slots=True)
class HighlightFilter:
    """What to show; empty fields do not filter. Dates are ISO ("2025-10-01"), inclusive."""

    tag: str | None = None
    labels: frozenset[str] = field(default_factory=frozenset)
    outlet: str | None = None
    published_from: str | None = None
    published_to: str | None = None
    text: str | None = None
    source_id: int | None = None


@dataclass(frozen=True, slots=True)
class HighlightRow:
    highlight_id: int
    source_id: int
    exact: str
    annotation: str
    label: str
    anchored: bool
    paragraph: int | None  # None when orphaned, or not asked for (`query_highlights`)
    source_title: str
    outlet: str | None
    author: str | None
    published: str | None


class GroupBy(StrEnum):
    SOURCE = "source"
    LABEL = "label"


@dataclass(frozen=True, slots=True)
class HighlightGroup:
    key: str  # the source id or the label key, as text
    title: str
    rows: tuple[HighlightRow, ...]


# The paragraph number computed in SQL, as `citations.paragraph_number` does it in Python
# (count the blank-line separators before the first non-blank character), so no article text
# has to leave the database for a list of highlights.
_HEAD = (
    "substr(c.reading_text, 1,"
    " h.start + length(h.exact) - length(ltrim(h.exact, ' ' || char(9, 10, 13))))"
)
_PARAGRAPH = f"(length({_HEAD}) - length(replace({_HEAD}, char(10, 10), ''))) / 2 + 1"

_SQL = """
SELECT h.id, h.source_id, h.exact, h.annotation, h.label, h.anchor_status, {paragraph},
       s.title, s.site_name, s.byline, s.published
FROM highlights h
JOIN sources s ON s.id = h.source_id AND s.deleted_at IS NULL{content}
WHERE h.deleted_at IS NULL
"""
# Joined for the paragraph numbers alone (every source has its content): joined for nothing, it
# doubled the time 10,000 rows took to read and sort.
_CONTENT = "\nJOIN source_content c ON c.source_id = s.id"
_ORDER = " ORDER BY coalesce(s.published, '') DESC, s.id, h.start, h.\"end\", h.id"


_ANCHORED = AnchorStatus.ANCHORED.value


def query_highlights(db: sqlite_utils.Database, wanted: HighlightFilter, *, paragraphs: bool = True) -> list[HighlightRow]:
    """Highlights matching `wanted`: newest sources first, each source's in document order.
    Without `paragraphs` every row's paragraph is None: ask `paragraph_numbers` for those shown."""
    sql, params = _where(wanted)
    select = _SQL.format(paragraph=_PARAGRAPH, content=_CONTENT) if paragraphs else _SQL.format(paragraph="NULL", content="")
    rows = [_row(r) for r in db.execute(select + sql + _ORDER, params)]
    if wanted.text and wanted.text.strip():
        needle = wanted.text.strip().casefold()
        rows = [r for r in rows if needle in f"{r.exact}\n{r.annotation}".casefold()]
    return rows


def paragraph_numbers(db: sqlite_utils.Database, highlight_ids: Sequence[int]) -> dict[int, int | None]:
    """Each highlight's paragraph number as `query_highlights` gives it (None when orphaned)."""
    found: dict[int, int | None] = {}
    for start in range(0, len(highlight_ids), 500):  # SQLite's limit on bound values
        chunk = highlight_ids[start:start + 500]
        found.update(db.execute(
            f"SELECT h.id, CASE WHEN h.anchor_status = ? THEN {_PARAGRAPH} END FROM highlights h"
            f" JOIN source_content c ON c.source_id = h.source_id WHERE h.id IN ({','.join('?' * len(chunk))})",
            [AnchorStatus.ANCHORED.value, *chunk]).fetchall())  # fmt: skip
    return found


def _where(wanted: HighlightFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if wanted.source_id is not None:
        clauses.append("h.source_id = ?")
        params.append(wanted.source_id)
    if wanted.tag:
        clauses.append(
            "EXISTS (SELECT 1 FROM source_tags st JOIN tags t ON t.id = st.tag_id"
            " WHERE st.source_id = s.id AND t.name = ? COLLATE NOCASE)"
        )
        params.append(wanted.tag)
    if wanted.labels:
        clauses.append(f"h.label IN ({','.join('?' * len(wanted.labels))})")
        params += sorted(wanted.labels)
    if wanted.outlet:
        clause, values = outlet_condition(wanted.outlet)  # a wire report's agency too, as in the library
        clauses.append(clause)
        params += values
    if wanted.published_from:
        clauses.append("substr(s.published, 1, 10) >= ?")
        params.append(wanted.published_from[:10])
    if wanted.published_to:
        clauses.append("substr(s.published, 1, 10) <= ?")
        params.append(wanted.published_to[:10])
    return "".join(f" AND {c}" for c in clauses), params


def _row(r: Sequence[Any]) -> HighlightRow:
    """(Built by position, in `HighlightRow`'s field order: by keyword, 10,000 rows took twice as long.)"""
    anchored = r[5] == _ANCHORED
    paragraph = int(r[6]) if anchored and r[6] is not None else None
    return HighlightRow(r[0], r[1], r[2], r[3], r[4], anchored, paragraph, r[7], r[8], r[9], r[10])


def group_highlights(
    rows: Sequence[HighlightRow], by: GroupBy, label_names: dict[str, str] | None = None
) -> list[HighlightGroup]:
    """Rows grouped by source (in row order) or by label (in the labels' own order)."""
    groups: dict[str, list[HighlightRow]] = {}
    titles: dict[str, str] = {}
    for row in rows:
        key = str(row.source_id) if by is GroupBy.SOURCE else row.label
        groups.setdefault(key, []).append(row)
        by_source = by is GroupBy.SOURCE
        titles[key] = row.source_title if by_source else label_name(row.label, label_names)
    keys = list(groups)
    if by is GroupBy.LABEL:
        order = {key: n for n, key in enumerate(LABEL_KEYS)}
        keys.sort(key=lambda k: (order.get(k, len(order)), k))
    return [HighlightGroup(k, titles[k], tuple(groups[k])) for k in keys]


def outlets(db: sqlite_utils.Database) -> list[str]:
    """Outlets of sources that have highlights, and the news agencies of such wire reports
    ("dpa" for "dpa/lno"), for the view's outlet filter as for the library's."""
    names: dict[str, str] = {}
    for outlet, agency in db.execute(
        "SELECT DISTINCT s.site_name, s.agency FROM sources s JOIN highlights h ON h.source_id = s.id"
        " WHERE s.deleted_at IS NULL AND h.deleted_at IS NULL"
    ):
        for name in (outlet, wire(agency)):
            if name:
                names.setdefault(name.casefold(), name)
    return sorted(names.values(), key=lambda name: sort_key(name) or "")  # as the library's filter
