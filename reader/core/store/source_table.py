"""The library as a table: sortable columns, filters, and the bulk changes a selection gets.

The window's list shows two lines per source; the table (like Zotero's item list) shows one row
per source with a column per fact — title, outlet, author, published, added, highlights, note,
unread — any of which sorts the library, and filters for outlet, author, unread and language
beside the tag filter. Ids come in display order from one query (the model fetches rows a page
at a time), so a library of 100,000 sources costs one id list, as the list does.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from reader.core.changes import Changes
from reader.core.footnotes import wire
from reader.core.store.connection import chunks, now, write_transaction
from reader.core.text import fold_case, sort_key

# Whether the source's note (alias n) has words in it: a note emptied in the editor can keep a
# line break, and SQLite's trim() alone strips spaces only, so such a note showed ✎.
NOTE_HAS_WORDS = "trim(n.body, ' ' || char(9, 10, 13)) != ''"

# Who ran the source, as the Outlet column shows it: its outlet, else a wire report's agency.
_SHOWN_OUTLET = "coalesce(nullif(s.site_name, ''), s.agency, '')"
# What the word filters look in: the credit (outlet, author, agency), or the title and the credit.
_CREDIT = "coalesce(s.site_name, '') || ' ' || coalesce(s.byline, '') || ' ' || coalesce(s.agency, '')"
_CREDIT_COLUMNS = ("s.site_name", "s.byline", "s.agency")
_TITLE_AND_CREDIT = f"coalesce(s.title, '') || ' ' || {_CREDIT}"
# What LIKE meets in the columns for a folded word (`fold_case`) holding "s" or "i": "ß" and
# "ẞ" fold to "ss", "İ" to "I", two letters or one beside A–Z, which no `_` stands for (LIKE
# folds A–Z). A word of A–Z letters is then matched exactly in SQL ("strasse" and "gross" find
# "Straße" and "Großbritannien", "ilkay" "İlkay"); each replace costs some 2 ms at 10,000 sources,
# so only the words that can need one get it.
_FOLDED_IN_SQL = (("s", ("ß", "ss")), ("s", ("ẞ", "ss")), ("i", ("İ", "I")))
# Column key → SQL sort expression (ascending); ids break ties stably. Words sort as a reader
# files them (`sort_key`: any case, "Ö" with the O's, past opening quotes).
SORT_KEYS: dict[str, str] = {
    "title": "sort_key(s.title)",
    "outlet": f"{_SHOWN_OUTLET} = '', sort_key({_SHOWN_OUTLET})",
    "author": "coalesce(s.byline, '') = '', sort_key(s.byline)",
    "published": "s.published IS NULL, s.published",
    "added": "s.imported_at",
    "highlights": "(SELECT count(*) FROM highlights h WHERE h.source_id = s.id AND h.deleted_at IS NULL)",
    "note": f"coalesce((SELECT {NOTE_HAS_WORDS} FROM notes n WHERE n.source_id = s.id), 0)",
    "unread": "s.opened_at IS NULL",
}
COLUMN_KEYS = tuple(SORT_KEYS)
# Sorting down a date or a count means "newest / most first"; undated and empty stay last.
_DESCENDING = {
    "published": "s.published IS NULL, s.published DESC",
    "outlet": f"{_SHOWN_OUTLET} = '', sort_key({_SHOWN_OUTLET}) DESC",
    "author": "coalesce(s.byline, '') = '', sort_key(s.byline) DESC",
}


@dataclass(frozen=True, slots=True)
class SourceFilter:
    """What the library shows: every live source narrowed by any of these."""

    tag: str | None = None
    outlet: str | None = None  # the outlet, or the news agency a wire report came from ("dpa")
    author: str | None = None
    lang: str | None = None
    unread_only: bool = False
    words: str = ""  # each plain word must occur in the title, outlet, author or agency (any case)
    credit_words: str = ""  # …in the outlet, author or agency: a title naming "Japan" is no credit of it

    def sql(self) -> tuple[str, list[Any]]:
        """A WHERE clause over `sources s` and its parameters. A word with a letter beyond A–Z
        lets through rows with any letter in its place: `table_ids` checks them again (not for
        such a letter alone, which the SQL answers: `_one_cased_letter`)."""
        clauses, params = ["s.deleted_at IS NULL"], []
        if self.tag is not None:
            clauses.append("s.id IN (SELECT st.source_id FROM source_tags st JOIN tags t ON t.id = st.tag_id"
                           " WHERE t.name = ? COLLATE NOCASE)")  # fmt: skip
            params.append(self.tag)
        if self.outlet is not None:
            clause, values = outlet_condition(self.outlet)
            clauses.append(clause)
            params += values
        for column, value in (("byline", self.author), ("lang", self.lang)):
            if value is not None:
                clauses.append(f"s.{column} = ? COLLATE NOCASE")
                params.append(value)
        if self.unread_only:
            clauses.append("s.opened_at IS NULL")
        for words, columns, each in ((self.words, _TITLE_AND_CREDIT, ("s.title", *_CREDIT_COLUMNS)),
                                     (self.credit_words, _CREDIT, _CREDIT_COLUMNS)):  # fmt: skip
            for folded in _folded_words(words):
                if not _one_cased_letter(folded):  # for one such letter the `instr` says all
                    clauses.append(f"{_folded_in_sql(columns, folded)} LIKE ? ESCAPE '\\'")
                    params.append(f"%{_any_letter_beyond_az(_like_escaped(folded))}%")
                for forms in map(_folding_to, dict.fromkeys(filter(_cased_beyond_az, folded))):
                    clauses.append(f"({' OR '.join(f'instr({column}, ?)' for column in each for _ in forms)})")
                    params += [form for _column in each for form in forms]
        return " AND ".join(clauses), params


def outlet_condition(name: str) -> tuple[str, list[Any]]:
    """A condition over `sources s`, and its parameters: the source came from `name`, its outlet
    or the news agency of a wire report, which is listed under it as its row names it ("dpa/lno
    · 14. Nov."): any of the agency's regional desks, as a reference cites it (`footnotes.wire`)."""
    return ("(s.site_name = ? COLLATE NOCASE OR s.agency = ? COLLATE NOCASE OR s.agency LIKE ? ESCAPE '\\')",
            [name, name, _like_escaped(name) + "/%"])  # fmt: skip


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _folded_in_sql(columns: str, word: str) -> str:
    """`columns` with the letters replaced that `word` (folded) may meet as "ss" or "i"."""
    for letter, (was, becomes) in _FOLDED_IN_SQL:
        if letter in word:
            columns = f"replace({columns}, '{was}', '{becomes}')"
    return f"({columns})"


def _any_letter_beyond_az(pattern: str) -> str:
    """`pattern` (LIKE, folded) with each letter beyond A–Z that has a case as `_`, any one
    character: LIKE folds the case of A–Z only, and "özdemir" found no "Cem Özdemir", "über"
    no title with "Über". `table_ids` checks the rows it lets through (`_unsure_words`)."""
    return "".join("_" if _cased_beyond_az(c) else c for c in pattern)


def _cased_beyond_az(char: str) -> bool:
    return not char.isascii() and char.lower() != char.upper()


def _one_cased_letter(folded: str) -> bool:
    """Whether the word (folded) is one letter beyond A–Z that has a case, the first letter
    typed of "ö…" or "é…": the SQL's `instr` for some character folding to it then finds
    exactly the rows whose folded text holds it (folding goes character by character), so
    its LIKE ("%_%", every row) is left out and its rows are not read again in Python. With
    both, a letter most rows hold had every row read and folded on each pause in typing."""
    return len(folded) == 1 and _cased_beyond_az(folded)


@functools.cache
def _folding_to(letter: str) -> list[str]:
    """The characters whose folding (`fold_case`) holds `letter`, a letter beyond A–Z: a row
    holds one of them wherever its folded text holds the letter. Asked of each such letter in
    SQL beside the `_` it is in the LIKE, it keeps the rows `table_ids` reads in Python to those
    that can hold the word: "öl" let through every row with an "l" in it, and 100,000 sources
    took 320 ms for none, now 90. (No letter past U+1E943 has a case; some 50 ms a letter, once.)"""
    return sorted({char for char in map(chr, range(0x1E944)) if letter in fold_case(char)} | {letter})


def _unsure_words(filters: SourceFilter) -> list[tuple[str, str]]:
    """The words, folded, that the SQL matches with `_` for a letter beyond A–Z, each with
    what it must occur in ("title" and credit, or "credit" alone): only these need the rows'
    text in Python, so a filter of plain A–Z words is one SQL query as before."""
    return [(folded, where) for words, where in ((filters.words, "title"), (filters.credit_words, "credit"))
            for folded in _folded_words(words)
            if any(map(_cased_beyond_az, folded)) and not _one_cased_letter(folded)]  # fmt: skip


def _folded_words(words: str) -> list[str]:
    """The typed words folded (`fold_case`), and composed (NFC) first as the library's text is
    (`text.normalise`): an "Ö" pasted as "O" and a combining diaeresis, as a PDF or a macOS
    file name has it, found no "Österreich"."""
    return [fold_case(unicodedata.normalize("NFC", word)) for word in words.split()]


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One row of the library table."""

    id: int
    title: str
    title_derived: bool
    outlet: str | None
    author: str | None
    published: str | None
    imported_at: str
    highlight_count: int
    has_note: bool
    unread: bool
    lang: str | None
    agency: str | None = None  # not a table column: search-as-you-type finds and shows it


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """The values the filters offer: those the live library holds, with how many sources."""

    outlets: list[tuple[str, int]]
    authors: list[tuple[str, int]]
    languages: list[tuple[str, int]]


def table_ids(db: sqlite_utils.Database, sort: str = "published", descending: bool = True,
              filters: SourceFilter | None = None) -> list[int]:  # fmt: skip
    """Live source ids in table order: by column `sort`, down or up, narrowed by `filters`."""
    if sort not in SORT_KEYS:
        raise ValueError(f"cannot sort by {sort!r}")
    filters = filters or SourceFilter()
    where, params = filters.sql()
    if descending:
        order = _DESCENDING.get(sort) or f"{SORT_KEYS[sort]} DESC"
        order += ", s.id DESC"
    else:
        order = f"{SORT_KEYS[sort]}, s.id"
    unsure = _unsure_words(filters)
    if not unsure:
        return [row[0] for row in db.execute(f"SELECT s.id FROM sources s WHERE {where} ORDER BY {order}", params)]
    # The rows the `_` let through, checked word by word: the table counts its ids, and a
    # count in SQL would have counted "Ozdemir" and "Aźdemir" for "özdemir". Only the text the
    # words look in is read and folded: credit words (the live search's Outlet/author hits, as
    # you type) read and folded every title as well.
    looked_in = sorted({looked for _word, looked in unsure})
    columns = ", ".join(_TITLE_AND_CREDIT if looked == "title" else _CREDIT for looked in looked_in)
    rows = db.execute(f"SELECT s.id, {columns} FROM sources s WHERE {where} ORDER BY {order}", params)
    kept = []
    for source_id, *texts in rows:
        folded = dict(zip(looked_in, map(fold_case, texts), strict=True))
        if all(word in folded[looked] for word, looked in unsure):
            kept.append(source_id)
    return kept


def table_rows(db: sqlite_utils.Database, ids: Sequence[int]) -> list[SourceRow]:
    """Rows for `ids`, in the order given (ids no longer present are skipped)."""
    found: dict[int, SourceRow] = {}
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            "SELECT s.id, s.title, s.title_derived, s.site_name, s.byline, s.published, s.imported_at,"
            " (SELECT count(*) FROM highlights h WHERE h.source_id = s.id AND h.deleted_at IS NULL),"
            f" (SELECT {NOTE_HAS_WORDS} FROM notes n WHERE n.source_id = s.id),"
            f" s.opened_at IS NULL, s.lang, s.agency FROM sources s WHERE s.id IN ({marks})",
            chunk,
        ):
            found[row[0]] = SourceRow(
                id=row[0], title=row[1], title_derived=bool(row[2]), outlet=row[3], author=row[4],
                published=row[5], imported_at=row[6], highlight_count=int(row[7]),
                has_note=bool(row[8]), unread=bool(row[9]), lang=row[10], agency=row[11],
            )  # fmt: skip
    return [found[i] for i in ids if i in found]


def filter_choices(db: sqlite_utils.Database) -> FilterChoices:
    def counted(column: str) -> list[tuple[str, int]]:
        return [(str(value), int(count)) for value, count in db.execute(
            f"SELECT {column}, count(*) FROM sources WHERE deleted_at IS NULL AND coalesce({column}, '') != ''"
            f" GROUP BY {column} COLLATE NOCASE ORDER BY sort_key({column})")]  # fmt: skip

    return FilterChoices(_outlets_and_agencies(db, counted("site_name")), counted("byline"), counted("lang"))


def _outlets_and_agencies(db: sqlite_utils.Database, outlets: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The outlets and the news agencies wire reports came from, in one list as the library's
    rows name them ("Handelsblatt", "dpa", "Reuters"): a report credited to "dpa/lno" and none
    else was in no entry. An agency counts what `SourceFilter(outlet=…)` lets through, so an
    outlet of the same name ("Reuters" with its own "(Reuters)" datelines) is one entry."""
    names = {name.casefold(): name for name, _ in outlets}
    counts = dict(outlets)
    agencies = db.execute("SELECT DISTINCT agency FROM sources WHERE deleted_at IS NULL AND coalesce(agency, '') != ''")
    for (agency,) in agencies.fetchall():
        name = names.setdefault((wire(agency) or agency).casefold(), wire(agency) or agency)
        where, params = SourceFilter(outlet=name).sql()
        counts[name] = int(db.execute(f"SELECT count(*) FROM sources s WHERE {where}", params).fetchone()[0])
    return sorted(((name, counts[name]) for name in names.values()), key=lambda entry: sort_key(entry[0]) or "")


def opened_states(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, str | None]:
    """Each source's `opened_at` (None: unread), to put back when marking read/unread is undone."""
    states: dict[int, str | None] = {}
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        states.update(db.execute(f"SELECT id, opened_at FROM sources WHERE id IN ({marks})", chunk).fetchall())
    return states


def set_read(db: sqlite_utils.Database, ids: Sequence[int], read: bool) -> Changes:
    """Mark sources read (opened now, unless they were) or unread (never opened)."""
    stamp = now()
    with write_transaction(db):
        for source_id in ids:
            if read:
                db.execute("UPDATE sources SET opened_at = coalesce(opened_at, ?) WHERE id = ?", (stamp, source_id))
            else:
                db.execute("UPDATE sources SET opened_at = NULL WHERE id = ?", (source_id,))
    return Changes(sources_updated=frozenset(ids))


def restore_opened(db: sqlite_utils.Database, states: Mapping[int, str | None]) -> Changes:
    """Put back what `opened_states` saw."""
    with write_transaction(db):
        db.conn.executemany("UPDATE sources SET opened_at = ? WHERE id = ?", [(v, k) for k, v in states.items()])
    return Changes(sources_updated=frozenset(states))
