"""A search date the calendar lacks is called that, not answered with the forms it was typed in.

Seen in the German window (session 29): `after:31.02.2025` was refused with "Ungültige Suche:
after: braucht ein Datum wie 2025, 03.2025, 31.03.2025 …" — the very form typed, so nothing said
what was wrong. The metadata editor already said "diesen Tag gibt es im Kalender nicht"; the
search now says so too, naming the date, and a search typed in no date form keeps the forms.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("de", "Japan nach:31.02.2025", "Ungültige Suche: nach: diesen Tag gibt es im Kalender nicht (31.02.2025)"),
        ("de", 'vor:"31. April 2025"', "Ungültige Suche: vor: diesen Tag gibt es im Kalender nicht (31. April 2025)"),
        ("en", "Japan before:2025-02-30", "Invalid search: before: there is no such day in the calendar (2025-02-30)"),
        ("de", "Japan vor:2025-13", "Ungültige Suche: vor: braucht ein Datum wie 2025"),  # no day: the forms
    ],
)
def test_a_day_not_on_the_calendar_is_called_that(make_window, speak, language, typed, said) -> None:
    speak(language)
    window = make_window()
    library = window.library
    library.search_box.setText(typed)
    library.reload()
    assert library.status.property("error") is True
    assert library.status.text().startswith(said)
    speak("en")
