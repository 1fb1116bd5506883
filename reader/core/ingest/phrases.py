"""Known page furniture, German and English: which short lines are prompts, labels or credits.

Two kinds of evidence: a LABEL is a whole short line that is nothing but furniture ("Anzeige",
"Share", "Mehr zum Thema"); a PROMPT is a phrase that marks a line as furniture wherever it
stands in it ("Foto: …", "Sign up for …", "All rights reserved"). Each maps to the reason the
reading view shows for a set-aside block. Phrases are generic site chrome, not any one site's.
"""

from __future__ import annotations

import re

from reader.core.ingest.shape import is_person_name

NAVIGATION = "navigation"
ADVERTISING = "advertising"
CAPTION = "caption"
IMAGE_CREDIT = "image credit"
RELATED = "related links"
SHARE = "share prompt"
NEWSLETTER = "newsletter prompt"
APP = "app prompt"
JOBS = "job prompt"
COMMENTS = "comments"
FOOTER = "footer"
COOKIES = "cookie notice"
ARTICLE_INFO = "article info"
REFERENCES = "references"
TABLE = "table"
CREDITS = "credits"
BYLINE_REPEAT = "byline repeat"
AUTHOR_BIO = "author bio"

# Whole-line labels, matched after trailing counts and punctuation are stripped.
LABELS: dict[str, tuple[str, ...]] = {
    NAVIGATION: (
        r"skip to (?:main )?content(?:skip to site index)?", r"skip to (?:navigation|search|footer)",
        r"jump to (?:content|navigation|search)", r"(?:direkt )?zum inhalt(?: springen)?",
        r"(?:jump|skip|go) to (?:the )?comments?(?: section)?",
        r"zur navigation", r"hauptnavigation", r"main menu", r"menu", r"menü", r"navigation",
        r"home", r"startseite", r"search(?: query)?", r"suche", r"submit search", r"show search",
        r"sign (?:in|up)", r"log ?(?:in|out)", r"anmelden", r"registrieren", r"register",
        r"create account", r"my account", r"mein konto", r"abo", r"abonnement",
        r"subscribe", r"abonnieren", r"back to top", r"nach oben", r"zum seitenanfang",
        r"zur startseite", r"toggle (?:navigation|the table of contents)", r"open in app",
        r"sections", r"more", r"mehr", r"close", r"schließen", r"[×✕✖]", r"[·•∙|–—-]+",
        r"previous|next|prev story|next story|newer posts?|older posts?|nächste seite",
        r"vorherige seite|zurück|weiter", r"watch live", r"live", r"edition", r"today’s paper",
        r"contents", r"inhaltsverzeichnis", r"hide", r"\(?top\)?", r"article", r"talk", r"read",
        r"edit", r"view history", r"tools", r"personal tools", r"donate", r"appearance",
        r"\d+ (?:languages|sprachen)", r"lesen", r"bearbeiten", r"versionsgeschichte",
        r"diskussion", r"artikel", r"quelltext bearbeiten", r"schlagzeilen", r"customize",
        r"edit links", r"links bearbeiten", r"werkzeuge", r"hauptmenü", r"spenden",
        r"benutzerkonto erstellen", r"inhaltsverzeichnis (?:ausblenden|umschalten|einblenden)",
        r"contents (?:hide|show)", r"anfang",
    ),
    ADVERTISING: (
        r"anzeige", r"advertisement", r"werbung", r"sponsored(?: content)?", r"promoted",
        r"paid (?:content|post|partner content)", r"partner ?content", r"unsere partner",
        r"ads?", r"skip advertisement", r"advertisement · scroll to continue",
        r"report this ad", r"(?:story|article) continues (?:below|after)(?: advertisement)?",
        r"supported by", r"advertise(?: with us)?", r"mediadaten", r"werben",
    ),
    SHARE: (
        r"share(?: (?:this|full))?(?: article| story| post| page)?", r"teilen",
        r"(?:diesen|den) (?:beitrag|artikel) teilen", r"artikel teilen", r"tweet", r"copy",
        r"copy link", r"link (?:copied|kopieren|kopiert)", r"e-?mail", r"facebook", r"twitter",
        r"x(?:\.com)?", r"linkedin", r"whatsapp", r"reddit", r"pinterest", r"flipboard",
        r"threads", r"bluesky", r"mastodon", r"telegram", r"print", r"drucken", r"druckansicht",
        r"save", r"saved", r"speichern", r"merken", r"zur merkliste hinzufügen",
        r"weitere optionen zum teilen", r"listen", r"vorlesen", r"artikel (?:hören|anhören|verschenken)",
        r"reuse this content", r"in pocket speichern", r"follow", r"folgen", r"gift (?:this )?article",
        r"feedback", r"mailto", r"restacks?", r"likes?", r"gefällt mir", r"leer en español",
        r"purchase licensing rights", r"order reprints", r"reprints", r"permalink",
        r"(?:link )?copy (?:article )?link", r"author (?:e-?mail|bio|profile|page)",
        r"(?:e-?mail|follow|contact) (?:the )?author", r"autor(?:in)? folgen",
        r"e-?mail an (?:den autor|die autorin)",
    ),
    COMMENTS: (
        r"comments?", r"kommentare(?: lesen| anzeigen)?", r"leave a (?:comment|reply)",
        r"join the (?:conversation|discussion)", r"diskutieren sie mit", r"kommentieren",
        r"reply", r"antworten", r"show comments", r"reader comments", r"discussion",
        r"discussion about this post", r"forum(?: view)?", r"loading comments", r"responses?",
        r"what are your thoughts\?", r"no responses yet", r"top", r"latest", r"beiträge",
    ),
    RELATED: (
        r"mehr zum thema", r"mehr zu diesem thema", r"verwandte (?:themen|artikel)",
        r"related(?: (?:articles?|stories|content|coverage|topics|links|reading))?",
        r"read (?:more|next|also)", r"mehr lesen(?: über)?", r"lesen sie (?:auch|mehr)",
        r"auch interessant", r"das könnte sie auch interessieren", r"more on this story",
        r"more (?:from|on|about) .{1,40}", r"most (?:read|viewed|popular|shared)",
        r"meistgelesen(?:e artikel)?", r"top stories", r"recommended(?: for you| from .{1,30})?",
        r"you (?:may|might) also like", r"weitere artikel", r"further reading",
        r"explore more on these topics", r"editors[’']? picks", r"trending(?: now)?",
        r"mehr (?:anzeigen|artikel|nachrichten)", r"more stories", r"stichw(?:ö|o)rter",
        r"schlagw(?:ö|o)rte(?:r)?", r"tags?", r"topics", r"themen", r"archiv", r"archive",
        r"suggested topics", r"kommentar", r"analyse", r"meinung", r"podcast", r"video",
        r"galerie|bildergalerie|gallery", r"see more recommendations", r"ready for more\?",
        r"marginalspalte", r"weitere themen",
    ),
    FOOTER: (
        r"impressum", r"datenschutz(?:erklärung|hinweis|hinweise)?", r"privacy(?: policy| notice)?",
        r"cookies?(?: policy| settings| statement| & tracking| einstellungen)?",
        r"privacy einstellungen", r"your privacy choices", r"terms(?: of (?:use|service|sale))?",
        r"terms (?:&|and) conditions", r"nutzungsbedingungen", r"agb", r"kontakt",
        r"contact(?: us)?", r"about(?: us)?", r"über uns", r"help", r"hilfe(?: & kontakt)?",
        r"careers", r"karriere", r"site (?:index|map|information navigation)", r"sitemap",
        r"accessibility(?: statement)?", r"barrierefreiheit", r"status", r"press", r"blog",
        r"rules", r"text to speech", r"teams", r"disclaimers", r"developers", r"statistics",
        r"mobile view", r"code of conduct", r"abo kündigen", r"jobs", r"rss", r"faq",
    ),
}

# Phrases that mark a short line as furniture wherever they stand in it.
PROMPTS: dict[str, tuple[str, ...]] = {
    CAPTION: (
        r"\b(?:foto|fotos|photo|photos|photograph|bild|bilder|image|picture|illustration|grafik)"
        r"\s*:\s*\S",
        r"\bcredit(?:s)?\s*(?::|\.\.\.|…)", r"\((?:image|photo|foto|bild|picture)s?\s*:[^)]*\)",
        # "(AP Photo/Maria Lopez, File)", "(Photo by Jane Doe/Getty Images)", "(Foto: dpa)"
        r"\((?:[a-z]{2,12} )?(?:photo|foto|image|bild)s?\s*(?:/|by |von )[^)]*\)$",
        r"^(?:photo|image|illustration|video)s? (?:by|via|courtesy of)\b",
        r"^\[?\d+/\d+\]", r"^item \d+ of \d+\b", r"^bildquelle", r"^image (?:source|caption),",
    ),
    NEWSLETTER: (
        r"\bnewsletters?\b", r"\bsign up (?:for|to)\b", r"\bsubscribe (?:to|for|now)\b",
        r"\benter your e-?mail\b", r"\be-mail-adresse\b", r"\bin ihr(?:em)? postfach\b",
        r"\bauf dem laufenden\b", r"\bprivacy notice\b", r"\bthanks for reading\b",
        r"\bsubscribe for free\b", r"\bjetzt (?:anmelden|abonnieren|registrieren)\b",
        r"\bper e-mail (?:erhalten|informiert)\b", r"\be-mail zu erhalten\b",
        r"\b(?:news|stories|headlines|updates|briefing|nachrichten)\b.{0,40}"
        r"\b(?:delivered|sent|straight|direct(?:ly)?|direkt)\b.{0,20}\b(?:inbox|postfach)\b",
        r"\bconstitutes (?:acceptance|agreement)\b",
        r"^by (?:signing up|subscribing|registering|clicking|submitting|continuing)\b.{0,60}"
        r"\b(?:agree|accept|consent)",
        r"^(?:i|ich) (?:understand|agree|accept|stimme|willige|akzeptiere)\b.{0,80}"
        r"\b(?:privacy (?:policy|notice)|terms of (?:use|service)|user agreement|datenschutz)",
        r"^mit (?:der|ihrer) (?:registrierung|anmeldung|bestellung)\b.{0,80}"
        r"\b(?:datenschutz|nutzungsbedingungen|agb|einwillig|zustimm|akzeptier)",
        r"\bdatenschutz\w* zur kenntnis\b",
    ),
    APP: (
        r"\b(?:get|download) (?:the|our) app\b", r"\bin (?:der|unserer) app\b",
        r"\bzum (?:home|start)-?bildschirm\b", r"\badd to home screen\b",
        r"\bapp herunterladen\b", r"\bopen in app\b",
    ),
    JOBS: (
        r"\bjobs? (?:finden|find|alerts?)\b", r"\btraumjob\b", r"\bstellen(?:angebote|markt)\b",
        r"\bkarriere-portal\b", r"\bbenachrichtigt werden\b", r"\bbesten jobs\b",
    ),
    SHARE: (r"^share (?:on|via|this)\b", r"\bteilen (?:auf|per)\b", r"^listen to this article\b"),
    COMMENTS: (
        r"^\d[\d.,]*k? (?:comments?|kommentare|beiträge|responses|replies)\b",
        r"^kommentare lesen\b", r"^\d+ repl(?:y|ies) by\b",
        # A comment's header: "jbaxt says:", "Catherine (GiveWell) on May 3, 2018 at 5:23 pm
        # said:", "Karl M. schrieb:".
        r"^(?!(?:the|he|she|it|they|we|i|you|a|an|der|die|das|er|sie|es|man|ich|wir)\s)"
        r"(?:\S+\s+){1,5}(?:says|said|wrote|replied|schreibt|schrieb|sagt|sagte|meint|meinte)\s?:$",
        r"^(?:\S+\s+){1,6}(?:on|am) .{4,30}\d:\d\d.{0,12}(?:says|said|wrote|schrieb|schreibt):$",
        r"\b\d+ (?:comments|kommentare)\b",
        # The comment form under a blog post (WordPress and the like), English and German.
        r"\bakismet\b", r"^(?:you are|du|sie) comment\w* (?:using|mit)\b",
        r"^du kommentierst mit\b", r"^sie kommentieren mit\b",
        r"^(?:name|e-?mail|website|webseite|homepage)\*?\s*\((?:required|erforderlich|pflicht\w*)",
        r"^(?:gib|geben sie) hier (?:deinen|ihren) kommentar\b",
        r"^(?:fill in your details below|trage deine daten unten ein|enter your comment here)\b",
        r"\byour email address will not be published\b",
        r"\b(?:ihre|deine) e-mail-adresse wird nicht veröffentlicht\b",
        r"^(?:notify me of (?:new|follow-up) (?:comments|posts)|benachrichtig\w* (?:mich )?(?:bei|über))\b",
        r"^informiere mich über neue (?:beiträge|kommentare)\b",
        r"^save my name, email\b", r"^meinen namen, (?:meine )?e-mail\b",
        r"^(?:schreibe|hinterlasse|verfasse) einen kommentar\b", r"^kommentar (?:verfassen|schreiben)\b",
    ),
    ARTICLE_INFO: (
        r"^lesezeit\b", r"\b\d+\s*min(?:\.|utes?)? read\b", r"^this article is more than\b",
        r"^artikelzusammenfassung\b", r"^lesedauer\b", r"^reading time\b",
        r"^(?:geschätzte )?lesezeit\b", r"^(?:\d+|an?|one) (?:hours?|hrs?|minutes?|mins?|days?)"
        r" ago\b", r"^vor \d+ (?:stunden|minuten|tagen)\b", r"^reporting from\b",
        r"^aktualisiert\b", r"^updated \d+ (?:hours?|minutes?) ago\b", r"\bopens new tab\b",
        r"^https?://", r"^a version of this article appears in print\b",
        r"\b(?:19|20)\d\d(?:updated|aktualisiert)\b",
    ),
    RELATED: (
        r"^(?:related|read more|read also|also read|lesen sie auch|mehr zum thema|auch interessant"
        r"|weiterlesen|more|watch|listen|video|audio|see more on)\s*:",
        r"^(?:main article|see also|further information|hauptartikel|siehe auch)s?\s*:",
    ),
    FOOTER: (
        r"\ball rights reserved\b", r"\balle rechte vorbehalten\b", r"^©", r"^copyright\b",
        r"©\s*\d{4}", r"\bthis page was last edited\b", r"\btext is available under the creative",
        r"^retrieved from\b", r"^categories?\s*:", r"^kategorien?\s*:", r"\bpowered by\b",
        r"^(?:from|aus) wikipedia\b", r"\bredirects here\b", r"^not to be confused with\b",
        r"^for other uses\b", r"\bis (?:a|an) (?:registered )?trademark\b",
    ),
    CREDITS: (
        r"^(?:reporting|writing|editing|additional reporting) by\b", r"^mit informationen von\b",
        r"^über dieses thema berichtete\b", r"^dieses thema im programm\b",
        r"^our standards\b", r"^\([a-z]{2,4}\)$",
    ),
}

COOKIE_CONTEXT = re.compile(
    r"\b(?:accept|consent|we use|akzept|einwillig|zustimm|wir (?:verwenden|nutzen)|verwendet)"
)
# Small print under sign-up forms; three or more of these make a paragraph furniture.
LEGAL = re.compile(
    r"\b(?:privacy (?:policy|notice)|terms of (?:use|service)|datenschutz\w*|nutzungsbedingungen"
    r"|recaptcha|einwilligung|widerrufen|unsubscribe|abmelden)\b"
)
# One of these is in every LEGAL match; keep the two in step. Most long paragraphs hold none.
_LEGAL_HINTS = (
    "privacy ", "terms of ", "datenschutz", "nutzungsbedingungen", "recaptcha", "einwilligung",
    "widerrufen", "unsubscribe", "abmelden",
)  # fmt: skip
MIN_LEGAL_HITS = 3
# Lines that end the article: after them come comments, references or the author box.
SECTION_ENDS = re.compile(
    r"(?:\d[\d.,]*k?\s+)?(?:comments?|kommentare|leave a (?:comment|reply)|join the (?:conversation|discussion)"
    r"|(?:schreibe|hinterlasse|verfasse) einen kommentar|kommentar (?:schreiben|verfassen)"
    r"|discussion about this post|reader comments|diskutieren sie mit|references|notes"
    r"|einzelnachweise|anmerkungen|external links|weblinks|literatur"
    r"|see also|siehe auch|bibliography|sources|quellen|written by .{1,40}|about the authors?"
    r"|über (?:den|die) autor(?:in)?|zur person|footnotes|fußnoten"
    r"|(?:(?:cautionary|special) (?:note|statement)s? (?:regarding|concerning|about) )?"
    r"forward[- ]looking statements?|safe harbou?r statement|zukunftsgerichtete aussagen"
    r"|(?:media|press|investor|presse|medien)[- ]?(?:contacts?|inquiries|enquiries|kontakt)"
    r"(?:\s*:.*)?"
    r"|contacts?\s*:.*|kontakt\s*:.*)",
    re.IGNORECASE,
)
# A press release's closing company profile: "About Northwind Logistics", "ABOUT ACME INC.",
# (case-sensitive: the company's name is capitalised). German capitalises every noun, so
# "Über …" headings are no evidence and German profiles go by "Über uns", a footer label.
_ABOUT_COMPANY = re.compile(
    r"(?:About|ABOUT)\s+[A-Z0-9][\w.&'’,-]*(?:\s+(?:[A-Z0-9&][\w.&'’,-]*|of|and|for|the|de))*"
)
_ABOUT_MAX_WORDS = 7
# Credit lines naming the photographer and the outlet: "Tom Becker/Millbrook Daily Herald".
_PERSON_CREDIT = re.compile(
    r"([A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){1,3})\s*/\s*"
    r"(?:[A-Z][\w.&'’-]*)(?:\s+(?:[A-Z][\w.&'’-]*|for|of|the|via)){0,6}"
)
# News-agency and picture-desk names that stand alone on a line as an image credit.
CREDIT_ONLY = re.compile(
    r"(?:getty images|reuters|ap|afp|epa|dpa|imago(?: images)?|shutterstock|pa media|alamy"
    r"|bloomberg|anadolu|xinhua|picture alliance|action press|ddp)(?:\s*(?:/|via).{0,40})?",
    re.IGNORECASE,
)
# Numbered lines of a table of contents ("1 History", "2.1 Early life").
TOC_LINE = re.compile(r"\d{1,2}(?:\.\d{1,2})*\s+[A-ZÄÖÜ][^.!?:]{0,60}")
REFERENCE_LINE = re.compile(r"^\^\s")

_COUNT = re.compile(r"\d{1,3}(?:[.,]\d{1,3})?[kKmM]?")
_TRAILING_NOISE = re.compile(r"[\s:·•|,(\[]*(?:\(?\d[\d.,]*k?\)?)?[\s:·•|)\]]*$", re.IGNORECASE)
# The characters a trailing-noise match can end with (besides digits and white space; "K" is
# the Kelvin sign, which IGNORECASE matches for "k"). A line ending in anything else has no
# noise to strip, and the $-anchored search, which tries every position, can be skipped.
_NOISE_LAST = frozenset(":·•|,([)].kK\u212a")

# Substrings that every unanchored prompt phrase contains (lower case). A line holding none of
# them cannot match, and some thirty `in` tests cost a fraction of one search of the big
# alternation, which Python's regex engine tries alternative by alternative at every word.
# Checked at import below: a new unanchored phrase must contain one of these.
_CAPTION_HINTS = ("foto", "photo", "bild", "image", "picture", "illustration", "grafik", "credit")
_PROMPT_HINTS = _CAPTION_HINTS + (
    "newsletter", "sign up ", "subscribe ", "enter your e", "e-mail", "postfach",
    "auf dem laufenden", "privacy notice", "thanks for reading", "jetzt ", "app",
    "add to home screen", "job", "stellen", "karriere-portal", "benachrichtigt werden", "teilen ",
    "read", "opens new tab", "all rights reserved", "alle rechte vorbehalten", "©",
    "this page was last edited", "text is available under the creative", "powered by",
    "redirects here", "trademark", "inbox", "constitutes ", "zur kenntnis", "updated",
    "aktualisiert", "comments", "kommentare", "akismet", "will not be published",
    "wird nicht veröffentlicht",
)  # fmt: skip


def _compile_labels() -> re.Pattern[str]:
    groups = []
    for index, patterns in enumerate(LABELS.values()):
        groups.append(f"(?P<g{index}>{'|'.join(patterns)})")
    return re.compile("|".join(groups))


def _compile_prompts(anchored: bool, reasons: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation per reason; anchored ("^…") phrases are tried only at the line start."""
    groups = []
    for index, (reason, patterns) in enumerate(PROMPTS.items()):
        chosen = [p.lstrip("^") for p in patterns if p.startswith("^") == anchored]
        if chosen and reason in reasons:
            groups.append(f"(?P<g{index}>{'|'.join(chosen)})")
    # Every phrase starts at a word boundary or a bracket: testing that once per position
    # rejects most positions before any alternative is tried.
    return re.compile(r"(?=\b|\()(?:" + "|".join(groups) + ")")


_LABEL_RE = _compile_labels()
_LABEL_REASONS = {f"g{i}": reason for i, reason in enumerate(LABELS)}
# Prompts are matched on the lower-cased line: case-folding once is far cheaper than IGNORECASE.
_PROMPT_START = _compile_prompts(anchored=True, reasons=tuple(PROMPTS))
_PROMPT_ANYWHERE = _compile_prompts(anchored=False, reasons=tuple(PROMPTS))
_CREDIT_ANYWHERE = _compile_prompts(anchored=False, reasons=(CAPTION,))
_PROMPT_REASONS = {f"g{i}": reason for i, reason in enumerate(PROMPTS)}


def _check_hints() -> None:
    """Every unanchored phrase must spell out one of its hints, or the pre-check would hide it."""
    for reason, patterns in PROMPTS.items():
        hints = _CAPTION_HINTS if reason == CAPTION else _PROMPT_HINTS
        for pattern in patterns:
            if not pattern.startswith("^") and not any(h in pattern for h in hints):
                raise AssertionError(f"prompt phrase {pattern!r} needs an entry in _PROMPT_HINTS")


_check_hints()

# Longer lines are prose that may mention a newsletter: in them only a caption credit at the
# end or a cookie banner counts (and searching them in full would cost most of the parse).
MAX_PROMPT_WORDS = 30
CREDIT_TAIL_CHARS = 120
MAX_LABEL_CHARS = 60


def label_reason(text: str) -> str | None:
    """The reason a whole line is a furniture label ("Share 12" → share prompt), else None."""
    if len(text) > MAX_LABEL_CHARS:
        return None
    if not text[:1].isalnum() and not any(ch.isalnum() for ch in text):
        return NAVIGATION  # separators: "___", "·", "×"
    if text[0].isdigit() and _COUNT.fullmatch(text):
        return ARTICLE_INFO  # bare counts of likes, shares or comments: "214", "1.2K"
    lower = text.lower()
    core = _strip_trailing_noise(lower) or lower
    match = _LABEL_RE.fullmatch(core)
    if match and match.lastgroup:
        return _LABEL_REASONS[match.lastgroup]
    if CREDIT_ONLY.fullmatch(core):
        return IMAGE_CREDIT
    return None


def prompt_reason(text: str, word_count: int) -> str | None:
    """The reason a line containing a furniture phrase is set aside, else None."""
    lower = text.lower()
    if "cookie" in lower and COOKIE_CONTEXT.search(lower):
        return COOKIES
    if "\t" in text:
        return TABLE
    if text.startswith("^") and REFERENCE_LINE.match(text):
        return REFERENCES
    match = _PROMPT_START.match(lower)
    if match is None and word_count <= MAX_PROMPT_WORDS:
        if _has_hint(lower, _PROMPT_HINTS):
            match = _PROMPT_ANYWHERE.search(lower)
    elif match is None:
        tail = max(0, len(lower) - CREDIT_TAIL_CHARS)
        if _has_hint(lower[tail:], _CAPTION_HINTS):
            match = _CREDIT_ANYWHERE.search(lower, tail)
        if match is None:
            return _legal_notice(lower)
    if match and match.lastgroup:
        return _PROMPT_REASONS[match.lastgroup]
    if word_count <= 7 and TOC_LINE.fullmatch(text):
        return NAVIGATION
    return None


def _has_hint(lower: str, hints: tuple[str, ...]) -> bool:
    """Whether `lower` contains one of `hints` (a plain loop: cheaper than any() on a genexpr)."""
    for hint in hints:
        if hint in lower:
            return True
    return False


def _strip_trailing_noise(text: str) -> str:
    """`text` without trailing counts and punctuation ("share 12" → "share")."""
    last = text[-1:]
    if last and (last in _NOISE_LAST or last.isdigit() or last.isspace()):
        return _TRAILING_NOISE.sub("", text)
    return text


def _legal_notice(lower: str) -> str | None:
    """A long block of sign-up small print: several prompt and legal phrases in one paragraph."""
    if not _has_hint(lower, _LEGAL_HINTS):
        return None
    hits = {m.group() for m in LEGAL.finditer(lower)}
    if not hits:
        return None
    hits |= {m.group() for m in _PROMPT_ANYWHERE.finditer(lower)}
    return NEWSLETTER if len(hits) >= MIN_LEGAL_HITS else None


def is_section_end(text: str) -> bool:
    """True for a heading after which the article does not continue (comments, references)."""
    if len(text) > MAX_LABEL_CHARS:
        return False
    if SECTION_ENDS.fullmatch(_strip_trailing_noise(text)) is not None:
        return True
    return (
        text[:1] == "A"
        and len(text.split()) <= _ABOUT_MAX_WORDS
        and _ABOUT_COMPANY.fullmatch(text.rstrip(":")) is not None
    )


def is_credit_only(text: str) -> bool:
    """True for a line that is nothing but an image credit ("Getty Images", "Bild: dpa")."""
    core = text.strip()
    if CREDIT_ONLY.fullmatch(core):
        return True
    if is_person_credit(core):
        return True
    lowered = core.lower()
    # The prefix test first: it rules out nearly every line without splitting it.
    return lowered.startswith(
        ("foto:", "photo:", "bild:", "image:", "credit:", "photograph:", "bildquelle", "quelle:")
    ) and len(core.split()) <= 8


def is_person_credit(text: str) -> bool:
    """A photographer's name and their outlet, nothing else ("Tom Becker/Millbrook Herald")."""
    if "/" not in text or len(text) > MAX_LABEL_CHARS or "://" in text:
        return False
    match = _PERSON_CREDIT.fullmatch(text)
    return match is not None and is_person_name(match.group(1))
