"""English nouns German borrowed ("Box", "Playlist", "Email", "Freelancer") are words in a
German text, not organisations, though both languages write them alike; a brand's or a body's
name written alike in both stays one ("Google", "Nato", "Intel"). Hand-written German
sentences; expected values from what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _orgs(found: list[Found]) -> set[str]:
    return {f.name for f in found if f.kind is EntityKind.ORG}


def test_a_borrowed_english_noun_is_no_organisation() -> None:
    text = (
        "Ich mag besonders das schlichte Design der Box. Ein Freelancer stellt die Playlist "
        "zusammen und schickt sie per Email. Ein Techniker öffnete die Mail in seiner Inbox. "
        "Viele Gamer zahlen mit Bitcoin."
    )
    orgs = _orgs(extract(text, "de"))
    assert not orgs & {"Box", "Freelancer", "Playlist", "Email", "Inbox", "Gamer", "Bitcoin"}


def test_a_name_both_languages_write_alike_stays_an_organisation() -> None:
    text = (
        "Google und die Nato streiten über Daten. Intel baut in Magdeburg, und Netflix zeigt "
        "die Serie. Die Union ist dagegen."
    )
    assert {"Google", "Nato", "Intel", "Netflix", "Union"} <= _orgs(extract(text, "de"))


def test_german_plurals_for_women_and_men_alike_are_no_brands() -> None:
    text = (
        "Obwohl es den AntragstellerInnen helfen würde, schweigen viele LehrerInnen. "
        "WeWork und SoftBank verhandeln."
    )
    assert _orgs(extract(text, "de")) == {"WeWork", "SoftBank"}


def test_a_word_the_english_dictionary_knows_is_no_organisation_in_german() -> None:
    # words German took from English after the older dictionary was made ("Hype",
    # "Blockchain", "Lockdown") and names older than any company ("Saturn") are no bodies,
    # though German and English write them alike
    text = (
        "Mal sehen, wie lange sich der Hype um die Blockchain hält. Mit Verweis auf den "
        "Lockdown blieb die Kirche zu. Wer gegen den Mainstream schwimmt, hat es schwer. "
        "Saturn setzt noch einen drauf. Zu Halloween gibt es Süßes. Bis dahin will ich Mama "
        "sein. Sie brachten Online- und Offline-Protest zusammen. Google und die Nato streiten."
    )
    orgs = _orgs(extract(text, "de"))
    assert not orgs & {"Hype", "Blockchain", "Lockdown", "Mainstream", "Saturn", "Halloween"}
    assert not orgs & {"Mama", "Offline"}
    assert "Nato" in orgs  # no dictionary word: a body's name
