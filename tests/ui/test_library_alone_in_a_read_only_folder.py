"""A library copied alone into a folder one may not write opens (read-only), not "Cannot start".

Seen starting the app as another user on `--data-dir` of a read-only folder holding only
`library.sqlite`: the window refused with "The folder …/config cannot be created or written to",
though the same folder with config/, state/ and logs/ beside the library opened read-only with
everything readable. Without a library there is still nothing to open, and the refusal stays
(tests/ui/test_edges_a_new_user_meets.py). The tests run as root, whom permissions would not
stop, so the folder's refusal is `Paths.ensure` raising as a read-only disk does."""

from __future__ import annotations

import contextlib
import errno
import sys
from pathlib import Path

from reader import paths
from reader.core.store import Store
from reader.ui import app


def test_a_library_without_its_side_folders_still_opens(tmp_path: Path, qapp, monkeypatch) -> None:
    where = paths.resolve(tmp_path / "lib")
    where.data_dir.mkdir()
    Store.open(where.db_path).close()  # the library alone: no config/, state/ or logs/

    def read_only(_self):
        raise OSError(errno.EACCES, "Permission denied", str(where.config_dir))

    fatal: list[tuple[str, str]] = []
    opened: list[Path] = []
    monkeypatch.setattr(paths.Paths, "ensure", read_only)
    monkeypatch.setattr(app, "create_application", lambda _argv: qapp)
    monkeypatch.setattr(app, "apply_theme", lambda _app, _name: None)
    monkeypatch.setattr(app, "configure_logging", lambda _paths: None)
    monkeypatch.setattr(app, "qInstallMessageHandler", lambda _handler: None)  # pytest-qt's stays
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    monkeypatch.setattr(app, "collecting_on_gui_thread", lambda _app: contextlib.nullcontext())
    monkeypatch.setattr(app, "_fatal", lambda title, text: fatal.append((title, text)))
    monkeypatch.setattr(app, "_run_window", lambda _app, seen, *_rest: opened.append(seen.db_path) or 0)
    assert app.run(str(where.data_dir)) == 0
    assert fatal == []
    assert opened == [where.db_path]


def test_the_window_remembers_nothing_rather_than_not_opening(tmp_path: Path) -> None:
    """The window's state folder could not be made either: MainWindow stopped with a traceback."""
    from reader.ui.window_state import WindowState

    blocked = tmp_path / "a file"
    blocked.write_text("where the state folder's parent should be", encoding="utf-8")
    state = WindowState(blocked / "state")  # mkdir fails here, as in a folder one may not write
    state.set_open_source(7)
    assert state.open_source() == 7  # kept for this run at least
