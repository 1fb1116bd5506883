"""The composer to write in (issue 13): docked beside the reading panes with a live preview of
the export, text that saves itself, new items ready for typing, and a hint when empty."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from reader.core.briefing_model import ItemKind
from reader.ui import dialogs
from tests.ui.highlights_listed import listed


def open_memo(window, monkeypatch):
    monkeypatch.setattr(dialogs, "run", lambda d: (d.setTextValue("Memo"), QDialog.DialogCode.Accepted)[1]
                        if isinstance(d, QInputDialog) else 0)  # fmt: skip
    window.briefings.new_action.trigger()
    return window.briefings.composer()


def test_the_composer_is_docked_beside_the_reading_panes(make_window, monkeypatch) -> None:
    window = make_window()
    window.resize(1360, 860)  # the first window's size on a desktop screen (the test screen is 800 px)
    composer = open_memo(window, monkeypatch)
    dock = window.briefings.dock
    assert composer.window() is window and dock.isVisible() and not dock.isFloating()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.splitter.isVisible()  # reading goes on beside it, in a readable column
    assert window.splitter.sizes()[1] >= 460 and window.article.view.viewport().width() >= 400
    assert composer.empty_hint.isVisible() and "empty" in composer.empty_hint.text()
    window.modes.action.trigger()  # All highlights: the composer stays beside it
    assert dock.isVisible()


def test_the_preview_follows_the_briefing_live(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    composer = open_memo(window, monkeypatch)
    store = window.session.store
    composer.add_item(ItemKind.HEADING, "Lieferketten")
    qtbot.waitUntil(lambda: "Lieferketten" in composer.preview.toPlainText())
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    highlight, _ = store.highlights.add(source_id, 0, text.index(" ", 20), "key", "Zahl prüfen")
    window.article.view.select_highlight(highlight.id)
    window.briefings.composer()  # the B key's menu is tested elsewhere; add directly
    from reader.ui.briefing.add_menu import add_to_briefing

    add_to_briefing(window.session, composer.briefing_id, [highlight.id])
    qtbot.waitUntil(lambda: "Zahl prüfen" in composer.preview.toPlainText())
    shown = composer.preview.toPlainText()
    assert text.split()[0] in shown and "Sources" in shown and "[1]" in shown and "[^" not in shown  # a footnote reads as a number
    assert not composer.empty_hint.isVisible()
    assert "reader_id" not in shown  # the front matter is for Obsidian, not the reader


def test_new_text_is_selected_for_typing_and_saves_itself(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    composer = open_memo(window, monkeypatch)
    store = window.session.store
    composer.activateWindow()
    composer._add_text()
    assert QApplication.focusWidget() is composer.editor
    (item,) = store.briefings.items(composer.briefing_id)
    assert composer.current_item().id == item.id
    qtbot.keyClicks(composer.editor, "Warum das wichtig ist")
    qtbot.waitUntil(lambda: store.briefings.item(item.id).text == "Warum das wichtig ist", timeout=3000)
    assert composer.editor.toPlainText() == "Warum das wichtig ist"  # nothing reloaded under the cursor
    window.undo_action.trigger()  # the whole burst of typing is one step
    assert store.briefings.item(item.id).text == ""


def test_switching_items_keeps_what_was_typed(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    composer = open_memo(window, monkeypatch)
    store = window.session.store
    composer.add_item(ItemKind.HEADING, "Eins")
    composer.add_item(ItemKind.TEXT, "")
    first, second = store.briefings.items(composer.briefing_id)
    composer.items_list.setCurrentRow(1)
    qtbot.keyClicks(composer.editor, "Sofort weiter")
    composer.items_list.setCurrentRow(0)  # before the pause: saved on the switch
    assert store.briefings.item(second.id).text == "Sofort weiter"
    assert composer.editor.toPlainText() == "Eins"


def _drop(widget, mime, point) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)


def _two_highlights(window):
    """A key point and a risk on the open source, not overlapping."""
    store, source_id = window.session.store, window.open_source_id
    text = store.sources.get(source_id).reading_text
    first, _ = store.highlights.add(source_id, 0, text.index(" ", 10), "key")
    second, _ = store.highlights.add(source_id, text.index(" ", 30) + 1, text.index(" ", 50), "risk")
    return first, second


def test_highlights_dragged_from_the_notes_pane_and_all_highlights_drop_in_place(
    make_window, monkeypatch, qtbot
) -> None:
    from reader.ui.briefing.drag import dropped_highlights

    window = make_window()
    composer = open_memo(window, monkeypatch)
    store = window.session.store
    first, second = _two_highlights(window)
    window.session.apply(lambda: store.highlights.update(first.id, annotation="x"))
    composer.add_item(ItemKind.HEADING, "Eins")
    composer.add_item(ItemKind.HEADING, "Zwei")
    # from the notes pane, onto the second heading: inserted before it
    notes = window.notes.model
    mime = notes.mimeData([notes.index(notes.row_of(second.id))])
    assert dropped_highlights(mime) == [second.id]
    row_rect = composer.items_list.visualItemRect(composer.items_list.item(1))
    _drop(composer.items_list.viewport(), mime, row_rect.center())
    kinds = [(i.kind, i.highlight_id) for i in store.briefings.items(composer.briefing_id)]
    assert kinds[1] == (ItemKind.HIGHLIGHT, second.id) and len(kinds) == 3
    window.undo_action.trigger()  # one step
    assert len(store.briefings.items(composer.briefing_id)) == 2
    # from All highlights, below the last item: at the end
    window.modes.action.trigger()
    tree = listed(qtbot, window.modes.view)
    head = tree.model.index(0, 0)
    rows = [tree.model.index(r, 0, head) for r in range(tree.model.rowCount(head))]
    mime = tree.model.mimeData([*rows, head])  # the group row carries none
    assert sorted(dropped_highlights(mime)) == sorted([first.id, second.id])
    viewport = composer.items_list.viewport()
    _drop(viewport, mime, QPoint(5, viewport.height() - 2))
    items = store.briefings.items(composer.briefing_id)
    assert [i.kind for i in items][-2:] == [ItemKind.HIGHLIGHT, ItemKind.HIGHLIGHT]


def test_a_highlight_deleted_while_it_is_dragged_is_left_out_of_the_drop(make_window, monkeypatch) -> None:
    """Two highlights dragged from All highlights; one deleted in a terminal before they are
    dropped: the other is added (the drop was refused with an error box, and added neither)."""
    from reader.ui.briefing.drag import highlights_mime

    window = make_window()
    composer = open_memo(window, monkeypatch)
    store = window.session.store
    first, second = _two_highlights(window)
    mime = highlights_mime([first.id, second.id])  # the drag begins
    store.highlights.delete(first.id)
    viewport = composer.items_list.viewport()
    _drop(viewport, mime, QPoint(5, viewport.height() - 2))
    assert [(i.kind, i.highlight_id) for i in store.briefings.items(composer.briefing_id)] == [
        (ItemKind.HIGHLIGHT, second.id)]


def test_the_selected_highlight_drags_from_the_article(make_window, monkeypatch) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    from reader.ui.article import highlight_keys

    window = make_window()
    composer = open_memo(window, monkeypatch)
    store = window.session.store
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    begin = text.index("\n\n") + 2  # in the first paragraph
    highlight, changes = store.highlights.add(source_id, begin, text.index(" ", begin + 30), "key")
    window.session.changes_applied.emit(changes)  # the article paints it
    view = window.article.view
    view.select_highlight(highlight.id)
    QApplication.processEvents()  # let the document lay out at its width
    viewport = view.viewport()
    start = next(QPoint(x, y) for y in range(0, viewport.height(), 3) for x in range(0, viewport.width(), 6)
                 if view.highlight_at(QPoint(x, y)) == highlight.id)  # a point on the highlight
    assert view.highlight_at(start) == highlight.id
    dragged: list[object] = []
    monkeypatch.setattr(highlight_keys, "start_drag", lambda _source, mime: dragged.append(mime))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, point, button, buttons in ((QMouseEvent.Type.MouseButtonPress, start, left, left),
                                         (QMouseEvent.Type.MouseMove, start + QPoint(40, 30), none, left)):  # fmt: skip
        event = QMouseEvent(kind, QPointF(point), QPointF(view.viewport().mapToGlobal(point)), button, buttons,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
        QApplication.sendEvent(view.viewport(), event)
    assert not view.textCursor().hasSelection()  # a drag of the highlight, not a text selection
    (mime,) = dragged
    viewport = composer.items_list.viewport()
    _drop(viewport, mime, QPoint(5, 5))
    (item,) = store.briefings.items(composer.briefing_id)
    assert item.highlight_id == highlight.id


def _ink_left(list_widget, row: int) -> int:
    """The leftmost column the row paints text in, from the row's own left edge."""
    rect = list_widget.visualItemRect(list_widget.item(row))
    image = list_widget.viewport().grab(rect).toImage()
    background = image.pixel(image.width() - 1, image.height() - 1)
    for x in range(image.width()):
        if any(image.pixel(x, y) != background for y in range(image.height())):
            return round(x / image.devicePixelRatio())
    raise AssertionError("nothing painted")


def test_a_long_text_item_is_an_indented_outline_in_the_list(make_window, qapp, monkeypatch) -> None:
    """Seen in the window: a who's who item showed its first line indented under the headings
    and every other line flush left, blank lines and all, filling the list; a long quote
    wrapped back to the left edge the same way. Its words are listed, not its Markdown: an
    inserted chronology showed "[^chron-8]: CT Post, Tom Krisher, …" under its one line."""
    from reader.ui.briefing.outline_delegate import INDENT

    window = make_window(start=False)
    window.resize(1360, 860)  # the list tall enough for the seven-line row (the test screen is 800 px)
    composer = open_memo(window, monkeypatch)
    people = "".join(f"- **Person {n}** [^who-{n}]\n" for n in range(1, 9))
    composer.add_item(ItemKind.HEADING, "Wer ist wer")
    composer.add_item(ItemKind.TEXT, f"**Who's who**\n\n*People*\n\n{people}")
    composer.add_item(ItemKind.TEXT, "")
    composer.items_list.setCurrentRow(-1)
    shown = composer.items_list.item(1).text().split("\n")
    assert shown == ["Who's who", "People", "- Person 1", "- Person 2", "- Person 3", "- Person 4", "…"]
    assert composer.items_list.item(2).text() == "(empty text)"
    composer.add_item(ItemKind.TEXT, "**Chronology**\n\n- **2019-11-20** — New SUVs (CT Post) [^chron-8]\n\n"
                                     "[^chron-8]: CT Post, Tom Krisher, 2019-11-20, “New SUVs”")  # fmt: skip
    assert composer.items_list.item(3).text() == "Chronology\n- 2019-11-20 — New SUVs (CT Post)"
    # a title's Markdown escapes and character references, as a chronology writes them, are
    # shown as the characters (the list showed "\*titles\*" and "&lt;")
    composer.add_item(ItemKind.TEXT, "- **2025-10-28** — \\*Inflation\\* &lt;2 % (FAZ)")
    assert composer.items_list.item(4).text() == "- 2025-10-28 — *Inflation* <2 % (FAZ)"
    qapp.processEvents()
    heading, text = _ink_left(composer.items_list, 0), _ink_left(composer.items_list, 1)
    assert text >= heading + INDENT - 2  # every line of the text under the heading, indented
    rows = composer.items_list.visualItemRect(composer.items_list.item(1)).height()
    assert rows >= 7 * composer.items_list.fontMetrics().height()  # the row holds its seven lines


def test_a_highlight_the_briefing_quotes_is_not_added_twice(make_window, monkeypatch, speak) -> None:
    from reader.ui.briefing.add_menu import add_to_briefing

    window = make_window()
    composer = open_memo(window, monkeypatch)
    store = window.session.store
    source_id = window.open_source_id
    first, _ = store.highlights.add(source_id, 0, 10, "key")
    second, _ = store.highlights.add(source_id, 20, 30, "key")
    said: list[str] = []
    window.session.notice_posted.connect(said.append)
    add_to_briefing(window.session, composer.briefing_id, [first.id])
    add_to_briefing(window.session, composer.briefing_id, [first.id])  # B pressed again
    assert [i.highlight_id for i in store.briefings.items(composer.briefing_id)] == [first.id]
    assert said[-1] == "Already in the briefing “Memo”"
    add_to_briefing(window.session, composer.briefing_id, [first.id, second.id])
    assert [i.highlight_id for i in store.briefings.items(composer.briefing_id)] == [first.id, second.id]
    assert said[-1] == "Added 1 highlight to the briefing “Memo”"
    window.undo_action.trigger()  # one step, the one highlight added
    assert [i.highlight_id for i in store.briefings.items(composer.briefing_id)] == [first.id]
    speak("de")
    add_to_briefing(window.session, composer.briefing_id, [first.id])
    assert said[-1] == "Schon im Briefing „Memo“"
