"""A name after people a body employs, gathers or serves, with "von"/"of" or a genitive
article, is that body ("Forschenden der Eawag", "Nutzer*innen von Ecosia"); a German noun
there stays none. Expected kinds read off hand-written sentences (made-up bodies)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str = "de") -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        ("Eine Studie von Forschenden der Kvarsta zeigt das nun deutlich.", "de", "Kvarsta"),
        ("Der Dienst hilft Nutzer*innen von Brixolo bei der Suche.", "de", "Brixolo"),
        ("The change angered customers of Brixolo across the country.", "en", "Brixolo"),
    ],
)
def test_a_name_after_a_bodys_people_is_the_body(text: str, lang: str, body: str) -> None:
    assert body in _orgs(text, lang)


def test_a_german_noun_after_them_stays_none() -> None:
    assert not _orgs("Das gilt auch, wenn für die Nutzer des Internetportals alles klar ist.")
