"""Markdown notes render to HTML in which nothing can run, load or navigate anywhere unsafe."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.render import is_safe_link, render_note, sanitise

NASTY = st.sampled_from(
    [
        "<script>alert(1)</script>", "<SCRIPT SRC=//x>", "<img src=x onerror=alert(1)>",
        '<a href="javascript:alert(1)">x</a>', "[x](javascript:alert(1))", "[x](JaVaScRiPt:1)",
        "[x]( java\tscript:alert(1))", "[x](&#106;avascript:1)", "<div onclick='x'>",
        "<svg onload=alert(1)>", "![i](http://tracker/x.png)", "<iframe src=x>", "`<b>`",
        '<a href="file:///etc/passwd">f</a>', "[f](file:///etc/passwd)", "<style>*{}</style>",
        "<<script>script>", '"><script>', "```html\n<script>x</script>\n```", "<p/onmouseover=1>",
    ]
)  # fmt: skip
NOTES = st.lists(st.one_of(NASTY, st.text(max_size=30)), max_size=12).map("\n".join)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _assert_inert(output: str) -> None:
    assert "<script" not in output.lower()
    collector = _Collector()
    collector.feed(output)
    for tag, attrs in collector.tags:
        assert tag not in {"script", "img", "iframe", "style", "svg", "object"}
        for name, value in attrs:
            assert not name.startswith("on")
            if name == "href":
                assert value is not None and is_safe_link(value)
                assert not value.strip().lower().startswith("javascript:")


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine is no failure
@given(NOTES)
def test_nothing_active_survives_rendering(note: str) -> None:
    _assert_inert(render_note(note))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine is no failure
@given(st.text(max_size=200))
def test_nothing_active_survives_sanitising_raw_html(fragment: str) -> None:
    _assert_inert(sanitise(fragment))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine is no failure
@given(NOTES)
def test_nothing_active_survives_sanitising_nasty_html(fragment: str) -> None:
    _assert_inert(sanitise(fragment))


def test_markdown_renders_and_raw_html_stays_visible() -> None:
    output = render_note("# Japan\n\n**Key:** <b>yen</b> [site](https://example.org)")
    assert "<h1>Japan</h1>" in output
    assert "<strong>Key:</strong>" in output
    assert "&lt;b&gt;yen&lt;/b&gt;" in output
    assert '<a href="https://example.org">site</a>' in output


def test_unsafe_links_lose_their_target_but_keep_their_text() -> None:
    output = render_note("[click me](javascript:alert(1)) and [mail](mailto:a@b.org)")
    assert "<a>click me</a>" in output
    assert 'href="mailto:a@b.org"' in output


def test_remote_images_become_their_alt_text() -> None:
    assert "[image: chart]" in render_note("![chart](https://tracker.example/pixel.png)")


def test_fenced_code_is_coloured_with_classes() -> None:
    output = render_note("```python\ndef f():\n    return 1\n```")
    assert '<div class="codehilite">' in output and '<span class="k">def</span>' in output


def test_safe_links() -> None:
    assert is_safe_link("https://x.org") and is_safe_link("HTTP://x") and is_safe_link("mailto:a@b")
    assert not is_safe_link("javascript:x") and not is_safe_link("file:///x")
    assert not is_safe_link("/relative") and not is_safe_link("data:text/html,x")


def test_footnote_citations_read_as_numbers_with_their_sources_below() -> None:
    """A briefing's who's who and chronology cite with Markdown footnotes; the preview showed
    the raw markers ("[^who-2][^who-3]")."""
    output = render_note("- **Fumio Kishida** [^who-2][^who-3]\n\n[^who-2]: Handelsblatt, 2024-04-11\n"
                         "[^who-3]: DWN, 2025-10-28")  # fmt: skip
    assert "[^" not in output
    assert "<sup><a>[1]</a></sup><sup><a>[2]</a></sup>" in output  # no target: the links are inert
    assert output.index("Handelsblatt, 2024-04-11") < output.index("DWN, 2025-10-28")
    assert "<li>" in output.split("<hr>")[1]  # the sources as a numbered list under a rule


def test_quotes_a_blank_line_apart_are_two_quotes_as_in_commonmark() -> None:
    """python-markdown merged them; CommonMark, Obsidian and GitHub keep them apart."""
    assert render_note("> one\n\n> two").count("<blockquote>") == 2
    assert render_note("> one\n>\n> two").count("<blockquote>") == 1  # one quote, two paragraphs
    assert render_note("> one\nlazy\n\n> two").count("<blockquote>") == 2
    assert render_note("text\n> one").count("<blockquote>") == 1
    nested = render_note("> > inner one\n>\n> > inner two\n\n> outer")
    assert nested.count("<blockquote>") == 4  # as markdown-it reads it: inner ones apart, outer too
