"""Find under Show original finds and marks the words in the whole page shown, set-aside text too.

Seen on real copied pages: a name in a results table the import had set aside was on the screen
under Show original, yet Find only said "No matches in the article; 2 in set-aside text" and
neither marked nor stepped to them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor

from tests.ui.copied_page import open_copied_page

MENU = "\n".join(f"{section} {number}" for number in range(6)
                 for section in ("Politik", "Wirtschaft", "Sport", "Kultur", "Container-Ticker"))  # fmt: skip
BODY = "\n\n".join(
    f"Absatz {n}: Der Hamburger Hafen hat im dritten Quartal so viele Container umgeschlagen wie nie "
    "zuvor. Die Betreiber führen das auf neue Liniendienste nach Asien zurück."
    for n in range(4)
)
PAGE = f"{MENU}\n\nHafen Hamburg meldet Rekordumschlag\n\nVon Anna Weber\n28.10.2025\n\n{BODY}\n\nTeilen auf Facebook\nTeilen auf X\n"


def _find(make_window, tmp_path: Path, words: str):
    window = make_window()
    open_copied_page(window, tmp_path, PAGE)
    bar = window.article.find_bar
    bar.open()
    bar.edit.setText(words)
    return window, bar


def marked(view) -> list[str]:
    """The words under the find marks, read back from the document itself."""
    return [selection.cursor.selectedText() for selection in view.extraSelections()]


def in_view(view, page_offset: int) -> bool:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.text_map.utf16.to_qt(page_offset))
    return view.viewport().rect().contains(view.cursorRect(cursor))


def test_set_aside_words_are_found_and_marked_under_show_original(make_window, tmp_path) -> None:
    window, bar = _find(make_window, tmp_path, "teilen auf")
    view = window.article.view
    assert bar.count.text() == "No matches in the article; 2 in set-aside text (Ctrl+U)"
    assert marked(view) == [] and bar.edit.placeholderText() == "Find in article"
    window.article.show_original_action.trigger()
    assert bar.count.text() == "1 of 2"
    assert bar.edit.placeholderText() == "Find on page"  # what the box searches now
    assert marked(view) == ["Teilen auf", "Teilen auf"]
    bar.step(1)
    assert bar.count.text() == "2 of 2"
    assert in_view(view, view.matches[1][0])  # stepped to, at the page's foot
    bar.step(1)
    assert bar.count.text() == "1 of 2"  # wrapping round
    window.article.show_original_action.trigger()  # back to the article: its text only again
    assert bar.count.text() == "No matches in the article; 2 in set-aside text (Ctrl+U)"
    assert bar.edit.placeholderText() == "Find in article"
    assert marked(view) == []


def test_the_count_is_the_whole_pages_in_page_order(make_window, tmp_path) -> None:
    """"Container" is in the article four times and in the set-aside menu six times, above it."""
    window, bar = _find(make_window, tmp_path, "container")
    view = window.article.view
    assert bar.count.text() == "1 of 4"
    window.article.show_original_action.trigger()
    assert bar.count.text() == "1 of 10"
    assert marked(view) == ["Container"] * 10
    starts = [start for start, _end in view.matches]
    assert starts == sorted(starts)
    current = view.text_map.block_at(starts[0])
    assert current is not None and current.block.text.startswith("Container-Ticker")  # the menu first
    for _ in range(6):
        bar.step(1)
    assert bar.count.text() == "7 of 10"
    shown = view.text_map.block_at(view.matches[6][0])
    assert shown is not None and shown.block.text.startswith("Absatz 0")  # then the article's


def test_no_matches_on_the_page_says_so(make_window, tmp_path) -> None:
    window, bar = _find(make_window, tmp_path, "Elbphilharmonie")
    window.article.show_original_action.trigger()
    assert bar.count.text() == "No matches"
    assert marked(window.article.view) == []
