"""View ▸ Library table: the window's centre switches to the library as a table, and back.

A mode of the whole centre, like All highlights: eight columns and the filters need the width
the three reading panes take. Opening a source (double-click, Enter, Read) leaves the mode and
asks the window to show it. Built on first use, so start-up costs nothing for it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QWidget

from reader.ui.library.table_view import LibraryTable
from reader.ui.mode_header import finish_mode_page, mode_header
from reader.ui.session import Session
from reader.ui.window_state import WindowState

HEADER_STATE = "library_table_header"  # where the window state keeps the table's columns


class LibraryTableMode(QObject):
    source_opened = Signal(int)  # leave the mode and read this source
    export_requested = Signal()

    def __init__(self, session: Session, stack: QStackedWidget, reading: QWidget, window: QWidget,
                 state: WindowState) -> None:  # fmt: skip
        """`state` keeps the columns (shown, widths, order, sort) between runs."""
        super().__init__(window)
        self._session, self._stack, self._reading = session, stack, reading
        self._state = state
        self.view: LibraryTable | None = None
        self._page: QWidget | None = None
        self.action = QAction(self.tr("Library ta&ble"), window, checkable=True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.action.setStatusTip(self.tr("Every source as a table to sort, filter and change in bulk"))
        self.action.toggled.connect(self._show)
        window.addAction(self.action)

    @property
    def active(self) -> bool:
        return self.action.isChecked()

    def selected_ids(self) -> list[int]:
        return self.view.selected_ids() if self.view is not None and self.active else []

    def come_to(self, source_id: int | None) -> None:
        """The table shown: the source being read is its current row (see `LibraryTable.come_to`)."""
        if self.view is not None:
            self.view.come_to(source_id)

    def _remember_header(self) -> None:
        if self.view is not None:
            self._state.set_geometry(HEADER_STATE, self.view.header_state())

    def _show(self, on: bool) -> None:
        if on:
            view = self._ensure_view()
            assert self._page is not None  # built by _ensure_view together with the view
            self._stack.setCurrentWidget(self._page)
            view.table.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self._stack.currentWidget() is self._page:
            self._stack.setCurrentWidget(self._reading)

    def _ensure_view(self) -> LibraryTable:
        if self.view is None:
            self._page = QWidget(self._stack)
            self.view = LibraryTable(self._session, self._page)
            self.view.restore_header(self._state.geometry(HEADER_STATE))
            header = self.view.table.horizontalHeader()
            for signal in (header.sectionMoved, header.sectionResized, header.sortIndicatorChanged,
                           header.geometriesChanged):  # fmt: skip
                signal.connect(self._remember_header)
            self.view.source_opened.connect(self._open)
            self.view.export_requested.connect(self.export_requested)
            finish_mode_page(self._stack, self._page, self._header(), self.view,
                             lambda: self.action.setChecked(False))
        return self.view

    def _header(self) -> QHBoxLayout:
        return mode_header(
            self.tr("Library"),
            self.tr("Click a column to sort; right-click the header to choose columns. "
                    "Select many rows to change them at once."),
            self.tr("Bac&k to reading"),
            self.tr("Esc or Ctrl+Shift+T"),
            lambda: self.action.setChecked(False),
        )

    def _open(self, source_id: int) -> None:
        self.action.setChecked(False)
        self.source_opened.emit(source_id)
