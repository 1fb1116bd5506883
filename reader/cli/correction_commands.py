"""`briefing entities --corrections` and `--take-back NAME`: the corrections made in the
window's Entities view, listed and taken back.

`--hidden` listed only the entries marked "Not a name" that a source still names; a kind
changed or a merge could not be seen here at all, and a correction whose entry is gone (its
sources deleted) is kept by name (`EntityCorrections.made`) — it holds again, unseen,
when a source names it again. Now every one is listed, those no source names now marked so,
and `--take-back NAME` (with `--kind` where two kinds share the name) removes one: the entry
lists as the rules have it again.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from typing import TYPE_CHECKING

from reader.cli import fit
from reader.cli.common import CommandError, a_name
from reader.core.store import Store
from reader.core.text import normalise

if TYPE_CHECKING:
    from reader.core.store import CorrectionMade as Made


def _what(entry: Made) -> str:
    c = entry.correction
    said = ["not a name"] if c.hidden else []
    if entry.kind_changed:
        said.append(f"listed as {c.to_kind}")
    elif entry.merged:
        said.append(f"merged into “{c.to_name or c.to_key}”")
    return ", ".join(said)


def _json(entry: Made) -> dict[str, object]:
    c = entry.correction
    return {"kind": c.kind, "name": c.name, "hidden": c.hidden,
            "listed_as": c.to_kind if entry.kind_changed else None,
            "merged_into": (c.to_name or c.to_key) if entry.merged else None,
            "named_now": entry.present, "made_at": entry.made_at}  # fmt: skip


def list_corrections(store: Store, kind: str | None, as_json: bool) -> int:
    """Every correction (of `kind`'s entries, given one), newest first."""
    entries = [m for m in store.entities.corrections.made() if kind is None or m.correction.kind == kind]
    if as_json:
        print(json.dumps([_json(m) for m in entries], ensure_ascii=False, indent=1))
        return 0
    width = fit.columns()
    for m in entries:
        gone = "" if m.present else "  (no source names it now; kept for when one does)"
        print(fit.cut(f"{m.correction.kind:<6}  {m.correction.name}: {_what(m)}{gone}", width))
    if not entries:
        print("No corrections: none was made in the Entities view.", file=sys.stderr)
    return 0


def take_back(store: Store, name: str, kind: str | None) -> int:
    """Remove the correction made on the entry called `name` (any case). A name that has none
    says the closest that has one, and one of another kind than `--kind` says its kind: "no
    correction was made on “Japan”" for `--kind org` read as if there were none at all, and a
    name mistyped got no nearer than the list."""
    wanted = name.strip().casefold()
    made = store.entities.corrections.made()
    named = [m for m in made if m.correction.name.casefold() == wanted]
    found = [m for m in named if kind is None or m.correction.kind == kind]
    if named and not found:
        there = sorted({m.correction.kind for m in named})
        raise CommandError(f"no correction was made on “{name.strip()}” as {kind}: it was made on the "
                           f"{' and the '.join(there)} of that name (--kind {there[0]}, or leave --kind out)")  # fmt: skip
    if not found:
        spelled = {m.correction.name.casefold(): m.correction.name for m in made}
        close = difflib.get_close_matches(wanted, list(spelled), n=1)
        near = f"; did you mean “{spelled[close[0]]}”?" if close else ""
        raise CommandError(f"no correction was made on “{name.strip()}”{near} (`briefing entities --corrections` lists them)")
    if len(found) > 1:
        kinds = ", ".join(m.correction.kind for m in found)
        raise CommandError(f"corrections of “{name.strip()}” as {kinds}: choose one with --kind")
    if store.read_only:
        raise CommandError("the library is read-only here; nothing was changed")
    entry = found[0]
    store.entities.corrections.put(store.entities.corrections.dropping([entry.identity]).after)
    print(f"took back “{entry.correction.name}” ({entry.correction.kind}): {_what(entry)}")
    return 0


def an_entity_name(text: str) -> str:
    """An argparse type for an entity's name (`entities NAME`, `--take-back`, `saved add --entity`): `a_name`,
    in the form imported text is in (`normalise`: NFC). "München" pasted with a combining mark
    (from a PDF, a macOS file name) was answered "no entity is called “München”; did you mean
    “München”?", as tags and search queries had been."""
    return normalise(a_name(text))


def add_correction_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corrections", action="store_true",
                        help="list the corrections made in the window (hidden, kind changed, merged), "
                             "those no source names now too")  # fmt: skip
    parser.add_argument("--take-back", type=an_entity_name, metavar="NAME", help="remove the correction made on the entry NAME")
