"""Focused behaviour of the plain-text parser's parts: dates, bylines, titles, blocks, language."""

from __future__ import annotations

import pytest

from reader.core.ingest.article import BlockKind, BlockRole
from reader.core.ingest.byline import clean_byline
from reader.core.ingest.date_lines import find_date
from reader.core.ingest.language import detect_language
from reader.core.ingest.plaintext import parse
from reader.core.ingest.segment import segment
from reader.core.ingest.title import derive_title, strip_glued_kicker

PARAGRAPH_EN = (
    "The two governments agreed on Tuesday to coordinate their stockpiles of critical minerals, "
    "officials said, in a move that analysts described as the most significant step in years."
)
PARAGRAPH_EN_2 = (
    "Officials in both capitals said the stockpiles would be financed jointly and that the first "
    "purchases of critical minerals could be made before the end of the year, officials added."
)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("28. Oktober 2025", "2025-10-28"),
        ("28. Oktober 2025 durch", "2025-10-28"),
        ("28.10.2025 18:05", "2025-10-28T18:05"),
        ("11.04.2024 - 11:46 Uhr", "2024-04-11T11:46"),
        ("March 3, 2025", "2025-03-03"),
        ("3 March 2025", "2025-03-03"),
        ("Mar. 3, 2025, 5:04 PM ET", "2025-03-03T17:04"),
        ("2025-03-03", "2025-03-03"),
        ("2025-03-03T09:30:00Z", "2025-03-03T09:30"),
        ("Updated 5:04 PM EST, January 21, 2022", "2022-01-21T17:04"),
        ("Veröffentlicht am 2. November 2025, 7:00 Uhr", "2025-11-02T07:00"),
        ("Stand: 28.10.2025 12:41 Uhr", "2025-10-28T12:41"),
        ("Tue 28 Oct 2025 09.14 GMT", "2025-10-28T09:14"),
        ("12:30 a.m. March 3, 2025", "2025-03-03T00:30"),
        ("1. März 2024", "2024-03-01"),
        ("5. Mai 2023", "2023-05-05"),
        ("17. Dezember 2021", "2021-12-17"),
        ("9. Jänner 2020", "2020-01-09"),
    ],
)
def test_find_date_reads_german_and_english_formats(line: str, iso: str) -> None:
    hit = find_date(line)
    assert hit is not None
    assert hit.iso == iso


@pytest.mark.parametrize("line", ["costs 3.14 percent", "Version 2.10.3", "31.02.2025", "hello"])
def test_find_date_rejects_non_dates(line: str) -> None:
    assert find_date(line) is None


def test_date_and_time_on_separate_lines_are_combined() -> None:
    article = parse(f"A headline about minerals policy\n22.01.2022\n03:10\n{PARAGRAPH_EN}")
    assert article.published == "2022-01-22T03:10"


def test_date_from_related_list_further_down_is_not_chosen() -> None:
    text = (
        f"Minerals pact signed in Tokyo\n\n{PARAGRAPH_EN}\n\n{PARAGRAPH_EN_2}\n\n"
        "Related articles\nJapan elects a new prime minister\n03.03.2026\n"
        "Trump heads to Asia\nMarch 4, 2026\n"
    )
    article = parse(text)
    assert article.published is None
    dated = f"Minerals pact signed in Tokyo\nOctober 28, 2025\n\n{PARAGRAPH_EN}\n\n" + text
    assert parse(dated).published == "2025-10-28"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Mara Lindner, Tokio", "Mara Lindner"),
        ("By  JOSH BOAK and MARI YAMAGUCHI", "Josh Boak and Mari Yamaguchi"),
        ("Justin McCurry in Tokyo", "Justin McCurry"),
        ("Jon Brodkin – Mar 3, 2025 5:04 pm", "Jon Brodkin"),
        ("Posted on March 3, 2025 by Sam Okafor", "Sam Okafor"),
        ("28. Oktober 2025 durch Redaktion", "Redaktion"),
        ("Ein Gastbeitrag von Felix Lill", "Felix Lill"),
        ("Von Kathrin Erdmann, ARD-Studio Tokio", "Kathrin Erdmann"),
        ("By Ann Lee, Bo Chen and Cy Diaz", "Ann Lee, Bo Chen and Cy Diaz"),
        ("Text: Anna Muster, Redakteurin", "Anna Muster"),
    ],
)
def test_clean_byline_keeps_only_names(line: str, names: str) -> None:
    assert clean_byline(line) == names


def test_derive_title_uses_first_sentence_and_cuts_at_a_word_boundary() -> None:
    assert derive_title("Japan ist bereits der engste Verbündete der USA. Nun mehr.") == (
        "Japan ist bereits der engste Verbündete der USA"
    )
    long = derive_title("word " * 40 + "end.")
    assert long is not None and len(long) <= 80 and long.endswith("…")
    assert not long[:-1].endswith(" ")


def test_glued_kicker_is_split_using_breadcrumb_or_case_jump() -> None:
    crumb = ["3. Asia Techonomics: Die USA und Japan machen vor"]
    assert strip_glued_kicker("Asia TechonomicsDie USA und Japan machen vor", crumb) == (
        "Die USA und Japan machen vor"
    )
    assert strip_glued_kicker("UkrainekriegSelenskyj fordert mehr Hilfe vom Westen", []) == (
        "Selenskyj fordert mehr Hilfe vom Westen"
    )
    assert strip_glued_kicker("PlayStation sales soar in Japan this year", []) == (
        "PlayStation sales soar in Japan this year"
    )


def test_page_without_headline_gets_a_derived_title() -> None:
    article = parse(f"22.01.2022\n{PARAGRAPH_EN}\n{PARAGRAPH_EN_2}")
    assert article.title_derived is True
    assert article.title is not None and article.title.startswith("The two governments agreed")


def test_list_items_keep_numbers_and_drop_bullets() -> None:
    kinds = [(s.kind, s.text) for s in segment("  1. First step: do it.\n  • A bullet\n- Dash item")]
    assert kinds == [
        (BlockKind.LIST_ITEM, "1. First step: do it."),
        (BlockKind.LIST_ITEM, "A bullet"),
        (BlockKind.LIST_ITEM, "Dash item"),
    ]


def test_a_date_line_is_not_an_ordered_list_item() -> None:
    assert segment("28. Oktober 2025 durch")[0].kind is BlockKind.PARAGRAPH


def test_hard_wrapped_paragraphs_are_joined_and_blank_lines_still_separate() -> None:
    wrapped = (
        "I spent last week at a small workshop in Kyoto on supply chain resilience,\n"
        "organised by a group of Japanese and European universities. There were\n"
        "about forty people in the room, mostly academics and a few officials.\n"
        "\n"
        "Second, the data problem is worse than I thought. Several firms admitted\n"
        "that they do not know who their suppliers' suppliers are, which worried\n"
        "everybody in the room, including the two officials from the ministries.\n"
    )
    texts = [s.text for s in segment(wrapped)]
    assert len(texts) == 2
    assert "resilience, organised by" in texts[0]
    assert "\n" not in texts[1] and texts[1].endswith("ministries.")


def test_unwrapped_lines_stay_apart() -> None:
    texts = [s.text for s in segment("Jetzt die besten Jobs finden und\nper E-Mail benachrichtigt.")]
    assert len(texts) == 2


def test_internal_spacing_is_kept_and_edges_stripped() -> None:
    assert segment("   Das hat drei  Gründe.  ")[0].text == "Das hat drei  Gründe."


@pytest.mark.parametrize(
    ("sample", "lang"),
    [
        ("Die USA und Japan wollen bei der Förderung seltener Erden künftig enger zusammenarbeiten.", "de"),
        ("Japan and the US have signed an agreement to secure supplies of rare earths.", "en"),
        ("Le Japon et les États-Unis ont signé un accord sur les terres rares et les minerais.", "fr"),
        ("ok", None),
    ],
)
def test_detect_language(sample: str, lang: str | None) -> None:
    assert detect_language(sample) == lang


def test_article_continues_after_related_links_block() -> None:
    text = (
        f"Minerals pact signed in Tokyo\n\n{PARAGRAPH_EN}\n\n{PARAGRAPH_EN_2}\n\nRelated\n"
        f"Japan votes\nChina exports\nRare earth prices\n\n{PARAGRAPH_EN_2}\n\n{PARAGRAPH_EN}\n\n"
        "Advertisement\nMost read\nSome other story\n© 2025 Example News. All rights reserved.\n"
    )
    article = parse(text)
    assert article.body == "\n\n".join([PARAGRAPH_EN, PARAGRAPH_EN_2, PARAGRAPH_EN_2, PARAGRAPH_EN])
    reasons = {b.text: b.reason for b in article.boilerplate_blocks}
    assert reasons["Related"] == "related links"
    assert reasons["Advertisement"] == "advertising"
    assert article.site_name == "Example News"


def test_body_heading_stays_but_heading_before_furniture_does_not() -> None:
    text = (
        f"Minerals pact signed in Tokyo\n\n{PARAGRAPH_EN}\n\nA question of money\n\n"
        f"{PARAGRAPH_EN_2}\n\nMore on this story\nSign up for our newsletter\n"
    )
    blocks = {b.text: b for b in parse(text).blocks}
    assert blocks["A question of money"].role is BlockRole.BODY
    assert blocks["A question of money"].kind is BlockKind.HEADING
    assert blocks["More on this story"].role is BlockRole.BOILERPLATE


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Zum Inhalt springen", "navigation"),
        ("Skip to content", "navigation"),
        ("Anzeige", "advertising"),
        ("Advertisement", "advertising"),
        ("Foto: IMAGO/MediaPunch", "image credit"),
        ("Bild: imago images/ZUMA Wire", "image credit"),
        ("Sign up for our daily newsletter", "newsletter prompt"),
        ("Diesen Beitrag teilen", "share prompt"),
        ("Verwandte Themen", "related links"),
        ("Kommentare", "comments"),
    ],
)
def test_furniture_lines_are_set_aside_with_a_reason(line: str, reason: str) -> None:
    text = f"Minerals pact signed in Tokyo\n\n{PARAGRAPH_EN}\n{line}\n{PARAGRAPH_EN_2}\n"
    blocks = {b.text: b for b in parse(text).blocks}
    assert blocks[line].role is BlockRole.BOILERPLATE
    assert blocks[line].reason == reason


def test_blocks_are_single_stripped_lines_in_file_order() -> None:
    text = "  Title line here now\n\n" + PARAGRAPH_EN + "\n\n  Anzeige  \n" + PARAGRAPH_EN_2
    blocks = parse(text).blocks
    assert [b.text for b in blocks] == ["Title line here now", PARAGRAPH_EN, "Anzeige", PARAGRAPH_EN_2]
    assert all("\n" not in b.text and b.text == b.text.strip() for b in blocks)
