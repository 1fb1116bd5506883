"""Dragging highlights into the composer: one MIME type that the notes pane and All highlights
put highlight ids in, and the composer's list accepts at the row where they are dropped.

Ids, not text: a drop adds the highlights themselves (with their citations and annotations),
exactly as "Add to briefing" does, as one undoable step.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QListWidget

HIGHLIGHTS_MIME = "application/x-briefing-reader-highlights"


def highlights_mime(ids: Iterable[int]) -> QMimeData:
    """Mime data carrying highlight ids (in order, each once)."""
    unique = list(dict.fromkeys(int(i) for i in ids))
    mime = QMimeData()
    mime.setData(HIGHLIGHTS_MIME, json.dumps(unique).encode())
    return mime


def dropped_highlights(mime: QMimeData) -> list[int]:
    """The highlight ids in a drag, or [] when it carries none (or something malformed)."""
    if not mime.hasFormat(HIGHLIGHTS_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(HIGHLIGHTS_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    return [i for i in ids if isinstance(i, int)] if isinstance(ids, list) else []


class HighlightDrops(QObject):
    """Lets a list take highlight drops (its own drag-to-reorder stays as it was)."""

    def __init__(self, items: QListWidget, dropped: Callable[[list[int], int | None], None]) -> None:
        """`dropped(ids, position)`: position is the row dropped on, None for the end."""
        super().__init__(items)
        self._items, self._dropped = items, dropped
        items.viewport().setAcceptDrops(True)
        items.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, (QDragEnterEvent, QDragMoveEvent)) and dropped_highlights(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return True
        if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            ids = dropped_highlights(event.mimeData())
            if ids:
                row = self._items.indexAt(event.position().toPoint()).row()
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                self._dropped(ids, row if row >= 0 else None)
                return True
        return False
