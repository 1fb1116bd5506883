"""The parser's shortcuts give the answers of the work they skip: a prompt phrase found by one
small pattern per hint, an image-credit label read from the line's first characters, a colon
line without a lead word settled before the lead pattern's scan, an ASCII line's words read
without a loop, a line of neither unspaced script told by one scan, a page that is not
hard-wrapped told by its lines' lengths, a line without another script's digits not
translated digit by digit, a line without a day right before a year not read for a month
word before the day, a line ending in no letter of a profile link not read for one."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.ingest import (
    byline,
    credit_phrases,
    date_lines,
    head_authors,
    phrases,
    segment,
    shape,
)
from reader.core.ingest.language import WORD, lower_words
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
    assert credit_phrases.is_credit_only(line) is credit


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


# Pieces that matter to the word rules, joined at random: letters, the joiners (hyphen,
# straight and curly apostrophe), digits, underscore, punctuation, white space, and some
# characters beyond ASCII. The ASCII pieces alone make ASCII lines (the fast way).
_ASCII_PIECES = [
    "ab", "XY", "a'b", "c-D", "-", "'", "_", "09", " ", ".", ",", "(", ")", '"', "/", "\t", "\n",
]  # fmt: skip
_PIECES = [*_ASCII_PIECES, "e’f", "’", "é", "ß", "ü", "„", "“", "–", "²", "\u0301"]
_ASCII_WORDISH = st.lists(st.sampled_from(_ASCII_PIECES), max_size=16).map("".join)
_WORDISH = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)
# A busy machine is no failure; more examples than the default for the rarer joins.
_SLOW = settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])


@_SLOW
@given(st.one_of(_WORDISH, _ASCII_WORDISH))
def test_lower_words_finds_what_the_word_pattern_finds(text: str) -> None:
    """Both of `lower_words`' ways (ASCII lines in C, other lines token by token) give
    `WORD.findall`, the definition of a word."""
    assert lower_words(text) == WORD.findall(text)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("it's a well-known fact -- isn't it?", ["it's", "a", "well-known", "fact", "isn't", "it"]),
        ("'quoted' words, 2024's figures (x2)", ["quoted", "words", "s", "figures", "x"]),
        ("a--b a'-b -c- _d_", ["a", "b", "a", "b", "c", "d"]),
    ],
)
def test_ascii_words(line: str, found: list[str]) -> None:
    assert lower_words(line) == found


@_SLOW
@given(st.text(alphabet=st.sampled_from("ab é中の한ไทยก "), max_size=12))
def test_one_scan_finds_either_unspaced_script(text: str) -> None:
    """`measure` skips both scripts' scans when the one scan for either finds nothing."""
    either = shape.CJK.search(text) is not None or shape._THAI.search(text) is not None
    assert (shape._UNSPACED.search(text) is not None) is either


@pytest.mark.parametrize(
    ("line", "n_words"),
    [
        ("東京都は新しい計画を発表した。", 7),  # 14 Han and kana characters, two a word
        ("ประเทศไทยมีการเลือกตั้ง", 6),  # 23 Thai letters and signs, four a word
        ("Die Straße über den Fluß wird gesperrt.", 7),  # neither: its words
    ],
)
def test_unspaced_scripts_are_counted_by_characters(line: str, n_words: int) -> None:
    assert shape.measure(line, frozenset()).n_words == n_words


# Lines of a page, at the lengths the tests turn on (half the substantial width, the width,
# the longest wrapped line), some of wide characters (two columns each).
_LINE = st.builds(
    lambda char, n: char * n,
    st.sampled_from(["a", "é", "中", "한"]),
    st.sampled_from([0, 1, 14, 15, 16, 29, 30, 31, 49, 50, 51, 73, 99, 100, 101, 120]),
)


@_SLOW
@given(st.lists(_LINE, max_size=40))
def test_the_length_test_settles_only_unwrapped_pages(lines: list[str]) -> None:
    """The wrap width with the length test is the one counting every line's columns finds."""
    with patch.object(segment, "_too_many_long", return_value=False):
        slow = segment._wrap_width(lines)
    assert segment._wrap_width(lines) == slow


@pytest.mark.parametrize(
    ("line", "width"),
    [
        ("word " * 14 + "wor", 73),  # 73 characters
        ("中" * 25, 50),  # 25 characters, 50 columns: substantial, not long
    ],
)
def test_a_wrapped_page_is_still_found(line: str, width: int) -> None:
    """A page wrapped at some width with one long line in ten is read as wrapped."""
    assert segment._wrap_width([line] * 9 + ["x" * 120]) == width


@_SLOW
@given(st.text(alphabet=st.sampled_from("a2ü„٣۴३৫๖７ "), max_size=12))
def test_other_digits_are_found_where_translating_changes_the_line(text: str) -> None:
    changed = text.translate(date_lines._DIGITS) != text
    assert (date_lines._OTHER_DIGIT.search(text) is not None) is changed


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("نُشر في ٢٠٢٤-٠٣-١٥", "2024-03-15"),  # Arabic-Indic digits
        ("Stand: １５.０３.２０２４", "2024-03-15"),  # full-width digits
        ("Stand: 15.03.2024 – „Überblick“", "2024-03-15"),  # non-ASCII, ASCII digits
    ],
)
def test_dates_in_other_digits(line: str, iso: str) -> None:
    hit = date_lines.find_date(line)
    assert hit is not None and hit.iso == iso


@_SLOW
@given(
    st.lists(
        st.sampled_from(["Maret", "März", "май", "30", "7", "2015", ",", ".", " ", "\t"]),
        max_size=10,
    ).map("".join)
)
def test_a_month_word_before_the_day_needs_the_day_before_the_year(text: str) -> None:
    if date_lines._DAY_BEFORE_YEAR.search(text) is None:
        assert date_lines._WORD_MDY.search(text) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Diterbitkan Maret 30, 2015", "2015-03-30"),  # Indonesian, month first
        ("Publicado junho 21 2015 por Ana", "2015-06-21"),  # Portuguese, no comma
    ],
)
def test_month_words_of_other_languages_before_the_day(line: str, iso: str) -> None:
    hit = date_lines.find_date(line)
    assert hit is not None and hit.iso == iso


# A name and the links an author box glues to it, one spelled with the long s its pattern's
# IGNORECASE takes for an "s".
_LINKS = ["Jane Doe", "view more articles", "VIEW ALL POSTS", "Alle Beiträge", "view all postſ"]


@_SLOW
@given(st.lists(st.sampled_from([*_LINKS, "x", " ", "\t", "."]), max_size=6).map("".join))
def test_a_glued_profile_link_ends_in_one_of_its_last_letters(text: str) -> None:
    if head_authors._GLUED_MORE_LINK.match(text):
        assert text.rstrip()[-1:] in head_authors._MORE_LINK_ENDS
