"""Offices as the press also spells them: a role joined to "-in-chief" ("Wikileaks
editor-in-chief Kristinn Hrafnsson") and the trade press's "vp" ("Chris Early, senior vp
partnerships and revenue at Ubisoft"). Sentences from dev texts; expected roles are the gold's."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "en") if f.kind is EntityKind.PERSON}


def test_editor_in_chief_before_a_name() -> None:
    text = 'Wikileaks editor-in-chief Kristinn Hrafnsson said: "Let us now focus on the threat."'
    assert any("editor-in-chief" in role for role in _roles(text)["Kristinn Hrafnsson"])


def test_senior_vp_after_a_name() -> None:
    text = (
        '"Google offers an extension of the market," says Chris Early, senior vp partnerships '
        "and revenue at Ubisoft."
    )
    assert any("senior vp" in role for role in _roles(text)["Chris Early"])
