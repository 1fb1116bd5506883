"""Files handed to a window whose library is open read-only are refused at once, in words.

A second start (or the first, with files on its command line) asked a read-only window to
import: the window started an import on the worker that ended, file by file, in "cannot be used
(it is read-only here)". Now nothing is started, and one message names the files and says why.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

from reader import paths
from reader.core.ingest import prepare_file
from reader.core.store import Store
from reader.ui import app, dialogs
from reader.ui.main_window import MainWindow
from reader.ui.session import Session

WORDS = {"en": ("Not imported", "2 files not imported: the library is open read-only."),
         "de": ("Nicht importiert", "2 Dateien nicht importiert: Die Bibliothek ist schreibgeschützt geöffnet.")}  # fmt: skip


@pytest.fixture
def read_only_window(tmp_path: Path, seed_files: list[Path], qtbot) -> Iterator[MainWindow]:
    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        store.sources.add(prepare_file(seed_files[0]))
    before = where.db_path.read_bytes()
    store = Store.open(where.db_path, read_only=True)
    window = MainWindow(Session(store), where)
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.safety.start()
    yield window
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()
    assert where.db_path.read_bytes() == before


def _articles(folder: Path, count: int) -> list[str]:
    made = []
    for n in range(count):
        path = folder / f"artikel-{n}.txt"
        path.write_text(f"Zölle Nummer {n}\n\nDie EU erhebt neue Zölle auf Chips aus Fernost, sagt die Kommission.\n",
                        encoding="utf-8")  # fmt: skip
        made.append(str(path))
    return made


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_hand_over_to_a_read_only_window_is_refused_up_front(
    read_only_window: MainWindow, tmp_path: Path, monkeypatch, speak, language: str
) -> None:
    speak(language)
    window = read_only_window
    shown: list[QMessageBox] = []
    monkeypatch.setattr(dialogs, "run", lambda box: shown.append(box) or 0)
    started: list[object] = []
    monkeypatch.setattr(window.session, "start", started.append)
    app.bring_forward(window, _articles(tmp_path, 2))
    assert started == [] and window.importer.progress.isHidden()  # no worker, no progress strip
    assert len(shown) == 1
    box = shown[0]
    assert box.parent() is window  # in the window, over it
    assert (box.windowTitle(), box.text()) == WORDS[language]
    assert "artikel-0.txt" in box.informativeText() and "artikel-1.txt" in box.informativeText()
    assert "File ▸ Backups…" in box.informativeText() or "Datei ▸ Sicherungen …" in box.informativeText()
    assert window.session.store.sources.count() == 1


def test_many_handed_files_are_named_up_to_a_few(read_only_window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(dialogs, "run", lambda box: shown.append(box) or 0)
    app.bring_forward(read_only_window, _articles(tmp_path, 11))
    text = shown[0].informativeText()
    assert "artikel-7.txt" in text and "artikel-8.txt" not in text
    assert "… and 3 more" in text
    assert shown[0].text() == "11 files not imported: the library is open read-only."


def test_bringing_a_read_only_window_forward_without_files_says_nothing(
    read_only_window: MainWindow, monkeypatch
) -> None:
    shown: list[object] = []
    monkeypatch.setattr(dialogs, "run", shown.append)
    app.bring_forward(read_only_window, [])
    assert shown == []
