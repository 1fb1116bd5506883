"""Extraction quality on the bundled seeds and on hand-made copied pages, against gold files."""

from __future__ import annotations

from pathlib import Path

import pytest
from quality import body_score, load_gold, page_cases, seed_cases

from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

SEED_MIN_F1 = 0.97
PAGES_MIN_MEAN_F1 = 0.90
PAGE_MIN_F1 = 0.80
SEEDS = seed_cases()
PAGES = page_cases()


def _parse(path: Path):  # type: ignore[no-untyped-def]
    return parse(normalise(path.read_text(encoding="utf-8")), path.name)


def test_there_are_five_seeds_and_a_dozen_pages() -> None:
    assert len(SEEDS) == 5
    assert len(PAGES) >= 12


@pytest.mark.parametrize(("text", "gold"), SEEDS, ids=[p.stem for p, _ in SEEDS])
def test_seed_metadata_matches_gold(text: Path, gold: Path) -> None:
    expected = load_gold(gold)
    article = _parse(text)
    if expected["title"] is None:
        assert article.title_derived is True
        assert article.title and 10 <= len(article.title) <= 81
    else:
        assert article.title_derived is False
        assert article.title == expected["title"]
    assert article.published == expected["published"]
    assert article.byline == expected["byline"]
    assert article.teaser == expected["teaser"]
    assert article.site_name == expected["site_name"]
    assert article.lang == expected["lang"]


@pytest.mark.parametrize(("text", "gold"), SEEDS, ids=[p.stem for p, _ in SEEDS])
def test_seed_body_matches_gold(text: Path, gold: Path) -> None:
    expected = load_gold(gold)
    article = _parse(text)
    assert body_score(article.body, expected["body"]).f1 >= SEED_MIN_F1
    body_lines = {b.text for b in article.blocks if b.role is BlockRole.BODY}
    leaked = [line for line in expected["boilerplate_examples"] if line in body_lines]
    assert leaked == []


def test_derived_title_of_a_page_without_headline_is_its_first_sentence() -> None:
    text, _ = next(case for case in SEEDS if case[0].name.startswith("003"))
    assert _parse(text).title == "Japan ist bereits der engste asiatische Verbündete der USA"


def test_hand_made_pages_reach_the_mean_f1_target() -> None:
    scores = {}
    for text, gold in PAGES:
        scores[text.stem] = body_score(_parse(text).body, load_gold(gold)["body"])
    mean_f1 = sum(s.f1 for s in scores.values()) / len(scores)
    mean_precision = sum(s.precision for s in scores.values()) / len(scores)
    assert mean_f1 >= PAGES_MIN_MEAN_F1, scores
    assert mean_precision >= PAGES_MIN_MEAN_F1, scores
    weak = {name: round(s.f1, 3) for name, s in scores.items() if s.f1 < PAGE_MIN_F1}
    assert weak == {}


@pytest.mark.parametrize(("text", "gold"), PAGES, ids=[p.stem for p, _ in PAGES])
def test_page_keeps_furniture_out_of_the_body(text: Path, gold: Path) -> None:
    expected = load_gold(gold)
    body_lines = {b.text for b in _parse(text).blocks if b.role is BlockRole.BODY}
    leaked = [line for line in expected["boilerplate_examples"] if line in body_lines]
    assert len(leaked) <= 1, leaked
