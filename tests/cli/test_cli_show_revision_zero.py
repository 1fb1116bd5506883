"""`briefing show --revision N` counts revisions from 1 (1 = first import): 0 or a negative
number is an error line naming the range, never the current text shown as if it were asked for."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "revisions"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("wanted", ["0", "-1"])
def test_revision_below_one_is_an_error_not_the_current_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], wanted: str
) -> None:
    files = tmp_path / "clippings"
    shutil.copytree(DATA, files)
    lib = ("--data-dir", str(tmp_path / "lib"))
    assert run(capsys, *lib, "import", str(files / "ecb-v1.md"))[0] == 0
    assert run(capsys, *lib, "import", "--update", str(files / "ecb-v2.md"))[0] == 0

    code, out, err = run(capsys, *lib, "show", "1", "--revision", wanted)
    assert code == 1 and out == ""
    assert err.strip() == f"briefing: #1 has no revision {wanted} (revisions are numbered 1 to 2)"


def test_revision_one_of_a_never_updated_source_is_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = tmp_path / "clippings"
    shutil.copytree(DATA, files)
    lib = ("--data-dir", str(tmp_path / "lib"))
    assert run(capsys, *lib, "import", str(files / "ecb-v1.md"))[0] == 0
    code, out, _ = run(capsys, *lib, "show", "1", "--revision", "1")
    assert code == 0 and "4.5 percent in October" in out
    code, _, err = run(capsys, *lib, "show", "1", "--revision", "0")
    assert code == 1 and "no revision 0 (revisions are numbered 1 to 1)" in err
