"""The benchmark corpus generator: deterministic, realistic in size, and honest ground truth."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from benchmarks.corpus import (
    MAX_BYTES,
    MIN_BYTES,
    TRUTH_FILE,
    GeneratedArticle,
    generate_article,
    main,
    write_corpus,
)

SAMPLE = 400


@pytest.fixture(scope="module")
def articles() -> list[GeneratedArticle]:
    return [generate_article(i, seed=7) for i in range(SAMPLE)]


def test_same_seed_gives_same_bytes() -> None:
    for i in (0, 1, 17, 999):
        assert generate_article(i, seed=3).data == generate_article(i, seed=3).data


def test_other_seed_gives_other_articles() -> None:
    assert generate_article(5, seed=1).data != generate_article(5, seed=2).data


def test_written_corpus_is_reproducible(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", 12, seed=4)
    second = write_corpus(tmp_path / "b", 12, seed=4)
    assert [p.name for p in first] == [f"{i:06d}.txt" for i in range(12)]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert (tmp_path / "a" / TRUTH_FILE).read_bytes() == (tmp_path / "b" / TRUTH_FILE).read_bytes()


def test_truth_file_describes_each_file(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, 6, seed=9)
    truths = [json.loads(line) for line in (tmp_path / TRUTH_FILE).read_text("utf-8").splitlines()]
    assert [t["file"] for t in truths] == [p.name for p in paths]
    for truth in truths:
        article = generate_article(int(truth["file"][:6]), seed=9)
        assert truth["body"].split("\n\n") == list(article.body)
        assert truth["lang"] == article.lang


def test_articles_are_2_to_8_kilobytes(articles: list[GeneratedArticle]) -> None:
    sizes = [len(a.data) for a in articles]
    assert MIN_BYTES <= min(sizes) and max(sizes) <= MAX_BYTES


def test_bodies_and_files_are_unique(articles: list[GeneratedArticle]) -> None:
    bodies = {hashlib.sha256("\n\n".join(a.body).encode()).hexdigest() for a in articles}
    assert len(bodies) == SAMPLE
    assert len({hashlib.sha256(a.data).hexdigest() for a in articles}) == SAMPLE


def test_both_languages_occur(articles: list[GeneratedArticle]) -> None:
    langs = [a.lang for a in articles]
    assert {"de", "en"} == set(langs)
    assert 0.3 < langs.count("de") / SAMPLE < 0.7


def test_truth_occurs_verbatim_in_text(articles: list[GeneratedArticle]) -> None:
    for article in articles:
        assert len(article.body) >= 2
        for block in article.body:
            assert block and block == block.strip() and "\n" not in block
            assert block in article.text
        for field in (article.title, article.teaser, article.byline, article.site_name):
            assert field is None or field in article.text


def test_boilerplate_is_not_body(articles: list[GeneratedArticle]) -> None:
    assert sum(bool(a.boilerplate) for a in articles) > 0.8 * SAMPLE
    for article in articles:
        assert not set(article.boilerplate) & set(article.body)
        for field in (article.title, article.teaser):
            assert field not in article.body


def test_published_is_iso(articles: list[GeneratedArticle]) -> None:
    for article in articles:
        if article.published is not None:
            assert len(article.published) in (10, 16)
            assert article.published[4] == "-" and article.published[7] == "-"


def test_pages_vary_in_shape(articles: list[GeneratedArticle]) -> None:
    assert any(a.title is None for a in articles)
    assert any(a.published is None for a in articles)
    assert any("T" in (a.published or "") for a in articles)
    assert any(a.site_name for a in articles)
    assert any("\r\n" in a.text for a in articles)
    assert any(any(b[0].isdigit() and b[1:3] == ". " for b in a.body) for a in articles)


def test_command_line_writes_files(tmp_path: Path) -> None:
    assert main([str(tmp_path), "--count", "3", "--seed", "1"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "000000.txt", "000001.txt", "000002.txt", TRUTH_FILE,
    ]
