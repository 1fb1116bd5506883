"""A line without white space inside is settled as no name line before its byline is cleaned
(`author_lines.is_one_chunk`), and that skips nothing the cleaning would have found: checked
on glued lines of names, leads, addresses, dates and separators (Hypothesis, no deadline) and
by parsing the committed dev-page sample with the shortcut and without it."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.ingest import author_lines, byline
from reader.core.ingest.prepare import format_of
from reader.core.ingest.shape import is_name_list
from tests.devsample import SAMPLE

_SLOW = settings(deadline=None, max_examples=400, suppress_health_check=[HealthCheck.too_slow])

# Glued pieces of author lines: names (also shouted and with particles), leads and roles, mail
# addresses and handles, dates and times, places, agencies, and the separators between them.
_PIECES = st.sampled_from(
    ["Anna", "Weber", "MAX", "MUSTER", "O'Brien", "von", "der", "Leyen", "Jean-Luc", "Ärzte",
     "Von", "By", "Text:", "Fotos:", "Autorin", "Redaktion", "a.weber@zeitung.de", "x@y.com",
     "@anna", "@", "12.03.2024", "März", "2024", "18:05", "Uhr", "in", "Berlin", "dpa", "AFP",
     "(aw)", "(Text)", ",", ";", "|", "/", "·", "&", "-", "–", "(", ")", ":", ".", "und",
     "and", "’", "_", "1"]
)  # fmt: skip


@_SLOW
@given(st.lists(_PIECES, min_size=1, max_size=8).map("".join))
def test_no_name_list_is_cleaned_out_of_one_chunk(text: str) -> None:
    """`is_name_line` needs a name list in the cleaned line: never there in one chunk."""
    assert author_lines.is_one_chunk(text)
    cleaned = byline.clean_byline(text)
    assert not (cleaned and is_name_list(cleaned)), cleaned


_NAMES = ("Anna", "Weber", "MAX", "MUSTER", "O'Brien", "Jean-Luc", "Ärzte")
# What may stand between two name words in one chunk: the separators and leads cleaning cuts
# at or deletes, a mail address and a handle (the one place it puts a space), dates, initials,
# brackets, apostrophes, and the spaces `str.split` does not see (zero-width, joiner, soft
# hyphen, a combining accent).
_GLUE = (
    "", "·", "|", "/", ",", ";", ":", "–", "—", "-", "&", ".", "_", "’", "'", "(", ")", "@",
    "•", "\u200b", "\u2060", "\u00ad", "\u0301", "und", "and", "von", "in", "dpa", "(aw)",
    "x@y.com", "’x@y.com’", "a.weber@zeitung.de", "@anna", "12.03.2024", "18:05Uhr", ",Von:",
)  # fmt: skip
_LEADS = ("", "Von:", "By", "by", "Text:", "@anna", "x@y.com’", "12.03.2024|")


def test_no_two_names_glued_into_one_chunk_clean_to_a_name_list() -> None:
    """Every glue between every two name words, after every lead ("Anna·Weber", "AnnaWeber",
    "Von:Anna|Weber", "Anna@Weber"): none cleans to a name list, so the shortcut skips none.
    The Hypothesis test above draws such a triple only by chance: with cleaning making "@" a
    space it passed in one run of two; this one fails every time."""
    found = [
        text
        for lead in _LEADS
        for first in _NAMES
        for glue in _GLUE
        for second in _NAMES
        if (text := lead + first + glue + second)
        and author_lines.is_one_chunk(text)
        and (cleaned := byline.clean_byline(text))
        and is_name_list(cleaned)
    ]
    assert found == []


def test_no_one_chunk_line_of_the_sample_pages_cleans_to_a_name_list() -> None:
    lines = {
        line.strip()
        for page in sorted(SAMPLE.glob("*/*.txt"))
        for line in page.read_text(encoding="utf-8").splitlines()
    }
    one_chunk = [line for line in lines if line and author_lines.is_one_chunk(line)]
    assert len(one_chunk) > 500  # the sample's menus, tags and buttons
    named = [line for line in one_chunk if (c := byline.clean_byline(line)) and is_name_list(c)]
    assert named == []


@pytest.mark.parametrize(
    ("text", "one"),
    [("Politik", True), ("Anna-Weber", True), (" Startseite ", True), ("Anna Weber", False),
     ("Anna\tWeber", False), ("Anna\xa0Weber", False), ("Anna\u2009Weber", False),
     ("Anna\u200bWeber", True), ("", True)],
)  # fmt: skip
def test_a_chunk_is_what_white_space_parts(text: str, one: bool) -> None:
    assert author_lines.is_one_chunk(text) is one


def _parse_all(pages: list[tuple[str, str]]) -> list[object]:
    parse = format_of("article.txt").parse
    return [parse(text, name) for name, text in pages]


def test_the_sample_pages_parse_the_same_without_the_shortcut() -> None:
    pages = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SAMPLE.glob("*/*.txt"))]
    assert len(pages) == 40
    gated = _parse_all(pages)
    with patch.object(author_lines, "is_one_chunk", lambda text: False):
        ungated = _parse_all(pages)
    assert gated == ungated


def test_a_name_line_keeps_its_byline_with_the_shortcut() -> None:
    """The shortcut leaves a name of two words alone: "Anna Weber" above the date is the byline."""
    page = (
        "Mehr Busse für die Altstadt\n\nAnna Weber\n\n12. März 2024\n\n"
        + "Die Stadt will im Sommer mehr Busse durch die Altstadt fahren lassen, sagte der "
        "Bürgermeister am Montag. Die Linie soll alle zehn Minuten fahren und die Schulen "
        "besser anbinden, die bisher nur zweimal in der Stunde erreicht werden.\n\n" * 3
    )
    article = format_of("article.txt").parse(page, "busse.txt")
    assert article.byline == "Anna Weber"
