"""Two titles or an English role of two words before a name are the role, and none of them is
part of the name: "Prof. Dr. Alexander Saberschinsky", "Chief Minister Arvind Kejriwal".
Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_two_titles_are_the_role() -> None:
    found = extract("Das erklärt Prof. Dr. Alexander Saberschinsky im Gespräch.", "de")
    people = {f.name: f.roles for f in found if f.kind is EntityKind.PERSON}
    assert people == {"Alexander Saberschinsky": ("Prof. Dr.",)}
    assert not [f for f in found if f.kind is EntityKind.ORG]


def test_one_title_stays_the_role() -> None:
    assert _people("Prof. Ingo Froböse rät zu Pausen.", "de") == {"Ingo Froböse": ("Prof.",)}


def test_an_english_role_of_two_role_words() -> None:
    people = _people("Chief Minister Arvind Kejriwal turned to Twitter last month.", "en")
    assert people == {"Arvind Kejriwal": ("Chief Minister",)}


def test_an_english_role_word_after_a_role_is_no_name() -> None:
    people = _people(
        "“We welcome it”, adds Olivier Bosc, General Manager of Life Care Solutions Europe.", "en"
    )
    assert "Manager" not in people
    assert "Olivier Bosc" in people


def test_a_rank_abbreviation_is_no_name_and_a_job_after_the_name_the_role() -> None:
    people = _people("It was found in her car, said Lt. Matt Harris, a police spokesman.", "en")
    assert "Lt" not in people and "Lt." not in people
    assert people.get("Matt Harris") == ("police spokesman",)  # session 22: the job, not the rank
