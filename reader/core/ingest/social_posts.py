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

from reader.core.ingest.relative_dates import Age

# The post's age as the networks print it, with their dot after it (LinkedIn's "•", Facebook's
# "·") or alone on its line: in English and German, down to weeks, months and years ("3w",
# "1yr", "2 hrs", "45 mins"; "2 Wo.", "2 Mon.", "1 Jahr", "1 J.").
_AGE = re.compile(
    r"(\d{1,2})\s?(s|m|mins?|h|hrs?|d|w|mo|yr|std\.?|stunden?|tag(?:e|en)?|wo|wochen?|mon|monat(?:e|en)?|jahr(?:e|en)?|j|minuten?)"
    r"\.?(?:\s*[•·].*)?",
    re.IGNORECASE,
)
# The units of an age that dates a post, as `relative_dates.Age` counts them: down to weeks,
# as the network counts a post's days in weeks from the seventh on ("1 Woche •", "2 w •") and
# a week old post is still this week's news to a consultant. A month or a year back gives a day
# up to that much wrong, and gives none (`relative_dates`).
_DAY_UNITS = {
    "s": "seconds", "m": "minutes", "min": "minutes", "mins": "minutes", "minute": "minutes", "minuten": "minutes",
    "h": "hours", "hr": "hours", "hrs": "hours", "std": "hours", "stunde": "hours", "stunden": "hours",
    "d": "days", "tag": "days", "tage": "days", "tagen": "days",
    "w": "weeks", "wo": "weeks", "woche": "weeks", "wochen": "weeks",
}  # fmt: skip
# Without the network's dot (Facebook's "2 hrs") an age is read only where a poster's age line
# stands, under the name and the job, and never in minutes or seconds: a page's "5 Min." under
# its headline is its reading time, and a news page ending in its tags ("#Stahl #Zölle") was
# read as a post, titled by its lede's first sentence and dated by its reading time.
_BARE_AGE_LINES = 3
_BARE_AGE_UNITS = frozenset(("hours", "days"))
# A line of hashtags alone, two or more.
_HASHTAGS = re.compile(r"(?:#[^\s#]+\s*){2,}")


def post_start(texts: list[str]) -> int | None:
    """Where a post's words start, when the text is a post: it ends in a line of hashtags, and
    its words start under its age line ("2 Std. •") where it has one, else at its top (the
    post copied without its poster). None for any other text."""
    if not texts or not _HASHTAGS.fullmatch(texts[-1]):
        return None
    age = next((i for i, text in enumerate(texts) if _is_age_line(text, i)), None)
    return 0 if age is None else age + 1


def _is_age_line(text: str, i: int) -> bool:
    """Line `i` is a post's age line: the age with the network's dot after it ("2 Std. •"), or
    a bare age of hours or days near the top ("2 hrs", `_BARE_AGE_LINES`)."""
    found = _AGE.fullmatch(text)
    if found is None:
        return False
    if "•" in text or "·" in text:
        return True
    return i < _BARE_AGE_LINES and _day_unit(found) in _BARE_AGE_UNITS


def _day_unit(found: re.Match[str]) -> str | None:
    """The `relative_dates.Age` unit of a matched age; None for months and years."""
    return _DAY_UNITS.get(found[2].casefold().rstrip("."))


def over_post_age(texts: list[str]) -> bool:
    """The text's first line is where a post's poster stands: over the age line, or over the
    poster's job over it ("Mark Ellis" / "Head of Procurement at Example Ltd" / "3 d •"), where
    a page's author line stands over its date (`head_authors`). A German job was found as a
    job line; an English one of six words ("Head of … at …") was not, and the post had no
    author."""
    start = post_start(texts)
    return start is not None and 2 <= start <= 3


def post_age(texts: list[str]) -> tuple[int, Age] | None:
    """The post's age line and the age it prints ("2 Std. •", "3 d •", "2 hrs"), when the text
    is a post with one (`post_start`) and the age names a day: read against the moment of the
    paste, as "2 hours ago" on a page is (`head_ages`). Alone, "2 Std." is no age: a page's line
    "5 Min." is its reading time; under a poster's name in a post ending in hashtags it is one."""
    start = post_start(texts)
    if not start:
        return None
    found = _AGE.fullmatch(texts[start - 1])
    unit = _day_unit(found) if found else None
    return None if found is None or unit is None else (start - 1, Age(unit, int(found[1])))
