"""A dialog that asks for a name is as wide as its title needs in the title bar.

Seen at 1024 x 700 in the German window: F2 on a saved search opened "Gespeicherte S…he
umbenennen" — the window manager cut the title of a dialog 32 ems wide. The dialog is now at
least as wide as its title in bold with room for the title bar's icon and buttons. Real window
and dialog, real library in a temp dir.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QInputDialog

from reader.core.store import SavedSearch
from reader.ui.dialogs import TITLE_BAR_EMS


def _fits(dialog: QInputDialog) -> bool:
    bold = QFont(dialog.font())
    bold.setBold(True)
    em = dialog.fontMetrics().horizontalAdvance("M")
    return dialog.minimumWidth() >= QFontMetrics(bold).horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_EMS * em


def test_rename_saved_search_in_german(make_window, qtbot, monkeypatch, speak) -> None:
    speak("de")
    window = make_window()
    window.session.store.saved_searches.add(SavedSearch(0, "Japan", "Japan"))
    window.library.saved.reload()
    seen: list[QInputDialog] = []
    monkeypatch.setattr("reader.ui.dialogs.run", lambda dialog: seen.append(dialog) or 0)
    view = window.library.saved.view
    view.setFocus()
    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    (dialog,) = seen
    assert dialog.windowTitle() == "Gespeicherte Suche umbenennen"
    assert _fits(dialog)
    speak("en")
