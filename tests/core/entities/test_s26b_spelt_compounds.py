"""An acronym in brackets after one German chemical's compound whose parts it spells, in
order, is the substance's short name and no organisation ("Dimethylether (DME)",
"Polyvinylchlorid (PVC)"; agreement.spelt_out_terms), in every mention; a body's compound
stays a body and its acronym with it ("Bundeskriminalamt (BKA)", "Kreissparkasse (KSK)").
Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_a_compound_spelt_by_its_acronym_is_a_thing() -> None:
    orgs = _orgs(
        "Als Ersatz für Flüssiggas gilt Dimethylether (DME), ein farbloses Gas. In einigen "
        "Ländern wird DME dem Gas schon beigemischt. Rohre aus Polyvinylchlorid (PVC) sind "
        "billig; PVC gilt aber als schwer zu entsorgen."
    )
    assert not {"DME", "PVC"} & orgs


def test_a_body_spelt_by_its_acronym_stays_a_body() -> None:
    orgs = _orgs(
        "Das Bundeskriminalamt (BKA) ermittelt seit Montag. Das BKA teilte mit, es gebe "
        "erste Hinweise."
    )
    assert {"Bundeskriminalamt", "BKA"} <= orgs
    orgs = _orgs("Die Kreissparkasse (KSK) senkt die Zinsen. Die KSK zahlt ab Mai weniger.")
    assert "KSK" in orgs
