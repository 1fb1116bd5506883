"""The window never offers an empty backup as the way back, as `briefing restore --newest`
refuses one: a new library's first backup is taken before its first import and holds nothing,
and restoring it over a damaged library of five sources looked like all the work was gone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from reader import paths
from reader.core.ingest import prepare_file
from reader.core.store import Store, back_up
from reader.ui import app, dialogs


def _with_empty_backup(tmp_path: Path, seed_files: list[Path]) -> paths.Paths:
    """A library whose only backup was taken before its sources were added."""
    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        back_up(store.db.conn, where.db_path)
        for path in seed_files:
            store.sources.add(prepare_file(path))
    return where


def _answer(seen: list[QMessageBox], label: str):  # noqa: ANN202 - a stand-in for dialogs.run
    def answer(box: QMessageBox) -> int:
        seen.append(box)
        next(b for b in box.buttons() if b.text().replace("&", "") == label).click()
        return 0

    return answer


def test_damage_dialog_offers_no_empty_backup(tmp_path: Path, seed_files, qapp, monkeypatch) -> None:
    where = _with_empty_backup(tmp_path, seed_files)
    where.db_path.write_bytes(b"not a library" + where.db_path.read_bytes()[13:])
    damaged = where.db_path.read_bytes()
    seen: list[QMessageBox] = []
    monkeypatch.setattr(dialogs, "run", _answer(seen, "Quit"))
    assert app.open_library(where) is None
    labels = [b.text().replace("&", "") for b in seen[0].buttons()]
    assert "Restore the backup" not in labels and "Open read-only" in labels
    assert "hold no sources, highlights or notes" in seen[0].informativeText()
    assert where.db_path.read_bytes() == damaged


def test_missing_dialog_offers_no_empty_backup(tmp_path: Path, seed_files, qapp, monkeypatch) -> None:
    where = _with_empty_backup(tmp_path, seed_files)
    where.db_path.unlink()
    seen: list[QMessageBox] = []
    monkeypatch.setattr(dialogs, "run", _answer(seen, "Quit"))
    assert app.open_library(where) is None
    labels = [b.text().replace("&", "") for b in seen[0].buttons()]
    assert "Restore the newest backup" not in labels
    assert "hold no sources, highlights or notes" in seen[0].informativeText()
