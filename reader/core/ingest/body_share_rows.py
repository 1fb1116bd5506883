"""A row of share buttons with the site's own words among the networks' names: "Whatsapp
Facebook Pint Baixar", "Facebook Twitter Partager", "WhatsApp Telegram Kopieren".

The share-row phrase (`phrase_tables`) knows the networks and the commonest button words of a
few languages; a site's own words ("Pint" for Pinterest, "Baixar" for the picture's download,
"Senden") are any language's. The networks' names tell the row in every language: two of them
at least, and no more other words than names, each short (a button's word, not a sentence's).
"""

from __future__ import annotations

# The networks' names, which are the same in every language.
NETWORKS = frozenset(
    ("facebook", "twitter", "whatsapp", "pinterest", "linkedin", "telegram", "reddit", "xing",
     "tumblr", "flipboard", "messenger", "bluesky", "mastodon", "weibo", "vkontakte")
)  # fmt: skip
MAX_WORDS = 8
_BUTTON_MAX_CHARS = 8
_PUNCTUATION = "|·•/,:()"


def is_share_row(lower: str, word_count: int) -> bool:
    """The lower-cased line is a row of share buttons."""
    if word_count > MAX_WORDS or not _names_a_network(lower):
        return False
    if "." in lower or "?" in lower or "!" in lower:
        return False
    words = [w.strip(_PUNCTUATION) for w in lower.split()]
    words = [w for w in words if w]
    names = sum(1 for w in words if w in NETWORKS)
    if names < 2:
        return False
    others = [w for w in words if w not in NETWORKS]
    return len(others) <= names and all(len(w) <= _BUTTON_MAX_CHARS for w in others)


def _names_a_network(lower: str) -> bool:
    """One of the commonest networks is named (every row of two names holds one of these):
    the cheapest pre-test for the many short lines that reach the test."""
    return (
        "facebook" in lower
        or "twitter" in lower
        or "whatsapp" in lower
        or "pinterest" in lower
        or "linkedin" in lower
        or "telegram" in lower
    )
