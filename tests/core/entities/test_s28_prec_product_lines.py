"""A plural after "the" is no team when the text writes its one thing as a name ("Zephyr
Falcon R7000 … the Falcons") or the plural in a brand's capitals ("ZipBuds … the Zipbuds"):
a maker's product line (evidence.team). Without teams, capitalised dictionary words of the
text ("Upgrade to Gold") stay no organisations. Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_product_line_named_in_the_singular_is_no_team() -> None:
    orgs = _orgs(
        "Get the Zephyr Falcon R7000 router for $99 at Walmart.\n\nThe Falcons are among the "
        "most popular routers for gamers. Upgrade to Gold for $3 a month, or stay with Gold "
        "for the whole year."
    )
    assert not {"Falcons", "Gold"} & orgs
    assert "Walmart" in orgs


def test_a_product_line_in_a_brands_capitals_is_no_team() -> None:
    orgs = _orgs(
        "Buy the ZipBuds Pro for $199 today.\n\nThe Zipbuds sold out last year. Upgrade to "
        "Gold for $3 a month, or stay with Gold for the whole year."
    )
    assert not {"Zipbuds", "Gold"} & orgs


def test_teams_stay_teams() -> None:
    orgs = _orgs(
        "The Chargers beat the Raiders 24-17 on Sunday. The Chargers had lost three in a row."
    )
    assert {"Chargers", "Raiders"} <= orgs
