"""Session 30, read off a real library's lists: a word the text writes after an article as a
noun ("der Archivar", "die Nachtcreme") is no first name, so it opens no person's name with the
word after it; a known first name after an article ("die Laura") stays one. Made-up people."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str = "de") -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PERSON}


@pytest.mark.parametrize(
    ("text", "lang", "wrong", "right"),
    [
        (
            "Der Disponent plant die Touren. Am Morgen rief Disponent Kersting an. "
            "Udo Kersting blieb ruhig.",
            "de",
            "Disponent Kersting",
            "Udo Kersting",
        ),
        (
            "Die Salbe Dermavit Forte hilft schnell. Zu der Dermavit 20 Tube gibt es Proben.",
            "de",
            "Dermavit Forte",
            None,
        ),
        (
            "Die Gesichtsmaske Lumira Velours kühlt. Die Lumira 50 Creme ist neu.",
            "de",
            "Lumira Velours",
            None,
        ),
        (
            "The Zorvex handles stairs well. Reviewers liked the Zorvex 2 more than Zorvex Halden.",
            "en",
            "Zorvex Halden",
            None,
        ),
    ],
)
def test_a_noun_after_an_article_opens_no_name(
    text: str, lang: str, wrong: str, right: str | None
) -> None:
    people = _people(text, lang)
    assert wrong not in people
    if right:
        assert right in people


def test_a_known_first_name_after_an_article_stays() -> None:
    assert "Laura Decker" in _people("Die Laura kommt morgen. Laura Decker segelte allein los.")


def test_the_name_itself_after_an_article_stays() -> None:
    text = "Ein Brief an Kastor Mehlig kam an. Der Kastor Mehlig von damals schrieb zurück."
    assert "Kastor Mehlig" in _people(text)
