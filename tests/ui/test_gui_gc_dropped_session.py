"""A session dropped with undo steps on its stack is freed without crashing the process.

`tests/ui/test_full_disk_action_box.py` left such a session behind (no window closed it, so
nothing called `shutdown`), and a later `gc.collect()` crashed in QUndoStack::clear under the
session's C++ destructor: a segmentation fault in one of three runs of tests/ui.

Why it crashed: shiboken's tp_clear on a step's wrapper hands the step back to Python, whose
wrapper then deletes the C++ command while the stack still lists it; deleting the stack later
deletes it again. That happens only when the collector clears a step before its session, which
hung on the hash seed and on memory layout, so the former test (four seeds of four test files,
~16 s) passed without the fix as often as not. The collector clears garbage in the order it was
tracked, so here the steps are made before the session: a step is cleared first on every run.
Without `Session.__del__` (which empties the stack before anything is cleared) this crashes each
time (-11); with it, the session is freed. A fresh interpreter, since a failure kills the process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

DROPPED = """
import gc, sys, weakref
from PySide6.QtCore import QCoreApplication
from reader.core.changes import Changes
from reader.core.store import Store
from reader.ui.session import Session, _Command

app = QCoreApplication([])
store = Store.open(sys.argv[1])
gc.disable()  # no collection while the cycle is built: the order below stands


def dropped() -> weakref.ref:
    steps = [_Command(None, f"step {n}", Changes, Changes) for n in range(3)]  # older than the session
    session = Session(store)
    for step in steps:
        step._session = session  # the cycle: session -> stack -> step -> session
        session.undo_stack.push(step)
    return weakref.ref(session)


session = dropped()
assert session() is not None  # only the cycle holds it
gc.collect()
assert session() is None
print("freed")
"""


def test_a_session_dropped_with_steps_is_freed_whatever_the_collector_clears_first(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    run = subprocess.run([sys.executable, "-P", "-X", "faulthandler", "-c", DROPPED, str(tmp_path / "library.sqlite")],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0 and run.stdout.strip() == "freed", run.stdout[-2000:] + run.stderr[-2000:]
