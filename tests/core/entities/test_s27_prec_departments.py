"""A role's department named before its company with "for" ("Head of Clinical Affairs for
Veltrix") is no organisation; the company is. A body whose own name holds "for" before words
of the language stays whole. Hand-written sentences; the expected values read off them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_department_before_its_company_is_the_company() -> None:
    text = (
        "“The device is a step forward,” says Maria Olsen, Head of Clinical Affairs for "
        "Veltrix. Tom Baker, Senior Vice President of Marketing for Quorvia, Inc., agreed."
    )
    orgs = _orgs(text)
    assert not orgs & {"Clinical Affairs for Veltrix", "Marketing for Quorvia"}
    assert {"Veltrix", "Quorvia"} <= orgs


def test_a_body_named_with_for_stays_whole() -> None:
    text = (
        "Jane Roe, Director of the Institute for Health Metrics, said the data were clear. "
        "Ann Lee, Director of Programs for Global Health, said the fund grew."
    )
    orgs = _orgs(text)
    assert "Institute for Health Metrics" in orgs
    assert "Global Health" not in orgs  # words of the language after "for": no company


def test_no_role_before_the_name_leaves_it_whole() -> None:
    text = (
        "Visitors liked the Museum for Kallbrandt on Monday, and the Museum for Kallbrandt said so."
    )
    assert "Kallbrandt" not in _orgs(text)
