"""Is a new file a newer version of a source in the library, or a similar one?

A newer version (the outlet updated its story) is the same article: the same canonical web
address with some of its text kept, or the same title from the same outlet with most of its
text kept. Similar (the same wire story in two outlets) is most of the text in common under
another address or outlet: a separate source, linked, never refused and never merged.

"Text in common" is word-shingle containment: the share of the shorter text's five-word runs
that occur in the other. It is indifferent to paragraphs moved, inserted or deleted, and a
changed figure costs only the few runs that cross it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from reader.core.ingest import agency_spelling

SHINGLE_WORDS = 5
# A source at the same address is the same article if this much of the text is still there
# (a live story rewritten from the top keeps little; a recycled address keeps nothing).
URL_SHARE = 0.2
# Same title and outlet: "most of its text".
TITLE_SHARE = 0.5
# Another outlet or address: at least this much in common to be linked as similar.
SIMILAR_SHARE = 0.6
# Texts shorter than this many shingles are too short to say they share a story.
MIN_SHINGLES = 20
# Query parameters that only say where a reader came from, not which page it is.
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|wt_mc|at_\w+)$", re.I)
_WORD = re.compile(r"\w+")


def canonical_url(url: str | None) -> str | None:
    """The address with what does not name the page removed: scheme, `www.`, the fragment,
    tracking parameters, a trailing slash; None for no address or a site's front page (every
    clipping from a site's home page would otherwise be one "article")."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    if not host or not path:
        return None
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)])
    return urlunsplit(("", host, path, query, ""))


def url_spellings(url: str | None) -> list[str]:
    """The ways the same page's address may have been stored (http/https, www., a trailing
    slash), so an indexed look-up finds it without normalising every stored address."""
    canonical = canonical_url(url)
    if canonical is None:
        return []
    host_path = canonical.removeprefix("//")
    found = {url.strip()} if url else set()
    for scheme in ("https://", "http://"):
        for www in ("", "www."):
            for slash in ("", "/"):
                base, _, query = host_path.partition("?")
                found.add(f"{scheme}{www}{base}{slash}" + (f"?{query}" if query else ""))
    return sorted(found)


def shingles(text: str) -> frozenset[int]:
    """The text's runs of SHINGLE_WORDS words (case folded), hashed."""
    words = list(chain.from_iterable(map(_CHUNK_WORDS.__getitem__, text.split())))
    if len(words) < SHINGLE_WORDS:
        return frozenset({hash(tuple(words))}) if words else frozenset()
    # zip builds the runs in C: the same tuples (and hashes) as slicing them one by one.
    runs = zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False)
    return frozenset(map(hash, runs))


class _ChunkWords(dict[str, tuple[str, ...]]):
    """White-space separated chunk → its words case folded, `_WORD.findall(chunk.casefold())`,
    found as it is first looked up.

    The words of a text are those of its chunks in order (case folding goes character by
    character, and no word character is white space or folds to it), and chunks repeat from
    text to text: a look-up in C instead of the regex over every character. An import
    shingles every member of each story it touched, and the regex over the whole folded
    text was the importing process's largest cost after SQLite and grouping.
    """

    __slots__ = ()

    def __missing__(self, chunk: str) -> tuple[str, ...]:
        if len(self) >= 1 << 16:
            self.clear()
        found = self[chunk] = tuple(_WORD.findall(chunk.casefold()))
        return found


_CHUNK_WORDS = _ChunkWords()


def shared(a: frozenset[int], b: frozenset[int]) -> float:
    """How much of the shorter text occurs in the other (0..1)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").strip().casefold() == (b or "").strip().casefold()


def _same_outlet(a: str | None, b: str | None) -> bool:
    """The same outlet, an agency's spellings as one: a source imported as "The Associated
    Press" before agencies had one spelling is the outlet a newer version names "Associated
    Press", or its update would come in as a second source."""
    return _same(agency_spelling(a), agency_spelling(b))


def is_newer_version(
    new: tuple[str, str | None, str | None, frozenset[int]],
    old: tuple[str, str | None, str | None, frozenset[int]],
) -> bool:
    """Whether `new` (title, outlet, url, shingles) is a version of `old` (the same four)."""
    needed = share_needed(new[:3], old[:3])
    return needed is not None and shared(new[3], old[3]) >= needed


def share_needed(
    new: tuple[str, str | None, str | None], old: tuple[str, str | None, str | None]
) -> float | None:
    """The text share that makes `new` (title, outlet, url) a version of `old`, or None when
    their metadata alone says it is not: shingling a text costs a millisecond, and an
    import asks this of every earlier source with the same title."""
    new_url, old_url = canonical_url(new[2]), canonical_url(old[2])
    if new_url is not None and new_url == old_url:
        return URL_SHARE
    if new_url is not None and old_url is not None:
        return None  # two different addresses are two articles, however alike
    # Without an outlet on both sides a shared title says too little ("Live updates"; three
    # copies of one text file): such a file is imported as a source of its own.
    known_outlet = bool((new[1] or "").strip()) and _same_outlet(new[1], old[1])
    return TITLE_SHARE if _same(new[0], old[0]) and known_outlet else None


def is_similar(
    new: tuple[str | None, str | None, frozenset[int]],
    old: tuple[str | None, str | None, frozenset[int]],
) -> float | None:
    """The share in common when `new` (outlet, url, shingles) tells the story `old` tells
    under another outlet or address; None when it does not (or is the same article)."""
    if min(len(new[2]), len(old[2])) < MIN_SHINGLES:
        return None
    same_place = _same_outlet(new[0], old[0]) and canonical_url(new[1]) == canonical_url(old[1])
    share = shared(new[2], old[2])
    return share if share >= SIMILAR_SHARE and not same_place else None


def best(pairs: Sequence[tuple[int, float]]) -> tuple[int, float] | None:
    """The candidate sharing most, the earliest on a tie."""
    return max(pairs, key=lambda p: (p[1], -p[0])) if pairs else None
