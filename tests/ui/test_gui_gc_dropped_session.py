"""A session dropped with undo steps on its stack is freed without crashing the process.

`tests/ui/test_full_disk_action_box.py` leaves such a session behind (no window closed it, so
nothing called `shutdown`); the next full collection, `gc.collect()` in test_gui_gc.py, freed
it in an order that crashed in QUndoStack::clear under the session's C++ destructor (gdb): a
segmentation fault in one of three runs of tests/ui. The order hangs on the hash seed and on
where objects land in memory, so these files run once per seed in SEEDS, each in a fresh
interpreter, and every run must finish. Without `Session.__del__` about three runs in ten
crashed (seeds 0-9 once: 4, 5 and 8; a second time none of them), so this can miss the bug. It
leans on that fixture leaving its session: were it to shut the session down, this test would
pass without the fix.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CRASHED = ("test_folder_dialog_beside.py", "test_full_disk_action_box.py", "test_german_words_apart.py",
           "test_gui_gc.py")  # fmt: skip
SEEDS = (3, 4, 5, 8)  # the seeds that crashed once each


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_the_run_that_crashed_in_gc_collect_finishes(tmp_path: Path, seed: int) -> None:
    env = dict(
        os.environ, PYTHONHASHSEED=str(seed), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO)
    )
    run = subprocess.run(
        [sys.executable, "-P", "-X", "faulthandler", "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "-p", "no:randomly", "--basetemp", str(tmp_path / "run"), *(str(HERE / name) for name in CRASHED)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
