"""The library list as item models: sources (ids plus a lazily filled row cache) and tags.

The source model holds only the ordered ids; `SourceSummary` rows are fetched a page at a time
the first time a row is painted and kept in a bounded cache (the shape of Anki's browser), so a
100,000-source library costs one id query, not 100,000 row objects. Both models are fed by the
pane (`set_ids`, `set_tags`), never query the store themselves, and so can be checked by
`qtmodeltester` without a database.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from reader.core.models import SourceSummary, Tag
from reader.core.text import sort_key
from reader.ui.date_display import short_date
from reader.ui.i18n import Plural
from reader.ui.step_names import inside

if TYPE_CHECKING:
    from reader.ui.stories.story_rows import StoryMark  # which imports this module

Fetch = Callable[[Sequence[int]], list[SourceSummary]]
TagsOf = Callable[[Sequence[int]], Mapping[int, Sequence[str]]]  # each source's tags, in one query
Titles = Callable[[], Mapping[int, str]]  # every source's title by id, in one query
AnyIndex = QModelIndex | QPersistentModelIndex

SummaryRole = Qt.ItemDataRole.UserRole + 1  # the row's SourceSummary (or None if it vanished)
SourceIdRole = Qt.ItemDataRole.UserRole + 2
TagNameRole = Qt.ItemDataRole.UserRole + 3  # None on the "All sources" row
StoryRole = Qt.ItemDataRole.UserRole + 4  # the row's place in a same-event group, or None

PAGE_SIZE = 100
CACHE_LIMIT = 5_000  # rows; a screen shows ~20, scrolling fetches pages as it goes


_OPENERS = "\"'„“”‚‘’«»‹›([{¿¡ "  # what a title opens on before its first word


def _starts_with(title: str, wanted: str) -> bool:
    """Whether `title` starts with the case-folded `wanted`, or does past its opening quotes and
    brackets: news titles often open on a quote („Wir geben nicht nach“: Takaichi …), and
    Qt's own search reached those only by typing „ first, which German keyboards lack."""
    folded = title.casefold()
    return folded.startswith(wanted) or folded.lstrip(_OPENERS).startswith(wanted)


def _filed_under(title: str, filed: str) -> bool:
    """Whether `title` is filed under `filed` (a `sort_key`) as Title A–Z files it: "olp" finds
    "Ölpreis …", which a keyboard without an Ö reached no other way."""
    return _filed(title).startswith(filed)


@lru_cache(maxsize=4 * CACHE_LIMIT)
def _filed(title: str) -> str:
    """`title`'s sort key, kept: folding 10,000 titles took 45 ms at each key no title starts
    with as typed, 6 ms once kept (a busy 2-core machine)."""
    return sort_key(title) or ""


class SourceListModel(QAbstractListModel):
    def __init__(self, fetch: Fetch, parent: Any = None, tags_of: TagsOf | None = None,
                 titles: Titles | None = None) -> None:  # fmt: skip
        """`titles`: for letters typed in the list (`match`); without it Qt's own match."""
        super().__init__(parent)
        self._fetch = fetch
        self._titles = titles
        self._tags_of: TagsOf = tags_of or (lambda ids: {s.id: s.tags for s in fetch(ids)})
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}  # id → row, for selection and refreshes
        self._cache: OrderedDict[int, SourceSummary | None] = OrderedDict()
        self._stories: Mapping[int, StoryMark] = {}
        self._story_tags: dict[int, tuple[str, ...]] = {}  # folded story's head id → its tags

    # -- feeding ----------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int], stories: Mapping[int, StoryMark] | None = None,
                folded_tags: Mapping[int, tuple[str, ...]] | None = None) -> None:  # fmt: skip
        """Show `ids` in order; `stories` marks the rows that stand for or belong to a story,
        `folded_tags` the tags of the folded ones' reports, read with the list."""
        self.beginResetModel()
        self._ids = list(ids)
        self._stories = stories or {}
        self._rows = {source_id: row for row, source_id in enumerate(self._ids)}
        self._cache.clear()
        self._story_tags = dict(folded_tags or {})
        self.endResetModel()

    def refresh(self, ids: Iterable[int]) -> None:
        """Forget cached rows for `ids` (their metadata changed) and repaint them."""
        ids = set(ids)
        for head in [h for h, m in self._stories.items() if h in self._story_tags and ids & set(m.members)]:
            del self._story_tags[head]  # a hidden member's tags may have changed: read anew
        for source_id in ids:
            self._cache.pop(source_id, None)
            row = self._rows.get(source_id)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, source_id: int) -> int | None:
        return self._rows.get(source_id)

    def summary(self, row: int) -> SourceSummary | None:
        source_id = self._ids[row]
        if source_id not in self._cache:
            self._load_page(row)
        else:
            self._cache.move_to_end(source_id)
        return self._cache.get(source_id)

    def _load_page(self, row: int) -> None:
        start = row - row % PAGE_SIZE
        page = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._cache]
        found = {s.id: s for s in self._fetch(page)}
        for source_id in page:
            self._cache[source_id] = found.get(source_id)  # None: deleted meanwhile
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        self._read_story_tags(self._ids[start : start + PAGE_SIZE])

    def _read_story_tags(self, ids: Sequence[int]) -> None:
        """The tags of the folded stories among `ids` that the listing did not bring, in one
        query for them all: asked a row at a time as each was painted, they cost a query per
        folded story on screen at every reload."""
        wanted = {i: m for i in ids if (m := self._stories.get(i)) is not None and i not in self._story_tags}
        self._story_tags |= folded_tags(self._tags_of, wanted)

    # -- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == SourceIdRole:
            return self._ids[index.row()]
        if role == StoryRole:
            return self._stories.get(self._ids[index.row()])
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SummaryRole):
            return None
        summary = self.summary(index.row())
        if summary is None or role == Qt.ItemDataRole.DisplayRole:
            return summary.title if summary is not None else None
        mark = self._stories.get(summary.id)
        if mark is not None and mark.head and not mark.expanded:
            summary = replace(summary, tags=self._tags_of_story(summary.id))
        if role == SummaryRole:
            return summary
        return _tooltip(summary, mark.count if mark is not None and mark.head else 1)

    def match(self, start: AnyIndex, role: int, value: Any, hits: int = 1,
              flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap) -> list[QModelIndex]:  # fmt: skip
        """Letters typed in the list go to the next title that starts with them (Qt's keyboard
        search asks this, from the current row on and round). Qt's own match read each row's
        summary, a page at a time, until one matched: at 10,000 sources a letter no title
        starts with fetched every row (twice the cache's 5,000), and the window froze
        150-300 ms at each key. The titles come here in one query."""
        typed = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap  # the keyboard search's flags
        if self._titles is None or role != Qt.ItemDataRole.DisplayRole or flags != typed or hits != 1 \
                or not isinstance(value, str) or not self._ids:  # fmt: skip
            return super().match(start, role, value, hits, flags)
        titles, wanted, first = self._titles(), value.casefold(), max(0, start.row())
        rows = (*range(first, len(self._ids)), *range(first))
        # As typed first ("zoll" is "Zollstreit …", not "Zölle …" above it), then as filed.
        for starts, typed_as in ((_starts_with, wanted), (_filed_under, sort_key(wanted) or "")):
            for row in rows:
                if starts(titles.get(self._ids[row], ""), typed_as):
                    return [self.index(row)]
        return []

    def _tags_of_story(self, head: int) -> tuple[str, ...]:
        """The tags of a folded story's reports (its row stands for them all; it showed only
        its first report's), as the listing or the row's page read them; read here only for a
        story one of whose reports was edited since (`refresh`), once."""
        if head not in self._story_tags:
            self._read_story_tags([head])
        return self._story_tags.get(head, ())


def folded_tags(tags_of: TagsOf, marks: Mapping[int, StoryMark]) -> dict[int, tuple[str, ...]]:
    """The tags each folded story's row among `marks` shows (all its reports'), read with
    `tags_of` in one query for them all."""
    folded = {head: mark.members for head, mark in marks.items() if mark.head and not mark.expanded}
    carried = tags_of([m for members in folded.values() for m in members]) if folded else {}
    return {head: story_tags(carried.get(m, ()) for m in members) for head, members in folded.items()}


def story_tags(member_tags: Iterable[Sequence[str]]) -> tuple[str, ...]:
    """Every tag of a story's reports once (spelt as first met), those most of its reports
    carry first, then A-Z as on any row: the row's two chips name what the story is about,
    not whichever tags sort first."""
    counts: Counter[str] = Counter()
    spelt: dict[str, str] = {}
    for tags in member_tags:
        for tag in {t.casefold(): t for t in tags}.values():
            spelt.setdefault(tag.casefold(), tag)
            counts[tag.casefold()] += 1
    return tuple(spelt[k] for k in sorted(spelt, key=lambda k: (-counts[k], k)))


def _tooltip(summary: SourceSummary, reports: int = 1) -> str:
    """The row's title and what its row shows in short; a story's row ("▸ 3") says it is one
    in the words the timeline's mark uses: the library's row had no word for it at all."""
    lines = [summary.title]
    if reports > 1:
        lines.append(Plural.tr("A story: %Ln reports of one event", "", reports))
    if summary.title_derived:
        lines.append(QCoreApplication.translate(
            "SourceListModel", "(title taken from the text — Source ▸ Edit metadata to set one)"))
    details = " · ".join(x for x in (summary.ran_by, short_date((summary.published or "")[:10])) if x)
    if details:
        lines.append(details)
    if summary.tags:  # a narrow row has no room for their chips, nor at last for "+2"
        lines.append(Plural.tr("Tag(s): %1", "", len(summary.tags)).replace("%1", ", ".join(summary.tags)))
    if summary.highlight_count:
        lines.append(Plural.tr("❝ %Ln highlight(s)", "", summary.highlight_count))
    if summary.has_note:
        lines.append(QCoreApplication.translate("SourceListModel", "✎ Summary note"))
    lines.append(QCoreApplication.translate("SourceListModel", "File: %1").replace("%1", summary.file_name))
    if summary.unread:
        lines.append(QCoreApplication.translate("SourceListModel", "Unread"))
    return "\n".join(lines)


class TagListModel(QAbstractListModel):
    """"All sources" then every tag, each with its count; selecting one filters the library."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tags: list[Tag] = []
        self._total = 0

    def set_tags(self, tags: Sequence[Tag], total: int) -> None:
        self.beginResetModel()
        self._tags = [t for t in tags if t.source_count > 0]
        self._total = total
        self.endResetModel()

    def row_of(self, name: str | None) -> int:
        if name is None:
            return 0
        for row, tag in enumerate(self._tags, start=1):
            if tag.name.casefold() == name.casefold():
                return row
        return 0

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tags) + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._tags):
            return None
        tag = self._tags[index.row() - 1] if index.row() else None
        if role == TagNameRole:
            return tag.name if tag else None
        if role == Qt.ItemDataRole.DisplayRole:
            name, count = (tag.name, tag.source_count) if tag else (self.tr("All sources"), self._total)
            return f"{name}  ({QLocale().toString(count)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            if tag:
                return inside(self.tr("Show only sources tagged “%1”"), tag.name)
            return self.tr("Show every source")
        return None
