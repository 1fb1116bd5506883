"""Hostile titles, notes and quotes: front matter, file names and quotes always stay safe."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pathvalidate import validate_filename

from reader.core.export import front_matter
from reader.core.export.markdown import block_quote, clean_control, paragraphs
from reader.core.export.safe_paths import (
    UnsafePathError,
    file_stem,
    folded,
    inside,
    unique_folded_name,
)
from reader.core.models import Source

NASTY = ["---", "...", "#", ": ", "'", '"', "\n", "\r", "\t", "\x00", "\x07", "\x85", "\u2028",
         "\ufeff", "🦊", "&amp;", "<b>", "- ", "1. ", "> ", "```", "~~~", "[x]: y", "|a|", "\\",
         "*", "_", "`", "[[x]]", "==", "%%", "$", "^h1", "    ", "CON", "..", "/",
         "\ud800"]  # fmt: skip
hostile = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=8)), max_size=12).map("".join)


def make_source(title: str, byline: str, tag: str, url: str) -> Source:
    return Source(
        id=7, title=title, title_derived=False, teaser=None, byline=byline, published="2025-10-28",
        site_name=title[::-1], lang=None, url=url, file_name="x.txt", format="text",
        encoding="utf-8", content_hash="0123456789abcdef", text_hash="",
        imported_at="2025-11-03T09:00:00+00:00",
        updated_at="", opened_at=None, raw_text="", blocks=(), tags=(tag, "Client X"),
        agency=byline[::-1],
    )  # fmt: skip


@pytest.mark.parametrize("value", ["1e3", "2E5", "+1e3", "0o17", ".5e-2", "1984", "null", "True", "~"])
def test_text_a_yaml_1_2_reader_would_take_for_a_number_is_quoted(value: str) -> None:
    """Obsidian reads front matter as YAML 1.2, where "1e3", "2E5" and "0o17" are numbers
    (1000, 200000, 15): PyYAML, which knows YAML 1.1, wrote them unquoted."""
    props = front_matter.source_properties(make_source(value, value, value, value))
    text = front_matter.render(props)
    for key in ("title", "author", "source"):  # (the outlet and agency are the title backwards)
        assert f"\n{key}: '{value}'\n" in text  # a quoted scalar: text in every YAML version
    assert yaml.safe_load(text[4:-4]) == props


def test_a_tag_a_yaml_1_2_reader_would_take_for_a_number_is_quoted() -> None:
    text = front_matter.render(front_matter.source_properties(make_source("x", "y", "2E5", "z")))
    assert "\ntags:\n- '2E5'\n- Client-X\n" in text  # Obsidian's tag 2E5, not the number 200000


@settings(max_examples=300, deadline=None)
@given(hostile, hostile, hostile, hostile)
def test_front_matter_round_trips(title: str, byline: str, tag: str, url: str) -> None:
    props = front_matter.source_properties(make_source(title, byline, tag, url))
    text = front_matter.render(props)
    text.encode("utf-8")  # no lone surrogates reach the file
    assert text.startswith("---\n") and text.endswith("\n---\n")
    assert text.count("\n---\n") == 1  # nothing inside closes the block early
    assert front_matter.parse(text + "\n# body\n") == props
    assert yaml.safe_load(text[4:-4]) == props
    for key in ("title", "author", "outlet", "agency", "source"):
        value = props.get(key)
        assert value is None or ("\n" not in value and value == value.strip())
    assert all("#" not in t and " " not in t for t in props["tags"])


@settings(max_examples=300, deadline=None)
@given(hostile, st.lists(st.text(max_size=3), max_size=3))
def test_file_names_valid_everywhere(title: str, taken: list[str]) -> None:
    stem = file_stem(title)
    name = unique_folded_name(stem, {folded(n) for n in [f"{stem}.md", *taken]})
    validate_filename(name, platform="universal")
    assert name.endswith(".md") and not name.startswith(".")
    assert len(name.encode("utf-8")) <= 255


@settings(max_examples=200, deadline=None)
@given(hostile)
def test_no_path_leaves_the_folder(tmp_path_factory: pytest.TempPathFactory, title: str) -> None:
    folder = tmp_path_factory.mktemp("out")
    assert inside(folder, unique_folded_name(file_stem(title), set())).parent == folder.resolve()


@pytest.mark.parametrize("name", ["../x.md", "../../etc/passwd", "/abs.md", "a/../../b.md", ".."])
def test_traversal_names_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(UnsafePathError):
        inside(tmp_path, name)


def test_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "evil.md").symlink_to(tmp_path / "elsewhere.md")
    with pytest.raises(UnsafePathError):
        inside(tmp_path / "out", "evil.md")


class _Texts(HTMLParser):
    """The text of each top-level paragraph inside the first blockquote, and every tag seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.tags: list[str] = []
        self._in_p = False

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tags.append(tag)
        if tag == "p":
            self._in_p = True
            self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._in_p = False

    def handle_data(self, data: str) -> None:
        if self._in_p:
            self.paragraphs[-1] += data


def rendered(html_text: str) -> _Texts:
    parser = _Texts()
    parser.feed(html_text)
    parser.close()
    return parser


def expected_paragraphs(quote: str) -> list[str]:
    """What a reader should see: each paragraph trimmed, tabs and runs of spaces as written."""
    return [p.replace("\t", " ") for p in paragraphs(quote)]


quote_text = st.lists(
    st.one_of(st.sampled_from(NASTY), st.text(alphabet=st.characters(codec="utf-8"), max_size=10)),
    min_size=1, max_size=15,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(quote_text)
def test_quotes_render_back_to_the_same_text(quote: str) -> None:
    want = expected_paragraphs(quote)
    source = "\n".join(block_quote(quote)) + "\n"
    for html_text in (markdown.markdown(source), MarkdownIt("commonmark").render(source)):
        seen = rendered(html_text)
        assert seen.tags[0] == "blockquote" and set(seen.tags) <= {"blockquote", "p"}, html_text
        got = [_squash(p) for p in seen.paragraphs]
        assert got == [_squash(p) for p in want], (source, html_text)
    assert all(line.count("$") <= 1 for line in source.splitlines()), source  # Obsidian's math


@pytest.mark.parametrize(
    "quote",
    ["Japan pledged US$550 billion, the US$20 billion fund included", "zwischen 10$ und 20$",
     "$$x$$", "a $5 fee"],
)  # fmt: skip
def test_dollar_amounts_do_not_become_obsidian_math(quote: str) -> None:
    """Obsidian reads text between two `$` in a paragraph as LaTeX (`$$` as a display block):
    "US$550 billion, the US$20" showed "550 billion, the US" as a formula. A lone `$` stays."""
    (line,) = block_quote(quote)
    assert line.count("$") <= 1
    assert rendered(markdown.markdown(line)).paragraphs == [quote]
    if quote.count("$") == 1:
        assert line == f"> {quote}"


def _squash(text: str) -> str:
    """Renderers may turn runs of white space inside a line into one; the words must match."""
    return re.sub(r"[ \t]+", " ", html.unescape(text)).strip()


def test_control_characters_are_dropped() -> None:
    assert clean_control("a\x00b\x1bc\u2028d\r\ne") == "abc\nd\ne"
