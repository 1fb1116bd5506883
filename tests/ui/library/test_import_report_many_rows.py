"""The report of a large import with no failure does not measure each row's height.

Importing a folder of 2,000 articles a second time: the report of 2,000 "already in library"
rows measured every row's wrapped height (only a failure's reason wraps), 0.6 s with the window
frozen before it showed, and more with every thousand files."""

from __future__ import annotations

from reader.core.models import ImportResult, ImportStatus
from reader.ui.library import import_dialogs
from reader.ui.library.import_dialogs import ImportReportDialog


def _duplicates(count: int) -> list[ImportResult]:
    return [ImportResult(f"/in/{i:04d}.txt", ImportStatus.DUPLICATE, source_id=i + 1, title=f"Article {i}")
            for i in range(count)]  # fmt: skip


def _measured(qtbot, monkeypatch, results: list[ImportResult]) -> int:
    sized: list[int] = []
    hint = import_dialogs._OneLine.sizeHint
    monkeypatch.setattr(import_dialogs._OneLine, "sizeHint",
                        lambda self, option, index: sized.append(index.row()) or hint(self, option, index))  # fmt: skip
    dialog = ImportReportDialog(results)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return len(set(sized))


def test_rows_that_cannot_wrap_are_not_measured_one_by_one(qtbot, monkeypatch) -> None:
    assert _measured(qtbot, monkeypatch, _duplicates(300)) < 50  # at most the rows in view


def test_a_report_with_a_failure_still_wraps_it(qtbot, monkeypatch) -> None:
    failed = ImportResult("/in/Bericht.pdf", ImportStatus.ERROR, reason="not an article file (.pdf)")
    assert _measured(qtbot, monkeypatch, [failed, *_duplicates(3)]) == 4
