"""The parser compiles its patterns with its modules, not while it reads a page; a pattern
made for one page's name is compiled only when the page holds the name.

A pattern compiled on first use is compiled again in every import worker (a regex compile is
some 2 M instructions of Python); one compiled with its module comes from the kept compiles of
`run_cache`. The tests make `re` unable to compile (its own cache emptied first), then read
lines that reach the patterns in question: a lazily compiled one fails the test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from re import _compiler  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.ingest import phrases, webpage_meta
from reader.core.ingest.author_lines import named_in_story
from reader.core.ingest.head import Head, head_zone
from reader.core.ingest.outlet_newsrooms import staff_name
from reader.core.ingest.plaintext import read_page
from reader.core.ingest.relative_dates import read_age


@contextmanager
def compiles() -> Iterator[list[str]]:
    """The patterns `re` is asked to compile meanwhile (its own cache emptied first), refused:
    `re` works as usual again before the caller asserts (pytest's report uses it)."""
    asked: list[str] = []

    def refuse(pattern: object, flags: int = 0) -> None:
        asked.append(repr(pattern))
        raise RuntimeError("no compiles here")

    re.purge()
    inner = _compiler.compile
    _compiler.compile = refuse
    try:
        yield asked
    finally:
        _compiler.compile = inner


def test_each_hint_s_phrases_are_those_a_compile_for_it_makes() -> None:
    for hint in phrases._PROMPT_HINTS:
        fresh = phrases._compile_prompts(
            anchored=False, reasons=tuple(phrases.PROMPTS), hints=(hint,)
        )
        assert phrases._HINT_PROMPTS[hint] == fresh, hint


def test_a_line_with_any_hint_is_read_without_a_compile() -> None:
    with compiles() as asked:
        for hint in phrases._PROMPT_HINTS:
            line = f"Weiter {hint} unten"
            phrases.prompt_reason(line, len(line.split()))
        caption = phrases.prompt_reason("Foto: dpa", 2)
        newsletter = phrases.prompt_reason("Sign up for our newsletter", 5)
    assert asked == []
    assert (caption, newsletter) == (phrases.CAPTION, phrases.NEWSLETTER)


@pytest.mark.parametrize(
    ("line", "unit", "count"),
    [
        ("vor 3 Stunden", "hours", 3),
        ("Published 2 days ago", "days", 2),
        ("Gestern, 14:45 Uhr", None, 1),
    ],
)
def test_an_age_line_is_read_without_a_compile(line: str, unit: str | None, count: int) -> None:
    with compiles() as asked:
        age = read_age(line)
    assert asked == []
    assert age is not None and (age.unit, age.count) == (unit, count)


def _named_by_pattern(head: Head, surname: str, stop: int) -> bool:
    """`named_in_story` as it was: the name's pattern searched in every paragraph."""
    word = re.compile(r"\b" + re.escape(surname) + r"\b")
    return any(
        head.shapes[j].prose and word.search(head.segments[j].text)
        for j in range(head.first_prose, stop)
    )


_WORDS = ["Weber", "Webers", "Anna", "sagte", "die", "der", "Ministerin", "am", "Montag", "in",
          "Berlin", "O'Brien", "Müller-Lüdenscheidt", "über", "ß", "_", "Weber.", "(Weber)", ","]  # fmt: skip
_PARAGRAPH = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30).map(" ".join)


@settings(deadline=None, max_examples=300)
@given(
    paragraphs=st.lists(_PARAGRAPH, min_size=1, max_size=8),
    surname=st.sampled_from(_WORDS) | st.text(min_size=1, max_size=6),
    stop=st.integers(0, 12),
)
def test_a_name_is_found_in_the_story_as_by_its_pattern_alone(
    paragraphs: list[str], surname: str, stop: int
) -> None:
    page, _meta, lang = read_page("\n\n".join(["Titel der Seite", *paragraphs]))
    head = head_zone(page.segments, page.shapes, page.labels, lang)
    stop = min(stop, len(head.segments))
    assert named_in_story(head, surname, stop) == _named_by_pattern(head, surname, stop)


def test_a_staff_name_the_story_never_holds_is_found_without_a_compile() -> None:
    lines = ["Von unserem Hafenblatt-Korrespondenten", "Die Stadt baut eine Brücke."]
    with compiles() as asked:
        name = staff_name(lines, lines[0], lines[1])
    assert asked == []
    assert name == "Hafenblatt"
    # Named in the story as a word of its own, the name is the story's, not the outlet's.
    assert staff_name(lines, lines[0], "Das Hafenblatt berichtet.") is None
    assert staff_name(lines, lines[0], "Die Hafenblatt-Leser") == "Hafenblatt"


def test_re_ignorecase_matches_the_latin_1_pairs_lower_makes_equal() -> None:
    """What `webpage_meta._site_cut`'s pre-test rests on, for every pair of characters."""
    latin = [chr(code) for code in range(256)]
    for a in latin:
        pattern = re.compile(re.escape(a), re.IGNORECASE)
        assert [b for b in latin if pattern.fullmatch(b)] == [b for b in latin if b.lower() == a.lower()]


def test_a_title_without_the_site_s_name_is_read_without_a_compile() -> None:
    with compiles() as asked:
        cut = webpage_meta._site_cut("Die Stadt baut eine neue Brücke | Weserkurier", "Hafenblatt")
    assert asked == []
    assert cut is None
    title = "Die Stadt baut eine neue Brücke | HAFENBLATT"
    assert webpage_meta._site_cut(title, "Hafenblatt") == "Die Stadt baut eine neue Brücke"


def _site_cut_by_patterns(title: str, site: str) -> str | None:
    """`_site_cut` as it was: both patterns compiled for every site name."""
    if len(site) >= len(title):
        return None
    name = re.escape(site)
    apart = webpage_meta._SITE_APART.pattern
    for pattern in (rf"(?P<kept>.+?){apart}{name}", rf"{name}{apart}(?P<kept>.+)"):
        found = re.fullmatch(pattern, title, re.I)
        if found and len(found.group("kept").split()) >= webpage_meta._BARE_HEADLINE_WORDS:
            return found.group("kept")
    return None


_TITLE_WORDS = ["Die", "Stadt", "baut", "Brücke", "|", "-", "·", "ſtadt", "STRASSE", "straße",
                "Kelvin", "\u212aelvin", "İstanbul", "istanbul", "ΟΔΟΣ", "οδος", "Mühle", "MÜHLE"]  # fmt: skip
_TITLE = st.lists(st.sampled_from(_TITLE_WORDS), min_size=1, max_size=9).map(" ".join)


@settings(deadline=None, max_examples=400)
@given(title=_TITLE, site=_TITLE | st.sampled_from(_TITLE_WORDS))
def test_a_site_is_cut_from_a_title_as_by_its_patterns_alone(title: str, site: str) -> None:
    assert webpage_meta._site_cut(title, site) == _site_cut_by_patterns(title, site)
