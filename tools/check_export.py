"""Check a folder of exports mechanically against the library they were written from.

    .venv/bin/python tools/check_export.py LIBRARY.sqlite OUT [--again OUT2]

OUT holds one folder per export (`briefing export … OUT/all-en`, `OUT/single-de`, a briefing's
folder …); OUT2 the same exports run again, whose file names must be the same. Each `.md` file
is read as Obsidian and a CommonMark renderer (markdown-it) read it, and what a user relies on is
counted, by kind, with a few examples each:

* the front matter parses (PyYAML) and gives back the source's title, author, outlet, agency,
  URL and date, and a briefing's name, exactly (on one line); tags are tags Obsidian takes
  (letters, digits, symbols, `_`, `-`, `/` nesting between two parts; not digits alone);
* file names are valid on Windows, macOS and Linux (pathvalidate), unique without regard to
  case, at most 200 bytes, NFC, free of wikilink syntax and invisible format characters, the same
  when exported again;
* every highlight's block id `^hN` is a paragraph of its own at the top level, once per file, not
  inside an Obsidian `%%` comment, and nothing the export writes itself (a quote's label line, a
  block id, a footnote definition) is inside code or HTML: what a user's note or annotation left
  open would have taken in; a file has one level-one heading, its title; a briefing keeps its
  Sources heading;
* footnotes (outside code): every reference defined, every definition cited, each label
  defined once; numbered ones read 1, 2, 3 in order.

The exit status is 1 when anything was found. Nothing here reads the dev sets: build the library
from them with `briefing import` first.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from pathvalidate import ValidationError, validate_filename

from reader.core.models import Source
from reader.core.store import Store

_MD = MarkdownIt("commonmark").enable("table")
_SOURCE_ID = re.compile(r"br-(\d+)-[0-9a-f]{8}")
_BLOCK_ID = re.compile(r"(?m)^\^h\d+$")
_OWN_LINES = re.compile(r"(?m)^(?:> )?\^h\d+$|^\[\^\d+\]: |^> — ")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_QUOTED = re.compile(r"^(?: {0,3}> ?)*")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)

Problems = dict[str, list[str]]


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text else None


def _front(text: str) -> tuple[dict[str, Any] | None, str]:
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---\n", 3)
    data = yaml.safe_load(text[4 : end + 1])
    return (data if isinstance(data, dict) else None), text[end + 5 :]


def _tag_problem(tag: object) -> str | None:
    if not isinstance(tag, str) or not tag:
        return "tag is no text"
    legal = all(c.isalnum() or c in "_-/" or unicodedata.category(c) == "So" for c in tag)
    if not legal:
        return "tag with a character Obsidian ends a tag at"
    if tag.replace("/", "").isdigit():
        return "tag of digits alone"
    if tag.startswith("/") or tag.endswith("/") or "//" in tag:
        return "tag with an empty nesting level"
    return None


def _check_source_properties(where: str, props: dict[str, Any], source: Source, found: Problems) -> None:
    if props.get("title") != _one_line(source.title):
        found["title not given back"].append(f"{where}: {props.get('title')!r} ≠ {source.title!r}")
    for key, value in (("author", source.byline), ("outlet", source.site_name),
                       ("agency", source.agency), ("source", source.url)):  # fmt: skip
        got = props.get(key)
        if got is not None and not isinstance(got, str):
            found[f"{key} read back as no text"].append(f"{where}: {got!r}")
        elif got != _one_line(value):
            found[f"{key} not given back"].append(f"{where}: {got!r} ≠ {value!r}")
    published = props.get("published")
    if (None if published is None else str(published)) != source.published:
        found["published not given back"].append(f"{where}: {published!r} ≠ {source.published!r}")
    if len(props.get("tags", [])) != len({t.casefold() for t in source.tags}):
        found["tags lost or added"].append(f"{where}: {props.get('tags')!r} from {source.tags!r}")


def _check_tags(where: str, props: dict[str, Any], found: Problems) -> None:
    for tag in props.get("tags", []) or []:
        problem = _tag_problem(tag)
        if problem:
            found[problem].append(f"{where}: {tag!r}")
    for alias in props.get("aliases", []) or []:
        if not isinstance(alias, str) or any(c in alias for c in "[]|"):
            found["alias a link's text cannot hold"].append(f"{where}: {alias!r}")


def _check_blocks(where: str, body: str, kind: str, found: Problems) -> None:
    tokens = _MD.parse(body)
    top = [t.content for t in tokens if t.type == "inline" and t.level == 1]
    for block_id in _BLOCK_ID.findall(body):
        if block_id not in top:
            found["block id not a paragraph of its own"].append(f"{where}: {block_id}")
    for block_id, times in Counter(_BLOCK_ID.findall(body)).items():
        if times > 1:
            found["block id twice in a file"].append(f"{where}: {block_id}")
    for match in _BLOCK_ID.finditer(body):
        if _CODE_SPAN.sub("", _outside_code(body[: match.start()])).count("%%") % 2:  # code hides none
            found["block id inside an Obsidian %% comment"].append(f"{where}: {match.group(0)}")
            break
    if any(t.type in ("fence", "code_block", "html_block") and _OWN_LINES.search(t.content) for t in tokens):
        found["the export's own lines inside code or HTML"].append(where)
    titles = [_heading(tokens, i) for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h1"]
    if len(titles) != 1:
        found["not one level-one heading"].append(f"{where}: {titles[:3]}")
    headings = {_heading(tokens, i) for i, t in enumerate(tokens) if t.type == "heading_open"}
    if kind == "briefing" and not headings & {"Sources", "Quellen"}:
        found["briefing without its Sources heading"].append(where)


def _heading(tokens: list[Token], index: int) -> str:
    return tokens[index + 1].content


def _outside_code(body: str) -> str:
    kept, fence = [], ""
    for line in body.split("\n"):
        opened = _FENCE.match(_QUOTED.sub("", line, count=1))
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            continue
        if opened:
            fence = opened.group(1)
            continue
        kept.append(line)
    return "\n".join(kept)


def _check_footnotes(where: str, body: str, found: Problems) -> None:
    text = _outside_code(body)
    defined = re.findall(r"(?m)^\[\^([^\]\s]+)\]:", text)
    cited = re.findall(r"(?<!\\)\[\^([^\]\s]+)\](?!:)", text)
    for label, times in Counter(defined).items():
        if times > 1:
            found["footnote defined twice"].append(f"{where}: [^{label}]")
    for label in sorted(set(cited) - set(defined)):
        found["footnote cited, not defined"].append(f"{where}: [^{label}]")
    for label in sorted(set(defined) - set(cited)):
        found["footnote defined, not cited"].append(f"{where}: [^{label}]")
    numbers = [int(label) for label in dict.fromkeys(cited) if label.isdigit()]
    if numbers != list(range(1, len(numbers) + 1)):
        found["footnotes not numbered in reading order"].append(f"{where}: {numbers[:12]}")


def _check_names(folder: Path, found: Problems) -> None:
    names = [p.name for p in folder.glob("*.md")]
    for name, times in Counter(unicodedata.normalize("NFC", n).casefold() for n in names).items():
        if times > 1:
            found["file names alike but for case"].append(f"{folder.name}/{name}")
    for name in names:
        where = f"{folder.name}/{name}"
        try:
            validate_filename(name, platform="universal")
        except ValidationError as exc:
            found["file name invalid somewhere"].append(f"{where}: {exc}")
        if len(name.encode()) > 200:
            found["file name over 200 bytes"].append(where)
        if unicodedata.normalize("NFC", name) != name:
            found["file name not NFC"].append(where)
        if any(c in name for c in "#^[]|"):
            found["file name with wikilink syntax"].append(where)
        if any(unicodedata.category(c) in ("Cf", "Cc") and c != "\u200d" and not 0xE0020 <= ord(c) < 0xE0080
               for c in name):  # fmt: skip
            found["file name with an invisible character"].append(repr(where))


def _names_by_id(folder: Path) -> dict[str, str]:
    named = {}
    for path in folder.glob("*.md"):
        props, _ = _front(path.read_text(encoding="utf-8"))
        named[str((props or {}).get("reader_id", path.name))] = path.name
    return named


def check(store: Store, out: Path, again: Path | None) -> tuple[int, Problems]:
    found: Problems = defaultdict(list)
    files = 0
    for folder in sorted(p for p in out.iterdir() if p.is_dir()):
        _check_names(folder, found)
        for path in sorted(folder.glob("*.md")):
            files += 1
            where = f"{folder.name}/{path.name}"
            try:
                props, body = _front(path.read_text(encoding="utf-8"))
            except yaml.YAMLError as exc:
                found["front matter is no YAML"].append(f"{where}: {exc}")
                continue
            if props is None:
                found["no front matter"].append(where)
                continue
            _check_tags(where, props, found)
            identity = str(props.get("reader_id", ""))
            of_source = _SOURCE_ID.fullmatch(identity)
            kind = "combined"
            if of_source:
                kind, source = "source", store.sources.get(int(of_source.group(1)))
                if source is None:
                    found["reader_id of no source"].append(where)
                else:
                    _check_source_properties(where, props, source, found)
            elif identity.startswith("br-briefing-"):
                kind, briefing = "briefing", store.briefings.get(int(identity.rsplit("-", 1)[1]))
                if briefing is None or props.get("title") != _one_line(briefing.name):
                    found["briefing's name not given back"].append(f"{where}: {props.get('title')!r}")
            _check_blocks(where, body, kind, found)
            _check_footnotes(where, body, found)
    if again is not None:
        for folder in sorted(p for p in out.iterdir() if p.is_dir()):
            first, second = _names_by_id(folder), _names_by_id(again / folder.name)
            moved = sorted(k for k in first.keys() | second.keys() if first.get(k) != second.get(k))
            if moved:
                found["file names not the same when exported again"].append(f"{folder.name}: {len(moved)}")
    return files, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--again", type=Path, help="the same exports, run a second time")
    args = parser.parse_args()
    store = Store.open(args.library, read_only=True)
    try:
        files, found = check(store, args.out, args.again)
    finally:
        store.close()
    print(f"{files} files checked")
    for kind, examples in sorted(found.items()):
        print(f"\n{kind}: {len(examples)}")
        for example in examples[:8]:
            print(f"    {example}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
