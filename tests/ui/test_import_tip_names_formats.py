"""File ▸ Import files… says which files it takes.

Seen in the status line (and the toolbar button's tooltip) at first start: "Import article text
files" / "Artikel-Textdateien importieren", though saved web pages and Markdown import too: a
consultant with a folder of saved .html pages read it as "not these".
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("language", "pages"), [("en", "saved web pages"), ("de", "gespeicherte Webseiten")])
def test_the_import_tip_names_web_pages_and_markdown(make_window, speak, language, pages) -> None:
    speak(language)
    window = make_window(start=False)
    tip = window.import_files_action.statusTip()
    speak("en")
    assert pages in tip and ".html" in tip and "Markdown" in tip
