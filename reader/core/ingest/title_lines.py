"""Lines that are never a page's headline, and headlines that look like a sentence.

The headline rules (`metadata`, `headline`) take headline-*shaped* lines as candidates. Some
such lines are known not to be one by what they say: a picture credit ("Alex Wong | Getty
Images", "Image copyright Getty Images", "… © Südtirol Wein"), a copied link ("via heise online News
https://www.heise.de/"), a weekday and a clock time ("Monday 6:30PM", where a blog prints the
post's age), a share widget's label ("Share it With Friends"), a post's tags
("amiga, dogs, floppy, Hunde"), a name with the word for a reporter after it ("김민수 기자"),
menu entries copied onto one line ("Kontakt/Impressum").
And some real headlines are shaped like prose ("Home Depot Stock Is Falling After Its
Earnings Release. Why You Shouldn't Worry."): they are told from a paragraph by being short
and standing directly above the author or date line.
"""

from __future__ import annotations

import re

from reader.core.ingest import phrases
from reader.core.ingest.intl_bylines import reporter_line
from reader.core.ingest.shape import is_person_name
from reader.core.ingest.wire_tails import is_wire_credit

# Picture credits: the words of a credit anywhere in a line (the line may also hold the
# caption: "… earnings. Photograph by Robyn Beck/AFP/Getty Images").
_CREDIT = re.compile(
    r"\b(?:getty images|image copyright|image caption|photograph by|photo by|photo credit"
    r"|picture alliance|shutterstock|istock(?:photo)?)\b"
    r"|^(?:foto|photo|bild|image)\s*(?::|(?:von|by)\s+\w)",
    re.IGNORECASE,
)
# A picture credit glued to the caption before it (no space between them), after at least
# this many of the caption's words (the one it is glued to counted).
_GLUED_CREDIT = re.compile(r"[a-zäöüß.)](?:Bild|Foto|Photo|Image|Quelle|Credit)s?\s?:")
_CAPTION_WORDS = 5
# A photographer's name and agency after the caption's last full stop, glued on or not
# ("… Braunau am Inn, Austria.Leonhard Foeger / Reuters file", "… isn't easy.Kathrin
# Ziegler/Getty", "… to oppose it. Jaafar ASHTIYEH / AFP"): the name is checked as a
# person's name, the agency part is a few words.
_GLUED_NAME_CREDIT = re.compile(r"[a-z)\]’”\"]\. ?([A-Z][^./]{2,40}?)\s?/\s?[A-Z][^/.]{1,30}$")
# Arrows sites print before a link; a quotation's opening guillemet has no space after it.
_LINK_ARROWS = ("» ", "› ", "> ", "→ ", "►")
# A weekday, or "Today"/"Yesterday", with a clock time and nothing else.
_WEEKDAY_TIME = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|montag"
    r"|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|gestern)"
    r",?\s*(?:at\s+|um\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|uhr)?",
    re.IGNORECASE,
)
# A share or print widget's label: its verb and what it acts on ("Share it With Friends",
# "Print This Article", "Diesen Artikel teilen", "PDF drucken").
_WIDGET = re.compile(
    r"(?:share|print|email|e-mail|tweet|save|send|teilen|drucken|merken|versenden)\s+"
    r"(?:it|this|on|via|with|to|article|story|page|post|diesen|den|artikel|beitrag|seite)\b.*"
    r"|(?:diesen|den)\s+(?:artikel|beitrag)\s+(?:teilen|drucken|merken|versenden)"
    r"|(?:pdf|artikel|beitrag|seite|link)\s+(?:drucken|teilen|merken|versenden|speichern|kopieren)",
    re.IGNORECASE,
)
_WIDGET_MAX_CHARS = 40
# A row of share buttons copied as one run ("FacebookTwitterPinterestE-MailWhatsApp"); one
# network's name alone is a menu entry, which counts as a candidate where menus are told
# from headlines.
_SOCIAL_ROW = re.compile(
    r"(?:facebook|twitter|pinterest|e-?mail|whatsapp|linkedin|xing|telegram|reddit|flipboard"
    r"|instagram|youtube|tumblr|messenger|teilen|tweeten|drucken|print|share|tweet){2,}",
    re.IGNORECASE,
)
# Links back to a list or on to the next post ("Zurück zur Übersicht", "Back to blog",
# "Previous Post", "Nächster Beitrag").
_PAGER = re.compile(
    r"(?:zurück|back|go back)(?:\s+(?:zu[rm]?|to|zu den|to the|to all)\s+(?:der\s+)?"
    r"(?:übersicht|overview|blog|list|liste|start|startseite|home|homepage|top|news|posts|articles"
    r"|artikel|beiträge|search|suche|results|ergebnisse|kategorie|category|archive|archiv))?"
    r"|(?:previous|next|older|newer|vorheriger|nächster|voriger)\s+(?:post|article|story|entry"
    r"|beitrag|artikel|eintrag)",
    re.IGNORECASE,
)
# The first words of the short lines the widget, pager and weekday patterns read, and the
# first four letters of a share row's first network.
_FIRST_WORDS = frozenset(
    "share print email e-mail tweet save send teilen drucken merken versenden diesen den "
    "zurück back go previous next older newer vorheriger nächster voriger monday tuesday "
    "wednesday thursday friday saturday sunday today yesterday montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag heute gestern pdf artikel beitrag seite link monday, tuesday, wednesday, thursday, "
    "friday, saturday, sunday, today, yesterday, montag, dienstag, mittwoch, donnerstag, "
    "freitag, samstag, sonntag, heute, gestern,".split()
)  # fmt: skip
_SOCIAL_STARTS = frozenset(
    "face twit pint e-ma emai what link xing tele redd flip inst yout tumb mess teil twee druc "
    "prin shar".split()
)  # fmt: skip
# A tag line: at least this many comma-separated items of at most this many words.
_TAG_LIST_ITEMS = 4
_TAG_WORDS = 2
# Menu entries joined on one line ("Kontakt/Impressum"): at most this long, split at a slash
# or a bar.
_JOINED_MENU_CHARS = 40
_MENU_JOINS = re.compile(r"\s*[/|]\s*")
# A headline with sentence punctuation has at most this many words and full stops (three:
# a quoted slogan of two sentences inside one, "… ‘Meth. We’re on it.’ They just might be.").
_SENTENCE_HEADLINE_WORDS = 14
_SENTENCE_HEADLINE_STOPS = 3
# What may open such a headline before its capital: Spanish marks, a bracketed series name
# ("[The Palace: Tale of Jang Noksu] More Reviews from KLOOK Visitors!"), a quotation.
_OPENERS = "¿¡[(\"“„‘'«»"


def is_never_a_title(text: str) -> bool:
    """A credit, a link, a weekday-and-time line or a share widget's label: headline-shaped,
    never the headline."""
    # Every headline candidate passes here: plain substring and set tests (in C) settle
    # nearly all of them before any pattern runs.
    if "©" in text or "://" in text or "www." in text or text.endswith(">"):
        return True  # a credit, a link, a breadcrumb's first step ("HOME >")
    if text.startswith(_LINK_ARROWS):
        return True  # a link behind its arrow ("» Coluna de Adauto Silva")
    if ":" in text and _glued_label_credit(text):
        return True  # a caption with its credit glued on ("… des ATP-TurniersBild: AFP/SID/")
    if "/" in text and _glued_name_credit(text):
        return True  # a caption with its photographer ("… Austria.Leonhard Foeger / Reuters")
    low = text.lower()
    if (
        "getty" in low
        or "photo" in low
        or "image" in low
        or "picture" in low
        or "foto" in low
        or "bild" in low
        or "shutterstock" in low
        or "istock" in low
    ) and _CREDIT.search(text):
        return True
    if text.count(", ") >= _TAG_LIST_ITEMS - 1 and _is_tag_list(text):
        return True
    if ("/" in text or "|" in text) and len(text) <= _JOINED_MENU_CHARS and _joined_menu(text):
        return True  # "Kontakt/Impressum", "Login | Registrieren": menu entries on one line
    if reporter_line(text)[0]:
        return True  # "김민수 기자", "নিজস্ব প্রতিবেদক": a byline, or the staff's
    if is_wire_credit(text):
        return True  # "Le Monde avec AFP", "Von Anna Weber mit dpa": a credit line
    core = low.strip()
    if core[:4] in _SOCIAL_STARTS and _SOCIAL_ROW.fullmatch(
        core.replace("\xad", "").replace(" ", "")
    ):
        return True
    if len(core) > _WIDGET_MAX_CHARS or core.split(" ", 1)[0] not in _FIRST_WORDS:
        return False
    return bool(_WIDGET.fullmatch(core) or _PAGER.fullmatch(core) or _WEEKDAY_TIME.fullmatch(core))


def _glued_label_credit(text: str) -> bool:
    """A caption with its credit's label glued to its last word: a caption's words come
    before it, so a headline opening with a name that holds a label's word ("UniCredit:
    Zinsen im Euroraum steigen bis zum Herbst") stays a candidate."""
    match = _GLUED_CREDIT.search(text)
    return match is not None and len(text[: match.start() + 1].split()) >= _CAPTION_WORDS


def _glued_name_credit(text: str) -> bool:
    """A caption with its photographer and agency after its last full stop: the words before
    the slash must be a person's name, so a headline with a slash ("Streik bei der Bahn.
    Pendler / Reisende …") stays a candidate."""
    match = _GLUED_NAME_CREDIT.search(text)
    return match is not None and is_person_name(match.group(1))


def _joined_menu(text: str) -> bool:
    """Menu entries copied onto one line with a slash or bar between them: each part is a
    furniture label on its own ("Kontakt", "Impressum", "Login")."""
    parts = [part.strip() for part in _MENU_JOINS.split(text)]
    return len(parts) > 1 and all(part and phrases.label_reason(part) for part in parts)


def _is_tag_list(text: str) -> bool:
    """A post's tags copied as one line ("amiga, dogs, floppy, Hunde, Hundeleben, Mesty"):
    several short items between commas, no sentence punctuation."""
    if text.endswith((".", "!", "?", ":", "…")):
        return False
    items = text.split(", ")
    return len(items) >= _TAG_LIST_ITEMS and all(len(item.split()) <= _TAG_WORDS for item in items)


def is_sentence_headline(text: str, n_words: int) -> bool:
    """A short line ending like a sentence that could be a headline ("… Release. Why You
    Shouldn't Worry.", "Warum wir mehr über Gehälter sprechen müssen?", "[Series] More Reviews
    from Visitors!", "‘Meth. We’re on it.’ They just might be."): the caller checks
    that the author or date line follows it."""
    if not 3 <= n_words <= _SENTENCE_HEADLINE_WORDS or not text.lstrip(_OPENERS)[:1].isupper():
        return False
    stops = sum(text.count(ch) for ch in ".!?")
    return text.endswith((".", "!", "?", "…")) and stops <= _SENTENCE_HEADLINE_STOPS
