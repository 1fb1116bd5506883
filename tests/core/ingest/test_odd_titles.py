"""Titles made up from odd files: a title is one line (the robustness audit of session 13)."""

from __future__ import annotations

from reader.core.ingest.prepare import prepare_bytes
from reader.core.ingest.title import derive_title


def test_derived_title_stays_in_the_first_paragraph() -> None:
    # The next paragraph starts lower case, so no sentence split saw the paragraph break.
    assert derive_title("trailing dot.\n\ntrailing dot body text here") == "trailing dot"
    assert derive_title("first line\n  \nsecond paragraph") == "first line"


def test_derived_title_joins_a_hard_wrapped_first_paragraph() -> None:
    assert derive_title("A line wrapped\nby the mail client. More text") == "A line wrapped by the mail client"


def test_page_without_a_headline_gets_a_one_line_title() -> None:
    page = (
        b"<html><body><p>trailing dot.</p><p>trailing dot body text here, with more words for a"
        b" body of the page.</p></body></html>"
    )
    title = prepare_bytes(page, "odd.html").article.title
    assert title is not None and "\n" not in title
    assert title == "trailing dot"
