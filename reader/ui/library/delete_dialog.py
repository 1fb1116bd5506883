"""Source ▸ Delete: asking first, and saying what would go with the source.

The question names the source and counts its highlights and whether it has a summary note,
because those are the user's own work; it also says that Undo brings everything back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def describe_loss(highlight_count: int, has_note: bool) -> str:
    """"3 highlights and a summary note" / "no highlights and no note"."""
    highlights = {0: "no highlights", 1: "1 highlight"}.get(
        highlight_count, f"{highlight_count} highlights"
    )
    return f"{highlights} and {'a summary note' if has_note else 'no note'}"


def delete_question(
    title: str, highlight_count: int, has_note: bool, parent: QWidget | None = None
) -> QMessageBox:
    """The confirmation box; `exec()` returns QMessageBox.StandardButton.Yes to delete."""
    box = QMessageBox(parent)
    box.setObjectName("deleteQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Delete source")
    box.setText(f"Delete “{title}”?")
    box.setInformativeText(
        f"It has {describe_loss(highlight_count, has_note)}. "
        "Edit ▸ Undo brings it back with everything it holds."
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText("Delete")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box
