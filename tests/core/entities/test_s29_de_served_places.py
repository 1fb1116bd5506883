"""A German state or city office named by several fields keeps the land or town it serves
("… für Umwelt, Naturschutz und Geologie Mecklenburg-Vorpommern"); a genitive, a comma or a
preposition before the place leaves the place apart (regional_bodies)."""

from reader.core.entities import EntityKind, extract


def _found(text: str) -> set[tuple[EntityKind, str]]:
    return {(e.kind, e.name) for e in extract(text, "de")}


def test_a_land_after_the_listed_fields_is_the_bodys_name() -> None:
    found = _found(
        "Im Frühjahr prüft das Landesamt für Umwelt, Naturschutz und Geologie "
        "Mecklenburg-Vorpommern die Wasserstände an allen Seen."
    )
    name = "Landesamt für Umwelt, Naturschutz und Geologie Mecklenburg-Vorpommern"
    assert (EntityKind.ORG, name) in found
    assert (EntityKind.PLACE, "Mecklenburg-Vorpommern") not in found


def test_a_town_after_two_fields_joined_by_und() -> None:
    found = _found(
        "Die Förderung beantragt man beim Amt für Wohnungswesen, Bauen und Stadterneuerung "
        "Leipzig, das die Anträge binnen vier Wochen bescheidet."
    )
    assert (EntityKind.ORG, "Amt für Wohnungswesen, Bauen und Stadterneuerung Leipzig") in found


def test_a_place_after_a_comma_or_a_preposition_stays_a_place() -> None:
    found = _found(
        "Das Bundesministerium für Wirtschaft, Energie und Klimaschutz in Berlin lädt ein. "
        "Auch das Ministerium für Kultur, Jugend und Sport, Stuttgart, schickt Vertreter."
    )
    assert (EntityKind.PLACE, "Berlin") in found
    assert (EntityKind.PLACE, "Stuttgart") in found


def test_a_genitive_land_speaks_of_the_land() -> None:
    found = _found(
        "Der Bericht des Ministeriums für Bildung, Wissenschaft und Kultur Sachsens "
        "Schulen nennt viele Lücken."
    )
    assert not any(name.endswith("Sachsens") for _, name in found)
