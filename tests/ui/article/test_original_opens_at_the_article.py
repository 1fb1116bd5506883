"""Show original (Ctrl+U) opens where the reader is in the article, not at the page's top.

Seen on real copied pages: ~150 menu lines came before the article, and the original opened
at the top of the page (the scroll bar's fraction was kept: 0 at the article's top), so the
reader scrolled a long way to find the article. Now the block at the view's top is kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFontMetrics

from reader.core.ingest import BlockRole
from tests.ui.copied_page import open_copied_page

SECTIONS = ["Politik", "Wirtschaft", "Sport", "Kultur", "Reise", "Auto", "Digital", "Wissen", "Gesundheit", "Karriere"]
MENU = "\n".join(f"{section} {number}" for number in range(15) for section in SECTIONS)
BODY = "\n\n".join(
    f"Absatz {n}: Der Hamburger Hafen hat im dritten Quartal so viele Container umgeschlagen wie nie "
    "zuvor. Die Betreiber führen das auf neue Liniendienste nach Asien zurück und erwarten, dass "
    "der Trend anhält, sagte die Sprecherin am Montag."
    for n in range(12)
)
PAGE = f"{MENU}\n\nHafen Hamburg meldet Rekordumschlag\n\nVon Anna Weber\n28.10.2025\n\n{BODY}\n\nTeilen auf Facebook\nTeilen auf X\n"


def open_page(make_window, tmp_path: Path):
    """A window (of a laptop's size) with the menu-heavy page open; the source."""
    window = make_window()
    window.resize(1000, 700)
    source = open_copied_page(window, tmp_path, PAGE)
    assert sum(b.role is BlockRole.BOILERPLATE for b in source.blocks) >= 150  # the menu was set aside
    return window, source


def body_index(source, words: str) -> int:
    return next(i for i, b in enumerate(source.blocks) if b.role is BlockRole.BODY and b.text.startswith(words))


def first_visible_line(view) -> str:
    """The text of the block whose first line is at the view's top, hit-tested (not asked of
    the code under test) a line down: the paragraphs here are three lines or more."""
    line = QFontMetrics(view.document().defaultFont()).height()
    shown = view.block_at(QPoint(view.viewport().width() // 2, line))
    assert shown is not None
    return shown.block.text


def test_the_original_opens_at_the_articles_first_block(make_window, tmp_path) -> None:
    window, source = open_page(make_window, tmp_path)
    view = window.article.view
    assert view.verticalScrollBar().value() == 0  # the article from its top, the title whole
    window.article.show_original_action.trigger()
    assert view.original
    assert view.top_block() == body_index(source, "Absatz 0")
    assert first_visible_line(view).startswith("Absatz 0")  # not "Politik 0", 150 lines up


def test_the_block_being_read_stays_at_the_top_there_and_back(make_window, tmp_path) -> None:
    window, source = open_page(make_window, tmp_path)
    view = window.article.view
    reading = body_index(source, "Absatz 6")
    view.block_to_top(reading)
    assert first_visible_line(view).startswith("Absatz 6")
    window.article.show_original_action.trigger()
    assert view.original and first_visible_line(view).startswith("Absatz 6")
    window.article.show_original_action.trigger()
    assert not view.original and first_visible_line(view).startswith("Absatz 6")
    assert view.top_block() == reading


def test_back_from_the_menus_the_article_opens_at_its_top(make_window, tmp_path) -> None:
    """Read the original from its top (the menus): back in the article, its title is whole."""
    window, _source = open_page(make_window, tmp_path)
    view = window.article.view
    window.article.show_original_action.trigger()
    view.verticalScrollBar().setValue(0)
    window.article.show_original_action.trigger()
    assert not view.original and view.verticalScrollBar().value() == 0
