"""Renaming and deleting a whole briefing from the composer, each one undoable step.

The composer shows and edits one briefing's items; these two act on the briefing itself and
carry promises of their own: a rename into a name another briefing has is refused before the
step is pushed (a first redo that fails would stay on the undo stack), and a delete asks
nothing but says how to get the briefing back, as deleting a saved search does. Their words
stay in the BriefingComposer context, where they were translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reader.ui import dialogs
from reader.ui.session import Session
from reader.ui.step_names import inside, named


def rename_briefing(session: Session, parent: QWidget, briefing_id: int, old: str) -> str | None:
    """Ask for a new name for the briefing now named `old` and rename it; why it was refused
    (for the status line), else None."""
    repo = session.store.briefings
    name = dialogs.ask_text(parent, QCoreApplication.translate("BriefingComposer", "Rename briefing"),
                            QCoreApplication.translate("BriefingComposer", "New name:"), text=old)  # fmt: skip
    if not name or name == old:
        return None
    # Refused before the step is pushed: a failing first redo would stay on the undo stack.
    taken = repo.find(name)
    if taken is not None and taken.id != briefing_id:
        return inside(QCoreApplication.translate("BriefingComposer", "a briefing named “%1” already exists"), taken.name)
    session.perform(named(QCoreApplication.translate("BriefingComposer", "Rename briefing %1 → %2"), old, name),
                    lambda: repo.rename(briefing_id, name), lambda: repo.rename(briefing_id, old))  # fmt: skip
    return None


def delete_briefing(session: Session, briefing_id: int) -> None:
    """Delete the briefing in one click, no question asked, and say how to get it back."""
    repo = session.store.briefings
    snapshot = repo.snapshot(briefing_id)
    session.perform(
        named(QCoreApplication.translate("BriefingComposer", "Delete briefing %1"), snapshot.briefing.name),
        lambda: repo.delete(snapshot.briefing.id),
        lambda: repo.restore(snapshot),
    )  # one click, no question: say how to get it back, as deleting a saved search does
    session.notice_posted.emit(inside(QCoreApplication.translate(
        "BriefingComposer", "Deleted briefing “%1” (Ctrl+Z brings it back)"), snapshot.briefing.name))  # fmt: skip
