"""Did you mean …: the query with its mistyped words replaced by the nearest words the library holds.

A consultant types fast — "Schuldenbrmse", "Bundesrgierung", "inflaton", "Munchen" for München
— and a search that finds nothing says nothing about why. `suggest` looks at each word of the
query on its own: one the index does not hold (or holds in a row or two, where a near word is
far more common) is compared by edit distance (edlib) with the index's terms, nearest first and
then most common. The index holds folded Snowball stems (`reader.core.analysis`): "München" is
"muench" there, so the typed word's stems are what is compared, and the word offered is spelled
as the library spells that stem, read from the text of a row that holds it. ä/ae and ß/ss are
one letter to the index already; a word typed with a bare vowel for an umlaut ("Dusseldorf")
or one "s" for ß is one edit from it.

Only the mistyped words change: quotes, operators, filters, brackets and spacing stay as typed
(`word_spans`), and excluded words, prefixes (`Subvent*`) and filter values are left alone. A
suggestion is offered only when it finds more than the search did (`hits`), and only for a
search that found little (`FEW_RESULTS`).

Terms are read by the word's first two letters (`terms_starting`), and by its first letter
only when nothing near starts with those two: reading every term of a library of 107,000 took
0.4 s (fts5vocab counts each term's rows as it reads), one first letter's 11,000 terms 40 ms,
two letters' a few ms. A typo in the first letter is not corrected, as Lucene's spelling
checker assumes by default; `benchmarks/bench_suggest` measures the rest.

A word being absent from the library does not make it a typo: "tariffs", in a library of German
pages, is two edits from "trifft", which is no better for it. So a word common in German or
English (`COMMON`, wordfreq's Zipf scale) is offered only the same word — written with its
umlauts ("Munchen" → "München"), or another form of it ("Lieferketten") — or, as a common
misspelling is ("goverment" → "government"), a word far more common (`GAIN` per edit) in the
language it is common in. Measured on the dev sets' words and one- and two-edit typos of them
(the first letter kept, inflections and umlaut spellings left out): Zipf 2.5 marks 90% of the
English and 63% of the German words (82%, 50% at 3.0; the dev sets' German is more inflected
adjectives and long compounds than what one searches for), and 6.6% of English and 4.2% of German
one-edit typos (0.9%, 0.4% of two-edit ones), nearly all of them short words typed into another
real word ("thin" for "this"), which a frequency list cannot tell apart. Of 27 common English
and German misspellings ("occured", "standart", "vieleicht"), 18 are of Zipf 2.5 or more; a gain
of 2 per edit brings back 9 of them (1.5: 12, 2.5: 2) and offers 2–3% of real words a word one
edit from them, were the library to lack the word and hold that one (1.5: 4–6%, 2.5: 1–2%).
A compound wordfreq does not list ("Zollstreit") is taken for a typo: calling one of two parts
of Zipf 3 a word would keep 56% of the dev sets' rare long words, of which only 6% have another
word of their 41,000 in reach ("Weinkenner", "Weinkeller"), and lose 1.8% of long words' typos.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice, product

import edlib

from reader.core.analysis import STEMMED_LANGUAGES, analyser, fold, tokens_of
from reader.core.search.engine import search
from reader.core.search.marks import Span
from reader.core.search.match import term_expression, word_variants
from reader.core.search.query import Term, TermKind, WordAt, parse, word_spans
from reader.core.search.result_rows import row_text
from reader.core.store import Store, terms_starting
from reader.core.word_frequency import common_words

FEW_RESULTS = 3  # a search finding more results than this gets no suggestion
MIN_LETTERS = 3  # shorter words ("Xi", "EU") are not corrected
RARE = 2  # a word in at most this many rows may be a typo the text has too ("inflaton") …
COMMONER = 10  # … when a near word is in this many times as many rows
CANDIDATES = 3  # near words kept per mistyped word
TRIES = 6  # corrected queries run at most, best first, to find one that finds something
MAX_WORDS = 4  # mistyped words corrected at most in one query
COMMON = 2.5  # a word this common in German or English (Zipf) is a word, not a typo …
GAIN = 2.0  # … unless a word offered is this much more common per edit (a common misspelling)
_STEMS_SPELLED = 8  # near stems, nearest first, whose words are compared with the typed one
_SPELLINGS_READ = 3  # rows whose text is read for how the library spells a stem
_UMLAUT_OF = {"ae": "ä", "oe": "ö", "ue": "ü"}
_SPELLED_OUT = re.compile("(ae|oe|ue)")
_RESTORED = 16  # spellings of a word with its umlauts restored looked up at most


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The query as the user typed it, mistyped words replaced; `changed` are where the
    replacements are in `text` (to set them apart, as search engines do)."""

    text: str
    changed: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class _Near:
    """A term of the index near a typed word: its stem, edit distance and rows."""

    stem: str
    distance: int
    rows: int


def suggest(
    store: Store,
    text: str,
    found: int,
    *,
    label_names: dict[str, str] | None = None,
    hits: Callable[[str], int] | None = None,
) -> Suggestion | None:
    """A corrected query for `text`, whose search found `found` results; None if none is better.

    `hits` counts what a query finds where the user searches (the window's tag and filters);
    by default `search` over the whole library. Raises InvalidSearch only as `parse` does.
    """
    if found > FEW_RESULTS:
        return None
    query = parse(text, label_names)
    wanted = {t for c in query.positive for t in c.alternatives if t.kind is not TermKind.PREFIX}
    words = [w for w in word_spans(text, label_names) if w.term in wanted]
    count = hits or _counter(store, label_names, found)
    choices: list[tuple[str, list[tuple[str, int]]]] = []
    for typed in dict.fromkeys(text[w.start : w.end] for w in words):
        near = _near_words(store, typed)
        if near:
            choices.append((fold(typed), near))
        if len(choices) == MAX_WORDS:
            break
    for picked in islice(_combinations(choices), TRIES):
        suggestion = _rewritten(text, words, picked)
        if count(suggestion.text) > found:
            return suggestion
    return None


def _counter(store: Store, label_names: dict[str, str] | None, found: int) -> Callable[[str], int]:
    return lambda query: len(search(store, query, limit=found + 1, label_names=label_names))


def _near_words(store: Store, typed: str) -> list[tuple[str, int]]:
    """(spelling, edit distance) of the nearest words for `typed`, best first; empty when it
    is no word to correct or the library has nothing near it that is more common."""
    folded = fold(typed)
    if len(folded) < MIN_LETTERS or not folded.isalpha():
        return []
    rows = _rows(store, typed)
    if rows > RARE:
        return []  # a word the library has: not what makes the search find little
    needed = max(1, rows * COMMONER)
    near = [n for n in _nearest(store, typed) if n.rows >= needed]
    limit = _edits_allowed(len(folded))
    spelled = []
    for term in near[:_STEMS_SPELLED]:
        spelling = _spelling(store, term.stem, folded)
        if spelling is None:
            continue
        # Stems are only where to look: "muench" (München) is two edits from "month", the
        # words are not; what the user typed is measured against the word offered.
        distance = _distance(folded, fold(spelling))
        if 0 < distance <= limit:
            spelled.append((_cased(spelling, typed), distance, term.rows))
    if spelled:  # only now: the first look-up reads wordfreq's tables (0.06 s)
        common = _common_in(typed)
        spelled = [found for found in spelled if _offered(typed, common, found[0], found[1])]
    spelled.sort(key=lambda found: (found[1], -found[2]))
    return [(spelling, distance) for spelling, distance, _rows in spelled[:CANDIDATES]]


def _common_in(typed: str) -> tuple[str, float] | None:
    """The language, German or English, in which `typed` is most common and its Zipf frequency
    there; None for a word rare in both, a typo or taken as one ("inflaton" is physics)."""
    lang, frequency = max(((lang, _zipf(typed, lang)) for lang in STEMMED_LANGUAGES), key=lambda f: f[1])
    return (lang, frequency) if frequency >= COMMON else None


def _offered(typed: str, common: tuple[str, float] | None, spelling: str, distance: int) -> bool:
    """Whether `spelling`, `distance` edits away, may be offered for `typed`, common in the
    language and as often as `common` says: any for a rare word; for a common one, the same
    word or one `GAIN` per edit more common in that language (a misspelling of it)."""
    if common is None or _same_word(typed, spelling):
        return True
    lang, frequency = common
    return _zipf(spelling, lang) - frequency >= GAIN * distance


def _zipf(word: str, lang: str) -> float:
    """`word`'s Zipf frequency in `lang` if it is `COMMON` or more, else 0, which is all that
    is asked (a word offered for a common one is more common still); "Straße" is "strasse"
    there, as wordfreq's tokenizer makes it. An umlaut spelled out ("Zoelle", as one types
    without a German keyboard) counts as the umlaut, as it does in the index: wordfreq has
    "zölle" but not "zoelle", which was taken for a typo and offered "Ziele"."""
    words = common_words(lang, COMMON)
    return max(words.get(spelling, 0.0) for spelling in _umlauts_restored(word.casefold()))


def _umlauts_restored(word: str) -> Iterator[str]:
    """`word` with each "ae", "oe", "ue" kept or made the umlaut it may spell ("zoelle",
    "zölle"): a dictionary look-up each, the first `_RESTORED` of them — a word holds one or
    two, but a pasted run of letters ("queueue…") could hold thirty, 2**30 spellings."""
    pieces = _SPELLED_OUT.split(word)  # odd places: the spelled-out umlauts
    choices = [(piece, _UMLAUT_OF[piece]) if i % 2 else (piece,) for i, piece in enumerate(pieces)]
    return islice(("".join(chosen) for chosen in product(*choices)), _RESTORED)


def _same_word(typed: str, spelling: str) -> bool:
    """Another form of the same word: one stem in German or English ("Lieferkette",
    "Lieferketten"), which German's is for a word with its umlauts as bare vowels too
    ("Dusseldorf", "Düsseldorf"; an English source's "Düsseldorf" is not found by it)."""
    return any(analyser(lang).stem(typed) == analyser(lang).stem(spelling) for lang in STEMMED_LANGUAGES)


def _rows(store: Store, typed: str) -> int:
    """How many index rows the word alone finds, compound parts included: counted only up to one
    more than `RARE`, which is all `_near_words` asks (a common word is in thousands)."""
    expression = term_expression(Term(TermKind.WORD, (typed,)))
    sql = f"SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT {RARE + 1})"
    return int(store.db.execute(sql, (expression,)).fetchone()[0])


def _edits_allowed(letters: int) -> int:
    """Edits a word of this many letters may be away from what it means: one up to five
    letters, two from six (Lucene's fuzzy default; more finds unrelated words)."""
    return 1 if letters <= 5 else 2


def _nearest(store: Store, typed: str) -> list[_Near]:
    """Index terms within `_edits_allowed` of one of the typed word's stems, nearest and then
    most common first: among the terms that start with its first two letters, or (none near
    there) with its first letter."""
    folded = fold(typed)
    variants = list(dict.fromkeys(v[0] for v in word_variants(Term(TermKind.WORD, (typed,)))))
    limit = _edits_allowed(len(folded))
    return _near_terms(store, folded[:2], variants, limit) or _near_terms(store, folded[:1], variants, limit)


def _near_terms(store: Store, start: str, variants: list[str], limit: int) -> list[_Near]:
    """The terms starting with `start` near one of `variants` (the typed word's stems).

    Only terms of a length in reach are compared: a first letter has 10,000 terms in a large
    library, and one edlib call each took as long as reading them.
    """
    shortest, longest = min(map(len, variants)) - limit, max(map(len, variants)) + limit
    near = []
    for stem, rows in terms_starting(store.db, start):
        if not shortest <= len(stem) <= longest:
            continue
        best = limit + 1
        for variant in variants:
            if abs(len(variant) - len(stem)) < best:
                found = edlib.align(variant, stem, task="distance", k=best - 1)["editDistance"]
                if found >= 0:
                    best = found
        if 0 < best <= limit:  # 0: the word itself (in a row or two, see `_near_words`)
            near.append(_Near(stem, best, rows))
    near.sort(key=lambda n: (n.distance, -n.rows))
    return near


def _spelling(store: Store, stem: str, folded: str) -> str | None:
    """How the library writes the stem: of the words with that stem in the newest rows holding
    it, the one nearest to what was typed (`folded`), then the most frequent."""
    rowids = store.db.execute(
        "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?",
        (f'{{head body}} : "{stem}"', _SPELLINGS_READ),
    ).fetchall()
    spellings: Counter[str] = Counter()
    for (rowid,) in rowids:
        texts = row_text(store, rowid)
        if texts is None:
            continue
        stem_of = analyser(texts.lang).stem
        spellings.update(t for text in (texts.head, texts.body) for t in tokens_of(text) if stem_of(t) == stem)
    if not spellings:
        return None
    return min(spellings, key=lambda s: (_distance(folded, fold(s)), -spellings[s], s))


def _distance(a: str, b: str) -> int:
    return int(edlib.align(a, b, task="distance")["editDistance"])


def _cased(spelling: str, typed: str) -> str:
    """`spelling` in the case the user typed: "inflation" for "inflaton", "EZB" for "EBZ",
    "Inflation" for "Inflaton"; otherwise as the library writes it ("McKinsey")."""
    if typed.islower():
        return spelling.lower()
    if typed.isupper() and len(typed) > 1:
        return spelling.upper()
    if typed[:1].isupper() and typed[1:].islower():
        return spelling[:1].upper() + spelling[1:]
    return spelling


def _combinations(choices: list[tuple[str, list[tuple[str, int]]]]) -> Iterator[dict[str, str]]:
    """Replacements (typed word, folded → spelling), fewest edits in all first."""
    if not choices:
        return
    ranked = sorted(product(*(near for _typed, near in choices)), key=lambda picked: sum(d for _s, d in picked))
    for picked in ranked:
        yield {typed: spelling for (typed, _near), (spelling, _d) in zip(choices, picked, strict=True)}


def _rewritten(text: str, words: list[WordAt], picked: dict[str, str]) -> Suggestion:
    """`text` with each of `words` that is typed as one of `picked` replaced, all else as typed."""
    parts: list[str] = []
    changed: list[Span] = []
    at = length = 0
    for word in words:
        spelling = picked.get(fold(text[word.start : word.end]))
        if spelling is None:
            continue
        parts.append(text[at : word.start])
        length += word.start - at
        parts.append(spelling)
        changed.append((length, length + len(spelling)))
        length += len(spelling)
        at = word.end
    parts.append(text[at:])
    return Suggestion("".join(parts), tuple(changed))
