"""Dialogs and menus the window opened are gone once closed, not kept for the session.

Every dialog shown through `dialogs.run` is parented to the window, which owned it after the
caller dropped its name: Preferences, About, Keyboard shortcuts, File ▸ Backups… and each import
report stayed alive as hidden children, one more every time one was opened. The dialogs here
are the real ones through the real `run`, closed by Escape as a user closes them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from reader.ui import context_menus

TIMES = 3


def _close_when_shown(answer: Callable[[QDialog], None] | None = None) -> None:
    """Close the next modal dialog once it is up: Escape, or `answer(dialog)`."""

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        dialog = shown[-1] if shown else None
        if dialog is None or QApplication.activeWindow() is not dialog:
            if dialog is not None:
                dialog.activateWindow()  # as the window manager does for a new dialog
            QTimer.singleShot(10, look)
        elif answer is not None:
            answer(dialog)
        else:
            QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, look)


def _live(window: QWidget, kind: type[QWidget]) -> int:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(window.findChildren(kind))


def test_dialogs_opened_and_closed_do_not_pile_up(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    before = _live(window, QDialog)
    openers = [window.show_preferences, window.show_shortcuts, window.show_about, window.safety.show_backups]
    for _time in range(TIMES):
        for open_dialog in openers:
            _close_when_shown()
            open_dialog()
    assert _live(window, QDialog) == before
    # an import with a refused file shows its report, which goes too
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    for _time in range(TIMES):
        _close_when_shown()
        with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
            window.importer.import_paths([empty])
    assert _live(window, QDialog) == before


def test_a_dialog_is_still_read_after_it_closed(make_window, qtbot) -> None:
    """Deleted later, not at once: Preferences' choices are read after `run` returned."""
    window = make_window()

    def choose_german(dialog: QDialog) -> None:
        box = dialog.language_box  # type: ignore[attr-defined]
        box.setCurrentIndex(box.findData("de"))
        dialog.accept()

    _close_when_shown(choose_german)
    window.show_preferences()
    assert window.settings.language == "de"
    assert "next time" in window.statusBar().currentMessage()
    assert _live(window, QDialog) == 0


def test_right_click_menus_of_the_tag_and_search_lists_go_when_closed(make_window, qtbot, monkeypatch) -> None:
    """Each right-click on a tag or a saved search made a menu, a child of the list for good."""
    window = make_window()
    store = window.session.store
    window.session.apply(lambda: store.tags.add([store.sources.ids()[0]], "Energie"))
    saved = window.library.saved
    window.library.search_box.setText("Japan")
    dialogs_answer = "Japan-Suche"
    monkeypatch.setattr("reader.ui.dialogs.ask_text", lambda *_a, **_k: dialogs_answer)
    saved.save_action.trigger()
    shown: list[QMenu] = []  # shown, and closed by the user
    monkeypatch.setattr(context_menus, "wait_for_choice", lambda menu, _where: shown.append(menu))
    tags, searches = window.library.tag_view, saved.view
    qtbot.waitUntil(lambda: tags.model().rowCount() > 1 and searches.count() > 0, timeout=5000)
    tag_at = tags.visualRect(tags.model().index(tags.model().rowCount() - 1, 0)).center()
    search_at = searches.visualItemRect(searches.item(0)).center()
    before = _live(tags, QMenu), _live(searches, QMenu)
    for _time in range(TIMES):
        for view, at in ((tags, tag_at), (searches, search_at)):
            click = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, view.viewport().mapToGlobal(at))
            QApplication.sendEvent(view.viewport(), click)
    assert len(shown) == 2 * TIMES  # each right-click did show its menu
    assert (_live(tags, QMenu), _live(searches, QMenu)) == before
