"""A search result's two snippet lines hold the word it matched.

Seen in the library pane: "Japan–USA schmieden …" listed as a hit for "Halbl" with the snippet
"…Schwerpunkt liegt auf Schlüsseltechnologien wie" — the bold "Halbleitern" on the third line,
which the row does not show."""

from __future__ import annotations

from PySide6.QtGui import QFont

from reader.ui.library.search_results import SNIPPET_LINES, shown_snippet, snippet_layout

TEXT = ("…Schwerpunkt liegt auf Schlüsseltechnologien wie Halbleitern, künstlicher Intelligenz und "
        "Verteidigungssystemen. Beide Länder planen umfangreiche Investitionen")  # fmt: skip


def _lines_holding(text: str, start: int, font: QFont, width: int) -> int:
    layout = snippet_layout(text, [], font)
    layout.beginLayout()
    number, found = 0, -1
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        if line.textStart() <= start < line.textStart() + line.textLength():
            found = number
        number += 1
    layout.endLayout()
    return found


def test_the_hit_is_on_a_shown_line_in_a_narrow_pane(qapp) -> None:
    font, width = QFont(), 200
    start = TEXT.index("Halbleitern")
    assert _lines_holding(TEXT, start, font, width) >= SNIPPET_LINES  # the pane's width hides it
    text, spans = shown_snippet(TEXT, [(start, start + 11)], font, width)
    (first, end), = spans
    assert text[first:end] == "Halbleitern" and text.startswith("…")
    assert _lines_holding(text, first, font, width) < SNIPPET_LINES


def test_a_hit_in_sight_leaves_the_snippet_as_it_is(qapp) -> None:
    start = TEXT.index("Schwerpunkt")
    assert shown_snippet(TEXT, [(start, start + 11)], QFont(), 400) == (TEXT, [(start, start + 11)])
