"""An encoded address in an article's text: the text stays the article's (every highlight,
find and search hit is measured on it), the link opens the address exactly, and pointing at
it shows the address as a browser reads it, "…/wiki/München" for `…/wiki/M%C3%BCnchen`."""

from __future__ import annotations

from pathlib import Path

from fixtures_reading import reading_session, seeded_store  # noqa: F401
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from reader.core.importer import import_paths
from reader.ui.article.article_pane import ArticlePane
from reader.ui.session import Session

ENCODED = "https://de.wikipedia.org/wiki/M%C3%BCnchen"


def test_an_encoded_link_keeps_its_text_and_reads_decoded_when_pointed_at(
    qtbot, tmp_path: Path, reading_session: Session  # noqa: F811
) -> None:
    article = tmp_path / "muenchen.txt"
    article.write_text(
        "Münchens Stadtrat beschließt neuen Haushalt\n\n"
        f"Der Stadtrat hat am Dienstag den Haushalt beschlossen. Mehr dazu: {ENCODED} und im Rathaus.\n",
        encoding="utf-8",
    )
    (result,) = import_paths(reading_session.store, [article], workers=1)
    pane = ArticlePane(reading_session)
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show()
    pane.show_source(result.source_id)
    view = pane.view
    text = view.document().toPlainText()
    assert ENCODED in text and text == reading_session.store.sources.get(result.source_id).reading_text
    cursor = QTextCursor(view.document())
    cursor.setPosition(text.index(ENCODED) + 5)
    link = cursor.charFormat()
    assert link.anchorHref() == ENCODED
    assert link.toolTip() == "https://de.wikipedia.org/wiki/München"
    point = view.cursorRect(cursor).center()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point)))
    assert QToolTip.isVisible() and QToolTip.text() == "https://de.wikipedia.org/wiki/München"
    QToolTip.hideText()
    cursor.setPosition(text.index("Rathaus"))
    assert cursor.charFormat().toolTip() == ""  # plain words name no address
