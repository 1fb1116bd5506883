"""An earlier version of an updated source is for reading only: nothing on it may offer an
action that cannot act (a Restore link did nothing there)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import reading_session, seeded_store  # noqa: F401
from PySide6.QtGui import QTextDocument

from reader.core.importer import import_paths
from reader.core.ingest.article import BlockRole
from reader.ui.article.article_pane import ArticlePane
from reader.ui.session import Session

REVISIONS = Path(__file__).resolve().parents[2] / "data" / "revisions"


def _anchors(document: QTextDocument) -> list[str]:
    """Every link target in the document, read fragment by fragment (not from its HTML)."""
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            href = iterator.fragment().charFormat().anchorHref()
            if href:
                found.append(href)
            iterator += 1
        block = block.next()
    return found


@pytest.fixture
def updated(qtbot, reading_session: Session) -> tuple[ArticlePane, int]:  # noqa: F811
    store = reading_session.store
    (first,) = import_paths(store, [REVISIONS / "ecb-v1.md"])
    (second,) = import_paths(store, [REVISIONS / "ecb-v2.md"], update=True)
    assert second.source_id == first.source_id and len(store.revisions.revisions(first.source_id)) == 2
    pane = ArticlePane(reading_session)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    return pane, first.source_id


def test_an_earlier_version_shows_no_restore_link(updated: tuple[ArticlePane, int]) -> None:
    pane, source_id = updated
    earlier = pane._session.store.revisions.revision(source_id, 1)
    assert earlier is not None and any(b.role is not BlockRole.BODY for b in earlier.blocks)
    pane.show_source(source_id)
    pane.show_revision(1)
    assert pane.view.source is not None and pane.view.source.blocks == earlier.blocks
    assert "Set aside" in pane.view.plain_text() or "Used for the title" in pane.view.plain_text()
    assert not [a for a in _anchors(pane.view.document()) if a.startswith("reader:")]
    assert "Restore" not in pane.view.plain_text()

    pane.show_revision(2)  # the current text: its set-aside blocks can be restored
    restores = [a for a in _anchors(pane.view.document()) if a.startswith("reader:restore/")]
    current = pane._session.store.sources.get(source_id)
    assert len(restores) == sum(b.role is not BlockRole.BODY for b in current.blocks) > 0


def test_an_earlier_version_offers_no_highlight_bar(qtbot, updated: tuple[ArticlePane, int]) -> None:
    pane, source_id = updated
    pane.show_source(source_id)
    pane.show_revision(1)
    body = next(s for s in pane.view.text_map.shown if s.reading_start is not None)
    cursor = pane.view.textCursor()
    cursor.setPosition(pane.view.text_map.utf16.to_qt(body.doc_start))
    cursor.setPosition(pane.view.text_map.utf16.to_qt(body.doc_start + 20), cursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)
    pane.view.selection_finished.emit()
    assert pane.view.selected_span() is not None
    assert not pane.selection_bar.isVisible()
    assert not any(action.isEnabled() for action in pane.highlight_actions.values())
