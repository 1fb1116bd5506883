"""The outlet (site name) where the copied text names it; None when the evidence is thin.

Evidence, strongest first: an encyclopedia's "From X, the free encyclopedia", a copyright
line, an agency dateline ("TOKYO (Reuters) -"), a short all-capitals name repeated through
related-article lists ("DWN"), and staff wording in captions ("Handelsblatt-Korrespondenten").

A copyright line often names the legal entity ("Guardian News & Media", "Cable News
Network", "Condé Nast" for Ars Technica). The masthead above the headline names the site as
readers know it, so a masthead line that matches the copyright name wins ("The Guardian",
"CNN"); a publishing group's name without such a match is no site name, and the masthead
counts only with more evidence: a logo link ("Ars Technica home") or its name repeated
further down the page ("By Maria Lopez | The Harbor Post").
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
_COPYRIGHT_SEPARATOR = re.compile(r"\s+[·•–—]\s+|\s+-\s+")
# Section names that also stand at the top of pages ("Middle East", "Work & Careers").
_SECTION_WORDS = frozenset(
    ("world", "politics", "business", "technology", "science", "health", "sport", "culture",
     "opinion", "travel", "markets", "economy", "climate", "lifestyle", "east", "middle",
     "careers", "arts", "life", "work", "development", "global", "sections", "edition",
     "subscribe", "sign", "search", "menu", "open", "skip", "content", "help", "accessibility",
     "navigation", "politik", "wirtschaft", "kultur", "wissen", "gesellschaft", "main")
)  # fmt: skip
_MIN_REPEATS = 3
_MAX_NAME_WORDS = 5
# Where the masthead is looked for when the page has no headline.
_TOP_LINES = 30
_MASTHEAD_MAX_CHARS = 50
_MASTHEAD_MAX_WORDS = 6
# Publishing groups and legal entities: a copyright line naming one does not name the site.
PUBLISHER_WORDS = re.compile(
    r"\b(?:group|gruppe|media|medien|network|networks|holdings?|enterprises|communications"
    r"|publishing|publications|verlag|verlagsgruppe|mediengruppe|corporation|corp|condé nast"
    r"|conde nast|gannett|hearst|axel springer|dotdash|vox media|news corp|lee enterprises"
    r"|tribune|advance local|nexstar|sinclair|future plc|penske)\b",
    re.IGNORECASE,
)
# Photo agencies: "© Patrick Pleul/dpa" under a picture credits the photo, not the page.
PHOTO_AGENCIES = frozenset(
    ("dpa", "afp", "getty images", "imago", "imago images", "picture alliance",
     "picture-alliance", "shutterstock", "istock", "epa", "ap photo", "keystone", "ddp",
     "reuters/", "unsplash", "adobe stock", "alamy")
)  # fmt: skip
# Words that say nothing about which site it is ("The", "News", "Online", "Media").
_GENERIC_WORDS = frozenset(
    ("the", "der", "die", "das", "news", "online", "media", "medien", "group", "network",
     "digital", "company", "verlag", "inc", "ltd", "gmbh", "and", "und", "of", "home")
)  # fmt: skip
# A logo's link text: "Ars Technica home", "The Guardian - Back to home".
_LOGO = re.compile(
    r"^(.{2,40}?)\s+(?:[-–|]\s+)?(?:(?:back|go|return) to )?(?:home(?:page)?|startseite)$",
    re.IGNORECASE,
)
_MASTHEAD_PARTS = re.compile(r"\s+[-–|·•]\s+")
_WORD = re.compile(r"\w+")
_RECOMMENDED_FROM = re.compile(r"^(?i:recommended|empfohlen) (?i:from|von) ([A-Z][\w.]{1,30})$")
_DOMAIN_LINE = re.compile(r"^([a-z][a-z0-9-]{1,30})\.(?:de|com|at|ch|net|org|co\.uk|eu)$", re.I)


def find_site_name(
    lines: list[str], byline: str | None, body: str, title_index: int | None = None
) -> str | None:
    """The outlet named in the page's `lines`, or None. The masthead is looked for above the
    headline (line `title_index`), or in the first lines of a page without one."""
    name = _encyclopedia(lines)
    if name:
        return name
    top = lines[: title_index if title_index is not None else _TOP_LINES]
    name = _copyright(lines)
    if name and byline is not None and name in byline:
        name = None
    if name:
        masthead = _masthead_matching(name, top)
        if masthead:
            return masthead
        if not PUBLISHER_WORDS.search(name):
            return _tidy_case(name)
    below = lines[len(top) + 1 :]  # after the headline
    found = _logo(top) or _repeated_masthead(top, below) or _domain_of_masthead(top, lines)
    if found or name:
        return found  # a publishing group alone is no site name: better none than a wrong one
    return (
        _dateline(body)
        or _repeated_acronym(lines)
        or _staff_wording(lines, body)
        or _recommended_from(lines, byline)
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _masthead_parts(top: list[str]) -> list[str]:
    """Short top lines split at separators ("F.A.Z. - Frankfurter Allgemeine Zeitung"), logo
    suffixes removed ("The Guardian - Back to home" → "The Guardian")."""
    parts: list[str] = []
    for line in top:
        if len(line) > 2 * _MASTHEAD_MAX_CHARS:
            continue
        logo = _LOGO.match(line)
        line = logo.group(1).strip(" -–|") if logo else line
        for part in _MASTHEAD_PARTS.split(line):
            if len(part) <= _MASTHEAD_MAX_CHARS and len(part.split()) <= _MASTHEAD_MAX_WORDS:
                parts.append(part.strip())
    return parts


def _masthead_matching(name: str, top: list[str]) -> str | None:
    """The masthead's spelling of the copyright `name`: the same words ("Financial Times" for
    "THE FINANCIAL TIMES"), a part of them ("The Guardian" for "Guardian News & Media"), more
    of them ("Business Insider" for "Insider") or its initials ("CNN" for "Cable News
    Network")."""
    want = _words(name)
    distinct = {w for w in want if w not in _GENERIC_WORDS}
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    best: tuple[int, str] | None = None
    for part in _masthead_parts(top):
        got = _words(part)
        if not got:
            continue
        score = 0
        if [w for w in got if w != "the"] == [w for w in want if w != "the"]:
            score = 3
        elif distinct & set(got) and (set(got) <= set(want) or set(want) <= set(got)):
            score = 2
        elif len(initials) >= 2 and part.replace(".", "").upper() == initials and part.isupper():
            score = 1
        elif len(initials) >= 2 and part.replace(".", "") == initials:
            score = 1
        if score and (best is None or score > best[0]):
            best = (score, part)
    return best[1] if best else None


def _tidy_case(name: str) -> str:
    """Title-case a shouted name of three or more words ("THE FINANCIAL TIMES"); two-word
    brands keep their capitals ("ZEIT ONLINE")."""
    if name.isupper() and len(name.split()) >= 3:
        return " ".join(w.capitalize() for w in name.split())
    return name


def _logo(top: list[str]) -> str | None:
    for line in top:
        match = _LOGO.match(line)
        if match:
            name = match.group(1).strip(" -–|")
            if name[:1].isupper() and any(w not in _GENERIC_WORDS for w in _words(name)):
                return name
    return None


def _is_masthead_shaped(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 5 or len(line) > 40 or not line[-1:].isalnum():
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    return len(capitalised) >= len(words) - 1 and words[0][:1].isupper()


def _repeated_masthead(top: list[str], rest: list[str]) -> str | None:
    """A capitalised name from the top of the page that the page names again inside a longer
    line below ("By Maria Lopez | mlopez@… | The Harbor Post")."""
    rest_text = "\n".join(rest)
    for line in top:
        if not _is_masthead_shaped(line) or line not in rest_text:
            continue
        if not any(w not in _GENERIC_WORDS and w not in _SECTION_WORDS for w in _words(line)):
            continue
        # Not as a kicker again ("Trump in Tokio: …"): the name must stand inside a longer line.
        pattern = re.compile(rf"(?<!\w){re.escape(line)}(?![\w:])")
        if any(len(o) > len(line) + 3 and line in o and pattern.search(o) for o in rest):
            return line
    return None


def _domain_of_masthead(top: list[str], lines: list[str]) -> str | None:
    """A bare domain line ("tagesschau.de") whose name stands alone at the top."""
    heads = {line.lower() for line in top if len(line) <= 30}
    for line in lines[-_TOP_LINES:]:
        if len(line) > 40 or "." not in line:
            continue
        match = _DOMAIN_LINE.match(line)
        if match and match.group(1).lower() in heads:
            return line
    return None


def _recommended_from(lines: list[str], byline: str | None) -> str | None:
    for line in lines:
        if not line.startswith(("Recommended", "recommended", "Empfohlen", "empfohlen")):
            continue
        match = _RECOMMENDED_FROM.match(line)
        if match and (byline is None or match.group(1) not in byline):
            return match.group(1)
    return None


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
        name = _COPYRIGHT_SEPARATOR.split(name)[0].strip()
        if _is_photo_credit(name):
            continue
        if name and any(ch.isalpha() for ch in name) and len(name.split()) <= _MAX_NAME_WORDS:
            return name
    return None


def _is_photo_credit(name: str) -> bool:
    """"Patrick Pleul/dpa", "Getty Images": the copyright of a picture."""
    lower = name.lower()
    return "/" in name or lower in PHOTO_AGENCIES or lower.endswith((" images", " photo"))


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
