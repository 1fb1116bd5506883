"""A pasted or dropped text made a source, on the window's thread (one small text), as an
undoable step: read as the importer reads a file (`prepare_bytes`; HTML that makes no article
falls back to its plain text), told apart from one already in the library, offered as a newer
version of a source, or brought back from the bin with the user's work on it.

`ImportController` decides when (at once, or in its turn after the imports started before);
this says what came of it — a status line naming it, the source to show, the tag offer for it.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from reader.core.ingest import IngestError, PreparedFile, prepare_bytes
from reader.core.store import DuplicateSourceError
from reader.ui.core_messages import translated
from reader.ui.library.clippings import Clipping, ClippingWords
from reader.ui.library.from_bin_words import brought_back_line
from reader.ui.library.import_messages import inform, not_written
from reader.ui.library.versions import add_or_bring_back, offer_update, update_line
from reader.ui.session import Session
from reader.ui.step_names import inside

log = logging.getLogger(__name__)


class ClippingAdder(QObject):
    status_reported = Signal(str)  # a short line for the status bar
    source_imported = Signal(int)  # the source to show
    clipping_added = Signal(int, object)  # the source, and the offer (AddedWords) naming it

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window

    def add(self, clipping: Clipping, words: ClippingWords, after: str = "") -> None:
        """Add a pasted or dropped text as a source: named by `words.name_pattern` with the time
        ("Pasted 2025-03-31 14:05"), announced by `words.said` with its title — one pattern for
        both read "Eingefügt am “Bank of Japan …”" in German, a title where a date belongs — and
        offered for a tag in words that name it ("Tag the pasted source…"), not the import's.
        The moment is also when the page was read, open in the browser: a story it dates only
        by its age ("vor 3 Stunden") is dated from it, in local time. Told right after an
        import's end, its line keeps that end's (`after`): said over, "Import finished: 40
        imported" was gone at once, unread."""
        name_pattern, said, step, offer = words.name_pattern, words.said, words.step, words.offer
        moment = datetime.now()
        stamp = f"{moment:%Y-%m-%d %H:%M}"
        name = name_pattern.replace("%1", stamp) + clipping.suffix
        try:
            prepared = prepare_bytes(clipping.data, name, reference=moment)
        except IngestError as exc:
            fallback = self._as_plain_text(clipping, name_pattern.replace("%1", stamp), exc, moment)
            if fallback is None:
                return
            prepared = fallback
        store = self.session.store
        duplicate = store.sources.find_duplicate(prepared.content_hash, prepared.body_hash)
        if duplicate and not duplicate[2]:
            self._already_there(duplicate[0], duplicate[1])
            return
        version = offer_update(self.session, prepared, self.window)  # the text of a source, updated?
        if version is not None:
            if version.update is not None and version.source_id is not None:
                self.status_reported.emit(update_line(version.title or "", version.update))
                self.source_imported.emit(version.source_id)
            return
        try:
            source_id, from_bin = add_or_bring_back(self.session, prepared, step)
        except DuplicateSourceError as exc:  # stored since the look above (another window, `briefing import`)
            self._already_there(exc.source_id, exc.title)
            return
        except sqlite3.DatabaseError as exc:  # the library itself (its disk full): nothing was stored
            log.warning("%s not stored: %s", name, exc)
            why = not_written(self.session, exc, self.tr("The disk holding the library is full. Free some space on it "
                              "(empty the trash, delete or move large files), then add the text again."))  # fmt: skip
            inform(self.window, self.tr("Not added"), self.tr("The text was not added to the library.") + " " + why)
            return
        title = prepared.article.title or prepared.fallback_title
        # its work kept: said as the import report does, by the title it was stored with
        line = brought_back_line(duplicate[1] if duplicate else title, source_id, from_bin) if from_bin else inside(said, title)
        self.status_reported.emit(f"{after} · {line}" if after else line)
        self.source_imported.emit(source_id)
        self.clipping_added.emit(source_id, offer)  # the offer is now for this one, not the last files

    def _already_there(self, source_id: int, title: str) -> None:
        inform(self.window, self.tr("Already in the library"),
               inside(self.tr("This text is already in the library as “%1”."), title))
        self.source_imported.emit(source_id)

    def _as_plain_text(
        self, clipping: Clipping, stem: str, error: IngestError, moment: datetime
    ) -> PreparedFile | None:
        """HTML that makes no article falls back to its plain text; None (and a message) if
        that cannot become a source either."""
        try:
            if clipping.suffix != ".txt" and clipping.text.strip():
                return prepare_bytes(clipping.text.encode("utf-8"), stem + ".txt", reference=moment)
            raise error
        except IngestError as exc:
            inform(self.window, self.tr("Cannot add the text"),
                   self.tr("This text cannot become a source: %1.").replace("%1", translated(str(exc))))
            return None
