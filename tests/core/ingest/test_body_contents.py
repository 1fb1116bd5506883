"""An article's own table of contents says where the article starts.

A guide prints its lead, then its contents ("Inhaltsverzeichnis", "1 Die Jacken im
Vergleich", …), then its sections; a comparison table copied as one short line per cell
costs the run more than the lead brings, so the run started at the second section. The
contents name the first section's heading: the run is taken back to it and to the lead above.
The page is written by hand; which lines are the article is hand knowledge.
"""

from __future__ import annotations

from quality import block_roles, role_of

from reader.core.ingest.article import BlockRole

_CELLS = "\n".join(
    f"Produkt\nJacke {n}\nGewicht\n{400 + n * 10} g\nPreis\n{100 + n} EUR\nJetzt kaufen"
    for n in range(1, 16)
)
PAGE = f"""Startseite
Ratgeber
Regenjacken im Test: welche hält dicht?

Wer im Herbst viel draußen ist, braucht eine Jacke, die Regen abhält und trotzdem atmet. Wir haben fünfzehn Jacken vier Wochen lang bei Wind und Regen getragen und verglichen.

Dabei haben wir auf das Gewicht, den Preis und die Verarbeitung geachtet, und darauf, wie gut sich eine Jacke im Rucksack verstauen lässt, wenn die Sonne wieder scheint.

Inhaltsverzeichnis
1 Die Jacken im Vergleich
2 Worauf es ankommt
3 Unser Fazit

Die Jacken im Vergleich
{_CELLS}

Worauf es ankommt

Eine gute Regenjacke hat eine Wassersäule von mindestens zehntausend Millimetern. Darunter dringt bei starkem Regen früher oder später Wasser durch, vor allem an den Schultern, wo der Rucksack drückt und die Nähte belastet.

Ebenso wichtig ist die Atmungsaktivität: Wer bergauf geht, schwitzt, und eine Jacke, die keinen Dampf nach außen lässt, ist innen bald so nass wie außen. Achten Sie auf Belüftungsöffnungen unter den Armen.

Unser Fazit

Am besten schnitt eine leichte Jacke mit verstellbarer Kapuze ab, die sich klein zusammenfalten lässt und trotzdem auch bei stundenlangem Regen dicht hielt.

Impressum
Datenschutz
"""


def test_the_run_starts_at_the_lead_above_the_contents() -> None:
    roles = block_roles(PAGE)
    assert role_of(roles, "Wer im Herbst") is BlockRole.BODY
    assert role_of(roles, "Dabei haben wir") is BlockRole.BODY
    assert role_of(roles, "Eine gute Regenjacke") is BlockRole.BODY
    assert role_of(roles, "Am besten schnitt") is BlockRole.BODY
    # The contents' entries and the table's cells stay set aside.
    assert role_of(roles, "1 Die Jacken im Vergleich") is BlockRole.BOILERPLATE
    assert role_of(roles, "Jetzt kaufen") is BlockRole.BOILERPLATE


def test_numbered_lines_that_name_no_other_line_move_nothing() -> None:
    # A ranking box of numbered lines names no heading of the page: the run stays where it was.
    page = PAGE.replace(
        "1 Die Jacken im Vergleich\n2 Worauf es ankommt\n3 Unser Fazit",
        "1 Anorak\n2 Parka\n3 Poncho",
    )
    roles = block_roles(page)
    assert role_of(roles, "Eine gute Regenjacke") is BlockRole.BODY
    assert role_of(roles, "Wer im Herbst") is BlockRole.BOILERPLATE
