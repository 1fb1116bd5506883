"""Session 30, read off a real library's lists: a German body the text names only in another
case is listed in the nominative — the head's genitive "-s" goes, an adjective before it ends
as the head's gender asks ("Deutscher Bundestag", "Deutsches Theater", "Deutsche Post"), and
what follows the head stays as written. Sentences of my own."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.model import Found
from reader.core.entities.org_nominatives import nominative_orgs


def _orgs(text: str, lang: str = "de") -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Eine Sprecherin des Bundesministeriums der Verteidigung wollte sich nicht äußern.",
            "Bundesministerium der Verteidigung",
        ),
        (
            "Die Studie des Instituts für Weltwirtschaft zeigt das Gegenteil.",
            "Institut für Weltwirtschaft",
        ),
        (
            "Der Antrag ging an einen Beamten des Sozialamts Dortmund, der schwieg.",
            "Sozialamt Dortmund",
        ),
        ("Nach Angaben des Deutschen Frauenrates fehlen Plätze.", "Deutscher Frauenrat"),
        ("Im Deutschen Bundestag wurde am Abend lange gestritten.", "Deutscher Bundestag"),
        (
            "Laut einem Sprecher des Deutschen Roten Kreuzes kamen viele Helfer.",
            "Deutsches Rotes Kreuz",
        ),
        ("Die Briefe kamen bei der Deutschen Post nicht mehr an.", "Deutsche Post"),
        ("Der Vorstand der Deutschen Telekom schwieg am Dienstag.", "Deutsche Telekom"),
        (
            "Forscher der Technischen Universität Dresden fanden das Gegenteil.",
            "Technische Universität Dresden",
        ),
    ],
)
def test_a_declined_body_is_listed_in_the_nominative(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_the_attribute_after_the_head_keeps_its_case() -> None:
    found = _orgs("Die Beamten des Bundesamtes für Soziale Sicherung prüften den Fall.")
    assert "Bundesamt für Soziale Sicherung" in found


def test_a_head_of_unknown_gender_after_dem_stays_as_written() -> None:
    # "dem" leaves the gender open (masculine or neuter): the text's form is kept
    assert "Deutsche Telekom" not in _orgs("Mit dem Deutschen Telekom-Vorstand sprach niemand.")


@pytest.mark.parametrize(
    "text",
    [
        "Die Pittsburgh Pirates gewannen am Sonntag gegen Chicago.",
        "Der Bericht der Zeugen Jehovas erschien im Mai.",
    ],
)
def test_no_german_head_no_change(text: str) -> None:
    found = " ".join(_orgs(text))
    assert "Pirat " not in found and not found.endswith("Pirat") and "Zeuge " not in found


@pytest.mark.parametrize("name", ["Rates of Hardship Board", "Young Democrats", "Ohio Pirates"])
def test_an_english_name_in_german_text_stays(name: str) -> None:
    text = f"Es sprach der {name} am Montag."
    found = Found(EntityKind.ORG, name, name.casefold(), (), ((text.index(name), len(text)),))
    assert nominative_orgs([found], text)[0].name == name
