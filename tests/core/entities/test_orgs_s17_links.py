"""A web address names an outlet ("laut t-online.de"), but a link to one of its pages
("twitter.com/handle/status/1") or a mail address written out ("info (at) example.net") names
none. Expected names read off hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_a_link_to_a_page_names_no_outlet() -> None:
    orgs = _orgs("Mehr dazu unter brenmark.com/presse/2019 und bei Quellwerk-News.de heute.")
    assert "Quellwerk-News.de" in orgs
    assert not any("brenmark" in name for name in orgs)


def test_a_mail_address_written_out_names_no_outlet() -> None:
    orgs = _orgs("Bewerbungen bitte an redaktion (at) quellwerk.net senden, sagt t-online.de.")
    assert "t-online.de" in orgs
    assert "quellwerk.net" not in orgs
    orgs = _orgs("Fragen bitte an info [at] quellwerk.net richten.")
    assert "quellwerk.net" not in orgs
