"""What the composer's list shows for each briefing item: a heading in bold, a text's outline,
a quote with its source and annotation.

Kept apart from the composer so the composer holds only its behaviour (selection, undoable
steps, export); the words stay in the composer's translation context, so the catalogue keeps
them where they were.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidgetItem

from reader.core.briefing_model import BriefingItem, ItemKind
from reader.core.store import Store
from reader.ui.briefing.outline_delegate import HeadingRole, outline_text

ItemIdRole = Qt.ItemDataRole.UserRole + 1


def list_item(store: Store, item: BriefingItem) -> QListWidgetItem:
    """The list's row for `item`, carrying its id (`ItemIdRole`)."""
    entry = QListWidgetItem()
    entry.setData(ItemIdRole, item.id)
    if item.kind is ItemKind.HEADING:
        entry.setText(item.text)
        entry.setData(HeadingRole, True)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        entry.setFont(font)
    elif item.kind is ItemKind.TEXT:
        entry.setText(outline_text(item.text) or QCoreApplication.translate("BriefingComposer", "(empty text)"))
    else:
        entry.setText(quote_line(store, item))
    return entry


def quote_line(store: Store, item: BriefingItem) -> str:
    """A quote as the list shows it: the passage, its source's title, its annotation."""
    highlight = store.highlights.get(item.highlight_id or 0)
    if highlight is None:
        return "❝ " + QCoreApplication.translate("BriefingComposer", "(this highlight was deleted)")
    source = store.sources.get(highlight.source_id)
    quote = f"❝ {' '.join(highlight.exact.split())}"
    if source is None:  # in the bin: the export leaves the quote out, so say so here
        return f"{quote}\n  — " + QCoreApplication.translate("BriefingComposer", "(its source was deleted: not in the export)")
    note = " ".join(highlight.annotation.split())
    return f"{quote}\n  — {source.title}" + (f"\n  ✎ {note}" if note else "")
