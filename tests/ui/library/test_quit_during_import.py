"""Quitting while an import runs cancels it and quits: no report opens after the window.

Seen quitting (Ctrl+Q) a German window two seconds into importing 150 files: the window went,
then "Import abgebrochen: 16 importiert. 134 Dateien … wurden nicht importiert" opened alone on
the screen, and the process lived on until it was closed. Real window and store, generated
articles in a temp folder; each file slowed down so that the import is still running at the quit.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.corpus import generate_article
from reader.ui import dialogs
from reader.ui.tasks import Task


def _articles(folder: Path, numbers: range) -> Path:
    folder.mkdir()
    for i in numbers:
        (folder / f"{i:02d}.txt").write_bytes(generate_article(i).data)
    return folder


def _slow_and_quiet(monkeypatch) -> list[object]:
    """Each file slowed on the worker (the import still runs at the quit); the dialogs that
    would open, recorded instead of shown."""
    shown: list[object] = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: shown.append(dialog) or 0)
    real = Task._progress

    def slowly(task: Task, done: int, total: int) -> None:  # on the worker: files take a while
        time.sleep(0.1)
        real(task, done, total)

    monkeypatch.setattr(Task, "_progress", slowly)
    return shown


def test_quitting_mid_import_opens_no_report(make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    window = make_window()
    before = window.session.store.sources.count()
    folder = _articles(tmp_path / "articles", range(8))
    shown = _slow_and_quiet(monkeypatch)
    started = window.importer.import_paths([folder])
    qtbot.waitSignal(started.signals.progressed, timeout=10_000).wait()
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as finished:
        window.close()  # cancels, waits for the worker, saves the layout
    assert started.is_cancelled()
    assert shown == []  # no report, no question, nothing left on the screen
    stored = window.session.store.sources.count() - before
    assert 0 < stored < 8 and len(finished.args[0]) == stored


def test_quitting_while_an_import_waits_cancels_it_too(make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    """An import started while one ran waits its turn on the writer: quitting cancels it before
    it reads a file, and its end opens nothing either (the window's own shutdown waits for it)."""
    window = make_window()
    before = window.session.store.sources.count()
    running, waiting = _articles(tmp_path / "running", range(8)), _articles(tmp_path / "waiting", range(8, 11))
    shown = _slow_and_quiet(monkeypatch)
    first = window.importer.import_paths([running])
    second = window.importer.import_paths([waiting])
    ended: list[list[object]] = []
    window.importer.import_finished.connect(ended.append)
    qtbot.waitSignal(first.signals.progressed, timeout=10_000).wait()
    window.close()  # cancels both, waits for the worker
    qtbot.waitUntil(lambda: len(ended) == 2, timeout=20_000)
    assert first.is_cancelled() and second.is_cancelled()
    assert ended[1] == []  # the waiting one reached no file
    assert shown == []
    stored = window.session.store.sources.count() - before
    assert 0 < stored < 8 and len(ended[0]) == stored


def test_quitting_while_a_paste_waits_for_an_import_adds_nothing_and_opens_nothing(
        make_window, qtbot, tmp_path: Path, monkeypatch) -> None:  # fmt: skip
    """A paste during an import waits its turn (the strip says so); quitting before it comes
    leaves it out — it is still on the clipboard — and asks nothing after the window."""
    from PySide6.QtWidgets import QApplication

    window = make_window()
    folder = _articles(tmp_path / "articles", range(8))
    shown = _slow_and_quiet(monkeypatch)
    started = window.importer.import_paths([folder])
    qtbot.waitSignal(started.signals.progressed, timeout=10_000).wait()
    QApplication.clipboard().setText("Rapidus baut in Hokkaido aus\n\nDer Chiphersteller Rapidus will sein Werk "
                                     "in Chitose erweitern, sagte ein Sprecher am Montag.\n")  # fmt: skip
    window.paste_action.trigger()
    assert "1 pasted or dropped text queued" in window.import_progress.label.text()
    ended: list[object] = []
    window.importer.import_finished.connect(ended.append)
    window.close()
    qtbot.waitUntil(lambda: len(ended) == 1, timeout=20_000)
    qtbot.wait(200)  # the paste's turn, after the import's end
    assert shown == []
    titles = [window.session.store.sources.get(i).title for i in window.session.store.sources.ids()]
    assert "Rapidus baut in Hokkaido aus" not in titles
