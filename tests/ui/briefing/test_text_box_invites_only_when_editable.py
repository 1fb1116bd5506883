"""The composer's text box invites typing only when an item's text is in it.

Seen at 1366 x 768 with a quote chosen: the greyed box still read "Connecting text in
Markdown", a consultant clicked into it and typed "Die Eskalation trifft …", nothing appeared,
and the letters went to the list's one-key commands (K and J turned the library's pages). Now
the box is blank while nothing editable is chosen, and the line above names Add text.
"""

from __future__ import annotations

from pathlib import Path

from seed_composer import seed_composer

from reader.core.briefing_model import ItemKind


def test_the_placeholder_shows_only_over_an_editable_item(qtbot, tmp_path: Path) -> None:
    with seed_composer(qtbot, tmp_path, 700) as composer:
        assert not composer.editor.isEnabled()  # an empty briefing: nothing chosen
        assert composer.editor.placeholderText() == ""
        assert "Add text" in composer.editor_label.text()
        composer.add_item(ItemKind.TEXT, "")
        assert composer.editor.isEnabled()
        assert composer.editor.placeholderText() == "Connecting text in Markdown"
        assert composer.editor_label.text() == "Edit the text:"
        composer.items_list.setCurrentRow(-1)
        assert composer.editor.placeholderText() == ""
