"""Sentence templates filled from word lists: the prose and page furniture of generated articles.

A template names its gaps `{slot}`; a slot such as `country2` draws from the `country` list but
never repeats a value already used in the same template, so "Japan und Japan" cannot happen.
Numbers are drawn fresh for every gap, which is what keeps thousands of bodies distinct.
"""

from __future__ import annotations

import functools
import random
import string
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
        "move": lambda rng: decimal(rng.uniform(0.1, 3.5)),
        "bn": lambda rng: str(rng.randint(2, 480)) if rng.random() < 0.6 else decimal(rng.uniform(1, 99)),
        "n": lambda rng: str(rng.randint(2, 14)),
        "year": lambda rng: str(rng.randint(2026, 2035)),
        "past_year": lambda rng: str(rng.randint(2010, 2024)),
        "yen": lambda rng: str(rng.randint(136, 162)),
    }


# A template split once into (literal text, gap name or None) pairs: filling then needs no parsing.
_Compiled = tuple[tuple[str, str | None], ...]


@functools.cache
def _compile(template: str) -> _Compiled:
    return tuple((literal, key) for literal, key, _, _ in string.Formatter().parse(template))


# Gaps that lean towards the article's own subject, so title, teaser and body roughly agree.
_FOCUSED = ("country", "good", "sector", "company")


class Prose:
    """Fills a lexicon's templates with one article's random generator.

    Body sentences and quotes are dealt from a shuffled deck, so one article does not repeat a
    sentence pattern until it has used them all.
    """

    def __init__(self, lexicon: Lexicon, rng: random.Random) -> None:
        self.lexicon = lexicon
        self.rng = rng
        self._numbers = _number_slots(lexicon.decimal_comma)
        self._focus = {name: rng.choice(lexicon.words[name]) for name in _FOCUSED}
        self._deck: list[str] = []

    def fill(self, template: str) -> str:
        """The template with every gap filled and its first letter capitalised."""
        values: dict[str, str] = {}
        parts = []
        for literal, key in _compile(template):
            parts.append(literal)
            if key is not None:
                value = values.get(key)
                if value is None:
                    value = values[key] = self._draw(key, values)
                parts.append(value)
        text = "".join(parts)
        return text[:1].upper() + text[1:]

    def _draw(self, key: str, drawn: dict[str, str]) -> str:
        base = key.rstrip("0123456789")
        number = self._numbers.get(base)
        if number is not None:
            return number(self.rng)
        if key in self._focus and self.rng.random() < 0.5:
            return self._focus[key]
        taken = {value for name, value in drawn.items() if name.rstrip("0123456789") == base}
        choices = self.lexicon.words[base]
        value = self.rng.choice(choices)
        while value in taken:
            value = self.rng.choice(choices)
        return value

    def pick(self, name: str) -> str:
        """One entry of a page word list, filled like a template."""
        return self.fill(self.rng.choice(self.lexicon.page[name]))

    def sentence(self) -> str:
        if not self._deck:
            self._deck = [*self.lexicon.sentences, *self.lexicon.quotes]
            self.rng.shuffle(self._deck)
        return self.fill(self._deck.pop())

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
