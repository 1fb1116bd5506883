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
from dataclasses import dataclass
from datetime import date
from functools import cache

from stop_words import get_stop_words
from wordfreq import zipf_frequency

from reader.core.analysis import TOKEN, analyser, fold, stems

# The lead carries the event: who, what, where, when. Reading further mostly adds background
# that related but different events share.
LEAD_CHARS = 2_500
MAX_TERMS = 80
MAX_NAMES = 60
TITLE_WEIGHT = 3
TEASER_WEIGHT = 2

_WORD = re.compile(r"[^\W_]+(?:[.,][0-9]+)*")
_SENTENCE_END = re.compile(r"[.!?:…\"“”„»«]\s*$")


@dataclass(frozen=True, slots=True)
class Profile:
    """One source's evidence for grouping: `day` is the publication date's ordinal, or None."""

    source_id: int
    day: int | None
    terms: dict[str, float]
    names: dict[str, float]

    def to_json(self) -> str:
        return json.dumps({"t": self.terms, "n": self.names}, ensure_ascii=False)

    @classmethod
    def from_json(cls, source_id: int, day: int | None, text: str) -> Profile:
        data = json.loads(text)
        return cls(source_id, day, dict(data["t"]), dict(data["n"]))


def day_of(published: str | None) -> int | None:
    """The ordinal of a publication date ("2025-10-28…"), None without a full date."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


_RARITY: dict[tuple[str, str], float] = {}
_RARITY_LIMIT = 200_000


def rarity(word: str, lang: str | None) -> float:
    """How telling a word is in general language, 1 (everyday) to 4 (never seen in print).

    The library's own document frequencies cannot tell that "Regierung" is common and
    "Takaichi" rare while the library holds five articles about Japan; the word frequencies of
    wordfreq (Zipf scale, bundled with the package, nothing downloaded) can.
    """
    key = (word, "en" if lang == "en" else "de")
    found = _RARITY.get(key)
    if found is None:
        if len(_RARITY) > _RARITY_LIMIT:
            _RARITY.clear()
        zipf = zipf_frequency(word, key[1])
        found = _RARITY[key] = round(1 + 3 * max(0.0, min(1.0, (6 - zipf) / 5)), 2)
    return found


@cache
def stop_words() -> frozenset[str]:
    words = set(get_stop_words("de")) | set(get_stop_words("en"))
    return frozenset({fold(w) for w in words} | {s for w in words for s in stems(w, "de")})


def make_profile(
    source_id: int,
    title: str,
    teaser: str | None,
    text: str,
    lang: str | None,
    published: str | None,
) -> Profile:
    """The profile of one article from its metadata and reading text."""
    stop = stop_words()
    stem_of = analyser(lang).stem
    counts: Counter[str] = Counter()
    rare: dict[str, float] = {}
    for part, weight in ((title, TITLE_WEIGHT), (teaser or "", TEASER_WEIGHT), (text[:LEAD_CHARS], 1)):
        for word in TOKEN.findall(part):
            stem = stem_of(word)
            if len(stem) > 2 and stem not in stop and not stem.isdigit():
                counts[stem] += weight
                rare[stem] = max(rare.get(stem, 0.0), rarity(word, lang))
    terms = {
        t: round((1 + math.log(c)) * rare[t], 3)
        for t, c in counts.most_common(MAX_TERMS * 2)
    }
    top = dict(sorted(terms.items(), key=lambda item: -item[1])[:MAX_TERMS])
    names = _names(f"{title}.\n{teaser or ''}.\n{text[:LEAD_CHARS]}", stop, lang)
    return Profile(source_id, day_of(published), top, names)


def _names(text: str, stop: frozenset[str], lang: str | None) -> dict[str, float]:
    """Capitalised words inside sentences, and numbers of two or more digits, folded, each
    with its rarity (numbers count as rare: a figure is the most specific thing a report has).
    """
    counts: Counter[str] = Counter()
    rare: dict[str, float] = {}
    for line in text.splitlines():
        for match in _WORD.finditer(line):
            word, start = match.group(), match.start()
            starts_sentence = start == 0 or bool(_SENTENCE_END.search(line[max(0, start - 4) : start]))
            if word[0].isdigit():
                digits = sum(c.isdigit() for c in word)
                if digits >= 2 and not (len(word) == 4 and word[:2] in ("19", "20")):
                    number = _number(word)
                    counts[number] += 1
                    rare[number] = 3.0
            elif word[0].isupper() and not starts_sentence and len(word) > 2:
                folded = fold(word)
                if folded not in stop:
                    counts[folded] += 1
                    rare[folded] = max(rare.get(folded, 0.0), rarity(word, lang))
    top = sorted(counts, key=lambda name: (-rare[name], -counts[name], name))[:MAX_NAMES]
    return {name: rare[name] for name in top}


def _number(word: str) -> str:
    """A figure spelled one way in both languages: "35.000" and "35,000" → "35000",
    "3,5" and "3.5" → "3.5"."""
    parts = re.split(r"[.,]", word)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        return "".join(parts)
    return word.replace(",", ".")
