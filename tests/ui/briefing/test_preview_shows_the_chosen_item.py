"""The composer's preview brings the item chosen in its list into view.

Seen walking through the app: in a briefing longer than the preview, clicking an item near the
end of the list (or pressing End there) left the preview at the top, so the consultant building
a long briefing had to scroll the preview by hand to find what she had chosen. The composer
offscreen over a real library in a temp dir; items are chosen by mouse and by key, as a user
does, and each one's own first words must then stand inside the preview's viewport.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.core.briefing_model import ItemKind
from reader.ui.briefing.add_menu import add_to_briefing
from reader.ui.briefing.item_lines import ItemIdRole
from tests.ui.briefing.seed_composer import seed_composer
from tests.ui.briefing.test_preview_shows_what_was_added import _shown

FILLER = "Ein Absatz mit etwas Text, der die Vorschau füllt. " * 4
# Blocks of more than one line in the preview: a list's items and a table's cells are blocks of
# their own, so where an item begins must be counted in rendered blocks, not Markdown ones.
LIST_AND_TABLE = "- eins\n- zwei\n- drei\n\n| Jahr | Wert |\n|---|---|\n| 2024 | 1 |\n| 2025 | 2 |"


@pytest.fixture
def composer(qtbot, tmp_path: Path):
    with seed_composer(qtbot, tmp_path, 700) as widget:
        store = widget.session.store
        text = store.sources.get(1).reading_text  # type: ignore[union-attr]
        for number in range(10):
            widget.add_item(ItemKind.HEADING, f"Abschnitt {number}")
            widget.add_item(ItemKind.TEXT, LIST_AND_TABLE if number == 3 else FILLER)
        words = " ".join(text.split()[:6])
        start = text.index(words)
        highlight, _changes = store.highlights.add(1, start, start + len(words), "key")
        add_to_briefing(widget.session, widget.briefing_id, [highlight.id])  # type: ignore[arg-type]
        widget.add_item(ItemKind.HEADING, "Ausblick")
        widget.preview.refresh()
        widget.quote_words = words
        yield widget


def _row(composer, heading: str) -> int:
    store = composer.session.store
    for row in range(composer.items_list.count()):
        item = store.briefings.item(composer.items_list.item(row).data(ItemIdRole))
        if item is not None and item.text == heading:
            return row
    raise AssertionError(heading)


def _click(qtbot, composer, row: int) -> None:
    listing = composer.items_list
    listing.scrollToItem(listing.item(row))
    rect = listing.visualItemRect(listing.item(row))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_heading_clicked_near_the_end_is_brought_into_view(qtbot, composer) -> None:
    preview = composer.preview
    assert preview.verticalScrollBar().maximum() > 0  # longer than the preview
    assert not _shown(preview, "Abschnitt 8")
    _click(qtbot, composer, _row(composer, "Abschnitt 8"))
    assert _shown(preview, "Abschnitt 8")


def test_an_item_after_a_list_and_a_table_is_found(qtbot, composer) -> None:
    _click(qtbot, composer, _row(composer, "Abschnitt 4"))
    assert _shown(composer.preview, "Abschnitt 4")
    assert not _shown(composer.preview, "Abschnitt 8")


def test_the_quote_chosen_by_key_is_brought_into_view(qtbot, composer) -> None:
    listing = composer.items_list
    _click(qtbot, composer, 0)
    assert _shown(composer.preview, "Abschnitt 0")
    qtbot.keyClick(listing, Qt.Key.Key_End)  # the last item: "Ausblick"
    assert _shown(composer.preview, "Ausblick")
    qtbot.keyClick(listing, Qt.Key.Key_Up)  # the quote above it
    assert _shown(composer.preview, composer.quote_words[:20])


def test_the_first_item_clicked_again_after_scrolling_away(qtbot, composer) -> None:
    preview = composer.preview
    _click(qtbot, composer, 0)
    bar = preview.verticalScrollBar()
    bar.setValue(bar.maximum())  # the user scrolled the preview to its end
    _click(qtbot, composer, 0)
    assert _shown(preview, "Abschnitt 0")


def test_an_item_in_view_leaves_the_preview_where_it_is(qtbot, composer) -> None:
    preview = composer.preview
    _click(qtbot, composer, _row(composer, "Abschnitt 8"))
    place = preview.verticalScrollBar().value()
    _click(qtbot, composer, _row(composer, "Abschnitt 8") + 1)  # its text, under it
    assert preview.verticalScrollBar().value() == place


def test_chosen_while_the_preview_waits_to_render(qtbot, composer) -> None:
    """A change still to be rendered (a word typed a moment ago): the item is shown once it is."""
    preview = composer.preview
    composer.items_list.setCurrentRow(1)
    composer.editor.setPlainText(FILLER + "Noch ein Satz.")
    composer.item_editor.editor.flush()  # the pause in typing: the preview's refresh is now pending
    _click(qtbot, composer, _row(composer, "Abschnitt 9"))
    preview.refresh()  # what the timer does a moment later
    assert "Noch ein Satz." in preview.toPlainText()
    assert _shown(preview, "Abschnitt 9")
