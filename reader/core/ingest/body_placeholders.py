"""What a page shows where an embed did not load: "This slideshow requires JavaScript", "Mit
dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram", "Klicken Sie
auf den unteren Button, um den Inhalt von www.komoot.de zu laden", "Die Funktionalität dieses
Widgets hängt von der Einbindung eines Drittanbieters ab".

A copied page carries these for every blocked video, map, post or slideshow: the consent
notice of an embed or the request to switch on scripts. Written as sentences, they are taken
for the article's lines; they are the page's consent furniture (`phrases.COOKIES`). English,
German, and the words for switching scripts on in French, Spanish, Italian and Portuguese.
"""

from __future__ import annotations

import re

# A placeholder is a line or two, never a paragraph of the article.
MAX_WORDS = 30
_SCRIPTS = re.compile(
    r"\bjavascript\b.{0,60}\b(?:enabl|disabl|requir|turn(?:ed)? on|aktivier|deaktivier|einschalt"
    r"|erforder|benötig)|\b(?:enable|requires?|turn on|aktivieren sie|bitte aktivieren|activez"
    r"|activer|activa|habilita|abilita|attiva|ative|ativar)\b.{0,30}\bjavascript\b"
)
_CONSENT = re.compile(
    r"\bmit dem laden de[sr] .{1,40}akzeptieren sie\b"
    r"|\bum (?:den|die|das) (?:inhalt|video|karte|beitrag|post)\w* .{0,60}"
    r"(?:zu laden|nachzuladen|anzuzeigen)\b"
    r"|\bby (?:loading|playing|clicking on|viewing) (?:the|this) .{1,40}"
    r"(?:accept|agree to) .{0,30}privacy policy\b"
    r"|\bclick .{0,40}\bto load (?:the )?(?:content|video|map|post|embed)"
    r"|^(?:inhalt|video|karte|beitrag|externe[rn]? inhalte?) (?:laden|anzeigen|entsperren)$"
    r"|^(?:load|show|unblock) (?:the )?(?:video|content|external content|map|post)$"
    # A widget that needs a third party's consent ("Die Funktionalität dieses Widgets hängt von
    # der Einbindung eines Drittanbieters ab", "This content is provided by a third party …").
    r"|\bdrittanbieter\w*\b.{0,80}\b(?:einstellung|laden|aktivier|zustimm|einwillig|einbindung)"
    r"|\b(?:einbindung|inhalt|dienst)\w* (?:eines|von einem|des) drittanbieter"
    r"|\bthird[- ]party (?:content|provider|service|embed)s?\b.{0,80}"
    r"\b(?:settings|load|enable|consent|accept)"
)


def is_placeholder(lower: str, word_count: int) -> bool:
    """The lower-cased line stands where an embed did not load."""
    if word_count > MAX_WORDS or not _hinted(lower):
        return False
    return bool(_SCRIPTS.search(lower) or _CONSENT.search(lower))


def _hinted(lower: str) -> bool:
    """One of the substrings every match holds is in the line (most lines hold none, and no
    pattern runs); spelled out as one expression, the cheapest test."""
    return (
        "javascript" in lower
        or "laden" in lower
        or "load" in lower
        or "privacy policy" in lower
        or "anzeigen" in lower
        or "entsperren" in lower
        or "show " in lower
        or "drittanbieter" in lower
        or "third" in lower
    )
