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

# The button's words glued to the sentence's last mark (a quote's closing mark after it), at a
# line's end.
_BUTTON = re.compile(r"(?<=[.!?'’\"”])[ \t]?click to tweet[ \t]*$", re.IGNORECASE | re.MULTILINE)


def without_tweet_buttons(text: str) -> str:
    """The page's text with the tweet button cut from each sentence it was glued to; `text`
    itself when the page has none (most pages: one search for the word, no pattern)."""
    if "weet" not in text and "WEET" not in text:
        return text
    return _BUTTON.sub("", text)
