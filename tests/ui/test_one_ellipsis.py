"""A title with an ellipsis of its own is shortened with one "…", never two.

Seen walking the window (session 27): "Was kommt nach Merz… und wer zahlt" cut right after its
"…" read "Was kommt nach Merz……" in the library's rows, the timeline's captions and a story's
row; "Rente..." read "Rente...…". Every width is tried, so the cut falls on the ellipsis."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from reader.core.models import SourceSummary
from reader.ui.library.source_delegate import SourceDelegate
from reader.ui.one_ellipsis import cut_to, elided, one_ellipsis
from reader.ui.step_names import short
from reader.ui.stories.story_rows import StoryMark, StoryRowDelegate
from reader.ui.timeline.captions import paint_caption
from tests.ui.library.row_painting import TextRecorder, drawn_texts

TITLES = ["Was kommt nach Merz… und wer zahlt die Rechnung", "Streit um die Rente... und kein Ende in Sicht",
          "Merz … Scholz … und die Schuldenbremse im Bundestag"]  # fmt: skip
DOUBLED = ("……", "...…", "…...", "… …", "..…")


def doubled(text: str) -> bool:
    return any(d in text for d in DOUBLED)


@pytest.mark.parametrize("title", TITLES)
def test_no_width_doubles_the_ellipsis(qapp, title: str) -> None:
    metrics = QFontMetrics(QFont())
    for width in range(10, metrics.horizontalAdvance(title) + 10):
        shown = elided(metrics, title, width)
        assert not doubled(shown) and metrics.horizontalAdvance(shown) <= max(width, metrics.horizontalAdvance("…"))
    assert elided(metrics, title, 10_000) == title  # a title that fits stays as it is


def test_cut_to_characters_keeps_one_ellipsis() -> None:
    for longest in range(3, 50):
        assert not doubled(cut_to(TITLES[0], longest)) and len(cut_to(TITLES[0], longest)) <= longest
    assert cut_to("Rente...", 20) == "Rente..."  # whole: its own "..." stays
    assert short("Was kommt nach Merz… und wer zahlt", 21) == "Was kommt nach Merz…"  # an undo step's name
    assert one_ellipsis("Rente... …") == "Rente…"


def _summary(title: str) -> SourceSummary:
    return SourceSummary(
        id=1, title=title, title_derived=False, site_name="DER SPIEGEL", published="2025-10-28T07:00",
        imported_at="2026-12-04T06:00:00+00:00", opened_at=None, file_name="merz.txt", tags=(),
        highlight_count=0, has_note=False,
    )  # fmt: skip


@pytest.mark.parametrize("story", [False, True])
@pytest.mark.parametrize("title", TITLES)
def test_library_and_story_rows_show_one_ellipsis(qapp, title: str, story: bool) -> None:
    summary = _summary(title)
    delegate = StoryRowDelegate() if story else SourceDelegate()
    mark = StoryMark(1, 3, True, False) if story else None
    for width in range(120, 480, 3):
        drawn = drawn_texts(summary, width, delegate=delegate, story=mark)
        assert not any(doubled(t) for t in drawn), (width, drawn)


@pytest.mark.parametrize("title", TITLES)
def test_timeline_captions_show_one_ellipsis(qapp, title: str) -> None:
    image = QImage(600, 40, QImage.Format.Format_ARGB32)
    for width in range(20, 420, 2):
        painter = TextRecorder(image)
        paint_caption(painter, QRectF(0, 10, 16, 14), QRectF(20, 10, width, 20), title, QColor("black"), QColor("white"))
        painter.end()
        assert not any(doubled(t) for t in painter.texts), (width, painter.texts)


def test_the_library_table_cuts_a_title_with_one_ellipsis(make_window) -> None:
    window = make_window()
    store = window.session.store
    source_id = store.sources.ids()[0]
    window.session.apply(lambda: store.sources.update_metadata(source_id, title=TITLES[0]))
    window.table_mode.action.trigger()
    table = window.table_mode.view.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) == TITLES[0])
    index = model.index(row, 0)
    delegate = table.itemDelegateForIndex(index)
    metrics = table.fontMetrics()
    seen = set()
    for width in range(120, metrics.horizontalAdvance(TITLES[0]) + 40, 2):
        option = cell_option(table, index, width)
        shown = delegate.shown_text(option, index)
        seen.add(shown)
        assert not doubled(shown), (width, shown)
    assert TITLES[0] in seen and any(s.endswith("Merz…") for s in seen)


def cell_option(table: QTableView, index, width: int) -> QStyleOptionViewItem:
    """The option the table paints `index` with in a column `width` px wide."""
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = QRect(0, 0, width, table.visualRect(index).height())
    option.widget = table
    return option
