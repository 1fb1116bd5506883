"""Tag this import: after files come in, one click tags everything the import brought.

A button in the status bar, shown for a while after an import the user started; the count stays
in the status message on the left ("Import finished: 12 imported"), said once — the button used
to repeat "12 imported" beside itself. The tag is asked for, and all the new sources get it in one undo step —
the window's way of `briefing import … --tag T`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from reader.core.changes import Changes
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


class ImportTagger(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importTagger")
        self._session = session
        self._ids: list[int] = []
        self._words: AddedWords | None = None  # None: the import's own words
        self.button = QPushButton(self.tr("Tag this import…"), self)
        # A click leaves the keyboard where it was: the button goes away once used, and the focus
        # it had taken fell to the search box, where the next J typed a letter.
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.ask_and_tag)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.button)
        self._timer = QTimer(self, singleShot=True, interval=OFFER_MS)
        self._timer.timeout.connect(self.hide)
        session.changes_applied.connect(self._forget_removed)
        self.hide()

    def offer(self, source_ids: list[int]) -> None:
        """Offer to tag the sources an import just added (nothing to offer: nothing shown)."""
        self._offer(list(source_ids), None)

    def offer_added(self, source_id: int, words: AddedWords) -> None:
        """Offer to tag one pasted or dropped source in `words` that name it ("Tag the pasted
        source…"): the import's own read as an import's offer, and its dialog asked for the
        tag of "1 imported source" just pasted."""
        self._offer([source_id], words)

    def _offer(self, source_ids: list[int], words: AddedWords | None) -> None:
        self._words = words
        self.button.setText(words.button if words else self.tr("Tag this import…"))
        self._ids = source_ids
        if self._still_offered():
            self._timer.start()

    def _forget_removed(self, changes: Changes) -> None:
        """A paste taken back with Ctrl+Z, or an imported source deleted, is no longer offered:
        the button stayed after an undone paste, and a click said "Tagged the 1 imported source"
        while nothing was tagged."""
        if self.isVisible() and changes.sources_removed & set(self._ids):
            self._ids = [i for i in self._ids if i not in changes.sources_removed]
            self._still_offered()

    def _still_offered(self) -> bool:
        if not self._ids:
            self.hide()
            return False
        self.button.setToolTip(self._words.tip if self._words else self.tr(
            "Give the %Ln source(s) this import added one tag", "", len(self._ids)))  # fmt: skip
        self.show()
        return True

    def ask_and_tag(self) -> None:
        words = self._words
        name = dialogs.ask_text(self.window(), words.title if words else self.tr("Tag this import"),
                                words.question if words else self.tr("Tag for the %Ln imported source(s):", "",
                                                                     len(self._ids)),
                                completions=self._session.store.tags.names())  # fmt: skip
        if not name:
            return
        try:
            bulk.tag_sources(self._session, self._ids, name)
        except ValueError as exc:
            self._session.error_raised.emit(str(exc))
            return
        self.hide()
        tagged = words.tagged if words else self.tr("Tagged the %Ln imported source(s) “%1” (Ctrl+Z takes it back)",
                                                    "", len(self._ids))  # fmt: skip
        self._session.notice_posted.emit(inside(tagged, name.strip()))  # the button went away without a word
