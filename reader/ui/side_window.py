"""Windows of their own beside the main one — the timeline, a story — and the keyboard between them.

Seen in the window: a source opened from the timeline came up in the main window, but the keys
went where that window's focus had last been — the search box, where `J` (next source) typed a
letter, changed the search and with it the timeline's scope. Closing the story window left no
window active, so keys went nowhere until a click; and `Ctrl+Z` after *Take out of story* did
nothing there, as Undo was the main window's alone. So: what a side window opens is read in the
main window with the focus on the article (as a mention opened from Entities is); closing a side
window that has the keyboard hands it back to the main window, where its focus was; and Undo and
Redo work in a side window too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QMargins, QRect, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


def read_in_main(main: MainWindow, source_id: int) -> None:
    """Open `source_id` in the reading panes — chosen in the library list when the list shows it,
    else opened all the same — and bring the main window forward with the focus on the article."""
    main.read_source(source_id)
    main.raise_()
    main.activateWindow()
    main.article.view.setFocus(Qt.FocusReason.OtherFocusReason)


class SideWindow(QWidget):
    """A top-level window owned by the main window (it closes with it), sharing its Undo and Redo."""

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self._main = main
        self._placed = False
        self.addActions([main.undo_action, main.redo_action])  # their shortcuts work here too

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed:
            self._placed = True  # once: moved or closed and shown again, it stays where it was
            self._centre_on_main()
        super().showEvent(event)

    def _centre_on_main(self) -> None:
        """Open over the middle of the main window, inside the screen, as a dialog does. Left to
        the window system the timeline opened in the screen's top-left corner over the library
        (seen on X11 without a window manager's placement; Windows cascades from that corner).

        Never over the main window's title bar: at 1024 × 700 the timeline, nearly as tall as the
        screen, centred over the main window covered that bar, the main window's name and the
        handle to drag it. It opens below the bar instead, shorter if the screen's free area
        leaves it less room there."""
        main = self._main
        area = (main.screen() or self.screen()).availableGeometry()
        frame, margins = self._frame_to_be()
        frame.moveCenter(main.frameGeometry().center())
        x = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
        y = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
        below_title = main.geometry().top()  # where the main window's title bar ends
        if y < below_title and area.top() <= below_title < area.bottom():
            y = below_title
            room = area.bottom() - y + 1  # the frame's height the area leaves below the bar
            if frame.height() > room:
                self.resize(self.width(), self.height() - (frame.height() - room))
        self.move(x + margins.left(), y + margins.top())

    def _frame_to_be(self) -> tuple[QRect, QMargins]:
        """The window's frame, and what `move` leaves out of it. Before the window manager has
        framed it (X11 at its first show), a window knows no frame — Qt's `move` then places its
        inside, and the title bar landed above the point chosen — so the main window's frame
        stands in for it, as the same window manager will draw the same."""
        frame = self.frameGeometry()
        if frame != self.geometry():
            return frame, QMargins()
        main_frame, main_inside = self._main.frameGeometry(), self._main.geometry()
        margins = QMargins(main_inside.left() - main_frame.left(), main_inside.top() - main_frame.top(),
                           main_frame.right() - main_inside.right(), main_frame.bottom() - main_inside.bottom())  # fmt: skip
        return frame.marginsAdded(margins), margins

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        QTimer.singleShot(0, self._hand_back)  # once the window system has taken the hide in

    def _hand_back(self) -> None:
        """The main window takes the keyboard when no window has it (or this hidden one still
        does); a window the user went to meanwhile keeps it."""
        main = self._main
        if shiboken6.isValid(main) and main.isVisible() and QApplication.activeWindow() in (None, self):
            main.activateWindow()  # its focus goes back to the widget that last had it
