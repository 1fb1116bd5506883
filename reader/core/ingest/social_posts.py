"""A post copied out of LinkedIn, X or Mastodon: the poster's name and job, the post's age with
the network's dot ("2 Std. •", "3h • Edited •", "1 Woche •"), the post, and its hashtags
("#Zölle #Lieferketten").

Its paragraphs made it an article's text to the page rules, which took the age for its
headline ("2 Std. •") and set its closing question and hashtags aside as a footer. A post is a
note: every line stays, and its title is the post's first sentence under the age. A text that
ends in a line of hashtags is a post, its age line copied or not.
"""

from __future__ import annotations

import re

# The post's age as the networks print it, with their dot after it: in English and German, down
# to weeks, months and years ("3w", "1yr"; "2 Wo.", "2 Mon.", "1 Jahr", "1 J.").
_AGE = re.compile(
    r"\d{1,2}\s?(?:s|m|min|h|d|w|mo|yr|std\.?|stunden?|tag(?:e|en)?|wo|wochen?|mon|monat(?:e|en)?|jahr(?:e|en)?|j|minuten?)"
    r"\.?\s*•.*",
    re.IGNORECASE,
)
# A line of hashtags alone, two or more.
_HASHTAGS = re.compile(r"(?:#[^\s#]+\s*){2,}")


def post_start(texts: list[str]) -> int | None:
    """Where a post's words start, when the text is a post: it ends in a line of hashtags, and
    its words start under its age line ("2 Std. •") where it has one, else at its top (the
    post copied without its poster). None for any other text."""
    if not texts or not _HASHTAGS.fullmatch(texts[-1]):
        return None
    age = next((i for i, text in enumerate(texts) if _AGE.fullmatch(text)), None)
    return 0 if age is None else age + 1
