"""In a terminal the listings fit its width (a line cut with "…", a snippet or passage wrapped
under its hit); piped, every line stays whole for grep and scripts. Titles and snippets ran to
100–700 columns, wrapped by the terminal under the ids that should line up."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import fit, main

WIDTH = 60


@pytest.fixture
def library(tmp_path: Path, seeds_dir: Path) -> list[str]:
    base = ["--data-dir", str(tmp_path / "lib")]
    assert main([*base, "import", str(seeds_dir)]) == 0
    return base


@pytest.mark.parametrize(
    "command", [["list"], ["search", "Japan"], ["stories"], ["story", "show", "story:1"], ["entities"]]
)
def test_a_terminal_gets_lines_no_wider_than_it(
    library: list[str], command: list[str], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    capsys.readouterr()
    monkeypatch.setattr(fit, "columns", lambda: WIDTH)
    assert main([*library, *command]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and max(len(line) for line in lines) <= WIDTH


def test_piped_output_keeps_every_line_whole(
    library: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main([*library, "list"]) == 0  # captured output is no terminal
    out = capsys.readouterr().out
    assert "Die USA und Japan machen vor, wie eine Technologie-Partnerschaft funktioniert" in out
    assert "…" not in out


def test_a_cut_line_ends_in_an_ellipsis_and_a_wrapped_one_keeps_its_words() -> None:
    assert fit.cut("0123456789", 5) == "0123…"
    text = "Die Japan-USA-Allianz tritt in eine neue Phase ein und bleibt stabil"
    lines = fit.wrapped(text, 17, 50).splitlines()
    assert all(line.startswith(" " * 17) and len(line) <= 50 for line in lines)
    assert " ".join(line.strip() for line in lines) == text
