"""`briefing highlight`: highlights from a terminal (`note` is `note_commands`', `tag` `tag_commands`').

A highlight is placed by quoting its words (found once in the reading text), so a script can
mark the same passage a reader would select in the window.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from typing import Any

from reader.cli import fit
from reader.cli.common import (
    SOURCE_ID,
    CommandError,
    OpenStore,
    bind,
    no_highlight,
    no_source,
    shell_word,
    shown_label_names,
    usage_checked,
    words_left,
    wrap_usage,
)
from reader.cli.highlight_numbers import highlight_number, the_labels
from reader.cli.note_commands import add_note_command
from reader.cli.story_numbers import source_number
from reader.cli.tag_commands import add_tag_command
from reader.core.labels import DEFAULT_LABEL, LABEL_KEYS, label_name, resolve_label
from reader.core.models import Highlight
from reader.core.store import HighlightFilter, Store, marking, query_highlights

# What a keyboard types for what articles print, one character for one so offsets carry over:
# `--quote 'sei "nicht verhandelbar"'` found nothing in a text that prints „nicht verhandelbar“.
_TYPED = str.maketrans(dict.fromkeys("„“”‟″«»", '"') | dict.fromkeys("‚‘’‛′‹›", "'")
                       | dict.fromkeys("‐‑‒–—−", "-") | dict.fromkeys("\u00a0\u202f\u2007", " "))  # fmt: skip


def locate_quote(text: str, quote: str) -> int:
    """The one offset where `quote` occurs in `text`; CommandError naming the problem if not one.

    Quotes as typed: when the words are not there exactly, typographic quotation marks,
    apostrophes, dashes and no-break spaces in the text match their plain keyboard forms."""
    needle = unicodedata.normalize("NFC", quote)
    if not needle.strip():
        raise CommandError("the quote is empty")
    haystack = text
    found = _first_two(haystack, needle)
    if not found:
        haystack, needle = text.translate(_TYPED), needle.translate(_TYPED)
        found = _first_two(haystack, needle)
    if not found:
        raise CommandError(f"quote not found in the source's reading text: “{quote}”")
    if len(found) > 1:
        count = haystack.count(needle)
        raise CommandError(
            f"quote is ambiguous: it occurs {count} times in the reading text; quote more words"
        )
    return found[0]


def _unknown_label(typed: str, names: dict[str, str]) -> CommandError:
    """A label no key, name or digit names, answered with the labels there are: "use a key, a
    name or a digit 1–5" named none of them, and `--help` did not either."""
    return CommandError(f"unknown label “{typed}”; the labels: {the_labels(names)}")


def _label_given(args: argparse.Namespace) -> None:
    """ValueError, for `usage_checked`, when `highlight label` was not told the highlight or the
    label: argparse said only "the following arguments are required: LABEL", not what a label
    is or how the command goes."""
    if args.highlight is None:
        raise ValueError("say which highlight gets which label, e.g. briefing highlight label 5 evidence "
                         "(`briefing highlight list SOURCE` shows a source's highlights and their numbers)")  # fmt: skip
    if args.label is None:
        raise ValueError(f"say which label highlight #{args.highlight} gets: {the_labels(shown_label_names(args))}; "
                         f"e.g. briefing highlight label {args.highlight} evidence")  # fmt: skip


def _refuse_the_heading(title: str, teaser: str | None, text: str, quote: str) -> None:
    """A quote from the title or teaser, which `briefing show` prints above the reading text
    but which is no part of it: "quote not found in the source's reading text" for words the
    user had just copied from `show` read as a bug. Said as what it is."""
    plain = quote.translate(_TYPED)
    if plain in text.translate(_TYPED):
        return
    for part, words in (("title", title), ("teaser", teaser or "")):
        if plain.strip() and plain in words.translate(_TYPED):
            raise CommandError(f"“{quote}” is in the source's {part}, which `briefing show` prints above "
                               "the reading text; only the reading text can be highlighted")  # fmt: skip


def _first_two(text: str, needle: str) -> list[int]:
    found: list[int] = []
    at = text.find(needle)
    while at >= 0 and len(found) < 2:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def cmd_highlight_add(args: argparse.Namespace, open_store: OpenStore) -> int:
    names = shown_label_names(args)
    label = DEFAULT_LABEL if args.label is None else resolve_label(args.label, names)
    if label is None:
        raise _unknown_label(args.label, names)
    with open_store(args) as store:
        source = store.sources.get(args.source)
        if source is None:
            raise no_source(store, [args.source])
        quote = unicodedata.normalize("NFC", args.quote)
        _refuse_the_heading(source.title, source.teaser, source.reading_text, quote)
        start = locate_quote(source.reading_text, quote)
        span = (start, start + len(quote))
        there = store.highlights.for_source(source.id)
        same = marking(there, span, None if args.label is None else label)
        if same is None:
            highlight, _ = store.highlights.add(source.id, *span, label, args.note or "")
            where, words = _placed(store, source.id, highlight.id)
            print(fit.cut(f"highlight #{highlight.id} ({label_name(label, names)}){where}: “{words}”"
                          + _inside(there, span), fit.columns()))  # fmt: skip
            return 0
        # The same words again (a script run twice), or words inside a highlight of the label
        # asked for, stacked a second highlight; as in the window, the one there takes the
        # label asked for, and the note when it has none.
        note = args.note or ""
        if note and same.annotation and note != same.annotation:
            raise CommandError(f"highlight #{same.id} marks these words already, with a note of its own; "
                               "nothing was changed")  # fmt: skip
        label = same.label if args.label is None else label
        store.highlights.update(same.id, label=label, annotation=note or None)
        where, words = _placed(store, source.id, same.id)
    print(fit.cut(f"highlight #{same.id} ({label_name(label, names)}){where} marks these words already: “{words}”",
                  fit.columns()))  # fmt: skip
    return 0


def _inside(there: list[Highlight], span: tuple[int, int]) -> str:
    """" (inside highlight #5)" for a new highlight on words another one (of another label)
    holds: the terminal does not show the colours that tell the window's reader so."""
    around = marking(there, span, None)
    return f" (inside highlight #{around.id})" if around else ""


def _placed(store: Store, source_id: int, highlight_id: int) -> tuple[str, str]:
    """A highlight's paragraph (" in ¶2"; "" for one whose words were lost in an update) and its
    words, as `highlight list` and the exports give them (in the article's own characters, which
    a typed quote matched). `add` said "at 30–68", 0-based character offsets shown nowhere else:
    nothing a user could find the words by. `highlight list --json` keeps `start` and `end`."""
    rows = query_highlights(store.db, HighlightFilter(source_id=source_id))
    row = next(r for r in rows if r.highlight_id == highlight_id)
    return (f" in ¶{row.paragraph}" if row.paragraph else ""), row.exact


def cmd_highlight_list(args: argparse.Namespace, open_store: OpenStore) -> int:
    names = shown_label_names(args)
    with open_store(args) as store:
        if store.sources.get(args.source) is None:
            raise no_source(store, [args.source])
        rows = query_highlights(store.db, HighlightFilter(source_id=args.source))
        spans = {h.id: (h.start, h.end) for h in store.highlights.for_source(args.source)}
        review = set(store.revisions.needs_review(args.source))  # placed on changed wording
    data = [_highlight_json(r, spans[r.highlight_id]) | {"needs_review": r.highlight_id in review} for r in rows]
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    for item in data:
        where = f"¶{item['paragraph']}" if item["paragraph"] else "orphaned"
        check = "  (the words changed in an update: check)" if item["needs_review"] else ""
        print(f"{item['id']:>6}  {label_name(item['label'], names):<16} {where:<6} {item['quote']}{check}")
        if item["annotation"]:
            print(f"{'':>8}note: {item['annotation']}")
    if not data:  # a bare nothing read as a command that did not run; on stderr, as `list`'s
        # "source #2", as `note show` says it: "#2 has no highlights" read as highlight #2
        print(f"source #{args.source} has no highlights yet; `briefing highlight add {args.source} --quote TEXT` "
              "adds one", file=sys.stderr)  # fmt: skip
    return 0


def _highlight_json(row: Any, span: tuple[int, int]) -> dict[str, Any]:
    return {
        "id": row.highlight_id, "label": row.label, "quote": row.exact,
        "annotation": row.annotation, "paragraph": row.paragraph, "anchored": row.anchored,
        "start": span[0], "end": span[1],
    }  # fmt: skip


def cmd_highlight_label(args: argparse.Namespace, open_store: OpenStore) -> int:
    """Change a highlight's label (its colour and meaning); the quote and annotation stay."""
    names = shown_label_names(args)
    label = resolve_label(args.label, names)
    if label is None:
        raise _unknown_label(args.label, names)
    with open_store(args) as store:
        highlight = store.highlights.get(args.highlight)
        if highlight is None:
            raise no_highlight([args.highlight])
        if highlight.label != label:
            store.highlights.update(highlight.id, label=label)
        else:  # what was asked holds already: said, exit status 0, as `tag add` says it (README)
            print(f"highlight #{args.highlight} has the label “{label_name(label, names)}” already; nothing was "
                  "changed", file=sys.stderr)  # fmt: skip
    print(f"highlight #{args.highlight}: {label_name(label, names)}")
    return 0


def cmd_highlight_delete(args: argparse.Namespace, open_store: OpenStore) -> int:
    """Delete highlights, as the window's Delete does: a wrong or doubled one could be added from
    a terminal but not taken away there."""
    ids = list(dict.fromkeys(args.highlights))
    with open_store(args) as store:
        found = [h for h in map(store.highlights.get, ids) if h is not None]
        missing = sorted(set(ids) - {h.id for h in found})
        if missing:
            raise no_highlight(missing, " (nothing was deleted)")
        quoted = {h.id: store.highlights.briefings_with(h.id) for h in found}
        for highlight in found:
            store.highlights.delete(highlight.id)
    for highlight in found:
        # A briefing's export leaves a deleted highlight out: say so, not only in `show`.
        names = ", ".join(f"“{name}”" for name in quoted[highlight.id])
        gone = f" (no longer in the briefing{'s' if len(quoted[highlight.id]) > 1 else ''} {names})" if names else ""
        print(f"deleted highlight #{highlight.id} “{highlight.exact}”{gone}")
    return 0


def add_annotation_commands(commands: Any, opener: OpenStore) -> None:
    """Hang highlight, note and tag on the `briefing` command's subparsers."""
    _add_highlight(commands, opener)
    add_note_command(commands, opener)  # between them, where `briefing --help` has always listed it
    add_tag_command(commands, opener)


def _quote_given(args: argparse.Namespace) -> None:
    """ValueError, for `usage_checked`, when `highlight add` was given no quote. --quote is not
    `required` to argparse, which checks that before the words left over are read: the quote
    typed without it said only "the following arguments are required: --quote"."""
    if args.quote is None:
        raise ValueError(f"say which words to highlight: --quote TEXT (words of the reading text, found once), "
                         f"e.g. briefing highlight add {args.source} --quote \"Worte aus dem Text\"")  # fmt: skip


def _quote_as_words(parsed: argparse.Namespace, extras: list[str], typed: list[str]) -> str | None:
    """`highlight add 1 'hochrangigen Treffen'`, the quote without --quote (or several words after
    it unquoted): the command as it goes, with the label and note given."""
    after = "".join(f" {option} {shell_word(value)}" for option, value
                    in (("--label", parsed.label), ("--note", parsed.note)) if value is not None)  # fmt: skip
    return words_left("quote", "--quote", f"briefing highlight add {parsed.source}", parsed.quote, extras, typed,
                      after)


def _add_highlight(commands: Any, opener: OpenStore) -> None:
    group = commands.add_parser("highlight", help="add, relabel, delete or list a source's highlights")
    sub = group.add_subparsers(dest="highlight_command", required=True, metavar="ACTION")
    p = sub.add_parser("add", help="highlight a quote of the source's reading text")
    p.add_argument("source", type=source_number, metavar="SOURCE", help=SOURCE_ID)
    p.add_argument("--quote", metavar="TEXT", help="the exact words, found once")  # needed: see `_quote_given`
    p.add_argument("--label", metavar="L", help=f"{', '.join(LABEL_KEYS)}, a label's name or its digit 1–5 "
                   "(default: key, “Key point”)")  # fmt: skip
    p.add_argument("--note", metavar="N", help="an annotation")
    wrap_usage(p, "[-h] --quote TEXT [--label L] [--note N] SOURCE")
    p.set_defaults(func=usage_checked(p, _quote_given, bind(cmd_highlight_add, opener)),
                   explain_extra_words=_quote_as_words)  # fmt: skip
    p = sub.add_parser("label", help="change a highlight's label")
    p.add_argument("highlight", nargs="?", type=highlight_number, metavar="HIGHLIGHT",  # needed: see `_label_given`
                   help="its id (see `briefing highlight list SOURCE`)")  # fmt: skip
    p.add_argument("label", nargs="?", metavar="LABEL", help=f"{', '.join(LABEL_KEYS)}, a label's name or its digit 1–5")
    wrap_usage(p, "[-h] HIGHLIGHT LABEL")
    p.set_defaults(func=usage_checked(p, _label_given, bind(cmd_highlight_label, opener)))
    p = sub.add_parser("delete", help="delete highlights")
    p.add_argument("highlights", nargs="+", type=highlight_number, metavar="HIGHLIGHT", help="their ids (see `briefing highlight list SOURCE`)")
    p.set_defaults(func=bind(cmd_highlight_delete, opener))
    p = sub.add_parser("list", help="list a source's highlights in document order")
    p.add_argument("source", type=source_number, metavar="SOURCE", help=SOURCE_ID)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=bind(cmd_highlight_list, opener))
