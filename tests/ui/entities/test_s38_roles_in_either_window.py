"""A German source's roles in an English window (issue 15, session 38): the Roles column said
"Abg.", "Vizekanzler" and "ehemalige Ministerin" as the source wrote them beside English roles.
The office table says the common German offices in English, a short office is written out in
the form the first name says, and a former office stays former: the English window reads
"lawmaker", "Vice Chancellor", "former Minister", the German one "Abgeordneter", "Vizekanzler",
"ehemalige Ministerin" — as `briefing entities` and the who's who do
(tests/cli/test_cli_s38_roles_in_either_language.py). A real library, indexed by the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.entities.texts_library import imported, roles_by_name

GERMAN = """Haushalt im Streit

Am Mittwoch kritisierte der Abg. Thomas Müller den Haushalt scharf. Vizekanzler Robert Hahn
verteidigte ihn, und die ehemalige Ministerin Anna Schulz schwieg. Müller kündigte einen Antrag an.
"""


@pytest.fixture
def library(data_dir: Path, tmp_path: Path) -> Path:
    imported(data_dir, tmp_path, {"haushalt.txt": GERMAN})
    return data_dir


def test_an_english_window_says_the_german_offices_in_english(library, make_window, qtbot, speak) -> None:
    speak("en")
    roles = roles_by_name(make_window(), qtbot)
    assert roles["Thomas Müller"] == "lawmaker"
    assert roles["Robert Hahn"] == "Vice Chancellor"
    assert roles["Anna Schulz"] == "former Minister"


def test_a_german_window_writes_them_out_in_german(library, make_window, qtbot, speak) -> None:
    speak("de")
    roles = roles_by_name(make_window(), qtbot)
    assert roles["Thomas Müller"] == "Abgeordneter"
    assert roles["Robert Hahn"] == "Vizekanzler"
    assert roles["Anna Schulz"] == "ehemalige Ministerin"
    speak("en")
