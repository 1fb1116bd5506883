"""A German noun after a preposition of place is no place: "aus Harnstoff", "aus Bioabfall",
"in Abstellraum", "in Impfdosen", "in Strandnähe" — words only German writes that end in a
common German noun or a noun's ending. A village no gazetteer knows keeps its preposition's
evidence ("aus Kleinmachnow", "nach Rummelsburg", "in Friedrichsfelde": place names' endings),
and so does a foreign place ("aus Tokaj"). Hand-written German sentences; expected values are
what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract
from reader.core.entities.german_nouns import noun_not_place


def _places(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PLACE}


def test_german_nouns_after_a_preposition_of_place_are_no_places() -> None:
    places = _places(
        "Die Lösung besteht zu 32 Prozent aus Harnstoff und zu 68 Prozent aus Wasser. Das Gas "
        "wird aus Bioabfall gewonnen. Die Kisten standen in Abstellraum drei. Der Stoff bleibt "
        "in Impfdosen erlaubt. Diebstähle häufen sich in Strandnähe."
    )
    assert not places & {"Harnstoff", "Bioabfall", "Abstellraum", "Impfdosen", "Strandnähe"}


def test_villages_and_foreign_places_after_a_preposition_stay_places() -> None:
    places = _places(
        "Sie kam aus Kleinmachnow und fuhr weiter nach Rummelsburg. Später wohnte sie in "
        "Friedrichsfelde. Die süßen Weine kamen aus Tokaj."
    )
    assert {"Kleinmachnow", "Rummelsburg", "Friedrichsfelde", "Tokaj"} <= places


def test_the_shape_of_a_noun_and_of_a_place_name() -> None:
    assert all(map(noun_not_place, ["Harnstoff", "Fruchtzucker", "Konvertierung", "Papierkorb"]))
    assert not any(
        map(noun_not_place, ["Hochdorf", "Neustadt", "Karlshorst", "Afrin", "Ostia", "Salzgitter"])
    )


def test_a_town_named_like_a_german_noun_after_an_adjective_or_in_a_list_of_nouns() -> None:
    places = _places(
        "Es gibt gutes Essen und Trinken. Bei Bedürfnissen wie Essen oder Schlafen hilft das. "
        "Finde deine eigene Mitte. Als Schulen und Kitas schlossen, blieben alle daheim."
    )
    assert not places & {"Essen", "Mitte", "Kitas"}


def test_the_town_stays_after_a_preposition_in_a_list_of_towns_or_an_address() -> None:
    text = (
        "Der Zug fährt über Essen nach Dortmund. Das Spiel gegen Essen endete 2:1. Wir waren "
        "in Bochum und Essen. Ausstellung in der Pinakothek der Moderne, München. Im "
        "südkoreanischen Busan regnet es."
    )
    places = _places(text)
    assert {"Essen", "Dortmund", "Bochum", "München", "Busan"} <= places
    essen = next(f for f in extract(text, "de") if f.name == "Essen")
    assert len(essen.spans) == 3
