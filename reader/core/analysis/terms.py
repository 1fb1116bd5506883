"""What one row of the search index holds: stems in order, and German compound part keys.

The index stores this analysis instead of the original text (see
`reader.core.store.search_index`). It is computed where the text is: for an import in the
parsing workers (`PreparedFile.index_terms`), so the single writer only hands it to SQLite;
for an edit, a highlight or a note in the writer itself.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain, cycle, islice

from reader.core.analysis.tokens import MIN_COMPOUND, MIN_PART, analyser, stems

# Part keys carry a mark of their own, so a prefix query for a head ("0energi"*) walks only
# head keys, not every stem that starts so (FTS5 keeps one term list for all columns).
HEAD_MARK, TAIL_MARK = "0", "1"
_SEPARATOR = "\x1f"  # never in a stem: stems are runs of letters and digits


@dataclass(frozen=True, slots=True)
class IndexTerms:
    """One index row's columns: `head` and `body` one stem per token, in token order (so a
    phrase of stems still matches by position), `heads` and `tails` each distinct German
    compound stem's part keys (see `part_keys`), and `kept`, what the index keeps to delete
    the row again (see `forget_terms`). Picklable: it crosses from import worker to writer.
    """

    head: str
    body: str
    heads: str
    tails: str
    kept: bytes

    def columns(self) -> tuple[str, str, str, str]:
        return (self.head, self.body, self.heads, self.tails)


def article_head(title: str, teaser: str | None) -> str:
    """What an article's index row holds as its heading: the title, then the teaser if any."""
    return f"{title}\n{teaser}" if teaser else title


def part_keys(stem: str) -> tuple[str, str] | None:
    """The two index keys that stand for all of a compound stem's parts, or None.

    Without a dictionary, any head or tail of at least MIN_PART letters that leaves at least
    MIN_PART letters is a part: "kett" (Kette) finds Lieferketten, "halbleit" (Halbleiter)
    finds Halbleiterproduktion. A part in the middle is not ("selt" must not find
    "Schlüsseltechnologien"). `p` is a head of `stem` exactly when `stem[:-MIN_PART]` starts
    with `p`, and a tail exactly when `stem[MIN_PART:]` ends with `p`: so prefix queries
    (`part_prefixes`) on these two keys find every such stem, while the index holds two keys
    per long stem instead of every possible part (which made schema 3's index 2.45× the
    tokens).
    """
    if len(stem) < MIN_COMPOUND or not stem.isalpha():
        return None
    return HEAD_MARK + stem[:-MIN_PART], TAIL_MARK + stem[MIN_PART:][::-1]


def part_prefixes(part: str) -> tuple[str, str]:
    """The prefixes of the head key and the tail key of stems that have `part` as a part."""
    return HEAD_MARK + part, TAIL_MARK + part[::-1]


def part_finder(parts: Iterable[str]) -> Callable[[str], bool]:
    """Whether a stem has one of `parts` as a head or tail, exactly as the index finds it."""
    prefixes = [part_prefixes(p) for p in parts]
    heads, tails = tuple(h for h, _t in prefixes), tuple(t for _h, t in prefixes)

    def found(stem: str) -> bool:
        keys = part_keys(stem)
        return keys is not None and (keys[0].startswith(heads) or keys[1].startswith(tails))

    return found


def index_terms(head: str, body: str, lang: str | None) -> IndexTerms:
    """The columns of an index row with this head and body text in language `lang`."""
    head_stems, body_stems = stems(head, lang), stems(body, lang)
    splits = analyser(lang).splits
    # In order of first use: as deterministic as sorting, which cost a tenth of this function
    # for kept terms 8 % smaller; no query depends on where a part key stands in its column.
    distinct = list(dict.fromkeys(chain(head_stems, body_stems)))
    packed = f"{int(splits)}{len(head_stems)} {len(body_stems)}{_SEPARATOR}{' '.join(distinct)}"
    kept = _compress(packed.encode("utf-8"))
    return _with_parts(" ".join(head_stems), " ".join(body_stems), distinct, splits, kept)


def _compress(packed: bytes) -> bytes:
    """`packed` as zlib data, cheaply: level 1 with a 4 KB window and small hash tables.

    A row's stems are a few KB, so zlib's defaults (level 6, 32 KB window, 64 KB hash table
    cleared per call) cost a fifth of `index_terms`; these settings save a quarter of that
    for 2 % more bytes. Measured on the benchmark corpus with callgrind: 0.40 M → 0.30 M
    instructions a row; kept terms of 1,166 bytes (sorted, level 6) became 1,279 (first-use
    order, these settings). Any zlib stream decompresses alike, so rows kept by earlier
    versions are read the same way.
    """
    compressor = zlib.compressobj(1, zlib.DEFLATED, 12, 5)
    return compressor.compress(packed) + compressor.flush()


def forget_terms(kept: bytes) -> IndexTerms:
    """Columns that make FTS5 forget a row, from what the index kept of it.

    FTS5 deletes a row from a contentless table by the terms it is given (a delete marker
    per term, positions unused) and subtracts their counts from its column totals (for
    bm25's average lengths). So the distinct stems and each column's token count are all it
    needs: the distinct stems, repeated to fill each column's count.
    """
    header, joined = zlib.decompress(kept).decode("utf-8").split(_SEPARATOR)
    head_count, body_count = (int(n) for n in header[1:].split())
    distinct = joined.split()
    # One run through the cycle: every distinct stem gets a place (there are at least as
    # many tokens as distinct stems), and each column gets its own length.
    tokens = cycle(distinct) if distinct else iter(())
    head, body = " ".join(islice(tokens, head_count)), " ".join(islice(tokens, body_count))
    return _with_parts(head, body, distinct, header[0] == "1", kept)


class _PartKeys(dict[str, tuple[str, ...]]):
    """`part_keys` of every stem seen, () for a stem that is no compound, computed as a stem is
    first looked up: an article's distinct stems are mostly ones seen before, and a look-up in
    C is several times cheaper than calling `part_keys` per stem."""

    __slots__ = ()

    def __missing__(self, stem: str) -> tuple[str, ...]:
        if len(self) >= _PART_KEYS_LIMIT:
            self.clear()
        keys = self[stem] = part_keys(stem) or ()
        return keys


_PART_KEYS_LIMIT = 200_000
_part_keys_of = _PartKeys().__getitem__


def _with_parts(head: str, body: str, distinct: list[str], splits: bool, kept: bytes) -> IndexTerms:
    heads: tuple[str, ...] = ()
    tails: tuple[str, ...] = ()
    if splits:
        # Parts only say "this text contains a compound with this head/tail": once per row.
        # The keys of the compound stems in `distinct` order (filter drops the ()s).
        found = list(filter(None, map(_part_keys_of, distinct)))
        if found:
            heads, tails = zip(*found, strict=True)
    return IndexTerms(head, body, " ".join(heads), " ".join(tails), kept)
