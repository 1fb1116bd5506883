"""`briefing show --revision N` counts revisions from 1 (1 = first import): 0 or a negative
number is an error line naming the range, never the current text shown as if it were asked for."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run


DATA = Path(__file__).resolve().parents[1] / "data" / "revisions"


@pytest.mark.parametrize("wanted", ["0", "-1"])
def test_revision_below_one_is_an_error_not_the_current_text(
    tmp_path: Path, run: Run, wanted: str
) -> None:
    files = tmp_path / "clippings"
    shutil.copytree(DATA, files)
    lib = ("--data-dir", str(tmp_path / "lib"))
    assert run(*lib, "import", str(files / "ecb-v1.md"))[0] == 0
    assert run(*lib, "import", "--update", str(files / "ecb-v2.md"))[0] == 0

    code, out, err = run(*lib, "show", "1", "--revision", wanted)
    assert code == 1 and out == ""
    assert err.strip() == f"briefing: #1 has no revision {wanted} (revisions are numbered 1 to 2)"


def test_revision_one_of_a_never_updated_source_is_its_text(
    tmp_path: Path, run: Run
) -> None:
    files = tmp_path / "clippings"
    shutil.copytree(DATA, files)
    lib = ("--data-dir", str(tmp_path / "lib"))
    assert run(*lib, "import", str(files / "ecb-v1.md"))[0] == 0
    code, out, _ = run(*lib, "show", "1", "--revision", "1")
    assert code == 0 and "4.5 percent in October" in out
    code, _, err = run(*lib, "show", "1", "--revision", "0")
    assert code == 1 and "no revision 0 (revisions are numbered 1 to 1)" in err
