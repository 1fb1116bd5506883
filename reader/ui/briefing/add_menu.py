""""Add to briefing": the one menu the reading view and the Highlights view both offer.

Both places list the library's briefings plus "New briefing…", and adding is one undoable step,
so the two entry points cannot drift apart. A briefing's name is asked through `dialogs.run`,
which tests answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from reader.core.changes import Changes
from reader.core.store import clean_name
from reader.ui import dialogs
from reader.ui.i18n import Plural
from reader.ui.letters import letter_of, with_letter
from reader.ui.read_only import editing_menu
from reader.ui.session import Session
from reader.ui.step_names import inside, named


def ask_briefing_name(parent: QWidget | None, title: str | None = None) -> str | None:
    """The name the user typed for a new briefing, or None when they cancelled."""
    title = title or QCoreApplication.translate("BriefingMenu", "New briefing")
    return dialogs.ask_text(parent, title, QCoreApplication.translate("BriefingMenu", "Name of the briefing:"))


def create_briefing(session: Session, name: str) -> int | None:
    """Create a briefing as an undoable step; its id, or None (and a message) if refused.

    The name is checked before the step is pushed: an exception inside an undo command's
    first redo would leave a broken step on the stack.
    """
    repo = session.store.briefings
    try:
        name = clean_name(name)
    except ValueError as exc:
        session.error_raised.emit(str(exc))
        return None
    if repo.find(name) is not None:
        session.error_raised.emit(
            inside(QCoreApplication.translate("BriefingMenu", "a briefing named “%1” already exists"), name)
        )
        return None
    created: list[int] = []

    def do() -> Changes:
        briefing, changes = repo.create(name)
        created[:] = [briefing.id]
        return changes

    session.perform(named(QCoreApplication.translate("BriefingMenu", "New briefing %1"), name), do, lambda: repo.delete(created[0]))
    return created[0] if created else None


def add_to_briefing(
    session: Session, briefing_id: int, highlight_ids: Sequence[int], position: int | None = None
) -> None:
    """Add highlights to a briefing (at the end, or at `position`: a drop) as one undoable
    step, and say so in the status bar. A highlight the briefing quotes already is not added
    again (B pressed twice quoted the same passage twice), nor one deleted since it was chosen
    (dragged while a terminal deleted it, or still listed while All highlights reads its list
    again): adding it failed with an error box and added none of the others."""
    repo = session.store.briefings
    briefing = repo.get(briefing_id)
    if briefing is None:
        return
    there = [i for i in highlight_ids if session.store.highlights.get(i) is not None]
    if highlight_ids and not there:
        session.notice_posted.emit(
            inside(QCoreApplication.translate("BriefingMenu", "Deleted meanwhile: nothing added to “%1”"), briefing.name)
        )
        return
    highlight_ids = there
    ids = repo.not_quoted(briefing_id, highlight_ids)
    if not ids:
        if highlight_ids:
            session.notice_posted.emit(
                inside(QCoreApplication.translate("BriefingMenu", "Already in the briefing “%1”"), briefing.name)
            )
        return
    added: list[int] = []

    def do() -> Changes:
        items, changes = repo.add_highlights(briefing_id, ids, position)
        added[:] = [i.id for i in items]
        return changes

    def undo() -> Changes:
        changes = Changes()
        for item_id in reversed(added):
            changes |= repo.remove_item(item_id)
        return changes

    session.perform(Plural.tr("Add %Ln highlight(s) to briefing", "", len(ids)), do, undo)
    session.notice_posted.emit(
        inside(Plural.tr("Added %Ln highlight(s) to the briefing “%1”", "", len(ids)), briefing.name)
    )


def fill_briefing_menu(
    menu: QMenu, session: Session, highlight_ids: Callable[[], list[int]], parent: QWidget
) -> None:
    """Fill `menu` with one entry per briefing and "New briefing…"; each adds the highlights,
    and each has a letter of its own. A library open read-only leaves it empty and off, saying
    why. The briefing the docked composer shows comes first, where Enter takes it (B, Enter):
    listed most recently changed first, the one changed last came first, and a passage went
    into a briefing the user was not looking at."""
    menu.clear()
    if not editing_menu(menu, session):
        return
    new = QCoreApplication.translate("BriefingMenu", "&New briefing…")
    taken = {letter_of(new) or ""}  # a briefing's name is the user's: its letter is chosen here
    composing = session.composing()
    for briefing in sorted(session.store.briefings.all(), key=lambda b: b.id != composing):
        action = menu.addAction(with_letter(briefing.name, taken))
        taken.add(letter_of(action.text()) or "")
        action.triggered.connect(
            lambda _=False, b=briefing.id: add_to_briefing(session, b, highlight_ids())
        )
    menu.addSeparator()
    menu.addAction(new).triggered.connect(lambda: _add_to_new_briefing(session, highlight_ids(), parent))


def _add_to_new_briefing(session: Session, highlight_ids: list[int], parent: QWidget) -> None:
    name = ask_briefing_name(parent)
    briefing_id = create_briefing(session, name) if name else None
    if briefing_id is not None:
        add_to_briefing(session, briefing_id, highlight_ids)
