"""The save the three text editors share (the summary note, an annotation, a briefing's heading
or text): never over a text another program wrote meanwhile.

Each save is a compare-and-set in the core (`expected=` the text the editor loaded or last
saved): the write happens only while the stored text is still that one, checked in the write's
own transaction. A check made here first and the write after left a gap — `Session.perform`
takes a fingerprint (50-70 ms) before it writes — in which a terminal's write was saved over.
On a mismatch the core writes nothing and says what is stored now (`ChangedElsewhereError`):
a pause in typing then shows the conflict bar and saves nothing; leaving the text (another
source, highlight or item) or quitting, with no one left to ask, saves the other text with
the typing below it, and the status bar says so. Either way both texts survive. A save that
failed (a full disk) changes nothing here, so the next flush tries it again from the same place;
moving on over a full disk does not happen (`move_on` is False, its box says the text is still
in the editor): the caller's list goes back to the place typed in, never halfway.

Typing whose place was deleted elsewhere (the source binned in another window, the highlight or
the briefing item deleted in a terminal) goes to the lost-text bar, which holds it until the
user copies, keeps or lets it go: it was dropped with a line in the log, or saved into the bin
where no one would look. A save first takes in what another process committed (`catch_up`), so
a deletion the timer had not seen yet is told, not written over. The window's own deletions
still take the typing into the bin with the source, where its undo brings both back.

A pause in typing while another program holds the library's write lock keeps the text in the
editor: the first such save of a busy spell shows "The library is busy", later ones only the
status bar (`Session.busy_spell`), and the save is tried again every RETRY_MS without waiting
until the lock is free; a pause meanwhile leaves it to that retry. Quitting still raises, to
its own question. Moving on to another source, highlight or item (`move_on`) does not wait for
the spell: the switch used to wait WRITE_WAIT_MS, raise a second box and stop halfway, the
library list on the new source, the article and notes still on the old one. The text left
behind is kept pending for its own place and written there by the same retry once the library
is free (both kept over a text written elsewhere meanwhile, the lost-text bar when its place
was deleted); shown again before that, its editor holds it once more, nothing typed missing.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer

from reader.core.store import ChangedElsewhereError, library_busy
from reader.ui.conflict_bar import ConflictBar
from reader.ui.flushing_edit import FlushingEdit
from reader.ui.lost_text_bar import Keep, LostTextBar
from reader.ui.safety.disk import disk_full
from reader.ui.safety.no_room import tell_later, tell_no_room
from reader.ui.session import Session

log = logging.getLogger(__name__)

RETRY_MS = 1500  # a save kept out by another program's write lock is tried again this often


@dataclass(frozen=True, eq=False)
class Place:
    """Where the editor's text is stored: one note, annotation or briefing item.

    `read` gives the stored text; `write(old, new)` makes the undoable step from `old` (what
    the editor loaded, expected in the store) to `new`, raising `ChangedElsewhereError` when
    the store holds another; it returns False when the place is gone (nothing written).
    `alive`: whether the place is still shown (not deleted, nor in the bin); `keep`: where a
    text whose place was deleted elsewhere may be kept instead (None: nowhere).
    `form`: a text as the store keeps it (a heading on one line), so typed and stored compare.
    `key`: the same for each Place made for one note, annotation or item, so a text left pending
    there during a busy spell comes back into the editor when it is shown again.
    `name`: the undo step `write` makes ("Edit summary note on “…”"), which Edit ▸ Undo and Redo
    name while the typing is not saved yet."""

    read: Callable[[], str]
    write: Callable[[str, str], bool]
    alive: Callable[[], bool]
    keep: Keep | None = None
    form: Callable[[str], str] = lambda text: text
    key: object = None
    name: Callable[[], str] = str


@dataclass(frozen=True)
class _Pending:
    """A text left behind by `move_on` while another program held the library: written to
    `place` by the retry, from `expected` (what its editor had loaded)."""

    place: Place
    expected: str
    text: str


def both(theirs: str, mine: str) -> str:
    """Both texts, the other first: what leaving an unanswered conflict saves."""
    return f"{theirs.rstrip()}\n\n{mine}" if theirs.strip() else mine


class GuardedText(QObject):
    def __init__(self, session: Session, editor: FlushingEdit, bar: ConflictBar, lost: LostTextBar,
                 kept: str, no_room: str) -> None:  # fmt: skip
        """`kept`: the status bar's words when both texts were kept; `no_room`: the box's when
        a move found the disk full (`move_on`)."""
        super().__init__(editor)
        self._session, self.editor, self.bar, self.lost, self._kept = session, editor, bar, lost, kept
        self._no_room = no_room
        self.place: Place | None = None
        self.saved = ""  # the text as stored when loaded or last saved here: what a save expects
        self._saving = False  # a save's catch-up reloads the panes, which call back in here
        self._pending: list[_Pending] = []  # texts moved away from during a busy spell: `move_on`
        # Typing undone in the editor, by its place's key, while another place (or none) is
        # shown: Ctrl+Z went on to the highlight the annotation was typed on, which took the
        # annotation away, and Redo brought the highlight back without the typing.
        self._undone: dict[object, tuple[str, str]] = {}
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)  # the library was busy
        self._retry.timeout.connect(self._try_again)
        bar.keep_mine.connect(self.keep_mine)
        bar.take_theirs.connect(self.take_theirs)
        editor.follow(session.undo_stack, lambda: self.place.name() if self.place is not None else "")
        editor.save_due.connect(self._typing_gone)

    def load(self, text: str, place: Place | None) -> None:
        """Hold `place`'s stored `text` (after the caller flushed the one held before), or the
        text typed there and left pending, which the editor then holds unsaved again. Typing
        undone at the place left stays to be redone there when it is shown again."""
        pending = next((p for p in self._pending if place is not None and place.key is not None
                        and p.place.key == place.key), None)  # fmt: skip
        if pending is not None:
            self._pending.remove(pending)
        left = self.place.key if self.place is not None and (place is None or place.key != self.place.key) else None
        undone = self.editor.undone() if left is not None else None
        if undone is not None:
            self._undone[left] = undone
        held = self._undone.pop(place.key, None) if place is not None and place.key is not None else None
        self.place, self.saved = place, text if pending is None else pending.expected
        self.editor.load(text if pending is None else pending.text, undone=held)
        self.bar.setVisible(pending is not None and text != pending.expected)  # written meanwhile: asks

    def move_on(self) -> bool:
        """Save what was typed before the editor shows another place (`load`); False when the
        editor must stay where it is. While another program holds the library the text stays
        pending for its place, saved by the retry, and the move goes on: the spell's box comes
        once (after the move), the status bar says the text is kept. On a full disk nothing is
        kept anywhere but here: the box says so and the caller stays (False), its list put back
        on this place (it went halfway: the list on the new one, the editor on this one)."""
        place, text = self.place, self.editor.toPlainText()
        if place is None or self._saving or not self.unsaved():
            return True
        try:
            self.flush(leaving=True)
        except sqlite3.OperationalError as exc:
            if disk_full(exc, self._session.store.path) and self.place is place:
                self.editor.told()
                # An older text left pending (a busy spell) failed first, or this one: either
                # way the next move writes both, the older first. Its retry, left running, met
                # the full disk too and said "The disk is full … do it again" over this box.
                self._retry.stop()
                tell_no_room(self.editor, self._no_room)
                return False
            if not library_busy(exc):
                raise
            if self.place is place:  # else the catch-up's reload let it go (its own move_on kept
                self._pending.append(_Pending(place, self.saved, text))  # it), and the lock met
                self.load("", None)  # was an older text's, still pending: told as this move's
            self._retry.start()
            self._session.busy_spell(exc, self, moving=True)
        return True

    def unsaved(self) -> bool:
        return self.place is not None and self.place.form(self.editor.toPlainText()) != self.saved

    def refresh(self, stored: str) -> None:
        """The stored text changed (an undo, another process): shown when nothing typed here
        is unsaved; else the typing is kept and the bar asks."""
        if self.place is None or self._saving:
            return
        if not self.unsaved():
            if stored != self.saved:
                self.saved = stored
                self.editor.load(stored, at_change=True)
            self.bar.hide()
        elif stored not in (self.saved, self.place.form(self.editor.toPlainText())):
            self.bar.show()

    def _typing_gone(self) -> None:
        """Ctrl+Z (or deleting) took back all the typing while the bar asked: with nothing typed,
        the other text shows, as it does when nothing was typed at all. The bar stayed, saying
        yours was not saved yet over the text loaded before, which leaving then dropped without
        a word (no typing to keep both of) and "Keep mine" wrote back over the other."""
        if self.place is not None and not self.bar.isHidden():  # typing left: refresh asks on
            self.refresh(self.place.read())

    def flush(self, *, leaving: bool) -> None:
        """Save what was typed, never over another's text: see the module's docstring."""
        if leaving and self._pending:  # quitting: texts moved away from are written first
            with self._session.not_waiting():  # a busy spell: asked at once, not after a wait
                self._save_pending()
        place, text = self.place, self.editor.toPlainText()
        if place is None or self._saving or not self.unsaved():
            return
        if not leaving and self._retry.isActive():  # a busy spell: the retry saves it, not waiting
            return  # as each pause did, frozen WRITE_WAIT_MS for the lock, again and again
        spell = leaving and self._session.in_busy_spell  # moving on or quitting: no wait, as the retry
        self._session.catch_up()  # a deletion elsewhere is shown first: its reload lets this go
        if self.place is not place:  # let go by that reload, which saved it or told it lost
            return
        self._saving = True
        try:
            try:
                with self._session.not_waiting() if spell else nullcontext():
                    self._write(place, self.saved, text)
            except ChangedElsewhereError as changed:
                self._changed(place, changed.stored, text, leaving=leaving)
            except sqlite3.OperationalError as exc:
                if not leaving and self.editor.losing_focus and disk_full(exc, self._session.store.path):
                    tell_later(exc)  # after the click: its move, refused, tells it (`move_on`)
                    return
                if leaving or not library_busy(exc):
                    raise
                self._retry.start()  # before the first of a spell raises, to its box
                self._session.busy_spell(exc, self)
        finally:
            self._saving = False

    def _try_again(self) -> None:
        if self._session.shut_down:  # the window closed: a text given up at quit stays given up
            return
        with self._session.not_waiting():
            try:
                self._save_pending()
            except sqlite3.OperationalError as exc:
                if not library_busy(exc):
                    raise
                self._retry.start()  # still busy: the spell's box was given, the status bar says so
                self._session.busy_spell(exc, self)
                return
            self.flush(leaving=False)
        if not self._retry.isActive():  # saved, or nothing left to save: this text waits no more
            self._session.waits_no_more(self)

    def _save_pending(self) -> None:
        """Write each text left by `move_on` to its own place, as leaving it would have: over a
        text written elsewhere meanwhile both are kept; its place deleted, the lost-text bar
        holds it. A busy library raises, the texts not yet written still pending."""
        while self._pending:
            pending = self._pending[0]
            self._session.catch_up()  # a deletion elsewhere is taken in first, not written over
            if not pending.place.alive():  # binned or deleted meanwhile
                self._lose(pending.place, pending.text)
            else:
                try:
                    self._write(pending.place, pending.expected, pending.text)
                except ChangedElsewhereError as changed:
                    self._changed(pending.place, changed.stored, pending.text, leaving=True)
            if pending in self._pending:  # not taken back into its editor by the catch-up's reload
                self._pending.remove(pending)

    def _changed(self, place: Place, theirs: str, mine: str, *, leaving: bool) -> None:
        # `place`'s form, not the editor's: the save's catch-up may have shown another item
        if place.form(mine) == theirs:  # the other program wrote what was typed here
            self._written(place, theirs)
        elif not leaving:
            self.bar.show()
        else:
            while True:  # written again meanwhile: both kept over the newer one
                kept = place.form(both(theirs, mine))
                try:
                    self._write(place, theirs, kept)  # a full disk raises: tried again from the start
                    break
                except ChangedElsewhereError as again:
                    theirs = again.stored
            if self.place is place:  # shown once saved: what is saved is what the editor shows
                self.editor.load(kept)
            self._session.notice_posted.emit(self._kept)

    def _write(self, place: Place, old: str, new: str) -> None:
        # Marked saved only once written: a save that fails (a full disk) raises first, so the
        # next flush (a pause in typing, leaving, quitting once there is room) tries again.
        if place.form(new) == old:
            self._written(place, old)
        elif self._session.announcing_outside and not place.alive():  # deleted elsewhere
            self._lose(place, new)
        elif place.write(old, new):
            self._written(place, place.form(new))
            if self.place is place:  # a step of the window's undo now: Ctrl+Z takes it back there
                self.editor.typing_saved()
        else:  # gone altogether (an item removed, a source emptied from the bin)
            self._lose(place, new)

    def _lose(self, place: Place, text: str) -> None:
        log.info("text not saved: where it belongs was deleted elsewhere; held by the bar")
        self.lost.hold(text, place.keep)
        if self.place is place:  # still shown (a pause in typing): nothing left to type into
            self.load("", None)
            self.editor.setEnabled(False)  # its pane enables it again for what it shows next

    def _written(self, place: Place, stored: str) -> None:
        if self.place is place:  # not another source's, highlight's or item's, shown meanwhile
            self.saved = stored
            self.bar.hide()

    def keep_mine(self) -> None:
        """Save the text typed here over the one saved elsewhere (Ctrl+Z brings that back)."""
        place = self.place
        if place is None:
            return
        try:
            self._write(place, place.read(), self.editor.toPlainText())
        except ChangedElsewhereError:  # written again in between: asked again, over the newer
            self.bar.show()

    def take_theirs(self) -> None:
        """Drop the text typed here and show the text as saved elsewhere."""
        if self.place is not None:
            self.load(self.place.read(), self.place)
