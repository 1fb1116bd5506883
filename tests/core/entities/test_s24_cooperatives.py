"""German and Austrian cooperatives are named before their legal form ("e.G.", "eG",
"reg.Gen.m.b.H."), which is part of the name as "GmbH" is; an "und" after a word cut short
by a hyphen stays inside the name. Sentences from an s23 dev text; expected names are the
gold's spans."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_cooperatives_with_their_legal_form() -> None:
    text = (
        'Der Fokus im "Internationalen Medienverbund reg.Gen.m.b.H." lag in der Vernetzung. '
        "Später traten wir in die Talent Dienstleistungs- und Handel e.G. ein."
    )
    assert _orgs(text) == {
        "Internationaler Medienverbund reg.Gen.m.b.H.",
        "Talent Dienstleistungs- und Handel e.G.",
    }


def test_registered_cooperative_written_eg() -> None:
    assert _orgs("Die Volksbank Mittelhessen eG meldet einen Gewinn.") == {
        "Volksbank Mittelhessen eG"
    }


def test_an_association_keeps_its_name_without_the_form() -> None:
    assert _orgs("Die Wirtschaftsweiber e.V. sind ein Netzwerk.") == {"Wirtschaftsweiber"}
