"""The library list's filters beside the tag filter: outlet, author, language, unread only, and
the sources naming one entity (a chip set from View ▸ Entities, removed with a click).

They narrow the list and the search results alike, from the values the library holds (with
counts). The ids they allow come from the same table query as View ▸ Library table's filters.
The choices are read when a list is opened, not at start-up: counting outlets and authors
costs about 50 ms per 10,000 sources, which the window's start must not pay.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from reader.core.search import allowed_ids
from reader.core.store import SourceFilter, filter_choices
from reader.ui.i18n import current_language
from reader.ui.language_names import language_label
from reader.ui.letters import caption_for, unlettered
from reader.ui.one_ellipsis import elided
from reader.ui.session import Session
from reader.ui.step_names import inside

CHIP_NAME_PX = 100  # the entity's name in the "Naming …" chip has this much room at least


class _LazyCombo(QComboBox):
    """A combo box that asks for its entries when its list opens, or when the keyboard comes to
    it or types into it: typed into closed ("Han" for Handelsblatt, ↓), it held only "All" and
    chose nothing, and an outlet imported while the box had the focus was not found."""

    def __init__(self, refill: Callable[[], None]) -> None:
        super().__init__()
        self._refill = refill

    def showPopup(self) -> None:
        self._refill()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._refill()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._refill()  # nothing to read unless the library changed since (`FilterBar._stale`)
        super().keyPressEvent(event)


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryFilters")
        self._session = session
        self._stale = True
        self.outlet_combo, self.author_combo, self.lang_combo = (_LazyCombo(self._refill) for _ in range(3))
        self.unread_check = QCheckBox(self.tr("&Unread only"))
        self._entity: tuple[int, str] | None = None  # (id, name) of the entity the list is narrowed to
        self._label = ""  # its name as shown (`entity_label`)
        self.entity_chip = QToolButton(self)
        self.entity_chip.setObjectName("entityChip")
        self.entity_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.entity_chip.setToolTip(self.tr("Only sources naming it; click to show every source again"))
        self.entity_chip.clicked.connect(self.clear_entity)
        # Its width never holds the pane open (see `_name_chip`): the layout asks it for none.
        self.entity_chip.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.entity_chip.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.entity_chip, 0, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        for row, (caption, combo) in enumerate(((self.tr("&Outlet"), self.outlet_combo),
                                                (self.tr("&Author"), self.author_combo),
                                                (self.tr("&Language"), self.lang_combo)), start=1):  # fmt: skip
            grid.addWidget(caption_for(caption, combo), row, 0)
            grid.addWidget(combo, row, 1)
            combo.setAccessibleName(unlettered(caption))  # its text is its value ("All"), not what it filters
            combo.currentIndexChanged.connect(self.changed)
        grid.addWidget(self.unread_check, 4, 1)
        grid.setColumnStretch(1, 1)
        self.unread_check.toggled.connect(self.changed)
        for combo in (self.outlet_combo, self.author_combo, self.lang_combo):
            combo.addItem(self.tr("All"), None)

    def current(self) -> SourceFilter:
        return SourceFilter(outlet=self.outlet_combo.currentData(), author=self.author_combo.currentData(),
                            lang=self.lang_combo.currentData(), unread_only=self.unread_check.isChecked())  # fmt: skip

    def set_current(self, chosen: SourceFilter) -> None:
        """Choose these filters (a saved search applied) without announcing each one; a value
        the library no longer holds is still chosen: it then lets nothing through, as it should.
        Those already chosen cost nothing: reading the choices would cost the window's start
        (which puts back the last run's scope with none chosen) what the lazy lists spare it."""
        if chosen == self.current():
            return
        self._refill()
        for combo, value in ((self.outlet_combo, chosen.outlet), (self.author_combo, chosen.author),
                             (self.lang_combo, chosen.lang)):  # fmt: skip
            combo.blockSignals(True)
            if combo.findData(value) < 0:
                combo.addItem(f"{value}  (0)", value)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.unread_check.blockSignals(True)
        self.unread_check.setChecked(chosen.unread_only)
        self.unread_check.blockSignals(False)

    @property
    def entity(self) -> tuple[int, str] | None:
        """(id, name) of the entity whose sources the list shows, or None."""
        return self._entity

    def clear_entity(self) -> None:
        if self._entity is not None:
            self.put_entity(None)
            self.changed.emit()

    @property
    def entity_label(self) -> str | None:
        """The name of the entity the list is narrowed to as the window shows it: a place's in
        the window's language ("Tokyo" in English for a search saved with "Tokio"), where
        `entity` keeps the name the search was saved with, which finds it again."""
        return self._label if self._entity is not None else None

    def put_entity(self, entity: tuple[int, str] | None) -> None:
        """Narrow to an entity's sources, or not, without announcing it (a saved search applied,
        Entities ▸ Show sources in library: `LibraryPane.show_search`)."""
        self._entity = entity
        if entity is not None:
            self._label = self._session.store.entities.name_in(entity[0], current_language()) or entity[1]
            self._name_chip()
            self.entity_chip.setToolTip(self._label + "\n" + self.tr("Only sources naming it; click to show every source again"))
        self.entity_chip.setVisible(entity is not None)

    def _name_chip(self) -> None:
        """The chip's name, shortened to the pane's width: a long name ("Bundesministerium für
        Familie, Senioren, Frauen und Jugend") made the library pane 537 px wide at least, and
        a fixed 100 px cut even "Christine Laga…" in a pane with room for twice that."""
        if self._entity is None:
            return
        metrics, text = self.entity_chip.fontMetrics(), self.tr("Naming “%1”  ✕")
        room = self.width() - metrics.horizontalAdvance(inside(text, "")) - 24  # the button's padding
        name = elided(metrics, self._label, max(CHIP_NAME_PX, room))
        self.entity_chip.setText(inside(text, name))
        self.entity_chip.setMaximumWidth(self.entity_chip.sizeHint().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._name_chip()

    def active(self) -> bool:
        return self.current() != SourceFilter() or self._entity is not None

    def allowed(self) -> set[int] | None:
        """The source ids the filters let through, or None when none is set (all pass)."""
        return allowed_ids(self._session.store, self.current(), self._entity[0] if self._entity is not None else None)

    def reload_choices(self) -> None:
        """The library changed: read the choices again when a list next opens."""
        self._stale = True

    def _refill(self) -> None:
        """Refill from the library, keeping what was chosen while it still exists."""
        if not self._stale:
            return
        self._stale = False
        choices = filter_choices(self._session.store.db)
        for combo, entries, named in ((self.outlet_combo, choices.outlets, str), (self.author_combo, choices.authors, str),
                                      (self.lang_combo, choices.languages, language_label)):  # fmt: skip
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value, count in entries:
                combo.addItem(f"{named(value)}  ({count})", value)  # "Deutsch  (29)", not "de"
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
