"""`briefing export --language de` and `entities --whos-who --language de`.

The command line wrote its exports' own words in English unless German was chosen in the
window's Preferences: a German consultant scripting exports (the users this app is for) had no
way to say German from the terminal, and `export --help` did not say which language it writes.
A real library in a tmp folder, no settings file (as on a machine where the window never ran).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.cli.main import build_parser

if TYPE_CHECKING:
    from tests.cli.conftest import Run

QUOTE = "Die Japan-USA-Allianz tritt in eine neue Phase ein"


def test_export_writes_the_language_asked_for(lib: list[str], tmp_path: Path, run: Run) -> None:
    assert run(*lib, "highlight", "add", "1", "--quote", QUOTE).code == 0
    assert run(*lib, "briefing", "create", "Q4").code == 0
    assert run(*lib, "briefing", "add", "Q4", "--highlight", "1").code == 0
    for language, words in (("de", ("## Markierungen", "Kernaussage · Absatz 1")),
                            ("en", ("## Highlights", "Key point · paragraph 1"))):
        out = tmp_path / language
        out.mkdir()
        assert run(*lib, "export", "--source", "1", "--language", language, str(out)).code == 0
        (written,) = out.glob("*.md")
        text = written.read_text(encoding="utf-8")
        assert all(word in text for word in words), text
    german = tmp_path / "q4.md"
    assert run(*lib, "export", "--briefing", "Q4", "--language", "de", str(german)).code == 0
    assert "## Quellen" in german.read_text(encoding="utf-8")
    (tmp_path / "none").mkdir()
    assert run(*lib, "export", "--all", str(tmp_path / "none")).code == 0  # no settings: English
    assert all("## Highlights" in p.read_text(encoding="utf-8") for p in (tmp_path / "none").glob("Japan–USA*.md"))


def test_export_help_says_how_its_language_is_chosen(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["export", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "--language L the language of the words the export writes itself" in said
    assert "de or en; default: the export language chosen in the window's Preferences, else English" in said


def test_whos_who_in_german_and_language_refused_without_it(lib: list[str], run: Run) -> None:
    code, out, _ = run(*lib, "entities", "--whos-who", "--source", "2", "--language", "de")
    assert code == 0 and out.startswith("**Wer ist wer**\n") and "*Personen*" in out
    code, out, err = run(*lib, "entities", "--language", "de")
    assert (code, out) == (1, "") and "--language goes with --whos-who" in err


@pytest.mark.parametrize("written", ["DE", "De", "Deutsch", "german", " de "])
def test_the_language_may_be_written_as_a_user_writes_it(lib: list[str], tmp_path: Path, run: Run,
                                                         written: str) -> None:  # fmt: skip
    """`--language DE` and `--language Deutsch` were invalid choices."""
    assert run(*lib, "highlight", "add", "1", "--quote", QUOTE).code == 0
    assert run(*lib, "export", "--source", "1", "--language", written, str(tmp_path)).code == 0
    (made,) = tmp_path.glob("*.md")
    assert "## Markierungen" in made.read_text(encoding="utf-8")
    code, out, _ = run(*lib, "entities", "--whos-who", "--source", "2", "--language", written)
    assert code == 0 and out.startswith("**Wer ist wer**")


def test_a_language_there_is_none_of_is_still_refused(lib: list[str], run: Run,
                                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    with pytest.raises(SystemExit) as ended:
        run(*lib, "entities", "--whos-who", "--language", "fr")
    assert ended.value.code == 2
    assert capsys.readouterr().err.endswith("argument --language: invalid choice: 'fr' (choose from 'de', 'en')\n")


def test_an_export_of_nothing_chosen_names_the_choices_with_an_example(
    lib: list[str], run: Run, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`export ~/out --language de` said "one of the arguments --source --tag --saved --all
    --briefing is required", argparse's words, with no word of which a new user wanted."""
    with pytest.raises(SystemExit) as ended:
        run(*lib, "export", str(tmp_path / "out"), "--language", "de")
    assert ended.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "briefing export: error: say what to export: --all (the whole library), --source ID, --tag T, --saved NAME "
        f"or --briefing NAME, e.g. briefing export --tag Japan {tmp_path / 'out'}")  # fmt: skip
    assert not (tmp_path / "out").exists()
