"""A role between an article and a verb of reporting is a person's, no outlet: "Die
Sprecherin meldete", "Die Kanzlerin berichtet", "the spokesman reported"; an outlet there
stays one ("wie das Handelsblatt berichtet"). Hand-written sentences; expected values are what
a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_role_before_a_verb_of_reporting_is_no_outlet() -> None:
    orgs = _orgs(
        "Die Sprecherin meldete am Abend einen ersten Erfolg. Die Kanzlerin berichtet von "
        "ihrer Reise, wie das Handelsblatt berichtet.",
        "de",
    )
    assert orgs == {"Handelsblatt"}
    assert not _orgs("The spokesman reported no injuries at the plant.", "en")
