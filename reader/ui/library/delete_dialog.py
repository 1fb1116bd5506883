"""Source ▸ Delete: asking first, and saying what would go with the source.

The question names the source and counts its highlights and whether it has a summary note,
because those are the user's own work; it also says that Undo brings everything back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core.footnotes import nested
from reader.ui.i18n import Plural, current_language


def describe_loss(highlight_count: int, has_note: bool) -> str:
    """"3 highlights and a summary note" / "no highlights and no note"."""
    if highlight_count == 0:
        return (QCoreApplication.translate("DeleteSource", "no highlights and a summary note") if has_note
                else QCoreApplication.translate("DeleteSource", "no highlights and no note"))  # fmt: skip
    if has_note:
        return Plural.tr("%Ln highlight(s) and a summary note", "", highlight_count)
    return Plural.tr("%Ln highlight(s) and no note", "", highlight_count)


def describe_briefings(quoted: Sequence[tuple[str, int]]) -> str:
    """What leaves the briefings with the source: "Its 2 quotes leave the briefing “Japan” …"."""
    if not quoted:
        return ""
    count = sum(n for _name, n in quoted)
    names = ", ".join(QLocale().quoteString(name) for name, _n in quoted)
    if count == 1:
        text = QCoreApplication.translate(
            "DeleteSource", "Its quote leaves the briefing %1, and that briefing's export."
        )
    elif len(quoted) == 1:
        text = Plural.tr("Its %Ln quotes leave the briefing %1, and that briefing's export.", "", count)
    else:
        text = Plural.tr("Its %Ln quotes leave the briefings %1, and their exports.", "", count)
    return text.replace("%1", names) + " "


def delete_question(
    title: str, highlight_count: int, has_note: bool, parent: QWidget | None = None,
    quoted: Sequence[tuple[str, int]] = (),
) -> QMessageBox:
    """The confirmation box; `exec()` returns QMessageBox.StandardButton.Yes to delete.

    `quoted` names the briefings that quote the source, with how many quotes each: deleting
    takes those quotes out of them, which the user must hear before, not find in an export.
    """
    box = QMessageBox(parent)
    box.setObjectName("deleteQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("DeleteSource", "Delete source"))
    translate = QCoreApplication.translate
    box.setText(translate("DeleteSource", "Delete “%1”?").replace("%1", nested(title, current_language())))
    box.setInformativeText(
        translate("DeleteSource", "It has %1.").replace("%1", describe_loss(highlight_count, has_note))
        + " "
        + describe_briefings(quoted)
        + translate("DeleteSource", "Edit ▸ Undo brings it back with everything it holds.")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("DeleteSource", "&Delete"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box
