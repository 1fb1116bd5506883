"""The Entities view's list of entities, and how its columns share the width they are given.

Kept apart from the view (`entities_view`) because the widths are a concept of their own: the
counts and the kind keep their titles' width, the names as wide as a long name, the roles the
rest — and in a narrow list the name gives way before the roles do, since the roles are what a
consultant reads the list for ("Prime Minister, head of government"). The view asks how wide
the list wants to be (`wanted_width`, `readable_width`) when it shares the window with the
mentions.
"""

from __future__ import annotations

import heapq

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from reader.core.entities import EntityKind, EntitySummary
from reader.ui.entities.entity_models import (
    KIND,
    MENTIONS,
    NAME,
    ROLES,
    SOURCES,
    EntityTableModel,
    kind_title,
    roles_text,
    shown_name,
)
from reader.ui.entities.name_and_roles import MARGIN_X as NAME_MARGIN
from reader.ui.entities.name_and_roles import NameAndRolesDelegate, row_height

NAME_MIN, ROLES_MIN = 120, 50  # px the name and roles keep however narrow the list is squeezed
# A count's title and its sort arrow: the style sheet's 6 px padding each side, the 16 px arrow
# (PM_HeaderMarkSize) and 2 px between them. With 36 px the German counts took 294 px of a
# 1024 px window beside the composer.
TITLE_ROOM = 30
ROLES_READABLE = 22  # average letters the roles keep before the name gives way ("Prime Minister, head …")
NAMES_MEASURED = 500  # the name column fits the longest of this many names, the most named first
NAME_LETTERS, ROLES_LETTERS = 32, 40  # at most this many average letters wanted for either column


class EntityTable(QTableView):
    """The entities, sorted by how many sources name them; several can be chosen at once (the
    corrections work on all of them)."""

    def __init__(self, model: EntityTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityTable")
        self.setModel(model)
        self.horizontalHeader().setSortIndicator(SOURCES, Qt.SortOrder.DescendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # corrected together
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Widths from the column titles, not the rows: measuring 50,000 rows would take seconds.
        # The kind column holds one of four words, so it fits the longest ("Organisation").
        metrics = header.fontMetrics()
        for column in (KIND, SOURCES, MENTIONS):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, metrics.horizontalAdvance(title) + TITLE_ROOM)
        kinds = max(self.fontMetrics().horizontalAdvance(kind_title(k)) for k in EntityKind)
        header.resizeSection(KIND, max(header.sectionSize(KIND), kinds + 16))
        self._widths = {c: header.sectionSize(c) for c in (KIND, SOURCES, MENTIONS)}  # a hidden one's is 0
        self._name_wanted = NAME_MIN  # as wide as the names listed need (see `measure`)
        self._roles_wanted = 0  # and the roles
        self._one_kind = False  # one kind is listed: no Kind column, nor a kind under the name
        self._has_roles = False  # an entity listed has a role to show
        self._folded = False  # the roles (and kind) go under the name: too narrow for their columns
        self.setItemDelegateForColumn(NAME, NameAndRolesDelegate(lambda: self._folded, lambda: not self._one_kind, self))
        self._chrome = self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth() + 2  # beside the rows
        self._share_width()

    def narrowest(self) -> int:
        """The width under which the counts would go behind a scroll bar (a 1024 px window hid
        them). No room is kept for a roles column nor a kind column: where they would be cut,
        the kind and roles fold under the name (`_share_width`). With ROLES_MIN kept, the
        German list wanted 466 px and the window 993 px of a 1024 px screen's 976; with the
        kind's column kept, the list took 416 px beside the docked composer at 1024 px and left
        the mentions 240 px ("...der USA, Washington ...")."""
        return self._widths[SOURCES] + self._widths[MENTIONS] + NAME_MIN + self._chrome

    def folded_width(self) -> int:
        """As wide as the list wants to be with the kind and roles under the names: the name, and
        the kind with ROLES_READABLE letters of roles under it ("Person · Premierminister, R…")."""
        metrics = self.fontMetrics()
        kind = max(metrics.horizontalAdvance(kind_title(k) + " · ") for k in EntityKind) if not self._one_kind else 0
        # Three letters more: a cut between words ends in " …", and falls a word short.
        under = kind + self._roles_readable() + 3 * metrics.averageCharWidth() + 2 * NAME_MARGIN if self._has_roles else 0
        return self._widths[SOURCES] + self._widths[MENTIONS] + max(self._name_wanted, under) + self._chrome

    def measure(self, shown: list[EntitySummary], one_kind: bool) -> None:
        """Hide the columns that would say nothing for these entities and measure what their
        names and roles want: the longest of those most widely named (measuring all 50,000
        would take seconds), up to NAME_LETTERS and ROLES_LETTERS average letters."""
        self._one_kind = one_kind  # one kind chosen: the column says nothing
        # Roles are people's ("Premierministerin"): for organisations or places the column stood
        # empty beside every row, taking width from the names.
        self._has_roles = any(e.roles and roles_text(e) for e in shown)  # "Frau": none
        self._show_columns()
        metrics, top = self.fontMetrics(), heapq.nlargest(NAMES_MEASURED, shown, key=lambda e: e.sources)
        letter = metrics.averageCharWidth()
        longest = max((metrics.horizontalAdvance(shown_name(e)) for e in top), default=0)
        self._name_wanted = max(NAME_MIN, min(longest + 16, NAME_LETTERS * letter))
        roles = max((metrics.horizontalAdvance(roles_text(e)) for e in top if e.roles), default=0)
        self._roles_wanted = min(roles + 16, ROLES_LETTERS * letter) if roles else 0
        self._share_width()

    def folded(self) -> bool:
        """Whether the roles (and, with every kind listed, the kind) are under the names."""
        return self._folded

    def _show_columns(self) -> None:
        self.setColumnHidden(KIND, self._one_kind or self._folded)
        self.setColumnHidden(ROLES, not self._has_roles or self._folded)
        line = self.fontMetrics().height()
        self.verticalHeader().setDefaultSectionSize(row_height(self.fontMetrics()) if self._folded else line + 10)

    def wanted_width(self) -> int:
        """As wide as the list wants to be: every name and role whole (within their caps)."""
        return self._columns_width() + self._name_wanted + self._roles_wanted + self._chrome

    def readable_width(self) -> int:
        """The width at which the roles are still readable, the name having given way."""
        return self._columns_width() + NAME_MIN + self._roles_readable() + self._chrome

    def _roles_readable(self) -> int:
        return min(self._roles_wanted, ROLES_READABLE * self.fontMetrics().averageCharWidth())

    def _columns_width(self) -> int:
        """The width of the columns besides name and roles (the kind's only with all kinds), as
        they are unfolded."""
        return sum(width for c, width in self._widths.items() if c != KIND or not self._one_kind)

    def _share_width(self) -> None:
        """The names as wide as a long name, the roles the rest: the names had it all, and roles
        were cut ("head of gover…", "US Secretary o…") beside a half-empty name column. In a
        narrow list the name gives way down to NAME_MIN before the roles go under
        ROLES_READABLE letters (at 1024 px the roles were 60 px wide, "US Presi…", beside
        names with room to spare); without a roles column (places, organisations) the name
        takes the width. Where even then the roles would be cut before ROLES_READABLE letters
        (German at 1024 px beside the docked composer: 52 px, "US-Pr…"), they fold under the
        name with the kind, and the name takes the width of all three; so does the kind alone
        where the list is narrower than its kind's column and a name."""
        header = self.horizontalHeader()
        # The list's width less the scroll bar's, whether shown or not: folding makes the rows
        # taller, which may bring the scroll bar, which must not unfold them again.
        rows = self.width() - self._chrome
        # Without roles (their readable width 0) the kind alone may fold.
        folded = (self._has_roles or not self._one_kind) and rows - self._columns_width() - NAME_MIN < self._roles_readable()
        if folded != self._folded:
            self._folded = folded
            self._show_columns()
        roles = not self.isColumnHidden(ROLES)
        stretch, fixed = QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Interactive
        header.setSectionResizeMode(NAME, fixed if roles else stretch)
        header.setSectionResizeMode(ROLES, stretch if roles else fixed)
        if roles:
            room = self.viewport().width() - self._columns_width() - max(ROLES_MIN, self._roles_readable())
            header.resizeSection(NAME, max(NAME_MIN, min(self._name_wanted, room)))

    def viewportEvent(self, event: QEvent) -> bool:
        """The roles column is as wide as the list allows, the counts beside it in sight — also
        when the scroll bar comes or goes, which narrows the rows but not the table."""
        if event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().viewportEvent(event)
