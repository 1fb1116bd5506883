"""`briefing entities`: the people, organisations, places and figures the library names.

The index is built lazily: the command first indexes the sources that are new or whose text
or teaser changed (the window does the same in the background), then lists the entities — or,
given a name or `--id`, every mention as a keyword-in-context line under its source (the
teaser's first, as the reading view shows them; `--json` gives each one's `part`, "teaser" or
"body", which its `start`/`end` count in), or `--whos-who` the Markdown that Briefing ▸ Insert
who's who inserts. Roles print one per office, in English, as the window
shows them; `--json` keeps every role as the sources wrote it, for scripts. Every listing
follows the corrections made in the window (an entry said to be no name is left out, one
merged into another counts for it); `--hidden` lists the entries left out, `--corrections` every
correction (`--take-back NAME` removes one).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from typing import TYPE_CHECKING, Any

from reader.cli import fit
from reader.cli.common import (
    LANGUAGE_HELP,
    LANGUAGES,
    LARGEST_ID,
    CommandError,
    OpenStore,
    a_name,
    as_number,
    bind,
    counted,
    existing_tag,
    export_language,
    language_code,
    no_source,
    number,
    positive,
    shell_word,
)
from reader.cli.correction_commands import (
    add_correction_options,
    an_entity_name,
    list_corrections,
    take_back,
)
from reader.cli.story_numbers import numbered_word, source_number
from reader.core.store import Store
from reader.core.text import normalise

if TYPE_CHECKING:
    from reader.core.entities import EntitySummary

# reader.core.entities (its rules and gazetteers, 0.1 s of CPU to import) is imported by the
# functions that use it: every command loads this module to build the command line, and an
# import or a search would otherwise pay for entities it never lists.


def _summary_json(entity: EntitySummary) -> dict[str, Any]:
    return {
        "id": entity.id, "kind": entity.kind.value, "name": entity.name,
        "roles": list(entity.roles), "sources": entity.sources, "mentions": entity.mentions,
    }  # fmt: skip


def _index(store: Store) -> int:
    """Index the sources not indexed for entities yet; how many are left out (a library that
    is read-only here cannot be indexed). That was silent: a library imported and then made
    read-only said "No entities: the library names none", and listed only the entities of the
    sources an earlier `entities` had indexed."""
    missing = store.entities.missing()
    if not missing:
        return 0
    if store.read_only:
        print(f"briefing: the library is read-only here, so the entities of {counted(missing, 'source')} "
              "not indexed yet are left out", file=sys.stderr)  # fmt: skip
        return missing
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\rindexing entities: {done}/{total}", end="", file=sys.stderr)

    store.entities.refresh(progress)
    if interactive:
        print(file=sys.stderr)
    return 0


def _scope(store: Store, args: argparse.Namespace) -> list[int] | None:
    if args.source is not None:
        if store.sources.get(args.source) is None:
            raise no_source(store, [args.source])
        return [args.source]
    if args.tag:
        tag = existing_tag(store, args.tag)
        ids = store.sources.ids(tag=tag)
        if not ids:
            raise CommandError(f"no source is tagged “{tag}”")
        return ids
    return None


def _chosen(store: Store, args: argparse.Namespace) -> EntitySummary:
    if args.id is not None:
        entity = store.entities.get(args.id)
        if entity is None:
            raise CommandError(f"no entity #{args.id}; {LISTED}")
        return entity
    # `find` gives the entities of exactly this name when there are any, else those containing it
    matches = store.entities.find(" ".join(args.name))
    _refuse_a_number(store, " ".join(args.name), matches)
    if not matches:
        raise CommandError(entity_not_found(store, " ".join(args.name), LISTED))
    if len(matches) > 1:
        names = "; ".join(f"#{m.id} {m.name} ({m.kind.value})" for m in matches[:8])
        raise CommandError(f"{len(matches)} entities match: {names} — name one with --id")
    return matches[0]


# Where the entities and their numbers are seen, said with a name or number no entity has, as
# `no_source` says it of sources: "no entity #9999" alone left a new user guessing where ids are.
LISTED = "`briefing entities` lists the entities and their numbers"


def entity_not_found(store: Store, wanted: str, otherwise: str = "") -> str:
    """No entity of that name, with the closest the library names, as a `--tag` is answered:
    `entities Tokyoo` said only "no entity is called 'Tokyoo'", in Python's quotes. With none
    close, `otherwise` follows (where they are listed). Read only on this path, so listing every
    entity costs nothing when a name is found."""
    spelled = {entity.name.casefold(): entity.name for entity in store.entities.list()}
    close = difflib.get_close_matches(wanted.casefold(), list(spelled), n=1)
    hint = f"; did you mean “{spelled[close[0]]}”?" if close else f"; {otherwise}" if otherwise else ""
    return f"no entity is called “{wanted}”{hint}"


def _refuse_a_number(store: Store, wanted: str, matches: list[EntitySummary]) -> None:
    """A number no entity is called, as the NAME: the number `entities` lists first on each
    line, typed where `--id` takes it. `entities 1` showed the mentions of “21 Staaten”, whose
    name holds a 1, and not entity #1; the names holding the number are offered as well."""
    given = as_number(wanted)
    if given is None or not 0 < given <= LARGEST_ID:
        return
    if any(store.entities.is_called(m, wanted.strip()) for m in matches):
        return
    entity = store.entities.get(given)
    which = f"; entity #{given} is “{entity.name}”" if entity is not None else ""
    holding = ", ".join(f"“{m.name}”" for m in matches[:3]) + (" …" if len(matches) > 3 else "")
    also = f"; names holding it: {holding}" if matches else ""
    raise CommandError(f"no entity is called “{wanted.strip()}”{which}: an entity's number goes with --id "
                       f"(briefing entities --id {given}){also}")  # fmt: skip


def entity_number(text: str) -> int:
    """An argparse type for `--id`: a number (`number`). A name there (`--id Tokio`) says where
    a name goes: "not a number: 'Tokio'" did not."""
    word = text.strip()
    if numbered_word(word):
        return number(text)  # a number (or one too large); `story:3` says where a story's number goes
    raise argparse.ArgumentTypeError(f"“{word}” is no entity's number; a name goes without --id (briefing entities "
                                     f"{shell_word(word)}), and {LISTED}")  # fmt: skip


# What each way of calling `entities` does not use: given, it was silently left out
# (`--whos-who --json` printed Markdown, `NAME --kind org` every mention of NAME whatever its kind,
# `--source 1 --tag x` the source's entities, the tag unread).
_UNUSED = (("--whos-who", ("NAME", "--id", "--kind", "--limit", "--json", "--hidden", "--corrections", "--take-back")),
           ("NAME", ("--id", "--kind", "--limit", "--hidden", "--corrections", "--take-back")),
           ("--id", ("--kind", "--limit", "--hidden", "--corrections", "--take-back")),
           ("--corrections", ("--limit", "--hidden", "--source", "--tag", "--take-back")),
           ("--take-back", ("--limit", "--hidden", "--source", "--tag", "--json")),
           ("--source", ("--tag",)))  # fmt: skip


def _refuse_unused(args: argparse.Namespace) -> None:
    """CommandError naming the first option given that the chosen way of calling ignores."""
    given = {"--whos-who": args.whos_who, "NAME": bool(args.name), "--id": args.id is not None,
             "--kind": args.kind is not None, "--limit": args.limit is not None, "--json": args.json,
             "--hidden": args.hidden, "--corrections": args.corrections, "--take-back": args.take_back is not None,
             "--source": args.source is not None, "--tag": bool(args.tag)}  # fmt: skip
    for way, unused in _UNUSED:
        clash = next((option for option in unused if given[way] and given[option]), None)
        if clash is not None:
            raise CommandError(f"{way} and {clash} do not go together (see `briefing entities --help`)")
    if args.language and not args.whos_who:  # the lists print the sources' names, in no language of ours
        raise CommandError("--language goes with --whos-who, the one way of `briefing entities` that writes words "
                           "of its own (see `briefing entities --help`)")  # fmt: skip


def cmd_entities(args: argparse.Namespace, open_store: OpenStore) -> int:
    from reader.core.entities import merge_roles, titled_name

    _refuse_unused(args)
    with open_store(args) as store:
        left_out = _index(store)
        if args.corrections:
            return list_corrections(store, args.kind, args.json)
        if args.take_back is not None:
            return take_back(store, args.take_back, args.kind)
        scope = _scope(store, args)
        if args.whos_who:
            return _whos_who(store, scope if scope is not None else store.sources.ids(), export_language(args))
        if args.name or args.id is not None:
            return _show_mentions(store, _chosen(store, args), scope, args.json)
        if args.hidden:  # the entries the window was told are no name, and nothing else
            listed = [e for e in store.entities.list(args.kind, scope, with_hidden=True) if e.hidden][: args.limit]
        else:
            listed = store.entities.list(args.kind, scope, args.limit)
    if args.json:
        print(json.dumps([_summary_json(e) for e in listed], ensure_ascii=False, indent=1))
        return 0
    width = fit.columns()
    for e in listed:
        named = merge_roles(e.roles, name=e.name)  # none when the only one is a salutation ("Frau")
        roles = f"  ({', '.join(named)})" if named else ""
        print(fit.cut(
            f"{e.id:>6}  {e.kind.value:<6}  {counted(e.sources, 'source', 4):<12}  {counted(e.mentions, 'mention', 5):<14}  {titled_name(e.name, e.roles)}{roles}",
            width,
        ))  # fmt: skip
    if not listed:
        said = ("No hidden entities." if args.hidden else "No entities in the sources indexed." if left_out
                else "No entities: the library (or this choice of it) names none.")  # fmt: skip
        print(said, file=sys.stderr)
    return 0


def _whos_who(store: Store, ids: list[int], language: str) -> int:
    """The who's who of these sources, as an export writes it; none when they name no person
    or organisation, said on stderr as the window says it: the heading alone was printed, a
    block to paste with nothing in it."""
    text = store.entities.whos_who(ids, language=language) if store.entities.names_anyone(ids) else ""
    if not text:  # nobody, or only the reports' own credits ("dpa" in a dpa report)
        print("No people or organisations found in these sources: no who's who.", file=sys.stderr)
        return 0
    print(text, end="")
    return 0


def _show_mentions(
    store: Store, entity: EntitySummary, scope: list[int] | None, as_json: bool
) -> int:
    from reader.core.entities import merge_roles, titled_name

    mentions = store.entities.mentions(entity.id, scope)
    # Counted in the sources asked for, as the list counts them: `--source 1` said "0 mentions
    # in 2 sources", the mentions of source 1 in the library's sources.
    sources = entity.sources if scope is None else len({m.source_id for m in mentions})
    if as_json:
        # `mentions` is how many, as in the list's JSON (it was this list here, a count there);
        # the mentions themselves are `passages`.
        data = _summary_json(entity) | {"sources": sources, "mentions": len(mentions), "passages": [
            {"source_id": m.source_id, "source_title": m.source_title, "part": m.part,
             "start": m.start, "end": m.end, "context": m.context}
            for m in mentions
        ]}  # fmt: skip
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    named = merge_roles(entity.roles, name=entity.name)
    roles = f" — {', '.join(named)}" if named else ""
    print(f"{titled_name(entity.name, entity.roles)} ({entity.kind.value}){roles}: {counted(len(mentions), 'mention')} in {counted(sources, 'source')}")
    last, width = None, fit.columns()
    for m in mentions:
        if m.source_id != last:
            print(fit.cut(f"#{m.source_id}  {m.source_title}", width))
            last = m.source_id
        print(fit.wrapped(m.context, 4, width))
    return 0


# Each kind by the words a user reaches for: the plural (`--kind people`, as the list's heading
# reads), the common synonyms, and the window's names in German too (its entity view's Personen,
# Organisationen, Orte, Zahlen, and each one's singular), with their everyday German synonyms:
# `--kind Firmen` was refused with "did you mean figure?".
_KIND_WORDS = {
    "person": ("person", "persons", "people", "personen", "leute", "menschen"),
    "org": ("org", "orgs", "organisation", "organisations", "organization", "organizations", "organisationen",
            "company", "companies", "firma", "firmen", "unternehmen", "institution", "institutionen",
            "behörde", "behörden"),
    "place": ("place", "places", "location", "locations", "ort", "orte", "country", "countries", "city",
              "cities", "land", "länder", "stadt", "städte"),
    "figure": ("figure", "figures", "number", "numbers", "zahl", "zahlen", "ziffer", "ziffern"),
}
_KIND_OF = {word: kind for kind, words in _KIND_WORDS.items() for word in words}


def entity_kind(text: str) -> str:
    """An argparse type for `--kind`: the kind a word above names, in any case; a usage error
    naming the kinds (and the nearest, "did you mean person?" for `pepole`) otherwise."""
    word = normalise(text).strip().casefold()
    if word in _KIND_OF:
        return _KIND_OF[word]
    near = difflib.get_close_matches(word, list(_KIND_OF), n=1)
    hint = f"; did you mean {_KIND_OF[near[0]]}?" if near else ""
    raise argparse.ArgumentTypeError(f"no kind {text!r}: the kinds are person, org, place and figure "
                                     f"(plurals such as people and orgs, and the German names: Personen, Organisationen, Orte, Zahlen){hint}")  # fmt: skip


def add_entity_commands(commands: Any, open_store: OpenStore) -> None:
    """Hang `entities` on the `briefing` command."""
    p = commands.add_parser(
        "entities", help="people, organisations, places and figures the sources name"
    )
    p.add_argument("name", nargs="*", type=an_entity_name, metavar="NAME", help="show every mention of the entity with this name")
    p.add_argument("--id", type=entity_number, help="show every mention of entity ID")
    # The kinds as `_KIND_WORDS` names them (EntityKind's values, checked by a test): argparse
    # lists the choices as each option is added, and EntityKind's own list loaded the entity
    # rules into every `briefing` command (0.05-0.08 s of CPU, before an import's workers fork).
    p.add_argument("--kind", type=entity_kind, choices=tuple(_KIND_WORDS),
                   help="only this kind (also: people, orgs, places, figures, …)")  # fmt: skip
    p.add_argument("--source", type=source_number, metavar="ID", help="only the entities of source ID")
    p.add_argument("--tag", type=a_name, metavar="T", help="only the sources tagged T")
    p.add_argument("--limit", type=positive, metavar="N", help="list at most N entities")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--whos-who", action="store_true", help="print the who's who as Markdown")
    p.add_argument("--language", type=language_code, choices=LANGUAGES, metavar="L", help="with --whos-who: " + LANGUAGE_HELP)
    p.add_argument("--hidden", action="store_true", help="list only the entries marked \"Not a name\" in the window")
    add_correction_options(p)
    p.set_defaults(func=bind(cmd_entities, open_store))
