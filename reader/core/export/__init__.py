"""Markdown out: one file per source, one combined file, a briefing with numbered citations.

The face is what the CLI and the window call: the three `export_*` writers with their
`ExportReport`, `Conflict`, `KeptCopy` and `ExportWriteError`, `copy_as_markdown` for the
clipboard and `scope_title` for a combined file's name. Documents (`documents`, `briefing`),
front matter, citations, Markdown escaping and safe file paths are private to the package.
"""

from reader.core.export.briefing import BriefingText
from reader.core.export.documents import copy_as_markdown
from reader.core.export.words import scope_title
from reader.core.export.writer import (
    Conflict,
    ExportReport,
    ExportWriteError,
    KeptCopy,
    briefing_file_in,
    briefing_file_name,
    briefing_markdown,
    export_briefing,
    export_combined,
    export_sources,
)

__all__ = [
    "BriefingText",
    "Conflict",
    "ExportReport",
    "ExportWriteError",
    "KeptCopy",
    "briefing_file_in",
    "briefing_file_name",
    "briefing_markdown",
    "copy_as_markdown",
    "export_briefing",
    "export_combined",
    "export_sources",
    "scope_title",
]
