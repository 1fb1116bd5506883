"""The Entities view: who and what the library's sources name, and every place they name it.

Left, the entities (people, organisations, places, figures) sorted by how many sources name them,
narrowed by kind and by the filter box; right, the chosen one's mentions as keyword-in-context
rows. Enter or a double-click on a mention opens its source at that passage; "Show sources in
library" narrows the library to the sources naming it. The keyboard reaches everything: the
filter box takes the focus, Down goes to the list, Enter from the list to the mentions.
The view only shows what `store.entities` holds; indexing is the mode's (`entities_mode`), the
list's columns and their widths `entity_table`'s, how far indexing is `indexing_progress`'s.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.core.entities import EntityKind, EntitySummary, Mention
from reader.ui.briefing.empty_hint import ListHint
from reader.ui.entities.entity_models import (
    NAME,
    EntityRole,
    EntityTableModel,
    MentionModel,
    MentionRole,
    kind_title,
    shown_name,
    source_parts,
)
from reader.ui.entities.entity_table import EntityTable
from reader.ui.entities.indexing_progress import IndexingProgress
from reader.ui.entities.kwic_delegate import KwicDelegate
from reader.ui.entities.mention_heading import ElidedLabel
from reader.ui.session import Session

MENTION_DELAY_MS = 80  # the pause after moving in the list before its mentions are read
MENTION_SOURCES = 300  # mentions are read from at most this many sources (the newest) at once
MENTION_LETTERS = 40  # the mentions keep this many average letters beside the docked composer
MENTION_READABLE = 56  # and this many when the list widens for its roles


class EntitiesView(QWidget):
    mention_opened = Signal(object)  # Mention: open its source at the passage
    sources_requested = Signal(object)  # EntitySummary: show the sources naming it in the library

    def __init__(self, session: Session, parent: QWidget | None = None,
                 lend_width: Callable[[int], int] | None = None) -> None:  # fmt: skip
        """`lend_width(px)`: the docked composer beside the view gives it up to that many px;
        how many it gave (`BriefingCommands.lend_width`)."""
        super().__init__(parent)
        self.setObjectName("entitiesView")
        self._session = session
        self._lend_width = lend_width
        self.model = EntityTableModel(self)
        self._chosen: int | None = None  # the id of the entity whose mentions are shown
        self._everything: list[EntitySummary] | None = None  # every kind, as the store lists them; None: not read yet
        self.mentions = MentionModel(self._parts, self)
        self._build_controls()
        self._build_lists()
        self._build_layout()

    # -- building ---------------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("entityKind")
        self.kind_box.addItem(self.tr("All kinds"), None)
        for kind, title in ((EntityKind.PERSON, self.tr("People")), (EntityKind.ORG, self.tr("Organisations")),
                            (EntityKind.PLACE, self.tr("Places")), (EntityKind.FIGURE, self.tr("Figures"))):  # fmt: skip
            self.kind_box.addItem(title, kind)
        self.kind_box.setToolTip(self.tr("Show one kind of entity"))
        self.kind_box.currentIndexChanged.connect(lambda _row: self._show_kind())
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("entityFilter")
        self.filter_box.setPlaceholderText(self.tr("Filter names"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter)
        self.filter_box.installEventFilter(self)
        self.indexing = IndexingProgress(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.show_sources = QPushButton(self.tr("Show sources in &library"), self)
        self.show_sources.setToolTip(self.tr("Narrow the library to the sources that name it (Ctrl+L)"))
        self.show_sources.clicked.connect(self._request_sources)
        self.show_sources.setEnabled(False)  # until an entity is chosen (it did nothing before)
        show = QShortcut(QKeySequence("Ctrl+L"), self)
        show.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        show.activated.connect(self._request_sources)

    def _build_lists(self) -> None:
        self.table = EntityTable(self.model, self)
        self.model.modelReset.connect(self._keep_choice)
        # Mentions follow the chosen row after a pause, so holding ↓ does not read each entity's.
        self._mention_timer = QTimer(self, singleShot=True, interval=MENTION_DELAY_MS)
        self._mention_timer.timeout.connect(lambda: self._show_mentions(self.table.currentIndex()))
        self.table.selectionModel().currentRowChanged.connect(lambda _current, _prev: self._mention_timer.start())
        self.table.activated.connect(lambda _index: self._to_mentions())
        self.mention_view = QListView(self)
        self.mention_view.setObjectName("mentionList")
        self.mention_view.setModel(self.mentions)
        self.mention_view.setItemDelegate(KwicDelegate(self.mention_view))
        self.mention_view.setUniformItemSizes(True)
        self.mention_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mention_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.mention_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mention_view.activated.connect(self._open_mention)
        self.mention_view.doubleClicked.connect(self._open_mention)
        # With none chosen the words go inside the empty list, wrapped: as the heading, one line
        # beside the button, the German read "Wählen Sie einen Eintrag, um zu s…" at 1024 px.
        self.none_chosen = ListHint(self.mention_view, self.tr("Choose an entity to see where the sources name it."))
        self.none_chosen.hide()

    def _build_layout(self) -> None:
        self.top = top = QHBoxLayout()  # the corrections' "Show hidden" joins it (`correction_actions`)
        top.setContentsMargins(12, 8, 12, 4)
        top.addWidget(self.kind_box)
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.indexing)
        left = QWidget(self)
        left.setMinimumWidth(self.table.narrowest())
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.table, 1)
        left_column.addWidget(self.count_label)
        self.mention_heading = ElidedLabel(self)  # one line, "…" and a tooltip when narrow
        self.mention_heading.setObjectName("paneHeading")
        self.right = right = QWidget(self)  # the mentions under their heading
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right.setMinimumWidth(MENTION_LETTERS * self.mention_view.fontMetrics().averageCharWidth())
        # The heading has the mentions' width to itself and the button goes under them, where
        # Tab reaches it and where the library table and All highlights have theirs: beside
        # the button at 1366 px the heading was cut ("Bundesamt für Wirtschaft und Aus…
        # (Organisation): 2 Erwähnungen"), and narrower the button went under it, by the width.
        right_column.addWidget(self.mention_heading)
        right_column.addWidget(self.mention_view, 1)
        right_column.addWidget(self.show_sources, 0, Qt.AlignmentFlag.AlignRight)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        splitter_box = QHBoxLayout()
        splitter_box.setContentsMargins(12, 0, 12, 8)
        splitter_box.addWidget(self.splitter)
        column.addLayout(splitter_box, 1)
        # Tab goes as the eye does: kind, filter, the list, its mentions, then the button.
        for first, second in ((self.kind_box, self.filter_box), (self.filter_box, self.table),
                              (self.table, self.mention_view), (self.mention_view, self.show_sources)):  # fmt: skip
            QWidget.setTabOrder(first, second)

    # -- what the mode asks of the view ----------------------------------------------------

    def show_entities(self, entities: list[EntitySummary]) -> None:
        """Show the library's entities (every kind, as `store.entities.list()` gives them),
        keeping the chosen one when it is still there, and its mentions fresh. A kind chosen
        later is picked from these: reading the list costs about a second at 10,000 sources."""
        self._everything = entities
        self._show_kind()
        self._show_mentions(self.table.currentIndex())

    def _show_kind(self) -> None:
        kind, everything = self.kind_box.currentData(), self._everything or []
        shown = [e for e in everything if e.kind == kind] if kind is not None else everything
        self.table.measure(shown, one_kind=kind is not None)
        self.fit_list()
        self.model.set_entities(shown)
        if self.filter_box.text().strip():  # fitted to the names the filter leaves (`_filter`)
            self.table.measure(self.model.shown(), one_kind=kind is not None)

    def fit_list(self) -> None:
        """Widen the list to what its names and roles want, while the mentions keep at least half:
        at 1,360 px with all kinds the list's share (2 of 5) cut the roles ("Prime Ministe…")
        beside mentions with width to spare. Where half is too little for the roles to be read
        (1024 px: 60 px of roles, "US Presi…"), the list takes what makes them readable as long
        as the mentions keep MENTION_READABLE letters. Never narrows it: a list the user widened
        stays. Beside the docked composer the view borrows that width from the composer first:
        at 1280 px in German the composer kept 440 px, half of it blank, while the roles read
        "US-Prä…" and "Premi…". Where even the composer's narrowest leaves too little for the
        roles, the width it gave goes to the mentions (`_room_for_mentions`)."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0:
            return
        mentions = MENTION_READABLE * self.mention_view.fontMetrics().averageCharWidth()
        short = self.table.readable_width() + mentions + self.splitter.handleWidth() - total
        if short > 0 and self._lend_width is not None and self._lend_width(short):
            sizes = self.splitter.sizes()
            total = sum(sizes)
        if self._room_for_mentions():  # what the composer gave goes to the mentions
            return
        share = max(total // 2, min(self.table.readable_width(), total - mentions))
        left = min(self.table.wanted_width(), share)
        if left > sizes[0]:
            self.splitter.setSizes([left, total - left])

    def _room_for_mentions(self) -> bool:
        """Where the roles cannot be read beside mentions of MENTION_READABLE letters (beside the
        docked composer at 976-1024 px), the roles fold under the names and the mentions get
        that width: they had 240 px, "...der USA, Washington ...", beside a list with room to
        spare in its name column. Also when the window or the composer changes the view's width.
        Whether the roles are that short of width (the list then as wide as folded it wants)."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        mentions = MENTION_READABLE * self.mention_view.fontMetrics().averageCharWidth()
        if len(sizes) != 2 or total <= 0 or self.table.readable_width() + mentions <= total:
            return False
        left = max(self.table.narrowest(), min(self.table.folded_width(), total - mentions))
        if left != sizes[0]:
            self.splitter.setSizes([left, total - left])
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._room_for_mentions()

    def show_waiting(self) -> None:
        """Nothing listed yet: say that the list is on its way (the background task reads it)."""
        if not self.model.total():
            self.count_label.setText(self.tr("Reading the names the sources hold…"))
        self.indexing.waiting()

    def current_entity(self) -> EntitySummary | None:
        index = self.table.currentIndex()
        entity = index.data(EntityRole) if index.isValid() else None
        return entity if isinstance(entity, EntitySummary) else None

    def listed(self) -> list[EntitySummary]:
        """Every entry the list was given, of every kind, whatever the filter shows."""
        return self._everything or []

    def choose_later(self, entity_id: int | None) -> None:
        """Choose this entity when the list is read next (the entry merged into, the one below those hidden)."""
        if entity_id is not None:
            self._chosen = entity_id

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the view (or closing the window) drops mentions still waiting for the pause:
        nobody sees them, and the library may be closed by the time the timer fires. Showing
        the view again reads the list, and with it the chosen entity's mentions."""
        self._mention_timer.stop()
        super().hideEvent(event)

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.filter_box.selectAll()

    # -- reacting to the user ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down (or Enter) in the filter box goes to the list, as in a launcher."""
        if watched is self.filter_box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid() and self.model.rowCount():
                    self.table.setCurrentIndex(self.model.index(0, NAME))
                self._flush_mentions()
                return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        """Narrow the list, and fit its columns to the names it then lists: "Bundesamt" listed two
        organisations beside an empty Roles column that kept its width, their names cut
        ("Bundesamt für Ausrüstung, I…"). The list's own width stays (`fit_list` is not asked),
        so it does not jump as one types."""
        self.model.set_filter(text)
        self.table.measure(self.model.shown(), one_kind=self.kind_box.currentData() is not None)

    def _keep_choice(self) -> None:
        """After the list was read, narrowed or sorted anew, the entity chosen before stays chosen
        (its mentions stay as they are); when it is gone, the first one is chosen and its mentions
        shown at once, as the library chooses another source when its filter hides the one read;
        an empty list empties them. After the pause, "Personen" showed Donald Trump chosen under
        "Vereinigte Staaten (Ort): 58 Erwähnungen" meanwhile, and a kind that left the list empty
        kept the last entity's mentions, "Show sources in library" narrowing to it. Before the
        list first comes nothing is chosen: typed meanwhile, "0 entities" read as "none named"."""
        if self._everything is None:
            return
        self._show_count()
        row = self.model.row_of(self._chosen) if self._chosen is not None else None
        if row is None and self.model.rowCount():
            row = 0
        elif row is None:
            self._show_mentions(QModelIndex())
            return
        first = self.model.index(row, NAME)
        with QSignalBlocker(self.table.selectionModel()):
            self.table.setCurrentIndex(first)
        self.table.scrollTo(first)
        if first.data(EntityRole).id != self._chosen:
            self._show_mentions(first)

    def _flush_mentions(self) -> None:
        """Show the chosen entity's mentions now if they are still waiting for the pause."""
        if self._mention_timer.isActive():
            self._mention_timer.stop()
            self._show_mentions(self.table.currentIndex())

    def _to_mentions(self) -> None:
        self._flush_mentions()
        self.mention_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_mentions(self, index: QModelIndex) -> None:
        """The entity's mentions; for one named by very many sources, those of the sources added
        last (reading every mention of the library's most named place costs seconds). The same
        entity's mentions read anew keep the chosen one: back from reading a mention, `↓` and
        `Enter` read the next, where the list went back to its first."""
        self._mention_timer.stop()
        entity = index.data(EntityRole) if index.isValid() else None
        same = isinstance(entity, EntitySummary) and entity.id == self._chosen
        was = self.mention_view.currentIndex().data(MentionRole) if same else None
        self._chosen = entity.id if isinstance(entity, EntitySummary) else None
        if not isinstance(entity, EntitySummary):
            self.mentions.set_mentions([])
            self.mention_heading.setText(self.tr("No entity chosen"))  # short: one line, never cut
            self.none_chosen.setText(self._none_chosen_text())
            self.none_chosen.show()
            self.show_sources.setEnabled(False)
            return
        self.none_chosen.hide()
        entities = self._session.store.entities
        capped = entity.sources > MENTION_SOURCES
        newest = entities.source_ids(entity.id)[-MENTION_SOURCES:] if capped else None
        self.mentions.set_mentions(entities.mentions(entity.id, newest))
        said = self.tr("%1 (%2): %Ln mention(s)", "", self.mentions.rowCount())
        if capped:
            said += " " + self.tr("in the %1 sources added last of %2").replace("%1", QLocale().toString(MENTION_SOURCES)) \
                .replace("%2", QLocale().toString(entity.sources))  # fmt: skip
        heading = said.replace("%1", shown_name(entity)).replace("%2", kind_title(entity.kind))
        self.mention_heading.setText(heading, shown_name(entity))
        self.show_sources.setEnabled(True)
        if self.mentions.rowCount():  # the same entity's read anew (the view shown again): where it was
            self.mention_view.setCurrentIndex(self.mentions.index(self.mentions.row_of(was)))
            self.mention_view.scrollTo(self.mention_view.currentIndex())

    def _none_chosen_text(self) -> str:
        """What the empty mentions say. A filter that leaves none of the chosen kind while
        entries of other kinds hold its words ("Apple" typed with Places chosen) says that All
        kinds lists them: "Choose an entity …" over an empty list read as if no source named
        Apple."""
        kind = self.kind_box.currentData()
        others = [e for e in self._everything or [] if e.kind != kind] if kind is not None else []
        elsewhere = self.model.matching(others) if not self.model.rowCount() else 0
        if elsewhere:
            return self.tr("None of this kind holds these words; %Ln of other kinds do: choose All kinds.", "", elsewhere)
        return self.tr("Choose an entity to see where the sources name it.")

    def _open_mention(self, index: QModelIndex) -> None:
        mention = index.data(MentionRole) if index.isValid() else None
        if isinstance(mention, Mention):
            self.mention_opened.emit(mention)

    def _request_sources(self) -> None:
        entity = self.current_entity()
        if entity is not None:
            self.sources_requested.emit(entity)

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        text = self.tr("%Ln entities", "", total) if shown == total else \
            self.tr("%1 of %Ln entities", "", total).replace("%1", QLocale().toString(shown))  # fmt: skip
        self.count_label.setText(text)

    def _parts(self, source_id: int) -> dict[str, str]:
        return source_parts(self._session.store.sources.get(source_id))
