"""Edit metadata names the language its code stands for, in the window's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.core.importer import import_paths
from reader.core.store import Store
from reader.ui.library.metadata_dialog import MetadataDialog

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_d259bef84eb4a67d.txt"


def _dialog(tmp_path: Path, qtbot) -> MetadataDialog:
    store = Store.open(tmp_path / "library.sqlite")
    (result,) = import_paths(store, [SEED], workers=1)
    source = store.sources.get(result.source_id)
    assert source is not None and source.lang == "de"  # the seed is German
    dialog = MetadataDialog(source)
    qtbot.addWidget(dialog)
    return dialog


def test_the_code_is_named_and_follows_typing_in_german(
    tmp_path: Path, qtbot, speak: Callable[[str], None]
) -> None:
    speak("de")
    dialog = _dialog(tmp_path, qtbot)
    assert dialog.language_name.text() == "Deutsch"
    dialog.editors["lang"].setText("en-GB")
    assert dialog.language_name.text() == "Englisch (Vereinigtes Königreich)"
    dialog.editors["lang"].setText("xx-??")
    assert dialog.language_name.text() == ""


def test_in_english(tmp_path: Path, qtbot) -> None:
    dialog = _dialog(tmp_path, qtbot)
    assert dialog.language_name.text() == "German"
