"""A broken file's reason in the German import report names its type in German too.

The importer says "not a text file (binary file)"; the report once showed "keine Textdatei
(binary file)", half German, half English. Real bytes go through the real importer's decoding,
and the report is read as a German consultant would see it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from reader.core.ingest import IngestError, prepare_bytes
from reader.ui import i18n
from reader.ui.core_messages import translated

GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)

# (bytes of a file someone may drop on the window, what the German report must say)
FILES = (
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "keine Textdatei (PDF-Dokument)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "keine Textdatei (PNG-Bild)"),
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(60), "keine Textdatei (ZIP-Archiv (oder Office-Dokument))"),
    (bytes(range(0, 32)) * 40, "keine Textdatei (Binärdatei)"),
)


@pytest.mark.parametrize(("data", "german"), FILES)
def test_the_type_of_a_file_that_is_no_text_is_named_in_german(qapp, data: bytes, german: str) -> None:
    with pytest.raises(IngestError) as refused:
        prepare_bytes(data, "article.txt")
    i18n.install(qapp, "de", GERMANY)
    assert translated(str(refused.value)) == german


def test_the_german_import_report_names_a_broken_file_and_why(qapp, tmp_path, speak) -> None:
    from reader.core.importer import import_paths
    from reader.core.store import Store
    from reader.ui.library.import_dialogs import ImportReportDialog

    (tmp_path / "kaputt.txt").write_bytes(bytes(range(1, 32)) * 100)
    (tmp_path / "artikel.txt").write_text("Ein Titel\n\nEin Absatz mit genug Worten, um ein Artikel zu sein.\n",
                                          encoding="utf-8")  # fmt: skip
    store = Store.open(tmp_path / "library.sqlite")
    results = import_paths(store, [str(tmp_path / "kaputt.txt"), str(tmp_path / "artikel.txt")])
    store.close()
    speak("de")
    dialog = ImportReportDialog(results)
    first = [dialog.table.item(0, column).text() for column in range(3)]
    assert first == ["Fehlgeschlagen", "kaputt.txt", "keine Textdatei (Binärdatei)"]
