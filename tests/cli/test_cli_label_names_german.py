"""The label names `briefing` prints are the window's: a German user (German chosen under
Preferences ▸ Language) reads "Beleg/Zahl" where the window says it, and the command said
"Evidence/figure". A renamed label keeps the user's name; with no language chosen it is English,
whatever the terminal's locale, as an export's words are (`export_language`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader import paths
from reader.core.settings import Settings

if TYPE_CHECKING:
    from tests.cli.conftest import Run

QUOTE = "hochrangigen Treffen in Tokio"


def _labelled(lib: list[str], run: Run) -> None:
    assert run(*lib, "highlight", "add", "1", "--quote", QUOTE, "--label", "evidence").code == 0


def test_a_german_window_s_label_names_are_printed(lib: list[str], run: Run) -> None:
    Settings(language="de", label_names={"risk": "Gefahr"}).save(paths.resolve(lib[1]).settings_file)
    code, out, _ = run(*lib, "highlight", "add", "1", "--quote", QUOTE, "--label", "2")
    assert (code, out) == (0, f"highlight #1 (Beleg/Zahl) in ¶1: “{QUOTE}”\n")
    assert run(*lib, "highlight", "list", "1").out.split()[1] == "Beleg/Zahl"
    assert run(*lib, "highlight", "label", "1", "3").out == "highlight #1: Gefahr\n"
    assert run(*lib, "highlight", "label", "1", "Kernaussage").out == "highlight #1: Kernaussage\n"
    err = run(*lib, "highlight", "label", "1", "lila").err
    assert err == ("briefing: unknown label “lila”; the labels: 1 key “Kernaussage”, 2 evidence “Beleg/Zahl”, "
                   "3 risk “Gefahr”, 4 client “Zitat für Kunden”, 5 question “Frage”\n")  # fmt: skip


def test_without_a_language_chosen_they_are_english(lib: list[str], run: Run) -> None:
    _labelled(lib, run)
    assert "Evidence/figure" in run(*lib, "highlight", "list", "1").out
    Settings(language="en").save(paths.resolve(lib[1]).settings_file)
    assert "Evidence/figure" in run(*lib, "highlight", "list", "1").out
