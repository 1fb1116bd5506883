"""German lakes, valleys, bridges, churches and paths named in one word are places when the text
puts an article before them ("am Werbellinsee", "im Kinzigtal", "auf die Carolinenbrücke");
common words, kinds of site and a site's name inside another name are not ("im Hospital", "von
der Normalschanze", "der Auszeit Tollensesee"), and a site the text also names in English is
one place. Sentences from dev texts; expected names are the gold's spans."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PLACE}


def test_one_word_sites_after_an_article() -> None:
    text = (
        "Vom Saunafloß direkt in den Werbellinsee hüpfen. Es gibt schon die Bahn hier im "
        "Kinzigtal. Und nach dem Abbiegen auf die Carolinenbrücke lädt die Altstadt ein. "
        "Es geht geradewegs in die Wuhlheide."
    )
    assert _places(text) == {"Werbellinsee", "Kinzigtal", "Carolinenbrücke", "Wuhlheide"}


def test_common_words_and_kinds_of_site_are_no_places() -> None:
    text = (
        "Doch jetzt, wo man sich im Hospital des Camps kümmert, ist es besser. Am Montag "
        "wird der Olympiasieger von der Normalschanze gekürt. Schön sind die Cabins der "
        "Auszeit Tollensesee."
    )
    assert _places(text) == set()


def test_a_site_named_in_both_languages_is_one_place() -> None:
    text = (
        "Das Schiff lag im Roten Meer, nachdem es kürzlich den Suezkanal durchfuhr. "
        'Der Sprecher sprach von "the Suez Canal".'
    )
    sites = [f for f in extract(text, "de") if f.kind is EntityKind.PLACE and "Suez" in f.name]
    assert len(sites) == 1
