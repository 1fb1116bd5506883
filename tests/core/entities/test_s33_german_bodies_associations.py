"""Session 33: German associations named by their kind and what follows it — a network's or a
forum's noun ("das Netzwerk Recherche"), a federation's members in the genitive plural ("der
Verband kommunaler Unternehmen"), what an alliance is for or against ("das Bündnis für
Demokratie und Toleranz"); the same words as ordinary nouns, or a clause's object, make none.
Made-up sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gestern kritisierte das Netzwerk Bürgerrechte die neue Verordnung.",
         "Netzwerk Bürgerrechte"),
        ("Laut dem Arbeitskreis Wasserwirtschaft sinkt der Grundwasserspiegel.",
         "Arbeitskreis Wasserwirtschaft"),
        ("Das Forum Landwirtschaft und Ernährung lädt zur Tagung.",
         "Forum Landwirtschaft und Ernährung"),
        ("Das Aktionsbündnis Verkehrswende Thüringen hat eine Petition gestartet.",
         "Aktionsbündnis Verkehrswende Thüringen"),
        ("Nach Angaben der Bundesvereinigung Tierschutz stieg die Zahl der Fälle.",
         "Bundesvereinigung Tierschutz"),
    ],
)  # fmt: skip
def test_a_network_or_forum_and_its_noun_is_one_name(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Verband privater Bahnbetreiber fordert niedrigere Trassenpreise.",
         "Verband privater Bahnbetreiber"),
        ("Nach Ansicht des Bund Deutscher Landschaftsgärtner fehlt Personal.",
         "Bund Deutscher Landschaftsgärtner"),
        ("Gestern warnte der Verband Deutscher Kälte- und Klimatechnik vor Engpässen.",
         "Verband Deutscher Kälte- und Klimatechnik"),
    ],
)  # fmt: skip
def test_a_federation_names_its_members_in_the_genitive(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das Bündnis für Frieden und Abrüstung ruft zur Demonstration auf.",
         "Bündnis für Frieden und Abrüstung"),
        ("Am Montag sammelte die Initiative gegen Bahnlärm Mittelrhein Unterschriften.",
         "Initiative gegen Bahnlärm Mittelrhein"),
        ("Der Preis der Gesellschaft zur Förderung der Imkerei ging nach Kassel.",
         "Gesellschaft zur Förderung der Imkerei"),
        ("Die Stiftung zum Schutz der Moore klagt.", "Stiftung zum Schutz der Moore"),
    ],
)  # fmt: skip
def test_an_alliance_names_what_it_is_for(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Im Forum schrieb eine Nutzerin, dass ein Netzwerk von Ärzten helfe.",
        "Ein Bündnis aus Kirchen und Vereinen demonstrierte vor dem Rathaus.",
        "Sie unterstützt die Initiative für mehr Radwege in der Stadt.",
        "Er sagte, dass das Netzwerk Unterstützung anbietet.",
        "Heute ruft das Bündnis zur Kundgebung am Marktplatz auf.",
        "Morgen spricht sich der Verband gegen Tempolimits aus.",
        "Die Mitglieder im Forum diskutierten lange über das Netzwerk der Schulen.",
    ],
)
def test_the_kinds_as_ordinary_nouns_make_no_name(text: str) -> None:
    assert not {
        o
        for o in _orgs(text)
        if o.split()[0] in ("Forum", "Netzwerk", "Bündnis", "Initiative", "Verband")
    }
