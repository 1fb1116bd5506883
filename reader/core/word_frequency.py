"""Word frequencies (wordfreq's Zipf scale) without importing wordfreq for plain words.

Importing wordfreq loads its tokenizer (langcodes, and the `regex` module's large patterns):
0.11 s of CPU, which an import paid on one core before its workers fork although the importer
only ever looks words up in wordfreq's tables. The tables are files in wordfreq's data folder,
read here as wordfreq reads them (`read_cBpack`, `get_frequency_dict`): the same dict, without
the import. `zipf_frequency` runs the full tokenizer for each word besides, which the entity
rules, asking about every capitalised word and 40,000 city names, paid most of their start
for. Lower-case words of Latin letters, joined by spaces or hyphens, are their own tokens (and
so, its apostrophe straightened, is an English "today's"), so their frequency is a look-up per
word in the same table, combined and rounded as wordfreq does; anything else (digits, "l'arc",
"ß", which the tokenizer folds to "ss", other scripts), and a language or list the data folder
has no file for under that name, still goes through wordfreq itself.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import re
from functools import cache, lru_cache
from pathlib import Path
from types import ModuleType

from reader.core.data_files import WORDFREQ_TABLES

# Characters that end a token and are none (Unicode's word breaks on both sides, punctuation).
_SPLIT = re.compile(r"[ \-/!?()]")
# An English possessive or contraction ("today's", "women’s", "don't") is one token, its
# apostrophe straightened; a trailing apostrophe ("readers'") is no part of the token. Three
# letters before the apostrophe, or a consonant after it ("i'm"): after one or two, wordfreq
# splits off a French elision when a vowel (or "h") follows ("l'arc"). ASCII letters only, as
# the proof (the tests) covers.
_APOSTROPHE = re.compile(r"([a-z]{3,}|[a-z]{1,2}(?!['’][aehiouy]))['’]([a-z]+)|([a-z]+)['’]")
# A dot between letters joins them too ("nj.com", "kath.net").
_DOTTED = re.compile(r"[a-z]+(?:\.[a-z]+)+")
# `zipf_frequency`'s default minimum (Zipf 0) as a frequency: what an unknown word gets.
_MINIMUM = 1e-9


@cache
def _wordfreq() -> ModuleType:
    """wordfreq, imported on the first question the tables cannot answer."""
    import wordfreq

    return wordfreq


@cache
def table(lang: str, wordlist: str = "best") -> dict[str, float]:
    """`wordfreq.get_frequency_dict(lang, wordlist)`: word → frequency, read once. Only the
    tables `data_files.WORDFREQ_TABLES` lists (a region, "en-GB", reads its language's), which
    the frozen build ships: another fails here as it would there."""
    _check_listed(lang, wordlist)
    path = data_file(lang, wordlist)
    if path is None:
        return dict(_wordfreq().get_frequency_dict(lang, wordlist))
    import msgpack

    with gzip.open(path, "rb") as infile:
        data = msgpack.load(infile, raw=False)
    _check_header(data[0])
    freqs: dict[str, float] = {}
    for index, bucket in enumerate(data[1:]):  # bucket i: the words at -i centibels
        freq = 10 ** (-index / 100)
        for word in bucket:
            freqs[word] = freq
    return freqs


@cache
def common_words(lang: str, floor: float) -> dict[str, float]:
    """The words of `table(lang)` whose Zipf frequency is `floor` or more, each with it.

    The file holds the words most common first, so only its first buckets are read: German's
    85,000 words of Zipf 2.5 or more took 0.03 s, its whole table 0.23 s — which "Did you mean"
    would otherwise pay on the window's thread the first time it asks."""
    _check_listed(lang, "best")
    path = data_file(lang, "best")
    if path is None:
        zipfs = ((word, round(math.log10(freq) + 9, 2)) for word, freq in table(lang).items())
        return {word: value for word, value in zipfs if value >= floor}
    import msgpack

    words: dict[str, float] = {}
    with gzip.open(path, "rb") as infile:
        unpacker = msgpack.Unpacker(infile, raw=False)
        buckets = unpacker.read_array_header() - 1
        _check_header(unpacker.unpack())
        for index in range(min(buckets, math.floor(round((9 - floor) * 100, 6)) + 1)):
            value = round(9 - index / 100, 2)  # bucket i: Zipf 9 - i/100
            for word in unpacker.unpack():
                words[word] = value
    return words


def _check_listed(lang: str, wordlist: str) -> None:
    if lang.split("-")[0] not in WORDFREQ_TABLES.get(wordlist, ()):
        raise ValueError(f"no {wordlist!r} table for {lang!r}: add it to data_files.WORDFREQ_TABLES")


def _check_header(header: object) -> None:
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"Unexpected header: {header!r}")


def data_file(lang: str, wordlist: str) -> Path | None:
    """The file wordfreq reads for an exact language code, None for anything it would have to
    match (a region, an alias) or a list name it does not store."""
    spec = importlib.util.find_spec("wordfreq")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    names = ("large", "small") if wordlist == "best" else (wordlist,)
    for name in names:
        path = folder / f"{name}_{lang}.msgpack.gz"
        if path.is_file():
            return path
    return None


# How many words each per-word look-up of the entity rules remembers across texts: this
# module's `zipf` and every bounded cache of reader/core/entities (the word's bare form, its
# place, whether it is a German word, an everyday word, a first name …). What they save is a
# text asking the same word again and again, which a few thousand hold: on the entity texts
# and the benchmark's pages 4,096 cost the CPU 65,536 did. Filled with 66,000 distinct words,
# as a large library's indexing leaves them, the twenty-one at 65,536 (one at 16,384) held
# about 170 MB traced, kept by the window for good; at 4,096 about 12 MB.
WORDS_REMEMBERED = 4096


@lru_cache(maxsize=WORDS_REMEMBERED)
def zipf(word: str, lang: str, wordlist: str = "best") -> float:
    """`wordfreq.zipf_frequency(word, lang, wordlist)`, the same value, faster for plain words."""
    tokens = [_token(part) for part in _SPLIT.split(word) if part]
    freqs = table(lang, wordlist)
    if None in tokens:
        if any(token is not None and token not in freqs for token in tokens):
            return 0.0  # a token wordfreq does not know makes the whole unknown, as in wordfreq
        return float(_wordfreq().zipf_frequency(word, lang, wordlist))
    if not tokens:
        return 0.0  # punctuation alone: wordfreq finds no token
    one_over = 0.0
    for token in tokens:
        freq = freqs.get(token)  # type: ignore[arg-type]
        if not freq:
            return 0.0
        one_over += 1.0 / freq  # several words: wordfreq's 1/f = 1/f1 + 1/f2 + …
    freq = max(1.0 / one_over, _MINIMUM)
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)  # wordfreq: 3 significant digits
    return round(math.log(freq, 10) + 9, 2)


def _token(part: str) -> str | None:
    """The token wordfreq looks a word up as, None for a word only its tokenizer can tell."""
    if _plain(part) or _DOTTED.fullmatch(part):
        return part
    found = _APOSTROPHE.fullmatch(part)
    if found is None:
        return None
    return found[3] or f"{found[1]}'{found[2]}"


def _plain(word: str) -> bool:
    if word.isascii():
        return word.isalpha() and word.islower()
    return (
        word.isalpha() and word.islower() and word.casefold() == word
        and all(ord(c) < 0x250 for c in word)
    )  # fmt: skip
