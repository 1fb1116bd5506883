"""What the window says of the user's work on a binned source: what an import that brought it
back held (`SourceRepo.add_or_bring_back`; the import report's row and the paste's status line
use the same words, so the two cannot drift apart), and what deleting sources for good loses
(the bin's question; `Lost.english` is `briefing bin purge`'s, in the same order)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.core.models import FromBin
from reader.core.store import Lost
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
    parts += [translate("ImportReport", "its edited details")] if held.edited else []
    parts += [translate("ImportReport", "its story grouping set by hand")] if held.by_hand else []
    said = translate("ImportReport", "brought back from the bin with %1").replace("%1", _listed(parts))
    return said + (translate("ImportReport", "; its text kept as it was") if held.text_differs else "")


def brought_back_line(title: str, source_id: int, held: FromBin) -> str:
    """ "“Title” (#12): brought back from the bin with 3 highlights" (`brought_back`)."""
    return inside(QCoreApplication.translate("ImportReport", "“%1” (#%2): %3"), title, str(source_id), brought_back(held))


def lost_words(lost: Lost, one: bool = False) -> str:
    """ "3 highlights, 1 annotation, 2 notes, 4 tags, edits to 1 source and the story grouping
    of 1 source set by hand" — the bin's question; of `one` source "its note", "its edited
    details", "its story grouping set by hand" (as `Lost.english`); "" when nothing of the user's goes."""
    translate = QCoreApplication.translate
    parts = [Plural.tr("%Ln highlight(s)", "", lost.highlights)] if lost.highlights else []
    parts += [Plural.tr("%Ln annotation(s)", "", lost.annotations)] if lost.annotations else []
    if lost.notes:
        parts.append(translate("ImportReport", "its note", "lost with it") if one
                     else Plural.tr("%Ln note(s)", "", lost.notes))  # fmt: skip
    parts += [Plural.tr("%Ln tag(s)", "", lost.tags)] if lost.tags else []
    if lost.edited:
        parts.append(translate("ImportReport", "its edited details", "lost with it") if one
                     else Plural.tr("edits to %Ln source(s)", "", lost.edited))  # fmt: skip
    if lost.by_hand:
        parts.append(translate("ImportReport", "its story grouping set by hand", "lost with it") if one
                     else Plural.tr("the story grouping of %Ln source(s) set by hand", "", lost.by_hand))  # fmt: skip
    return _listed(parts)


def _listed(parts: list[str]) -> str:
    """ "a, b and c" in the window's language ("" for none)."""
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + QCoreApplication.translate("ImportReport", " and ") + parts[-1]
