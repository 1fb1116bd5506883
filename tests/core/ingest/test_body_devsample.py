"""The article body on the committed sample of real dev pages (tests/data/devsample).

Measured as the dev-set scorer does (`tests/devsample.py`): en-news by bag-of-tokens precision
and F1 against the human-made body, de-web by must-keep / must-drop snippets. Each floor is
the mean the importer reached when it was set, cut at the third decimal: a change that loses
a single snippet on a de-web page (the mean drops by 0.004 or more) or some tokens of an
en-news body fails here. A change that raises a mean raises its floor with it.
"""

from __future__ import annotations

import re

from devsample import mean, pages, snippet_scores, token_prf

_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")

# Measured when set (body model of tools/train_body.py): en-news F1 0.884, precision 0.876
# (before it: 0.703 and 0.733, with an empty or near-empty body on the five pages in Korean,
# Portuguese, Indonesian and Russian); those five pages F1 0.974, 0.868, 0.959, 0.333, 0.991,
# mean 0.853 with the page labelled German; de-web F 0.879 (0.879 before). Raised when the
# model learnt to set comment threads aside: en-news F1 0.911, precision 0.912; the other
# languages unchanged (0.853); de-web F 0.879. Raised when tables and trusted short lines
# inside the run were kept: en-news F1 0.919, precision 0.917; the other languages 0.854;
# de-web F 0.879. Raised when captions inside the run that end in their credit were set
# aside: de-web F 0.892, en-news unchanged. These pages are among the model's training
# pages: its cross-validated figures are printed by the script. By session 39 the means had
# risen to en-news F1 0.9589, precision 0.9570, the other languages 0.9491 and de-web F
# 0.9542 while the floors stayed, so a change could lose the whole article of one page of
# either set and pass: the floors are those means, cut at the third decimal.
EN_MIN_F1 = 0.958
EN_MIN_PRECISION = 0.957
OTHER_LANGUAGES_MIN_MEAN_F1 = 0.949
DE_MIN_F = 0.954


def _en_scores() -> list[tuple[str, float, float]]:
    return [
        ((page.gold.get("lang") or "en")[:2],)
        + token_prf(page.pred["body"], page.gold["body"])[::2]
        for page in pages("en-news")
    ]


def test_en_news_body_precision_and_f1_hold() -> None:
    scores = _en_scores()
    assert mean(s[2] for s in scores) >= EN_MIN_F1, scores
    assert mean(s[1] for s in scores) >= EN_MIN_PRECISION, scores


def test_every_page_in_another_language_gets_its_article() -> None:
    others = [s for s in _en_scores() if s[0] != "en"]
    assert len(others) >= 5
    assert all(f1 > 0 for _lang, _p, f1 in others), others
    assert mean(f1 for _lang, _p, f1 in others) >= OTHER_LANGUAGES_MIN_MEAN_F1, others


def test_de_web_body_snippets_hold() -> None:
    scores = [snippet_scores(page)[2] for page in pages("de-web")]
    assert mean(scores) >= DE_MIN_F, scores


def _prose_words(text: str) -> int:
    """Words in the page's sentences of eight words or more (a CJK character is half a word)."""
    total = 0
    for line in text.splitlines():
        line = line.strip()
        words = len(line.split()) + len(_CJK.findall(line)) // 2
        if words >= 8 and line.rstrip('"”’»)」').endswith((".", "!", "?", "。", "！", "？")):
            total += words
    return total


def test_no_page_with_prose_gets_an_empty_body() -> None:
    for dataset in ("en-news", "de-web"):
        for page in pages(dataset):
            if _prose_words(page.text) >= 100:
                assert page.pred["body"].strip(), page.name
