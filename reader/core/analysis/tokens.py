"""How words are analysed for search: tokens, umlaut folding, Snowball stems, compound parts.

The index and the snippet marker both call these functions, so what FTS5 matches and what a
snippet marks can never drift apart. Tokens follow FTS5's unicode61 tokenizer (runs of letters
and digits); a word is folded (lower case, ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped) and
then stemmed with the source language's Snowball stemmer, so "Müller" and "Mueller", "Erde"
and "Erden" share a term.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from itertools import chain

import Stemmer

# Runs of letters and digits: what unicode61 keeps as one token (it splits on "_", "-", "'").
TOKEN = re.compile(r"[^\W_]+")
# Tokens and the separators between them, alternating: the whole text, piece by piece.
PIECES = re.compile(r"[^\W_]+|[\W_]+")

# Punctuation that ends or starts a word: none of it is part of a token (see `stems_of`).
_EDGE_PUNCTUATION = ".,;:!?\"'()[]{}…“”„»«‘’‚‹›-–—/*"

# Stemmers by ISO 639-1 code; a source in another language (or none) is only folded.
_ALGORITHMS = {"de": "german", "en": "english"}
STEMMED_LANGUAGES = tuple(_ALGORITHMS)

# German compounds are found by their parts (see `reader.core.analysis.terms.part_keys`). A part
# is at least this long, so "Erde" never splits off "Pferde" and short stems are never
# treated as compounds.
MIN_PART = 4
MIN_COMPOUND = 2 * MIN_PART

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_CACHE_LIMIT = 200_000


def fold(word: str) -> str:
    """Lower case with umlauts spelled out and other accents dropped ("Müller" → "mueller").

    A word that is ASCII once lower-cased (most words, even German ones) holds no umlaut to
    spell out: it is returned before `str.translate`, which looks each of its distinct
    characters up in the umlaut table (some 0.6 µs a word, ten times the `lower`)."""
    lower = word.lower()
    if lower.isascii():
        return lower
    folded = lower.translate(_UMLAUTS)
    if folded.isascii():
        return folded
    bare = "".join(
        c for c in unicodedata.normalize("NFKD", folded) if c.isalnum() and not unicodedata.combining(c)
    )
    return bare or folded


def language_key(lang: str | None) -> str | None:
    """The stemmer language for a source's `lang` ("de-AT" → "de"); None when we have none."""
    key = (lang or "")[:2].lower()
    return key if key in _ALGORITHMS else None


class _Stems(dict[str, str]):
    """word → its folded stem; a word not seen before is folded and stemmed as it is looked
    up (`__missing__`), so a look-up of a known word never leaves C."""

    __slots__ = ("_stem_word",)

    def __init__(self, stem_word: Callable[[str], str] | None) -> None:
        super().__init__()
        self._stem_word = stem_word

    def __missing__(self, word: str) -> str:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        folded = fold(word)
        stem = self[word] = self._stem_word(folded) if self._stem_word else folded
        return stem


class _ChunkStems(dict[str, tuple[str, ...]]):
    """White-space separated chunk → the stems of its tokens ("Müller," → ("mueller",)),
    analysed as it is first looked up, like `_Stems`."""

    __slots__ = ("_stem",)

    def __init__(self, stem: Callable[[str], str]) -> None:
        super().__init__()
        self._stem = stem

    def __missing__(self, chunk: str) -> tuple[str, ...]:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        # The chunk's tokens as `tokens_of` found them: a chunk new to this analyser has mostly
        # been read already, for another language's analyser or a story profile.
        found = self[chunk] = tuple(map(self._stem, _CHUNK_TOKENS[chunk]))
        return found


class _ChunkTokens(dict[str, tuple[str, ...]]):
    """White-space separated chunk → its tokens ("(Merz," → ("Merz",)), found as it is first
    looked up, like `_Stems`. Shared by `tokens_of` and every analyser's `stems_of`, so a chunk
    is tokenised once in a process, whoever reads it first."""

    __slots__ = ()

    def __missing__(self, chunk: str) -> tuple[str, ...]:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        # Most chunks are one word, perhaps with punctuation at its edges ("Müller,"): then
        # that word is the chunk's one token, and no regex is needed (the edges are no letters
        # or digits, and `str.isalnum` is what the regex's [^\W_] matches).
        core = chunk.strip(_EDGE_PUNCTUATION)
        found = self[chunk] = (core,) if core.isalnum() else tuple(TOKEN.findall(chunk))
        return found


_CHUNK_TOKENS = _ChunkTokens()


def tokens_of(text: str) -> list[str]:
    """`TOKEN.findall(text)`, read by white-space chunks as `Analyser.stems_of` reads: no token
    spans white space, so the tokens of the text are those of its chunks in order, and a chunk
    seen before is a look-up in C. The regex over a story profile's lead, title and teaser
    (1,700 characters) cost 0.55 M instructions, the split and look-ups 0.34 M.
    """
    return chunk_tokens(text.split())


def chunk_tokens(chunks: Iterable[str]) -> list[str]:
    """The tokens of white-space separated chunks, in order (`tokens_of` of the text they were
    split from): for a caller that has split the text already for a reading of its own, as the
    story profile reads its names from the same chunks."""
    return list(chain.from_iterable(map(_CHUNK_TOKENS.__getitem__, chunks)))


class Analyser:
    """Folds and stems words for one language, remembering words it has seen.

    News text repeats its vocabulary, so a cache makes analysing an article mostly dictionary
    look-ups; that is what keeps indexing an article well under a millisecond.
    """

    def __init__(self, lang: str | None) -> None:
        algorithm = _ALGORITHMS.get(lang or "")
        # PyStemmer's own cache is turned off (size 0): `_Stems` hands it each word once, and
        # a cache that never hits only costs (a new word's stem took 1.19 µs with it, 0.62
        # without; the same stems, the algorithm is a pure function of the word).
        stemmer = Stemmer.Stemmer(algorithm, 0) if algorithm else None
        self.splits = lang == "de"
        stems = _Stems(stemmer.stemWord if stemmer else None)
        # The stem of a word: a dictionary look-up once the word has been seen.
        self.stem: Callable[[str], str] = stems.__getitem__
        # The cached stem of a word seen before, or None (callers that only ask).
        self.known_stem = stems.get
        # Stems of each white-space separated chunk of text: see `stems_of`. Chunks repeat
        # across articles nearly as much as words do.
        self._chunk_stems = _ChunkStems(self.stem).__getitem__

    def stems_of(self, text: str) -> list[str]:
        """One stem per token of `text`, in order (what `stems` returns).

        For speed the text is read by white-space chunks, not by tokens: no token spans white
        space (a white-space character is never a letter or digit), so the tokens of the text
        are those of its chunks in order. `str.split` and a dictionary look-up per chunk run in
        C; only a chunk never seen before costs the regex and Python calls (TOKEN.findall over
        a whole article took half of its analysis).
        """
        return list(chain.from_iterable(map(self._chunk_stems, text.split())))


_ANALYSERS: dict[str | None, Analyser] = {}


def analyser(lang: str | None) -> Analyser:
    """The shared analyser for a source language (see `language_key`)."""
    key = language_key(lang)
    found = _ANALYSERS.get(key)
    if found is None:
        found = _ANALYSERS[key] = Analyser(key)
    return found


def stems(text: str, lang: str | None) -> list[str]:
    """One folded stem per token of `text`, in order."""
    return analyser(lang).stems_of(text)
