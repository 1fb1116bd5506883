"""View ▸ Timeline: one timeline window, made on first use, following the library's filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.ui.actions import make_action
from reader.ui.session import Session
from reader.ui.side_window import read_in_main
from reader.ui.timeline.window import TimelineWindow

if TYPE_CHECKING:
    from reader.ui.library.library_pane import LibraryPane
    from reader.ui.main_window import MainWindow


class TimelineCommands(QObject):
    def __init__(self, session: Session, window: MainWindow, library: LibraryPane) -> None:
        super().__init__(window)
        self._session, self._window, self._library = session, window, library
        self.window: TimelineWindow | None = None
        self.action = make_action(window, self.tr("&Timeline"), self.show, "Ctrl+Shift+D",
                                  self.tr("The listed sources by publication date"))  # fmt: skip

    def show(self) -> None:
        if self.window is None:
            self.window = TimelineWindow(self._session, self._library, self._window)
            self.window.source_opened.connect(lambda source_id: read_in_main(self._window, source_id))
            self._library.scope_changed.connect(self._follow)
        self.window.show_now()

    def _follow(self) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.reload()
