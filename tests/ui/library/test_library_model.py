"""The library's item models, checked by qtmodeltester and for lazy paging."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from reader.core.models import SourceSummary, Tag
from reader.ui.library import source_model as library_model
from reader.ui.library.source_model import (
    SourceIdRole,
    SourceListModel,
    SummaryRole,
    TagListModel,
    TagNameRole,
)


def summary(source_id: int, **overrides: object) -> SourceSummary:
    values: dict[str, object] = dict(
        id=source_id, title=f"Article {source_id}", title_derived=False, site_name="Handelsblatt",
        published="2024-04-11T11:46", imported_at="2026-11-21T06:00:00+00:00", opened_at=None,
        file_name=f"{source_id}.txt", tags=("Japan",), highlight_count=source_id % 3,
    )  # fmt: skip
    values.update(overrides)
    return SourceSummary(**values)  # type: ignore[arg-type]


class FakeLibrary:
    def __init__(self, count: int) -> None:
        self.rows = {i: summary(i) for i in range(1, count + 1)}
        self.calls: list[list[int]] = []

    def fetch(self, ids: Sequence[int]) -> list[SourceSummary]:
        self.calls.append(list(ids))
        return [self.rows[i] for i in ids if i in self.rows]


def test_source_model_passes_qtmodeltester(qtmodeltester) -> None:
    library = FakeLibrary(250)
    model = SourceListModel(library.fetch)
    model.set_ids(list(library.rows))
    qtmodeltester.check(model)
    model.set_ids([])
    qtmodeltester.check(model)


def test_source_model_fetches_one_page_at_a_time() -> None:
    library = FakeLibrary(100_000)
    model = SourceListModel(library.fetch)
    model.set_ids(list(library.rows))
    assert model.rowCount() == 100_000
    assert library.calls == []  # nothing is loaded until a row is shown
    assert model.data(model.index(50_123), Qt.ItemDataRole.DisplayRole) == "Article 50124"
    assert model.data(model.index(50_150), SummaryRole).id == 50_151
    assert len(library.calls) == 1 and len(library.calls[0]) == library_model.PAGE_SIZE
    assert model.data(model.index(7), SourceIdRole) == 8
    assert len(library.calls) == 1  # ids need no fetch


def test_source_model_cache_is_bounded() -> None:
    library = FakeLibrary(20_000)
    model = SourceListModel(library.fetch)
    model.set_ids(list(library.rows))
    for row in range(0, 20_000, library_model.PAGE_SIZE):
        model.summary(row)
    assert len(model._cache) <= library_model.CACHE_LIMIT


def test_refresh_forgets_changed_rows_and_repaints_them(qtbot) -> None:
    library = FakeLibrary(10)
    model = SourceListModel(library.fetch)
    model.set_ids([3, 1, 2])
    assert model.summary(0).unread
    library.rows[3] = summary(3, opened_at="2026-11-21T07:00:00+00:00")
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh({3, 99})
    assert blocker.args[0].row() == 0
    assert not model.summary(0).unread
    assert model.row_of(2) == 2 and model.row_of(99) is None


def test_vanished_source_yields_no_data() -> None:
    library = FakeLibrary(3)
    model = SourceListModel(library.fetch)
    model.set_ids([1, 2, 3])
    del library.rows[2]
    assert model.data(model.index(1), SummaryRole) is None
    assert model.data(model.index(1), Qt.ItemDataRole.DisplayRole) is None


def test_derived_title_says_so_in_the_tooltip() -> None:
    model = SourceListModel(lambda ids: [summary(i, title_derived=True) for i in ids])
    model.set_ids([1])
    assert "taken from the text" in model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)


def test_tag_model_passes_qtmodeltester(qtmodeltester) -> None:
    model = TagListModel()
    qtmodeltester.check(model)
    model.set_tags([Tag(1, "Japan", 2), Tag(2, "Empty", 0), Tag(3, "Tech", 1)], total=5)
    qtmodeltester.check(model)
    shown = [model.data(model.index(r)) for r in range(model.rowCount())]
    assert shown == ["All sources  (5)", "Japan  (2)", "Tech  (1)"]
    assert model.data(model.index(0), TagNameRole) is None
    assert model.data(model.index(2), TagNameRole) == "Tech"
    assert model.row_of("japan") == 1 and model.row_of("gone") == 0
