"""Each thing has one name in the window, in German and in English: the Entities view and its
menu, and a story in the library and on the timeline.

Seen in the German window: View ▸ "Namen und Zahlen" opened a view whose menu was called
"Namensverzeichnis" (and a tooltip "das Verzeichnis"); in English that tooltip said "the index". A story was "Eine Geschichte: 3 Berichte zu einem Ereignis" on the
timeline, while its library row ("▸ 3") had no word for it. Joining reports into a story was
"zusammenführen" in the Join command's tip, the entity Merge's verb. Real window, real seeds.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.ui.letters import unlettered
from reader.ui.library.source_model import StoryRole

NAMES = {"en": "Entities", "de": "Namen und Zahlen"}
MENUS = {"en": "Entity", "de": "Namen und Zahlen"}  # English: the view's word, singular as the Source menu's


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_entities_view_has_one_name(make_window, speak, language) -> None:
    speak(language)
    window = make_window()
    name = NAMES[language]
    corrections = window.entities.corrections
    menu = next(menu for title, menu in window.menus if corrections.hide_action in menu.actions())
    assert unlettered(menu.title()) == MENUS[language]
    assert unlettered(window.entities.mode.action.text()) == name
    assert name in corrections.hide_action.statusTip()
    speak("en")


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_story_is_named_alike_in_the_library_and_on_the_timeline(make_window, speak, language) -> None:
    speak(language)
    window = make_window()
    window.timeline.action.trigger()
    mark = next(m for m in window.timeline.window.canvas.marks if m.count + m.undated > 1)
    said = window.timeline.window.canvas.describe(mark).splitlines()[2].split(",")[0]
    model = window.library.model
    (row,) = [r for r in range(model.rowCount()) if (m := model.index(r).data(StoryRole)) is not None and m.head]
    tip = model.index(row).data(Qt.ItemDataRole.ToolTipRole).splitlines()
    assert said == {"en": "A story: 3 reports of one event", "de": "Eine Geschichte: 3 Berichte zu einem Ereignis"}[language]
    assert tip[1] == said
    speak("en")


def test_joining_is_not_called_merging(make_window, speak) -> None:
    speak("de")
    window = make_window()
    tip = window.stories.join_action.statusTip()
    assert "verbinden" in tip and "zusammenführen" not in tip
    speak("en")
