"""The reading and notes panes' undoable steps, each a pair of core calls through the session.

Redoing a highlight after undo brings back the *same* highlight (undelete), not a new row, so
an annotation typed on it, and anything pointing at its id, survives undo/redo.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.core.changes import Changes
from reader.core.ingest import BlockRole
from reader.ui.label_names import display_name
from reader.ui.session import Session
from reader.ui.step_names import Bare, named, quoted


class _NewHighlight:
    """`do` of "Highlight": adds a row the first time, undeletes that row on every redo."""

    def __init__(self, session: Session, source_id: int, span: tuple[int, int], label: str) -> None:
        self._session, self._source_id, self._span, self._label = session, source_id, span, label
        self.highlight_id: int | None = None

    def do(self) -> Changes:
        highlights = self._session.store.highlights
        if self.highlight_id is None:
            highlight, changes = highlights.add(self._source_id, *self._span, self._label)
            self.highlight_id = highlight.id
            return changes
        return highlights.undelete(self.highlight_id)

    def undo(self) -> Changes:
        assert self.highlight_id is not None
        return self._session.store.highlights.delete(self.highlight_id)


def add_highlight(session: Session, source_id: int, span: tuple[int, int], label: str) -> int | None:
    """Highlight a reading-text span with a label; returns the new highlight's id."""
    step = _NewHighlight(session, source_id, span, label)
    source = session.store.sources.get(source_id)
    passage = source.reading_text[span[0] : span[1]] if source is not None else ""
    text = named(QCoreApplication.translate("Undo", "Highlight %1 as %2"), passage, Bare(display_name(session, label)))
    session.perform(text, step.do, step.undo)
    return step.highlight_id


def _passage(session: Session, highlight_id: int) -> str:
    """The highlighted words, which name a step on a highlight ("" if it is gone)."""
    highlight = session.store.highlights.get(highlight_id)
    return highlight.exact if highlight is not None else ""


def delete_highlight(session: Session, highlight_id: int) -> None:
    """Delete a highlight (Del), saying so with the way back — and, when briefings quote it,
    that their quote goes too: a Del on a quoted highlight left "(this highlight was deleted)"
    in the briefing without a word, where deleting its source asks first and names them."""
    store, passage = session.store, _passage(session, highlight_id)
    quoting = (b.name for b in store.briefings.all() if any(i.highlight_id == highlight_id for i in store.briefings.items(b.id)))
    briefings = sorted(quoting, key=str.casefold)  # by name, as the delete question lists them
    session.perform(
        named(QCoreApplication.translate("Undo", "Delete highlight %1"), passage),
        lambda: store.highlights.delete(highlight_id),
        lambda: store.highlights.undelete(highlight_id),
    )
    said = named(QCoreApplication.translate("Undo", "Deleted the highlight %1 (Ctrl+Z brings it back)"), passage)
    if briefings:
        said = named(QCoreApplication.translate("Undo", "Deleted the highlight %1 and its quote in %2 (Ctrl+Z brings "
                                                "both back)"), passage, Bare(", ".join(quoted(b) for b in briefings)))  # fmt: skip
    session.notice_posted.emit(said)


def annotation_step(session: Session, highlight_id: int) -> str:
    """What saving typing in the annotation is called on the undo stack (and in Edit ▸ Undo)."""
    return named(QCoreApplication.translate("Undo", "Edit annotation on %1"), _passage(session, highlight_id))


def edit_annotation(session: Session, highlight_id: int, old: str, new: str) -> None:
    """Save a burst of typing in an annotation, only over `old` (`ChangedElsewhereError` when
    another program wrote another meanwhile: `GuardedText` asks then)."""
    highlights = session.store.highlights
    session.perform(
        annotation_step(session, highlight_id),
        lambda: highlights.update(highlight_id, annotation=new, expected_annotation=old),
        lambda: highlights.update(highlight_id, annotation=old),
    )


def set_label(session: Session, highlight_id: int, old: str, new: str) -> None:
    """Give a highlight another label (colour): one undoable step."""
    highlights = session.store.highlights
    text = named(QCoreApplication.translate("Undo", "Label %1 as %2"), _passage(session, highlight_id),
                 Bare(display_name(session, new)))  # fmt: skip
    session.perform(
        text,
        lambda: highlights.update(highlight_id, label=new),
        lambda: highlights.update(highlight_id, label=old),
    )


def note_step(session: Session, source_id: int) -> str:
    """What saving typing in a summary note is called on the undo stack (and in Edit ▸ Undo)."""
    source = session.store.sources.get(source_id)
    return named(QCoreApplication.translate("Undo", "Edit summary note on %1"), source.title if source else "")


def edit_note(session: Session, source_id: int, old: str, new: str) -> None:
    """Save a burst of typing in a summary note as one undoable step, like an annotation, only
    over `old`."""
    notes = session.store.notes
    session.perform(
        note_step(session, source_id),
        lambda: notes.set(source_id, new, expected=old),
        lambda: notes.set(source_id, old),
    )


def set_block_role(
    session: Session, source_id: int, block_index: int, old: BlockRole, new: BlockRole
) -> None:
    """Restore a set-aside block (new = BODY) or hide a body block; highlights re-anchor."""
    content = session.store.content
    if new is BlockRole.BODY:
        text = QCoreApplication.translate("Undo", "Restore block")
    else:
        text = QCoreApplication.translate("Undo", "Hide block")
    session.perform(
        text,
        lambda: content.set_block_role(source_id, block_index, new),
        lambda: content.set_block_role(source_id, block_index, old),
    )


def add_tag(session: Session, source_id: int, name: str) -> None:
    """Tag a source (a new tag is created); the caller passes a name `clean_tag` accepts."""
    tags = session.store.tags
    session.perform(
        named(QCoreApplication.translate("Undo", "Add tag %1"), name),
        lambda: tags.add([source_id], name),
        lambda: tags.remove([source_id], name),
    )


def remove_tag(session: Session, source_id: int, name: str) -> None:
    tags = session.store.tags
    session.perform(
        named(QCoreApplication.translate("Undo", "Remove tag %1"), name),
        lambda: tags.remove([source_id], name),
        lambda: tags.add([source_id], name),
    )
