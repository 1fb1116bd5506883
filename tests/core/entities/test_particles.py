"""A town whose name is a name's particle ("Van", a town in Turkey) is no place where it opens
a name ("Van der Bellen", "Van Der Beek", "Van Buren"); the town alone stays one. Expected
values read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _places(found: list[Found]) -> set[str]:
    return {f.name for f in found if f.kind is EntityKind.PLACE}


def test_a_particle_opening_a_name_is_no_town() -> None:
    text = "Bundespräsident Alexander Van der Bellen reiste nach Graz. Van der Bellen lachte."
    assert _places(extract(text, "de")) == {"Graz"}
    text = "James Van Der Beek has been eliminated. Van Der Beek thanked his fans."
    assert _places(extract(text, "en")) == set()
    text = "Cases were reported in Barry, Cass and Van Buren counties."
    assert "Van" not in _places(extract(text, "en"))
    text = "Die Liste: Neutron, Proton, Van-de-Graaff-Beschleuniger, Lithium."
    assert _places(extract(text, "de")) == set()


def test_the_town_alone_stays_a_place() -> None:
    text = "The earthquake struck near Van on Sunday."
    assert _places(extract(text, "en")) == {"Van"}
    text = "Vergangenheit hat die Bahn in Hamburg den Zutritt beschränkt."
    assert _places(extract(text, "de")) == {"Hamburg"}
