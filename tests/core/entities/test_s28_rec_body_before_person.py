"""A body's name running straight into a person's in one English run ("the Ambassador to the
African Union Grace Mensah") is two names: the body and the person, not a person alone nor a
body holding the person's name. Hand-written sentences; expected values are what a reader
marks."""

from __future__ import annotations

from reader.core.entities import extract


def _found(text: str) -> dict[str, str]:
    return {f.name: f.kind.value for f in extract(text, "en")}


def test_a_union_before_its_ambassador() -> None:
    found = _found(
        "On Friday the Ambassador to the African Union Grace Mensah and Trade Minister Paul "
        "Obi signed the accord."
    )
    assert found.get("African Union") == "org"
    assert found.get("Grace Mensah") == "person"


def test_nations_before_a_person_ending_the_run() -> None:
    found = _found("The former Ambassador to the United Nations Karen Doyle spoke first.")
    assert found.get("United Nations") == "org"
    assert found.get("Karen Doyle") == "person"
