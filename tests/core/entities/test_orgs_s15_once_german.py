"""A German name written once with nothing said of it is no organisation (as in English,
where it must recur), unless the one mention carries what a body's name carries: a feminine
article, an "&", its capitals elsewhere in the text, or a place in parentheses after the run
it shortens. Expected kinds read off the hand-written sentences (words, places, characters
and bodies from general knowledge)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "de")}


@pytest.mark.parametrize(
    "text",
    [
        "Ich sehe das so: Schuster, bleib bei deinen Leisten! Das gilt auch heute noch.",
        "Hui, das kribbelt aber. Wir gingen danach gemeinsam nach Hause.",
        "Wir reisten im Sommer von Mallorca bis Ibiza mit dem Boot. Es war sehr heiß.",
        "Mehr steht in der Infobox zu COVID-19/Coronavirus. Wichtig ist die Beachtung der Regeln.",
        "Der Konsum lief damals über RTL2 – Pokemon, Sailor Moon und Dragon Ball. Das war schön.",
        "Die Regierung reagierte damit auf Nato und ihre Forderungen. Das Bündnis will mehr.",
        "Beteiligt waren auch Mitglieder der Gruppe (Antifa). Die Polizei griff ein.",
    ],
)
def test_a_name_written_once_with_nothing_said_of_it_is_no_organisation(text: str) -> None:
    assert EntityKind.ORG not in _kinds(text).values()


def test_a_feminine_article_before_the_one_mention_makes_a_body() -> None:
    text = "Die Regierung reagierte damit auf die Nato und ihre Forderungen. Das Bündnis will mehr."
    assert _kinds(text).get("Nato") is EntityKind.ORG


def test_an_ampersand_inside_the_name_makes_a_body() -> None:
    text = (
        "Geimpft wurde mit dem Impfstoff von Johnson&Johnson in der Praxis. Danach gab es Kaffee."
    )
    assert _kinds(text).get("Johnson&Johnson") is EntityKind.ORG


def test_a_short_form_in_parentheses_after_its_run_makes_a_body() -> None:
    text = "Beteiligt waren auch Mitglieder der «Antifaschistischen Aktion» (Antifa). Die Polizei griff ein."
    assert _kinds(text).get("Antifa") is EntityKind.ORG


def test_the_name_in_capitals_elsewhere_makes_the_one_mention_the_body_s() -> None:
    once = "Später lobte auch Unesco die Schulen in Kenia. Die Lehrer freuten sich sehr."
    assert EntityKind.ORG not in _kinds(once).values()
    text = "Die UNESCO hat das Programm gestartet. " + once
    (body,) = [f for f in extract(text, "de") if f.kind is EntityKind.ORG]
    assert len(body.spans) == 2  # "UNESCO" and "Unesco"


def test_a_word_in_parentheses_that_takes_other_letters_shortens_no_run() -> None:
    text = "Zu sehen war die Ausstellung «Handy Welten» (Huawei) im Museum. Die Kinder staunten."
    assert EntityKind.ORG not in _kinds(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Trump sagte zudem, US-Firmen dürften wieder an Huawei liefern. Xi sprach lange.",
        "Der Konzern verkauft an Huawei nun auch Chips. Xi sprach lange.",
    ],
)
def test_a_buyer_after_an_beside_a_verb_of_selling_is_a_body(text: str) -> None:
    assert _kinds(text).get("Huawei") is EntityKind.ORG


def test_a_name_after_an_without_a_verb_of_selling_is_no_body() -> None:
    text = "Die Kinder dachten an Tarzan und liefen los. Dann gingen wir alle essen."
    assert EntityKind.ORG not in _kinds(text).values()
