"""`briefing entities` and offices (session 28): the listing keeps one role per office in English
(a script reads the same words on every machine), the who's who follows the export language as
the window's does — "Vizepremier" for an English source's "vice-premier" in German."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run

ENGLISH = """China and the United States resume trade talks

BEIJING — Chinese vice-premier Liu He will travel to Washington next week, the commerce ministry
said on Monday. Aseem Prakash, founding director of the Center for Environmental Politics, said
the talks mattered.
"""
GERMAN = """Xi empfängt Scholz in Peking

Präsident Xi Jinping hat am Montag Bundeskanzler Olaf Scholz in Peking empfangen.
"""


def _library(tmp_path: Path, run: Run, exports: str | None) -> list[str]:
    from reader import paths
    from reader.core.settings import Settings

    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    home = ["--data-dir", str(tmp_path / "lib")]
    assert run(*home, "import", str(tmp_path / "en.txt"), str(tmp_path / "de.txt"))[0] == 0
    if exports is not None:
        where = paths.resolve(str(tmp_path / "lib")).settings_file
        settings = Settings.load(where)
        settings.export_language = exports
        settings.save(where)
    return home


def test_whos_who_says_offices_in_the_export_language(tmp_path: Path, run: Run) -> None:
    home = _library(tmp_path, run, "de")
    code, out, _ = run(*home, "entities", "--whos-who")
    assert code == 0 and "- **Liu He** — Vizepremier [^who-1]" in out
    assert "- **Aseem Prakash** — Gründungsdirektor [^who-1]" in out
    assert "- **Xi Jinping** — Präsident [^who-2]" in out


def test_the_listing_keeps_english_offices(tmp_path: Path, run: Run) -> None:
    home = _library(tmp_path, run, "de")
    code, out, _ = run(*home, "entities", "--kind", "person")
    assert code == 0 and "Liu He  (vice-premier)" in out and "Xi Jinping  (President)" in out
    assert "Olaf Scholz  (Chancellor)" in out


def test_whos_who_is_english_without_german_exports(tmp_path: Path, run: Run) -> None:
    home = _library(tmp_path, run, None)
    code, out, _ = run(*home, "entities", "--whos-who")
    assert code == 0 and "- **Xi Jinping** — President [^who-2]" in out
    assert "- **Liu He** — vice-premier [^who-1]" in out
