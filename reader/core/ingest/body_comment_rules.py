"""The site's rules for readers' comments: "Please be respectful of other commenters",
"Ihr Kommentar wird von einem Moderator überprüft", "Comments are subject to our community
guidelines".

Such a notice stands over or under the comment form, after the article, and is written as a
whole sentence or two, so the body model takes it for a paragraph of the article. It is told by
three things in one line: a word for comments, a word of moderation or manners (approve,
moderate, guidelines, respectful, delete …) and the site speaking to its readers or for itself
(you, please, we, our; Sie, bitte, wir, unsere …). A news story about moderation on a platform
("Facebook removes comments that break its policy") names comments and policy but speaks to no
reader, so it stays the story's. English, German, French, Spanish, Portuguese, Italian and Dutch.
"""

from __future__ import annotations

import re

# A notice is a sentence or a short paragraph, not a long one.
MAX_WORDS = 80
_COMMENT = re.compile(
    r"comment|kommentar|comentári|comentario|reacties?\b|discussion|diskussion", re.IGNORECASE
)
_MANNERS = re.compile(
    r"moderat|approv|aprovad|aprobad|approuv|freigeschaltet|freigegeben|guideline|richtlinie"
    r"|netiquette|respect|respektvoll|respeito|respeto|rispett|civil\b|höflich|sachlich"
    r"|beleidig|offensive|abusive|profan|obsz[öo]n|gelöscht|entfernt|überprüft|geprüft"
    r"|on[- ]topic|constructive|konstruktiv|spam\b"
)
_VOICE = re.compile(
    r"\b(?:you|your|please|we|our|us|sie|ihr|ihre|ihren|bitte|du|dein|deine|wir|unsere?n?"
    r"|vous|votre|vos|nous|notre|nos|merci|usted|su|sus|por favor|nosotros|nuestr[oa]s?"
    r"|você|seu|sua|nossa|nosso|lei|vostro|vostri|per favore|noi|nostr[oi]|u|uw|wij|ons|onze)\b"
)


def is_comment_rules(lower: str, word_count: int) -> bool:
    """The lower-cased line is the site's notice on readers' comments."""
    if word_count > MAX_WORDS or not _hinted(lower):
        return False
    return bool(_COMMENT.search(lower) and _MANNERS.search(lower) and _VOICE.search(lower))


def _hinted(lower: str) -> bool:
    """A word for comments is in the line: "comment" (also "commentaire", "commento"),
    "kommentar", "coment" (Spanish, Portuguese), "reactie", "discussion"/"diskussion".
    Spelled out as one expression: most lines reach it, and this is the cheapest test."""
    if "ment" in lower:  # "comment", "kommentar", "comentário" (one scan for most lines)
        if "comment" in lower or "kommentar" in lower or "coment" in lower:
            return True
    return "ussion" in lower or "reactie" in lower  # "discussion", "diskussion", "reactie"
