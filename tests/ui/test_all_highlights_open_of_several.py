"""All highlights with several rows chosen: the window shows one source at a time (no tabs), so
Open in source opens one highlight, as the library's Read opens one row — the one the user is
on: the row Enter stands on, the row right-clicked. Enter, the menu's entry and the menu opened
by mouse open the same one; the others stay chosen for the way back (Ctrl+Shift+H), and the
status bar says that only one of them was opened. A row Ctrl+click took out of the choice is
not opened by Enter: the first chosen one is."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from reader.ui import context_menus
from tests.ui.highlights_listed import chosen_in_all_highlights, listed
from tests.ui.memo_by_key import memo_by_key

ROWS = QItemSelectionModel.SelectionFlag.Rows


def _both_chosen(window, qtbot, monkeypatch):
    """All highlights on the open source's two highlights, both chosen, the keyboard on the second."""
    made = memo_by_key(window, monkeypatch, "key_point")
    view, second = chosen_in_all_highlights(window, qtbot, made.second)
    first = next(second.sibling(r, 0) for r in range(view.model.rowCount(second.parent()))
                 if second.sibling(r, 0) != second)  # fmt: skip
    view.tree.selectionModel().select(first, QItemSelectionModel.SelectionFlag.Select | ROWS)
    assert view.selected_ids() == sorted([made.first, made.second])
    opened: list[int] = []
    window.modes.highlight_opened.connect(opened.append)
    return made, view, first, second, opened


def _choose_open(monkeypatch) -> None:
    def choose(menu: QMenu, _where: QPoint) -> None:
        next(a for a in menu.actions() if a.text().replace("&", "") == "Open in source").trigger()

    monkeypatch.setattr(context_menus, "wait_for_choice", choose)


def test_enter_opens_the_row_it_is_on_and_says_the_others_wait(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    made, view, _first, _second, opened = _both_chosen(window, qtbot, monkeypatch)
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert opened == [made.second] and window.open_source_id is not None
    said = window.statusBar().currentMessage()
    assert "one of the 2 chosen highlights" in said and "Ctrl+Shift+H" in said
    window.modes.action.trigger()  # back: both still chosen
    assert listed(qtbot, window.modes.view).selected_ids() == sorted([made.first, made.second])


def test_the_notice_in_german(make_window, qtbot, monkeypatch, speak) -> None:
    speak("de")
    window = make_window()
    made, view, _first, _second, opened = _both_chosen(window, qtbot, monkeypatch)
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert opened == [made.second]
    assert window.statusBar().currentMessage() == (
        "Eine der 2 ausgewählten Markierungen geöffnet; Strg+Umschalt+H bringt die Liste zurück, in der alle "
        "ausgewählt bleiben."
    )
    speak("en")


def test_the_menu_by_key_opens_what_enter_opens(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    _choose_open(monkeypatch)
    made, view, _first, _second, opened = _both_chosen(window, qtbot, monkeypatch)
    qtbot.keyClick(view.tree, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert opened == [made.second]


def test_the_menu_by_mouse_opens_the_row_right_clicked(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    _choose_open(monkeypatch)
    made, view, first, _second, opened = _both_chosen(window, qtbot, monkeypatch)
    tree = view.tree
    point = tree.visualRect(first).center()
    qtbot.mousePress(tree.viewport(), Qt.MouseButton.RightButton, pos=point)
    qtbot.mouseRelease(tree.viewport(), Qt.MouseButton.RightButton, pos=point)
    QApplication.sendEvent(tree.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, tree.viewport().mapToGlobal(point)))
    assert opened == [made.first]


def test_enter_on_a_row_taken_out_of_the_choice_opens_a_chosen_one(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    made, view, _first, second, opened = _both_chosen(window, qtbot, monkeypatch)
    view.tree.selectionModel().select(second, QItemSelectionModel.SelectionFlag.Deselect | ROWS)  # Ctrl+click
    assert view.tree.currentIndex() == second and view.selected_ids() == [made.first]
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert opened == [made.first]
    assert "chosen" not in window.statusBar().currentMessage()  # one chosen, one opened: nothing to say
