"""Things taken for organisations (issue 15, session 39, half A's wrong finds): a name written
before a word for a made thing — an app, a game's add-on, an update, a plugin — in every
mention is that thing ("die Telekom-App", "the Fitbit app", "Herr der Ringe Online DLC"); the
maker stays where the text names it otherwise, and a company of the main indices stays one."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_an_app_named_by_a_hyphen_is_no_organisation() -> None:
    assert _orgs("Dafür wird die Nutzung der Zalvora-App empfohlen. Die Zalvora-App speichert Daten.", "de") == set()
    assert _orgs("Die Telekom-App meldet eine Störung.", "de") == set()


def test_an_app_an_update_or_a_plugin_after_the_name_is_no_organisation() -> None:
    assert _orgs("Users of the Fitbit app can now track their sleep.", "en") == set()
    assert _orgs("The Glimmer plugin is free. Wayfarer Labs released the Glimmer plugin.", "en") == {
        "Wayfarer Labs"
    }
    assert _orgs("Das neue Zalando-Update bringt Fehler.", "de") == set()


def test_a_games_add_on_is_no_organisation() -> None:
    text = "Herr der Ringe Online DLC lässt euch mit neuer Klasse die Segel setzen."
    assert _orgs(text, "de") == set()


def test_the_maker_named_otherwise_stays_an_organisation() -> None:
    text = "Users of the Fitbit app can now track sleep. Fitbit said the feature is free."
    assert _orgs(text, "en") == {"Fitbit"}
    text = "Das neue Zalando-Update bringt Fehler. Zalando sagte, man arbeite daran."
    assert _orgs(text, "de") == {"Zalando"}
    text = "Die Telekom-App meldet eine Störung. Die Deutsche Telekom erhöht die Preise."
    assert _orgs(text, "de") == {"Deutsche Telekom"}


def test_a_listed_company_before_its_app_stays_one() -> None:
    assert "Apple" in _orgs("Apple said the Apple app store would open. The Apple app crashed.", "en")
    assert "Netflix" in _orgs("Subscribers complained that the Netflix app crashed.", "en")
    # listed and no platform: what the list alone keeps
    assert _orgs("Passengers said the Lufthansa app crashed.", "en") == {"Lufthansa"}


def test_the_word_alone_is_a_name_of_its_own() -> None:
    assert "Patch" in _orgs("Patch reported the closure first. The Patch newsletter followed.", "en")


def test_what_is_downloaded_or_installed_is_software() -> None:
    text = "You can download SecureDrop here. Install SecureDrop on a spare laptop."
    assert _orgs(text, "en") == set()
    assert _orgs("Man muss nur die LUCA herunterladen.", "de") == set()


def test_what_has_seasons_is_a_series() -> None:
    assert _orgs("The new season of The Crown starts today.", "en") == set()
    assert _orgs("Season 2 of Ted Lasso disappointed no one. Season 3 of Ted Lasso did.", "en") == set()


def test_a_series_owner_and_a_platform_stay_bodies() -> None:
    assert "NPR" in _orgs("He spoke on an episode of NPR's Fresh Air.", "en")
    assert "TikTok" in _orgs("Users download TikTok by the millions.", "en")


def test_an_acronym_or_a_listed_body_before_its_app_stays_a_body() -> None:
    assert _orgs("Users of the NHS app can book appointments.", "en") == {"NHS"}
    assert _orgs("Die ADAC-App zeigt Staus an.", "de") == {"ADAC"}
    assert _orgs("Die RKI-App meldet Zahlen.", "de") == {"RKI"}
    assert _orgs("Die Corona-Warn-App des RKI wurde millionenfach geladen.", "de") == {"RKI"}


def test_a_german_company_that_installs_stays_a_company() -> None:
    # "installiert" after the name is the company at work, unless it ends the clause
    assert _orgs("Die Firma Solvaro installiert Solaranlagen in Berlin.", "de") == {"Solvaro"}
    # a legal form says a body whatever follows
    assert _orgs("Users of the Quorvane Inc. app complained.", "en") == {"Quorvane Inc."}


def test_a_league_and_a_body_named_before_a_noun_stay_bodies() -> None:
    # a season of a league: its acronym, or a name ending in a body's head
    assert _orgs("The 2019 season of the NFL ended early.", "en") == {"NFL"}
    assert _orgs("It was the best season of the Zorvex Hockey Association.", "en") == {
        "Zorvex Hockey Association"
    }
    # what is downloaded or installed is the noun after the name, the name its maker's
    assert _orgs("He downloaded the Brightwell Bank statement.", "en") == {"Brightwell Bank"}
    assert _orgs("Workers install Zorvex Energy panels on roofs.", "en") == {"Zorvex Energy"}
    assert _orgs("Fans download BBC podcasts daily.", "en") == {"BBC"}
    assert _orgs("Technicians install Quorvane Inc. turbines across Texas.", "en") == {"Quorvane Inc."}


def test_an_english_headlines_update_keeps_the_body() -> None:
    # the capital "Update" is read into the name, as before session 39; the body is not lost
    assert _orgs("The CDC Update on cases came on Monday.", "en") == {"CDC Update"}


def test_a_bodys_update_in_english_is_its_news() -> None:
    text = "The latest Zorvex Health Agency update on cases came on Monday."
    assert _orgs(text, "en") == {"Zorvex Health Agency"}
    assert _orgs("The latest CDC update on cases came on Monday.", "en") == {"CDC"}
