"""A story profile's names, read by cached white-space chunks, are those its definition gives
when the text is read word by word: capitalised words of three letters or more that open no
sentence and are no stop word, folded, with their rarity; numbers of two digits or more that
are no year, spelled one way, rarity 3. The slow way below reads each line with the regex
once; the expected values of the hand-made case are written by hand."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core.analysis import fold, tokens_of
from reader.core.stories import profile
from reader.core.stories.profile import (
    _CANDIDATE,
    _SENTENCE_END,
    LEAD_CHARS,
    MAX_NAMES,
    _chunk_lines,
    _names,
    _number,
)

_SLOW = settings(deadline=None, max_examples=400, suppress_health_check=[HealthCheck.too_slow])


def _slow_names(text: str, lang: str | None) -> dict[str, float]:
    rarities = profile._rarities("en" if lang == "en" else "de")
    counts: dict[str, int] = {}
    rare: dict[str, float] = {}
    for line in text.split("\n"):
        for match in _CANDIDATE.finditer(line):
            word, start = match.group(), match.start()
            before = line[:start]
            opens_chunk = not before or before[-1].isspace()
            opens_sentence = opens_chunk and (not before.strip() or before.rstrip()[-1] in _SENTENCE_END)
            if word[0].isdigit():
                if len(word) > 1 and not (len(word) == 4 and word[:2] in ("19", "20")):
                    counts[_number(word)] = counts.get(_number(word), 0) + 1
                    rare[_number(word)] = 3.0
            elif word[0].isupper() and len(word) > 2 and not opens_sentence:
                name = fold(word)
                if name not in profile.stop_words():
                    counts[name] = counts.get(name, 0) + 1
                    rare.setdefault(name, rarities[word])
    top = sorted(counts, key=lambda name: (-rare[name], -counts[name], name))
    return {name: rare[name] for name in top[:MAX_NAMES]}


_PIECES = [
    " ", " ", "  ", "\n", "\t", ". ", "! ", ": ", "„", "“", "»", "(", ")", ",", "-", "…",
    "Merz", "Takaichi", "Müller", "ÖVP", "Die", "The", "However", "Er", "AI", "Ab",
    "traf", "the", "und", "35.000", "35,000", "3,5", "2024", "1999", "42", "7", "x2",
]  # fmt: skip


@_SLOW
@given(
    st.lists(st.sampled_from(_PIECES), max_size=60).map("".join),
    st.sampled_from(["en", "de", None]),
)
@example("Die Kanzlerin Merz traf (Takaichi in Tokio. Dort „Müller“ 35.000 und 2024", "de")
def test_names_are_those_read_word_by_word(text: str, lang: str | None) -> None:
    assert _names(_chunk_lines(text), lang) == _slow_names(text, lang)


def test_names_by_hand() -> None:
    text = "Die Kanzlerin traf Merz und (Takaichi.\nDort 35.000 und 35,000 Leute, 2024 und 7"
    names = _names(_chunk_lines(text), "de")
    # "Die", "Dort" open a sentence (and are stop words); "Kanzlerin" does not open one.
    assert set(names) == {"kanzlerin", "merz", "takaichi", "leute", "35000"}
    assert names["35000"] == 3.0


def _chunk_names_by_regex(chunk: str) -> tuple[tuple[str, str | None, bool], ...]:
    """A chunk's candidates as `_ChunkNames` finds them without its shortcut for a chunk of
    lower-case letters: every chunk split by the candidate pattern."""
    pieces = _CANDIDATE.split(chunk)
    found: list[tuple[str, str | None, bool]] = []
    for at, word in enumerate(pieces[1::2], 1):
        if word[0].isdigit():
            if len(word) > 1 and not (len(word) == 4 and word[:2] in ("19", "20")):
                found.append((_number(word), None, False))
        elif word[0].isupper() and len(word) > 2:
            name = profile._NAME_OF[word]
            if name is not None:
                found.append((name, word, at == 1 and not pieces[0]))
    return tuple(found)


# Lower-case, upper-case and title-case letters (ǅ), letters without case (東, א), digits of
# every kind (², ٣), and punctuation: the shortcut must fire only where the regex finds nothing.
_CHUNK_LETTERS = st.sampled_from(list("abzäößıſçéAZÄÖÜİẞǅǈ東京אΣσЖж²³٣42_-.,()„“'"))


@_SLOW
@given(st.text(alphabet=_CHUNK_LETTERS, min_size=1, max_size=12))
@example("regierung")
@example("straße")
@example("abǅc")
@example("ab²c")
def test_a_chunk_has_the_candidates_the_regex_finds(chunk: str) -> None:
    assert profile._ChunkNames()[chunk] == _chunk_names_by_regex(chunk)


def test_a_word_of_lower_case_letters_is_no_name() -> None:
    chunks = profile._ChunkNames()
    assert chunks["regierung"] == ()
    assert chunks["Regierung"] == (("regierung", "Regierung", True),)
    assert chunks["(42,"] == (("42", None, False),)


# Titles and teasers of several lines, white space of every kind at their ends, full stops.
_PART_PIECES = ["Merz", "traf", "Takaichi", "35.000", "3,5", "42", " ", "\n", "\t", "\u00a0", ".", ":", "„Tokio“", "-", "\u2028"]
_PART = st.lists(st.sampled_from(_PART_PIECES), max_size=12).map("".join)


@_SLOW
@given(_PART, _PART, _PART)
@example("Merz in Tokio", "", "Die Kanzlerin traf Merz.\n\nDort 35.000 Leute")
@example("Zwei\nZeilen ", "Teaser\n", "\nLead")
@example("", "", "Merz traf Takaichi")
def test_a_profile_reads_each_part_as_its_own_text(title: str, teaser: str, lead: str) -> None:
    """The profile splits title, teaser and lead once, for its terms and its names: each part's
    tokens are those of its own text, and the names those of the text they were read from
    before, title and teaser closed by a full stop."""
    lines, heading, teasing, leading = profile._read(title, teaser, lead)
    assert (heading, teasing, leading) == (tokens_of(title), tokens_of(teaser), tokens_of(lead))
    for lang in ("de", "en"):
        assert _names(lines, lang) == _slow_names(f"{title}.\n{teaser}.\n{lead}", lang)


def test_real_pages_read_as_their_parts() -> None:
    """The same on the committed dev-set pages' own lines: title, teaser and a lead taken
    from their text (the pages' first, second and remaining lines)."""
    pages = sorted(Path(__file__).parents[2].glob("data/devsample/*/*.txt"))
    assert len(pages) >= 20
    for page in pages:
        first, second, rest = (page.read_text(encoding="utf-8").split("\n", 2) + ["", ""])[:3]
        lines, heading, teasing, leading = profile._read(first, second, rest[:LEAD_CHARS])
        assert heading == tokens_of(first) and teasing == tokens_of(second), page.name
        assert leading == tokens_of(rest[:LEAD_CHARS]), page.name
        before = _slow_names(f"{first}.\n{second}.\n{rest[:LEAD_CHARS]}", "en")
        assert _names(lines, "en") == before, page.name
