"""A report's headings stand out in the story view as they do in the reading view.

Seen walking the German window: in the story of the Tokyo meeting, DWN's "Gemeinsame
Rohstoffstrategie" and "Hintergrund: Pekings Dominanz" were paragraphs like any other, in the
same weight and spacing, so the report's sections could not be told from its two-word lines.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser

from reader.core.ingest import BlockKind
from tests.ui.stories.tokyo_story import open_tokyo_story


def _weights(browser: QTextBrowser) -> dict[str, int]:
    """Each paragraph of the column's text and the weight its first letters are drawn in."""
    block, found = browser.document().begin(), {}
    while block.isValid():
        if block.text().strip():
            fragment = next(iter(block)).fragment()
            found[block.text().strip()] = fragment.charFormat().fontWeight()
        block = block.next()
    return found


def test_a_reports_headings_are_bold_and_its_paragraphs_are_not(make_window, qapp) -> None:
    view, members, columns = open_tokyo_story(make_window(), qapp)
    checked = 0
    for member, column in zip(members, columns, strict=True):
        weights = _weights(column)
        for block in member.blocks:
            if block.text.strip() in weights and block.role.value == "body":
                bold = weights[block.text.strip()] >= QFont.Weight.Bold
                assert bold == (block.kind is BlockKind.HEADING), (member.title, block.text[:40])
                checked += block.kind is BlockKind.HEADING
    assert checked >= 2  # DWN's two headings at least
    view.close()
