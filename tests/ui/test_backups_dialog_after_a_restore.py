"""File ▸ Backups… after a restore: the library that restore kept aside is the newest file in
the backups folder, and it was the row selected, so Restore and its confirmation brought back
the library just replaced. The newest real backup is selected; the kept-aside library stays
listed as what it is, and chosen by hand it is what a Restore restores."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from reader import paths
from reader.core.ingest import prepare_file
from reader.core.store import Store, back_up, restore
from reader.ui.safety.backups_dialog import BackupsDialog


def test_the_newest_backup_is_selected_not_the_library_a_restore_kept_aside(
    tmp_path: Path, seed_files: list[Path], qtbot
) -> None:
    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        store.sources.add(prepare_file(seed_files[0]))
        backup = back_up(store.db.conn, where.db_path)
        store.sources.add(prepare_file(seed_files[1]))
    aside, _ = restore(backup.path, where.db_path, now=datetime.now() + timedelta(minutes=1))  # not the same second
    assert aside is not None

    dialog = BackupsDialog(where.db_path, None)
    qtbot.addWidget(dialog)
    assert [b.path for b in dialog.backups][:1] == [aside]  # the newest file …
    assert "(library before a restore)" in dialog.table.item(0, 0).text()
    assert dialog.selected() is not None and dialog.selected().path == backup.path  # … not chosen
    dialog.table.selectRow(0)
    assert dialog.selected().path == aside  # by hand, it can be
