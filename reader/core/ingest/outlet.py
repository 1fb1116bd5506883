"""The outlet (site name) where the copied text names it; None when the evidence is thin.

Evidence, strongest first: an encyclopedia's "From X, the free encyclopedia", a copyright
line, an agency dateline ("TOKYO (Reuters) -"), a short all-capitals name repeated through
related-article lists ("DWN"), and staff wording in captions ("Handelsblatt-Korrespondenten").
"""

from __future__ import annotations

import re
from collections import Counter

_ENCYCLOPEDIA = re.compile(r"^(?:from|aus) (\w[\w .-]{1,30}?), (?:the free|der freien)", re.I)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?((?:[^.,;|©]|\.(?=[a-z]))[^,;|©]{1,59}?)"
    r"(?=\.\s|\.$|[,;|©]|$)",
    re.IGNORECASE,
)
_COPYRIGHT_TAIL = re.compile(
    r"\s+(?:or its affiliated companies|all rights reserved|alle rechte vorbehalten)\b.*$"
    r"|\s+(?:gmbh|ag|inc|llc|ltd|limited|company|co\. kg|se|plc)\b.*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^[A-ZÄÖÜ][A-ZÄÖÜ .'’-]{2,40}(?:,[^()]{1,30})?\s*\(([A-Z][A-Za-z]{1,15})\)\s*[-–—]"
)
_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&.-]{1,7}")
_STAFF = re.compile(
    r"\b([A-ZÄÖÜ][\w.]{2,30})-(?:Korrespondent(?:en|in|innen)?|Redaktion|Redakteur(?:e|in|innen)?"
    r"|Autor(?:en|in|innen)?|Reporter(?:in|innen)?|Kolumnist(?:en|in)?)\b"
)
# Cheap tests that rule a line out before the patterns above are searched (most lines hold
# neither a copyright sign nor a staff word): every _STAFF match contains a _STAFF_HINT match,
# which starts with a literal "-" the regex engine scans for quickly; every _COPYRIGHT match
# contains "©", "(c)" or "copyr" once lower-cased (not "copyright": IGNORECASE lets "İ" stand
# for "i", and "İ".lower() is two characters).
_STAFF_HINT = re.compile(r"-(?:Korrespondent|Redakt|Autor|Reporter|Kolumnist)")
_MIN_REPEATS = 3
_MAX_NAME_WORDS = 5


def find_site_name(lines: list[str], byline: str | None, body: str) -> str | None:
    """The outlet named in the page's `lines`, or None."""
    for finder in (_encyclopedia, _copyright):
        name = finder(lines)
        if name and (byline is None or name not in byline):
            return name
    return _dateline(body) or _repeated_acronym(lines) or _staff_wording(lines, body)


def _encyclopedia(lines: list[str]) -> str | None:
    for line in lines:
        match = _ENCYCLOPEDIA.match(line)
        if match:
            return match.group(1).strip()
    return None


def _copyright(lines: list[str]) -> str | None:
    for line in reversed(lines):
        if not _may_name_copyright(line):
            continue
        match = _COPYRIGHT.search(line)
        if not match:
            continue
        name = _COPYRIGHT_TAIL.sub("", match.group(1)).split(" / ")[-1].strip(" -–/")
        if name and any(ch.isalpha() for ch in name) and len(name.split()) <= _MAX_NAME_WORDS:
            return name
    return None


def _may_name_copyright(line: str) -> bool:
    if "©" in line:
        return True
    lower = line.lower()
    return "(c)" in lower or "copyr" in lower


def _dateline(body: str) -> str | None:
    match = _DATELINE.match(body[:80])
    return match.group(1) if match else None


def _repeated_acronym(lines: list[str]) -> str | None:
    counts = Counter(line for line in lines if _ACRONYM.fullmatch(line))
    if not counts:
        return None
    name, seen = counts.most_common(1)[0]
    return name if seen >= _MIN_REPEATS else None


def _staff_wording(lines: list[str], body: str) -> str | None:
    """"Handelsblatt-Korrespondenten" names the outlet unless the word is part of the story."""
    for line in lines:
        if not _STAFF_HINT.search(line):
            continue
        for match in _STAFF.finditer(line):
            name = match.group(1)
            if not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body):
                return name
    return None
