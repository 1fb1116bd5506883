"""A PDF's page furniture in its copied text: the running header or footer printed on every
page ("Monatsbericht Dezember 2024    3") and the page numbers alone ("3", "- 4 -", "Seite 5").

Copied from a PDF viewer, they stand between the paragraphs, often in the middle of one the
page broke, and were read as its words ("… weiter verstärkt. Monatsbericht Dezember 2024 3").
They are told by the pages' order: a line that, its page number taken off, recurs with the
numbers counting up through the text (its occurrences without a number go with it: a title
page's header has none), and numbers alone that count up page by page ("1", "2", "3"). Only
a hard-wrapped text is asked (`segment`): a PDF's copy is one, a browser's copy of a web page
seldom, and a web page's numbers (comment counts, durations, "90 Min.", "44 Min.") do not
count up page by page.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

# A page number at a line's start or end, with its "Seite"/"Page"/"S." and "von 12"/"of 12",
# and a dash or bar around it ("- 3 -", "3 | Monatsbericht"); a year is no page number.
_NUMBER = (
    r"(?:[-–—|·]\s*)?(?:(?:seite|page|s\.|p\.)\s*)?(?P<page>\d{1,3})(?:\s*(?:/|of|von)\s*\d{1,3})?"
    r"(?:\s*[-–—|·])?"
)
_LEADING = re.compile(rf"^{_NUMBER}(?:\s+|$)", re.I)
_TRAILING = re.compile(rf"(?:^|\s+){_NUMBER}$", re.I)
# A running line is short: a title, a date, a chapter's name.
_MAX_CHARS = 100
# Two pages show the pattern; one number is any number.
_MIN_PAGES = 2
_PAGE_STEP = 3
# A page holds more lines than this (counted with the blank ones).
_PAGE_LINES = 6
# The words that number a text's own parts: "Schritt 1" / "Schritt 2", "Chapter 3", "§ 4" are
# its headings, counting up a page or more apart as a running footer's numbers do.
_NUMBERED_PARTS = frozenset(
    "schritt step kapitel chapter teil part abschnitt section frage question tabelle table "
    "abbildung abb figure fig anlage anhang annex appendix artikel article art § punkt point "
    "thema topic phase stufe stage lektion lesson übung exercise aufgabe task beispiel example "
    "folie slide runde round tag day woche week modul module fall case".split()
)  # fmt: skip


def page_furniture(lines: list[str]) -> frozenset[str]:
    """The lines of a hard-wrapped text (stripped) that are its pages' furniture."""
    # A line without its number → where it stands and its numbers.
    numbers: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, line in enumerate(lines):
        # Only a line that starts or ends with a number or a dash can carry a page number.
        if line and len(line) <= _MAX_CHARS and (line[-1].isdigit() or line[0].isdigit() or line[0] in "-–—|·"):
            key, page = _without_number(line)
            if page is not None:
                numbers[key].append((i, page))
    running = {key for key, pages in numbers.items() if _counts_up(pages) and not _numbers_a_part(key)}
    if not running:
        return frozenset()
    return frozenset(line for line in lines if line and len(line) <= _MAX_CHARS and _without_number(line)[0] in running)


def _numbers_a_part(key: str) -> bool:
    """The line, its number taken off, is a word that numbers the text's parts ("Schritt",
    "Chapter", "§"): a heading, not the pages' furniture."""
    return key.casefold().rstrip(".") in _NUMBERED_PARTS


def _without_number(line: str) -> tuple[str, int | None]:
    """The line with a page number at its start or end taken off (spaces made single), and
    the number."""
    found = _TRAILING.search(line) or _LEADING.match(line)
    if found is None:
        return " ".join(line.split()), None
    rest = line[: found.start()] + line[found.end() :]
    return " ".join(rest.split()), int(found.group("page"))


def _counts_up(pages: list[tuple[int, int]]) -> bool:
    """Page numbers in the text's order (line, number): at least two, each one more than the one
    before or up to `_PAGE_STEP` more (a page without its footer, a picture's page), and a page's
    lines between them (a list's numbers, "1" / headline / "2" / headline, count up too)."""
    return len(pages) >= _MIN_PAGES and all(
        0 < b - a <= _PAGE_STEP and j - i > _PAGE_LINES for (i, a), (j, b) in pairwise(pages)
    )
