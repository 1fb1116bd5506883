"""Authors cited by surname and year are people (cited_people.py): two authors before a year
("(Brenneke & Falkner 2004", "Oyelaran und Vasquez (2011)"), one inside the bracket with its
year ("(Tischendorf, 2019)", "(vgl. Oberhuber, 2005)"), or one after "nach", "laut",
"according to" ("nach Pohlmeier (1997)"). A word before a bracketed year without that company
("Innovationsfonds (2020)", "Österreich (2021)"), everyday words ("(Stand 2020)"), and a firm
named twice ("Procter & Procter 2020") name no one. Hand-written sentences; expected values are
what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_two_authors_before_a_year() -> None:
    text = (
        "Arbeiterinnen leben etwa sechs Wochen (Brenneke & Falkner 2004, vgl. auch unten). "
        "Die Wirkung wird diskutiert (Okafor & Lindqvist, 2018)."
    )
    assert _people(text, "de") == {"Brenneke", "Falkner", "Okafor", "Lindqvist"}
    assert {"Oyelaran", "Vasquez"} <= _people(
        "As Oyelaran and Vasquez (2011) showed, the larvae grow faster.", "en"
    )


def test_one_author_in_the_bracket_or_after_nach() -> None:
    text = (
        "Die Farbe spielt eine Rolle (Tischendorf, 2019). Nach Pohlmeier (1997) fliegen sie "
        "auch bei Regen, und sie fliegen weit (vgl. Oberhuber, 2005)."
    )
    assert _people(text, "de") == {"Tischendorf", "Pohlmeier", "Oberhuber"}
    assert "Marchetti" in _people("According to Marchetti (2015), most nests fail.", "en")


def test_words_before_a_year_are_no_authors() -> None:
    text = (
        "Gefördert vom Innovationsfonds (2020) und der Umweltstiftung (2022). Österreich (2021) "
        "liegt vorn (Stand 2020). Im (Sommer, 2019) war es heiß."
    )
    assert not _people(text, "de")
    assert not _people("Results were strong (Procter & Procter 2020).", "en")
