"""The library's list of sources and its search results have a context menu: what the Source
menu does to a source, for the row right-clicked (or the current row, by the Menu key). A
walkthrough right-clicked a source in the list and nothing happened; only the table had one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from reader.ui import context_menus
from reader.ui.library.source_model import SourceIdRole

TITLE = "Japan ist bereits der engste asiatische Verbündete der USA"  # a seed, by its headline


def _shown(monkeypatch) -> list[QMenu]:
    shown: list[QMenu] = []
    monkeypatch.setattr(context_menus, "wait_for_choice", lambda menu, _where: shown.append(menu))
    return shown


def _right_click(view, row: int) -> None:
    """A right button pressed on the row, then the context-menu event the platform sends."""
    point = view.visualRect(view.model().index(row, 0)).center()
    viewport = view.viewport()
    press = QMouseEvent(QEvent.Type.MouseButtonPress, point, viewport.mapToGlobal(point), Qt.MouseButton.RightButton,
                        Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(viewport, press)
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point)))


def _entries(menu: QMenu) -> list:
    return [a for a in menu.actions() if not a.isSeparator()]


def test_right_click_on_a_source_offers_the_source_menu_for_that_row(make_window, monkeypatch) -> None:
    window = make_window()
    shown = _shown(monkeypatch)
    view = window.library.source_view
    row = next(r for r in range(view.model().rowCount())
               if window.session.store.sources.get(view.model().index(r, 0).data(SourceIdRole)).title == TITLE)  # fmt: skip
    assert view.model().index(row, 0) != view.currentIndex()  # another source is open first
    _right_click(view, row)
    assert len(shown) == 1
    assert _entries(shown[0]) == [window.edit_metadata_action, window.delete_action, *window.stories.menu_actions[:3],
                                  window.exports.export_action]  # fmt: skip
    assert window.session.store.sources.get(window.open_source_id).title == TITLE  # the row pointed at


def test_delete_from_the_menu_deletes_the_row_pointed_at(make_window, monkeypatch) -> None:
    window = make_window()
    shown = _shown(monkeypatch)
    monkeypatch.setattr("reader.ui.dialogs.run", lambda _question: QMessageBox.StandardButton.Yes)
    view = window.library.source_view
    row = next(r for r in range(view.model().rowCount())
               if window.session.store.sources.get(view.model().index(r, 0).data(SourceIdRole)).title == TITLE)  # fmt: skip
    _right_click(view, row)
    shown[0].actions()[1].trigger()  # Delete source…
    assert TITLE not in {s.title for s in window.session.store.sources.list()}


def test_the_menu_key_opens_it_on_a_search_result_and_the_empty_room_has_none(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    shown = _shown(monkeypatch)
    library = window.library
    library.search_box.setText("Japan")
    results = library.results_view
    qtbot.waitUntil(lambda: results.isVisible() and results.model().rowCount() > 1)
    results.setCurrentIndex(results.model().index(1, 0))
    context_menus.open_by_key(results)
    assert len(shown) == 1 and window.edit_metadata_action in shown[0].actions()
    empty = QPoint(5, results.viewport().height() - 2)
    assert not results.indexAt(empty).isValid()
    QApplication.sendEvent(results.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, empty,
                                                                 results.viewport().mapToGlobal(empty)))  # fmt: skip
    assert len(shown) == 1  # nothing to act on there
