"""A name card pasted inside a sentence glues two names into one token ("NoemKristi"); the
text names the parts on their own, so they are two words. Camel-case brands keep their shape."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text, "en") if e.kind is EntityKind.PERSON}


def _names(text: str) -> set[str]:
    return {e.name for e in extract(text, "en")}


def test_a_pasted_card_is_cut_from_the_name() -> None:
    text = (
        "Gov. Marla BrettMarla Jean BrettNorth Carolina governor backs new bridge plan MORE said on "
        "Tuesday the state would pay for the repairs. Critics in North Carolina were not convinced, "
        "but Brett said the money was there. Tags Marla Brett North Carolina"
    )
    people = _people(text)
    assert not any("BrettMarla" in p or "BrettNorth" in p for p in people), people
    assert people & {"Marla Brett", "Marla Jean Brett"}


def test_a_card_in_a_german_caption_is_cut_too() -> None:
    text = (
        "Kritik kam von Senator Paul OstlerPaul Georg OstlerHamburg am Mittwoch. Ostler sagte, "
        "der Plan sei zu teuer. Auch Paul Ostler selbst hatte ihn früher gelobt, sagte man in Hamburg."
    )
    found = {e.name for e in extract(text, "de")}
    assert not any("OstlerPaul" in n or "OstlerHamburg" in n for n in found), found


def test_camel_case_brands_keep_their_shape() -> None:
    text = (
        "Ronald McDonald appeared in a YouTube video. Ron DeSantis praised BioNTech, and the iPhone "
        "maker said WhatsApp would follow. You can watch it on YouTube. Donald Trump was not there. "
        "Santis is a town. Tech firms like BioNTech grew. The Hero Pro and the Go Fund said "
        "GoPro grew."
    )
    names = _names(text)
    assert {"YouTube", "BioNTech", "GoPro"} <= names, names
    assert any("McDonald" in n for n in names) and any("DeSantis" in n for n in names), names


def test_a_name_the_text_repeats_glued_is_its_own() -> None:
    text = (
        "DaimlerChrysler said profits rose. Daimler once owned Chrysler, and analysts said "
        "DaimlerChrysler would split. The Daimler board met in Stuttgart while Chrysler waited."
    )
    assert "DaimlerChrysler" in _names(text)


def test_only_a_card_repeating_the_name_is_cut() -> None:
    from reader.core.entities.glued_names import apart
    from reader.core.entities.names import tokens

    brands = (
        "The Hero Pro and the Go Fund said GoPro grew, and Rhein Energie is no RheinEnergie. "
        "Donald McDonald met Santis DeSantis."
    )
    assert [w.text for w in apart(tokens(brands))] == [w.text for w in tokens(brands)]
    card = "Rep. Dana OrtizDana Marie OrtizTexas congresswoman said Ortiz was right."
    assert [w.text for w in apart(tokens(card))][:7] == ["Rep.", "Dana", "Ortiz", "Dana", "Marie", "Ortiz", "Texas"]
