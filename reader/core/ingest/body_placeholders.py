"""What a page shows where an embed did not load: "This slideshow requires JavaScript", "Mit
dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram", "Klicken Sie
auf den unteren Button, um den Inhalt von www.komoot.de zu laden", "Die Funktionalität dieses
Widgets hängt von der Einbindung eines Drittanbieters ab".

A copied page carries these for every blocked video, map, post or slideshow: the consent
notice of an embed or the request to switch on scripts. Written as sentences, they are taken
for the article's lines; they are the page's consent furniture (`phrases.COOKIES`). English,
German, and the words for switching scripts on in French, Spanish, Italian and Portuguese; a
social button's or embed's consent box (`_CONSENT_BOX`) in those and French, Spanish, Italian.
A banner that the reader's browser is out of date (`_OLD_BROWSER`) stands where the page's
script put it, above the masthead, and was taken for the title ("Dein Browser ist leider
veraltet.", "Ihr Browser ist veraltet!", "You are using an outdated browser").
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
# A social button's or embed's consent box in the five languages of the dev pages and their
# neighbours: the click sends data to the network ("Wenn Sie diesen Button anklicken, werden
# persönliche Daten an Facebook übertragen"), agreeing by a click ("By clicking, you agree",
# "En cliquant, vous acceptez", "Al hacer clic, aceptas", "Cliccando accetti"), agreeing to be
# shown external content, or the button that loads it ("Load content from Instagram",
# "Charger le contenu", "Cargar contenido", "Carica il contenuto").
_CONSENT_BOX = re.compile(
    r"\b(?:anklicken|klicken|klick)\b.{0,60}\bdaten\b.{0,40}\bübertragen\b"
    r"|\bexterne inhalte\b.{0,40}\bangezeigt werden\b"
    r"|\bby clicking\b.{0,60}\byou (?:agree|accept|consent)\b"
    r"|\bclick\w*\b.{0,60}\b(?:personal )?data\b.{0,40}\b(?:sent|transferred|transmitted) to\b"
    r"|\bexternal content\b.{0,60}\b(?:displayed|shown|loaded|load|show|agree|accept)"
    # The same box's word that its button or form keeps nothing ("Hier können Sie … eine Seite
    # empfehlen. Es werden keine persönlichen Daten gespeichert").
    r"|\b(?:empfehlen|button|schaltfläche|teilen)\b.{0,80}"
    r"\bkeine (?:persönlichen|personenbezogenen) daten\b"
    r"|\b(?:recommend|button|share)\b.{0,80}\bno personal data\b"
    r"|\ben cliquant\b.{0,60}\bvous acceptez\b"
    r"|\bal hacer clic\b.{0,60}\bacept"
    r"|\bcliccando\b.{0,60}\baccett"
    r"|^(?:load|show) content from \S+$"
    r"|^(?:charger|afficher) (?:le )?contenu\b.{0,40}$"
    r"|^(?:cargar|mostrar) (?:el )?contenido\b.{0,40}$"
    r"|^(?:carica(?:re)?|mostra(?:re)?) (?:il )?contenuto\b.{0,40}$"
)

# A site's banner for an old browser, in the words browser-update.org and the themes write:
# the reader's browser is out of date or unsupported ("Ihr Browser ist veraltet!", "You are
# using an outdated browser"), or the reader is asked to update it to see the site ("Bitte
# aktualisieren Sie Ihren Browser, um diese Website korrekt darzustellen", "Lade … einen
# neueren Browser kostenfrei herunter"). The banner opens its line (after a "Hinweis:" at
# most): a story about browsers quotes those words inside its sentences ("Wer Windows 7 nutzt,
# sieht bald die Meldung: Ihr Browser ist veraltet") or reports who said them
# (`_REPORTED`), and "modern browser vendors install updates" speaks to nobody.
_OLD_BROWSER = re.compile(
    r"^\W*(?:(?:hinweis|achtung|warnung|warning|notice|attention)\s*[:!]\s*)?(?:"
    r"(?:ihr|dein|your) (?:web)?browser (?:ist|is) (?:leider )?(?:sehr |stark )?"
    r"(?:veraltet|out of date|outdated|nicht (?:mehr )?unterstützt|not supported|no longer supported)"
    r"|(?:you are using|you're using|sie (?:verwenden|nutzen)|du (?:verwendest|nutzt)) "
    r"(?:an? |einen )?(?:veraltete[nr]?|outdated|unsupported|old) (?:web)?browser\b"
    r"|(?:bitte aktualisieren sie ihren|bitte aktualisiere deinen|please update your|please upgrade your)"
    r" (?:web)?browser\b"
    r"|(?:lade|laden sie|download|install)\b.{0,60}\b(?:neuere[nr]?|aktuelle[nr]?|newer|modern) browser\b)"
)
# A line that quotes the banner or says who warns is a story's sentence: "'Your browser is out
# of date', says Google", "Please update your browser, the BSI warns", "…, rät das BSI".
_REPORTED = re.compile(
    r"[\"“”„«»]|\b(?:says?|said|warns?|warned|advises?|sagt|sagte|warnt|warnte|rät|riet|meldet|heißt es)\b"
)


def is_placeholder(lower: str, word_count: int) -> bool:
    """The lower-cased line stands where an embed did not load."""
    if word_count > MAX_WORDS or not _hinted(lower):
        return False
    if _SCRIPTS.search(lower) or _CONSENT.search(lower) or _CONSENT_BOX.search(lower):
        return True
    return bool(_OLD_BROWSER.search(lower)) and not _REPORTED.search(lower)


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
        or "klick" in lower  # "anklicken"
        or "clic" in lower  # "clicking", "clic", "cliccando"
        or "cliqu" in lower  # "en cliquant" (no "clic" in it)
        or "conten" in lower  # "content", "contenu", "contenido", "contenuto"
        or "externe inhalte" in lower
        or " daten" in lower  # also "Daten." and "Daten," ending a sentence or clause
        or "no personal data" in lower
        or "browser" in lower
    )
