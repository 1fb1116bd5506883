"""The composer's buttons, each enabled only while it can act.

All stood enabled: with no briefing open, Rename, Delete and Export did nothing, and Add
heading asked for a heading and then dropped it; with no item chosen, Move up, Move down and
Remove did nothing, and Move up on the first item neither.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QPushButton


@dataclass(frozen=True, slots=True)
class Where:
    """What the composer shows: a briefing or none, its items, the chosen one's row (-1: none)."""

    briefing: bool
    row: int
    rows: int


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
    def item(where: Where) -> bool:
        return where.row >= 0

    @staticmethod
    def rise(where: Where) -> bool:
        return where.row > 0

    @staticmethod
    def sink(where: Where) -> bool:
        return 0 <= where.row < where.rows - 1


class ComposerButtons:
    def __init__(self) -> None:
        self._rules: list[tuple[QPushButton, Rule]] = []

    def row(self, *buttons: tuple[str, Callable[[], object], Rule]) -> QHBoxLayout:
        """A row of buttons, (text, slot, when it can act) each."""
        row = QHBoxLayout()
        for text, slot, rule in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self._rules.append((button, rule))
        return row

    def follow(self, where: Where) -> None:
        for button, rule in self._rules:
            button.setEnabled(rule(where))
