"""A new heading or text in a briefing, as one undoable step.

Two places add one: the composer's Add heading / Add text (after the current item) and the
item editor's "Keep as a new item" (a text whose item was deleted elsewhere, at the end). They
differ only in where it goes, so the step, its name and its undo are made here once. The words
stay in the BriefingComposer context, where they were translated.
"""

from __future__ import annotations

from collections.abc import Callable
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication

from reader.core.briefing_model import BriefingItem, ItemKind
from reader.core.changes import Changes
from reader.ui.session import Session

# The step that made each item made in a session, by the item's id (its own `object()`, the same
# at every redo; its undo gives the number back to the maker before it). The library gives a new
# item the number of one whose creation was undone, so typing kept for the old one by its number
# (`GuardedText`) was offered the new one as Redo.
_MADE_BY: WeakKeyDictionary[Session, dict[int, object]] = WeakKeyDictionary()


def item_key(session: Session, item_id: int) -> tuple[int, object]:
    """What names one item for the typing kept for it: its id and the step that made it (None
    for an item the session did not make). Removed and put back by Ctrl+Z, an item is the
    same; made anew on the number of one undone, it is another."""
    return item_id, _MADE_BY.get(session, {}).get(item_id)


def add_new_item(session: Session, briefing_id: int, kind: ItemKind, text: str, position: int | None,
                 step: str | None = None, added: Callable[[BriefingItem], None] | None = None) -> int:
    """Add a heading or a text at `position` (None: at the end); `step` names it on the undo
    stack when it is more than typed text ("Insert chronology"); `added` is told the new item
    each time it is made (the first time and at every redo). The new item's id: a step that
    could not be made (a full disk, the library busy) raises, as `Session.perform` does."""
    repo = session.store.briefings
    made: list[int] = []
    maker = object()  # this step, at its first doing and at every redo (`item_key`)
    makers = _MADE_BY.setdefault(session, {})
    before: list[object] = []  # the number's maker before this step took it, given back by its undo

    def do() -> Changes:
        add = repo.add_heading if kind is ItemKind.HEADING else repo.add_text
        item, changes = add(briefing_id, text, position)
        made[:] = [item.id]
        before[:] = [makers.get(item.id)]
        makers[item.id] = maker
        if added is not None:
            added(item)
        return changes

    def undo() -> Changes:
        """The item goes, and its number is no longer this step's: an item removed before and
        brought back on it by the next Ctrl+Z is its own maker's, not taken for this one."""
        changes = repo.remove_item(made[0])
        if before[0] is None:
            makers.pop(made[0], None)
        else:
            makers[made[0]] = before[0]
        return changes

    name = step or (QCoreApplication.translate("BriefingComposer", "Add heading") if kind is ItemKind.HEADING
                    else QCoreApplication.translate("BriefingComposer", "Add text"))  # fmt: skip
    session.perform(name, do, undo)
    return made[0]
