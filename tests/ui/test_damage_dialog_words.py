"""The damage dialog speaks to a consultant, not to a database administrator: plain words in the
message, the file's path and SQLite's own words under Details, in English and German."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reader import paths
from reader.core.ingest import prepare_file
from reader.core.store import Store, back_up
from reader.ui import app, dialogs

PLAIN = {"en": ("The library file is damaged", "Nothing has been written", "Open read-only shows"),
         "de": ("Die Bibliotheksdatei ist beschädigt", "Es wurde nichts", "„Schreibgeschützt öffnen“ zeigt")}  # fmt: skip
DETAILS = {"en": ("Library file:", "What was found:"), "de": ("Bibliotheksdatei:", "Gefunden wurde:")}


def _damaged(tmp_path: Path, seed_files: list[Path], *, with_backup: bool) -> paths.Paths:
    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        for path in seed_files[:2]:
            store.sources.add(prepare_file(path))
        if with_backup:
            back_up(store.db.conn, where.db_path)
    data = bytearray(where.db_path.read_bytes())
    data[4096:8192] = bytes(4096)  # the second page zeroed
    where.db_path.write_bytes(bytes(data))
    return where


def _quit_and_keep(seen: list[QMessageBox]):  # noqa: ANN202 - a stand-in for dialogs.run
    def answer(box: QMessageBox) -> int:
        seen.append(box)
        next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.RejectRole).click()
        return 0

    return answer


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("with_backup", [True, False])
def test_plain_words_first_sqlite_under_details(
    tmp_path: Path, seed_files: list[Path], qapp, monkeypatch, speak, language: str, with_backup: bool
) -> None:
    speak(language)
    where = _damaged(tmp_path, seed_files, with_backup=with_backup)
    seen: list[QMessageBox] = []
    monkeypatch.setattr(dialogs, "run", _quit_and_keep(seen))
    assert app.open_library(where) is None
    (box,) = seen
    shown = box.text() + "\n" + box.informativeText()
    for words in PLAIN[language]:
        assert words in shown
    for raw in (str(where.db_path), "malformed", "sqlite", "page", "quick_check"):
        assert raw.lower() not in shown.lower(), raw
    details = box.detailedText()
    assert str(where.db_path) in details and all(label in details for label in DETAILS[language])
    found = details.split(DETAILS[language][1], 1)[1].strip()
    assert found and found not in shown  # the check's own words, there only
