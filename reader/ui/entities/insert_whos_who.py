"""Briefing ▸ Insert who's who: the people and organisations of the briefing's quoted sources (or,
while it quotes none, of the sources the library lists), one line each with their roles and
footnote citations, inserted into the composer as one text item (undoable like any added text).

Sources not indexed yet are indexed first, in the background (the Entities view's task), and the
block is inserted when that is done; meanwhile the status line counts the sources read (it said
"first…" once and then nothing for fifteen seconds at 379 sources; at 10,000 it takes minutes, and
it says how long is left once the rate is known), and pressing Insert who's who again waits for
the same run instead of inserting a second block when it ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QWidget

from reader.core.briefing_model import ItemKind
from reader.core.entities import names_prepared
from reader.core.models import Source
from reader.ui.actions import make_action
from reader.ui.entities.entities_mode import EntitiesMode
from reader.ui.i18n import export_language
from reader.ui.session import Session
from reader.ui.time_left import TimeLeft

if TYPE_CHECKING:
    from reader.ui.briefing.briefing_actions import BriefingCommands

ChosenSources = Callable[[int], tuple[list[Source], bool]]  # briefing id → sources, from the briefing?


class InsertWhosWho(QObject):
    def __init__(self, session: Session, window: QWidget, briefings: BriefingCommands,
                 sources: ChosenSources, mode: EntitiesMode) -> None:  # fmt: skip
        """`sources` chooses the sources as Insert chronology does; `mode` indexes what is missing."""
        super().__init__(window)
        self._session, self._briefings, self._sources, self._mode = session, briefings, sources, mode
        self._waiting = False  # a who's who waits for the names to be found
        self.time_left = TimeLeft()
        mode.progressed.connect(self._progressed)
        mode.failed.connect(self._stop_waiting)
        self.action = make_action(window, self.tr("Insert &who's who"), self.insert, None,
                                  self.tr("The people and organisations of the briefing's sources, with citations"))  # fmt: skip

    def insert(self) -> None:
        briefing_id = self._briefings.composer().briefing_id
        if briefing_id is None:
            self._session.notice_posted.emit(self.tr("Open or create a briefing first (Briefing ▸ New briefing…)."))
            return
        sources, from_briefing = self._sources(briefing_id)
        if not sources:
            self._session.notice_posted.emit(self.tr("No sources for a who's who."))
            return
        if self._waiting:
            self._session.notice_posted.emit(self.tr("Still finding the names for the who's who…"))
            return
        ids = [s.id for s in sources]
        # Names to find, or the place names to prepare first (after an install or update)
        waits = bool(self._session.store.entities.missing()) or not names_prepared()
        if waits:
            self._waiting = True
            self.time_left.restart()
            self._session.notice_posted.emit(self.tr("Finding the names for the who's who…"))
        self._mode.index_then(lambda: self._indexed(waits, briefing_id, ids, from_briefing))

    def _progressed(self, done: int, total: int) -> None:
        if self._waiting and done < total:
            locale, left = QLocale(), self.time_left.counted(done, total)
            said = self.tr("Finding the names for the who's who: %1 of %2 sources · %3").replace("%3", left) if left \
                else self.tr("Finding the names for the who's who: %1 of %2 sources…")  # fmt: skip
            self._session.notice_posted.emit(said.replace("%1", locale.toString(done)).replace("%2", locale.toString(total)))

    def _stop_waiting(self) -> None:
        self._waiting = False

    def _indexed(self, waited: bool, briefing_id: int, ids: list[int], from_briefing: bool) -> None:
        """Insert the block, unless its run failed (a later run's end is not this press's)."""
        if waited and not self._waiting:
            return
        self._waiting = False
        self._insert(briefing_id, ids, from_briefing)

    def _insert(self, briefing_id: int, ids: list[int], from_briefing: bool) -> None:
        entities = self._session.store.entities
        # Its words are the briefing's, in the export language (`reader.core.block_words`), as
        # its citations are; an export in another language puts them into its own. None when
        # the sources name nobody but their own credits ("dpa" in a dpa report).
        text = entities.whos_who(ids, language=export_language(self._session.settings)) if entities.names_anyone(ids) else ""
        if not text:
            self._session.notice_posted.emit(self.tr("No people or organisations found in these sources."))
            return
        self._briefings.show(briefing_id)
        self._briefings.composer().add_item(ItemKind.TEXT, text, self.tr("Insert who's who"))
        # Whole sentences, not a scope put into one: German needs its own case for each
        # ("„Wer ist wer“ der in der Bibliothek gelisteten Quellen eingefügt" read as a fragment).
        self._session.notice_posted.emit(
            self.tr("Inserted a who's who of the briefing's quoted sources (Ctrl+Z takes it back)") if from_briefing
            else self.tr("Inserted a who's who of the sources the library lists (Ctrl+Z takes it back)"))  # fmt: skip
