"""Joining reports into a story and merging two names of one entity are told apart, in the
menus and in their dialogs' titles, in both languages.

Seen walking the German window (session 26): with View ▸ Namen und Zahlen open, Quelle ▸
"Zusammenführen mit …" (join the open report with another into a story) and the entity menu's
"Zusammenführen mit …" (merge the chosen entries into another) stood side by side in the menu
bar, and Strg+Umschalt+J opened a dialog titled "Zusammenführen mit" over the entities — which
read as the entity merge."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("language", ["en", "de"])
def test_join_and_merge_have_names_of_their_own(make_window, qtbot, speak, language) -> None:
    speak(language)
    window = make_window()
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
    join = window.stories.join_action.text().replace("&", "")
    merge = window.entities.corrections.merge_action.text().replace("&", "")
    assert join != merge
    assert join.split()[0] != merge.split()[0], (join, merge)  # not the same verb either
    assert join == {"en": "Join with…", "de": "Verbinden mit …"}[language]
