"""A German compound written with a hyphen, of a dictionary word and a common German noun, is
a product or a thing after a name, never a surname ("Lanius Yak-Wolle", "Dr. Oetker
Vanillin-Zucker"); double surnames and double first names stay ("Annegret
Kramp-Karrenbauer", "Hans-Wilhelm Müller-Wohlfahrt", "Bundespräsident Frank-Walter
Steinmeier"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "de") if f.kind is EntityKind.PERSON}


def test_a_hyphened_noun_after_a_name_is_no_surname() -> None:
    people = _people(
        "Auch kommt bei Lanius Yak-Wolle zum Einsatz. Die Gründerin ist Claudia Lanius."
    )
    assert "Lanius Yak-Wolle" not in people
    assert "Claudia Lanius" in people


def test_a_hyphened_noun_after_a_title_and_a_name_is_cut_off() -> None:
    people = _people("Dazu kommt ein Päckchen Dr. Oetker Vanillin-Zucker in den Teig.")
    assert "Oetker Vanillin-Zucker" not in people


def test_double_names_stay() -> None:
    people = _people(
        "Annegret Kramp-Karrenbauer sprach, dann Hans-Wilhelm Müller-Wohlfahrt. Später kam "
        "Bundespräsident Frank-Walter Steinmeier."
    )
    assert {"Annegret Kramp-Karrenbauer", "Hans-Wilhelm Müller-Wohlfahrt"} <= people.keys()
    assert people.get("Frank-Walter Steinmeier") == ("Bundespräsident",)


def test_a_hyphened_noun_after_a_first_name_is_no_surname() -> None:
    people = _people("Im Herbst strickt sie mit Amy Yak-Wolle eine Mütze für Hanna Berger.")
    assert "Amy Yak-Wolle" not in people
    assert "Hanna Berger" in people


def test_a_double_surname_with_a_common_noun_stays() -> None:
    assert "Karin Schulte-Wald" in _people("Das bestätigte Karin Schulte-Wald am Montag.")
