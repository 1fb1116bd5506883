"""The German window names a refused filter as the user typed it.

Typing `vor:2025-13` in the German window said "Ungültige Suche: before: braucht ein Datum …":
the English filter word, which the user never typed. The window and the `briefing` command both
name it as typed; English typing keeps the English words.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("de", "Japan vor:2025-13", "Ungültige Suche: vor: braucht ein Datum wie 2025"),
        ("de", "Japan nach:", "Ungültige Suche: nach: braucht einen Wert"),
        ("de", "Japan before:2025-13", "Ungültige Suche: before: braucht ein Datum wie 2025"),
        ("en", "Japan before:2025-13", "Invalid search: before: takes a date like 2025"),
        ("en", "Japan vor:2025-13", "Invalid search: vor: takes a date like 2025"),
        # A day the calendar lacks is called that, not answered with the forms it was typed in
        # (session 29: "nach:31.02.2025" was told it "needs a date like … 31.03.2025").
        ("de", "Japan nach:31.02.2025", "Ungültige Suche: nach: diesen Tag gibt es im Kalender nicht (31.02.2025)"),
        ("de", 'vor:"31. April 2025"', "Ungültige Suche: vor: diesen Tag gibt es im Kalender nicht (31. April 2025)"),
        ("en", "Japan before:2025-02-30", "Invalid search: before: there is no such day in the calendar (2025-02-30)"),
        # A German field name lists the German filters, which the search takes.
        ("de", "titel:Japan", "Ungültige Suche: titel: ist kein Filter (Filter: schlagwort, medium, autor, agentur, "
                              "kategorie, in, vor, nach)"),
        ("de", "kategorie:lila", "Ungültige Suche: keine Markierungskategorie „lila“"),
    ],
)
def test_the_refused_filter_is_named_as_typed(make_window, speak, language, typed, said) -> None:
    speak(language)
    window = make_window()
    library = window.library
    library.search_box.setText(typed)
    library.reload()
    assert library.status.property("error") is True
    assert library.status.text().startswith(said)
