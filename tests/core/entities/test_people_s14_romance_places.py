"""Countries under their French, Spanish, Italian and Portuguese names (CLDR) are the same
places as under their English and German ones: "Misure adottate in Italia" in a German text
is the Italien of the same text, "no Brasil" and "nos Estados Unidos" on a Portuguese page are
Brazil and the United States. A name that is an English word or a first name where it may be
read is none ("Chili con carne", "Malte", "Mauricio", "Maurice"). Hand-written sentences;
expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str, lang: str) -> dict[str, int]:
    """Each place's key and how many mentions the text has of it."""
    return {f.key: len(f.spans) for f in extract(text, lang) if f.kind is EntityKind.PLACE}


def test_an_italian_name_quoted_in_german_is_the_same_country() -> None:
    places = _places(
        "Italien verlangt einen Nachweis. Details stehen auf der Seite des Ministeriums "
        "(Stichwort: Misure adottate in Italia).",
        "de",
    )
    assert places == {"country:IT": 2}


def test_portuguese_and_spanish_names_of_countries_on_their_own_pages() -> None:
    assert _places(
        "Por que não temos uma assim no Brasil? Aqui nos Estados Unidos, sim.", "pt"
    ) == {
        "country:BR": 1,
        "country:US": 1,
    }
    assert _places("La empresa exporta a Alemania y a Francia desde España.", "es") == {
        "country:DE": 1,
        "country:FR": 1,
        "country:ES": 1,
    }


def test_words_and_first_names_are_no_romance_country() -> None:
    found = extract(
        "Zum Essen gab es Chili con carne. Trainer Mauricio Pochettino lobte Malte Schröder, "
        "und Maurice Dubois applaudierte.",
        "de",
    )
    keys = {f.key for f in found if f.kind is EntityKind.PLACE}
    assert not keys & {"country:MU", "country:MT", "country:CL"}
