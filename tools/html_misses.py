"""List every metadata miss of the saved pages (`.html`) of a development set, with where in
the page's markup the gold value stands.

For each page and field (title, byline, date; en-news also the outlet) that the importer got
wrong: what it gave, the gold, the markup sources whose value the set's own scorer would count
right (JSON-LD `headline`/`name`/`author`/`datePublished`/`dateModified`, `og:*`, `article:*`,
`<meta name=author/date/...>`, `<title>`, the `<h1>`s, `<time>` and its `datetime`,
`rel=author`, `itemprop`, elements whose class says author or byline), and the related values
the page holds. With the predictions on the copied text too, a miss the `.txt` gets right is
marked `[TXT OK: …]`. Session 39 sorted the misses into classes with it
(docs/history/import-quality.md).

    python ../shared/devsets/score.py de-web --html --save-preds html.jsonl --briefing "…"
    python ../shared/devsets/score.py de-web --save-preds txt.jsonl
    .venv/bin/python tools/html_misses.py de-web html.jsonl [txt.jsonl] [--devsets ../shared/devsets]

The development sets are read here only, by hand; the project never reads them at run or test
time.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

_LD_TITLE_KEYS = ("headline", "name", "datePublished", "dateModified", "dateCreated", "uploadDate")
_LD_PEOPLE_KEYS = ("author", "creator", "publisher")
_ITEMPROPS = ("author", "name", "headline", "datePublished", "dateModified", "creator")
_RELATED = {
    "title": ("title", "h1", "headline", "ld:"),
    "byline": ("author", "creator", "byline", "rel="),
    "published": ("date", "time", "publish", "modif"),
    "site_name": ("site", "publisher", "title", "application-name"),
}
_SHOWN = 14


def _ld_sources(data: Any) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
            continue
        if not isinstance(item, dict):
            continue
        kind = item.get("@type")
        for key, value in item.items():
            if key in _LD_TITLE_KEYS and isinstance(value, str):
                out.append((f"ld:{kind}.{key}", value))
            elif key in _LD_PEOPLE_KEYS:
                for entry in value if isinstance(value, list) else [value]:
                    if isinstance(entry, dict):
                        out.append((f"ld:{kind}.{key}({entry.get('@type')})", str(entry.get("name"))))
                    elif isinstance(entry, str):
                        out.append((f"ld:{kind}.{key}", entry))
            elif isinstance(value, dict | list):
                stack.append(value)
    return out


def sources(path: Path) -> list[tuple[str, str]]:
    """(where, value) for every metadata source of the page at `path`."""
    root = lxml_html.fromstring(path.read_bytes())
    out: list[tuple[str, str]] = []
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            out += _ld_sources(json.loads(script.text_content()))
        except ValueError:
            continue
    for meta in root.xpath("//meta"):
        name = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        if name and meta.get("content"):
            out.append((f"meta:{name}", meta.get("content")))
    out += [("title", t.text_content()) for t in root.xpath("//title")]
    out += [(f"h1[{i}]", h.text_content()) for i, h in enumerate(root.xpath("//h1")[:4])]
    for i, time in enumerate(root.xpath("//time")[:6]):
        out += [(f"time[{i}]@datetime", time.get("datetime") or ""), (f"time[{i}]", time.text_content())]
    out += [("rel=author", a.text_content()) for a in root.xpath("//*[@rel='author']")[:4]]
    for element in root.xpath("//*[@itemprop]"):
        prop = element.get("itemprop")
        if prop in _ITEMPROPS and element.tag != "meta":
            value = element.get("content") or element.get("datetime") or element.text_content()
            out.append((f"itemprop={prop}<{element.tag}>", value))
    byline_xpath = "//*[contains(@class,'author') or contains(@class,'byline')]"
    for element in root.xpath(byline_xpath)[:6]:
        out.append((f"class~author<{element.tag} {element.get('class')[:30]}>", element.text_content()))
    return [(where, " ".join(value.split())) for where, value in out if value and value.strip()]


def _load(path: str | None) -> dict[str, dict[str, Any]]:
    if not path:
        return {}
    with open(path, encoding="utf-8") as lines:
        return {row["name"]: row for row in map(json.loads, lines)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", choices=("de-web", "en-news"))
    parser.add_argument("preds", help="score.py --html --save-preds output")
    parser.add_argument("txt_preds", nargs="?", help="score.py --save-preds output on the .txt")
    parser.add_argument("--devsets", default="../shared/devsets")
    args = parser.parse_args()
    devsets = Path(args.devsets)
    spec = importlib.util.spec_from_file_location("score", devsets / "score.py")
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    preds, txt = _load(args.preds), _load(args.txt_preds)
    for name, pred in sorted(preds.items()):
        gold = json.loads((devsets / args.set / f"{name}.gold.json").read_text(encoding="utf-8"))
        checks: list[tuple[str, Any, Callable[[Any, Any], bool]]]
        if args.set == "de-web":
            ref = score.de_ref_meta(gold)
            checks = [
                ("title", ref["title"], score.de_title_ok),
                ("byline", ref["byline"], score.de_byline_ok),
                ("published", ref["published"], lambda a, b: score.de_day(a) == b),
            ]
        else:
            checks = [
                ("title", gold.get("title"), score.title_fuzzy),
                ("byline", gold.get("byline"), score.byline_match),
                ("published", gold.get("published"), score.date_match),
                ("site_name", gold.get("site_name"), score.site_match),
            ]
        found: list[tuple[str, str]] | None = None
        for field, expected, ok in checks:
            if not expected or ok(pred.get(field), expected):
                continue
            found = found if found is not None else sources(devsets / args.set / f"{name}.html")
            other = txt.get(name, {}).get(field)
            mark = f"  [TXT OK: {other!r}]" if name in txt and ok(other, expected) else ""
            print(f"## {args.set} {name} {field}{mark}")
            print(f"   gave: {pred.get(field)!r}\n   gold: {expected!r}   url={gold.get('url')}")
            print(f"   gold found in: {[where for where, value in found if ok(value, expected)]}")
            related = [(w, v) for w, v in found if any(s in w.lower() for s in _RELATED[field])]
            for where, value in related[:_SHOWN]:
                print(f"      {where}: {value[:90]}")


if __name__ == "__main__":
    main()
