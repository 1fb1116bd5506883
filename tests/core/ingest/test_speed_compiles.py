"""The parser compiles its patterns with its modules, not while it reads a page.

A pattern compiled on first use is compiled again in every import worker (a regex compile is
some 2 M instructions of Python); one compiled with its module comes from the kept compiles of
`run_cache`. The tests make `re` unable to compile (its own cache emptied first), then read
lines that reach the patterns in question: a lazily compiled one fails the test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from re import _compiler  # type: ignore[attr-defined]

from reader.core.ingest import phrases


@contextmanager
def compiles() -> Iterator[list[str]]:
    """The patterns `re` is asked to compile meanwhile (its own cache emptied first), refused:
    `re` works as usual again before the caller asserts (pytest's report uses it)."""
    asked: list[str] = []

    def refuse(pattern: object, flags: int = 0) -> None:
        asked.append(repr(pattern))
        raise RuntimeError("no compiles here")

    re.purge()
    inner = _compiler.compile
    _compiler.compile = refuse
    try:
        yield asked
    finally:
        _compiler.compile = inner


def test_each_hint_s_phrases_are_those_a_compile_for_it_makes() -> None:
    for hint in phrases._PROMPT_HINTS:
        fresh = phrases._compile_prompts(
            anchored=False, reasons=tuple(phrases.PROMPTS), hints=(hint,)
        )
        assert phrases._HINT_PROMPTS[hint] == fresh, hint


def test_a_line_with_any_hint_is_read_without_a_compile() -> None:
    with compiles() as asked:
        for hint in phrases._PROMPT_HINTS:
            line = f"Weiter {hint} unten"
            phrases.prompt_reason(line, len(line.split()))
        caption = phrases.prompt_reason("Foto: dpa", 2)
        newsletter = phrases.prompt_reason("Sign up for our newsletter", 5)
    assert asked == []
    assert (caption, newsletter) == (phrases.CAPTION, phrases.NEWSLETTER)
