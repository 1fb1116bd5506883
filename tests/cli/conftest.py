"""What the command-line tests share: a library in a temporary folder with the seeds imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main


@pytest.fixture
def lib(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """`--data-dir` of a fresh library holding the five seeds, ready to put before a command."""
    base = ["--data-dir", str(tmp_path / "lib")]
    assert main([*base, "import", str(seeds_dir), "--workers", "1"]) == 0
    capsys.readouterr()
    return base
