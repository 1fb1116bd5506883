"""An inserted chronology or who's who writes its own words in the briefing's language (Preferences
▸ Language ▸ Exports, the window's by default), as it writes its days, citations and roles.

Seen in session 25: a window exporting in the other language inserted "**Chronologie**" over
"2025-10-28 — …; also DWN" and English citations (and "**Chronology**" over "28.10.2025 — …"
the other way round); the who's who's "Wer ist wer" / "Personen" stood over English roles. The
briefing is exported in its language ("## Sources"), so its blocks must read in it throughout.
Real window on the seeds: 000, 001 (DWN) and 004 are one story.
"""

from __future__ import annotations

import pytest

from reader.ui.briefing.add_menu import create_briefing


def _inserted(window, briefing_id: int) -> str:
    return [i.text for i in window.session.store.briefings.items(briefing_id) if i.text][-1]


@pytest.mark.parametrize(("window_language", "export"), [("en", "de"), ("de", "en"), ("de", "de")])
def test_a_chronology_in_the_briefings_language(make_window, speak, window_language, export) -> None:
    speak(window_language)
    window = make_window()
    window.session.settings.export_language = export
    briefing_id = create_briefing(window.session, "Japan")
    window.briefings.show(briefing_id)
    window.chronology.action.trigger()  # quotes nothing yet: the library's sources
    text = _inserted(window, briefing_id)
    if export == "de":
        assert text.startswith("**Chronologie**") and "28.10.2025" in text and "; auch DWN" in text
    else:
        assert text.startswith("**Chronology**") and "2025-10-28" in text and "; also DWN" in text


@pytest.mark.parametrize(("window_language", "export"), [("en", "de"), ("de", "en")])
def test_a_whos_who_in_the_briefings_language(make_window, qtbot, speak, window_language, export) -> None:
    speak(window_language)
    window = make_window()
    window.session.settings.export_language = export
    briefing_id = create_briefing(window.session, "Japan")
    window.briefings.show(briefing_id)
    with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):
        window.entities.whos_who.action.trigger()  # indexes first, then inserts
    text = _inserted(window, briefing_id)
    if export == "de":
        assert text.startswith("**Wer ist wer**\n\n*Personen*") and "*Organisationen*" in text
    else:
        assert text.startswith("**Who's who**\n\n*People*") and "*Organisations*" in text
