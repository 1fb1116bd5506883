"""All highlights and the library table beside the docked briefing composer fit a 1024 px
screen, in German too.

Seen walking through the window in German at 1024 × 700 (session 30): with the composer docked,
All highlights made the window 1,107 px wide and the library table 1,096 px, past the screen's
edge, the composer's buttons cut off there ("U…" for "Umbenennen …"). Their one row of filters
asked for about 830 px. Where one line has no room the filters now take two (`FoldingRow`);
with room, one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from reader.core.store import GroupBy
from reader.ui.briefing.add_menu import create_briefing
from reader.ui.folding_row import FoldingRow
from reader.ui.highlights.highlights_model import SOURCE_COLUMN
from tests.ui.highlights_listed import listed
from tests.ui.settled import settle
from tests.ui.test_narrow_window import WIDEST


def _views(window):
    return ((window.modes.action, lambda: window.modes.view),
            (window.table_mode.action, lambda: window.table_mode.view))  # fmt: skip


@pytest.mark.parametrize("size", [(1024, 700), (976, 652)])  # the window a 1024 × 700 screen gives, too
@pytest.mark.parametrize("language", ["de", "en"])
def test_beside_the_composer_the_views_fit_1024_px(make_window, qtbot, speak, themed, language, size) -> None:
    speak(language)
    themed("light")
    window = make_window()
    window.resize(*size)
    window.briefings.show(create_briefing(window.session, "Japan"))
    for action, view in _views(window):
        action.trigger()
        settle(qtbot, window)
        assert window.minimumSizeHint().width() <= min(WIDEST, size[0]), action.text()
        assert window.width() == size[0], action.text()
        row = view().findChild(FoldingRow)
        assert row.folded() == (row.width() < row.one_line())
        for field in row.findChildren(QPushButton) + [w for w in row.children() if hasattr(w, "minimumSizeHint")]:
            if field.isVisible():
                assert field.width() >= field.minimumSizeHint().width() - 1
        for button in window.briefings.dock.findChildren(QPushButton):
            if button.isVisible():
                assert button.width() >= button.sizeHint().width() - 1, button.text()
        action.trigger()
    speak("en")


def test_in_german_the_filters_fold_beside_the_composer_and_not_without_it(make_window, qtbot, speak, themed) -> None:
    speak("de")
    themed("light")
    window = make_window()
    window.resize(1024, 700)
    window.briefings.show(create_briefing(window.session, "Japan"))
    window.modes.action.trigger()
    settle(qtbot, window)
    row = window.modes.view.findChild(FoldingRow)
    assert row.folded()
    view = window.modes.view
    assert view.to_edit.geometry().top() > view.text_edit.geometry().bottom()  # the dates under the words
    window.modes.action.trigger()
    window.briefings.dock.close()
    window.resize(1366, 768)
    window.modes.action.trigger()
    qtbot.waitUntil(lambda: not row.folded())
    qtbot.waitUntil(lambda: view.to_edit.geometry().top() < view.text_edit.geometry().bottom())  # one line
    window.modes.action.trigger()
    speak("en")


@pytest.mark.parametrize("language", ["de", "en"])
def test_all_highlights_source_column_fits_beside_the_composer(make_window, qtbot, speak, themed, language) -> None:
    """Grouped by label, All highlights shows each highlight's source. Beside the docked
    composer (1024 × 700, German) the Source column took 488 px of 693 for its longest title,
    behind a horizontal scroll bar, the quotes cut to a few words. It gives way, as the view
    fits without the composer: no scroll bar, the quote and its annotation two fifths of the
    width, the column's title whole; without the composer, in a wide window, the titles are
    whole."""
    speak(language)
    themed("light")
    window = make_window()
    store = window.session.store
    ids = [row[0] for row in store.db.execute("SELECT id FROM sources").fetchall()]
    for source_id in ids:
        text = store.sources.get(source_id).reading_text
        changes = store.highlights.add(source_id, 0, text.index(" ", 120), "key", "")[1]
    window.session.changes_applied.emit(changes)
    window.resize(1024, 700)
    window.briefings.show(create_briefing(window.session, "Japan"))
    window.modes.action.trigger()
    view = listed(qtbot, window.modes.view)
    view.group_combo.setCurrentIndex(view.group_combo.findData(GroupBy.LABEL))
    listed(qtbot, view)
    settle(qtbot, window)
    tree, header = view.tree, view.tree.header()
    assert not tree.isColumnHidden(SOURCE_COLUMN)
    assert tree.horizontalScrollBar().maximum() == 0
    shown = [c for c in range(header.count()) if not tree.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= tree.viewport().width() + 2
    quote_and_note = header.sectionSize(0) + header.sectionSize(1)
    assert quote_and_note >= 2 * tree.viewport().width() // 5 - 2  # the quotes keep their share
    assert header.sectionSize(SOURCE_COLUMN) >= header.sectionSizeFromContents(SOURCE_COLUMN).width()
    window.modes.action.trigger()
    window.briefings.dock.close()
    window.resize(1366, 768)
    window.modes.action.trigger()
    settle(qtbot, window)
    longest = max((store.sources.get(i).title for i in ids), key=tree.fontMetrics().horizontalAdvance)
    assert header.sectionSize(SOURCE_COLUMN) >= tree.fontMetrics().horizontalAdvance(longest)
    assert tree.horizontalScrollBar().maximum() == 0
    window.modes.action.trigger()
    speak("en")
