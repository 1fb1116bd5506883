"""Organisations a consultant would strike (issue 15, session 38): a US school course named by
an acronym sharing the Associated Press's row ("AP Biology", "AP exams"), a body's publication
glued to it ("RKI Epidemiologisches Bulletin"), and a court glued to the law report citing it
("OLG Köln NJW-RR 2019, 123")."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> dict[str, list[str]]:
    """Each organisation with the words of each of its mentions."""
    return {
        f.name: [text[a:b] for a, b in f.spans]
        for f in extract(text, lang)
        if f.kind is EntityKind.ORG
    }


def test_a_school_course_is_no_agency() -> None:
    text = (
        "She took AP Biology and AP Computer Science as a junior and passed both AP exams. "
        "The AP class was full. AP reported the scores on Monday."
    )
    orgs = _orgs(text, "en")
    assert orgs == {"AP": ["AP"]}  # the agency, once: "AP reported"
    assert text.index("AP reported") in [a for f in extract(text, "en") for a, _b in f.spans]


def test_a_body_before_a_test_or_after_a_word_between_stays() -> None:
    text = (
        "The EPA said the car passed. The EPA test is strict, and NASA training courses "
        "began. The ECB said rates stay."
    )
    orgs = _orgs(text, "en")
    assert orgs["EPA"] == ["EPA", "EPA"]
    assert {"NASA", "ECB"} <= set(orgs)


def test_only_a_school_programmes_letters_name_a_course() -> None:
    # review of session 38: any acronym before a subject or a class was dropped
    text = (
        "Scientists at IBM Research built the chip, IBM Research said. CNN Politics reported "
        "the vote. The UN course of action changed, and the AP class action suit was filed."
    )
    assert {"IBM Research", "CNN Politics", "UN", "AP"} <= set(_orgs(text, "en"))
    assert _orgs("She took IB History and two GCSE exams. The IB said so.", "en") == {"IB": ["IB"]}


def test_a_bodys_publication_is_cut_off_and_dropped() -> None:
    text = (
        "Laut RKI Epidemiologisches Bulletin stieg die Zahl der Fälle im Oktober deutlich. "
        "Das RKI rät zur Impfung."
    )
    orgs = _orgs(text, "de")
    assert set(orgs) == {"RKI"}
    assert orgs["RKI"] == ["RKI", "RKI"]


def test_a_court_keeps_its_name_and_the_law_report_is_dropped() -> None:
    text = (
        "So entschied es auch das Gericht (vgl. OLG Köln, NJW-RR 2019, 123; LG Berlin ZUM "
        "2018, 12; NJW 2020, 45)."
    )
    assert set(_orgs(text, "de")) == {"OLG Köln", "LG Berlin"}
    # the report's name hyphenated: no "NJW" of "NJW-RR" either
    hyphened = "So entschied auch OLG Köln, NJW-RR 2019, 123; OLG Hamm, NJW-RR 2017, 88."
    assert set(_orgs(hyphened, "de")) == {"OLG Köln", "OLG Hamm"}


def test_an_acronym_or_a_name_before_a_year_is_no_citation() -> None:
    # a law report is dropped only cited with its page; the last word of a name that is no
    # court's is no law report (review of session 38: "BASF" before a year was dropped)
    text = (
        "Die BASF 2021 erzielte mehr Gewinn. Der Umsatz der Deutschen Bahn AG, 2020 ein "
        "Tiefpunkt, sank."
    )
    assert {"BASF", "Deutsche Bahn AG"} <= set(_orgs(text, "de"))


def test_a_name_with_a_word_between_stays_whole() -> None:
    text = "Die Sendung SPIEGEL TV Magazin lief am Sonntag. Join the IGN Deals Newsletter today."
    orgs = _orgs(text, "de")
    assert "RKI" not in orgs
    assert not any(name in ("SPIEGEL", "IGN") for name in orgs)
