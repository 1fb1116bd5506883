"""File names that are not UTF-8 on disk (Latin-1 names from an old archive or a Windows
share): the file imports, under its name read as Windows-1252. Storing it failed with
"surrogates not allowed", as Python hands such bytes over as lone surrogates."""

from __future__ import annotations

import os
from pathlib import Path

from reader.core import importer
from reader.core.import_files import readable_path
from reader.core.models import ImportStatus
from reader.core.store import Store

TEXT = b"Kurzmeldung aus Tokio\n\nDie Regierung hat am Montag neue Regeln angekuendigt, sagte ein Sprecher.\n"


def test_a_latin1_file_name_imports_under_its_readable_name(store: Store, tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "Ümläut")  # a UTF-8 folder name stays as it is
    os.makedirs(folder)
    with open(folder + b"/caf\xe9 \x96 Bericht.txt", "wb") as handle:  # cp1252: é and –
        handle.write(TEXT)

    (result,) = importer.import_paths(store, [os.fsdecode(folder)], workers=1)

    assert result.status is ImportStatus.IMPORTED, result.reason
    assert result.path == f"{tmp_path}/Ümläut/café – Bericht.txt"
    assert result.source_id is not None
    source = store.sources.get(result.source_id)
    assert source is not None and source.file_name == "café – Bericht.txt"
    assert source.title == "Kurzmeldung aus Tokio"
    # Its fingerprint is the file's own: the same file again is a duplicate, not a new source.
    (again,) = importer.import_paths(store, [os.fsdecode(folder)], workers=1)
    assert again.status is ImportStatus.DUPLICATE


def test_a_utf8_path_is_left_as_it_is() -> None:
    assert readable_path("/home/jörg/Berichte/Straße 🎉.txt") == "/home/jörg/Berichte/Straße 🎉.txt"
