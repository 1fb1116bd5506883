"""A role credited to a name as programmes list their makers — a capitalised office, an
underscore or a colon, the name ("Director_Mara Lindqvist", "Art Director_Tomas Berg",
"Composer: Elena Ruiz") — is that person's role; the office is the capitalised words since the
last comma, the last a role word, so "Lighting Design_Ivo Kern" gives none. Hand-written
sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "en") if f.kind is EntityKind.PERSON}


def test_credited_roles() -> None:
    roles = _roles(
        "The cast and crew of the show:\n\nDirector_Mara Lindqvist, Art Director_Tomas "
        "Berg, Composer: Elena Ruiz, Lighting Design_Ivo Kern, Choreographer_Lena Maddox"
    )
    assert roles["Mara Lindqvist"] == ("Director",)
    assert roles["Tomas Berg"] == ("Art Director",)
    assert roles["Elena Ruiz"] == ("Composer",)
    assert roles["Lena Maddox"] == ("Choreographer",)
    assert roles["Ivo Kern"] == ()


def test_a_colon_after_a_sentence_gives_no_role() -> None:
    roles = _roles(
        "She said what worried her most was the cost. Her reply: Nina Holm knew. He thanked "
        "the director: Tom Reyes was moved."
    )
    assert roles.get("Nina Holm", ()) == ()
    assert roles.get("Tom Reyes", ()) == ()
