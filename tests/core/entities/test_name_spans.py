"""Where an organisation's name ends: a day or a month after "on" is when, not part of the
name ("NASA on Monday"), and an office named after the role it serves is one body with the
role inside it ("Office of the Inspector General"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _orgs(found: list[Found]) -> set[str]:
    return {f.name for f in found if f.kind is EntityKind.ORG}


def test_a_day_after_on_is_no_part_of_the_name() -> None:
    text = (
        "The space agency NASA on Monday enlisted Blue Origin. The Bank of Japan on Tuesday "
        "raised rates, and the Senate Committee on Foreign Relations met in March."
    )
    orgs = _orgs(extract(text, "en"))
    assert {"NASA", "Bank of Japan", "Senate Committee on Foreign Relations"} <= orgs
    assert not {n for n in orgs if "Monday" in n or "Tuesday" in n}


def test_an_office_named_after_a_role_is_one_body() -> None:
    text = (
        "NASA’s Office of the Inspector General released two critical reports. The DHS "
        "Office of Inspector General found problems, and the Office of the Director of "
        "National Intelligence declined to comment."
    )
    orgs = _orgs(extract(text, "en"))
    assert {
        "Office of the Inspector General",
        "DHS Office of Inspector General",
        "Office of the Director of National Intelligence",
    } <= orgs
    assert not orgs & {"Office of the Inspector", "National Intelligence"}
