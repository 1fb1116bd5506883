"""Edit metadata says a date typed in a form it takes but naming no day of the calendar is no
such day, instead of asking for the very form that was typed.

Seen in the German window: `31.02.2025` got "Datum: ein Datum wie 11.04.2024, 11. April 2024
oder 2024-04-11" — the user had typed a date like 11.04.2024. A text that is no date at all
("gestern") still gets the forms. Real dialog on a source imported into a temp library.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.importer import import_paths
from reader.core.store import Store
from reader.ui.library.metadata_dialog import MetadataDialog

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_d259bef84eb4a67d.txt"


def _refused(tmp_path: Path, qtbot, typed: str) -> str:
    store = Store.open(tmp_path / "library.sqlite")
    (result,) = import_paths(store, [SEED], workers=1)
    source = store.sources.get(result.source_id)
    assert source is not None
    dialog = MetadataDialog(source)
    qtbot.addWidget(dialog)
    dialog.editors["published"].setText(typed)
    dialog.accept()
    assert not dialog.result()  # not accepted: the dialog stays open
    store.close()
    return dialog.error.text()


@pytest.mark.parametrize("typed", ["31.02.2025", "2025-02-30", "31. April 2025", "April 31, 2025"])
def test_no_such_day_in_english(tmp_path: Path, qtbot, typed: str) -> None:
    assert _refused(tmp_path, qtbot, typed) == "Date: there is no such day in the calendar"


def test_german(tmp_path: Path, qtbot, speak: Callable[[str], None]) -> None:
    speak("de")
    assert _refused(tmp_path, qtbot, "31.02.2025") == "Datum: diesen Tag gibt es im Kalender nicht"
    assert _refused(tmp_path / "b", qtbot, "gestern").startswith("Datum: ein Datum wie 11.04.2024")


@pytest.mark.parametrize("typed", ["yesterday", "31 Foo 2025", "02.2025"])
def test_no_date_at_all_still_gets_the_forms(tmp_path: Path, qtbot, typed: str) -> None:
    assert _refused(tmp_path, qtbot, typed).startswith("Date: a date such as 2024-04-11")
