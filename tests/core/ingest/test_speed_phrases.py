"""The fast paths of `section_ends` and `cookie_banners` answer as the slow paths they skip.

`is_section_end` rules out an ASCII line by how it begins before trying `SECTION_ENDS`, and
`is_cookie_banner` finds the other languages' cookie words with `in` tests, not a regex; the
references below are the slow paths as they were written before.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.ingest import (
    cookie_banners,
    label_noise,
    phrase_tables_intl,
    phrases,
    section_ends,
)

_ALTERNATIVES = section_ends._SECTION_END_PHRASES + phrase_tables_intl.SECTION_ENDS
_COOKIE_WORD_REGEX = re.compile("|".join(map(re.escape, phrase_tables_intl.COOKIE_WORDS)))


def _section_end_slow(text: str) -> bool:
    """`is_section_end` without the pre-test: the regex on every short line."""
    if len(text) > phrases.MAX_LABEL_CHARS:
        return False
    if phrases.SECTION_ENDS.fullmatch(label_noise.strip_trailing_noise(text)) is not None:
        return True
    return (
        text[:1] == "A"
        and len(text.split()) <= section_ends._ABOUT_MAX_WORDS
        and section_ends._ABOUT_COMPANY.fullmatch(text.rstrip(":")) is not None
    )


@pytest.mark.parametrize("phrase", _ALTERNATIVES)
@settings(deadline=None, max_examples=30)
@given(data=st.data())
def test_every_ascii_spelling_of_a_section_end_passes_the_pre_test(
    phrase: str, data: st.DataObject
) -> None:
    """Any ASCII line an alternative matches (any case, "ı" as "I") begins with a listed start."""
    line = data.draw(st.from_regex(re.compile(phrase, re.IGNORECASE), fullmatch=True))
    if line.isascii():
        assert section_ends._may_end_section(line), line


# Gold from reading: section ends (with counts and trailing noise) and ordinary short lines.
_LINES = [
    ("Comments", True), ("12 Comments", True), ("Kommentare (3)", True), ("Leave a Reply", True),
    ("JOIN THE CONVERSATION", True), ("Schreibe einen Kommentar", True), ("See also", True),
    ("References:", True), ("Einzelnachweise", True), ("Written by Anna Berger", True),
    ("About the Authors", True), ("Forward-Looking Statements", True),
    ("Cautionary Note Regarding Forward-Looking Statements", True), ("Safe Harbor Statement", True),
    ("Media Contact:", True), ("Press inquiries", True), ("Contact: press@example.com", True),
    ("Yazar hakkinda", True), ("YAZAR HAKKINDA", True), ("Om forfatteren", True),
    ("Over de auteur", True), ("Sull'autore", True), ("Przypisy", True), ("Bibliografia", True),
    ("Über den Autor", True), ("Fußnoten", True), ("Références", True), ("ſee alſo", True),
    ("About Northwind Logistics", True), ("ABOUT ACME INC.", True),
    ("The comments are closed", False), ("Notes from the field", False), ("Media", False),
    ("Special report", False), ("In other news", False), ("A new contact", False),
    ("About a boy who left", False), ("Sources say the deal is off", False), ("", False),
    ("Kommentar von Anna Berger", False), ("Weitere Artikel", False),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), _LINES)
def test_section_end_lines(line: str, expected: bool) -> None:
    assert phrases.is_section_end(line) is expected
    assert _section_end_slow(line) is expected


@settings(deadline=None, max_examples=150)
@given(
    st.text(alphabet=st.characters(max_codepoint=0x17F), max_size=70)
    | st.sampled_from(_LINES).map(lambda pair: pair[0])
)
def test_section_end_agrees_with_the_regex_alone(line: str) -> None:
    assert phrases.is_section_end(line) == _section_end_slow(line)


_COOKIE_LINES = [
    "używamy ciasteczek, aby zgodnie z prawem", "bu sitede çerezler kullanılmaktadır",
    "мы используем куки", "本网站使用クッキー", "쿠키 사용에 동의합니다", "nous utilisons des témoins",
    "wir verwenden keine kekse", "", "ciasteczka", "عن الكوكيز",
]  # fmt: skip


_COOKIE_PIECES = phrase_tables_intl.COOKIE_WORDS + phrase_tables_intl.COOKIE_CONSENT + ("é", " ")


@settings(deadline=None, max_examples=300)
@given(
    st.sampled_from(_COOKIE_LINES)
    | st.builds("".join, st.lists(st.sampled_from(_COOKIE_PIECES) | st.text(max_size=3)))
    | st.text()
)
def test_cookie_words_found_as_by_the_regex(lower: str) -> None:
    """Lines without "cookie": a banner exactly when the regex of the cookie words finds one."""
    if "cookie" in lower:
        return  # the English and German branch, not changed
    expected = bool(_COOKIE_WORD_REGEX.search(lower) and cookie_banners._COOKIE_CONSENT_INTL.search(lower))
    assert phrases.is_cookie_banner(lower) is expected


def test_cookie_banners_in_other_languages() -> None:
    assert phrases.is_cookie_banner("serwis korzysta z plików ciasteczka")
    assert phrases.is_cookie_banner("мы используем куки")
    assert not phrases.is_cookie_banner("ciasteczka z czekoladą")
