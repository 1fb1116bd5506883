"""`briefing search`: the library's search from a terminal, with the window's query syntax.

Search is imported by the command itself, not by every `briefing` command that builds the
parser. A query's words come last on the command line (see `main.query_words_last`).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from reader.cli import fit
from reader.cli.common import CommandError, existing_tag, open_store, positive, shown_label_names
from reader.cli.highlight_numbers import the_labels

if TYPE_CHECKING:
    from reader.core.search import SearchResult


def cmd_search(args: argparse.Namespace) -> int:
    from reader.core import search

    query = " ".join(args.query)
    if not query.strip():  # the window lists everything then; "No matches." said none were there
        print("briefing: invalid search: nothing to search for (give words or filters)", file=sys.stderr)
        return 1
    names = shown_label_names(args)  # `label:` takes the user's own names, as in the window
    with open_store(args) as store:
        try:
            for tag in search.tags_named(query, names):  # not "No matches.", as `list --tag`
                existing_tag(store, tag, "tag")
            results = search.search(store, query, limit=args.limit, label_names=names)
        except (search.InvalidSearch, CommandError) as exc:
            # "invalid search: …" lacked the prefix; a label no name fits is told the labels there are
            labels = f"; the labels: {the_labels(names)}" if isinstance(exc, search.UnknownLabel) else ""
            print(f"briefing: {exc}{labels}", file=sys.stderr)
            return 1
        # Only when nothing is found: with --limit, a full page says nothing of how many more.
        suggestion = search.suggest(store, query, 0, label_names=names) if not results else None
    if args.json:
        print(json.dumps([_json(r) for r in results], ensure_ascii=False, indent=1))
    else:
        width = fit.columns()
        for r in results:
            print(fit.cut(f"{r.source_id:>6}  {r.where:<9}  {r.title}", width))
            print(fit.wrapped(r.snippet, 17, width))
        if not results:
            print("No matches.", file=sys.stderr)
    if suggestion is not None:  # on stderr, so what a script reads from stdout stays the results
        print(f"Did you mean: {suggestion.text}", file=sys.stderr)
    return 0


def _json(result: SearchResult) -> dict[str, Any]:
    """A hit as `--json` prints it: with the highlight's id for a highlight, which a script
    searching highlights for a briefing (`briefing add NAME --highlight ID`) had no way to get."""
    return result.to_json() | {"highlight_id": result.ref_id if result.where == "highlight" else None}


def add_search_command(commands: Any) -> None:
    """Hang `search` on the `briefing` command."""
    p = commands.add_parser("search", help="search articles, highlights and notes")
    p.add_argument("query", nargs="+", metavar="QUERY", help='words, "a phrase", prefix*, OR, '
                   "-word, tag:, outlet:, author:, agency:, label:, in:, before:, after:")  # fmt: skip
    p.add_argument("--limit", type=positive, default=20, metavar="N", help="at most N results (20)")
    p.add_argument("--json", action="store_true", help="print JSON, best match first")
    p.set_defaults(func=cmd_search)
