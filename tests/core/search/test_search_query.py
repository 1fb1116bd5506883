"""Query syntax, and the promise that any text either searches or says "invalid search"."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import importer
from reader.core.analysis.terms import index_terms, part_finder, part_keys, part_prefixes
from reader.core.analysis.tokens import MIN_PART, fold
from reader.core.search import InvalidSearch, search, source_ids
from reader.core.search.query import Clause, Filter, Term, TermKind, parse
from reader.core.store import Store


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store.open(tmp_path_factory.mktemp("query") / "library.sqlite")
    importer.import_paths(store, [Path(__file__).resolve().parents[3] / "seeds"], workers=1)
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


@pytest.mark.parametrize("text", ["agency:", "Japan outlet:", "tag: Japan", "-Tag:"])
def test_a_filter_without_its_value_is_invalid_not_a_word(text: str) -> None:
    key = text.split(":")[0].lstrip("-").split()[-1].lower()
    with pytest.raises(InvalidSearch, match=f"{key}: needs a value"):
        parse(text)


def test_words_ending_in_a_colon_stay_words() -> None:
    assert parse("Fazit: Japan").clauses == (Clause((_word("Fazit"),)), Clause((_word("Japan"),)))


def test_folding_and_compounds() -> None:
    assert fold("Müller") == fold("Mueller") == "mueller"
    assert fold("Straße") == "strasse" and fold("Café") == "cafe"
    assert index_terms("", "Die Lieferketten", "de").body == "die lieferkett"
    assert {"kett", "liefer"} <= set(compound_parts("lieferkett"))
    assert compound_parts("kette") == ()


def compound_parts(stem: str) -> tuple[str, ...]:
    """What a compound part is, spelled out: every head and tail of at least MIN_PART letters
    that leaves at least MIN_PART letters ("lieferkett" → "kett", "erkett", …, "liefer")."""
    n = len(stem)
    if n < 2 * MIN_PART or not stem.isalpha():
        return ()
    tails = (stem[i:] for i in range(MIN_PART, n - MIN_PART + 1))
    heads = (stem[:j] for j in range(MIN_PART, n - MIN_PART + 1))
    return tuple(dict.fromkeys((*tails, *heads)))


@settings(max_examples=500, deadline=None)
@given(st.text("abcdeklnrt", min_size=0, max_size=14), st.text("abcdeklnrt", min_size=4, max_size=10))
def test_part_keys_find_exactly_the_compound_parts(stem: str, part: str) -> None:
    """The index's two part keys per stem answer "is `part` a head or tail?" as spelled out."""
    keys = part_keys(stem)
    head, tail = part_prefixes(part)
    by_keys = keys is not None and (keys[0].startswith(head) or keys[1].startswith(tail))
    assert by_keys == (part in compound_parts(stem)) == part_finder([part])(stem)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_searches_or_is_invalid(seeded: Store, text: str) -> None:
    try:
        results = search(seeded, text, limit=5)
    except InvalidSearch as exc:
        assert str(exc).startswith("invalid search: ") and len(str(exc)) < 120
    else:
        assert all(r.where in ("article", "highlight", "note") for r in results)


# FTS5's syntax, and what users bring from other search boxes: operators with something
# missing, brackets that do not close, NEAR, field names that are not filters.
_SYNTAX = st.sampled_from(['"', "*", "-", "OR", "AND", "NOT", ":", "tag:", "in:", "label:",
                           "after:", "before:", "(", ")", "{", "}", "^", "+", "NEAR", " ", "\x00",
                           "NEAR(", "NEAR/3", "-(", "()", "|", "&&", "title:", "Titel:",
                           "tag:Japan", "-tag:Japan", "Fazit:", "Japan", "Korea"])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_SYNTAX, st.text(max_size=6)), max_size=12).map("".join))
def test_fts_syntax_never_leaks(seeded: Store, text: str) -> None:
    _searches_or_says_why(seeded, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SYNTAX, max_size=10).map(" ".join))
def test_operators_and_brackets_search_or_say_why(seeded: Store, text: str) -> None:
    """The same, with the pieces apart, so operators meet brackets and filters as tokens."""
    _searches_or_says_why(seeded, text)


def _searches_or_says_why(seeded: Store, text: str) -> None:
    """Results, or "invalid search: <reason>" — in the results and in the library list."""
    try:
        results = search(seeded, text, limit=3)
        listed = source_ids(seeded, text)
    except InvalidSearch as exc:
        assert str(exc).startswith("invalid search: ") and len(str(exc)) < 120
        assert "fts5" not in str(exc).lower() and "cannot search for this" not in str(exc)
    else:
        assert isinstance(listed, list)
        assert all(r.where in ("article", "highlight", "note") for r in results)


def test_huge_and_nul_input(seeded: Store) -> None:
    with pytest.raises(InvalidSearch):
        search(seeded, "Japan " * 2000)
    assert search(seeded, "Ja\x00pan")  == search(seeded, "Ja pan")


def test_a_query_with_combining_marks_is_the_query_typed() -> None:
    """"Münchner" with a combining diaeresis (pasted from a PDF) found nothing: the library's
    text is NFC, as it was imported."""
    import unicodedata

    from reader.core.search.query import parse

    assert parse(unicodedata.normalize("NFD", "Münchner tag:Öl")) == parse("Münchner tag:Öl")
