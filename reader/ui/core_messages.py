"""The core's messages in the window's language.

The core (and the `briefing` command that prints its messages) speaks English: an import
reason such as "not a text file (PDF document)", a search the parser refuses ("invalid search:
before: takes a date like …"), a name a briefing cannot have. The window shows them to people
who may read German, so each known message is matched here and said again from a translated
template, its variable parts (a file type, a filter, a number) carried over. A message not
known here is shown as it is: better English than nothing.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreMessages"

# (what the core says, as a pattern; the same message as a translatable template).
_MESSAGES: tuple[tuple[str, str], ...] = (  # type: ignore[assignment]  # stub: QT_TRANSLATE_NOOP returns its message, typed object
    (r"not stored: the library could not be written \((.*)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "not stored: the library could not be written (%1)")),
    (r"database or disk is full", QT_TRANSLATE_NOOP("CoreMessages", "database or disk is full")),
    (r"invalid search: (.+)", QT_TRANSLATE_NOOP("CoreMessages", "invalid search: %1")),
    (r"too long \(at most ([\d,.]+) characters\)",
     QT_TRANSLATE_NOOP("CoreMessages", "too long (at most %1 characters)")),
    (r"OR joins words and phrases, not filters",
     QT_TRANSLATE_NOOP("CoreMessages", "OR joins words and phrases, not filters")),
    (r"a word after OR cannot be excluded with -",
     QT_TRANSLATE_NOOP("CoreMessages", "a word after OR cannot be excluded with -")),
    (r"too many words \(at most (\d+)\)", QT_TRANSLATE_NOOP("CoreMessages", "too many words (at most %1)")),
    (r"(\w+): needs a value", QT_TRANSLATE_NOOP("CoreMessages", "%1: needs a value")),
    (r"in: takes article, highlight or note",
     QT_TRANSLATE_NOOP("CoreMessages", "in: takes article, highlight or note")),
    (r"no highlight label “(.*)”", QT_TRANSLATE_NOOP("CoreMessages", "no highlight label “%1”")),
    (r"(\w+): there is no such day in the calendar \((.*)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "%1: there is no such day in the calendar (%2)")),
    (r"(\w+): takes a date like .*",
     QT_TRANSLATE_NOOP("CoreMessages", "%1: takes a date like 2025, 2025-03, 2025-03-31 or 31.03.2025")),
    (r"(\w+) needs a word on both sides", QT_TRANSLATE_NOOP("CoreMessages", "%1 needs a word on both sides")),
    (r"NOT needs a word or filter after it",
     QT_TRANSLATE_NOOP("CoreMessages", "NOT needs a word or filter after it")),
    (r"NOT can exclude one word, one filter or words joined by OR",
     QT_TRANSLATE_NOOP("CoreMessages", "NOT can exclude one word, one filter or words joined by OR")),
    (r"a word before OR cannot be excluded",
     QT_TRANSLATE_NOOP("CoreMessages", "a word before OR cannot be excluded")),
    (r"a “\(” is not closed", QT_TRANSLATE_NOOP("CoreMessages", "a “(” is not closed")),
    (r"a “\)” closes no “\(”", QT_TRANSLATE_NOOP("CoreMessages", "a “)” closes no “(”")),
    (r"NEAR is not supported: all words must match anyway",
     QT_TRANSLATE_NOOP("CoreMessages", "NEAR is not supported: all words must match anyway")),
    (r"(\w+): is not a filter \(filters: (.*)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "%1: is not a filter (filters: %2)")),
    (r"cannot search for this \((.*)\)", QT_TRANSLATE_NOOP("CoreMessages", "cannot search for this (%1)")),
    (r"too large \(([\d.]+) MB; an article file is at most (\d+) MB\)",
     QT_TRANSLATE_NOOP("CoreMessages", "too large (%1 MB; an article file is at most %2 MB)")),
    (r"too large \(([\d.]+) MB\)", QT_TRANSLATE_NOOP("CoreMessages", "too large (%1 MB)")),
    (r"is a folder, not a file", QT_TRANSLATE_NOOP("CoreMessages", "is a folder, not a file")),
    (r"permission denied", QT_TRANSLATE_NOOP("CoreMessages", "permission denied")),
    (r"file not found", QT_TRANSLATE_NOOP("CoreMessages", "file not found")),
    (r"could not be read \((.*)\)", QT_TRANSLATE_NOOP("CoreMessages", "could not be read (%1)")),
    (r"empty file", QT_TRANSLATE_NOOP("CoreMessages", "empty file")),
    (r"no text in the file", QT_TRANSLATE_NOOP("CoreMessages", "no text in the file")),
    (r"no readable text", QT_TRANSLATE_NOOP("CoreMessages", "no readable text")),
    (r"not a text file \((.*)\)", QT_TRANSLATE_NOOP("CoreMessages", "not a text file (%1)")),
    (r"not an article file \((.*)\)", QT_TRANSLATE_NOOP("CoreMessages", "not an article file (%1)")),
    (r"not a web page \((.*)\)", QT_TRANSLATE_NOOP("CoreMessages", "not a web page (%1)")),
    (r"no text in the web page", QT_TRANSLATE_NOOP("CoreMessages", "no text in the web page")),
    (r"not a readable web page \((.*)\)", QT_TRANSLATE_NOOP("CoreMessages", "not a readable web page (%1)")),
    (r"not a readable web page", QT_TRANSLATE_NOOP("CoreMessages", "not a readable web page")),
    (r"a briefing needs a name", QT_TRANSLATE_NOOP("CoreMessages", "a briefing needs a name")),
    (r"a briefing name is at most (\d+) characters",
     QT_TRANSLATE_NOOP("CoreMessages", "a briefing name is at most %1 characters")),
    (r"a briefing named “(.*)” already exists",
     QT_TRANSLATE_NOOP("CoreMessages", "a briefing named “%1” already exists")),
    (r"a heading needs text", QT_TRANSLATE_NOOP("CoreMessages", "a heading needs text")),
    (r"a tag needs a name", QT_TRANSLATE_NOOP("CoreMessages", "a tag needs a name")),
    (r"a tag name is at most (\d+) characters",
     QT_TRANSLATE_NOOP("CoreMessages", "a tag name is at most %1 characters")),
)  # fmt: skip

# The file types the importer names in "not a text file (…)" and "not an article file (…)": said
# again alone, so the German report reads "keine Textdatei (PDF-Dokument)", not "(PDF document)".
_FILE_TYPES: tuple[str, ...] = (  # type: ignore[assignment]  # stub: QT_TRANSLATE_NOOP returns its message, typed object
    QT_TRANSLATE_NOOP("CoreMessages", "binary file"),
    QT_TRANSLATE_NOOP("CoreMessages", "PDF document"),
    QT_TRANSLATE_NOOP("CoreMessages", "ZIP archive (or Office document)"),
    QT_TRANSLATE_NOOP("CoreMessages", "ZIP archive"),
    QT_TRANSLATE_NOOP("CoreMessages", "PNG image"),
    QT_TRANSLATE_NOOP("CoreMessages", "JPEG image"),
    QT_TRANSLATE_NOOP("CoreMessages", "GIF image"),
    QT_TRANSLATE_NOOP("CoreMessages", "RIFF media file"),
    QT_TRANSLATE_NOOP("CoreMessages", "gzip archive"),
    QT_TRANSLATE_NOOP("CoreMessages", "RAR archive"),
    QT_TRANSLATE_NOOP("CoreMessages", "7-Zip archive"),
    QT_TRANSLATE_NOOP("CoreMessages", "old Office document"),
    QT_TRANSLATE_NOOP("CoreMessages", "program file"),
    QT_TRANSLATE_NOOP("CoreMessages", "Windows program file"),
    QT_TRANSLATE_NOOP("CoreMessages", "SQLite database"),
    QT_TRANSLATE_NOOP("CoreMessages", "MP3 audio"),
    QT_TRANSLATE_NOOP("CoreMessages", "Ogg media file"),
    QT_TRANSLATE_NOOP("CoreMessages", "no suffix"),
)
_COMPILED = tuple((re.compile(pattern, re.S), template) for pattern, template in _MESSAGES) + tuple(
    (re.compile(re.escape(name)), name) for name in _FILE_TYPES
)


def translated(text: str) -> str:
    """`text` from the core in the window's language (unchanged when it is not a known one)."""
    for pattern, template in _COMPILED:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        said = QCoreApplication.translate(CONTEXT, template)
        if said == template:  # English: the core's own words, exactly
            return text
        for number, part in enumerate(match.groups(), start=1):
            said = said.replace(f"%{number}", translated(part))
        return said
    return text


def sentence(text: str) -> str:
    """A core message as a sentence for a status line: translated, first letter upper case
    (only the first: German nouns keep theirs)."""
    said = translated(text)
    return said[:1].upper() + said[1:]
