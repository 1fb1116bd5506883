"""Names of bodies that hold a word which never opens a name: an outlet written in capitals
that is a dictionary word, known as one by its newsroom ("die CHIP Redaktion", "die
CHIP-Redakteurin"), and a company whose name holds a pronoun after "The" ("The We Company").
Hand-written sentences with invented outlets and companies; a word in capitals with no newsroom
after it stays a term ("der GAP Test"), and a field before a newsroom names no outlet ("die TV
Redaktion")."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_dictionary_word_in_capitals_before_its_newsroom_is_an_outlet() -> None:
    assert "LENS" in _orgs("Die LENS Redaktion hat zwölf Kameras getestet.", "de")
    assert "LENS" in _orgs("Das sagt die LENS-Redakteurin Eva Lind.", "de")


def test_a_word_in_capitals_with_no_newsroom_stays_a_term() -> None:
    orgs = _orgs("Im LENS Test schnitt die Kamera gut ab, sagte die TV Redaktion.", "de")
    assert "LENS" not in orgs
    assert "TV" not in orgs


def test_a_pronoun_after_the_belongs_to_a_company_name() -> None:
    orgs = _orgs(
        "The Our Company, which runs DeskHive, filed for a listing. Investors in The Our "
        "Company lost money.",
        "en",
    )
    assert "The Our Company" in orgs
    assert "Company" not in orgs
