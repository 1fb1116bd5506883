"""Bug 8 of issue 13: a short section label copied onto the headline ("EnergieWettlauf um
Rohstoffe …") stayed in the title; the case-jump rule needs a longer label."""

from __future__ import annotations

import pytest

from reader.core.ingest.title import strip_glued_kicker


@pytest.mark.parametrize(
    ("glued", "title"),
    [
        ("EnergieWettlauf um Rohstoffe: Japan setzt auf neue Partner",
         "Wettlauf um Rohstoffe: Japan setzt auf neue Partner"),
        ("PolitikRessourcenimperialismus im 21. Jahrhundert: USA gegen Europa",
         "Ressourcenimperialismus im 21. Jahrhundert: USA gegen Europa"),
        ("FinanzenAllianz-Aktie: Rekordergebnis reicht Anlegern nicht",
         "Allianz-Aktie: Rekordergebnis reicht Anlegern nicht"),
    ],
)  # fmt: skip
def test_a_glued_section_label_is_taken_off(glued: str, title: str) -> None:
    assert strip_glued_kicker(glued, []) == title


@pytest.mark.parametrize(
    "title",
    ["Energiewende kostet mehr als geplant", "Politik der kleinen Schritte in Tokio und Washington",
     "Energie: Preise steigen wieder deutlich an"],
)  # fmt: skip
def test_titles_that_only_start_with_the_word_stay(title: str) -> None:
    assert strip_glued_kicker(title, []) == title


def test_a_kicker_the_breadcrumb_trail_ends_in_is_taken_off() -> None:
    # Glued on with a space; the case jump inside "EnergieEffizienz" cut the kicker in two.
    trail = "Startseite › Energie › Initiative EnergieEffizienz"
    title = "Initiative EnergieEffizienz Kostenloser Stromcheck für private Haushalte"
    assert (
        strip_glued_kicker(title, ["Suche", trail])
        == "Kostenloser Stromcheck für private Haushalte"
    )


@pytest.mark.parametrize(("earlier", "title"), [
    # A trail's one-word end is as often the headline's first word.
    ("Startseite › Sport › Bayern", "Bayern München gewinnt gegen Dortmund"),
    # What is left must read as a headline: a capital, four words.
    ("Home › Politik › Olaf Scholz", "Olaf Scholz will die Schuldenbremse lockern"),
    ("Home › Wirtschaft › Deutsche Bahn", "Deutsche Bahn Streik beendet"),
    # A trail cutting a long headline short: its end is no kicker.
    ("Home › Politik › Bundestag beschließt das neue", "Bundestag beschließt das neue Heizungsgesetz nach langem Streit"),
    # A headline in title case names the trail's topic: no case jump tells a kicker's end.
    ("Home › Politics › Joe Biden", "Joe Biden Signs Executive Order On Climate Change"),
    ("Home › Reviews › Star Wars", "Star Wars The Rise Of Skywalker Review"),
    # A menu line is no trail: the headline only starts with its words.
    ("Star Wars", "Star Wars The Rise Of Skywalker Review"),
])  # fmt: skip
def test_a_headline_starting_like_the_line_above_stays_whole(earlier: str, title: str) -> None:
    assert strip_glued_kicker(title, [earlier]) == title
