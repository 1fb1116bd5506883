"""Counts in the window are grouped as its language writes them: "2.093", "2,093", never "2093".

Seen exporting a 2,000-source library from the German window: the dialog offered "Gewählte
Quellen (2093)" beside "2.093 ausgewählt" on the table's button — the count went in with
`str()`. Real window on the seeds; the source scan keeps the pattern from coming back.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.ui.export.dialog import ExportDialog

UI = Path(__file__).resolve().parents[2] / "reader" / "ui"
# A translated text's %N filled in with str() of a number: a length or a +1 index.
UNGROUPED = re.compile(r'\.replace\("%\d", str\((len\(|self\._current|[A-Z_]+\))')


def test_the_export_dialog_groups_the_selected_count(make_window, speak) -> None:
    speak("de")
    window = make_window()
    dialog = ExportDialog(window.session, list(range(1, 2094)), window)
    assert dialog.selection_radio.text() == "Aus&gewählte Quellen (2.093)"
    dialog.close()
    speak("en")
    dialog = ExportDialog(window.session, list(range(1, 2094)), window)
    assert dialog.selection_radio.text() == "&Selected sources (2,093)"
    dialog.close()


def test_no_count_goes_into_the_window_ungrouped() -> None:
    found = [f"{path.relative_to(UI)}:{n}: {line.strip()[:80]}"
             for path in sorted(UI.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if UNGROUPED.search(line)]  # fmt: skip
    assert found == []
