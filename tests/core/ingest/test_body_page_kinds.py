"""Pages that are not news: documentation, an encyclopaedia entry, a personal blog with a long
comment thread, a public body's service page with lists.

`tests/data/page_kinds/` holds pages written for this test (no site's page copied), each as a
saved page (`.html`) and as the text a browser copies from it (`.txt`), with a `.json` naming
the title, lines the body must keep (code, table rows, short sections under their headings,
the service page's short list items) and lines it must drop (menus, the wiki's tools and
categories, readers' comments, the comment form, "Was this page helpful?", related links,
footers). Both readings of each page are checked.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from reader.core.ingest.prepare import prepare_file

KINDS = Path(__file__).parents[2] / "data" / "page_kinds"
PAGES = sorted(p.stem for p in KINDS.glob("*.json"))
CASES = [(page, suffix) for page in PAGES for suffix in (".html", ".txt")]

# (page, suffix, check) the importer gets wrong today, with the reason.
# (Session 39: the service page's copied title, once joined to the breadcrumb over it when its
# many short lines read as hard-wrapped, is right now.)
KNOWN_GAPS: dict[tuple[str, str, str], str] = {}


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


@cache
def _result(page: str, suffix: str) -> dict[str, Any]:
    return prepare_file(KINDS / f"{page}{suffix}").article.inspect_json()


def _expected(page: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((KINDS / f"{page}.json").read_text(encoding="utf-8"))
    return data


def _gap(request: pytest.FixtureRequest, page: str, suffix: str, check: str) -> None:
    """A known gap is an expected failure, strictly: a closed gap fails until it leaves the list."""
    reason = KNOWN_GAPS.get((page, suffix, check))
    if reason:
        request.applymarker(pytest.mark.xfail(reason=reason, strict=True))


@pytest.mark.parametrize(("page", "suffix"), CASES)
def test_title(request: pytest.FixtureRequest, page: str, suffix: str) -> None:
    _gap(request, page, suffix, "title")
    assert _norm(_result(page, suffix)["title"]) == _norm(_expected(page)["title"])


@pytest.mark.parametrize(("page", "suffix"), CASES)
def test_keeps_the_article(request: pytest.FixtureRequest, page: str, suffix: str) -> None:
    _gap(request, page, suffix, "keep")
    body = _norm(_result(page, suffix)["body"])
    assert [line for line in _expected(page)["keep"] if _norm(line) not in body] == []


@pytest.mark.parametrize(("page", "suffix"), CASES)
def test_drops_the_clutter(request: pytest.FixtureRequest, page: str, suffix: str) -> None:
    _gap(request, page, suffix, "drop")
    body = _norm(_result(page, suffix)["body"])
    assert [line for line in _expected(page)["drop"] if _norm(line) in body] == []
