"""Quitting while an import runs cancels it and quits: no report opens after the window.

Seen quitting (Ctrl+Q) a German window two seconds into importing 150 files: the window went,
then "Import abgebrochen: 16 importiert. 134 Dateien … wurden nicht importiert" opened alone on
the screen, and the process lived on until it was closed. Real window and store, generated
articles in a temp folder; each file slowed down so that the import is still running at the quit.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

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


PASTED = ("Rapidus baut in Hokkaido aus\n\nDer Chiphersteller Rapidus will sein Werk in Chitose "
          "erweitern, sagte ein Sprecher am Montag.\n")


def _answering(monkeypatch, button: str) -> list[str]:
    """Files slowed as `_slow_and_quiet` does; the quit's question answered with `button`, its
    text recorded; any other dialog recorded by its title and left unanswered."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    _slow_and_quiet(monkeypatch)

    def run(dialog) -> int:
        shown.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle())
        for choice in dialog.buttons() if isinstance(dialog, QMessageBox) else []:
            if choice.text() == button:
                choice.click()
        return 0

    monkeypatch.setattr(dialogs, "run", run)
    return shown


def _pasted_during_an_import(window, qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    started = window.importer.import_paths([_articles(tmp_path / "articles", range(8))])
    qtbot.waitSignal(started.signals.progressed, timeout=10_000).wait()
    QApplication.clipboard().setText(PASTED)
    window.paste_action.trigger()


def _titles(window) -> list[str]:
    return [window.session.store.sources.get(i).title for i in window.session.store.sources.ids()]


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("&Quit without it", "What you pasted or dropped while the import ran waits")),
    ("de", ("&Ohne es beenden", "Was Sie während des Imports eingefügt oder abgelegt haben, wartet")),
])  # fmt: skip
def test_quitting_while_a_paste_waits_for_an_import_asks_and_then_adds_nothing(
        make_window, qtbot, tmp_path: Path, monkeypatch, speak, language, words) -> None:  # fmt: skip
    """A paste during an import waits its turn (the strip says so); quitting before it came
    cancelled the import and left the text out unasked (a dropped one was then nowhere). Now
    the quit asks; quitting without it adds nothing and opens nothing after the window."""
    quit_without_it, question = words
    speak(language)
    window = make_window()
    shown = _answering(monkeypatch, quit_without_it)
    _pasted_during_an_import(window, qtbot, tmp_path)
    ended: list[object] = []
    window.importer.import_finished.connect(ended.append)
    window.close()
    qtbot.waitUntil(lambda: len(ended) == 1, timeout=20_000)
    qtbot.wait(200)  # the paste's turn, after the import's end
    assert not window.isVisible() and len(shown) == 1 and shown[0].startswith(question)
    assert "Rapidus baut in Hokkaido aus" not in _titles(window)
    speak("en")


def test_staying_when_a_paste_waits_for_an_import_adds_it_after_the_import(
        make_window, qtbot, tmp_path: Path, monkeypatch) -> None:  # fmt: skip
    window = make_window()
    shown = _answering(monkeypatch, "&Stay")
    _pasted_during_an_import(window, qtbot, tmp_path)
    window.close()
    assert window.isVisible() and len(shown) == 1
    qtbot.waitUntil(lambda: "Rapidus baut in Hokkaido aus" in _titles(window), timeout=20_000)
    assert not window.import_progress.texts_waiting()


def test_an_import_failing_as_the_quit_cancels_it_opens_nothing_after_the_window(
        make_window, qtbot, tmp_path: Path, monkeypatch) -> None:  # fmt: skip
    """The import met an error it did not expect once the quit had cancelled it: its "Import
    failed" box opened after the window had gone, alone on the screen, as a report did before
    (`_tell_end`). The log says it instead."""
    from reader.core import importer

    window = make_window()
    shown = _slow_and_quiet(monkeypatch)
    real = importer.import_paths

    def failing(store, paths, *, is_cancelled, **kwargs):  # on the worker
        real(store, paths, is_cancelled=is_cancelled, **kwargs)  # cancelled by the quit
        raise RuntimeError("the parser broke")

    monkeypatch.setattr(importer, "import_paths", failing)
    started = window.importer.import_paths([_articles(tmp_path / "articles", range(8))])
    qtbot.waitSignal(started.signals.progressed, timeout=10_000).wait()
    with qtbot.waitSignal(started.signals.failed, timeout=20_000):
        window.close()
    qtbot.wait(100)
    assert shown == []
