"""`briefing restore` while another process has the library open (a `briefing import` in
another terminal) is refused, the library untouched. It checked only for the window: the
import went on writing into the file the restore had set aside and reported 203 sources
imported into a library that held none of them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run

REPO = Path(__file__).resolve().parents[2]

# Another program with the library open, as an import holds it between two batches: it says
# so on stdout, then keeps it open until its stdin is closed.
HOLDER = """
import sys
from reader.core.store import Store
store = Store.open(sys.argv[1])
store.sources.count()
print("open", flush=True)
sys.stdin.read()
store.close()
"""


@pytest.mark.skipif(os.name != "posix", reason="the check reads POSIX file locks")
def test_restore_waits_for_the_other_program(lib: list[str], run: Run, tmp_path: Path) -> None:
    db = tmp_path / "lib" / "library.sqlite"
    assert run(*lib, "backup")[0] == 0
    assert run(*lib, "tag", "add", "1", "Japan")[0] == 0  # what a restore now would undo
    env = dict(os.environ, PYTHONPATH=str(REPO))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=env)  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        before = db.read_bytes()
        code, out, err = run(*lib, "restore", "--newest")
        assert (code, out) == (1, "")
        assert err == ("briefing: another program has the library open (a `briefing` command still running, "
                       "perhaps an import); nothing was changed. Restore once it has finished\n")  # fmt: skip
        assert db.read_bytes() == before and not list((db.parent / "backups").glob("before-restore-*"))
    finally:
        holder.communicate("")
    assert holder.returncode == 0
    assert run(*lib, "restore", "--newest")[0] == 0  # closed: the restore goes ahead
    assert '"tags": []' in run(*lib, "show", "1", "--json").out
