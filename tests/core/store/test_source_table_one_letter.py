"""The library table's word filter finds the same rows for a letter beyond A–Z typed alone
("ö", "é") since it no longer reads each row's text back into Python for it: the rows whose
title and credit, case-folded, hold every word (`text.fold_case`), as the check in Python
decided before. Rows of random Unicode text, words of one or two letters."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.core.ingest import prepare_bytes
from reader.core.store import SourceFilter, Store, table_ids
from reader.core.text import fold_case

# Letters that fold to another (Σ and final ς to σ, the micro sign to μ, Ǆ's three cases, the
# Ångström sign to å, the long ſ and Kelvin's K to A–Z, ß and ẞ to two letters, İ and ı).
TRICKY = "aAöÖéÉσςΣµμǄǅǆÅåÅſKkßẞsSİiIıﬀ"
_CHARACTER = st.sampled_from(TRICKY) | st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"))
_CELL = st.none() | st.text(_CHARACTER | st.just(" "), max_size=8)
ROWS = 4


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, list[int]]]:
    store = Store.open(Path(tmp_path_factory.mktemp("one_letter")) / "library.sqlite")
    made = [store.sources.add(prepare_bytes(f"Quelle {n}\n\nText der Quelle {n}.\n".encode(), f"{n}.txt"))[0]
            for n in range(ROWS)]  # fmt: skip
    yield store, made
    store.close()


def _holding(word: str, texts: list[str | None]) -> bool:
    """What the rows read again in Python were kept by: the word case-folded in the text."""
    text = " ".join(t or "" for t in texts)
    return fold_case(unicodedata.normalize("NFC", word)) in fold_case(text)


@settings(max_examples=400, deadline=None)
@given(rows=st.lists(st.tuples(st.text(_CHARACTER | st.just(" "), max_size=8), _CELL, _CELL, _CELL),
                     min_size=ROWS, max_size=ROWS),
       word=st.text(_CHARACTER, min_size=1, max_size=2))  # fmt: skip
def test_a_letter_beyond_a_to_z_finds_the_rows_folding_finds(library: tuple[Store, list[int]],
                                                             rows: list[tuple[str, str | None, str | None, str | None]],
                                                             word: str) -> None:  # fmt: skip
    folded = fold_case(unicodedata.normalize("NFC", word))
    assume(any(not c.isascii() and c.lower() != c.upper() for c in folded))  # a word the SQL can't match alone
    store, made = library
    with store.db.conn:
        store.db.conn.executemany("UPDATE sources SET title = ?, site_name = ?, byline = ?, agency = ? WHERE id = ?",
                                  [(*row, source_id) for row, source_id in zip(rows, made, strict=True)])  # fmt: skip
    by_title = {source_id for row, source_id in zip(rows, made, strict=True) if _holding(word, list(row))}
    by_credit = {source_id for row, source_id in zip(rows, made, strict=True) if _holding(word, list(row[1:]))}
    assert set(table_ids(store.db, filters=SourceFilter(words=word))) == by_title
    assert set(table_ids(store.db, filters=SourceFilter(credit_words=word))) == by_credit


ROWS_SEEN = [("Öl-Preis fällt", None, None, None), ("Bericht aus Berlin", None, "Björn Höcke", "dpa"),
             ("ΛΌΓΟΣ", None, None, None), ("λόγος bei Olaf", "Die Zeit", None, None)]  # fmt: skip


@pytest.mark.parametrize(("word", "listed"), [
    ("ö", {"Öl-Preis fällt", "Bericht aus Berlin"}),  # either case, in the title or the author; not "Olaf"
    ("Ö", {"Öl-Preis fällt", "Bericht aus Berlin"}),
    ("σ", {"ΛΌΓΟΣ", "λόγος bei Olaf"}),  # the capital Σ and the final ς
    ("é", set()),
    ("€", set()),  # no letter: matched as it is
])  # fmt: skip
def test_one_letter_lists_the_rows_holding_it_in_any_case(library: tuple[Store, list[int]], word: str,
                                                          listed: set[str]) -> None:  # fmt: skip
    store, made = library
    with store.db.conn:
        store.db.conn.executemany("UPDATE sources SET title = ?, site_name = ?, byline = ?, agency = ? WHERE id = ?",
                                  [(*row, source_id) for row, source_id in zip(ROWS_SEEN, made, strict=True)])  # fmt: skip
    ids = table_ids(store.db, filters=SourceFilter(words=word))
    assert {row[0] for row, source_id in zip(ROWS_SEEN, made, strict=True) if source_id in ids} == listed
