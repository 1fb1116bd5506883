"""Products are neither people nor organisations: car models after their maker or before a kind
of vehicle, concept cars and editions, devices; a maker named alone is the organisation, not a
person. Expected values read off the hand-written sentences (makers and models from general
knowledge), in English and German."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_model_after_its_maker_is_no_organisation() -> None:
    text = (
        "There also is a redesigned compact Sentra from Nissan.\n\nNISSAN SENTRA\n\n"
        "Nissan hopes the Sentra will sell. The Sentra goes on sale in January."
    )
    kinds = _kinds(text, "en")
    assert "Sentra" not in kinds
    assert kinds.get("Nissan") is EntityKind.ORG


def test_a_model_before_a_kind_of_vehicle_is_no_organisation() -> None:
    text = (
        "Ford is rolling out an SUV that carries the Mustang performance car brand name. "
        "Buyers liked the Mustang, and dealers said the Mustang sold well."
    )
    assert "Mustang" not in _kinds(text, "en")


def test_a_concept_or_an_edition_is_no_person() -> None:
    text = (
        "Volkswagen showed a wagon called the ID. Space Vizzion Concept. Save $21 if you want "
        "the Zamazenta Edition. Brydge Pro Keyboard for iPad."
    )
    kinds = _kinds(text, "en")
    assert not {"Vizzion Concept", "Space Vizzion Concept", "Zamazenta Edition"} & set(kinds)
    assert not any(kind is EntityKind.PERSON for kind in kinds.values())


def test_a_maker_that_looks_like_a_surname_is_an_organisation() -> None:
    text = (
        "Stadia, Google's streaming platform, launches today. Nissan says it will offer better "
        "gas mileage. Dell said sales rose."
    )
    kinds = _kinds(text, "en")
    assert [kinds.get(maker) for maker in ("Google", "Nissan", "Dell")] == [EntityKind.ORG] * 3


def test_a_maker_that_looks_like_a_surname_is_an_organisation_in_german() -> None:
    kinds = _kinds("Nissan sagt, der Wagen sei sparsam. Porsche meldet mehr Umsatz.", "de")
    assert kinds.get("Nissan") is EntityKind.ORG


def test_a_person_named_like_a_maker_stays_a_person() -> None:
    text = (
        "Harrison Ford starred in the film. Ford said the shoot was long. "
        "President Ford met Gerald Smith."
    )
    kinds = _kinds(text, "en")
    assert kinds.get("Harrison Ford") is EntityKind.PERSON
    assert "Ford" not in kinds  # a mention of Harrison Ford, no carmaker


def test_german_models_and_editions() -> None:
    text = (
        "Der neue Porsche Taycan kommt im Frühjahr. Der Taycan kostet 90.000 Euro, sagte "
        "Porsche. Die Golf Kombi Sonderedition ist ausverkauft, und der Audi Q4 e-tron auch."
    )
    kinds = _kinds(text, "de")
    assert "Taycan" not in kinds and "Porsche Taycan" not in kinds
    assert kinds.get("Porsche") is EntityKind.ORG
    assert "Golf Kombi Sonderedition" not in kinds


def test_a_makers_own_longer_name_stays_whole() -> None:
    text = "Ford Motor Co. said sales rose. Ford Motor expects more."
    assert "Ford Motor Co." in _kinds(text, "en") or "Ford Motor" in _kinds(text, "en")


def test_a_run_opened_by_a_maker_leaves_the_maker() -> None:
    text = "Hyundai Ioniq Five and Kia Soul sold well, said Mary Barra."
    kinds = _kinds(text, "en")
    assert kinds.get("Kia") is EntityKind.ORG
    assert kinds.get("Mary Barra") is EntityKind.PERSON
    assert "Kia Soul" not in kinds and "Ioniq Five" not in kinds


def test_a_longer_name_opened_by_a_model_is_the_model() -> None:
    text = (
        "The Porsche Taycan Turbo is fast. Im Test: der Skoda Octavia Scout und der Opel "
        "Astra Sports Tourer."
    )
    assert not {"Taycan Turbo", "Octavia Scout", "Astra Sports Tourer"} & set(_kinds(text, "en"))
    assert not {"Taycan Turbo", "Octavia Scout", "Astra Sports Tourer"} & set(_kinds(text, "de"))


def test_a_maker_after_a_role_is_a_person() -> None:
    kinds = _kinds("President Ford met Gerald Smith in Washington.", "en")
    assert kinds.get("Ford") is EntityKind.PERSON


def test_a_maker_named_without_other_evidence_is_an_organisation() -> None:
    text = (
        "Samsung cut the price of the Galaxy S24 Ultra. Google Pixel 8 owners complained. "
        "Audi und Hyundai zeigten neue Modelle."
    )
    assert {"Samsung", "Google"} <= {
        n for n, k in _kinds(text, "en").items() if k is EntityKind.ORG
    }
    kinds = _kinds("Samsung senkt den Preis, Hyundai ebenso.", "de")
    assert kinds.get("Samsung") is EntityKind.ORG and kinds.get("Hyundai") is EntityKind.ORG


def test_a_makers_name_that_is_also_a_word_or_a_first_name_needs_evidence() -> None:
    text = "Dodge the crowds and shop early. Mercedes, our neighbour, waved."
    assert not {n for n, k in _kinds(text, "en").items() if k is EntityKind.ORG}


def test_a_model_named_like_a_city_is_no_place() -> None:
    kinds = _kinds("Der Kia Sportage und der Hyundai Tucson wurden getestet.", "de")
    assert "Tucson" not in kinds
    kinds = _kinds("The Hyundai Tucson was tested. Meta Quest 3 owners cheered.", "en")
    assert "Tucson" not in kinds and "Meta Quest" not in kinds
    assert kinds.get("Meta") is EntityKind.ORG


def test_a_makers_own_company_stays_whole() -> None:
    kinds = _kinds("Meta Platforms said profit rose. Amazon Web Services grew.", "en")
    assert kinds.get("Meta Platforms") is EntityKind.ORG
    assert kinds.get("Amazon Web Services") is EntityKind.ORG


def test_a_two_word_maker_is_one_organisation_and_its_model_none() -> None:
    for text, lang in (
        ("The Aston Martin Vantage and the Land Rover Defender were shown. Defender sold.", "en"),
        (
            "Der Aston Martin Vantage und der Land Rover Defender wurden gezeigt. Defender führt.",
            "de",
        ),
    ):
        kinds = _kinds(text, lang)
        assert "Martin Vantage" not in kinds and "Defender" not in kinds
        assert kinds.get("Aston Martin") is EntityKind.ORG


def test_a_two_word_makers_own_team_stays_whole() -> None:
    text = "Das Team wurde von Alfa Romeo Racing zu Alfa Romeo F1 Team umbenannt."
    kinds = _kinds(text, "de")  # one team, renamed: either name
    assert {"Alfa Romeo Racing", "Alfa Romeo F1 Team"} & set(kinds)
    assert "Alfa Romeo" not in kinds


def test_a_model_after_a_hyphenated_maker_is_no_organisation() -> None:
    text = "The Mercedes-Benz EQS and the Rolls-Royce Spectre were shown. The EQS sold well."
    kinds = _kinds(text, "en")
    assert "EQS" not in kinds and "Rolls-Royce Spectre" not in kinds


def test_a_model_after_a_two_word_maker_is_none_in_every_mention() -> None:
    text = "The Aston Martin Vantage was shown. Critics said Vantage buyers wait."
    assert "Vantage" not in _kinds(text, "en")


def test_a_two_word_maker_that_opens_with_a_maker_stays_whole() -> None:
    kinds = _kinds("Alfa Romeo Giulia buyers waited, and the Giulia sold out.", "en")
    assert kinds.get("Alfa Romeo") is EntityKind.ORG


def test_names_listed_as_coming_from_an_organisation_are_products() -> None:
    text = (
        "For the landers he listed several, including the Falcon Heavy and Starship from "
        "SpaceX and Vulcan from United Launch Alliance. SpaceX has not said whether Starship "
        "will fly. Instagram from Facebook is free."
    )
    found = extract(text, "en")
    orgs = {f.name for f in found if f.kind is EntityKind.ORG}
    assert not orgs & {"Starship", "Vulcan"}
    assert {"SpaceX", "United Launch Alliance", "Instagram", "Facebook"} <= orgs


def test_a_hyphenated_maker_alone_is_the_organisation() -> None:
    # "Mercedes-Benz" reads as a double first name ("Hans-Peter") to the first-name list
    kinds = _kinds("Mercedes-Benz verkauft weniger Autos als im Vorjahr.", "de")
    assert kinds.get("Mercedes-Benz") is EntityKind.ORG
    assert _kinds("Rolls-Royce cut jobs.", "en").get("Rolls-Royce") is EntityKind.ORG
