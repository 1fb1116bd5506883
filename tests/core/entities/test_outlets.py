"""An outlet named as the source of a report, with an article before it and a verb of
reporting after it ("Wie das Handelsblatt berichtete"), is an organisation; an everyday noun
so placed is none ("die Industrie meldet"). Expected values read off the hand-written
sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_an_outlet_reporting_is_an_organisation() -> None:
    text = "Wie das Handelsblatt berichtete, wurde dort Energie gewonnen."
    assert _orgs(text, "de") == {"Handelsblatt"}
    text = "The plan was dropped last week, the Guardian reported on Monday."
    assert _orgs(text, "en") == {"Guardian"}


@pytest.mark.parametrize(("text", "lang", "outlet"), [
    ("Prices rose again in March. The Times reported that the ministry had known for weeks.", "en", "Times"),
    ("Prices rose again in March. The Guardian reported that the ministry had known.", "en", "Guardian"),
    ("Prices rose again in March. The Washington Post reported that the ministry had known.", "en",
     "Washington Post"),
    ("Die Preise stiegen im März. Die Zeit berichtete, das Ministerium habe es gewusst.", "de", "Zeit"),
    ("Die Preise stiegen im März. Der Spiegel berichtete, das Ministerium habe es gewusst.", "de", "Spiegel"),
    ("Die Preise stiegen im März, wie die Welt meldete.", "de", "Welt"),
])  # fmt: skip
def test_an_outlet_named_with_the_and_its_everyday_title_is_an_organisation(text: str, lang: str,
                                                                           outlet: str) -> None:  # fmt: skip
    # "Times", "Zeit", "Welt": papers whose title is an everyday word were no outlet at all.
    assert _orgs(text, lang) == {outlet}


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Preise stiegen im März. Die Industrie meldete kaum Aufträge.", "de"),
    ("Die Preise stiegen im März. Die Zeitung berichtete darüber.", "de"),
    ("Sales fell in March. The Company reported a loss for the quarter.", "en"),
    ("Die Preise stiegen im März, wie die Presse berichtete.", "de"),  # the press at large
])  # fmt: skip
def test_an_everyday_noun_that_is_no_paper_s_title_reporting_is_none(text: str, lang: str) -> None:
    assert _orgs(text, lang) == set()


def test_an_everyday_noun_reporting_is_none() -> None:
    text = "Die Wirtschaft schwächelt, die Industrie meldet kaum Aufträge."
    assert _orgs(text, "de") == set()


def test_a_news_agency_known_by_name_needs_no_cue() -> None:
    text = (
        "Reuters first reported the talks. Xinhua said the meeting went well, and "
        "Bloomberg said the price was about $30 billion."
    )
    assert _orgs(text, "en") == {"Reuters", "Xinhua", "Bloomberg"}


def test_an_outlet_in_the_genitive_is_the_outlet() -> None:
    text = "Nach Informationen des Handelsblatts ist das so. Laut Handelsblatt sinkt der Absatz."
    found = [f for f in extract(text, "de") if f.kind is EntityKind.ORG]
    assert [(f.name, len(f.spans)) for f in found] == [("Handelsblatt", 2)]


def test_a_newspaper_is_named_by_its_head() -> None:
    text = (
        "Das berichtete die Süddeutsche Zeitung am Montag; er sagte der Frankfurter Rundschau "
        "und dem Kölner Stadt-Anzeiger mehr. In der Zeitung stand es."
    )
    assert _orgs(text, "de") == {
        "Süddeutsche Zeitung",
        "Frankfurter Rundschau",
        "Kölner Stadt-Anzeiger",
    }
