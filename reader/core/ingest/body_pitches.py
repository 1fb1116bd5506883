"""The site's pitch to its readers under the article: "Join our forums to keep talking …",
"Get the magazine delivered through your letterbox every month", "Support us and make a
difference", "Folgen Sie uns auf Instagram".

It opens with a call to act (join, get, support, follow, subscribe, become …) and names what
the site sells or where it lives: its own forum, membership or subscription ("our", "uns"), or a
social network. A how-to's steps open with the same verbs ("Get the pan hot", "Follow the signs
to the exit") but name none of these, so they stay the article's; so does a deals list's "Get it
on Amazon for $139", which names a price but not the site's own wares.

The appeal for money to keep the site's journalism going ("Ihr Beitrag hilft, unsere
Berichterstattung weiter auszubauen", "Your support keeps our reporting free") need not open
with a call: it names the site's own journalism or reporting, the reader's support (a
donation, a contribution) and speaks to the reader (`is_appeal`). A story about a foundation
funding journalism speaks to no reader and of no journalism of its own.
"""

from __future__ import annotations

import re

# A pitch is a line or two.
MAX_WORDS = 40
# An appeal runs to a short paragraph.
APPEAL_MAX_WORDS = 80
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


# "Click here" to subscribe to the site, register with it or support it ("Einfach hier klicken
# und für das digitale Heft registrieren!", "Click here to support it"); "Click here for more
# information about the game" names none of these and stays. Not the app: a news site puts
# "CLICK HERE TO GET THE … APP" between the story's paragraphs, and the saved-page importer
# ends the extractor's article at an advertising line in its last third.
_CLICK = re.compile(
    r"\b(?:click here|hier klicken|klicken sie hier|klick hier|cliquez ici|haga clic aquí"
    r"|clique aqui|clicca qui|klik hier)\b"
)
_CLICK_WARES = re.compile(
    r"\b(?:newsletter|subscri\w*|abonn\w*|registr\w*|support\w*|unterstütz\w*|sign (?:in|up)"
    r"|anmeld\w*|notifications?|benachrichtig\w*|digital\w*|e-?paper|inscri\w*|suscri\w*"
    r"|iscriv\w*|assin\w*)\b"
)


def is_pitch(lower: str, word_count: int) -> bool:
    """The lower-cased line is the site's call to join, subscribe, support or follow it."""
    if word_count > MAX_WORDS:
        return False
    if _CALL.match(lower) and _WARES.search(lower):
        return True
    if (
        "click" in lower
        or "klick" in lower
        or "clic" in lower
        or "cliqu" in lower
        or "klik" in lower
    ):
        return bool(_CLICK.search(lower) and _CLICK_WARES.search(lower))
    return False


# The appeal for support: what it pays for, the support, and the reader it speaks to.
_SUPPORT = re.compile(
    r"\b(?:support\w*|contribut\w*|donat\w*|spende\w*|unterstütz\w*|beitrag|soutien\w*|soutenir"
    r"|don|dons|apoyo|apoyar|aporte|donaci[oó]n|sostegno|sostenere|contributo|donazion\w*|apoio"
    r"|apoiar|doaç\w+|steun\w*|bijdrage|donatie|wsparci\w+|wesprzyj\w*|darowizn\w+)\b"
)
_READER = re.compile(
    r"\b(?:you|your|sie|ihre?|ihnen|du|dein\w*|dich|vous|votre|tu|usted|su|voi|vostro|você|seu|sua"
    r"|tuo|tua|u|uw|jij|jouw|je|ty|twoj\w*|państw\w*)\b"
)
# The journalism is the site's own ("unsere Berichterstattung", "our reporting"): "sie" is
# also "she" or "they" in German, and a story may say who supports journalism.
_OURS = re.compile(
    r"\b(?:our|unser\w*|notre|nos|nuestr[oa]s?|nostr[oa]|nosso|nossa|onze|ons|nasz\w*)\b"
)


def is_appeal(lower: str, word_count: int) -> bool:
    """The lower-cased line asks the reader to pay for the site's journalism."""
    if word_count > APPEAL_MAX_WORDS or not _names_journalism(lower):
        return False
    return bool(_SUPPORT.search(lower) and _READER.search(lower) and _OURS.search(lower))


def _names_journalism(lower: str) -> bool:
    """The line names journalism or reporting (en, de, fr, nl: "journali"; es, it, pt, pl).
    Asked of most lines: one expression of `in` tests is the cheapest pre-test."""
    return (
        "journali" in lower
        or "berichterstattung" in lower
        or "reporting" in lower
        or "periodismo" in lower
        or "giornalismo" in lower
        or "jornalismo" in lower
        or "dziennikarstw" in lower
    )


# The print issue's pitch under a magazine's web article: the rest of the story, or more on
# it, is in the issue the reader is asked to buy ("… lesen Sie in unserer Februar-Ausgabe. Das
# Heft können Sie hier versandkostenfrei bestellen.", "Den ganzen Artikel finden Sie in unserer
# bewusster leben Ausgabe 1/2023", "Read the full story in our March issue"). Reporting on an
# issue ("Wie wir in unserer letzten Ausgabe berichteten") sends the reader nowhere and stays.
_TO_ISSUE = re.compile(
    r"\b(?:(?:lesen|finden|erfahren) sie|read|find)\b[^.!?]{0,80}"
    r"\b(?:unser\w*|our)\b[^.!?]{0,40}(?:\b|-)(?:ausgabe|heft|issue)\b"
)
_ORDER_ISSUE = re.compile(
    r"\b(?:das heft|die ausgabe)\b[^.!?]{0,60}\b(?:bestellen|kaufen|erhältlich)\b"
)
# The current issue on sale where magazines are sold, offered to the reader now ("Die aktuelle
# Ausgabe der L-MAG jetzt an jedem Bahnhofskiosk, im Abo, als e-Paper und bei Readly
# erhältlich.", "Die aktuelle Ausgabe des Cicero erhalten Sie am Kiosk.", "The latest issue is
# on newsstands now"): the places name a magazine's sale, the offer makes it a pitch. A report
# on an issue names no offer ("Die neue Ausgabe, die am Samstag am Kiosk erscheint, berichtet
# …", "The latest issue of Vogue, which hits newsstands on Friday, features …"); an English
# kiosk sells anything and an "issue" can be a problem ("The current issue facing newsstand
# owners is the rent"), so English asks for the newsstand and for the issue of a name or on
# sale; a town's or a club's new edition "im Rathaus erhältlich" is the town's news and stays,
# with or without its e-paper.
_ISSUE_ON_SALE = re.compile(
    r"\b(?:die|das)\s(?:aktuelle|neue)\s(?:ausgabe|heft)\b[^.!?]{0,100}"
    r"(?:kiosk|\babo\b|e-?paper|zeitschriftenhandel)[^.!?]*"
    r"|\bthe\s(?:latest|new|current)\sissue(?:\sof\b|\sis\b|\son\b|,)[^.!?]{0,100}"
    r"(?:newsstands?|newsagents?|e-?paper)[^.!?]*"
)
_ON_SALE_NOW = re.compile(
    r"\b(?:jetzt|ab sofort|erhältlich|erhalten sie|bekommen sie|now|on sale|available)\b"
)
_TOWN_PLACES = re.compile(
    r"\b(?:rathaus\w*|bürgerbüro|bürgeramt|bücherei\w*|bibliothek\w*|gemeindeverwaltung"
    r"|stadtverwaltung|touristinfo\w*|town hall|city hall|library|libraries)\b"
)

def is_issue_pitch(lower: str) -> bool:
    """The lower-cased line sends the reader to the site's print issue: for the story, or to
    buy the current one."""
    if "ausgabe" not in lower and "heft" not in lower and "issue" not in lower:
        return False
    if _TO_ISSUE.search(lower) or _ORDER_ISSUE.search(lower):
        return True
    sale = _ISSUE_ON_SALE.search(lower)
    return bool(
        sale and _ON_SALE_NOW.search(sale.group()) and not _TOWN_PLACES.search(sale.group())
    )
