"""YAML front matter for exported Markdown, in the shape Obsidian properties and Web Clipper use.

The YAML is written by PyYAML's safe dumper, never by string formatting, so any title loads
back with `yaml.safe_load` as the value we meant. What YAML (and Obsidian's one-line property
editor) cannot carry is changed first and documented here: text values are put on one line
(line breaks and runs of white space become one space) and control characters and lone
surrogates are dropped. Tags are made tags Obsidian accepts (`obsidian_tags`): it takes letters,
digits, "_", "-" and "/" (nesting) and at least one character that is no digit; a tag with
anything else ("Japan-&-USA", "z.B.", "C++") is shown in the properties but not indexed as a tag. A date-only `published` and `created` are YAML dates, which Obsidian
shows as date properties; a published time stays an ISO string ("2025-10-28T18:05"). A title
the file name cannot carry as written is also an alias (`titled`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import yaml

from reader.core.export.markdown import one_line
from reader.core.models import Source

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DASHES = re.compile(r"-{2,}")
# Signs that are part of a name rather than between words, spelt out as a domain name or a code
# fence's language does (cplusplus.com, disneyplus.com, `csharp`): "+" after a word and not
# before a letter ("C++", "Disney+", "C++20"; "Japan+USA" is two names), a run of them wherever
# it follows a word (no one joins words with "++": "C++Builder", which as "C++" + "+Builder"
# was half spelt), "#" after a letter and before no word ("C#", "F#").
_SPELT = re.compile(r"(?<=\w)(?:\+{2,}|\+(?![^\W\d_]))|(?<=[^\W\d_])#(?!\w)")
_SPELLING = {"+": "plus", "#": "sharp"}
# The same signs as East Asian text and music set them: "C＋＋" and "C♯" became "C" as "C++" had.
_SIGN_FORMS = str.maketrans(
    {"\uff0b": "+", "\ufe62": "+", "\uff03": "#", "\ufe5f": "#", "\u266f": "#"}
)
_LINK_TEXT_ENDS = str.maketrans(dict.fromkeys("[]|", " "))
FENCE = "---"


def reader_id(source: Source, first_hash: str | None = None) -> str:
    """Stable across exports, renames and updates: re-exporting finds and updates the same file.

    `first_hash` is the content hash of the source's first version (`RevisionRepo.content_hashes`):
    an update to a newer version of the article changes `source.content_hash`, and an id made
    from that made the next export write a second file, "Title (2).md", beside the first.
    """
    return f"br-{source.id}-{(first_hash or source.content_hash)[:8]}"


def obsidian_tags(tags: Iterable[str]) -> list[str]:
    """Tag names as Obsidian accepts them: a "+" or "#" that ends a name is spelt out ("C++" →
    "Cplusplus", "C#" → "Csharp", `_SPELT`), since as a "-" or left out "C++" became "C" and
    merged with the tag "C"; any other run of characters a tag cannot hold becomes one "-"
    ("Client X" → "Client-X", "Japan & USA" → "Japan-USA", "#tech" → "tech"); "/" nests
    ("Straße/Verkehr") and is kept inside a tag; a tag of digits alone ("2025") gets a leading
    "_", as Obsidian takes no tag without a character that is no digit. Umlauts, other letters
    and emoji stay. Each tag's name depends on it alone, so it is the same in every export."""
    cleaned: list[str] = []
    seen: set[str] = set()
    for tag in tags:
        value = _obsidian_tag(one_line(tag))
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            cleaned.append(value)
    return cleaned


def _obsidian_tag(tag: str) -> str:
    signs = tag.translate(_SIGN_FORMS)
    spelt = _SPELT.sub(lambda sign: "".join(_SPELLING[c] for c in sign[0]), signs)
    kept = "".join(c if _tag_character(c) else "-" for c in spelt)
    parts = (_DASHES.sub("-", part).strip("-") for part in kept.split("/"))
    value = "/".join(p for p in parts if p)
    return f"_{value}" if value.replace("/", "").isdigit() else value


def _tag_character(char: str) -> bool:
    """A character Obsidian keeps in a tag: a letter, digit, "_", "-", "/" or a symbol (emoji),
    but nothing of the punctuation blocks, where Obsidian ends a tag whatever the category."""
    if "\u2000" <= char <= "\u206f" or "\u2e00" <= char <= "\u2e7f":
        return False
    return char.isalnum() or char in "_-/" or unicodedata.category(char) == "So"


def date_value(iso: str | None) -> date | str | None:
    """A YAML date for "2025-10-28"; other ISO strings (with a time) stay text."""
    if not iso:
        return None
    text = one_line(iso)
    if _DATE_ONLY.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return text
    return text or None


def source_properties(
    source: Source, identity: str | None = None, untitled: str = "Untitled", stem: str = ""
) -> dict[str, Any]:
    """The front matter values of a source's file (`identity`: its `reader_id`, when the source
    had earlier versions; `untitled`: the export language's word for a missing title; `stem`:
    the file name made of the title, for `titled`); unknown values are left out."""
    props = titled(one_line(source.title) or untitled, stem)
    optional = {
        "author": one_line(source.byline or ""),
        "outlet": one_line(source.site_name or ""),
        "agency": one_line(source.agency or ""),
        "published": date_value(source.published),
        "source": one_line(source.url or ""),
    }
    props.update({key: value for key, value in optional.items() if value})
    props["tags"] = obsidian_tags(source.tags)
    props["created"] = date_value(source.imported_at[:10])
    props["reader_id"] = identity or reader_id(source)
    return props


def titled(title: str, stem: str) -> dict[str, Any]:
    """`title`, and `aliases` with the title when the file name made of it (`stem`) differs.

    A file name cannot hold what a title may (":", "?", "#", "[ ]"), and Obsidian names a note
    by its file: "Gegengewicht zu China: …" was found in the quick switcher and offered in `[[`
    only as "Gegengewicht zu China …". An alias is offered by both under the title as written.
    Obsidian writes a chosen alias as a link's text (`[[file|alias]]`), which "[", "]" and "|"
    would end, so they are left out of it ("Nr. #1 [Update]" gives the alias "Nr. #1 Update").
    """
    props: dict[str, Any] = {"title": title}
    alias = " ".join(title.translate(_LINK_TEXT_ENDS).split())
    if stem and alias and alias != stem:
        props["aliases"] = [alias]
    return props


# What YAML 1.2's core schema (Obsidian's, and js-yaml's) reads as a number, boolean or null:
# PyYAML knows YAML 1.1 and wrote "1e3", "2E5" or "0o17" unquoted, read back as 1000.0, 200000.0, 15.
_YAML12_NOT_TEXT = re.compile(
    r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|null|Null|NULL|~|true|True|TRUE|false|False|FALSE"
)


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]  # PyYAML ships no types
    """PyYAML's safe dumper, quoting the text values a YAML 1.2 reader would not take for text."""

    def represent_str(self, data: str) -> Any:
        if _YAML12_NOT_TEXT.fullmatch(data):
            return self.represent_scalar("tag:yaml.org,2002:str", data, style="'")
        return super().represent_str(data)


_Dumper.add_representer(str, _Dumper.represent_str)


def render(properties: Mapping[str, Any]) -> str:
    """The front matter block, fences included, ending with a newline."""
    body = yaml.dump(
        dict(properties),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,  # one line per value: no folding that other tools might misread
    )
    return f"{FENCE}\n{body}{FENCE}\n"


def parse(text: str) -> dict[str, Any] | None:
    """The front matter at the start of `text`, or None if there is none or it is not YAML.

    A byte order mark before it is no text (Notepad and other Windows editors put one there on
    saving): read as text, it hid the front matter, and the next export took the file edited so
    for someone else's and wrote the source a second note, "Title (2).md", beside it."""
    text = text.removeprefix("\ufeff")
    if not text.startswith(FENCE + "\n"):
        return None
    end = text.find(f"\n{FENCE}\n", len(FENCE))
    if end < 0:
        return None
    try:
        data = yaml.safe_load(text[len(FENCE) + 1 : end + 1])
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict) else None
