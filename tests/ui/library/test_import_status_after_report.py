"""After the import report closes, the status line still says what was imported, beside
"Tag this import…".

Seen walking the German window: importing 65 files (5 already there) showed the report; the
status line said "Import abgeschlossen: 60 importiert, 5 bereits in der Bibliothek" behind it
for its 8 seconds, and by the time the report was read and closed only the button "Diesen Import
verschlagworten…" was left, without a word of what it would tag. Reading the report is modelled
by clearing the status line while it is open, as those 8 seconds do.
"""

from __future__ import annotations

from reader.paths import bundled_seeds_dir
from reader.ui import dialogs
from reader.ui.library.import_dialogs import ImportReportDialog


def test_the_status_line_speaks_after_the_report(make_window, qtbot, monkeypatch, tmp_path) -> None:
    window = make_window()
    seed = sorted(bundled_seeds_dir().glob("*.txt"))[0]  # already in the library: a report
    new = tmp_path / "neu.txt"
    new.write_text(
        "Japan setzt auf Recycling\n\nTokio. Japanische Konzerne bauen ihre Kapazitäten zur "
        "Rückgewinnung seltener Erden aus, um unabhängiger von China zu werden.\n",
        encoding="utf-8",
    )
    reports: list[object] = []

    def read_then_close(dialog) -> int:
        reports.append(dialog)
        window.statusBar().clearMessage()  # the user reads the report longer than the line lasts
        return 0

    monkeypatch.setattr(dialogs, "run", read_then_close)
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths([seed, new])
    assert [type(r) for r in reports] == [ImportReportDialog]
    assert window.statusBar().currentMessage() == "Import finished: 1 imported, 1 already in the library"
