"""The composer's buttons, each enabled only while it can act, in rows that fold when narrow.

All stood enabled: with no briefing open, Rename, Delete and Export did nothing, and Add
heading asked for a heading and then dropped it; with no item chosen, Move up, Move down and
Remove did nothing, and Move up on the first item neither.

A row of four German buttons ("Neu… Umbenennen… Löschen Exportieren…") held the docked composer
at 400 px at the least: at 960 × 540, with the notes brought back beside it, the article was
left 285 px. A row too narrow for its buttons puts them in two columns, each as wide as its own widest button:
as wide as the widest of the row, the columns of "Überschrift hinzufügen" held the docked composer
at 326 px in German (204 in English), and beside the Entities view a 1024 px window grew to
1,097 px.

Seen docked at 1024 × 700 in German: "Neu… Umbenennen… Löschen Exportieren…" took one row
with 3 px between "Umbenennen…" and its frame, and the spare width went evenly to every column,
so "Neu…" had room to spare while "Überschrift einfügen" stood crowded beside "Text einfügen".
A row now takes as many columns only while each button keeps some room around its label
(`ROOM_EM`), and the spare width goes to the columns in proportion to their labels. That room is
asked only when choosing the columns: the narrowest the composer goes is as before.

Seen with the composer dragged to its narrowest at 1024 × 700 in German: "Überschrift einfügen |
Text einfügen", a row of two that could not fold, sat at their labels' own width, 7 px from each
frame. Such a row now goes one above the other where the window has height to spare
(`_height_to_spare`). Not always: at 960 × 540 the extra row made the window 559 px tall. Nor by
a wider least width: beside the composer, All highlights in German then no longer fitted 976 px.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

ROOM_EM = 1.5  # the room, in widths of "M", a button keeps beside its label's own before a row folds


@dataclass(frozen=True, slots=True)
class Where:
    """What the composer shows: a briefing or none, its items, the chosen one's row (-1: none);
    whether its export is being written."""

    briefing: bool
    row: int
    rows: int
    exporting: bool = False


Rule = Callable[[Where], bool]


class Can:
    """When a button can act."""

    @staticmethod
    def always(_where: Where) -> bool:
        return True

    @staticmethod
    def briefing(where: Where) -> bool:
        return where.briefing

    @staticmethod
    def export(where: Where) -> bool:
        """Export reads the briefing only: it stays on in a library open read-only. Off while
        an export is written: a second click wrote the file again, over the first."""
        return where.briefing and not where.exporting

    @staticmethod
    def item(where: Where) -> bool:
        return where.row >= 0

    @staticmethod
    def rise(where: Where) -> bool:
        return where.row > 0

    @staticmethod
    def sink(where: Where) -> bool:
        return 0 <= where.row < where.rows - 1


class ComposerButtons:
    def __init__(self, why_held: str = "") -> None:
        """`why_held`: the library is open read-only, and every button but Export is off,
        this its tooltip (the rules would switch Rename and Remove on as items are chosen)."""
        self._rules: list[tuple[QPushButton, Rule]] = []
        self._why_held = why_held

    def row(self, *buttons: tuple[str, Callable[[], object], Rule]) -> ButtonRow:
        """A row of buttons, (text, slot, when it can act) each."""
        made = []
        for text, slot, rule in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            if self._why_held and rule is not Can.export:
                button.setToolTip(self._why_held)
            if rule is Can.export:
                # A click leaves the keyboard where it was: Export… is greyed while it writes,
                # and the focus a click had given it fell to the items list, which made its first
                # item current and put "Lage" in the editor. Tab still reaches it.
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            made.append(button)
            self._rules.append((button, rule))
        return ButtonRow(made)

    def follow(self, where: Where) -> None:
        for button, rule in self._rules:
            button.setEnabled(rule(where) and (rule is Can.export or not self._why_held))


class ButtonRow(QWidget):
    """Buttons side by side, sharing the width evenly; in fewer columns when the width is less
    than they need (a row of two in one, where the window has the height). Its height is set for
    its rows (a height-for-width row was squeezed to nothing by the dock's layout)."""

    def __init__(self, buttons: list[QPushButton]) -> None:
        super().__init__()
        self.buttons = buttons
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self._place(len(buttons))

    def _fewest(self) -> int:
        """Two columns at the fewest: in one, the rows of buttons took the items list's height
        and the window grew past a 540 px screen."""
        return min(2, len(self.buttons))

    def _widest(self, columns: int) -> list[int]:
        """The width of each column's widest button."""
        return [max(b.sizeHint().width() for b in self.buttons[c::columns]) for c in range(columns)]

    def _width(self, columns: int, room: int = 0) -> int:
        """Each column as wide as its widest button (and `room`), not all as wide as the widest
        of the row."""
        return sum(w + room for w in self._widest(columns)) + (columns - 1) * self._grid.horizontalSpacing()

    def _height(self, columns: int) -> int:
        rows = math.ceil(len(self.buttons) / columns)
        return rows * max(b.sizeHint().height() for b in self.buttons) + (rows - 1) * self._grid.verticalSpacing()

    def _columns_for(self, width: int) -> int:
        count, room = len(self.buttons), round(ROOM_EM * self.fontMetrics().horizontalAdvance("M"))
        for columns in (count, max(self._fewest(), math.ceil(count / 2))):
            if self._width(columns, room) <= width:
                return columns
        return 1 if count == 2 and self._height_to_spare() else self._fewest()

    def _height_to_spare(self) -> bool:
        """Whether the window is taller than it needs by two rows of buttons. Two, not one: folded,
        the window's least height is a row more, and the row unfolds again before a window made
        shorter reaches it."""
        window = self.window()
        if window is self:
            return False
        row = self._height(1) - self._height(2)
        least = window.minimumSizeHint().height() - (row if self.columns == 1 else 0)
        return window.height() - least >= 2 * row

    def _place(self, columns: int) -> None:
        if columns != self.columns:
            self.columns = columns
            for button in self.buttons:
                self._grid.removeWidget(button)
            for n, button in enumerate(self.buttons):
                self._grid.addWidget(button, n // columns, n % columns)
            widest = self._widest(columns)  # the spare width shared as the labels are wide
            for column in range(len(self.buttons)):
                self._grid.setColumnStretch(column, widest[column] if column < columns else 0)
        self.setFixedHeight(self._height(columns))

    def sizeHint(self) -> QSize:
        return QSize(self._width(len(self.buttons)), self._height(self.columns))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width(self._fewest()), self._height(self.columns))

    def showEvent(self, event: QShowEvent) -> None:
        """A row of two follows the height of the window shown in (the main window, or the dock
        floating): only its columns hang on it (`_height_to_spare`). Qt keeps a filter installed
        again once."""
        super().showEvent(event)
        window = self.window()
        if len(self.buttons) == 2 and window is not self:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.window():
            self._place(self._columns_for(self.width()))
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self._columns_for(event.size().width()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._place(self._columns_for(self.width()))
