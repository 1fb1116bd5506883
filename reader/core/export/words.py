"""The words an export writes itself, in German or English.

A German consultant's briefing says "Quellen" and "Absatz 2", an English colleague's "Sources"
and "paragraph 2"; the user's own text, the article quotes and the front matter (keys as
Obsidian expects them, dates in ISO 8601) are the same in both. Label names come from
`reader.core.labels` in the same language.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.footnotes import cited_day


@dataclass(frozen=True, slots=True)
class Words:
    language: str
    highlights: str  # section title over a source's highlights
    sources: str  # section title over a briefing's list of sources
    paragraph: str  # "paragraph {n}"
    orphaned: str  # where an orphaned highlight's paragraph would be
    untitled: str
    export_title: str  # a combined file's title when none was given
    tags: str  # "tags: …" in a combined file's metadata line
    library: str  # a combined file's title for the whole library …
    selection: str  # … and for sources chosen one by one

    def date(self, iso: str) -> str:
        """A citation's date: 2025-10-28 in English, 28.10.2025 in German."""
        return cited_day(iso, self.language)


ENGLISH = Words("en", "Highlights", "Sources", "paragraph {n}",
                "passage no longer found in the text", "Untitled", "Export", "tags", "Library", "Selection")  # fmt: skip
GERMAN = Words("de", "Markierungen", "Quellen", "Absatz {n}",
               "Stelle nicht mehr im Text gefunden", "Ohne Titel", "Export", "Schlagwörter", "Bibliothek",
               "Auswahl")  # fmt: skip


def words(language: str) -> Words:
    """The words for `language` ("de" or "en"; anything else is English)."""
    return GERMAN if language == "de" else ENGLISH


def scope_title(whole_library: bool, language: str) -> str:
    """A combined file's title for the whole library or for sources chosen one by one, in the
    export's language: `briefing export --all --single-file` titled a German export "Library"."""
    chosen = words(language)
    return chosen.library if whole_library else chosen.selection
