"""A sign-up box's pitch: the sentence a site prints over its newsletter form's button, copied
right above the button's line ("Let our news meet your inbox. The news and stories that
matters, delivered weekday mornings." / "Sign Up"; a shop's consent to its offers by e-mail
over "Anmelden").

The pitch is worded anew by every site, and in the middle of an article (NBC's box between two
paragraphs) it read as one of its paragraphs; the button under it, a line of one or two words,
is the same everywhere. On the two development sets 19 lines stand right above such a button,
and none of them is the article's. A blank line between them parts them: a paragraph over a
menu's "Anmelden" further down is no box's.

"Sign up", "Anmelden" and "Registrieren" also sign a reader up for what the page itself
offers: an event page of the German set closes on a paragraph saying its places are few and
asking the reader to register early, over "Jetzt anmelden" (in the saved page's visible
text), and that paragraph is the page's. Over such a button the pitch must speak of what a
sign-up box sends or asks for (mail, news, a login); over "Subscribe" or "Abonnieren" it is
a subscription's whatever its words ("TO READ THE FULL STORY").
"""

from __future__ import annotations

import re

from reader.core.ingest import phrases
from reader.core.ingest.segment import Segment

# The form's button, alone on its line: the words of it that the phrase tables label a menu's
# entry or a sign-up prompt (only labelled lines are looked at, so a button they do not know,
# "Sign up now", "Iscriviti", leaves its pitch in the text).
_BUTTON = re.compile(
    r"sign up|subscribe(?: now)?|(?:jetzt )?(?:anmelden|abonnieren|registrieren)|s['’]abonner"
    r"|suscr[ií]b(?:ete|irse)|abonneren",
    re.IGNORECASE,
)
# A button's line is a word or three; a pitch is a sentence or two, its consent's small print
# at most a short paragraph ("Ja, ich bin interessiert am Empfang von …", 33 words). A saved
# page's visible text has no blank lines at all: a paragraph of the article stands right
# above a "Subscribe" button there, and it runs longer (WIRED's, 70 words).
_BUTTON_MAX_CHARS = 24
PITCH_MIN_WORDS = 5
PITCH_MAX_WORDS = 45
_BUTTON_LABELS = frozenset({phrases.NAVIGATION, phrases.NEWSLETTER})
# The buttons that sign a reader up for anything (an event, an account), and what the pitch
# over one of them names when the box is a newsletter's or a login's.
_ANY_SIGN_UP = re.compile(r"sign up|(?:jetzt )?(?:anmelden|registrieren)", re.IGNORECASE)
_BOX_OFFER = re.compile(
    r"e-?mail|newsletter|news|nachrichten|inbox|postfach|log ?in|loggen|einlogg", re.IGNORECASE
)


def mark_sign_up_pitches(segments: list[Segment], labels: list[str | None]) -> None:
    """Label the line right above a sign-up button (no blank line between them) as the box's
    newsletter prompt. Asked after the head's metadata is read (`plaintext.read_page`): a
    headline or a byline may stand right above a site's "Subscribe" button, and labelled
    before, it lost the title to a menu's line."""
    # A button's words are a label of the phrase tables (a menu's "Sign up", "Anmelden") or a
    # sign-up prompt ("Jetzt anmelden"): only those lines are looked at.
    buttons = [i for i, label in enumerate(labels) if label in _BUTTON_LABELS and i]
    for i in buttons:
        text = segments[i].text
        if len(text) > _BUTTON_MAX_CHARS or segments[i].gap_before or not _BUTTON.fullmatch(text):
            continue
        above = segments[i - 1].text
        if labels[i - 1] is not None:
            continue
        if not PITCH_MIN_WORDS <= len(above.split()) <= PITCH_MAX_WORDS:
            continue
        if _ANY_SIGN_UP.fullmatch(text) and not _BOX_OFFER.search(above):
            continue  # the page's own offer: an event's places, a club's membership
        labels[i - 1] = phrases.NEWSLETTER
