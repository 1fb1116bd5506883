"""The parser's shortcuts give the answers of the work they skip: a prompt phrase found by one
small pattern per hint, an image-credit label read from the line's first characters, a colon
line without a lead word settled before the lead pattern's scan."""

from __future__ import annotations

import pytest

from reader.core.ingest import byline, phrases
from tests.devsample import SAMPLE


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # The leftmost phrase decides, whichever hint's pattern found it.
        ("Sign up for our newsletter. Photo: Getty Images", phrases.NEWSLETTER),
        ("Photo: Jane Doe for the newsletter", phrases.CAPTION),
        ("Foto: dpa | Newsletter bestellen", phrases.CAPTION),
        ("Jetzt Newsletter abonnieren und Foto-Tipps erhalten", phrases.NEWSLETTER),
        ("Read more: Subscribe to our newsletter", phrases.RELATED),
        ("© 2024 Example Media. All rights reserved.", phrases.FOOTER),
    ],
)
def test_a_line_with_several_hints_gets_its_first_phrase(line: str, reason: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) == reason


def test_the_hints_patterns_agree_with_one_alternation_on_real_lines() -> None:
    """On every line of the committed dev-set sample that holds a hint, the per-hint search
    finds the match of one pattern of all the present hints' phrases (the former way)."""
    checked = 0
    for page in sorted(SAMPLE.glob("*/*.txt")):
        for line in page.read_text(encoding="utf-8").splitlines():
            lower = line.lower()
            present = [hint for hint in phrases._PROMPT_HINTS if hint in lower]
            if not present:
                continue
            whole = phrases._compile_prompts(
                anchored=False, reasons=tuple(phrases.PROMPTS), hints=tuple(present)
            ).search(lower)
            found = phrases._first_prompt(present, lower)
            assert (found and (found.start(), found.lastgroup)) == (
                whole and (whole.start(), whole.lastgroup)
            ), line
            checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Photograph: Jane Doe", True),
        ("PHOTOGRAPH: Jane Doe/Reuters", True),
        ("Bildquelle Pixabay", True),
        ("Photography by Jane Doe", False),
        ("photograph: a long caption that runs on and on well past eight words here", False),
    ],
)
def test_credit_labels_are_read_from_the_first_characters(line: str, credit: bool) -> None:
    assert phrases.is_credit_only(line) is credit


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Updated: 12 May 2020", None),
        ("Tags: politics, economy", None),
        ("Text: Jane Doe", "Jane Doe"),
        ("WRITTEN BY JANE DOE", "Jane Doe"),
        ("Time: 10:30 by Jane Doe", "Jane Doe"),
        ("Veröffentlicht von Chris Jung", "Chris Jung"),
    ],
)
def test_a_colon_line_without_a_lead_names_no_author(line: str, name: str | None) -> None:
    assert byline.byline_in_line(line, True) == name
