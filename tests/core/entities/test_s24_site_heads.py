"""An avenue or a pond named by a word before "Allee" or "Weiher" is a site, as one before
"Straße" or "Platz" is ("auf die Köpenicker Allee", "der Leopoldskroner Weiher"). Sentences
from dev texts; expected names are the gold's spans."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PLACE}


def test_avenues_and_ponds() -> None:
    text = (
        "Dann wieder zurück auf die Köpenicker Allee. Weiter auf der Griechischen Allee. "
        "Am Leopoldskroner Weiher vorbei geht es zur Hellbrunner Allee."
    )
    assert _places(text) == {
        "Köpenicker Allee",
        "Griechischen Allee",
        "Leopoldskroner Weiher",
        "Hellbrunner Allee",
    }
