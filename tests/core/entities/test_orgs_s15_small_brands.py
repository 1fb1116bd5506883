"""Companies that write their names in small letters (small_brands.py): a word of no language,
written three times or more, that opens a sentence or stands after a preposition names stand
after, or owns something, is an organisation in every mention. Hand-written sentences; a word
of either language, a rare word written twice or never where names stand, and one inside a
web address stay none."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> dict[str, int]:
    return {f.name: len(f.spans) for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_name_in_small_letters_written_again_and_again_is_a_company() -> None:
    orgs = _orgs(
        "Der Kreditmarktplatz lendquix wächst. lendquix plant eine Übernahme, sagte der Chef "
        "von lendquix, und die Kunden bleiben lendquix treu.",
        "de",
    )
    assert orgs.get("lendquix") == 4


def test_an_english_name_in_small_letters_after_of_is_a_company() -> None:
    orgs = _orgs(
        "Ads reach readers through adsnoq, a white label platform. The founder of adsnoq "
        "said adsnoq would grow.",
        "en",
    )
    assert orgs.get("adsnoq") == 3


def test_words_of_a_language_rare_words_and_addresses_stay_none() -> None:
    orgs = _orgs(
        "Mehr auf lendquix.de und bei lendquix.de im Netz, sagt lendquix.de. Der Code "
        "zrtq steht dort, von zrtq spricht keiner. Der Wert qzvb ist alt, der qzvb hält, "
        "ein qzvb reicht. Es geht mit etwas Glück, mit etwas Mut und mit etwas Zeit.",
        "de",
    )
    assert not orgs.keys() & {"lendquix", "zrtq", "qzvb", "etwas"}


def test_a_name_in_small_letters_opening_sentences_is_a_company() -> None:
    orgs = _orgs("zorbix wächst weiter. zorbix stellt ein. zorbix zahlt gut.", "de")
    assert orgs.get("zorbix") == 3
