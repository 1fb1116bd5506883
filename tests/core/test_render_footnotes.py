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
