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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

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
    (r"no article text \(one word, no sentence\)",
     QT_TRANSLATE_NOOP("CoreMessages", "no article text (one word, no sentence)")),
    (r"no article text \((\d+) words, no sentence\)",
     QT_TRANSLATE_NOOP("CoreMessages", "no article text (%1 words, no sentence)")),
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
    # Backups and restores (reader.core.store.backup, .damage): the outer sentence first, what
    # it carries said again in its turn ("the backup … is damaged (the file is cut short: …)").
    (r"(.+); the library was not changed",
     QT_TRANSLATE_NOOP("CoreMessages", "%1; the library was not changed")),
    (r"the library could not be kept aside \((.*)\); it was not changed",
     QT_TRANSLATE_NOOP("CoreMessages", "the library could not be kept aside (%1); it was not changed")),
    (r"the library is damaged \((.*)\); no backup was made",
     QT_TRANSLATE_NOOP("CoreMessages", "the library is damaged (%1); no backup was made")),
    (r"the backup (.+) is damaged \((.*)\)", QT_TRANSLATE_NOOP("CoreMessages", "the backup %1 is damaged (%2)")),
    (r"(.+): no such backup", QT_TRANSLATE_NOOP("CoreMessages", "%1: no such backup")),
    (r"(.+) is not a Briefing Reader backup: the file is empty",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a Briefing Reader backup: the file is empty")),
    (r"(.+) is not a Briefing Reader backup \(a database of another program\)",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a Briefing Reader backup (a database of another program)")),
    (r"(.+) is not a Briefing Reader backup",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a Briefing Reader backup")),
    (r"(.+) is not a readable library backup \((.*)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a readable library backup (%2)")),
    (r"This library \((.+)\) was written by a newer version of Briefing Reader \(schema (\d+); this version "
     r"understands up to (\d+)\)\. Please update Briefing Reader; the library was not changed\.",
     QT_TRANSLATE_NOOP("CoreMessages", "This library (%1) was written by a newer version of Briefing Reader (schema "
                       "%2; this version understands up to %3). Please update Briefing Reader; the library was not changed.")),
    (r"(.+) was written by a newer version of Briefing Reader \(schema (\d+); this version understands up to (\d+)\)",
     QT_TRANSLATE_NOOP("CoreMessages",
                       "%1 was written by a newer version of Briefing Reader (schema %2; this version understands up to %3)")),
    (r"the backup could not be written in (.+) \((.*)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "the backup could not be written in %1 (%2)")),
    (r"a part of it is a file, not a folder", QT_TRANSLATE_NOOP("CoreMessages", "a part of it is a file, not a folder")),
    (r"the backup's counts (.+) differ from the library's (.+)",
     QT_TRANSLATE_NOOP("CoreMessages", "the backup's counts %1 differ from the library's %2")),
    (r"the library could not be copied \((.*)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "the library could not be copied (%1)")),
    (r"(.+) could not be copied \((.*)\)", QT_TRANSLATE_NOOP("CoreMessages", "%1 could not be copied (%2)")),
    (r"(.+) is damaged: (.+)", QT_TRANSLATE_NOOP("CoreMessages", "%1 is damaged: %2")),
    (r"the file is cut short: ([\d,]+) of ([\d,]+) bytes",
     QT_TRANSLATE_NOOP("CoreMessages", "the file is cut short: %1 of %2 bytes")),
    (r"the file is cut short: ([\d,]+) bytes", QT_TRANSLATE_NOOP("CoreMessages", "the file is cut short: %1 bytes")),
    (r"the file header is wrong: this is not a SQLite database",
     QT_TRANSLATE_NOOP("CoreMessages", "the file header is wrong: this is not a SQLite database")),
    (r"the file header is damaged \(page size\)",
     QT_TRANSLATE_NOOP("CoreMessages", "the file header is damaged (page size)")),
    (r"its pages cannot be read", QT_TRANSLATE_NOOP("CoreMessages", "its pages cannot be read")),
    (r"the first bytes of its header are scrambled",
     QT_TRANSLATE_NOOP("CoreMessages", "the first bytes of its header are scrambled")),
    (r"this is another program's database, not a Briefing Reader library",
     QT_TRANSLATE_NOOP("CoreMessages", "this is another program's database, not a Briefing Reader library")),
    (r"the file is empty", QT_TRANSLATE_NOOP("CoreMessages", "the file is empty")),
    # Exports (reader.core.export.writer): the file or folder, and the OS's reason.
    (r"the folder (.+) could not be made \((.*)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "the folder %1 could not be made (%2)")),
    (r"(.+) could not be written \((.*)\)", QT_TRANSLATE_NOOP("CoreMessages", "%1 could not be written (%2)")),
    (r"folder cannot be read \((.*)\)", QT_TRANSLATE_NOOP("CoreMessages", "folder cannot be read (%1)")),
    # The OS's words as messages of backups and saving carried them first (more: `_RAW_KEPT`).
    (r"No space left on device", QT_TRANSLATE_NOOP("CoreMessages", "No space left on device")),
    (r"Permission denied", QT_TRANSLATE_NOOP("CoreMessages", "Permission denied")),
)  # fmt: skip

# The OS's and SQLite's own words (an OSError's strerror, a sqlite3 error) as the core and Python
# pass them on inside a message ("could not be read (Read-only file system)", a background
# task's "OperationalError: database is locked", `_TYPED`), said in German with the words
# themselves after them in square brackets ("schreibgeschütztes Dateisystem [Read-only file
# system]"): what support and a search on the web need, and what the damage dialog's details
# exist to keep.
_RAW_KEPT: tuple[tuple[str, str], ...] = (  # type: ignore[assignment]  # stub: QT_TRANSLATE_NOOP returns its message, typed object
    (r"(?i)read-only file system", QT_TRANSLATE_NOOP("CoreMessages", "Read-only file system")),
    (r"(?i)no such file or directory", QT_TRANSLATE_NOOP("CoreMessages", "No such file or directory")),
    (r"(?i)is a directory", QT_TRANSLATE_NOOP("CoreMessages", "Is a directory")),
    (r"(?i)not a directory", QT_TRANSLATE_NOOP("CoreMessages", "Not a directory")),
    (r"(?i)disk quota exceeded", QT_TRANSLATE_NOOP("CoreMessages", "Disk quota exceeded")),
    (r"(?i)input/output error", QT_TRANSLATE_NOOP("CoreMessages", "Input/output error")),
    (r"(?i)file name too long", QT_TRANSLATE_NOOP("CoreMessages", "File name too long")),
    (r"(?i)operation not permitted", QT_TRANSLATE_NOOP("CoreMessages", "Operation not permitted")),
    (r"(?i)device or resource busy", QT_TRANSLATE_NOOP("CoreMessages", "Device or resource busy")),
    (r"(?i)file exists", QT_TRANSLATE_NOOP("CoreMessages", "File exists")),
    (r"(?i)too many open files", QT_TRANSLATE_NOOP("CoreMessages", "Too many open files")),
    (r"database is locked", QT_TRANSLATE_NOOP("CoreMessages", "database is locked")),
    (r"attempt to write a readonly database", QT_TRANSLATE_NOOP("CoreMessages", "attempt to write a readonly database")),
    (r"unable to open database file", QT_TRANSLATE_NOOP("CoreMessages", "unable to open database file")),
    (r"disk I/O error", QT_TRANSLATE_NOOP("CoreMessages", "disk I/O error")),
    (r"database disk image is malformed", QT_TRANSLATE_NOOP("CoreMessages", "database disk image is malformed")),
    (r"file is not a database", QT_TRANSLATE_NOOP("CoreMessages", "file is not a database")),
)  # fmt: skip

# How Python wraps those words: an exception's name before them (a background task's failure,
# `Task.run`), or an OSError's number before and its file after ("[Errno 13] Permission
# denied: '/x/a.md'"). The words are said again; the name stays in the square brackets with
# them, the file as it is.
_TYPED = re.compile(r"(\w+(?:Error|Exception)): (.+)", re.S)
_ERRNO = re.compile(r"\[Errno \d+\] ([^:]+)(?:: '(.*)')?", re.S)

# A count the core writes with English thousands separators ("200,704 of 401,408 bytes"): in
# German "200,704" reads as a fraction, so it is said again in the window's locale.
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
# A size the core writes with a decimal point ("too large (20.2 MB; …)"): German writes "20,2".
_DECIMAL = re.compile(r"\d+\.\d+")

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
_COMPILED = tuple((re.compile(pattern, re.S), template, False) for pattern, template in _MESSAGES) + tuple(
    (re.compile(re.escape(name)), name, False) for name in _FILE_TYPES
) + tuple((re.compile(pattern), template, True) for pattern, template in _RAW_KEPT)


def translated(text: str) -> str:
    """`text` from the core in the window's language (unchanged when it is not a known one)."""
    for pattern, template, raw_kept in _COMPILED:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        said = QCoreApplication.translate(CONTEXT, template)
        if said == template:  # English: the core's own words, exactly
            return text
        if raw_kept:
            return f"{said} [{text}]"
        for number, part in enumerate(match.groups(), start=1):
            if _GROUPED.fullmatch(part):
                part = QLocale().toString(int(part.replace(",", "")))
            elif _DECIMAL.fullmatch(part):
                part = QLocale().toString(float(part), "f", len(part.partition(".")[2]))
            said = said.replace(f"%{number}", translated(part))
        return said
    return _unwrapped(text)


def _unwrapped(text: str) -> str:
    """`text` in Python's wrapping (`_TYPED`, `_ERRNO`) with the words inside said again; as it
    is when they are not known."""
    if (typed := _TYPED.fullmatch(text)) is not None:
        inner = translated(typed[2])
        return text if inner == typed[2] else f"{inner.removesuffix(f' [{typed[2]}]')} [{text}]"
    if (numbered := _ERRNO.fullmatch(text)) is not None:
        inner = translated(numbered[1])
        return text if inner == numbered[1] else inner + (f": {numbered[2]}" if numbered[2] is not None else "")
    return text


def sentence(text: str) -> str:
    """A core message as a sentence for a status line: translated, first letter upper case
    (only the first: German nouns keep theirs)."""
    said = translated(text)
    return said[:1].upper() + said[1:]
