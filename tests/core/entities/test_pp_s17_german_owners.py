"""Two German shapes of a person's name: a surname that is a German noun, in the genitive
before a work's title ("Tobias Kratzers Tannhäuser": Tobias Kratzer), and a first name German
and English text never write but as a name before a surname that is a noun ("Maybritt
Sommer"), unlike a word cut from a phrase ("To Do Liste"). Hand-written sentences; expected
values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> list[str]:
    return sorted(f.name for f in extract(text, "de") if f.kind is EntityKind.PERSON)


def test_a_noun_surname_in_the_genitive_before_a_title_is_the_owner() -> None:
    text = "Die Sängerin glänzte zuletzt in Jonas Kratzers Lohengrin an der Oper."
    assert _people(text) == ["Jonas Kratzer"]


def test_a_first_name_no_text_writes_opens_a_name_with_a_noun_surname() -> None:
    text = "Beim Vergleich siegte Jorinde Sommer mit 3,40 Metern vor ihrer Schwester."
    assert _people(text) == ["Jorinde Sommer"]


def test_a_word_texts_write_still_opens_no_name_before_a_noun() -> None:
    assert _people("Leidet deine To Do Liste unter dem Stress im Büro?") == []
