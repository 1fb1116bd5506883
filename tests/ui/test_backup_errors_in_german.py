"""The window's backup and restore errors in the window's language (session 31).

Seen in German: restoring a damaged backup from File ▸ Backups… said "Die Sicherung konnte nicht
wiederhergestellt werden (the backup /…/library-….sqlite is damaged (the file is cut short: …);
the library was not changed)" — the core's English inside a German sentence. The core (and the
`briefing` command) keeps its English; the window says each of its backup messages again from
a translated template (reader.ui.core_messages). Real files: a library, its backup cut short.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import paths
from reader.core.ingest import prepare_file
from reader.core.store import BackupError, Store, back_up, restore
from reader.ui import app
from reader.ui.core_messages import translated


@pytest.fixture
def cut_backup(tmp_path: Path, seed_files: list[Path]) -> tuple[paths.Paths, Path]:
    """A library of the seeds and its backup, the backup cut to half its length."""
    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        for path in seed_files[:2]:
            store.sources.add(prepare_file(path))
        backup = back_up(store.db.conn, where.db_path).path
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2])
    return where, backup


def test_restoring_a_cut_backup_says_why_in_german(cut_backup, qapp, speak, monkeypatch) -> None:
    where, backup = cut_backup
    before = where.db_path.read_bytes()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app, "_fatal", lambda title, text: shown.append((title, text)))
    speak("de")
    try:
        said: list[str] = []
        store = app._restore(backup, where, said)
        assert store is not None
        store.close()
    finally:
        speak("en")
    title, text = shown[0]
    assert said == [] and where.db_path.read_bytes() == before  # nothing changed
    assert text.startswith("Die Sicherung konnte nicht wiederhergestellt werden (die Sicherung ")
    assert "ist beschädigt (die Datei ist abgeschnitten: " in text
    assert "die Bibliothek wurde nicht verändert)" in text
    assert str(backup) in text  # the file named, as the core named it
    for english in ("damaged", "cut short", "the library", "bytes of"):
        assert english not in text, text
    # the sizes in German digits: "200,704" reads as a fraction in German
    size = backup.stat().st_size
    assert f"{size:,}".replace(",", ".") in text or (size < 1000 and f" {size} " in text)


def test_the_core_and_the_english_window_keep_the_core_words(cut_backup, qapp) -> None:
    where, backup = cut_backup
    with pytest.raises(BackupError) as caught:
        restore(backup, where.db_path)
    message = str(caught.value)
    assert "is damaged (the file is cut short: " in message and message.endswith("; the library was not changed")
    assert translated(message) == message  # English: exactly the core's words


@pytest.mark.parametrize(
    ("core", "german"),
    [
        ("/x/b.sqlite: no such backup", "/x/b.sqlite: keine solche Sicherung"),
        ("/x/notes.txt is not a Briefing Reader backup; the library was not changed",
         "/x/notes.txt ist keine Sicherung von Briefing Reader; die Bibliothek wurde nicht verändert"),
        ("/x/b.sqlite is not a Briefing Reader backup: the file is empty",
         "/x/b.sqlite ist keine Sicherung von Briefing Reader: Die Datei ist leer"),
        ("/x/b.sqlite was written by a newer version of Briefing Reader (schema 40; this version understands "
         "up to 39); the library was not changed",
         "/x/b.sqlite wurde von einer neueren Version von Briefing Reader geschrieben (Schema 40; diese Version "
         "versteht bis 39); die Bibliothek wurde nicht verändert"),
        ("the backup could not be written in /x/backups (Permission denied)",
         "die Sicherung konnte nicht in /x/backups geschrieben werden (Zugriff verweigert)"),
        ("the library is damaged (the backup /x/b.part is damaged (the first bytes of its header are scrambled)); "
         "no backup was made",
         "die Bibliothek ist beschädigt (die Sicherung /x/b.part ist beschädigt (die ersten Bytes ihres Dateikopfs "
         "sind verstümmelt)); es wurde keine Sicherung angelegt"),
        ("the library could not be kept aside (No space left on device); it was not changed",
         "die Bibliothek konnte nicht beiseitegelegt werden (Kein Platz mehr auf dem Datenträger); sie wurde "
         "nicht verändert"),
    ],
)  # fmt: skip
def test_every_backup_message_kind_in_german(qapp, speak, core: str, german: str) -> None:
    speak("de")
    try:
        assert translated(core) == german
    finally:
        speak("en")


def test_the_damage_dialog_says_what_was_found_in_german(tmp_path: Path, seed_files, qapp, speak, monkeypatch) -> None:
    """A library cut short at start: the damage dialog's Details said "What was found" in
    German, then the core's "the file is cut short: …" in English."""
    from reader.ui import dialogs

    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        for path in seed_files[:2]:
            store.sources.add(prepare_file(path))
    data = where.db_path.read_bytes()
    where.db_path.write_bytes(data[: len(data) // 2])
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "run", lambda box: shown.append(box.detailedText()) or 0)
    speak("de")
    try:
        store = app.open_library(where)
        if store is not None:
            store.close()
    finally:
        speak("en")
    assert "die Datei ist abgeschnitten: " in shown[0], shown
    assert "cut short" not in shown[0]
