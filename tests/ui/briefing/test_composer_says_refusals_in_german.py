"""A briefing name the composer refuses is said in the window's language: the composer's status
line showed the core's English ("a briefing needs a name") in the German window, where the
main window's status bar said the same refusal in German."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("language", "said"), [
    ("en", "A briefing needs a name"),
    ("de", "Ein Briefing braucht einen Namen"),
])  # fmt: skip
def test_a_refused_name_is_said_in_the_windows_language(make_window, speak, language: str, said: str) -> None:
    speak(language)
    window = make_window()
    composer = window.briefings.composer()
    composer.create_briefing("   ")
    assert composer.briefing_id is None
    assert composer.status.text() == said
