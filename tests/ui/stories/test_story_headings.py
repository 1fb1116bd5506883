"""A report's headings stand out in the story view as they do in the reading view.

Seen walking the German window: in the story of the Tokyo meeting, DWN's "Gemeinsame
Rohstoffstrategie" and "Hintergrund: Pekings Dominanz" were paragraphs like any other, in the
same weight and spacing, so the report's sections could not be told from its two-word lines.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser

from reader.core.ingest import BlockKind
from reader.core.stories.compare import story_view


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
    window = make_window()
    store = window.session.store
    tokyo = next(s.id for s in store.sources.list() if s.file_name.startswith("004"))
    window.library.select_source(tokyo)  # the seeds' three reports of the Tokyo meeting
    window.stories.show_action.trigger()
    view = window.stories._view
    qapp.processEvents()
    columns = [view.columns.widget(i) for i in range(view.columns.count())]
    members = [store.sources.get(m.source_id) for m in story_view(store, view.story_id).members]
    checked = 0
    for member, column in zip(members, columns, strict=True):
        weights = _weights(column.findChild(QTextBrowser))
        for block in member.blocks:
            if block.text.strip() in weights and block.role.value == "body":
                bold = weights[block.text.strip()] >= QFont.Weight.Bold
                assert bold == (block.kind is BlockKind.HEADING), (member.title, block.text[:40])
                checked += block.kind is BlockKind.HEADING
    assert checked >= 2  # DWN's two headings at least
    view.close()
