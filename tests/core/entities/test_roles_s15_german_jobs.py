"""German writes a job before a name with a capital, so a job word the person rules do not know
("Pastorin", "Kirchenvorsteher", "Klimaaktivistin", "Datenschutzbeauftragte") is the role of
a person found without it, and before a courtesy title it is written with it, as the text does
("Historikerin Dr."). Hand-written sentences; the expected roles are what a reader writes."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "de") if f.kind is EntityKind.PERSON}


def test_a_capitalised_job_before_the_name_is_the_role() -> None:
    roles = _roles(
        "Die Versteigerung leitete Sängerin Marta Kowalczyk, an ihrer Seite stand Pastorin "
        "Dagmar Lindholm. Der Hamburger Datenschutzbeauftragte Jonas Pfeiffer warnte davor."
    )
    assert roles["Marta Kowalczyk"] == ("Sängerin",)
    assert roles["Dagmar Lindholm"] == ("Pastorin",)
    assert roles["Jonas Pfeiffer"] == ("Datenschutzbeauftragter",)  # a man's, without the article


def test_a_job_before_a_courtesy_title_keeps_the_title() -> None:
    roles = _roles("Ein Gespräch mit der Historikerin Dr. Lena Hájková über das Archiv.")
    assert roles["Lena Hájková"] == ("Historikerin", "Dr.")
