"""Each background task lets go of its handlers once it has reported: imports and exports in a
window leave no signals object, and no handler Qt holds for one, behind.

The handlers are mostly lambdas holding the task and what connected them (the session, the
importer, a pane); Qt holds them as long as the task's signals live, out of the garbage
collector's sight, and the task holds its signals. Before the signals were deleted once every
handler had run (`TaskSignals.reported`), each import and export of a session stayed in memory,
with whatever its handlers held, as long as the process ran.

(The `Task` objects themselves stay while the pool that ran them does: PySide's
`QThreadPool.start` keeps a reference to a runnable Qt does not delete.)"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from reader.ui import dialogs
from reader.ui.briefing.add_menu import create_briefing
from reader.ui.tasks import Task

ROUNDS = 3


def test_imports_and_exports_leave_no_handlers_behind(make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    made: weakref.WeakSet[Task] = weakref.WeakSet()
    real_init = Task.__init__

    def init(self: Task, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        made.add(self)

    monkeypatch.setattr(Task, "__init__", init)
    monkeypatch.setattr(dialogs, "run", lambda _dialog: 0)  # an import's report, closed
    window = make_window()
    window.briefings.show(create_briefing(window.session, "Memo"))
    composer = window.briefings.composer()
    imported = []
    for n in range(ROUNDS):
        article = tmp_path / f"article{n}.txt"
        article.write_text(f"Title {n}\n\nThe text of article number {n}, long enough to be one.\n", encoding="utf-8")
        with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as finished:
            window.importer.import_paths([article])
        imported.append(len(finished.args[0]))
        with qtbot.waitSignal(composer.export_finished, timeout=20_000):
            composer.export_to(tmp_path / f"Memo{n}.md")
    assert imported == [1] * ROUNDS  # every import's own handlers ran before its signals went
    qtbot.waitUntil(lambda: window.outside.idle() and not window.library.loader.pending(), timeout=20_000)
    ran = [task.description for task in made]
    assert ran.count("import") == ROUNDS and ran.count("briefing export") == ROUNDS, ran
    qtbot.waitUntil(lambda: _kept(made) == [])  # the last `reported` comes from a worker thread


def _kept(made: weakref.WeakSet[Task]) -> list[str]:
    """The tasks whose signals, and the handlers Qt holds for them, are still there."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return [task.description for task in made if shiboken6.isValid(task.signals)]
