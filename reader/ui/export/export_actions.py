"""File → Export… and Edit → Copy as Markdown: the window's ways out of the app.

The window says what is selected (sources, the library's scope, highlights) through callables,
so this controller needs no pane; the Markdown itself is the core's (`reader.core.export`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from reader.core.export import copy_as_markdown
from reader.ui import dialogs
from reader.ui.actions import make_action
from reader.ui.export.dialog import ExportDialog
from reader.ui.i18n import export_language
from reader.ui.library.scope import LibraryScope
from reader.ui.session import Session
from reader.ui.step_names import named
from reader.ui.window_state import WindowState


class ExportCommands(QObject):
    def __init__(
        self,
        session: Session,
        window: QWidget,
        selected_sources: Callable[[], list[int]],
        library_scope: Callable[[], LibraryScope],
        selected_highlights: Callable[[], list[int]],
        state: WindowState,
        focused_briefing: Callable[[], tuple[str, str] | None],
    ) -> None:
        """`library_scope`: what the library shows — its tag, and the saved search it is, if
        any, offered first to export; `state` keeps the folder the last export went to;
        `focused_briefing`: the briefing the keyboard is in, named, as Markdown, if any."""
        super().__init__(window)
        self._session, self._window = session, window
        self._selected_sources, self._library_scope = selected_sources, library_scope
        self._selected_highlights = selected_highlights
        self._focused_briefing = focused_briefing
        # The folder the last export went to, offered again, after a restart too: a consultant
        # exports into the same vault all week and had to type or browse to it every time.
        self._state = state
        self.export_action = self._action(self.tr("&Export…"), "Ctrl+E", self.export,
                                          self.tr("Export the selected source, a tag or the library"))  # fmt: skip
        self.copy_action = self._action(self.tr("Copy as &Markdown"), "Ctrl+Shift+C", self.copy_markdown,
                                        self.tr("Copy the selected highlights, or the briefing you are "
                                                "composing, with their citations"))  # fmt: skip

    def _action(self, text: str, keys: str, slot: Callable[[], object], tip: str) -> QAction:
        return make_action(self._window, text, slot, keys, tip)

    def export(self) -> None:
        """Open the export dialog on what the library shows: its source, its tag or saved search,
        or all."""
        scope = self._library_scope()
        dialog = ExportDialog(self._session, self._selected_sources(), self._window, scope.tag, scope.saved,
                              self._state.export_folder())  # fmt: skip
        dialogs.run(dialog)
        if dialog.exported_to:
            self._state.set_export_folder(dialog.exported_to)
        dialog.deleteLater()

    def copy_markdown(self) -> str:
        """Put the selected highlights on the clipboard as quotes with citations; with the
        keyboard in the briefing composer, the briefing as its export reads, without the front
        matter (a consultant pastes it into an e-mail; a file for it is Export…)."""
        briefing = self._focused_briefing()
        if briefing is not None:
            name, markdown = briefing
            text = markdown.strip("\n") + "\n\n"  # as a highlight's copy: a paragraph after it
            QGuiApplication.clipboard().setText(text)
            self._session.notice_posted.emit(named(self.tr("Copied the briefing %1 as Markdown"), name))
            return text
        ids = self._selected_highlights()
        if not ids:
            self._session.notice_posted.emit(self.tr("Select a highlight to copy it as Markdown"))
            return ""
        text = copy_as_markdown(self._session.store, ids, export_language(self._session.settings))
        QGuiApplication.clipboard().setText(text)
        self._session.notice_posted.emit(
            self.tr("Copied %Ln highlight(s) as Markdown with citations", "", len(ids))
        )
        return text
