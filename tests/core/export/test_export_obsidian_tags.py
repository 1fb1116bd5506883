"""Exported tags are tags to Obsidian: it indexes only letters, digits, "_", "-" and "/" (nesting),
with at least one character that is no digit; "Japan-&-USA" or "2025" would sit in the
properties without being a tag (not in the tag pane, not found by `tag:`)."""

from __future__ import annotations

import re
from pathlib import Path

import export_library
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.export import export_combined, export_sources
from reader.core.export.front_matter import obsidian_tags
from reader.core.store import Store

# Where Obsidian ends a tag: white space, ASCII punctuation but "-", "_" and "/", and general
# punctuation (U+2000–U+206F, U+2E00–U+2E7F); a symbol such as an emoji is part of it.
_ENDS_A_TAG = re.compile(r"[\s\u2000-\u206F\u2E00-\u2E7F'!\"#$%&()*+,.:;<=>?@^`{|}~\[\]\\]")


def is_obsidian_tag(tag: str) -> bool:
    parts = tag.split("/")
    return (
        bool(tag) and not _ENDS_A_TAG.search(tag) and not tag.replace("/", "").isdigit()
        and all(parts)
    )  # fmt: skip


def front_matter(path: Path) -> dict[str, object]:
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text.split("---\n")[1])
    assert isinstance(data, dict)
    return data


def test_tags_with_punctuation_spaces_and_umlauts(store: Store, tmp_path: Path) -> None:
    export_library.build(store)
    for tag in ("Japan & USA", "Öffentliche Äußerungen", "Straße/Verkehr", "2025", "z.B. Kunde", "C++"):
        store.tags.add([1], tag)
    (path,) = export_sources(store, [1], tmp_path).written
    tags = front_matter(path)["tags"]
    assert isinstance(tags, list)
    assert set(tags) == {"_2025", "Cplusplus", "Client-X", "Japan", "Japan-USA", "Straße/Verkehr",
                         "z-B-Kunde", "Öffentliche-Äußerungen"}  # fmt: skip
    assert all(is_obsidian_tag(t) for t in tags)
    (combined,) = export_combined(store, [1], tmp_path, "Japan").written
    line = next(x for x in combined.read_text(encoding="utf-8").splitlines() if "tags: " in x)
    assert "Japan-USA" in line and "&" not in line


def test_the_same_tag_twice_after_cleaning_is_listed_once() -> None:
    assert obsidian_tags(["Japan & USA", "Japan USA", "japan-usa", "#tech", "tech"]) == ["Japan-USA", "tech"]


def test_a_name_with_plus_or_sharp_stays_apart_from_the_name_without() -> None:
    """ "C++" became "C", and with a tag "C" on the same source it was dropped as its twin: the
    export said the note was about C. A "+" or "#" that is part of a name is spelt out, as a
    domain name or a code fence's language spells it (cplusplus.com, disneyplus.com, csharp)."""
    assert obsidian_tags(["C", "C++", "C#", "C+", "Disney+", "Apple TV+", "C++20", "F#"]) == [
        "C", "Cplusplus", "Csharp", "Cplus", "Disneyplus", "Apple-TVplus", "Cplusplus20", "Fsharp"
    ]  # fmt: skip


def test_a_run_of_pluses_and_the_wide_and_musical_signs_are_spelt_whole() -> None:
    """ "C++Builder" was spelt half, "Cplus-Builder" (the second "+" stood before a letter), and
    "C＋＋" (full width, as Japanese and Chinese text sets it) and "C♯" became "C", merged with
    the tag "C" as "C++" had been; "Generation 50+" lost its "+" to the tag "Generation-50"."""
    tags = ["C", "C++Builder", "C\uff0b\uff0b", "C\u266f", "F\uff03", "Generation 50", "Generation 50+"]
    assert obsidian_tags(tags) == [
        "C", "CplusplusBuilder", "Cplusplus", "Csharp", "Fsharp", "Generation-50", "Generation-50plus"
    ]  # fmt: skip


def test_a_plus_or_sharp_between_words_or_leading_is_no_part_of_a_name() -> None:
    """ "Japan+USA" is two names, as "Japan & USA" is; "#tech" is the hashtag typed into a tag
    field; "Issue#5" numbers an issue; "+49" is a sign before a number, as "#7" would be."""
    assert obsidian_tags(["Japan+USA", "#tech", "Issue#5", "+Kunde", "+49"]) == [
        "Japan-USA", "tech", "Issue-5", "Kunde", "_49"
    ]  # fmt: skip


def test_a_tag_is_named_the_same_whatever_tags_are_beside_it() -> None:
    """Stable: a vault's `tag:Cplusplus` search finds every export of the tag, whichever other
    tags the source had (a numbering of clashes, "C-2", would differ by source)."""
    assert obsidian_tags(["C++"]) == obsidian_tags(["C", "C++"])[1:] == obsidian_tags(["C++", "C"])[:1]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=5))
def test_every_exported_tag_is_one_obsidian_accepts(tags: list[str]) -> None:
    assert all(is_obsidian_tag(t) for t in obsidian_tags(tags))
