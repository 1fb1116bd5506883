"""A German body for two places names both: "die Handwerkskammer für Schwaben und Allgäu", not
a chamber for Schwaben and the Allgäu as a place of its own. A place named on its own
elsewhere in the text stays a place. Hand-written sentences; expected values are what a reader
marks."""

from __future__ import annotations

from reader.core.entities import extract


def _found(text: str) -> dict[str, str]:
    return {f.name: f.kind.value for f in extract(text, "de")}


def test_a_chamber_for_a_town_and_its_region() -> None:
    found = _found(
        "Auskunft gibt die Industrie- und Handelskammer für Hannover und Niedersachsen, die "
        "ihre Mitglieder jede Woche informiert."
    )
    assert found.get("Industrie- und Handelskammer für Hannover und Niedersachsen") == "org"
    assert "Niedersachsen" not in found


def test_the_place_named_on_its_own_stays() -> None:
    found = _found(
        "Die Handwerkskammer für Dresden und Sachsen berät Betriebe. In Sachsen gelten seit "
        "Montag strengere Regeln."
    )
    assert found.get("Handwerkskammer für Dresden und Sachsen") == "org"
    assert found.get("Sachsen") == "place"
