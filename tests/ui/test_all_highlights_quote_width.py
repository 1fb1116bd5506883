"""All highlights gives the quotes two thirds of the width they share with the annotations.

Seen walking the window at 1366 × 768 (German): the quote was cut after 70 letters
("Düsseldorf. Es war der Technologiekonzern Microsoft, der dem japanischen Premier…") while the
annotation column beside it, as wide, held "Ask client about data centre exposure" and blank
rows. The real window on the seeds."""

from __future__ import annotations

import pytest

from reader.ui.highlights.highlights_model import ANNOTATION_COLUMN, HighlightIdRole
from tests.ui.highlights_listed import listed
from tests.ui.settled import settle

NOTE = "Ask client about data centre exposure"


def _highlights(window, qtbot, width: int):
    store = window.session.store
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    highlight, _ = store.highlights.add(source_id, 0, text.index(" ", 200), "key", "")
    window.session.apply(lambda: store.highlights.update(highlight.id, annotation=NOTE))
    window.resize(width, 720)
    window.modes.action.trigger()
    settle(qtbot, window)
    view = listed(qtbot, window.modes.view)
    settle(qtbot, window)
    return view, highlight.id


@pytest.mark.parametrize("width", [1366, 1024])
def test_the_quote_has_twice_the_annotations_width(make_window, qtbot, width) -> None:
    window = make_window()
    view, highlight_id = _highlights(window, qtbot, width)
    tree, header = view.tree, view.tree.header()
    quote, annotation = header.sectionSize(0), header.sectionSize(ANNOTATION_COLUMN)
    assert quote >= 2 * annotation - 2, (quote, annotation)
    assert annotation >= header.sectionSizeFromContents(ANNOTATION_COLUMN).width()  # its title whole
    shown = [c for c in range(header.count()) if not tree.isColumnHidden(c)]
    assert abs(sum(header.sectionSize(c) for c in shown) - tree.viewport().width()) <= 2  # no blank strip, no scroll
    head = view.model.index(0, 0)
    cells = [view.model.index(r, ANNOTATION_COLUMN, head) for r in range(view.model.rowCount(head))]
    assert [c.data() for c in cells if c.data(HighlightIdRole) == highlight_id] == [NOTE]
    metrics = tree.fontMetrics()
    assert metrics.horizontalAdvance(NOTE) + 16 <= annotation or width < 1366  # at 1366 px read whole


def test_the_share_follows_the_window(make_window, qtbot) -> None:
    window = make_window()
    view, _ = _highlights(window, qtbot, 1366)
    header = view.tree.header()
    wide = header.sectionSize(ANNOTATION_COLUMN)
    window.resize(1024, 720)
    settle(qtbot, window)
    narrow = header.sectionSize(ANNOTATION_COLUMN)
    assert narrow < wide and header.sectionSize(0) >= 2 * narrow - 2


def test_grouped_by_label_the_source_column_takes_its_width_from_both(make_window, qtbot) -> None:
    """Grouped by label the Source column comes: fitted to the titles, it narrows quote and
    annotation alike, and nothing runs behind a horizontal scroll bar."""
    window = make_window()
    view, _ = _highlights(window, qtbot, 1366)
    tree, header = view.tree, view.tree.header()
    view.group_combo.setCurrentIndex(view.group_combo.findText("By label"))
    listed(qtbot, view)
    settle(qtbot, window)
    shown = [c for c in range(header.count()) if not tree.isColumnHidden(c)]
    assert len(shown) == 5  # the Source column too
    assert abs(sum(header.sectionSize(c) for c in shown) - tree.viewport().width()) <= 2
    assert header.sectionSize(0) >= 2 * header.sectionSize(ANNOTATION_COLUMN) - 2
    assert tree.horizontalScrollBar().maximum() == 0
