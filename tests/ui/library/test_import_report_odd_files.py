"""The import report on a folder a consultant really has: a file too large, a Word memo.

Found importing such a folder through the German window: "zu groß (20.2 MB; …)" read with an
English decimal point, and "memo.docx: keine Artikeldatei (.docx)" said what was wrong with no
way forward, where the PDF beside it was told to copy its text and paste it. Real files go
through the real importer into a real library; the report is read as the user sees it.
"""

from __future__ import annotations

import errno
import zipfile
from pathlib import Path

import pytest

from reader.core.importer import import_paths
from reader.core.store import Store
from reader.ui.library.import_dialogs import ImportReportDialog

BIG_LINE = "Die Konjunktur in Europa bleibt schwach, sagen die Ökonomen der Bundesbank. " * 20 + "\n\n"


def _word_memo(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as memo:
        memo.writestr("[Content_Types].xml", "<Types/>")
        memo.writestr("word/document.xml", "<w:document/>")
    return path


def _report(qtbot, paths: list[Path], library: Path) -> dict[str, str]:
    """Each file's details in the report, by file name."""
    store = Store.open(library)
    try:
        results = import_paths(store, [str(path) for path in paths])
    finally:
        store.close()
    dialog = ImportReportDialog(results)
    qtbot.addWidget(dialog)
    table = dialog.table
    return {table.item(row, 1).text(): table.item(row, 2).text() for row in range(table.rowCount())}


def test_a_file_too_large_is_measured_with_a_german_comma(qtbot, tmp_path, speak) -> None:
    big = tmp_path / "gross.txt"
    big.write_text("Riesiger Text\n\n" + BIG_LINE * (6 * 1_048_576 // len(BIG_LINE.encode())), encoding="utf-8")
    speak("de")
    said = _report(qtbot, [big], tmp_path / "library.sqlite")["gross.txt"]
    assert said.startswith("zu groß (6,0 MB; eine Artikeldatei hat höchstens 5 MB)"), said
    speak("en")
    assert _report(qtbot, [big], tmp_path / "other.sqlite")["gross.txt"].startswith("too large (6.0 MB;")


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_word_memo_is_told_how_to_get_its_text_in(qtbot, tmp_path, speak, language: str) -> None:
    folder = tmp_path / "Ordner"
    folder.mkdir()
    in_folder = _word_memo(folder / "memo.docx")
    picked = _word_memo(tmp_path / "einzeln.docx")  # chosen alone: named by what its bytes are
    speak(language)
    report = _report(qtbot, [folder, picked], tmp_path / "library.sqlite")
    paste = {"de": "Datei ▸ Als neue Quelle einfügen (Strg+Umschalt+V)",
             "en": "File ▸ Paste as new source (Ctrl+Shift+V)"}[language]  # fmt: skip
    for name in (in_folder.name, picked.name):
        assert report[name].endswith(paste), report[name]


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_file_one_may_not_read_is_told_what_to_do(qtbot, tmp_path, speak, monkeypatch, language: str) -> None:
    """It said only "keine Berechtigung". The tests run as root, whom no permission keeps out:
    the file refuses to be read as it refuses a user (the OS's PermissionError), not by chmod."""
    locked = tmp_path / "gesperrt.txt"
    locked.write_text("Vertraulich\n\nNur für die Geschäftsführung.\n", encoding="utf-8")
    read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    speak(language)
    said = _report(qtbot, [locked], tmp_path / "library.sqlite")["gesperrt.txt"]
    assert said == {
        "de": "keine Berechtigung – prüfen Sie, ob Sie die Datei lesen dürfen (ihre Berechtigungen), oder "
              "kopieren Sie sie in einen eigenen Ordner und importieren Sie die Kopie",
        "en": "permission denied — check that you may read the file (its permissions), or copy it to a folder "
              "of your own and import the copy",
    }[language]  # fmt: skip
