"""Session 33: a German body's acronym gives the initials of its adjectives in small letters
too ("VKU" = "Verband kommunaler Unternehmen"), and may leave out the place the name ends with
("VSGE" = "Verband zum Schutz geistigen Eigentums im Internet"); the acronym and the name are
one organisation. Made-up names and sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract
from reader.core.entities.abbreviations import abbreviates


def test_small_adjectives_give_their_initials() -> None:
    assert abbreviates("VPB", "Verband privater Bahnbetreiber")
    assert abbreviates("VSHG", "Verein zur Sicherung historischer Gärten im Rheinland")
    assert not abbreviates("VPB", "Verband der Bahnbetreiber")  # no "p" in it


def test_the_acronym_and_the_name_are_one_body() -> None:
    text = (
        "Seit Jahren kritisiert der Verband privater Bahnbetreiber die Trassenpreise. "
        "Der VPB fordert nun eine Senkung um ein Drittel. Auch der VPB-Vorstand äußerte sich."
    )
    orgs = [f for f in extract(text, "de") if f.kind is EntityKind.ORG]
    assert [o.name for o in orgs] == ["Verband privater Bahnbetreiber"]
    assert len(orgs[0].spans) >= 2
