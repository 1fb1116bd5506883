"""The duplicate rule: identical bytes, or identical normalised text, or the same substantial
body (50+ words) — otherwise two files are two sources, even when the parser kept the same few
lines of both."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest import prepare_bytes
from reader.core.store import DuplicateSourceError, Store

SHORT = ("Zölle auf Chips\n\nDie EU erhebt ab Januar neue Zölle auf Halbleiter aus Fernost. Hersteller "
         "in Europa begrüßen den Schritt.\n\nImporteure warnen vor höheren Preisen für Verbraucher.\n\n")  # fmt: skip
LONG = SHORT + ("Die Kommission begründet die Maßnahme mit Subventionen, die Produzenten in Asien seit "
                "Jahren erhielten. Branchenverbände in Deutschland und Frankreich sprechen von einem "
                "überfälligen Signal, während Händler mit Lieferengpässen rechnen. Ökonomen erwarten, "
                "dass die Preise für Elektronik im kommenden Jahr um einige Prozent steigen.\n\n")  # fmt: skip


def _page(navigation: str, body: str, more: str) -> bytes:
    return f"Startseite | {navigation}\n\n{body}Mehr zum Thema: {more}\n".encode()


@pytest.fixture
def library(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "library.sqlite")


def test_same_short_body_from_two_different_pages_is_two_sources(library: Store) -> None:
    first = prepare_bytes(_page("Politik | Wirtschaft", SHORT, "Handelsstreit mit China"), "a.txt")
    second = prepare_bytes(_page("Sport | Kultur", SHORT, "Neue Batteriefabrik in Sachsen"), "b.txt")
    assert first.reading_text == second.reading_text  # the parser kept the same lines of both
    library.sources.add(first)
    library.sources.add(second)
    assert library.sources.count() == 2


def test_identical_bytes_are_a_duplicate(library: Store) -> None:
    data = _page("Politik", SHORT, "China")
    library.sources.add(prepare_bytes(data, "a.txt"))
    with pytest.raises(DuplicateSourceError):
        library.sources.add(prepare_bytes(data, "kopie.txt"))


def test_identical_normalised_text_is_a_duplicate(library: Store) -> None:
    data = _page("Politik", SHORT, "China")
    library.sources.add(prepare_bytes(data, "a.txt"))
    resaved = data.replace(b"\n", b"\r\n").replace(b"EU", b"EU ") + b"\r\n\r\n"
    with pytest.raises(DuplicateSourceError):
        library.sources.add(prepare_bytes(resaved, "neu gespeichert.txt"))


def test_same_substantial_body_under_different_page_furniture_is_a_duplicate(library: Store) -> None:
    first = prepare_bytes(_page("Politik | Wirtschaft", LONG, "Handelsstreit mit China"), "a.txt")
    assert len(first.reading_text.split()) >= 50
    library.sources.add(first)
    with pytest.raises(DuplicateSourceError):
        library.sources.add(prepare_bytes(_page("Sport | Kultur", LONG, "Batteriefabrik"), "b.txt"))


def test_different_articles_are_never_duplicates(library: Store) -> None:
    library.sources.add(prepare_bytes(_page("Politik", LONG, "China"), "a.txt"))
    other = LONG.replace("Elektronik", "Autos")
    library.sources.add(prepare_bytes(_page("Politik", other, "China"), "b.txt"))
    assert library.sources.count() == 2
