"""A page that names no outlet, in its metadata or its text, gets its address's site as the
outlet: Obsidian Web Clipper writes only `source:`, and a page saved "HTML only" keeps only
Chrome's "saved from" note. The library row showed such a source with no outlet at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer import import_paths
from reader.core.ingest import prepare_bytes
from reader.core.ingest.outlet_domains import address_site
from reader.core.store import Store

ADDRESS = "https://www.handelsblatt.com/politik/international/zoelle-stahl/100012345.html"
TEXT = (
    "Die EU-Kommission hat am Dienstag Gegenmaßnahmen gegen die neuen amerikanischen Zölle auf "
    "Stahl und Aluminium angekündigt. Betroffen seien Waren im Wert von mehreren Milliarden Euro, "
    "sagte eine Sprecherin in Brüssel.\n\nDie Maßnahmen sollen Mitte April in Kraft treten, falls "
    "es bis dahin keine Einigung mit Washington gibt."
)
CLIPPING = f"""---
title: "Zölle auf Stahl: Brüssel reagiert"
source: "{ADDRESS}"
author:
  - "[[Anna Berger]]"
published: 2025-03-04
description: "Die EU-Kommission kündigt Gegenmaßnahmen an."
tags:
  - "clippings"
---
# Zölle auf Stahl: Brüssel reagiert

{TEXT}
"""
PAGE = f"""<!-- saved from url=(0074){ADDRESS} -->
<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Zölle auf Stahl: Brüssel reagiert</title>
<meta name="author" content="Anna Berger"></head><body><article><h1>Zölle auf Stahl: Brüssel reagiert</h1>
{"".join(f"<p>{p}</p>" for p in TEXT.split(chr(10) * 2))}</article></body></html>
"""


def test_an_obsidian_clipping_is_credited_to_its_address_site(tmp_path: Path) -> None:
    (tmp_path / "clip.md").write_text(CLIPPING, encoding="utf-8")
    with Store.open(tmp_path / "lib.sqlite") as store:
        result = import_paths(store, [tmp_path / "clip.md"], workers=1)[0]
        assert result.source_id is not None
        source = store.sources.get(result.source_id)
        assert source is not None
        assert (source.site_name, source.byline, source.url) == ("handelsblatt.com", "Anna Berger", ADDRESS)
        assert [row.ran_by for row in store.sources.list()] == ["handelsblatt.com"]


def test_an_outlet_the_front_matter_names_wins_over_the_address() -> None:
    named = CLIPPING.replace("published:", "site_name: Handelsblatt\npublished:")
    assert prepare_bytes(named.encode(), "clip.md").article.site_name == "Handelsblatt"


def test_a_clipping_without_an_address_has_no_outlet() -> None:
    bare = CLIPPING.replace(f'source: "{ADDRESS}"\n', "")
    assert prepare_bytes(bare.encode(), "clip.md").article.site_name is None


def test_a_page_saved_html_only_is_credited_to_its_saved_from_address() -> None:
    article = prepare_bytes(PAGE.encode(), "seite.html").article
    assert (article.site_name, article.url, article.byline) == ("handelsblatt.com", ADDRESS, "Anna Berger")


def test_a_canonical_link_names_the_same_site_as_the_saved_from_note() -> None:
    canonical = PAGE.replace("<title>", f'<link rel="canonical" href="{ADDRESS}"><title>')
    assert prepare_bytes(canonical.encode(), "seite.html").article.site_name == "handelsblatt.com"


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.handelsblatt.com/a", "handelsblatt.com"),
        ("https://WWW.Spiegel.DE./x", "spiegel.de"),
        ("https://www.bbc.co.uk/news", "bbc.co.uk"),
        ("https://m.faz.net/x", "m.faz.net"),
        ("https://w3.example.org/", "example.org"),
        ("http://192.168.1.1/x", None),
        ("http://[::1]/x", None),
        ("http://[::1", None),
        ("https://localhost/x", None),
        (None, None),
    ],
)
def test_address_site(url: str | None, site: str | None) -> None:
    assert address_site(url) == site
