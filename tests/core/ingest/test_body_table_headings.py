"""A short line right over a table inside the article is the table's heading.

Real pages of both dev sets head their tables with a short line: a finance guide's "So viel
spart ein Durchschnittsverdiener durch Entgeltumwandlung" over its sums, a recipe's "Belag:"
between its ingredient tables, a sports page's "Linebacker" over the snap counts. The run
keeps the table; the line over it was set aside as part of a link list, because its short
neighbours (a table cell, another heading) look like one. The page in
tests/data/body_classes/de_table_headings.txt is written by hand in that shape.
"""

from __future__ import annotations

from quality import DATA

from reader.core.ingest import region
from reader.core.ingest.article import BlockKind, BlockRole
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import body_features, choose
from reader.core.ingest.plaintext import parse, read_page
from reader.core.text import normalise

PAGE = DATA / "body_classes" / "de_table_headings.txt"
HEADINGS = ["So viel spart eine Durchschnittsverdienerin", "Steuerfrei"]
RELATED = ["Riester-Rente", "Rürup-Rente", "Private Rentenversicherung"]


def _blocks(text: str | None = None) -> dict[str, tuple[BlockRole, BlockKind]]:
    article = parse(normalise(text or PAGE.read_text(encoding="utf-8")))
    return {b.text: (b.role, b.kind) for b in article.blocks}


def _page_with(line: str, lines: list[str]) -> str:
    """The page with `line` replaced by `lines`."""
    text = PAGE.read_text(encoding="utf-8")
    assert f"\n{line}\n" in text
    return text.replace(f"\n{line}\n", "\n" + "\n".join(lines) + "\n")


def test_the_lines_over_the_tables_are_the_articles_headings() -> None:
    blocks = _blocks()
    assert [blocks[h] for h in HEADINGS] == [(BlockRole.BODY, BlockKind.HEADING)] * 2
    # The tables under them and the paragraphs around them are the article's.
    assert blocks["2021\t3.408 €"][0] is BlockRole.BODY
    assert blocks["Monatsbrutto\t3.380 €\t3.194 €"][0] is BlockRole.BODY
    closing = next(t for t in blocks if t.startswith("Wer mehr umwandelt"))
    assert blocks[closing][0] is BlockRole.BODY


def test_a_link_list_under_the_article_stays_furniture() -> None:
    blocks = _blocks()
    assert [blocks[r][0] for r in RELATED] == [BlockRole.BOILERPLATE] * 3
    assert blocks["Diesen Artikel teilen"][0] is BlockRole.BOILERPLATE


# A box of links between the paragraphs, right over a table with no heading: its last line
# stands over the table as a heading would, but short lines stand above it too.
LINKS = ["Rentenrechner", "Steuerrechner", "Brutto-Netto-Rechner"]


def test_a_link_lists_last_line_over_a_table_is_no_heading() -> None:
    for heading in HEADINGS:
        blocks = _blocks(_page_with(heading, LINKS))
        assert [blocks[link][0] for link in LINKS] == [BlockRole.BOILERPLATE] * 3, heading
        assert blocks["2021\t3.408 €"][0] is BlockRole.BODY


def test_a_lists_last_item_over_a_table_stays_a_list_item() -> None:
    items = ["Für die Steuer", "Für die Sozialabgaben"]
    text = _page_with("Steuerfrei", ["Zwei Grenzen gelten:"] + [f"• {item}" for item in items])
    blocks = _blocks(text)
    assert [blocks[item] for item in items] == [(BlockRole.BODY, BlockKind.LIST_ITEM)] * 2


def _verdicts_given(probability: float) -> dict[str, tuple[BlockRole, BlockKind]]:
    """The verdicts with every heading over a table given `probability` (the model's own
    for every other block): the rule holds however little the model trusts the line."""
    page = read_page(normalise(PAGE.read_text(encoding="utf-8")))[0]
    rows, listed = body_features(page)
    probs = region.probabilities(rows, page.meta, MODEL)
    texts = [s.text for s in page.segments]
    for heading in HEADINGS:
        probs[texts.index(heading)] = probability
    verdicts = choose(page, listed, probs, MODEL, rows)
    return {s.text: (v.role, v.kind) for s, v in zip(page.segments, verdicts, strict=True)}


def test_a_table_heading_the_model_doubts_is_kept() -> None:
    verdicts = _verdicts_given(0.1)
    assert [verdicts[h] for h in HEADINGS] == [(BlockRole.BODY, BlockKind.HEADING)] * 2


def test_a_table_heading_the_model_trusts_is_a_heading_too() -> None:
    verdicts = _verdicts_given(0.9)
    assert [verdicts[h] for h in HEADINGS] == [(BlockRole.BODY, BlockKind.HEADING)] * 2
