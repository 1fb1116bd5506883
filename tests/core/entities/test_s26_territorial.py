"""A German person named by the land they ruled is one person: "Margarete von Österreich",
"Friedrich August von Sachsen"; the land stays a place of the text. A surname, an office or a
town before or after "von" keep the person and the place apart. Hand-written sentences;
expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _found(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"person": set(), "place": set()}
    for f in extract(text, "de"):
        if f.kind in (EntityKind.PERSON, EntityKind.PLACE):
            found[f.kind.value].add(f.name)
    return found


def test_a_ruler_named_by_a_land_is_one_person() -> None:
    found = _found(
        "Die Regentin Margarete von Österreich ließ das Schloss 1520 umbauen. Später wohnte "
        "dort der Herzog Friedrich Adalbrecht von Sachsen."
    )
    assert {"Margarete von Österreich", "Friedrich Adalbrecht von Sachsen"} <= found["person"]
    assert "Margarete" not in found["person"]


def test_a_surname_an_office_or_a_town_keep_them_apart() -> None:
    found = _found(
        "Der Bürgermeister von Berlin traf am Montag Thomas Müller von Bayern. Sie kam mit "
        "Anna von Hamburg nach Berlin."
    )
    assert not {p for p in found["person"] if " von " in p}
