"""File ▸ Backups… names the backups' folder whole on a line, never broken after its first slash.

Seen in session 38 (an English walk-through at 1366 × 768 and 1280 × 720): the dialog's
sentence ended "…one a week for a month, in /" and the next line began "tmp/lookE/home/
backups." — a folder no one would recognise or type into a file manager.
"""

from __future__ import annotations

from pathlib import Path

from reader import paths
from reader.core.store import backups_dir
from reader.ui.safety.backups_dialog import BackupsDialog
from tests.ui.wrapped_lines import wrapped_lines


def test_the_backups_folder_stands_whole_on_a_line(make_window, qtbot, data_dir: Path) -> None:
    window = make_window()
    db_path = paths.resolve(data_dir).db_path
    dialog = BackupsDialog(db_path, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    folder = str(backups_dir(db_path))
    assert any(folder in line for line in wrapped_lines(dialog.intro))
