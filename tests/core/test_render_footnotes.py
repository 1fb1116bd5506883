"""The preview numbers footnotes where they are first cited, as Obsidian does, not where they
are defined (python-markdown's default): a briefing's chronology defines its footnotes
mid-document, a note may define them in any order."""

from __future__ import annotations

import re

from reader.core.render import render_note


def test_footnotes_are_numbered_by_first_reference() -> None:
    shown = render_note(
        "First[^late] then[^early] and[^late] again.\n\n[^early]: Early\n\n[^late]: Late\n"
    )
    assert re.findall(r"<sup><a>\[(\d)\]</a></sup>", shown) == ["1", "2", "1"]
    listed = shown.split('<div class="footnote">')[1]
    assert listed.index("Late") < listed.index("Early")


def test_a_quoted_reference_is_numbered_where_it_stands_in_the_document() -> None:
    """A briefing's quotes are block quotes, its connecting text paragraphs: python-markdown
    numbered a paragraph's reference before a quote's above it (it reads the tree level by
    level), so the preview said [2] where the exported file, as Obsidian reads it, says [1]."""
    shown = render_note(
        "# Memo\n\n> A quote[^1]\n\n- a chronology line[^3]\n\nMy own text[^2].\n\n"
        "[^1]: The source, paragraph 2\n[^2]: My own note.\n[^3]: Another source\n"
    )
    assert re.findall(r"<sup><a>\[(\d)\]</a></sup>", shown) == ["1", "2", "3"]
    listed = shown.split('<div class="footnote">')[1]
    assert listed.index("The source") < listed.index("Another source") < listed.index("My own note")
