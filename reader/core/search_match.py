"""Turning a parsed query into what SQLite runs: an FTS5 MATCH expression and filter SQL.

Every piece of user text reaches FTS5 inside a double-quoted string, so nothing a user types
is ever FTS5 syntax. A word matches its folded stem in any language we stem, or (four letters
or more) the head or tail of a German compound; a phrase matches the original text with its
accents; a prefix matches original words starting so, in either umlaut spelling.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reader.core.search_query import Clause, Filter, Query, Term, TermKind
from reader.core.search_text import MIN_PART, STEMMED_LANGUAGES, analyser, fold

TEXT_COLUMNS = "{head body}"
TERM_COLUMNS = "{head_terms body_terms}"
PARTS_COLUMN = "parts"

# bm25 weights in column order (kind, source_id, ref_id, head, body, head_terms, body_terms,
# parts): a hit in the title or teaser counts for several in the body; a compound part, which
# may be a coincidence of letters, counts least.
BM25 = "bm25(search_index, 0, 0, 0, 10.0, 1.0, 5.0, 1.0, 0.4)"
# Highlights are what the user found important; notes are their own words.
KIND_BOOST = "CASE {rid} % 4 WHEN 2 THEN 1.5 WHEN 3 THEN 1.2 ELSE 1.0 END"
# The source of an index row, from its rowid alone (no read of the row's stored text).
SOURCE_OF = (
    "(CASE {rid} % 4 WHEN 2 THEN (SELECT h.source_id FROM highlights h WHERE h.id = {rid} / 4)"
    " ELSE {rid} / 4 END)"
)
DATE_OF = "(SELECT coalesce(d.published, substr(d.imported_at, 1, 10)) FROM sources d WHERE d.id = {sid})"
_KIND_CODES = {"article": 1, "highlight": 2, "note": 3}


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _or(parts: Iterable[str]) -> str:
    unique = list(dict.fromkeys(parts))
    return unique[0] if len(unique) == 1 else "(" + " OR ".join(unique) + ")"


def word_variants(term: Term) -> list[tuple[str, ...]]:
    """The stem sequences a word may have in the index: one per stemming language, and folded."""
    folded = tuple(fold(t) for t in term.tokens)
    variants = [tuple(analyser(lang).stem(t) for t in folded) for lang in STEMMED_LANGUAGES]
    return list(dict.fromkeys([*variants, folded]))


def part_stems(term: Term) -> list[str]:
    """What a single word is looked for as a German compound part: its stem, and as typed.

    Both, because Snowball may stem a word alone differently from the same word at the end
    of a compound (it sees a longer word); parts shorter than MIN_PART are never indexed.
    """
    if len(term.tokens) != 1:
        return []
    folded = fold(term.tokens[0])
    candidates = (analyser("de").stem(folded), folded)
    return [c for c in dict.fromkeys(candidates) if len(c) >= MIN_PART and c.isalpha()]


def prefix_variants(term: Term) -> list[tuple[str, ...]]:
    """The prefix as typed and in the other umlaut spelling ("Müll*" ~ "Muell*", "Muell*" ~ "Müll*")."""
    typed = tuple(t.lower() for t in term.tokens)
    folded = tuple(fold(t) for t in term.tokens)
    umlauted = tuple(_umlaut(t) for t in typed)
    return list(dict.fromkeys([typed, folded, umlauted]))


def _umlaut(word: str) -> str:
    for spelled, letter in (("ae", "ä"), ("oe", "ö"), ("ue", "ü")):
        word = word.replace(spelled, letter)
    return word


def term_expression(term: Term) -> str:
    if term.kind is TermKind.PHRASE:
        return f"{TEXT_COLUMNS} : {_quote(' '.join(term.tokens))}"
    if term.kind is TermKind.PREFIX:
        options = (_quote(" ".join(v)) + "*" for v in prefix_variants(term))
        return f"{TEXT_COLUMNS} : {_or(options)}"
    stems = f"{TERM_COLUMNS} : {_or(_quote(' '.join(v)) for v in word_variants(term))}"
    parts = part_stems(term)
    return f"({stems} OR {PARTS_COLUMN} : {_or(_quote(p) for p in parts)})" if parts else stems


def clause_expression(clause: Clause) -> str:
    return _or(term_expression(t) for t in clause.alternatives)


def match_expression(clauses: Iterable[Clause]) -> str | None:
    """FTS5 MATCH text for clauses that must all match; None when there are none."""
    parts = [clause_expression(c) for c in clauses]
    return " AND ".join(parts) if parts else None


def any_expression(clauses: Iterable[Clause]) -> str | None:
    """FTS5 MATCH text matching rows that match any of the clauses (for exclusion)."""
    parts = [clause_expression(c) for c in clauses]
    return _or(parts) if parts else None


@dataclass(frozen=True, slots=True)
class FilterSql:
    """SQL conditions (AND-ed) over an index row `{rid}`, with their parameters."""

    conditions: tuple[str, ...]
    params: tuple[object, ...]


def filter_sql(query: Query, rid: str) -> FilterSql:
    """The conditions the query's filters put on the index row whose rowid is `rid`."""
    sid = SOURCE_OF.format(rid=rid)
    conditions: list[str] = []
    params: list[object] = []
    wanted = [f.value for f in query.filters if f.key == "in" and not f.negated]
    if wanted:
        conditions.append(f"{rid} % 4 IN ({', '.join(str(_KIND_CODES[w]) for w in wanted)})")
    for f in query.filters:
        if f.key == "in" and not f.negated:
            continue
        sql, value = _condition(f, rid, sid)
        conditions.append(f"NOT ({sql})" if f.negated else sql)
        params.extend(value)
    return FilterSql(tuple(conditions), tuple(params))


def _condition(f: Filter, rid: str, sid: str) -> tuple[str, tuple[object, ...]]:
    if f.key == "in":
        return f"{rid} % 4 = {_KIND_CODES[f.value]}", ()
    if f.key == "tag":
        tagged = (
            "EXISTS (SELECT 1 FROM source_tags st JOIN tags t ON t.id = st.tag_id"
            f" WHERE st.source_id = {sid} AND t.name = ?)"
        )
        return tagged, (" ".join(f.value.split()),)
    if f.key == "outlet":
        return (
            f"(SELECT instr(lower(coalesce(o.site_name, '')), ?) FROM sources o WHERE o.id = {sid}) > 0",
            (f.value.lower(),),
        )
    if f.key == "label":
        labelled = (
            f"({rid} % 4 = 2 AND EXISTS (SELECT 1 FROM highlights l"
            f" WHERE l.id = {rid} / 4 AND l.label = ?))"
        )
        return labelled, (f.value,)
    operator = ">=" if f.key == "after" else "<"
    return f"{DATE_OF.format(sid=sid)} {operator} ?", (f.value,)
