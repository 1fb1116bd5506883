"""Malformed queries: each is searched as the user meant it or refused with a reason, never
guessed at (`a OR` found `a`, `NOT tag:x` found the sources tagged x, `title:Japan` nothing).

That any mix of these pieces searches or says why is a property in test_search_query.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.core import importer
from reader.core.search import InvalidSearch, search, source_ids
from reader.core.search.query import Clause, Filter, Term, TermKind, parse
from reader.core.store import Store


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store.open(tmp_path_factory.mktemp("malformed") / "library.sqlite")
    importer.import_paths(store, [Path(__file__).resolve().parents[3] / "seeds"], workers=1)
    store.tags.add(store.sources.ids()[:2], "archive")
    return store


def _word(*tokens: str) -> Term:
    return Term(TermKind.WORD, tokens)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("title:", "title: is not a filter (filters: tag, outlet, author"),
        ("title:Japan", "title: is not a filter"),
        ("Titel: Japan", "titel: is not a filter"),
        ('source:"Handelsblatt"', "source: is not a filter"),
        ("tag:", "tag: needs a value"),
        ('autor:""', "autor: needs a value"),
        ("(Japan OR Korea", "a “(” is not closed"),
        ("Japan (Korea", "a “(” is not closed"),
        ("Japan)", "a “)” closes no “(”"),
        ("(Japan) Korea)", "a “)” closes no “(”"),
        ("Japan NEAR Korea", "NEAR is not supported"),
        ("NEAR Korea", "NEAR is not supported"),
        ("Japan NEAR", "NEAR is not supported"),
        ("NEAR(Japan Korea", "NEAR is not supported"),
        ("NEAR/5", "NEAR is not supported"),
        ("OR", "OR needs a word on both sides"),
        ("Japan OR", "OR needs a word on both sides"),
        ("OR Japan", "OR needs a word on both sides"),
        ("Japan OR OR Korea", "OR needs a word on both sides"),
        ("Japan OR ()", "OR needs a word on both sides"),
        ("AND", "AND needs a word on both sides"),
        ("Japan AND", "AND needs a word on both sides"),
        ("NOT", "NOT needs a word or filter after it"),
        ("Japan NOT", "NOT needs a word or filter after it"),
        ("-()", "NOT needs a word or filter after it"),
        ("NOT (Japan Korea)", "NOT can exclude one word, one filter or words joined by OR"),
        ("-China OR Japan", "a word before OR cannot be excluded"),
        ("Japan OR -China", "a word after OR cannot be excluded with -"),
        ("(Japan tag:x) OR Korea", "OR joins words and phrases, not filters"),
    ],
)
def test_malformed_query_is_refused_with_its_reason(seeded: Store, text: str, reason: str) -> None:
    with pytest.raises(InvalidSearch) as refused:
        parse(text)
    assert str(refused.value).startswith(f"invalid search: {reason}")
    ways: tuple[Callable[[Store, str], Any], ...] = (search, source_ids)
    for way in ways:  # the CLI and results view, and the library list as the user types
        with pytest.raises(InvalidSearch, match="^invalid search: "):
            way(seeded, text)


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ('"seltene Erden', (Clause((Term(TermKind.PHRASE, ("seltene", "Erden")),)),)),
        ('Japan "', (Clause((_word("Japan"),)),)),
        ("(Japan OR Korea) China", (Clause((_word("Japan"), _word("Korea"))), Clause((_word("China"),)))),
        ("((Japan))", (Clause((_word("Japan"),)),)),
        ("(Japan China) OR Korea",
         (Clause((_word("Japan"), _word("Korea"))), Clause((_word("China"), _word("Korea"))))),
        ("-(Japan OR Korea)", (Clause((_word("Japan"), _word("Korea")), negated=True),)),
        ("NOT (Japan OR Korea)", (Clause((_word("Japan"), _word("Korea")), negated=True),)),
        ("NOT NOT Japan", (Clause((_word("Japan"),)),)),
        ("Biden(s)", (Clause((_word("Biden", "s"),)),)),
        ("Fazit: Japan", (Clause((_word("Fazit"),)), Clause((_word("Japan"),)))),
        ("Japan && Korea", (Clause((_word("Japan"),)), Clause((_word("Korea"),)))),
        ("near Japan", (Clause((_word("near"),)), Clause((_word("Japan"),)))),
    ],
)  # fmt: skip
def test_brackets_quotes_and_operators_mean_what_they_say(
    text: str, clauses: tuple[Clause, ...]
) -> None:
    assert parse(text).clauses == clauses


@pytest.mark.parametrize("typed", ["NOT tag:archive", "NOT schlagwort:archive", "-(tag:archive)"])
def test_not_before_a_filter_excludes_like_a_minus(seeded: Store, typed: str) -> None:
    assert parse(typed).filters == (Filter("tag", "archive", negated=True),)
    everything, tagged = source_ids(seeded, ""), source_ids(seeded, "tag:archive")
    assert len(tagged) == 2
    assert source_ids(seeded, typed) == source_ids(seeded, "-tag:archive")
    assert set(source_ids(seeded, typed)) == set(everything) - set(tagged)
    found = {r.source_id for r in search(seeded, f"Japan {typed}", limit=100)}
    assert found and found == {r.source_id for r in search(seeded, "Japan -tag:archive", limit=100)}
    assert not found & set(tagged)
