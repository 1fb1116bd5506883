"""The shape of one candidate block: is it running prose, a headline, a name, a snippet?

Shapes are measured once per block and shared by the metadata and boilerplate rules, so no
rule re-tokenises a line. Prose is what a reader came for: sentences (terminal punctuation)
with a normal share of function words; menus, tags and headlines have neither.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from reader.core.ingest.language import (
    CJK_FUNCTION_CHARS,
    THAI_FUNCTION_WORDS,
    stop_word_share,
    words,
)
from reader.core.ingest.month_names import foreign_weekdays
from reader.core.ingest.person_shape import opens_a_phrase
from reader.core.ingest.sign_offs import signed_close

# Sentence ends, allowing a closing quote or bracket after the mark. Both are read from the end
# of the line with rstrip (a regex searched with "$" would try every position of the line).
# Besides the Latin and CJK marks: the Devanagari danda, the Arabic and Urdu question mark,
# semicolon and full stop, and the Armenian, Ethiopic, Burmese and Khmer full stops.
_SENTENCE_MARKS = ".!?…:;。！？．।॥؟؛۔։።။។"
_SENTENCE_CLOSERS = "\"”“»«'’)]」』）"
_TRUNCATION_CLOSERS = "\"”“»«'’)"
# Han and kana: scripts written without spaces, in which the score and the reader count characters.
CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A Japanese or Chinese word is about two characters long.
_CJK_CHARS_PER_WORD = 2
# Thai letters and vowel signs; a Thai word is about four of them long.
_THAI = re.compile("[\u0e01-\u0e4e]")
# Either script: most non-ASCII lines (German, French …) have neither, which one scan tells.
_UNSPACED = re.compile("[\u0e01-\u0e4e\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_THAI_CHARS_PER_WORD = 4
_ASCII_BYTES = bytes(range(128))
_NAME_PARTICLES = frozenset("von van der de den du da di del la le bin al ben mc ter zu".split())
# A name's word: a capital of any cased script (Latin with its extensions, Greek, Cyrillic,
# Armenian: "Łukasz", "Γιώργος", "Олена"), then letters, apostrophes, dots and hyphens.
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*$")
# Capitalised words that make a short line a label, not a person's name ("Press Release",
# "Author Email", "Live Updates", "Mehr Politik"): widget, section and genre words, both
# languages, lower case.
NOT_NAME_WORDS = frozenset(
    "press release releases news update updates live breaking exclusive analysis opinion "
    "editorial editorials staff author authors email e-mail copy link share follow print "
    "comments comment read more min minutes story stories video photo photos gallery podcast "
    "newsletter subscribe sign home menu search world politics business technology tech "
    "science health sport sports culture travel markets economy climate opinion lifestyle "
    "local national international europe asia africa america americas australia the a an "
    "of for and to in on at with by from your our this that all new latest top most "
    "pressemitteilung pressemeldung redaktion nachrichten politik wirtschaft kultur wissen "
    "ausland inland panorama meinung kommentar analyse eilmeldung aktuell mehr zum zur "
    "der die das und mit von im am artikel autor autorin folgen teilen lesedauer lesezeit "
    "minuten startseite sie ihr ihre ihrer ihren ihrem unser unsere unseren wir uns für über "
    "neue neues aktuelle aktuelles weitere".split()
)  # fmt: skip
# The English and German function words among NOT_NAME_WORDS: in a name written with letters
# neither language has ("Nguyễn Văn An", "Đỗ Văn To") they are given names, not articles.
_FUNCTION_WORDS = frozenset(
    "the a an of for and to in on at with by from der die das und mit im am zum zur".split()
)
# Letters beyond Latin-1: the accents English borrows with its loanwords ("Café", "José")
# and German's umlauts are all below.
_LATIN_1_END = 0xFF
_CASELESS_NAME_WORDS = 4
_CASELESS_NAME_CHARS = 30
_NAME_LIST_SPLIT = re.compile(r",\s*|\s+(?:and|und|&)\s+")
_MAX_NAMES = 5

PROSE_MIN_WORDS = 6
LONG_PROSE_WORDS = 25
STRONG_PROSE_WORDS = 15
PROSE_MIN_STOP_SHARE = 0.12
UNLISTED_SHARE = 0.25
HEADLINE_MAX_WORDS = 25


class Shape(NamedTuple):
    """Measurements of one block's text.

    A named tuple, not a frozen dataclass: a page builds one per line, and a tuple is built
    several times faster. `prose` and `strong_prose` are decided once here, since the rules
    ask them of every line several times.
    """

    n_words: int
    sentence_end: bool
    truncated: bool
    stop_share: float
    tokens: tuple[str, ...]
    # Running text: a sentence of some length, or a long line with function words.
    prose: bool
    # Prose long enough that it is almost certainly an article paragraph or a teaser.
    strong_prose: bool


def _is_prose(n_words: int, sentence_end: bool, truncated: bool, stop_share: float) -> bool:
    if truncated or stop_share < PROSE_MIN_STOP_SHARE:
        return False
    if sentence_end:
        return n_words >= PROSE_MIN_WORDS
    return n_words >= LONG_PROSE_WORDS


def measure(text: str, stops: frozenset[str], tokens: Sequence[str] | None = None) -> Shape:
    """The shape of `text`; `tokens`, if given, must be `words(text)` (read once per block)."""
    if tokens is None:
        tokens = words(text)
    n_words = len(tokens) or len(text.split())
    # Without a list for the page's language, its lines get a share typical of prose: the
    # prose test then goes by length and sentence marks alone.
    share = stop_word_share(tokens, stops) if stops else UNLISTED_SHARE
    # The cheap tests: an ASCII line (a flag, no scan) has no CJK character, and a search for
    # one stops at the first (a regex scan in C: `max(text)` built a string per character and
    # cost five times as much on a long line). A line of neither script is told by one scan.
    unspaced = not text.isascii() and _UNSPACED.search(_beyond_ascii(text)) is not None
    if unspaced and CJK.search(text):
        cjk = CJK.findall(text)
        if len(cjk) >= _CJK_CHARS_PER_WORD:
            # Unspaced script: words are counted as characters, function words as particles.
            spaced = [t for t in tokens if not CJK.search(t)]
            cjk_words = len(cjk) / _CJK_CHARS_PER_WORD
            function = sum(map(CJK_FUNCTION_CHARS.__contains__, cjk))
            n_words = len(spaced) + round(cjk_words)
            hits = function + sum(map(stops.__contains__, spaced))
            share = min(1.0, hits / max(1.0, len(spaced) + cjk_words))
    elif unspaced and _THAI.search(text):
        n_words, share = _thai_words(text, tokens, stops)
    # A story's last paragraph signed on its line ("… an. (dpa)") ends its sentence too.
    sentence_end = _ends_sentence(text) or signed_close(text) is not None
    truncated = _is_truncated(text)
    prose = _is_prose(n_words, sentence_end, truncated, share)
    strong = prose and n_words >= STRONG_PROSE_WORDS
    return Shape(n_words, sentence_end, truncated, share, tuple(tokens), prose, strong)


def _beyond_ascii(text: str) -> str:
    """The characters of `text` beyond ASCII, in order: its UTF-8 less the ASCII bytes (no
    other character has one). A few quotes or accented letters in most lines, where a
    search of the whole line for a character of another script tests every character
    (a fifth of a German line's shape, callgrind)."""
    return (
        text.encode("utf-8", "surrogatepass")
        .translate(None, _ASCII_BYTES)
        .decode("utf-8", "surrogatepass")
    )


def _thai_words(text: str, tokens: Sequence[str], stops: frozenset[str]) -> tuple[int, float]:
    """Word count and function-word share of a line with Thai in it: Thai words are counted by
    their characters and function words where they occur (Thai puts no spaces between words),
    the words of other scripts as usual."""
    thai = len(_THAI.findall(text))
    if thai < _THAI_CHARS_PER_WORD:
        return len(tokens) or len(text.split()), stop_word_share(tokens, stops)
    spaced = [t for t in tokens if not _THAI.search(t)]
    thai_words = thai / _THAI_CHARS_PER_WORD
    hits = sum(map(text.count, THAI_FUNCTION_WORDS)) + sum(map(stops.__contains__, spaced))
    return len(spaced) + round(thai_words), min(1.0, hits / (len(spaced) + thai_words))


def _ends_sentence(text: str) -> bool:
    """A sentence mark, then nothing but closing quotes or brackets ("…end.”)")."""
    text = text[:-1] if text.endswith("\n") else text  # as "$" would allow
    rest = text.rstrip(_SENTENCE_CLOSERS)
    return bool(rest) and rest[-1] in _SENTENCE_MARKS


def _is_truncated(text: str) -> bool:
    """An ellipsis, then nothing but closing quotes or brackets ("…said …”")."""
    text = text[:-1] if text.endswith("\n") else text
    return text.rstrip(_TRUNCATION_CLOSERS).endswith(("...", "…"))


def is_headline(text: str, shape: Shape) -> bool:
    """Heading or title shape: short, starts like a heading, no full stop at the end."""
    return headline_shaped(text, shape.n_words)


def headline_shaped(text: str, n_words: int) -> bool:
    """`is_headline` from the line's word count alone (for callers that cache by it)."""
    if not 1 <= n_words <= HEADLINE_MAX_WORDS or len(text) > 220:
        return False
    first = text[0]
    # Spanish opens a question or an exclamation with its own mark ("¿Por qué …?").
    if not (first.isupper() or first.isdigit() or first in "\"„“‘'»«¿¡"):
        return False
    return not text.endswith((".", ",", ";", ":", "…"))


@lru_cache(maxsize=8192)  # asked of the same candidate line by several rules
def is_person_name(text: str) -> bool:
    """Two to four capitalised words and particles ("Nicole Bastian", "Ursula von der Leyen"),
    not a phrase of words ("Übersicht Start", "Fröhliche Weihnachten", "Financial Calendar")."""
    parts = text.split()
    if not 1 <= len(parts) <= 5 or len(text) > 50:
        return False
    words = []
    foreign = _beyond_english_german(text)
    for part in parts:
        lower = part.lower()
        # "von", "de", "bin" are particles in lower case; capitalised, "Ben" is a first name.
        if lower == part and lower in _NAME_PARTICLES:
            continue
        if not part[0].isupper() or not _NAME_WORD.match(part) or any(map(str.isdigit, part)):
            return False
        if lower in NOT_NAME_WORDS and not (foreign and lower in _FUNCTION_WORDS):
            return False
        words.append(part)
    if not 2 <= len(words) <= 4 or opens_a_phrase(words):
        return False
    # A weekday of two words ("Thứ Sáu") is no name. Such weekdays have letters beyond Latin-1
    # (`foreign`): other names are not held up by loading calendar data (0.3 s once a worker).
    return len(words) > 2 or not foreign or text.lower() not in foreign_weekdays()


def _beyond_english_german(text: str) -> bool:
    """The text has a letter that neither English nor German writes, nor English borrows
    ("ễ", "ă", "đ", "ł"; not "é" or "ü")."""
    return not text.isascii() and any(ord(ch) > _LATIN_1_END and ch.isalpha() for ch in text)


def is_caseless_name(text: str) -> bool:
    """One to four words of a script without capitals (Arabic, Hebrew, Devanagari, Thai,
    Chinese: "أحمد المصري", "राहुल शर्मा", "王晓明"), letters and their vowel signs only: a
    person's name after a lead word ("كتب:", "रिपोर्ट:"), where `is_person_name` has no capitals
    to go by. Without the lead word no evidence: a menu's "من نحن" has the same shape."""
    parts = text.split()
    if not 1 <= len(parts) <= _CASELESS_NAME_WORDS or len(text) > _CASELESS_NAME_CHARS:
        return False
    first = text[0]
    if not first.isalpha() or first.isupper() or first.islower():
        return False
    return all(ch.isalpha() or unicodedata.category(ch)[0] == "M" for ch in text if ch != " ")


@lru_cache(maxsize=4096)  # names recur on a site's pages, as bylines do (see `clean_byline`)
def is_name_list(text: str) -> bool:
    """One to five person names joined by commas, "and", "und" or "&" ("A B and C D")."""
    if len(text) > 120:
        return False
    names = [n for n in _NAME_LIST_SPLIT.split(text) if n]
    return 1 <= len(names) <= _MAX_NAMES and all(is_person_name(n) for n in names)
