"""The reading view: exact text, highlighting by key, undo/redo, clicking, Show original."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import SEED_FILES, reading_session, seeded_store, source_id_of  # noqa: F401
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument

from reader.core.importer import import_paths
from reader.core.ingest.article import BlockRole
from reader.core.labels import LABELS
from reader.core.models import AnchorStatus
from reader.ui.article.article_pane import ArticlePane
from reader.ui.article.inert_browser import open_external
from reader.ui.session import Session
from reader.ui.theme import THEMES, contrast_ratio


@pytest.fixture
def pane(qtbot, reading_session: Session) -> ArticlePane:  # noqa: F811
    pane = ArticlePane(reading_session)
    reading_session.changes_applied.connect(pane.apply_changes)  # as the window wires it
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def select(pane: ArticlePane, start: int, end: int) -> None:
    """Select reading-text offsets start–end in the view, as a mouse drag would."""
    text_map = pane.view.text_map
    assert text_map is not None
    cursor = pane.view.textCursor()
    cursor.setPosition(text_map.utf16.to_qt(start))
    cursor.setPosition(text_map.utf16.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)


def _point_of(pane: ArticlePane, offset: int) -> QPoint:
    """A viewport point on the middle of the character at reading offset `offset`."""
    text_map = pane.view.text_map
    assert text_map is not None
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(text_map.utf16.to_qt(offset))
    left = pane.view.cursorRect(cursor)
    cursor.setPosition(text_map.utf16.to_qt(offset + 1))
    right = pane.view.cursorRect(cursor)
    return QPoint((left.x() + right.x()) // 2, left.center().y())


@pytest.mark.parametrize("seed", SEED_FILES)
def test_document_text_is_the_reading_text(pane: ArticlePane, seed: str) -> None:
    source_id = source_id_of(pane._session.store, seed[:3])
    pane.show_source(source_id)
    reading = pane._session.store.sources.get(source_id).reading_text
    assert pane.view.plain_text() == reading
    # Qt's toPlainText writes no-break spaces as spaces; every offset is still the same.
    assert pane.view.document().toPlainText() == reading.replace("\u00a0", " ")


def test_header_is_outside_the_document(pane: ArticlePane) -> None:
    source_id = source_id_of(pane._session.store, "002")
    pane.show_source(source_id)
    source = pane._session.store.sources.get(source_id)
    assert pane.view.header.title.text() == source.title
    assert source.title not in pane.view.plain_text()[:200]
    assert pane.view.header.isVisible()


def test_key_1_highlights_exactly_the_selected_words(qtbot, pane: ArticlePane) -> None:
    store = pane._session.store
    source_id = source_id_of(store, "002")
    pane.show_source(source_id)
    reading = store.sources.get(source_id).reading_text
    start = reading.index("Fast drei Milliarden Dollar")
    end = start + len("Fast drei Milliarden Dollar")
    select(pane, start, end)
    pane.view.setFocus()
    with qtbot.waitSignal(pane.highlight_clicked) as clicked:
        qtbot.keyClick(pane.view, Qt.Key.Key_1)
    (highlight,) = store.highlights.for_source(source_id)
    assert (highlight.start, highlight.end, highlight.label) == (start, end, "key")
    assert highlight.exact == "Fast drei Milliarden Dollar"
    assert clicked.args == [highlight.id]
    assert pane.view.selected_highlight == highlight.id


def test_undo_and_redo_bring_back_the_same_highlight(pane: ArticlePane) -> None:
    store, stack = pane._session.store, pane._session.undo_stack
    source_id = source_id_of(store, "002")
    pane.show_source(source_id)
    select(pane, 10, 30)
    pane.highlight_selection("risk")
    (made,) = store.highlights.for_source(source_id)
    assert [h.id for h in pane.view._highlights] == [made.id]
    stack.undo()
    assert store.highlights.for_source(source_id) == []
    assert pane.view._highlights == []
    stack.redo()
    (back,) = store.highlights.for_source(source_id)
    assert back.id == made.id and (back.start, back.end) == (made.start, made.end)


def test_emoji_before_the_selection_keeps_offsets_in_code_points(qtbot, tmp_path: Path, pane: ArticlePane) -> None:
    store = pane._session.store
    article = tmp_path / "emoji.txt"
    article.write_text(
        "Emoji im Text\n\nDie Delegation 🇯🇵🇺🇸 reiste ab 😀 und cafe\u0301 war geöffnet. "
        "Danach sprach Kishida über Chips und Halbleiter in Kumamoto.\n",
        encoding="utf-8",
    )
    (result,) = import_paths(store, [article], workers=1)
    pane.show_source(result.source_id)
    reading = store.sources.get(result.source_id).reading_text
    start = reading.index("Kishida")
    select(pane, start, start + len("Kishida über Chips"))
    assert pane.view.selected_span() == (start, start + len("Kishida über Chips"))
    pane.highlight_selection("evidence")
    (highlight,) = store.highlights.for_source(result.source_id)
    assert reading[highlight.start : highlight.end] == "Kishida über Chips"


def test_overlapping_highlights_are_both_clickable(qtbot, pane: ArticlePane) -> None:
    store = pane._session.store
    source_id = source_id_of(store, "002")
    reading = store.sources.get(source_id).reading_text
    outer_start = reading.index("Fast drei Milliarden Dollar")
    outer, _ = store.highlights.add(source_id, outer_start, outer_start + 60, "key")
    inner_start = reading.index("Milliarden", outer_start)
    inner, _ = store.highlights.add(source_id, inner_start, inner_start + len("Milliarden"), "risk")
    pane.show_source(source_id)
    for offset, expected in ((inner_start + 3, inner.id), (outer_start + 2, outer.id)):
        with qtbot.waitSignal(pane.highlight_clicked) as clicked:
            qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(pane, offset))
        assert clicked.args == [expected]


def test_words_inside_a_highlight_of_their_label_select_it_another_label_nests(qtbot, pane: ArticlePane) -> None:
    """`1` on words inside a Key point made a second Key point there, invisible in the text and
    a second card in the notes (`highlight add` did the same): the one around them is selected.
    `3` on them makes a Risk of their own, shown on top, as before."""
    store = pane._session.store
    source_id = source_id_of(store, "002")
    reading = store.sources.get(source_id).reading_text
    outer_start = reading.index("Fast drei Milliarden Dollar")
    outer, _ = store.highlights.add(source_id, outer_start, outer_start + 60, "key")
    inner_start = reading.index("Milliarden", outer_start)
    pane.show_source(source_id)
    select(pane, inner_start, inner_start + len("Milliarden"))
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_1)
    assert [h.id for h in store.highlights.for_source(source_id)] == [outer.id]
    assert pane.view.selected_highlight == outer.id
    select(pane, inner_start, inner_start + len("Milliarden"))
    qtbot.keyClick(pane.view, Qt.Key.Key_3)
    inner = [h for h in store.highlights.for_source(source_id) if h.id != outer.id]
    assert [(h.exact, h.label) for h in inner] == [("Milliarden", "risk")]
    assert store.highlights.get(outer.id).label == "key"


def test_delete_key_removes_the_clicked_highlight_undoably(qtbot, pane: ArticlePane) -> None:
    store = pane._session.store
    source_id = source_id_of(store, "002")
    highlight, _ = store.highlights.add(source_id, 0, 10, "question")
    pane.show_source(source_id)
    with qtbot.waitSignal(pane.highlight_clicked):
        qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(pane, 4))
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert store.highlights.for_source(source_id) == []
    pane._session.undo_stack.undo()
    assert [h.id for h in store.highlights.for_source(source_id)] == [highlight.id]


def test_restoring_a_block_keeps_highlights_on_their_words(pane: ArticlePane) -> None:
    store = pane._session.store
    source_id = source_id_of(store, "002")
    source = store.sources.get(source_id)
    words = "Fast drei Milliarden Dollar"
    start = source.reading_text.index(words)
    highlight, _ = store.highlights.add(source_id, start, start + len(words), "key")
    aside = next(i for i, b in enumerate(source.blocks) if b.role is BlockRole.BOILERPLATE)
    pane.show_source(source_id)
    pane.show_original_action.trigger()
    assert source.blocks[aside].text in pane.view.plain_text()

    pane.view.internal_link_clicked.emit(QUrl(f"reader:restore/{aside}"))

    after = store.sources.get(source_id)
    assert after.blocks[aside].role is BlockRole.BODY
    moved = store.highlights.get(highlight.id)
    assert moved.anchor_status is AnchorStatus.ANCHORED
    assert after.reading_text[moved.start : moved.end] == words
    assert pane.show_original_action.isChecked()
    painted = pane.view.painter.spans
    doc_start, doc_end = pane.view.text_map.to_document(moved.start, moved.end)[0]
    assert pane.view.plain_text()[doc_start:doc_end] == words
    assert (doc_start, doc_end) in painted  # no emoji here: Qt positions are offsets

    pane._session.undo_stack.undo()
    assert store.sources.get(source_id).blocks[aside].role is BlockRole.BOILERPLATE
    assert store.highlights.get(highlight.id).start == start


def test_hiding_a_body_block_from_the_context_menu_action(pane: ArticlePane) -> None:
    store = pane._session.store
    source_id = source_id_of(store, "002")
    source = store.sources.get(source_id)
    body = next(i for i, b in enumerate(source.blocks) if b.role is BlockRole.BODY)
    pane.show_source(source_id)
    pane._set_block_role(body, BlockRole.BOILERPLATE)
    assert source.blocks[body].text not in pane.view.plain_text()
    assert pane.view.plain_text() == store.sources.get(source_id).reading_text


def test_nothing_is_loaded_and_only_web_links_open(monkeypatch: pytest.MonkeyPatch, pane: ArticlePane) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    assert pane.view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("https://x/pixel.png")) is None
    assert pane.view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("file:///etc/passwd")) is None
    assert not open_external(QUrl("javascript:alert(1)"))
    assert not open_external(QUrl("file:///etc/passwd"))
    assert open_external(QUrl("https://example.org/a"))
    assert opened == ["https://example.org/a"]
    assert not pane.view.openLinks() and not pane.view.openExternalLinks()


def test_reading_position_round_trip_and_zoom(pane: ArticlePane) -> None:
    pane.show_source(source_id_of(pane._session.store, "001"))
    pane.set_reading_position(0.5)
    assert pane.reading_position() == pytest.approx(0.5, abs=0.01)
    size = pane.view.document().defaultFont().pointSizeF()
    pane.zoom_in()
    assert pane.view.document().defaultFont().pointSizeF() > size
    pane.zoom_reset()
    assert pane.view.document().defaultFont().pointSizeF() == size


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_label_colour_keeps_text_readable(name: str, pane: ArticlePane) -> None:
    theme = THEMES[name]
    assert {label.key for label in LABELS} == set(theme.labels)
    for colour in theme.labels.values():
        assert contrast_ratio(theme.ink, colour) >= 7.0
    pane.set_theme(name)
    assert pane.view.palette().base().color().name() == theme.page
