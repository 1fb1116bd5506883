"""Changing many sources at once: tag, untag, mark read or unread, delete — each one undo step.

The library table hands a selection here; every change is one `Session.perform`, so `Ctrl+Z`
takes back the whole bulk change, and an undo restores exactly what was there before (a source
that already had the tag keeps it; read dates come back as they were).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core.store import clean_tag, opened_states, restore_opened, set_read
from reader.ui import dialogs
from reader.ui.i18n import Plural
from reader.ui.session import Session
from reader.ui.step_names import named


def tag_sources(session: Session, ids: Sequence[int], name: str) -> int:
    """Give every source the tag; undo takes it only from those that did not have it. How many
    got it (the caller says what was done, in its own words). When all of them have it, say so
    and do nothing (0).

    The name is checked first (ValueError): a refusal inside an undo step would stay on the stack.
    """
    name = clean_tag(name)
    tags = session.store.tags
    untagged = [s.id for s in session.store.sources.summaries(list(ids))
                if name.casefold() not in (t.casefold() for t in s.tags)]  # fmt: skip
    if not untagged:  # said, not silent: the table gave no sign that the click was taken
        session.notice_posted.emit(named(Plural.tr("The %Ln selected source(s) already have the tag %1", "",
                                                   len(ids)), name))  # fmt: skip
        return 0
    session.perform(named(Plural.tr("Tag %Ln source(s) %1", "", len(untagged)), name),
                    lambda: tags.add(untagged, name), lambda: tags.remove(untagged, name))  # fmt: skip
    return len(untagged)


def untag_sources(session: Session, ids: Sequence[int], name: str) -> int:
    """Take the tag from the sources that have it; how many had it. With none of them, say so
    and do nothing (0)."""
    name = clean_tag(name)
    tags = session.store.tags
    tagged = [s.id for s in session.store.sources.summaries(list(ids))
              if name.casefold() in (t.casefold() for t in s.tags)]  # fmt: skip
    if not tagged:  # a tag typed wrong removed nothing from 2,093 sources, and said nothing
        session.notice_posted.emit(named(Plural.tr("None of the %Ln selected source(s) has the tag %1", "",
                                                   len(ids)), name))  # fmt: skip
        return 0
    session.perform(named(Plural.tr("Untag %Ln source(s) %1", "", len(tagged)), name),
                    lambda: tags.remove(tagged, name), lambda: tags.add(tagged, name))  # fmt: skip
    return len(tagged)


def mark_read(session: Session, ids: Sequence[int], read: bool) -> None:
    chosen = list(ids)
    if not chosen:
        return
    db = session.store.db
    before = opened_states(db, chosen)
    if read:
        text = Plural.tr("Mark %Ln source(s) read", "", len(chosen))
    else:
        text = Plural.tr("Mark %Ln source(s) unread", "", len(chosen))
    session.perform(text, lambda: set_read(db, chosen, read), lambda: restore_opened(db, before))


def delete_sources(session: Session, ids: Sequence[int], parent: QWidget | None) -> bool:
    """Ask, naming what goes with them, then move the sources to the bin in one undo step."""
    chosen = list(ids)
    if not chosen:
        return False
    store = session.store
    highlights = sum(s.highlight_count for s in store.sources.summaries(chosen))
    quoted: dict[str, int] = {}
    for source_id in chosen:
        for name, count in store.highlights.briefings_quoting(source_id):
            quoted[name] = quoted.get(name, 0) + count
    question = Plural.tr("Delete %Ln source(s)?", "", len(chosen))
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("BulkActions", "Delete sources"),
                      question, parent=parent)  # fmt: skip
    box.setObjectName("bulkDeleteQuestion")
    # "They have 0 highlights." said nothing worth reading: the count only when there is one.
    parts = [Plural.tr("They have %Ln highlight(s).", "", highlights)] if highlights else []
    if quoted:
        names = ", ".join(QLocale().quoteString(name) for name in sorted(quoted, key=str.casefold))
        leaving = Plural.tr("%Ln quote(s) leave the briefings %1.", "", sum(quoted.values()))
        parts.append(leaving.replace("%1", names))
    parts.append(QCoreApplication.translate("BulkActions", "Edit ▸ Undo brings them back with everything they hold."))
    box.setInformativeText(" ".join(parts))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    # "Delete", as deleting one source says: "Yes" to "Delete 2 sources?" read as a shrug.
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("BulkActions", "&Delete"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if dialogs.run(box) != QMessageBox.StandardButton.Yes:
        return False

    session.perform(Plural.tr("Delete %Ln source(s)", "", len(chosen)),
                    lambda: store.sources.delete_many(chosen), lambda: store.sources.undelete_many(chosen))  # fmt: skip
    session.notice_posted.emit(Plural.tr("Moved %Ln source(s) to the bin (Ctrl+Z brings them back, or File ▸ Bin…)", "", len(chosen)))
    return True


def highlight_ids(session: Session, ids: Sequence[int]) -> list[int]:
    """Every live highlight of the sources, in source then text order (for "Add to briefing")."""
    found: list[int] = []
    for source_id in ids:
        found += [h.id for h in session.store.highlights.for_source(source_id)]
    return found
