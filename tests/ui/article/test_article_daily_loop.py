"""Reading-view bugs from issue 13: a drag snaps to whole words (Alt keeps it exact), and a list
item that brings its own number shows no second marker."""

from __future__ import annotations

import pytest
from fixtures_reading import reading_session, seeded_store, source_id_of  # noqa: F401
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from reader.core.ingest import Block, BlockKind, BlockRole
from reader.ui.article.article_pane import ArticlePane
from reader.ui.article.document import build_document
from reader.ui.session import Session
from reader.ui.theme import theme


@pytest.fixture
def pane(qtbot, reading_session: Session) -> ArticlePane:  # noqa: F811
    pane = ArticlePane(reading_session)
    reading_session.changes_applied.connect(pane.apply_changes)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _point_of(pane: ArticlePane, offset: int) -> QPoint:
    """The viewport point at the left edge of the character at reading offset `offset`."""
    text_map = pane.view.text_map
    assert text_map is not None
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(text_map.utf16.to_qt(offset))
    rect = pane.view.cursorRect(cursor)
    return QPoint(rect.x() + 1, rect.center().y())


def _drag(pane: ArticlePane, start: int, end: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press at `start`, move and let go at `end`, as a mouse drag does."""
    viewport = pane.view.viewport()
    begin, finish = _point_of(pane, start), _point_of(pane, end)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, point, button, buttons in (
        (QMouseEvent.Type.MouseButtonPress, begin, left, left),
        (QMouseEvent.Type.MouseMove, (begin + finish) / 2, none, left),
        (QMouseEvent.Type.MouseMove, finish, none, left),
        (QMouseEvent.Type.MouseButtonRelease, finish, left, none),
    ):
        global_point = QPointF(viewport.mapToGlobal(point))
        event = QMouseEvent(kind, QPointF(point), global_point, button, buttons, modifiers)
        QApplication.sendEvent(viewport, event)


def test_a_drag_inside_words_snaps_to_whole_words(pane: ArticlePane) -> None:
    """Bug 3: a drag from inside "Rahmen" stored "ahmen dieses Gipfels…"."""
    source_id = source_id_of(pane._session.store, "000")
    pane.show_source(source_id)
    text = pane._session.store.sources.get(source_id).reading_text
    phrase = "hochrangigen Treffen in Tokio"
    at = text.index(phrase)
    _drag(pane, at + 2, at + len(phrase) - 1)  # from "chrangigen" to "Toki"
    assert pane.view.selected_span() == (at, at + len(phrase))
    pane.highlight_selection("key")
    (highlight,) = pane._session.store.highlights.for_source(source_id)
    assert highlight.exact == phrase


def test_alt_keeps_the_exact_selection(pane: ArticlePane) -> None:
    source_id = source_id_of(pane._session.store, "000")
    pane.show_source(source_id)
    text = pane._session.store.sources.get(source_id).reading_text
    at = text.index("hochrangigen Treffen in Tokio")
    _drag(pane, at + 2, at + 10, Qt.KeyboardModifier.AltModifier)
    assert pane.view.selected_span() == (at + 2, at + 10)


def test_a_numbered_list_item_has_one_marker() -> None:
    """Bug 7: "1. Lieferketten …" was shown as "• 1. Lieferketten …"."""
    blocks = (
        Block(BlockKind.LIST_ITEM, "1. Lieferketten absichern", BlockRole.BODY),
        Block(BlockKind.LIST_ITEM, "– Rohstoffe bündeln", BlockRole.BODY),
        Block(BlockKind.LIST_ITEM, "Chips fördern", BlockRole.BODY),
    )
    document = QTextDocument()
    build_document(document, blocks, theme("light"), original=False)
    shown = [b for b in _blocks(document) if b.text()]
    assert [b.text() for b in shown] == [b.text for b in blocks]
    assert shown[0].textList() is None and shown[1].textList() is None  # their own marker only
    assert shown[0].blockFormat().leftMargin() > 0  # still indented as a list
    assert shown[2].textList() is not None  # no marker of its own: it gets the bullet


def _blocks(document: QTextDocument) -> list:
    block, found = document.begin(), []
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def test_a_keyboard_selection_inside_a_word_snaps_when_highlighted(pane: ArticlePane) -> None:
    """Seen in session 18: a click left the caret inside "hochrangigen", Ctrl+Shift+→ twice
    and 2 highlighted "rangigen Treffen" — the stored quote began mid-word."""
    source_id = source_id_of(pane._session.store, "000")
    pane.show_source(source_id)
    text = pane._session.store.sources.get(source_id).reading_text
    at = text.index("hochrangigen Treffen")
    cursor = pane.view.textCursor()
    cursor.setPosition(pane.view.text_map.utf16.to_qt(at + 4))
    cursor.setPosition(pane.view.text_map.utf16.to_qt(at + 17), QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)
    pane.highlight_selection("evidence")
    (highlight,) = pane._session.store.highlights.for_source(source_id)
    assert highlight.exact == "hochrangigen Treffen"


def test_an_alt_selection_stays_exact_when_highlighted(pane: ArticlePane) -> None:
    source_id = source_id_of(pane._session.store, "000")
    pane.show_source(source_id)
    text = pane._session.store.sources.get(source_id).reading_text
    at = text.index("hochrangigen Treffen in Tokio")
    _drag(pane, at + 2, at + 10, Qt.KeyboardModifier.AltModifier)
    pane.highlight_selection("key")
    (highlight,) = pane._session.store.highlights.for_source(source_id)
    assert highlight.exact == text[at + 2 : at + 10]


def test_a_drag_let_go_inside_a_word_takes_the_whole_word(pane: ArticlePane) -> None:
    """The reported defect: a drag from "planen" let go inside "umfangreiche" must not quote
    "planen umfangr"."""
    source_id = source_id_of(pane._session.store, "000")
    pane.show_source(source_id)
    text = pane._session.store.sources.get(source_id).reading_text
    at = text.index("planen umfangreiche")
    _drag(pane, at, at + len("planen umfangr"))
    pane.highlight_selection("key")
    (highlight,) = pane._session.store.highlights.for_source(source_id)
    assert highlight.exact == "planen umfangreiche"


def test_a_drag_inside_one_word_quotes_just_that_part(pane: ArticlePane) -> None:
    """Part of a compound, dragged on purpose: "technologien" of "Wasserstofftechnologien"."""
    source_id = source_id_of(pane._session.store, "000")
    pane.show_source(source_id)
    text = pane._session.store.sources.get(source_id).reading_text
    at = text.index("Wasserstofftechnologien") + len("Wasserstoff")
    _drag(pane, at, at + len("technologien"))
    assert pane.view.selected_span() == (at, at + len("technologien"))
    pane.highlight_selection("evidence")
    (highlight,) = pane._session.store.highlights.for_source(source_id)
    assert highlight.exact == "technologien"


def test_shift_arrows_inside_one_word_quote_just_that_part(pane: ArticlePane, qtbot) -> None:
    """The keyboard as the mouse: Shift+→ from "Wasserstoff" to the end of "technologien"
    keeps the part; Shift+→ on into "und" reaches past the word, and both words come whole."""
    source_id = source_id_of(pane._session.store, "000")
    pane.show_source(source_id)
    text = pane._session.store.sources.get(source_id).reading_text
    at = text.index("Wasserstofftechnologien und") + len("Wasserstoff")
    pane.view.setFocus()
    for reach, key in ((len("technologien"), Qt.Key.Key_2), (len("technologien un"), Qt.Key.Key_1)):
        cursor = pane.view.textCursor()
        cursor.setPosition(pane.view.text_map.utf16.to_qt(at))
        pane.view.setTextCursor(cursor)
        for _ in range(reach):
            qtbot.keyClick(pane.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(pane.view, key)
    quotes = {h.label: h.exact for h in pane._session.store.highlights.for_source(source_id)}
    assert quotes == {"evidence": "technologien", "key": "Wasserstofftechnologien und"}


def test_right_click_on_a_highlight_offers_to_annotate_it(pane: ArticlePane, qtbot) -> None:
    """Seen walking the loop by mouse: right-click on a highlight offered Delete, Change label
    and Add to briefing, but not Annotate highlight (N), which the Edit menu has."""
    from PySide6.QtWidgets import QMenu

    source_id = source_id_of(pane._session.store, "000")
    pane.show_source(source_id)
    text = pane._session.store.sources.get(source_id).reading_text
    at = text.index("Wasserstofftechnologien")
    _drag(pane, at, at + len("Wasserstofftechnologien"))
    pane.highlight_selection("risk")
    (highlight,) = pane._session.store.highlights.for_source(source_id)
    menu = QMenu(pane)
    pane._extend_context_menu(menu, _point_of(pane, at + 3))
    entries = {a.text().replace("&", ""): a for a in menu.actions()}
    assert {"Delete highlight", "Annotate highlight"} <= set(entries)
    with qtbot.waitSignal(pane.annotate_requested) as asked:
        entries["Annotate highlight"].trigger()
    assert asked.args == [highlight.id]


def test_a_drag_backwards_snaps_and_keeps_its_direction(pane: ArticlePane, qtbot) -> None:
    """A drag from inside "Tokio" back into "hochrangigen" takes both words whole, and the
    caret stays at the start, where the mouse let go: Shift+← then reaches back into the text
    before (it took letters off "Tokio", the caret moved to the far end)."""
    source_id = source_id_of(pane._session.store, "000")
    pane.show_source(source_id)
    text = pane._session.store.sources.get(source_id).reading_text
    phrase = "hochrangigen Treffen in Tokio"
    at = text.index(phrase)
    _drag(pane, at + len(phrase) - 2, at + 3)
    assert pane.view.selected_span() == (at, at + len(phrase))
    pane.view.setFocus()
    for _ in range(2):  # the space, and the last letter of the word before
        qtbot.keyClick(pane.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert pane.view.selected_span() == (at - 2, at + len(phrase))


def test_ctrl_shift_right_to_a_compound_s_hyphen_quotes_the_whole_compound(pane: ArticlePane, qtbot) -> None:
    """Seen walking the window: Ctrl+Shift+→ stops after "Wellness-" in "Wellness-Hotels", and
    `2` stored the highlight „… Diese Wellness-“, half a word and its hyphen, in the notes pane."""
    source_id = source_id_of(pane._session.store, "000")
    pane.show_source(source_id)
    text = pane._session.store.sources.get(source_id).reading_text
    at = text.index("Die Japan-USA-Allianz tritt")
    text_map = pane.view.text_map
    assert text_map is not None
    cursor = pane.view.textCursor()
    cursor.setPosition(text_map.utf16.to_qt(at))
    pane.view.setTextCursor(cursor)
    pane.view.setFocus()
    for _ in range(2):  # "Die ", then "Japan" or "Japan-" (Qt's word ends at the hyphen)
        qtbot.keyClick(pane.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    span = pane.view.selected_span()
    assert span is not None and span[0] == at
    assert text[at:span[1]] in ("Die Japan", "Die Japan-")  # inside the compound
    pane.highlight_selection("evidence")
    (highlight,) = pane._session.store.highlights.for_source(source_id)
    assert highlight.exact == "Die Japan-USA-Allianz"
