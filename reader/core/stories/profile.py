"""What of an article tells which event it reports: its weighted terms, its names, its day.

Two outlets on the same summit share few sentences but many specific words and names (the
people, the place, the figures) and the date. A profile keeps exactly that, computed once on
import and stored, so grouping never re-reads article text: the folded Snowball stems of the
title, teaser and lead (stop words dropped, title and teaser counted extra), and the "names" —
words written with a capital inside a sentence, and numbers — folded but not stemmed, which
is what survives translation ("Trump", "Takaichi", "550"), so a German and an English report
of one event still meet.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import chain, compress
from json.encoder import encode_basestring
from operator import add, itemgetter
from sys import intern
from typing import Any

from stop_words import get_stop_words

from reader.core.analysis import analyser, chunk_tokens, fold, stems
from reader.core.word_frequency import table

# The lead carries the event: who, what, where, when. Reading further mostly adds background
# that related but different events share.
LEAD_CHARS = 1500
MAX_TERMS = 80
MAX_NAMES = 60
TITLE_WEIGHT = 3
TEASER_WEIGHT = 2

# Words and figures ("35.000", "3,5") that may be names.
# One group, so `re.split` returns the candidates along with the text between them.
_CANDIDATE = re.compile(r"([^\W\d_][^\W_]*|[0-9]+(?:[.,][0-9]+)*)")
# A word starts a sentence (where a capital says nothing) when it opens a line, or follows
# white space after one of these.
_SENTENCE_END = frozenset('.!?:…"“”„»«')


@dataclass(frozen=True, slots=True)
class Profile:
    """One source's evidence for grouping: `day` is the publication date's ordinal, or None;
    `lang` the article's language ("de", "en"), None where not known (also in profiles stored
    before it was kept): terms compare within one language only, names across languages."""

    source_id: int
    day: int | None
    terms: dict[str, float]
    names: dict[str, float]
    lang: str | None = None

    def to_json(self) -> str:
        """`json.dumps({"t": terms, "n": names, "l": lang}, ensure_ascii=False)`, "l" only with
        a language, written from cached pieces (see `_JsonWeights`)."""
        lang = f', "l": {encode_basestring(self.lang)}' if self.lang else ""
        return f'{{"t": {_json_object(self.terms)}, "n": {_json_object(self.names)}{lang}}}'

    @classmethod
    def from_json(cls, source_id: int, day: int | None, text: str) -> Profile:
        data = _DECODER.decode(text)
        return cls(source_id, day, data["t"], data["n"], data.get("l"))


class _JsonWeights(dict[float, str]):
    """Weight → '": ' and its JSON text (the closing quote of the key before it), worked out as
    it is first looked up. A profile's JSON is some 140 keys and weights, and writing a float
    (its shortest round-trip repr) is slow, but the weights are a few hundred rounded values,
    so nearly every one is a look-up in C."""

    __slots__ = ()

    def __missing__(self, weight: float) -> str:
        if len(self) >= 1 << 16:
            self.clear()
        found = self[weight] = '": ' + (repr(weight) if math.isfinite(weight) else json.dumps(weight))
        return found


_JSON_WEIGHT = _JsonWeights()
_FLOAT = {float}


def _json_object(data: dict[str, float]) -> str:
    """`json.dumps(data, ensure_ascii=False)` of a dict of str → float. A profile's keys are
    stems, folded words and figures, which JSON writes as they are between quotes: json's
    string encoder, asked once of all keys joined, says so (an escape would make it longer),
    and then each key is only put between quotes, where it was encoded one by one (a sixth of
    the JSON's time). Anything else goes to `json.dumps` itself: 2 and 2.0 are one key of the
    weights' cache, but "2" and "2.0" in JSON; a key that is no string raises TypeError."""
    if _FLOAT.issuperset(map(type, data.values())):
        try:
            keys = "".join(data)
        except TypeError:
            pass
        else:
            if len(encode_basestring(keys)) == len(keys) + 2:
                pairs = map(add, data, map(_JSON_WEIGHT.__getitem__, data.values()))
                return '{"' + ', "'.join(pairs) + "}" if data else "{}"
    return json.dumps(data, ensure_ascii=False)


def profile_keys(text: str) -> tuple[Iterable[str], Iterable[str]]:
    """The terms and names of a stored profile, weights aside: what the library's term weights
    are counted from. Decoded plainly, a third faster than a whole profile: a small import
    into a large library counts every profile but keeps none of them."""
    data = json.loads(text)
    return data["t"].keys(), data["n"].keys()


def _shared(data: dict[str, Any]) -> dict[str, Any]:
    """A decoded JSON object whose keys and weights are the ones other profiles already use.

    Grouping holds every profile of an import at once; 10,000 profiles decoded plainly took
    113 MB, a fresh string and float per term, though the terms are a few thousand everyday
    stems and the weights a thousand rounded values. Shared, they take 28 MB.
    """
    return {intern(k): _FLOATS.setdefault(v, v) if type(v) is float else v for k, v in data.items()}


_FLOATS: dict[float, float] = {}
_DECODER = json.JSONDecoder(object_hook=_shared)


def day_of(published: str | None) -> int | None:
    """The ordinal of a publication date ("2025-10-28…"), None without a full date."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


# Zipf value assumed for a word wordfreq's small list does not have (it lists words down to
# about Zipf 3): rare, like most names.
UNLISTED_ZIPF = 1.0


class _Rarity(dict[str, float]):
    """word → how telling it is in general language, 1 (everyday) to 4 (rarely seen in print).

    The library's own document frequencies cannot tell that "Regierung" is common and
    "Takaichi" rare while the library holds five articles about Japan; the word frequencies of
    wordfreq (its small lists, bundled with the package, loaded once: 0.4 s) can. Worked out
    as a word is first looked up: an import asks for the same everyday words thousands of
    times, and a look-up of a word seen before never leaves C.
    """

    __slots__ = ("_frequency",)

    def __init__(self, lang: str) -> None:
        super().__init__()
        # wordfreq's small list, read without importing wordfreq (`word_frequency`)
        self._frequency = table(lang, "small").get

    def __missing__(self, word: str) -> float:
        if len(self) >= 1 << 16:
            self.clear()
        frequency = self._frequency(word.lower(), 0.0)
        zipf = math.log10(frequency) + 9 if frequency else UNLISTED_ZIPF
        found = self[word] = round(1 + 3 * max(0.0, min(1.0, (6 - zipf) / 5)), 2)
        return found


@cache
def _rarities(lang: str) -> _Rarity:
    return _Rarity(lang)


@cache
def stop_words() -> frozenset[str]:
    words = set(get_stop_words("de")) | set(get_stop_words("en"))
    return frozenset({fold(w) for w in words} | {s for w in words for s in stems(w, "de")})


def load_word_lists() -> None:
    """Load what `make_profile` otherwise loads on its first call: the stop words and both
    languages' word frequencies (0.1 s of CPU). For a process that forks workers, so that each
    starts with them instead of loading its own."""
    stop_words()
    for lang in ("en", "de"):
        _rarities(lang)


def make_profile(
    source_id: int,
    title: str,
    teaser: str | None,
    text: str,
    lang: str | None,
    published: str | None,
) -> Profile:
    """The profile of one article from its metadata and reading text.

    Written for the parsing workers, where it runs once per imported file: the loops over
    every word run in C (`chunk_tokens`, `map` over the analyser's cached stems, `Counter`),
    and only the few dozen terms and names kept are handled one by one in Python.
    """
    stem_of = analyser(lang).stem
    rare = _rarities("en" if lang == "en" else "de")
    lines, heading, teasing, lead = _read(title, teaser or "", text[:LEAD_CHARS])
    words = heading + teasing + lead
    stems_found = list(map(stem_of, words))
    title_stems = stems_found[: len(heading)]
    teaser_stems = stems_found[len(heading) : len(heading) + len(teasing)]
    # Title and teaser counted TITLE_WEIGHT and TEASER_WEIGHT times over by repeating them, so
    # the counting runs in C; stems first met in the title come first, as do their counts.
    counts = Counter(chain(
        *([title_stems] * TITLE_WEIGHT), *([teaser_stems] * TEASER_WEIGHT), stems_found[len(heading) + len(teasing) :]
    ))  # fmt: skip
    # Each stem's first spelling (what its general rarity is looked up by): built backwards,
    # so the first occurrence is the one that stays.
    surface = dict(zip(reversed(stems_found), reversed(words), strict=True))
    kept = compress(counts.items(), map(_KEEP.__getitem__, counts))
    # Counter.most_common's order: by count, ties in first-seen order (sorting is stable).
    common = sorted(kept, key=itemgetter(1), reverse=True)[: MAX_TERMS * 2]
    terms = {t: _WEIGHT[c, rare[surface[t]]] for t, c in common}
    top = dict(sorted(terms.items(), key=itemgetter(1), reverse=True)[:MAX_TERMS])
    names = _names(lines, lang)
    return Profile(source_id, day_of(published), top, names, (lang or "")[:2].lower() or None)


def _read(title: str, teaser: str, lead: str) -> tuple[list[list[str]], list[str], list[str], list[str]]:
    """Title, teaser and lead, each on lines of its own, as lines of white-space chunks (what
    `_names` reads), and the tokens of each part taken from those chunks: the text is split
    once for the terms and the names alike (each split it again: 5 % of a profile). A line
    break splits chunks as any white space does, so each part's tokens are `tokens_of` its
    own text. (The names were read with a full stop after title and teaser; it changes no
    candidate of the chunk it closes and opens no sentence on the line it ends, but made the
    title's last chunk one no cache had seen.)"""
    lines = _chunk_lines(f"{title}\n{teaser}\n{lead}")
    after_title = title.count("\n") + 1
    after_teaser = after_title + teaser.count("\n") + 1
    return (
        lines,
        chunk_tokens(chain.from_iterable(lines[:after_title])),
        chunk_tokens(chain.from_iterable(lines[after_title:after_teaser])),
        chunk_tokens(chain.from_iterable(lines[after_teaser:])),
    )


class _Keep(dict[str, bool]):
    """Stem → whether it may be a term: three letters or more, no stop word, not a bare
    number. Stems repeat from article to article, so each is tested once and then looked up
    in C for every occurrence (`map` over a profile's stems)."""

    __slots__ = ()

    def __missing__(self, stem: str) -> bool:
        if len(self) >= 1 << 16:
            self.clear()
        found = self[stem] = not (len(stem) < 3 or stem in stop_words() or stem.isdigit())
        return found


_KEEP = _Keep()


class _Weight(dict[tuple[int, float], float]):
    """(count, rarity) → a term's weight, (1 + ln count) × rarity, rounded: a few hundred
    pairs make up every profile's weights, so each is worked out once."""

    __slots__ = ()

    def __missing__(self, key: tuple[int, float]) -> float:
        count, rarity = key
        found = self[key] = round((1 + math.log(count)) * rarity, 3)
        return found


_WEIGHT = _Weight()


def _chunk_lines(text: str) -> list[list[str]]:
    """Each line of `text` as its white-space chunks (`str.split`, in C): what `_names` reads."""
    return list(map(str.split, text.split("\n")))


def _names(lines: list[list[str]], lang: str | None) -> dict[str, float]:
    """Capitalised words inside sentences, and numbers of two or more digits, folded, each
    with its rarity (numbers count as rare: a figure is the most specific thing a report has).

    The text comes as its lines' white-space chunks (`_chunk_lines`), each chunk's candidates
    looked up in `_CHUNK_NAMES`: no candidate spans white space, so they are those of the
    whole text, in order, and chunks repeat across articles as words do. The look-up has settled what does
    not depend on the text around a chunk (a number's spelling, a word's folded name, stop
    words and years left out), so only chunks holding a candidate that may count, a fifth of
    them or fewer, are looked at one by one, for whether a word opens a sentence. (A regex
    split of the whole lead and a second regex for where sentences start cost a third of a
    worker's story profile.)
    """
    rarities = _rarities("en" if lang == "en" else "de")
    counts: dict[str, int] = {}
    rare: dict[str, float] = {}
    for chunks in lines:
        found = list(map(_CHUNK_NAMES.__getitem__, chunks))
        for k in compress(range(len(chunks)), found):
            for key, word, opens_chunk in found[k]:
                if word is None:  # a number
                    counts[key] = counts.get(key, 0) + 1
                    rare[key] = 3.0
                elif not (opens_chunk and (k == 0 or chunks[k - 1][-1] in _SENTENCE_END)):
                    counts[key] = counts.get(key, 0) + 1
                    if key not in rare:
                        rare[key] = rarities[word]
    # Rarest first, then most frequent, then by name: sorted by name, then stably by the
    # other two (in C, where one key function per name ran in Python).
    top = sorted(counts)
    top.sort(key=counts.__getitem__, reverse=True)
    top.sort(key=rare.__getitem__, reverse=True)
    return {name: rare[name] for name in top[:MAX_NAMES]}


class _ChunkNames(dict[str, tuple[tuple[str, str | None, bool], ...]]):
    """White-space separated chunk → its candidates that may count, in order: for a number of
    two or more digits that is no year, (its spelling in both languages, None, False); for a
    capitalised word of three letters or more that is no stop word, (its folded name, the
    word, whether it opens the chunk: "(Merz" has "Merz", not opening it). () for a chunk with
    none. Worked out as a chunk is first looked up, like `_NameOf`."""

    __slots__ = ()

    def __missing__(self, chunk: str) -> tuple[tuple[str, str | None, bool], ...]:
        if len(self) >= 1 << 16:
            self.clear()
        if chunk.isalpha() and chunk.islower():
            # Letters alone, none a capital (`islower`: no upper- or title-case letter) and
            # none a digit (no letter is one): no candidate, and no regex split. Most of a
            # real page's words new to the cache are such ("regierung", "announced").
            self[chunk] = ()
            return ()
        pieces = _CANDIDATE.split(chunk)
        found: list[tuple[str, str | None, bool]] = []
        for at, word in enumerate(pieces[1::2], 1):
            if not _CAN_NAME[word[0]]:
                continue
            if word[0].isdigit():
                if len(word) > 1 and not (len(word) == 4 and word[:2] in ("19", "20")):
                    found.append((_number(word), None, False))
            elif len(word) > 2:
                name = _NAME_OF[word]
                if name is not None:
                    found.append((name, word, at == 1 and not pieces[0]))
        result = self[chunk] = tuple(found)
        return result


class _CanName(dict[str, bool]):
    """First letter → whether a word starting with it may be a name or figure (a capital or a
    digit): most words of a chunk are ruled out by one look-up."""

    __slots__ = ()

    def __missing__(self, first: str) -> bool:
        found = self[first] = first.isdigit() or first.isupper()
        return found


_CAN_NAME = _CanName()


class _NameOf(dict[str, str | None]):
    """Capitalised word → the name it stands for (folded), or None for a stop word ("Die",
    "However"). Names repeat across articles as everyday words do, so each spelling is folded
    and tested once, and a word seen before is one look-up in C."""

    __slots__ = ()

    def __missing__(self, word: str) -> str | None:
        if len(self) >= 1 << 16:
            self.clear()
        folded = fold(word)
        name = self[word] = None if folded in stop_words() else folded
        return name


_NAME_OF = _NameOf()
_CHUNK_NAMES = _ChunkNames()


def _number(word: str) -> str:
    """A figure spelled one way in both languages: "35.000" and "35,000" → "35000",
    "3,5" and "3.5" → "3.5"."""
    parts = re.split(r"[.,]", word)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        return "".join(parts)
    return word.replace(",", ".")
