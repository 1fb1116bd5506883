"""Copied pages in languages, scripts and article shapes the development sets barely hold.

`tests/data/probes_intl/` holds pages written for this test (not copied from any site): a
site's menu, breadcrumb, cookie banner, headline, teaser, byline and date in the language's own
style, four paragraphs, related links, share buttons and a footer, in French, Spanish,
Portuguese, Italian, Czech, Polish, Turkish, Greek, Russian, Ukrainian, Arabic, Hebrew,
Chinese, Japanese, Korean, Thai, Vietnamese and Hindi, and English and German articles holding
code, a table, a long list, numbered steps, a block quote, footnotes, a caption, a forum
thread and an encyclopaedia entry. The `*_marks` pages are `ar_news` and `he_news` with the
direction marks that copies of right-to-left pages carry around dates, names and headlines.
Each page's `.json` says what its author meant: the title, the date, the byline, lines the
body must keep and lines it must drop.

What the importer does not get right yet is listed in `KNOWN_GAPS` (expected failures, not
strict: a closed gap shows as XPASS and comes off the list).
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from reader.core.ingest.plaintext import parse
from reader.core.ingest.prepare import prepare_file
from reader.core.text import normalise

PROBES = Path(__file__).parents[2] / "data" / "probes_intl"
PAGES = sorted(p.stem for p in PROBES.glob("*.txt"))
CHECKS = ("body", "title", "date", "byline", "keep", "drop")

# (page, check) the importer gets wrong today, with the reason.
KNOWN_GAPS = {
    (
        "ja_short",
        "drop",
    ): "a related article's long teaser under '関連記事' is taken as the article",
    ("es_newsletter", "drop"): "the sign-up box's second line ('Recibe … en tu correo')",
}


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


@cache
def _result(page: str) -> dict[str, Any]:
    return prepare_file(PROBES / f"{page}.txt").article.inspect_json()


@cache
def _expected(page: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PROBES / f"{page}.json").read_text(encoding="utf-8"))
    return data


def _problems(page: str, check: str) -> list[str]:
    got, want = _result(page), _expected(page)
    body = _norm(got["body"])
    if check == "body":
        return [] if body else ["empty body"]
    if check == "title":
        return [] if _norm(got["title"]) == _norm(want["title"]) else [f"title {got['title']!r}"]
    if check == "date":
        date = (got["published"] or "")[:10] or None
        return [] if date == want["date"] else [f"date {got['published']!r}"]
    if check == "byline":
        same = _norm(got["byline"]) == _norm(want["byline"])
        return [] if same else [f"byline {got['byline']!r}"]
    if check == "keep":
        return [f"lost {line!r}" for line in want["keep"] if _norm(line) not in body]
    return [f"kept {line!r}" for line in want["drop"] if _norm(line) in body]


@pytest.mark.parametrize(
    ("page", "check"),
    [
        pytest.param(
            page,
            check,
            marks=[pytest.mark.xfail(strict=False, reason=KNOWN_GAPS[page, check])]
            if (page, check) in KNOWN_GAPS
            else [],
        )
        for page in PAGES
        for check in CHECKS
    ],
)
def test_probe_page(page: str, check: str) -> None:
    assert _problems(page, check) == []


def test_every_probe_has_its_expectations() -> None:
    assert len(PAGES) >= 25
    for page in PAGES:
        want = _expected(page)
        assert set(want) == {"title", "date", "byline", "keep", "drop"}, page
        assert want["keep"] and want["drop"], page


@pytest.mark.parametrize("page", PAGES)
def test_the_article_alone_or_as_one_paragraph_is_never_an_empty_body(page: str) -> None:
    # The page's article paragraphs (the long lines holding a must-keep line), without the
    # site around them, and the same run together as one paragraph: prose in any language
    # never comes out as an empty body.
    want = _expected(page)
    lines = (PROBES / f"{page}.txt").read_text(encoding="utf-8").splitlines()
    paragraphs = [line for line in lines if any(keep in line for keep in want["keep"])]
    for text in ("\n".join(paragraphs), " ".join(paragraphs)):
        assert parse(normalise(text)).body.strip(), page
