"""View ▸ Entities: the window's centre switches to who and what the sources name, and back.

A mode of the whole centre like All highlights and the library table (turning one on turns the
others off), built on first use. Names are found lazily, not on import: the first time the
view opens — and whenever sources were added or changed since — the sources not indexed yet
are read by a background task, with its progress in the view, while the window stays usable;
the list fills in when it is done. Opening a mention leaves the mode and shows the passage in its
source; "Show sources in library" leaves it with the library narrowed to the sources naming the
entity (a removable chip among the library's filters).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QWidget

from reader.core.changes import Changes
from reader.core.entities import EntitySummary, Mention, names_prepared, prepare_names
from reader.core.progress import IsCancelled, Progress
from reader.core.store import Store
from reader.ui.core_messages import translated
from reader.ui.entities.entities_view import EntitiesView
from reader.ui.i18n import current_language
from reader.ui.mode_header import finish_mode_page, mode_header
from reader.ui.session import Session
from reader.ui.tasks import Task

PREPARING = "preparing place names"  # the phase a run reports while it loads or builds them


class EntitiesMode(QObject):
    mention_opened = Signal(object)  # Mention: leave the mode and show it in its source
    sources_requested = Signal(object)  # EntitySummary: leave the mode, library narrowed to it
    indexed = Signal()  # a background run finished (names found; the view's list read)
    progressed = Signal(int, int)  # done, total: sources read by the running task
    failed = Signal()  # a background run failed (its message went to the status line)

    def __init__(self, session: Session, stack: QStackedWidget, reading: QWidget, window: QWidget,
                 lend_width: Callable[[int], int] | None = None) -> None:  # fmt: skip
        """`lend_width`: the docked composer's, for the view beside it (see `EntitiesView`)."""
        super().__init__(window)
        self._session, self._stack, self._reading = session, stack, reading
        self._lend_width = lend_width
        self.view: EntitiesView | None = None
        self._page: QWidget | None = None
        self.task: Task | None = None
        self._list_wanted = False  # the view asked for the list while a task without it ran
        self.with_hidden = False  # the list shows the entries the user hid too ("Show hidden")
        self.action = QAction(self.tr("&Entities"), window, checkable=True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.setStatusTip(self.tr("People, organisations, places and figures the sources name"))
        self.action.toggled.connect(self._show)
        window.addAction(self.action)
        session.changes_applied.connect(self._changed)

    @property
    def active(self) -> bool:
        return self.action.isChecked()

    def index_then(self, done: Callable[[], None]) -> None:
        """Index what is missing in the background (one run at a time), then call `done`; the
        place names are made ready there too (`_start`), as `done` reads roles (a who's who)."""
        store = self._session.store
        if (store.read_only or not store.entities.missing()) and names_prepared():
            done()
            return
        self._start(with_list=False)
        self.indexed.connect(done, Qt.ConnectionType.SingleShotConnection)

    def _start(self, *, with_list: bool) -> None:
        """One background run: index what is missing, then (for the view) read the list there
        too — about a second at 10,000 sources, which the window's thread must not spend.

        First of all the gazetteer and the regions' names are loaded there (`prepare_names`):
        the Roles column reads "Japanexperte" as an expert on Japan through the gazetteer, which
        the first run after an install or update builds (2-3 s of CPU). With every source
        indexed already, nothing else had loaded it, and the window's thread built it for the
        column's width while the window froze; the view says it is preparing meanwhile."""
        if self.task is not None:
            self._list_wanted |= with_list  # read once the running task is done
            return

        lang = current_language()  # places named as the window speaks: "United States" / "Vereinigte Staaten"
        with_hidden = self.with_hidden

        def work(store: Store, progress: Progress, is_cancelled: IsCancelled) -> list[EntitySummary] | None:
            if not names_prepared():
                task.report_phase(PREPARING)
                prepare_names()
            if not store.read_only:
                store.entities.refresh(progress, is_cancelled)
            return store.entities.list(lang=lang, with_hidden=with_hidden) if with_list and not is_cancelled() else None

        task = self.task = self._session.task(work, "entities")
        self.task.signals.phase_began.connect(self._preparing)
        self.task.signals.progressed.connect(self._progressed)
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        self._session.start(self.task)

    def _show(self, on: bool) -> None:
        if on:
            view = self._ensure_view()
            assert self._page is not None  # made with the view
            self._stack.setCurrentWidget(self._page)
            view.focus_filter()
            view.show_waiting()
            self._start(with_list=True)
        elif self._stack.currentWidget() is self._page:
            self._stack.setCurrentWidget(self._reading)

    def _ensure_view(self) -> EntitiesView:
        if self.view is None:
            self._page = QWidget(self._stack)
            self.view = EntitiesView(self._session, self._page, self._lend_width)
            self.view.mention_opened.connect(self._open)
            self.view.sources_requested.connect(self._show_sources)
            finish_mode_page(self._stack, self._page, self._header(), self.view,
                             lambda: self.action.setChecked(False))
        return self.view

    def _header(self) -> QHBoxLayout:
        return mode_header(
            self.tr("Entities"),
            self.tr("Enter or double-click a mention to read it in its source."),
            self.tr("Bac&k to reading"),
            self.tr("Esc or Ctrl+Shift+E"),
            lambda: self.action.setChecked(False),
        )

    def fit_beside_composer(self) -> None:
        """The composer docked while the view is shown: the view shares the width anew with it
        (it kept the mentions 240 px wide, the list as it was without the composer)."""
        if self.view is not None and self.active:
            self.view.fit_list()

    def _preparing(self, _phase: str) -> None:
        if self.view is not None:
            self.view.indexing.preparing()

    def _progressed(self, done: int, total: int) -> None:
        if self.view is not None:  # the view may open while a who's who is being prepared
            self.view.indexing.counted(done, total)
        self.progressed.emit(done, total)

    def _finished(self, entities: list[EntitySummary] | None) -> None:
        self.task = None
        if self.view is not None:
            self.view.indexing.counted(1, 1)
            if entities is not None:
                self.view.show_entities(entities)
        if self._list_wanted and self.active:  # the view opened while a who's who was indexing
            self._list_wanted = False
            self._start(with_list=True)
            return
        self.indexed.emit()

    def _failed(self, message: str) -> None:
        self.task = None
        if self.view is not None:
            self.view.indexing.counted(1, 1)
        self._session.error_raised.emit(self.tr("Finding names failed: %1").replace("%1", translated(message)))
        self.failed.emit()

    def _changed(self, changes: Changes) -> None:
        """Sources added, removed or changed while the view is open: index them, then show;
        the index corrected (or a correction undone): show it as it is now."""
        if self.active and (changes.sources_added or changes.sources_removed or changes.sources_updated
                            or changes.entities):  # fmt: skip
            self.reread()

    def reread(self) -> None:
        """Read the list again in the background (the view shows it when it comes)."""
        self._start(with_list=True)

    def _open(self, mention: Mention) -> None:
        self.action.setChecked(False)
        self.mention_opened.emit(mention)

    def _show_sources(self, entity: EntitySummary) -> None:
        self.action.setChecked(False)
        self.sources_requested.emit(entity)
