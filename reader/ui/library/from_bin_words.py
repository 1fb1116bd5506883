"""What the window says of an import that brought a source back from the bin with the user's
work on it (`SourceRepo.add_or_bring_back`): the import report's row and the paste's status
line use the same words, so the two cannot drift apart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.core.models import FromBin
from reader.ui.i18n import Plural
from reader.ui.step_names import inside


def brought_back(held: FromBin) -> str:
    """What an import that took a source out of the bin says of it: "brought back from the bin
    with 3 highlights, 1 annotation and its note" (the report's row, the paste's status line)."""
    translate = QCoreApplication.translate
    parts = [Plural.tr("%Ln highlight(s)", "", held.highlights)] if held.highlights else []
    parts += [Plural.tr("%Ln annotation(s)", "", held.annotations)] if held.annotations else []
    parts += [translate("ImportReport", "its note")] if held.has_note else []
    parts += [Plural.tr("%Ln tag(s)", "after with", held.tags)] if held.tags else []  # German: dative
    listed = parts[-1] if len(parts) < 2 else ", ".join(parts[:-1]) + translate("ImportReport", " and ") + parts[-1]
    said = translate("ImportReport", "brought back from the bin with %1").replace("%1", listed)
    return said + (translate("ImportReport", "; its text kept as it was") if held.text_differs else "")


def brought_back_line(title: str, source_id: int, held: FromBin) -> str:
    """ "“Title” (#12): brought back from the bin with 3 highlights" (`brought_back`)."""
    return inside(QCoreApplication.translate("ImportReport", "“%1” (#%2): %3"), title, str(source_id), brought_back(held))
