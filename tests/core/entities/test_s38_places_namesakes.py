"""A city's other name that another country's town bears (issue 15, session 38): "Frankfort",
the capital of Kentucky, was indexed as Frankfurt am Main, "Zaragoza" as Tijuana and
"Islamabad" as Chattogram (GeoNames lists those among the bigger cities' names). Such a name
is the bigger city's only where the text names it by its own name too or names a place of its
country; a place of the namesake's country makes it that town; else the namesake keeps it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader.core.entities import EntityKind, extract, place_key, place_name

REPO = Path(__file__).resolve().parents[3]


def _places(text: str, lang: str) -> dict[str, str]:
    return {f.name: f.key for f in extract(text, lang) if f.kind is EntityKind.PLACE}


FRANKFURT = "Die EZB sitzt in Frankfurt am Main."


def test_kentuckys_capital_is_no_frankfurt() -> None:
    frankfurt = _places(FRANKFURT, "de")["Frankfurt"]
    kentucky = _places(
        "Frankfort is the capital of Kentucky. Lawmakers met in Frankfort on Monday.", "en"
    )
    assert kentucky["Frankfort"] != frankfurt
    assert place_name(kentucky["Frankfort"], "en") == "Frankfort"  # not "Frankfurt am Main"
    # with no place around it either: a name of its own, merged with neither
    alone = _places("The delegation flew home from Frankfort on Monday night.", "en")
    assert alone["Frankfort"] != frankfurt
    assert alone["Frankfort"] != kentucky["Frankfort"]


def test_the_old_name_is_the_big_citys_where_the_text_says_so() -> None:
    hanover = _places("Volkswagen builds vans in Hanover, Germany, and in Poznan.", "en")
    assert hanover["Hanover"] == place_key("Hannover")
    # the text names the city by its own name too: one place
    both = _places("Frankfurt, which old English maps call Frankfort, hosts the fair.", "en")
    assert list(both.values()) == [_places(FRANKFURT, "de")["Frankfurt"]]
    russia = _places(
        "Die Preise stiegen vor allem in St. Petersburg, Kaliningrad und Moskau.", "de"
    )
    assert russia["St. Petersburg"] == place_key("Sankt Petersburg")


def test_a_citys_own_name_is_never_another_citys() -> None:
    places = _places("The ministers met in Zaragoza, then flew on to Islamabad.", "en")
    assert places["Zaragoza"] != place_key("Tijuana")
    assert place_name(places["Zaragoza"], "en") == "Zaragoza"  # Spain's, as GeoNames names it
    assert places["Islamabad"] != place_key("Chattogram")
    # and a text naming Spain's city the Spanish way and the English way names one place
    spain = _places("Zaragoza lies on the Ebro; the airport of Zaragoza is small.", "en")
    assert spain["Zaragoza"] == places["Zaragoza"]


def test_the_namesakes_are_kept_between_runs_equal_to_a_fresh_build(tmp_path: Path) -> None:
    code = (
        "from reader.core.entities import kept_gazetteer, namesakes\n"
        "print(kept_gazetteer.kept_namesakes() == namesakes.namesake_table())\n"
        "print('Frankfort' in kept_gazetteer.kept_namesakes())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONPYCACHEPREFIX": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for _run in range(2):  # built, then read from the kept file
        done = subprocess.run(
            [sys.executable, "-P", "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
        )
        assert done.stdout.splitlines() == ["True", "True"]
    assert list(tmp_path.rglob("namesakes.*.marshal"))


def test_the_big_citys_name_as_the_news_writes_it_today_stays_the_big_city() -> None:
    # review of session 38: alone, "Hanover" was a place of its own and "Odessa" the Texan town
    assert _places("Volkswagen builds vans in Hanover.", "en")["Hanover"] == place_key("Hannover")
    assert _places("Ships left the port of Odessa.", "en")["Odessa"] == place_key("Odesa")
    russia = _places("Die Preise stiegen in St. Petersburg stark.", "de")
    assert russia["St. Petersburg"] == place_key("Sankt Petersburg")


def test_a_namesake_too_small_to_be_kept_alone_is_no_other_town_of_that_name() -> None:
    # the biggest Frankfort (in South Africa) is no city the gazetteer keeps: a lone
    # "Frankfort" is not taken for it
    alone = _places("The delegation flew home from Frankfort on Monday night.", "en")
    free_state = _places("Frankfort, a town in South Africa, flooded.", "en")
    assert alone["Frankfort"] != free_state["Frankfort"]
