"""Tag this import: after files come in, one click tags everything the import brought.

A button in the status bar, shown for a while after an import the user started; the count stays
in the status message on the left ("Import finished: 12 imported"), said once — the button used
to repeat "12 imported" beside itself. The tag is asked for, and all the new sources get it in one undo step —
the window's way of `briefing import … --tag T`. A paste or drop has its own offer; one made while
an import's is open is shown first, and the import's comes back after it (a later paste's takes an
earlier paste's place).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from reader.core.changes import Changes
from reader.core.store import stored_tag
from reader.ui import dialogs
from reader.ui.library import bulk
from reader.ui.session import Session
from reader.ui.step_names import inside

OFFER_MS = 30_000  # long enough to read the report first


@dataclass(frozen=True)
class AddedWords:
    """The offer for one pasted or dropped source, in words that name it (the import's said
    "Give the 1 source(s) this import added one tag" where the user had pasted): the button,
    its tooltip, the dialog's title and question, and what is said once tagged (%1: the tag)."""

    button: str
    tip: str
    title: str
    question: str
    tagged: str


@dataclass(eq=False)
class _Offer:
    """The sources one import, paste or drop added, and its words (None: the import's own)."""

    ids: list[int]
    words: AddedWords | None


class ImportTagger(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importTagger")
        self._session = session
        # The offers still open, the one shown last: a text pasted while an import ran is added
        # right after it ends, and its offer took the import's place for good ("Tag this
        # import…" was gone before it could be read). The newest is shown, what the user did
        # last; the one it covered comes back, with its own time, once it is used or its time
        # is up.
        self._offers: list[_Offer] = []
        self.button = QPushButton(self.tr("Tag this import…"), self)
        # A click leaves the keyboard where it was: the button goes away once used, and the focus
        # it had taken fell to the search box, where the next J typed a letter.
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.ask_and_tag)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.button)
        self._timer = QTimer(self, singleShot=True, interval=OFFER_MS)
        self._timer.timeout.connect(self._done_with_shown)
        session.changes_applied.connect(self._forget_removed)
        self.hide()

    def offer(self, source_ids: list[int]) -> None:
        """Offer to tag the sources an import just added; an import starting (nothing to offer)
        takes every open offer away: beside its Cancel, one read as the running import's."""
        if not source_ids:
            self._offers.clear()
            self._show_shown()
            return
        self._add(_Offer(list(source_ids), None))

    def offer_added(self, source_id: int, words: AddedWords) -> None:
        """Offer to tag one pasted or dropped source in `words` that name it ("Tag the pasted
        source…"): the import's own read as an import's offer, and its dialog asked for the
        tag of "1 imported source" just pasted. It takes an earlier paste's or drop's place: in
        the same words, that one coming back read as this offer again, for a text out of sight."""
        self._offers = [o for o in self._offers if o.words is None]
        self._add(_Offer([source_id], words))

    def _add(self, offer: _Offer) -> None:
        self._offers.append(offer)
        if self._show_shown():
            self._timer.start()

    def _done_with_shown(self) -> None:
        """The shown offer's time is up: the one it covered comes back for its time."""
        if self._offers:
            self._offers.pop()
        if self._show_shown():
            self._timer.start()

    def _forget_removed(self, changes: Changes) -> None:
        """A paste taken back with Ctrl+Z, or an imported source deleted, is no longer offered:
        the button stayed after an undone paste, and a click said "Tagged the 1 imported source"
        while nothing was tagged."""
        removed = changes.sources_removed
        if not removed or not any(removed & set(o.ids) for o in self._offers):
            return
        shown = self._offers[-1]
        for offer in self._offers:
            offer.ids[:] = [i for i in offer.ids if i not in removed]
        self._offers = [o for o in self._offers if o.ids]
        if self._show_shown() and self._offers[-1] is not shown:
            self._timer.start()  # the offer it covered is back: its own time

    def _show_shown(self) -> bool:
        """Show the newest open offer, in its words; none: hidden."""
        if not self._offers:
            self.hide()
            return False
        words, ids = self._offers[-1].words, self._offers[-1].ids
        self.button.setText(words.button if words else self.tr("Tag this import…"))
        self.button.setToolTip(words.tip if words else self.tr(
            "Give the %Ln source(s) this import added one tag", "", len(ids)))  # fmt: skip
        self.show()
        return True

    def ask_and_tag(self) -> None:
        if not self._offers:
            return
        offer = self._offers[-1]
        words, ids = offer.words, offer.ids
        name = dialogs.ask_text(self.window(), words.title if words else self.tr("Tag this import"),
                                words.question if words else self.tr("Tag for the %Ln imported source(s):", "",
                                                                     len(ids)),
                                completions=self._session.store.tags.names())  # fmt: skip
        if not name:
            return
        spelled = stored_tag(self._session.store.db, name)  # the library's "Halbleiter" for "halbleiter"
        try:
            changed = bulk.tag_sources(self._session, ids, name)
        except ValueError as exc:
            self._session.error_raised.emit(str(exc))
            return
        if offer in self._offers:  # (not taken away while the dialog was open)
            self._offers.remove(offer)
        if self._show_shown():
            self._timer.start()  # the offer it covered is back: its own time
        tagged = words.tagged if words else self.tr("Tagged the %Ln imported source(s) “%1” (Ctrl+Z takes it back)",
                                                    "", len(ids))  # fmt: skip
        if changed:  # none: `tag_sources` said they all had it, which this would have covered
            self._session.notice_posted.emit(inside(tagged, spelled))  # the button went away without a word
