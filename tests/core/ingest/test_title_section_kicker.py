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
