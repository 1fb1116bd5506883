"""What the import report says to do instead, for a file it refused of a type people often try
to import: a PDF or a word processor's document has its text copied and pasted as a new source;
a file one may not read is seen to, or copied to a folder of one's own first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

# A word processor's files. Named without a way forward ("not an article file (.docx)", "not a
# text file (ZIP archive (or Office document))"), a consultant's memo in Word was a dead end where
# a PDF beside it had one.
_WORD_SUFFIXES = (".docx", ".doc", ".odt", ".rtf", ".pages")


def advice(reason: str, path: str = "") -> str:
    """What to do instead, for a file type people often try (a PDF, a Word document): copy its
    text and paste; for a file one may not read ("permission denied" said no more): see to its
    permissions, or import a copy."""
    if reason == "permission denied":  # the file's own; a folder's reason names the folder
        return QCoreApplication.translate(
            "ImportReport",
            " — check that you may read the file (its permissions), or copy it to a folder of your own "
            "and import the copy",
        )
    if "pdf" in reason.casefold():
        return QCoreApplication.translate(
            "ImportReport",
            " — open the PDF, select its text, copy it and use File ▸ Paste as new source (Ctrl+Shift+V)",
        )
    if Path(path).suffix.casefold() in _WORD_SUFFIXES:
        return QCoreApplication.translate(
            "ImportReport",
            " — open the document in its word processor, select its text, copy it and use File ▸ Paste "
            "as new source (Ctrl+Shift+V)",
        )
    return ""
