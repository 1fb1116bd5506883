"""The Entities view's filter, and the Merge into… chooser's, find a place by its name in either
language: the list names it in the window's language, the sources may use the other.

Seen walking the German window over German and English news: the list said "Türkei", and
"Turkey" — the word of the English article being read — left it empty ("0 von 700 Einträgen");
"Moskau" found nothing while the list still said "Moscow". The English window, over the German
samples, lists "Tokyo" for their "Tokio".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from reader.ui.entities.merge_chooser import MergeChooser
from tests.ui.entities.test_entity_corrections_view import _names, _open, _rows

ARTICLE = """Ankara and Moscow agree on grain corridor

Turkey and Russia agreed on Friday to reopen the grain corridor, officials in Ankara said. The \
foreign ministers met in Moscow for three hours, and Turkey will host the next round of talks.
"""


def _window_with_the_article(make_window, qtbot, tmp_path: Path):
    window = make_window()
    path = tmp_path / "grain.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths([path], report=False)
    return window


@pytest.mark.parametrize(("typed", "listed"), [("Turkey", "Türkei"), ("turk", "Türkei"), ("Moscow", "Moskau"), ("Moskau", "Moskau")])
def test_the_german_list_is_filtered_by_english_names_too(make_window, qtbot, speak, tmp_path, typed, listed) -> None:
    speak("de")
    view = _open(_window_with_the_article(make_window, qtbot, tmp_path), qtbot)
    view.filter_box.insert(typed)
    assert _names(view) == {listed}


@pytest.mark.parametrize(("typed", "listed"), [("Tokio", "Tokyo"), ("Türkei", "Turkey"), ("Moskau", "Moscow")])
def test_the_english_list_is_filtered_by_german_names_too(make_window, qtbot, speak, tmp_path, typed, listed) -> None:
    speak("en")
    view = _open(_window_with_the_article(make_window, qtbot, tmp_path), qtbot)
    view.filter_box.insert(typed)
    assert _names(view) == {listed}


def test_the_merge_chooser_finds_a_place_by_its_other_name(make_window, qtbot, speak, tmp_path) -> None:
    speak("de")
    view = _open(_window_with_the_article(make_window, qtbot, tmp_path), qtbot)
    places = {e.name: e for e in _rows(view)}
    parent = QWidget()
    qtbot.addWidget(parent)
    chooser = MergeChooser([places["Ankara"]], [places["Türkei"], places["Moskau"]], parent)
    chooser.filter_box.insert("Turkey")
    assert chooser.chosen() == places["Türkei"]
    assert [chooser.choices.item(r).isHidden() for r in range(2)] == [False, True]
