"""Sentence templates filled from word lists: the prose and page furniture of generated articles.

A template names its gaps `{slot}`; a slot such as `country2` draws from the `country` list but
never repeats a value already used in the same template, so "Japan und Japan" cannot happen.
Numbers are drawn fresh for every gap, which is what keeps thousands of bodies distinct.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything language-specific: prose templates and the words of the page around them."""

    lang: str
    decimal_comma: bool
    words: Mapping[str, Sequence[str]]
    sentences: Sequence[str]
    quotes: Sequence[str]
    titles: Sequence[str]
    kickers: Sequence[str]
    teasers: Sequence[str]
    headings: Sequence[str]
    list_intros: Sequence[str]
    list_items: Sequence[str]
    datelines: Sequence[str]
    captions: Sequence[str]
    page: Mapping[str, Sequence[str]]


def _number_slots(decimal_comma: bool) -> Mapping[str, Callable[[random.Random], str]]:
    def decimal(value: float) -> str:
        text = f"{value:.1f}"
        return text.replace(".", ",") if decimal_comma else text

    return {
        "pct": lambda rng: decimal(rng.uniform(0.4, 48.0)),
        "bn": lambda rng: str(rng.randint(2, 480)) if rng.random() < 0.6 else decimal(rng.uniform(1, 99)),
        "n": lambda rng: str(rng.randint(2, 14)),
        "year": lambda rng: str(rng.randint(2026, 2035)),
        "past_year": lambda rng: str(rng.randint(2010, 2024)),
        "yen": lambda rng: str(rng.randint(136, 162)),
    }


class _Gaps(dict[str, str]):
    """A mapping that draws a value the first time a gap is asked for and then keeps it."""

    def __init__(self, draw: Callable[[str], str]) -> None:
        super().__init__()
        self._draw_gap = draw

    def __missing__(self, key: str) -> str:
        value = self[key] = self._draw_gap(key)
        return value


class Prose:
    """Fills a lexicon's templates with one article's random generator."""

    def __init__(self, lexicon: Lexicon, rng: random.Random) -> None:
        self.lexicon = lexicon
        self.rng = rng
        self._numbers = _number_slots(lexicon.decimal_comma)

    def fill(self, template: str) -> str:
        """The template with every gap filled and its first letter capitalised."""
        used: dict[str, set[str]] = {}
        text = template.format_map(_Gaps(lambda key: self._draw(key, used)))
        return text[:1].upper() + text[1:]

    def _draw(self, key: str, used: dict[str, set[str]]) -> str:
        base = key.rstrip("0123456789")
        number = self._numbers.get(base)
        if number is not None:
            return number(self.rng)
        taken = used.setdefault(base, set())
        choices = self.lexicon.words[base]
        value = self.rng.choice(choices)
        while value in taken and len(taken) < len(choices):
            value = self.rng.choice(choices)
        taken.add(value)
        return value

    def pick(self, name: str) -> str:
        """One entry of a page word list, filled like a template."""
        return self.fill(self.rng.choice(self.lexicon.page[name]))

    def sentence(self) -> str:
        pool = self.lexicon.quotes if self.rng.random() < 0.12 else self.lexicon.sentences
        return self.fill(self.rng.choice(pool))

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))

    def title(self) -> str:
        return self.fill(self.rng.choice(self.lexicon.titles))

    def teaser(self) -> str:
        return self.fill(self.rng.choice(self.lexicon.teasers))

    def heading(self) -> str:
        return self.fill(self.rng.choice(self.lexicon.headings))

    def caption(self) -> str:
        return self.fill(self.rng.choice(self.lexicon.captions))

    def list_items(self) -> list[str]:
        count = self.rng.randint(3, 4)
        return [self.fill(t) for t in self.rng.sample(self.lexicon.list_items, count)]
