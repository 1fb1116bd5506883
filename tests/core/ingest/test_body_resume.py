"""A column's closing paragraphs below its tag list are still the article.

Some news sites slot the "Verwandte Themen" tag list (a related-links header, then one-word
tags) between an article's last paragraphs; the paragraphs after it belong to the article,
though the model, having learned that what follows a related list is rarely the article, gives
them middling probabilities. The page in tests/data/body_classes/de_column_tags.txt is written by
hand in that shape, its gold body too. Other furniture in the gap (a newsletter box, a related
headline) still ends the article.
"""

from __future__ import annotations

import pytest
from quality import DATA, body_score, load_gold

from reader.core.ingest import region
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import choose
from reader.core.ingest.plaintext import parse, read_page
from reader.core.text import normalise

PAGE = DATA / "body_classes" / "de_column_tags.txt"
CLOSING = ("Dennoch gibt es Grund zur Hoffnung.", "Wenn daraus ein gemeinsamer Auftritt")


def test_paragraphs_after_a_tag_list_resume_the_article() -> None:
    gold = load_gold(PAGE.with_suffix(".gold.json"))["body"]
    body = parse(normalise(PAGE.read_text(encoding="utf-8"))).body
    assert body_score(body, gold).f1 >= 0.97, body


def _kept(text: str, closing_probability: float) -> list[str]:
    """The body lines `choose` keeps when the article's paragraphs score 0.9, the closing
    paragraphs `closing_probability` (below the run's threshold) and everything else 0.05."""
    page = read_page(normalise(text))[0]
    probs = []
    for segment in page.segments:
        if segment.text.startswith(CLOSING):
            probs.append(closing_probability)
        elif len(segment.text.split()) > 15:
            probs.append(0.9)
        else:
            probs.append(0.05)
    rows = region.features(page.segments, page.shapes, page.labels, page.headers, page.title_index)
    verdicts = choose(page, set(), probs, MODEL, rows)
    return [
        s.text for s, v in zip(page.segments, verdicts, strict=True) if v.role is BlockRole.BODY
    ]


def test_likely_paragraphs_past_the_tags_are_kept_though_below_the_threshold() -> None:
    kept = _kept(PAGE.read_text(encoding="utf-8"), 0.45)
    assert kept[-2].startswith(CLOSING[0])
    assert kept[-1].startswith(CLOSING[1])
    assert kept[0].startswith("Hamburg. Wer in diesen Wochen")


def test_unlikely_paragraphs_past_the_tags_are_not() -> None:
    kept = _kept(PAGE.read_text(encoding="utf-8"), 0.3)
    assert kept[-1].startswith("Die Landesregierungen")


@pytest.mark.parametrize(
    "intruder",
    ["Newsletter abonnieren", "Wie der Hafen von Rotterdam seine Kunden hält"],
    ids=["newsletter", "related-headline"],
)
def test_other_furniture_in_the_gap_ends_the_article(intruder: str) -> None:
    text = PAGE.read_text(encoding="utf-8").replace("Logistik\n", f"Logistik\n{intruder}\n")
    kept = _kept(text, 0.45)
    assert kept[-1].startswith("Die Landesregierungen")
