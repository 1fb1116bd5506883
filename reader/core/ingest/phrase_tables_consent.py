"""Whole-line labels of a consent or cookie-settings panel, in German, English, French,
Spanish and Italian: the placeholder's heading ("Externer Inhalt", "External content"), the
panel's category headings ("Notwendige Cookies", "Notwendige und Performance-Cookies",
"Marketing cookies", "Cookies analytiques") and its buttons ("Alle akzeptieren", "Reject all",
"Tout refuser", "Aceptar todas", "Accetta tutti", "Einstellungen speichern").

A copied page carries the panel wherever the site put it, often just before the article, where
its short headings were taken for the headline. Each line is the panel's own wording, never a
headline's: a category heading is only category words and "cookies". `phrases` merges these
with the other tables under `phrase_tables.COOKIES`.
"""

from __future__ import annotations

from reader.core.ingest.phrase_tables import COOKIES

# The panel's categories in German, English, French, Spanish and Italian (`phrases` reads
# them in a panel's sentences too: "Die Performance-Cookies helfen …").
CATEGORY = (
    r"(?:(?:strictly |technisch |unbedingt |absolument |estrictamente |strettamente )?"
    r"(?:notwendige|erforderliche|essenzielle|necessary|essential|required|nécessaires"
    r"|essentiels|necesarias|esenciales|necessari|essenziali|tecnici)"
    r"|funktionale|functional|fonctionnels|funcionales|funzionali"
    r"|performance|leistung|analyse|analytics|analytical|analytiques|analíticas|analitici"
    r"|statistik|statistics|statistiques|estadísticas|statistici"
    r"|marketing|targeting|advertising|werbe|publicitaires|publicitarias|pubblicitari"
    r"|präferenz|preference|preferences|préférences|preferencias|preferenze"
    r"|komfort|personalisierung|personalisation|personalization"
    r"|dritt|drittanbieter|third[- ]party|tiers|terceros|terze parti)"
)
# Between two categories: "-", ",", "&", "/" or a word for "and" ("Performance- und Marketing").
_JOIN = r"(?:[-,&/ ]+(?:(?:und|and|et|y|e)[- ]+)?)"
_COOKIES = r"(?:cookies?|témoins)"

# A panel's description of a category, at the line's start: "Diese Cookies sind notwendig,
# damit …", "Die Performance-Cookies helfen …", "These cookies allow us to …", "Ces cookies
# permettent …", "Estas cookies nos permiten …", "Questi cookie consentono …". Only category
# words stand between the article and "cookies" ("Die Kekse und Cookies sind …" is prose).
PANEL_SENTENCE = (
    r"^(?:diese|die|these|the|ces|les|estas|las|questi|i)"
    rf"(?: (?:{CATEGORY}|&|und|and|et|y|e)-?){{0,3}}[ -]cookies?"
    r" (?:sind|werden|helfen|ermöglichen|erlauben|dienen|are|help|enable|allow|sont"
    r"|permettent|nous|son|permiten|nos|sono|consentono|ci|aiutano)\b"
)

LABELS: dict[str, tuple[str, ...]] = {
    COOKIES: (
        # "Notwendige Cookies", "Notwendige, Performance- und Marketing-Cookies",
        # "Cookies analytiques", "Cookie tecnici"
        rf"{CATEGORY}(?:{_JOIN}{CATEGORY})*-? ?{_COOKIES}",
        rf"{_COOKIES} (?:de )?{CATEGORY}(?:{_JOIN}{CATEGORY})*",
        r"externe[rn]? inhalte?",
        r"external (?:content|media)",
        r"externe medien",
        r"contenu(?:s)? externes?",
        r"contenidos? externos?",
        r"contenut[oi] estern[oi]",
        r"(?:alle|all|tous|todas?|tutti) (?:cookies )?(?:akzeptieren|zulassen|annehmen|ablehnen)",
        r"(?:accept|allow|reject|decline) all(?: cookies)?",
        r"(?:tout|tous) (?:accepter|refuser)",
        r"(?:aceptar|rechazar) todas?(?: las cookies)?",
        r"(?:accetta|rifiuta) tutt[io](?: i cookie)?",
        r"nur (?:notwendige|essenzielle|erforderliche) cookies(?: akzeptieren| zulassen)?",
        r"(?:einstellungen|auswahl|präferenzen) (?:speichern|bestätigen|übernehmen)",
        r"save (?:my )?(?:settings|preferences|choices)",
        r"(?:manage )?(?:consent|cookie) preferences",
        r"datenschutz-?einstellungen",
        r"privacy settings",
        r"paramètres de confidentialité",
        r"configuración de privacidad",
        r"impostazioni (?:della )?privacy",
    ),
}
