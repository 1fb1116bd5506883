"""An office held and held before listed once, alike in the Entities pane, `briefing entities`
and the who's who (issue 15, session 39): Joe Biden, called the former Vice President by two
sources and the Vice President by one, is "former Vice President, US President"; Kamala
Harris, Vice President in three and former Vice President in two, keeps the office held —
the form more sources give, over its spellings. One library, indexed by the window, read by
the command line and the who's who too."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.entities.texts_library import imported, roles_by_name

TEXTS = {
    "a.txt": "Iowa\n\nIt is a state where former Vice President Joe Biden has led the polls for months. "
    "Volker said he never raised Vice President Biden with anyone in Kyiv.\n",
    "b.txt": "Atlanta\n\nDemocrats in Atlanta cheered former Vice President Joe Biden on Sunday.\n",
    "c.txt": "Ukraine\n\nBack in 2014 Vice President Joe Biden became the point man for Ukraine policy.\n",
    "d.txt": "Tokio\n\nUS-Präsident Joe Biden traf am Freitag den japanischen Regierungschef in Washington.\n",
    "e.txt": "Senate\n\nVice President Kamala Harris broke a tie in the Senate on Tuesday.\n",
    "f.txt": "Border\n\nVice President Kamala Harris visited the border on Friday.\n",
    "g.txt": "Besuch\n\nVizepräsidentin Kamala Harris besuchte am Montag München.\n",
    "h.txt": "Book\n\nFormer Vice President Kamala Harris wrote a book about the campaign.\n",
    "i.txt": "Tour\n\nFormer Vice President Kamala Harris began a book tour on Monday.\n",
}
BIDEN = {"en": "former Vice President, US President", "de": "Ex-Vizepräsident, US-Präsident"}
HARRIS = {"en": "Vice President", "de": "Vizepräsidentin"}


@pytest.fixture
def library(data_dir: Path, tmp_path: Path) -> Path:
    imported(data_dir, tmp_path, TEXTS)
    return data_dir


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_pane_the_cli_and_the_whos_who_list_the_office_once(
    lang, library, make_window, qtbot, speak, capsys
) -> None:
    from reader.cli import main

    speak(lang)
    roles = roles_by_name(make_window(), qtbot)
    speak("en")
    assert roles["Joe Biden"] == BIDEN[lang]
    assert roles["Kamala Harris"] == HARRIS[lang]

    capsys.readouterr()
    assert main(["--data-dir", str(library), "entities", "--kind", "person"]) == 0
    listed = capsys.readouterr().out.splitlines()  # in English, whatever the window speaks
    assert next(line for line in listed if "Joe Biden" in line).endswith(f"Joe Biden  ({BIDEN['en']})")
    assert next(line for line in listed if "Kamala Harris" in line).endswith(f"Kamala Harris  ({HARRIS['en']})")

    assert main(["--data-dir", str(library), "entities", "--whos-who", "--language", lang]) == 0
    whos_who = capsys.readouterr().out.splitlines()
    assert next(line for line in whos_who if line.startswith("- **Joe Biden**")).startswith(
        f"- **Joe Biden** — {BIDEN[lang]} ["
    )
    assert next(line for line in whos_who if line.startswith("- **Kamala Harris**")).startswith(
        f"- **Kamala Harris** — {HARRIS[lang]} ["
    )
