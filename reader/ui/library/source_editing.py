"""Changing a source from the window: metadata and deletion, each one undoable step.

Both ask first (the metadata form, the delete question) and then hand a pair of core calls —
the change and its inverse — to `Session.perform`, so Edit ▸ Undo restores exactly what was
there, including whether the title was one the app had derived.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from reader.core.changes import Changes
from reader.ui import dialogs
from reader.ui.library.delete_dialog import delete_question
from reader.ui.library.metadata_dialog import MetadataDialog
from reader.ui.session import Session
from reader.ui.step_names import named


class SourceEditor:
    def __init__(self, session: Session, window: QWidget) -> None:
        self.session = session
        self.window = window

    def edit_metadata(self, source_id: int) -> bool:
        """Open the form; True when something was changed."""
        store = self.session.store
        source = store.sources.get(source_id)
        if source is None:
            return False
        dialog = MetadataDialog(source, self.window)
        if dialogs.run(dialog) != QDialog.DialogCode.Accepted or not dialog.changes():
            return False
        new = dialog.changes()
        old: dict[str, Any] = {name: getattr(source, name) for name in new}
        was_derived = source.title_derived

        def undo() -> Changes:
            changes = store.sources.update_metadata(source_id, **old)
            if "title" in old and was_derived:
                changes |= store.sources.set_title_derived(source_id, True)
            return changes

        self.session.perform(
            named(QCoreApplication.translate("SourceEditor", "Edit metadata of %1"), source.title),
            lambda: store.sources.update_metadata(source_id, **new),
            undo,
        )
        return True

    def delete(self, source_id: int) -> bool:
        """Ask, then move the source to the bin; True when it was deleted."""
        store = self.session.store
        source = store.sources.get(source_id)
        if source is None:
            return False
        highlights = len(store.highlights.for_source(source_id))
        has_note = bool(store.notes.get(source_id).body.strip())
        quoted = store.highlights.briefings_quoting(source_id)
        question = delete_question(source.title, highlights, has_note, self.window, quoted)
        if dialogs.run(question) != QMessageBox.StandardButton.Yes:
            return False
        self.session.perform(
            named(QCoreApplication.translate("SourceEditor", "Delete source %1"), source.title),
            lambda: store.sources.delete(source_id),
            lambda: store.sources.undelete(source_id),
        )
        # Said as deleting a tag, a saved search or a briefing says it: the next source came up
        # in its place without a word, and the question's "Edit ▸ Undo" was gone with it.
        self.session.notice_posted.emit(named(QCoreApplication.translate(
            "SourceEditor", "Moved %1 to the bin (Ctrl+Z brings it back, or File ▸ Bin…)"), source.title))  # fmt: skip
        return True
