"""Errors of the OS and of SQLite reach the German window in German (reader.ui.core_messages).

Seen: an export whose folder could not be made said "Export fehlgeschlagen: the folder … could
not be made (File name too long)", the core's whole sentence in English; a library whose file
was a folder "… kann nicht verwendet werden: Is a directory."; a background task that met a locked library said
"OperationalError: database is locked". Real files, a real locked library, the OS's own words
(`os.strerror`), kept after the German in square brackets for support.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from reader import paths
from reader.ui import app
from reader.ui.core_messages import translated
from reader.ui.export.dialog import ExportDialog

ENGLISH = ("could not", "directory", "database", "file system", "denied", "error", "exceeded", "locked", "unable")


def _german(text: str) -> None:
    assert not any(word in text for word in ENGLISH), text


def test_an_export_whose_folder_cannot_be_made_says_why_in_german(make_window, qtbot, speak, tmp_path: Path) -> None:
    window = make_window()
    out = tmp_path / ("Mandant " * 40).strip()  # a name longer than the file system takes
    speak("de")
    dialog = ExportDialog(window.session, window.session.store.sources.ids()[:1], window, folder=str(out))
    dialog.show()
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000):
        dialog.export_button.click()
    said = dialog.result_label.text()
    assert said == f"Export fehlgeschlagen: der Ordner {out} konnte nicht angelegt werden (Dateiname zu lang [File name too long])"
    _german(said.replace(str(out), "").split("[")[0])
    dialog.reject()


def test_a_library_that_cannot_be_opened_says_why_in_german(qapp, speak, tmp_path: Path, monkeypatch) -> None:
    where = paths.resolve(tmp_path / "data").ensure()
    where.db_path.mkdir()  # a folder where the library's file should be
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app, "_fatal", lambda title, text: shown.append((title, text)))
    speak("de")
    assert app.open_library(where) is None
    (title, text), = shown
    assert text.endswith(" kann nicht verwendet werden: ist ein Ordner, keine Datei [Is a directory]."), text
    _german(text.split("[")[0])


def _locked(path: Path) -> sqlite3.OperationalError:
    holder = sqlite3.connect(path)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            sqlite3.connect(path, timeout=0).execute("SELECT * FROM t")
    finally:
        holder.rollback()
        holder.close()
    return caught.value


def _read_only(path: Path) -> sqlite3.OperationalError:
    with pytest.raises(sqlite3.OperationalError) as caught:
        sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("INSERT INTO t VALUES (1)")
    return caught.value


def test_a_background_tasks_sqlite_error_is_said_in_german_naming_the_error(qapp, speak, tmp_path: Path) -> None:
    """As `Task.run` reports a failure: the exception's name, then SQLite's words."""
    locked = _locked(tmp_path / "library.sqlite")
    read_only = _read_only(tmp_path / "library.sqlite")
    speak("de")
    assert translated(f"{type(locked).__name__}: {locked}") == (
        "Bibliothek ist gesperrt: ein anderes Programm schreibt gerade hinein [OperationalError: database is locked]")
    assert translated(f"{type(read_only).__name__}: {read_only}") == (
        "Bibliothek ist hier schreibgeschützt [OperationalError: attempt to write a readonly database]")
    speak("en")
    assert translated(f"{type(locked).__name__}: {locked}") == "OperationalError: database is locked"  # as it was


@pytest.mark.parametrize("number", [errno.EROFS, errno.ENOENT, errno.EISDIR, errno.ENOTDIR, errno.EDQUOT,
                                    errno.EIO, errno.ENAMETOOLONG, errno.EPERM, errno.EACCES, errno.ENOSPC,
                                    errno.EBUSY, errno.EEXIST, errno.EMFILE])  # fmt: skip
def test_the_oses_words_inside_the_cores_messages_are_said_in_german(qapp, speak, tmp_path: Path, number: int) -> None:
    words = os.strerror(number)
    speak("de")
    for core in (f"could not be read ({words})", f"{tmp_path}/a.md could not be written ({words})",
                 f"the backup could not be written in {tmp_path} ({words})", f"[Errno {number}] {words}: '{tmp_path}/a.md'"):  # fmt: skip
        said = translated(core)
        _german(said.replace(str(tmp_path), "").split("[")[0])  # SQLite's and the OS's words kept after it
        assert said != core and (number in (errno.EACCES, errno.ENOSPC) or f"[{words}]" in said)


def test_a_real_oserror_keeps_its_file(qapp, speak, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(NotADirectoryError) as caught:
        (tmp_path / "a.txt" / "b.md").write_text("y", encoding="utf-8")
    speak("de")
    assert translated(str(caught.value)) == f"ein Teil des Pfads ist eine Datei, kein Ordner [Not a directory]: {tmp_path}/a.txt/b.md"
