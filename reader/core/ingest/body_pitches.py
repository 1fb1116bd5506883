"""The site's pitch to its readers under the article: "Join our forums to keep talking …",
"Get the magazine delivered through your letterbox every month", "Support us and make a
difference", "Folgen Sie uns auf Instagram".

It opens with a call to act (join, get, support, follow, subscribe, become …) and names what
the site sells or where it lives: its own forum, membership or subscription ("our", "uns"), or a
social network. A how-to's steps open with the same verbs ("Get the pan hot", "Follow the signs
to the exit") but name none of these, so they stay the article's; so does a deals list's "Get it
on Amazon for $139", which names a price but not the site's own wares.
"""

from __future__ import annotations

import re

# A pitch is a line or two.
MAX_WORDS = 40
_CALL = re.compile(
    r"(?:get|join|support|follow|subscribe|become|sign up|download|donate"
    r"|unterstützen sie|werden sie|abonnieren sie|folgen sie|holen sie sich"
    r"|rejoignez|abonnez-vous|suivez|soutenez|únete|suscríbete|síguenos|apoya"
    r"|assine|siga|apoie|seguici|abbonati|sostieni)\b"
)
_WARES = re.compile(
    r"\b(?:our|us|unser\w*|uns|nos|notre|nuestr[oa]s?|nossa|nosso|nostr[oa])\b"
    r"|\b(?:subscriptions?|membership|abonnement|abo|e-paper|mitgliedschaft|newsletter"
    r"|delivered|for as little as|facebook|twitter|instagram|linkedin|youtube|tiktok)\b"
)


def is_pitch(lower: str, word_count: int) -> bool:
    """The lower-cased line is the site's call to join, subscribe, support or follow it."""
    if word_count > MAX_WORDS or not _CALL.match(lower):
        return False
    return bool(_WARES.search(lower))
