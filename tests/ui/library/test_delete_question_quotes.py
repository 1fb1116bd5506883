"""The delete question quotes a title that quotes something without doubling the marks."""

from __future__ import annotations

from collections.abc import Callable

from reader.ui.library.delete_dialog import delete_question


def test_a_quoted_title_nests_single_marks_in_german(qtbot, speak: Callable[[str], None]) -> None:
    speak("de")
    box = delete_question("Japan–USA schmieden „Goldenes Bündnis“", 0, False)
    qtbot.addWidget(box)
    assert box.text() == "„Japan–USA schmieden ‚Goldenes Bündnis‘“ löschen?"


def test_and_in_english(qtbot) -> None:
    box = delete_question("Japan–USA schmieden „Goldenes Bündnis“", 0, False)
    qtbot.addWidget(box)
    assert box.text() == "Delete “Japan–USA schmieden ‘Goldenes Bündnis’”?"
