"""In German text a maker of devices before a device or service named in dictionary words, as
brands write or by an acronym is the organisation (product_names.maker_and_device, asked by
classify): "die Sony PlayStation", "die Google Glasses", "Samsung SDI". A model's name of no
dictionary after it makes the run a car, as it was ("ein roter Mazda Kolvaro"). Hand-written
sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_a_maker_before_a_device_in_german_text_is_an_organisation() -> None:
    orgs = _orgs(
        "Bekannte Brillen sind etwa die Lenovo ThinkReality oder die Google Glasses. "
        "Bisher hat es keine in den Handel geschafft."
    )
    assert {"Lenovo", "Google"} <= orgs


def test_a_car_model_after_a_maker_keeps_the_run_a_car() -> None:
    orgs = _orgs("Die Zeugin sah ein rotes Auto, einen Mazda Kolvaro, vor dem Haus parken.")
    assert "Mazda" not in orgs
