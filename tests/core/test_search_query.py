"""Query syntax, and the promise that any text either searches or says "invalid search"."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import importer
from reader.core.search import InvalidSearch, search
from reader.core.search_query import Clause, Filter, Term, TermKind, parse
from reader.core.search_text import analyse, compound_parts, fold
from reader.core.store import Store


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store.open(tmp_path_factory.mktemp("query") / "library.sqlite")
    importer.import_paths(store, [Path(__file__).resolve().parents[2] / "seeds"], workers=1)
    return store


def _word(*tokens: str) -> Term:
    return Term(TermKind.WORD, tokens)


def test_syntax() -> None:
    query = parse('Japan "seltene Erden" chip* -China Korea OR Taiwan tag:"Client X" in:notes')
    assert query.clauses == (
        Clause((_word("Japan"),)),
        Clause((Term(TermKind.PHRASE, ("seltene", "Erden")),)),
        Clause((Term(TermKind.PREFIX, ("chip",)),)),
        Clause((_word("China"),), negated=True),
        Clause((_word("Korea"), _word("Taiwan"))),
    )
    assert query.filters == (Filter("tag", "Client X"), Filter("in", "note"))


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("C++", (Clause((_word("C"),)),)),
        ("e-mail", (Clause((_word("e", "mail"),)),)),
        ('"unbalanced quote', (Clause((Term(TermKind.PHRASE, ("unbalanced", "quote")),)),)),
        ("a AND b", (Clause((_word("a"),)), Clause((_word("b"),)))),
        ("NOT b", (Clause((_word("b"),), negated=True),)),
        ("* - \x00 \"\" ''", ()),
        ("x*", (Clause((_word("x"),)),)),  # one letter is too short a prefix: the word itself
        ("http://example.com", (Clause((_word("http", "example", "com"),)),)),
    ],
)
def test_odd_input_becomes_words_or_nothing(text: str, clauses: tuple[Clause, ...]) -> None:
    assert parse(text).clauses == clauses


def test_folding_and_compounds() -> None:
    assert fold("Müller") == fold("Mueller") == "mueller"
    assert fold("Straße") == "strasse" and fold("Café") == "cafe"
    assert analyse("Die Lieferketten", "de").terms == "die lieferkett"
    assert {"kett", "liefer"} <= set(compound_parts("lieferkett"))
    assert compound_parts("kette") == ()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_searches_or_is_invalid(seeded: Store, text: str) -> None:
    try:
        results = search(seeded, text, limit=5)
    except InvalidSearch as exc:
        assert str(exc).startswith("invalid search: ") and len(str(exc)) < 120
    else:
        assert all(r.where in ("article", "highlight", "note") for r in results)


_SYNTAX = st.sampled_from(['"', "*", "-", "OR", "AND", "NOT", ":", "tag:", "in:", "label:",
                           "after:", "before:", "(", ")", "{", "}", "^", "+", "NEAR", " ", "\x00"])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_SYNTAX, st.text(max_size=6)), max_size=12).map("".join))
def test_fts_syntax_never_leaks(seeded: Store, text: str) -> None:
    try:
        search(seeded, text, limit=3)
    except InvalidSearch as exc:
        assert "invalid search: " in str(exc) and "fts5" not in str(exc).lower()


def test_huge_and_nul_input(seeded: Store) -> None:
    with pytest.raises(InvalidSearch):
        search(seeded, "Japan " * 2000)
    assert search(seeded, "Ja\x00pan")  == search(seeded, "Ja pan")
