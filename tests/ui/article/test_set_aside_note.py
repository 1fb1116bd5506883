"""The reading view says what the importer set aside and links to the original.

Seen reading real copied pages: a homify page kept two sentences of a browser warning as the
article ("Dein Browser ist leider veraltet."), a petition page ended on "… unterschreibt bitte
alle diese Petition:", and nothing on screen said that the rest of the page was kept and could
be restored: Show original was only in the View menu."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reader.core.ingest import Block, BlockKind, BlockRole
from reader.ui.article.set_aside_note import SHOW_ORIGINAL_LINK
from tests.ui.copied_page import open_copied_page

PAGE = """Startseite
Politik
Wirtschaft
Kontakt
Impressum
Datenschutz

Hafen Hamburg meldet Rekordumschlag

Von Anna Weber
28.10.2025

Der Hamburger Hafen hat im dritten Quartal so viele Container umgeschlagen wie nie zuvor. Die Betreiber führen das auf neue Liniendienste nach Asien zurück und erwarten, dass der Trend anhält.

Kritiker warnen dagegen vor der Abhängigkeit von wenigen Reedereien, die ihre Routen jederzeit verlegen könnten. Die Stadt will deshalb die Zufahrt weiter ausbauen.

Teilen auf Facebook
Teilen auf X
Newsletter abonnieren
"""


def _open(make_window, tmp_path: Path):
    window = make_window()
    return window, open_copied_page(window, tmp_path, PAGE)


def test_the_header_counts_what_was_set_aside_and_its_link_toggles_the_original(make_window, tmp_path) -> None:
    window, source = _open(make_window, tmp_path)
    aside = [b for b in source.blocks if b.role is BlockRole.BOILERPLATE]
    assert len(aside) >= 6  # the menu, the share row and the newsletter prompt
    note = window.article.view.header.set_aside
    assert note.isVisibleTo(window)
    text = note.text()
    assert f"Set aside at import: {len(aside)} blocks (navigation" in text
    assert "Show original" in text and SHOW_ORIGINAL_LINK in text
    assert "Little of the page" not in text  # two full paragraphs kept: no warning

    note.linkActivated.emit(SHOW_ORIGINAL_LINK)
    assert window.article.show_original_action.isChecked()
    assert window.article.view.original
    assert "Back to the article" in note.text()
    assert "Startseite" in window.article.view.plain_text()  # the set-aside menu is on screen

    note.linkActivated.emit(SHOW_ORIGINAL_LINK)
    assert not window.article.show_original_action.isChecked()
    assert not window.article.view.original
    assert "Startseite" not in window.article.view.plain_text()


def test_a_thin_article_says_text_may_be_missing(make_window, tmp_path) -> None:
    window, source = _open(make_window, tmp_path)
    header = window.article.view.header
    menu = tuple(Block(BlockKind.PARAGRAPH, f"Rubrik Nummer {n} mit Unterseiten", BlockRole.BOILERPLATE, "navigation")
                 for n in range(30))  # fmt: skip
    thin = replace(source, blocks=(*menu, Block(BlockKind.PARAGRAPH, "Lade einen neueren Browser herunter.")))
    header.show_source(thin, original=False)
    assert header.set_aside.text().startswith("Little of the page was kept as the article")
    assert "Set aside at import: 30 blocks (navigation)" in header.set_aside.text()


def test_nothing_set_aside_says_nothing(make_window, tmp_path) -> None:
    window, source = _open(make_window, tmp_path)
    header = window.article.view.header
    kept = tuple(b for b in source.blocks if b.role is not BlockRole.BOILERPLATE)
    header.show_source(replace(source, blocks=kept), original=False)
    assert header.set_aside.text() == ""
    assert not header.set_aside.isVisibleTo(window)


def test_ctrl_u_in_the_library_list_shows_the_original(make_window, tmp_path, qtbot) -> None:
    """The View menu shows Ctrl+U; pressed while the library list had the keys (where a
    reader is after J/K), it did nothing: the shortcut was the article pane's alone."""
    from PySide6.QtCore import Qt

    window, _source = _open(make_window, tmp_path)
    window.activateWindow()
    window.library.source_view.setFocus()
    qtbot.keyClick(window.library.source_view, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert window.article.show_original_action.isChecked()
    assert window.article.view.original


def test_find_says_when_the_words_are_only_in_set_aside_text(make_window, tmp_path) -> None:
    """Looking for a name in a results table the import had set aside, Ctrl+F said "No matches"
    even under Show original with the table on screen."""
    window, _source = _open(make_window, tmp_path)
    bar = window.article.find_bar
    bar.open()
    bar.edit.setText("Kritiker")
    assert bar.count.text() == "1 of 1"
    bar.edit.setText("teilen auf")
    assert bar.count.text() == "No matches in the article; 2 in set-aside text (Ctrl+U)"
    window.article.show_original_action.trigger()
    assert bar.count.text() == "1 of 2"  # on the screen there, so found and marked
    bar.edit.setText("Elbphilharmonie")
    assert bar.count.text() == "No matches"
