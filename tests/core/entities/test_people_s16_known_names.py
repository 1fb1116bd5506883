"""A person's full name the text writes on its own decides where a longer run holding it
breaks: the name is that person, and dictionary words run on to it are none ("Gerade hat
Amina Yusuf Brennholz bekommen" after "Amina Yusuf aus Kenia"); a surname after a known pair
of first names stays the name's ("Jean Luc" and "Jean Luc Morvan"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> dict[str, int]:
    return {f.name: len(f.spans) for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_a_known_name_breaks_a_german_run_before_a_noun() -> None:
    people = _people(
        "Amina Yusuf aus Kenia lebt seit Jahren im Lager. Gestern hat Amina Yusuf Brennholz "
        "gekauft, das Brennholz war teuer.",
        "de",
    )
    assert people.get("Amina Yusuf") == 2
    assert not any("Feuerholz" in name for name in people)


def test_a_known_name_breaks_an_english_run_before_a_verb() -> None:
    people = _people(
        "Fans love Tara Quill. Why Can't Tara Quill Perform Her Old Songs? Nobody knows.", "en"
    )
    assert people.get("Tara Quill") == 2
    assert not any("Perform" in name for name in people)


def test_a_surname_after_known_first_names_stays() -> None:
    people = _people(
        "Von Marie und Jean Luc lernen alle viel. Die Gruppe trainiert der Schießtrainer "
        "Jean Luc Morvan.",
        "de",
    )
    assert "Jean Luc Morvan" in people


def test_a_first_name_before_a_known_name_stays() -> None:
    people = _people(
        "The coach is Jean Luc Morvan. Players say Luc Morvan is strict, said Ana Ruiz.", "en"
    )
    assert "Jean Luc Morvan" in people


def test_a_known_name_joins_a_word_the_run_broke_off() -> None:
    people = _people(
        "Hodan Ahmed aus Somalia wartet. Gerade hat Hodan Ahmed Feuerholz bekommen.",
        "de",
    )
    assert people.get("Hodan Ahmed") == 2
    assert not any("Feuerholz" in name for name in people)
