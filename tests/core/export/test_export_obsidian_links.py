"""Exported notes can be linked to from Obsidian: their file names carry no wikilink syntax.

`[[Name#^h3]]` is how a note's highlight is linked (the README's example); a `#`, `^`, `|`,
`[` or `]` in the file name would be read as part of the link, so such a note could not be
linked to at all. Real files in a temporary folder, found by the name a wikilink would use.
"""

from __future__ import annotations

import re
from pathlib import Path

import export_library
import pytest

from reader.core.export import briefing_file_name, export_briefing, export_combined, export_sources
from reader.core.export.safe_paths import file_stem
from reader.core.store import Store

# What Obsidian reads inside [[…]]: the target ends at "#" (heading, or "^" block) or "|" (text).
_WIKILINK = re.compile(r"\[\[(?P<target>[^\]#|^]+)(?:#\^?(?P<anchor>[^\]|]+))?(?:\|[^\]]*)?\]\]")


def resolve(folder: Path, link: str) -> Path | None:
    """The file an Obsidian wikilink `link` opens in `folder`, as Obsidian matches names."""
    match = _WIKILINK.fullmatch(link)
    assert match, link
    wanted = match.group("target").strip().casefold()
    found = [p for p in folder.glob("*.md") if p.stem.casefold() == wanted]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("Nr. #1 der Charts: Mode^2 [Update] | Teil 2", "Nr. 1 der Charts Mode 2 Update Teil 2"),
        ("#MeToo – ein Jahr danach", "MeToo – ein Jahr danach"),
        ("[[Wiki]]", "Wiki"),
    ],
)
def test_a_highlight_of_a_title_with_link_syntax_can_be_linked(
    store: Store, tmp_path: Path, title: str, stem: str
) -> None:
    ids = export_library.build(store)
    store.sources.update_metadata(1, title=title)
    (path,) = export_sources(store, [1], tmp_path).written
    assert path.name == f"{stem}.md"
    block = f"h{ids[0]}"
    assert f"\n^{block}\n" in path.read_text(encoding="utf-8")
    assert resolve(tmp_path, f"[[{path.stem}#^{block}]]") == path
    assert f"title: '{title}'" in path.read_text(encoding="utf-8")  # the title itself is kept


def test_a_briefing_named_with_a_hash_gets_a_linkable_file(store: Store, tmp_path: Path) -> None:
    export_library.build(store)
    briefing, _ = store.briefings.create("Q4 #Japan [Entwurf]")
    (path,) = export_briefing(store, briefing.id, tmp_path).written
    assert path.name == "Q4 Japan Entwurf.md"
    assert resolve(tmp_path, f"[[{path.stem}]]") == path


@pytest.mark.parametrize(("language", "word"), [("de", "Ohne Titel"), ("en", "Untitled")])
def test_a_title_of_link_syntax_alone_is_named_in_the_export_language(
    store: Store, tmp_path: Path, language: str, word: str
) -> None:
    """A German export named such a note "Untitled.md"."""
    export_library.build(store)
    store.sources.update_metadata(1, title="[[#]]")
    (path,) = export_sources(store, [1], tmp_path, language=language).written
    assert path.name == f"{word}.md"
    assert "title: '[[#]]'\n" in path.read_text(encoding="utf-8")  # the title itself is kept


@pytest.mark.parametrize(
    ("title", "typed"),
    [
        ("Bundes\u00adkanzler trifft Premier", "Bundeskanzler trifft Premier"),  # soft hyphen, as news sites set it
        ("Zero\u200bwidth Space", "Zerowidth Space"),
        ("\u202eHandel\u202c und \u200fRecht", "Handel und Recht"),  # direction override and mark
        ("Team \U0001f469\u200d\U0001f4bb im Büro", "Team \U0001f469\u200d\U0001f4bb im Büro"),  # joiner: one emoji
        ("Sieg für \U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
         "Sieg für \U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"),  # Scotland's flag
        # ZWNJ and ZWJ are spelling between two letters of a script that writes with them ...
        ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u0628\u0631\u0648\u0645",
         "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u0628\u0631\u0648\u0645"),  # Persian "I want to go"
        ("\u0915\u094d\u200d\u0937 \u0914\u0930 \u0930\u094d\u200c\u092f",
         "\u0915\u094d\u200d\u0937 \u0914\u0930 \u0930\u094d\u200c\u092f"),  # Hindi half forms
        ("\U0001f3f3\ufe0f\u200d\U0001f308 Pride", "\U0001f3f3\ufe0f\u200d\U0001f308 Pride"),  # rainbow flag
        # ... and nothing but invisible at a word's edge, in Latin letters or between two scripts
        ("\u200c\u0645\u06cc\u200d \u200dBericht\u200c", "\u0645\u06cc Bericht"),
        ("Auf\u200cl\u200dage \u0645\u200cx", "Auflage \u0645x"),
        ("\u0633\u0627\u0644\u200c\u06f1\u06f4\u06f0\u06f4", "\u0633\u0627\u0644\u06f1\u06f4\u06f0\u06f4"),  # before a digit
        ("Team \U0001f469\u200dBericht", "Team \U0001f469Bericht"),  # after an emoji, before a letter
    ],
)
def test_a_link_typed_as_the_title_reads_finds_the_note(
    store: Store, tmp_path: Path, title: str, typed: str
) -> None:
    """Invisible format characters in a title went into the file name: `[[Bundeskanzler …]]`,
    typed as the title reads, found no note, and an override showed the name backwards."""
    export_library.build(store)
    store.sources.update_metadata(1, title=title)
    (path,) = export_sources(store, [1], tmp_path).written
    assert path.name == f"{typed}.md"
    assert resolve(tmp_path, f"[[{typed}]]") == path
    assert path.read_text(encoding="utf-8").count(title) >= 1  # the title itself is kept


def test_a_name_cut_short_at_a_joiner_ends_on_the_letter_before_it() -> None:
    """A long Persian title cut to the name's 150 bytes right after a ZWNJ that stays between
    letters would end on the invisible joiner, joining nothing; it ends on the letter."""
    stem = file_stem("\u0627" * 73 + "\u200c\u0628\u0631")  # 146 bytes of letters, the ZWNJ's 3
    assert stem == "\u0627" * 73


@pytest.mark.parametrize(("language", "word"), [("de", "Ohne Titel"), ("en", "Untitled")])
def test_a_briefing_named_with_link_syntax_alone_is_named_in_the_export_language(
    store: Store, tmp_path: Path, language: str, word: str
) -> None:
    """A German export of a briefing called "[#]" wrote "Untitled.md", as a source's had."""
    ids = export_library.build(store)
    briefing, _ = store.briefings.create("[#]")
    store.briefings.add_highlights(briefing.id, [ids[0]])
    (path,) = export_briefing(store, briefing.id, tmp_path, language=language).written
    assert path.name == f"{word}.md"
    assert briefing_file_name(store, briefing.id, tmp_path, language) == path.name  # found again by its id
    assert briefing_file_name(store, briefing.id, tmp_path / "new", language) == f"{word}.md"  # made anew
    assert "title: '[#]'\n" in path.read_text(encoding="utf-8")


def test_a_combined_file_titled_with_link_syntax_alone_is_named_as_its_heading(store: Store, tmp_path: Path) -> None:
    """Its document was headed and aliased as "Export" while the file was named "Untitled.md"."""
    export_library.build(store)
    (path,) = export_combined(store, [1, 2], tmp_path, "[#]", language="de").written
    assert path.name == "Export.md"
    assert "title: '[#]'\n" in path.read_text(encoding="utf-8")
