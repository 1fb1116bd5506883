"""A failed file's reason and what to do instead are read whole in the import report, and the
advice names the menu the command is in.

Seen in the walk: "not an article file (.pdf) — open the PDF, select its text, copy it and use
Edit ▸ …" was cut at the dialog's edge, and Paste as new source is in the File menu, not Edit."""

from __future__ import annotations

import pytest

from reader.core.models import ImportResult, ImportStatus
from reader.ui.library.import_dialogs import ImportReportDialog
from reader.ui.library.refusal_advice import advice

PDF = ImportResult("/tmp/Bericht.pdf", ImportStatus.ERROR, reason="not an article file (.pdf)")
DUPLICATE = ImportResult("/tmp/dup.txt", ImportStatus.DUPLICATE,
                         title="Trump und Xi vereinbaren in Osaka Waffenruhe im Handelskrieg und mehr")  # fmt: skip


def test_a_failure_wraps_and_a_title_stays_one_line(qtbot) -> None:
    dialog = ImportReportDialog([DUPLICATE, PDF])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    line = table.fontMetrics().height()
    assert table.item(0, 0).text() == "Failed"  # failures first
    assert table.rowHeight(0) >= 2 * line  # the reason and the advice on two lines or more
    assert table.rowHeight(1) < 2 * line  # the duplicate's title: one line, cut at its end


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_advice_names_the_menu_that_has_paste(make_window, speak, language: str) -> None:
    speak(language)
    window = make_window(start=False)
    menu = next(action.menu() for action in window.menuBar().actions()
                if window.paste_action in action.menu().actions())  # fmt: skip
    title = menu.title().replace("&", "")
    command = window.paste_action.text().replace("&", "")
    assert f"{title} ▸ {command}" in advice(PDF.reason or ""), (title, command)
