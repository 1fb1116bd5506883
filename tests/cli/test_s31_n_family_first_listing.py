"""`briefing entities` lists people named equally often by family name, and a Chinese or
Korean name written family name first is filed under its first word: "Kim Jong Un" under K,
"Moon Jae-in" under M, "Xi Jinping" under X (they came under U, J and J). The window's Name
column: tests/ui/entities/test_s31_n_family_first_view.py."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run

SUMMIT = """Leaders meet in Seoul

Chinese President Xi Jinping arrived in Seoul on Tuesday for two days of talks. Later that day Xi Jinping met President Moon Jae-in at the presidential residence. Moon Jae-in said the talks had been useful. Japanese Prime Minister Shigeru Ishiba joined them in the evening, and Shigeru Ishiba spoke about trade. North Korean leader Kim Jong Un sent a letter; aides said Kim Jong Un wanted more talks. The British envoy Anna Hartley also attended, and Anna Hartley praised the meeting.
"""
BY_FAMILY_NAME = ["Anna Hartley", "Shigeru Ishiba", "Kim Jong Un", "Moon Jae-in", "Xi Jinping"]


def test_listing_files_east_asian_names_under_the_family_name(tmp_path: Path, run: Run) -> None:
    (tmp_path / "summit.txt").write_text(SUMMIT, encoding="utf-8")
    home = ["--data-dir", str(tmp_path / "lib")]
    assert run(*home, "import", str(tmp_path / "summit.txt"))[0] == 0
    code, out, _ = run(*home, "entities", "--kind", "person")
    assert code == 0
    lines = [line for line in out.splitlines() if any(n in line for n in BY_FAMILY_NAME)]
    listed = [next(n for n in BY_FAMILY_NAME if n in line) for line in lines]
    assert listed == BY_FAMILY_NAME, out
