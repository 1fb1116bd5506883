"""The acronym of a law, a rule or a treaty spelt out by one German compound is no
organisation, in any of its mentions ("Strafgesetzbuch (StGB)", "des StGB"); a body's
acronym spelt so stays one. Expected values read off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    "text",
    [
        "Wer betrunken ein Boot steuert, macht sich nach § 316 des Strafgesetzbuches (StGB) "
        "strafbar. Auch § 315a des StGB kann greifen.",
        "Die Straßenverkehrsordnung (StVO) wurde im Frühjahr geändert. Die neue StVO verbietet "
        "das Parken auf Radwegen.",
        "Seit Januar gilt das Gebäudeenergiegesetz (GEG). Nach dem GEG müssen alte Heizungen "
        "ersetzt werden.",
    ],
)
def test_a_laws_acronym_is_no_organisation(text: str) -> None:
    assert not _orgs(text)


def test_a_bodys_acronym_spelt_by_one_compound_stays_one() -> None:
    text = "Die Kreissparkasse (KSK) senkt die Zinsen. Die KSK zahlt ab Mai weniger."
    assert "KSK" in _orgs(text)
