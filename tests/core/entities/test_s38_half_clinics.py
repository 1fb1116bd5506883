"""Session 38: a German hospital named by its own word and "-Klinik" or "Klinik(en)" is a body,
in German and in English text, as "-Klinikum" already was ("die Schlosspark-Klinik", "at the
Helios-Klinik in Erfurt"); a clinic of a kind stays a noun ("eine Reha-Klinik", "die
Psychiatrische Klinik", "die Kinder-Klinik"). Made-up names and sentences; what a reader would
mark."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_hospital_named_by_a_word_and_klinik() -> None:
    assert "Lindenhain-Klinik" in _orgs("Er wurde in die Lindenhain-Klinik gebracht.", "de")
    assert "Zorvex-Kliniken" in _orgs("Die Zorvex-Kliniken bauen Stellen ab.", "de")


def test_a_german_hospital_in_english_text() -> None:
    text = "The attack happened at the Lindenhain-Klinik in Berlin, where he worked."
    assert "Lindenhain-Klinik" in _orgs(text, "en")


def test_a_clinic_of_a_kind_is_no_name() -> None:
    assert not _orgs("Er war sechs Wochen in einer Reha-Klinik.", "de")
    # with the definite article too (review of session 38: "in der Reha-Klinik" was a body)
    assert not _orgs("Sie lag drei Wochen in der Reha-Klinik.", "de")
    assert not _orgs("Er kam in die Spezial-Klinik.", "de")
    assert not _orgs("Die Psychiatrische Klinik ist voll.", "de")
    assert not _orgs("Die Kinder-Klinik ist voll.", "de")
    assert not _orgs("Er lag drei Wochen in der Tagesklinik.", "de")
