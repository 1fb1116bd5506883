"""Del on a highlight says what it did and the way back, and names the briefings whose quote
goes with it.

Seen walking the window (session 26): Del on a highlight the briefing "Japan Q4" quoted left
"(this highlight was deleted)" in the composer without a word in the window, where deleting its
source asks first and names the briefings, and deleting a tag or a briefing says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


def _highlight_and_delete(window, qtbot, quoted_in: list[str]) -> str:
    store, source_id = window.session.store, window.open_source_id
    added = []
    window.session.apply(lambda: added.append(store.highlights.add(source_id, 0, 12, "key")) or added[0][1])
    highlight = added[0][0]
    for name in quoted_in:
        briefing, _changes = store.briefings.create(name)
        store.briefings.add_highlights(briefing.id, [highlight.id])
    view = window.article.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # selects it
    assert view.selected_highlight == highlight.id
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert store.highlights.get(highlight.id) is None or not store.highlights.for_source(source_id)
    return highlight.exact


@pytest.mark.parametrize(("language", "said"), [
    ("en", "Deleted the highlight “{}” (Ctrl+Z brings it back)"),
    ("de", "Markierung „{}“ gelöscht (Strg+Z holt sie zurück)"),
])  # fmt: skip
def test_del_on_a_highlight_says_so(make_window, qtbot, speak, language, said) -> None:
    speak(language)
    window = make_window()
    exact = _highlight_and_delete(window, qtbot, [])
    assert window.statusBar().currentMessage() == said.format(exact)


@pytest.mark.parametrize(("language", "said"), [
    ("en", "Deleted the highlight “{}” and its quote in “Japan Q4”, “Memo” (Ctrl+Z brings both back)"),
    ("de", "Markierung „{}“ und ihr Zitat in „Japan Q4“, „Memo“ gelöscht (Strg+Z holt beides zurück)"),
])  # fmt: skip
def test_del_on_a_quoted_highlight_names_the_briefings(make_window, qtbot, speak, language, said) -> None:
    speak(language)
    window = make_window()
    exact = _highlight_and_delete(window, qtbot, ["Japan Q4", "Memo"])
    assert window.statusBar().currentMessage() == said.format(exact)
    window.session.undo_stack.undo()  # and Ctrl+Z brings the quote back
    assert all(item.highlight_id is not None and window.session.store.highlights.get(item.highlight_id)
               for b in window.session.store.briefings.all() for item in window.session.store.briefings.items(b.id))  # fmt: skip
