"""Two German capitalised words, a first name the list knows only from countries whose texts
these are not ("Do" in Vietnam, "Rica" in Spain) and a German noun, are a phrase cut out of a
longer one ("To Do Liste", "Costa Rica Surfen"), no person. A first name of ours before a noun
opens a name whose surname is a word ("Kathrin Bürger", "Frank-Walter Steinmeier": each part
of ours), and a first
name no list knows is left to the other rules ("Achmed Leser"). Hand-written sentences;
expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> list[str]:
    return sorted(f.name for f in extract(text, "de") if f.kind is EntityKind.PERSON)


def test_a_phrase_cut_from_an_english_one_is_no_person() -> None:
    assert _people("Leidet deine To Do Liste unter dem Stress im Büro?") == []


def test_a_country_s_second_word_before_a_noun_is_no_person() -> None:
    text = "Als ich im Winter in Kolumbien und Costa Rica Surfen war, fehlte mir ein Anzug."
    assert _people(text) == []


def test_first_names_of_ours_keep_a_surname_that_is_a_noun() -> None:
    assert _people("Das sagt die Anwältin Kathrin Bürger am Montag.") == ["Kathrin Bürger"]
    assert _people("Der Bundespräsident Frank-Walter Steinmeier reiste ab.") == [
        "Frank-Walter Steinmeier"
    ]


def test_a_first_name_no_list_knows_is_left_to_the_other_rules() -> None:
    text = "Das Öl muss nachgefüllt werden, so der Auto-Experte Achmed Leser vom Prüfdienst."
    assert _people(text) == ["Achmed Leser"]
