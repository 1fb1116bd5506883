"""The site's disclosure that it earns from the post or was paid for it: "This post may contain
affiliate links", "We may earn a commission when you buy through links on our site", "*Werbung.
Dieser Beitrag enthält Werbung für …", "Als Amazon-Partner verdiene ich an qualifizierten
Verkäufen", "Nous pouvons percevoir une commission …".

Blogs and review sites print one over or under the post (the law asks for it in many
countries), written as a sentence, so the body model reads it as the article's first or last
paragraph. It is told by the site speaking for itself (we, our, I, this post; wir, ich, dieser
Beitrag …) together with links it is paid for (affiliate links) or earns a commission on; or
by the advertising label opening the line ("Werbung.", "Anzeige |"); or by the wording of
Amazon's programme. An article about affiliate marketing names commissions and links but
speaks for no site ("Retailers pay bloggers a commission …"), so it stays the article's.
English, German, French, Spanish, Italian, Portuguese, Dutch and Polish.
"""

from __future__ import annotations

import re

# A disclosure is a line or a short paragraph.
MAX_WORDS = 80
_AFFILIATE = re.compile(
    r"affiliate|affilié|afiliad|affiliat[io]|affiliazion|afiliacyjn|partner-?links?\b"
    r"|provisions-?links?\b|werbe-?links?\b"
)
# The paid links themselves (`_names_links`): a commission alone is also an estate agent's or
# a salesman's.
# What the paid links do or what the site earns from them.
_PAID = re.compile(
    r"\b(?:commissions?|provision(?:en)?|comisi[oó]n|comissão|commissione|commissie|prowizj\w*"
    r"|earn\w*|verdien\w*|purchases?|buy|kauf\w*|einkauf\w*|click\w*|klick\w*|gekennzeichnet"
    r"|marked|sternchen|contains?|enthält|contient|contiene|contém|bevat|zawiera|handelt"
    r"|achat\w*|compra\w*|acquist\w*|aankoop\w*|zakup\w*)\b"
)
# The site speaking for itself or to its reader.
_VOICE = re.compile(
    r"\b(?:we|us|our|i|my|you|your|this (?:post|article|page|site|review|video)"
    r"|wir|uns|unser\w*|ich|mir|mich|mein\w*|du|dich|dir|dein\w*|sie|ihnen"
    r"|(?:dieser|diese|dieses|der|die|auf dieser)"
    r" (?:beitrag|artikel|post|seite|blogpost|text|website)"
    r"|nous|notre|nos|vous|votre|je|cet article|ce site|podemos|nosotros|nuestr[oa]s?"
    r"|este (?:artículo|sitio|post)"
    r"|potremmo|possiamo|noi|nostr[oai]|questo (?:articolo|sito|post)|nossos?|nossas?|este artigo"
    r"|wij|ons|onze|ik|dit artikel|deze (?:site|website)|otrzymujemy|nasz\w*|ten artykuł)\b"
)
# Earning a commission, in the site's voice ("we may earn a small commission").
_COMMISSION = re.compile(
    r"\b(?:earn|receive|get|erhalten|bekomm\w*|erhält|verdien\w*|percevoir|recevoir|toucher"
    r"|recibir|ganar|recibimos|ricevere|guadagnare|riceviamo|receber|ganhar|recebemos|ontvangen"
    r"|krijgen|otrzymuj\w*)\b.{0,50}\b(?:commission|provision|comisión|comissão|commissione"
    r"|commissie|prowizj)"
)
# The advertising label opening the line, then a full stop, a colon or a bar ("*Werbung. Dieser
# Beitrag …", "Anzeige | …"), or the post saying it holds advertising.
_LABEL_OPENING = re.compile(
    r"\W{0,3}(?:unbezahlte |bezahlte |unbeauftragte )?(?:werbung|anzeige|advertisement|sponsored)"
    r"\s*[.:|/*)]"
)
_HOLDS_ADVERTISING = re.compile(
    r"\b(?:dieser|der folgende) (?:beitrag|artikel|post|blogpost|blogbeitrag|text)\b.{0,20}"
    r"\benthält\b.{0,20}\b(?:werbung|anzeige|produktplatzierung|affiliate)"
    r"|\bthis (?:post|article|page|review|video)\b.{0,20}\b(?:contains?|includes?)\b.{0,30}"
    r"\b(?:affiliate|sponsored|paid|advertising)"
)
# Amazon's programme, in the words its members must print.
_AMAZON = re.compile(
    r"amazon services llc associates program|\bamazon associate\b|\bamazon-partner\b"
    r"|qualifying purchases|qualifizierten verkäufen"
)


def is_disclosure(lower: str, word_count: int) -> bool:
    """The lower-cased line is the site's disclosure of paid links or advertising."""
    if word_count > MAX_WORDS:
        return False
    if _LABEL_OPENING.match(lower):
        return True  # tried at the line's start only: cheap
    if _may_hold_advertising(lower) and _HOLDS_ADVERTISING.search(lower):
        return True
    if ("amazon" in lower or "qualif" in lower) and _AMAZON.search(lower):
        return True
    if not _names_links(lower) or not _may_pay(lower) or not _VOICE.search(lower):
        return False
    if _AFFILIATE.search(lower) and _PAID.search(lower):
        return True
    return _COMMISSION.search(lower) is not None


def _may_hold_advertising(lower: str) -> bool:
    """The words every match of `_HOLDS_ADVERTISING` holds are in the line: "enthält" with
    "dieser " or "der folgende ", or "this " with its noun. "this " alone is in most English
    paragraphs, where the pattern's search of every position cost more than these tests."""
    if "enthält" in lower and ("dieser " in lower or "der folgende " in lower):
        return True
    return "this " in lower and (
        "this post" in lower
        or "this article" in lower
        or "this page" in lower
        or "this review" in lower
        or "this video" in lower
    )


# A word every match of `_AFFILIATE` or `_COMMISSION` holds. Many lines name a link, and on
# them the site's voice (a search at every word for some sixty words) cost more than all the
# other tests of this module together (bench pages); the stems are looked for first.
_PAY_STEMS = (
    "affili", "afili", "partner", "provision", "werbe", "commissi", "comisión", "comissão",
    "prowizj",
)  # fmt: skip


def _may_pay(lower: str) -> bool:
    """The line holds a word of paid links or a commission (`_PAY_STEMS`)."""
    return any(map(lower.__contains__, _PAY_STEMS))


def _names_links(lower: str) -> bool:
    """The line names links ("link", "lien", "enlace" …): the paid links and the commission
    on links need it. Asked of most lines: `in` tests are the cheapest pre-test."""
    return (
        "link" in lower
        or "lien" in lower
        or "enlace" in lower
        or "collegament" in lower
        or "koppeling" in lower
    )
