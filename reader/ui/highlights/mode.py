"""View → Highlights: the window's centre switches between reading and every highlight.

A mode of the whole centre, not a dock: the Highlights view is a wide table with seven filters,
and while the user gathers quotes for a briefing the three reading panes would only squeeze it.
Opening a highlight (double-click, Enter) leaves the mode and asks the window to show it; of
several chosen, the one the user is on opens and the rest stay chosen for the way back.
The view is built on first use, so a large library starts as fast without it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QWidget

from reader.ui.highlights.highlights_view import HighlightsView
from reader.ui.mode_header import finish_mode_page, mode_header, only_the_shown_page_counts
from reader.ui.session import Session


class HighlightsMode(QObject):
    highlight_opened = Signal(int)  # leave the mode and show this highlight in its source

    def __init__(self, session: Session, reading: QWidget, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._reading = reading
        self.view: HighlightsView | None = None
        # The window's entries a highlight's context menu offers after the view's own (the Edit
        # menu's Copy as Markdown, `window_menus`): the same actions, their keys the same.
        self.menu_actions: list[QAction] = []
        self._page: QWidget | None = None
        self.stack = QStackedWidget(window)
        self.stack.addWidget(reading)
        only_the_shown_page_counts(self.stack)  # the composer beside reading narrows the panes
        self.action = QAction(self.tr("All &highlights"), window, checkable=True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.action.setStatusTip(self.tr("Every highlight in the library, to filter, copy and add to briefings"))
        self.action.toggled.connect(self._show)
        window.addAction(self.action)

    @property
    def active(self) -> bool:
        return self.action.isChecked()

    def selected_ids(self) -> list[int]:
        """The highlights selected in the view while the mode is on."""
        return self.view.selected_ids() if self.view is not None and self.active else []

    def _show(self, on: bool) -> None:
        if on:
            view = self._ensure_view()
            assert self._page is not None  # made with the view
            self.stack.setCurrentWidget(self._page)
            view.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.stack.currentWidget() is self._page:
            self.stack.setCurrentWidget(self._reading)

    def _ensure_view(self) -> HighlightsView:
        if self.view is None:
            self._page = QWidget(self.stack)
            self.view = HighlightsView(self._session, self._page, self.menu_actions)
            self.view.setObjectName("highlightsView")
            self.view.highlight_activated.connect(self._open)
            finish_mode_page(self.stack, self._page, self._header(), self.view,
                             lambda: self.action.setChecked(False))
        return self.view

    def _header(self) -> QHBoxLayout:
        """Say where the user is and how back: the reading panes are gone from view."""
        return mode_header(
            self.tr("All highlights"),
            self.tr("Double-click a highlight to read it in its source."),
            self.tr("Bac&k to reading"),
            self.tr("Esc or Ctrl+Shift+H"),
            lambda: self.action.setChecked(False),
        )

    def _open(self, highlight_id: int) -> None:
        """(A highlight still listed after it was deleted, while the list is read again, stays
        where it is: the window left the list for it and showed nothing of it.)"""
        if self._session.store.highlights.get(highlight_id) is None:
            return
        chosen = len(self.selected_ids())
        self.action.setChecked(False)
        self.highlight_opened.emit(highlight_id)
        if chosen > 1:  # the others were not opened: say so, and how back to them
            self._session.notice_posted.emit(self.tr(
                "Opened one of the %Ln chosen highlights; Ctrl+Shift+H brings back the list with all of them chosen.",
                "", chosen))
