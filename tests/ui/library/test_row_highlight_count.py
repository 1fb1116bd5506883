"""The library row's highlight count does not wear the note's sign.

Seen at 1366 x 768: "✎ 1" on a row with one highlight and "✎ 2" on one with two and no note,
while ✎ in the library table beside it means "has a summary note" (and in the composer, an
annotation). The row shows ❝ (a quoted passage, as the composer marks highlights) and its
tooltip says "2 highlights".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.core.changes import Changes
from reader.ui.library.source_delegate import highlight_count_text


@pytest.mark.parametrize(("language", "said"), [("en", "❝ 2 highlights"), ("de", "❝ 2 Markierungen")])
def test_the_count_is_a_quote_mark_and_the_tooltip_says_it(make_window, speak, language, said) -> None:
    speak(language)
    window = make_window()
    store = window.session.store
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    store.highlights.add(source_id, 0, text.index(" ", 10), "key")
    store.highlights.add(source_id, text.index(" ", 30) + 1, text.index(" ", 50), "risk")
    window.session.apply(lambda: Changes(highlights=frozenset({source_id})))
    model = window.library.model
    row = model.ids().index(source_id)
    tip = model.data(model.index(row), Qt.ItemDataRole.ToolTipRole)
    speak("en")
    assert said in tip.split("\n")
    assert highlight_count_text(2) == "❝ 2" and "✎" not in highlight_count_text(2)
