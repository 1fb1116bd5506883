"""A German body named with the word for its kind first is one organisation, kind and all:
"die Stiftung Warentest", "die Messe Wels", "der Initiative SolarPlus", "dem Tiergarten
Straubing" — even when the words after the kind are German nouns or a town. A place in the
genitive, a person's full name, a compound cut short and a list with no article make no such
name. Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import extract


def _found(text: str) -> dict[str, str]:
    return {f.name: f.kind.value for f in extract(text, "de")}


def test_kinds_before_nouns_and_coined_names() -> None:
    found = _found(
        "Die Stiftung Warentest hat zwölf Fahrradhelme geprüft. Mit der Initiative SolarPlus "
        "will der Landkreis mehr Dächer nutzen, und die Winzergenossenschaft Rebenhang lädt zur "
        "Verkostung."
    )
    assert found.get("Stiftung Warentest") == "org"
    assert found.get("Initiative SolarPlus") == "org"
    assert found.get("Winzergenossenschaft Rebenhang") == "org"


def test_a_kind_before_a_town_names_the_body() -> None:
    found = _found(
        "Die Messe Wels sagt die Herbstschau ab. Die Jungtiere wurden im Zoo Straubing "
        "geboren, wo die Pfleger sie seither aufziehen."
    )
    assert found.get("Messe Wels") == "org"
    assert found.get("Zoo Straubing") == "org"
    assert "Wels" not in found


def test_no_name_after_the_kind() -> None:
    found = _found(
        "Die Initiative Frankreichs scheiterte im Rat. Die Stiftung Anna Weber hilft Kindern. "
        "Die Messe Marketing- und Vertriebsleute kommen gern.\n\nStiftung Kinder Jugend Kontakt"
    )
    orgs = {name for name, kind in found.items() if kind == "org"}
    assert not orgs & {"Initiative Frankreichs", "Stiftung Anna Weber", "Messe Marketing"}
    assert not any(name.startswith("Stiftung Kinder") for name in orgs)
    assert "Messe Ried" not in _found("Unsere Termine: Samstag Messe Ried, Sonntag Markt.")
