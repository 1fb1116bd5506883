""""All sources" in the tag list shows every source, as Zotero's "My Library" does.

Seen in the walk: a click on "Alle Quellen (7)" left the entity chip and the saved search in
place, and the list went on showing 6 sources under a row that promised all of them (a click on
the row already chosen did nothing at all). Choosing it now also clears the entity the list is
narrowed to, as the chip's ✕ does, and the saved search the library shows, its words and filters
with it: they were its narrowing, not the user's. Words typed and filters chosen by hand stay, as
they stay when any other tag is chosen (the search then runs in every source); the status bar
says what was cleared. Nothing is lost: the saved search is still listed, a click puts it back.

Seen in the next walk: while a saved search or an entity chip narrowed the list, the row still
stood chosen (highlighted) over 5 of 6 sources, reading as if all were shown. It is not chosen
then (`narrowed_elsewhere`): the saved search's row is, or, for an entity chip alone, none. It
stays the tag list's current row, so the arrow keys go on from the top as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent

from reader.core.store import SourceFilter
from reader.ui.library.source_model import TagNameRole
from reader.ui.step_names import inside

if TYPE_CHECKING:
    from reader.ui.library.library_pane import LibraryPane


def is_all_sources(index: QModelIndex) -> bool:
    """Whether `index` is the tag list's "All sources" row."""
    return index.isValid() and index.data(TagNameRole) is None


def narrowed_elsewhere(pane: LibraryPane) -> bool:
    """Whether a saved search or an entity narrows the list, so that "All sources", when it is
    the tag, is not drawn chosen."""
    return pane.saved.active() is not None or pane.filters.entity is not None


def bind(pane: LibraryPane) -> None:
    """A click on "All sources", and Space or Enter on it, show every source (`show_all`) also
    while it is already the tag list's current row, which changing the row alone would not."""
    pane.tag_view.clicked.connect(lambda index: is_all_sources(index) and show_all(pane))
    _ChoiceKeys(pane)


# Enter on the keypad comes with the keypad modifier.
_NO_MODIFIER = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class _ChoiceKeys(QObject):
    """Space and Enter on "All sources" in the tag list: claimed when they clear a narrowing,
    left to the list otherwise (Space selects, Enter activates, as on any row)."""

    _KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def __init__(self, pane: LibraryPane) -> None:
        super().__init__(pane.tag_view)
        self._pane = pane
        pane.tag_view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in self._KEYS and event.modifiers() in _NO_MODIFIER
                and is_all_sources(self._pane.tag_view.currentIndex()) and show_all(self._pane)):  # fmt: skip
            return True
        return super().eventFilter(watched, event)


def show_all(pane: LibraryPane) -> bool:
    """Every source: the tag, the entity and a saved search shown cleared together, the list
    reloaded once. False (nothing done) when neither an entity nor a saved search narrows it;
    asked before the tag changes, which a saved search's match reads."""
    saved, entity = pane.saved.active(), pane.filters.entity_label
    if saved is None and entity is None:
        return False
    text = "" if saved is not None else pane.search_box.text()
    filters = SourceFilter() if saved is not None else pane.filters.current()
    pane.show_search(text, None, filters, None)
    if saved is not None:
        said = inside(QCoreApplication.translate("AllSources", "All sources: the saved search “%1” no longer narrows the list"),
                      saved.name)  # fmt: skip
    else:
        said = inside(QCoreApplication.translate("AllSources", "All sources: no longer only the sources naming “%1”"),
                      entity or "")  # fmt: skip
    pane.session.notice_posted.emit(said)
    return True
