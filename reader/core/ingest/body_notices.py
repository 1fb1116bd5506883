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


def site_notice(lower: str, word_count: int) -> str | None:
    """The reason the lower-cased line is set aside, if it is such a notice."""
    if is_placeholder(lower, word_count):  # "This slideshow requires JavaScript"
        return COOKIES
    if is_comment_rules(lower, word_count):  # "Please keep your comments civil"
        return COMMENTS
    return ADVERTISING if is_pitch(lower, word_count) else None
