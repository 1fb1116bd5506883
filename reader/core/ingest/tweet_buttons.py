"""A quote offered for tweeting: a blog's plug-in (WordPress' "Better Click To Tweet") prints a
sentence of the post in a box with its button, and a copy glues the button to the sentence
("… with much less stress.Click To Tweet"). The reading view showed the line as a heading
ending in the button's words (2 posts of the English development set; their gold keeps the
sentence and drops the button).

The button goes; the sentence stays where the post put it. Only after a sentence's end: a
line that says "click to tweet" inside its text says it to the reader.
"""

from __future__ import annotations

import re

# The button's words glued to the sentence's last mark (a quote's closing mark after it).
_BUTTON = re.compile(r"(?<=[.!?'’\"”])\s?click to tweet$", re.IGNORECASE)


def without_tweet_buttons(lines: list[str]) -> list[str]:
    """`lines` (stripped) with the tweet button cut from each sentence it was glued to;
    `lines` itself when the page has none."""
    if not any("weet" in line for line in lines):  # (most pages: no pattern tried)
        return lines
    return [_BUTTON.sub("", line) if line.endswith(("weet", "WEET")) else line for line in lines]
