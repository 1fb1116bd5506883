"""The walk over a saved page's JSON-LD that its dates and its declared author share
(`webpage_jsonld`): outermost items first, and bounded on a hostile page's blocks."""

from __future__ import annotations

import json

from lxml import html

from reader.core.ingest.webpage_jsonld import is_article, ld_blocks, ld_items


def test_items_come_outermost_first() -> None:
    block = {"@type": "NewsArticle", "image": {"@type": "ImageObject", "author": {"name": "P"}}}
    kinds = [item.get("@type") for item in ld_items(json.dumps([block]))]
    assert kinds == ["NewsArticle", "ImageObject", None]


def test_a_broken_or_oversized_block_gives_nothing() -> None:
    assert list(ld_items('{"@type": "NewsArticle",')) == []
    huge = json.dumps({"@type": "NewsArticle", "articleBody": "x" * 300_000})
    assert list(ld_items(huge)) == []


def test_a_block_of_many_items_is_read_to_a_bound() -> None:
    many = json.dumps({"@graph": [[{"n": k} for k in range(100)] for _ in range(100)]})
    assert 0 < len(list(ld_items(many))) <= 200


def test_only_the_first_blocks_are_read() -> None:
    scripts = "".join(f'<script type="application/ld+json">{{"n": {k}}}</script>' for k in range(9))
    root = html.fromstring(f"<html><head>{scripts}</head><body><p>x</p></body></html>")
    assert [json.loads(block)["n"] for block in ld_blocks(root)] == [0, 1, 2, 3, 4]


def test_an_article_is_named_by_its_type_or_one_of_its_types() -> None:
    assert is_article({"@type": ["WebPage", "ReportageNewsArticle"]})
    assert is_article({"@type": "BlogPosting"})
    assert not is_article({"@type": "ImageObject"})
    assert not is_article({})
