"""The site speaking to its readers around the article, as whole sentences the body model
would take for the article's own: where an embed did not load (`body_placeholders`), its rules
for comments (`body_comment_rules`) and its pitch to join, subscribe or follow
(`body_pitches`). `phrases.prompt_reason` asks here when no furniture phrase matched a line.
"""

from __future__ import annotations

from reader.core.ingest.body_comment_rules import is_comment_rules
from reader.core.ingest.body_pitches import is_pitch
from reader.core.ingest.body_placeholders import is_placeholder
from reader.core.ingest.phrase_tables import ADVERTISING, COMMENTS, COOKIES

# A notice has at least two words ("Video laden", "Follow us"), rules for comments a sentence's
# worth: a page's many one-word lines (menus, tags) are settled by a count.
MIN_WORDS = 2
RULES_MIN_WORDS = 6


def site_notice(lower: str, word_count: int) -> str | None:
    """The reason the lower-cased line is set aside, if it is such a notice."""
    if word_count < MIN_WORDS:
        return None
    if is_placeholder(lower, word_count):  # "This slideshow requires JavaScript"
        return COOKIES
    if word_count >= RULES_MIN_WORDS and is_comment_rules(lower, word_count):
        return COMMENTS  # "Please keep your comments civil"
    return ADVERTISING if is_pitch(lower, word_count) else None
