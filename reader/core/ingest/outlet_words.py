"""The words outlet names are judged by: words that never make a name on their own, and the
small words a name may hold in lower case (`outlet_names.is_name_shaped`). Kept apart from the
rules that read names, as the lists are long."""

from __future__ import annotations

# Words that never make a name on their own: section and navigation labels, chrome verbs,
# and the generic words of outlet names ("News", "Online").
GENERIC_WORDS = frozenset(
    ("the", "a", "an", "of", "and", "&", "to", "in", "on", "for", "at", "by", "with", "my",
     "our", "your", "us", "me", "we", "you", "all", "more", "new", "latest", "top", "main",
     "home", "homepage", "menu", "search", "site", "sites", "page", "pages", "navigation",
     "primary", "secondary", "information", "accessibility", "help", "account", "sign", "log",
     "login", "logout", "in", "up", "out", "subscribe", "subscription", "subscriber", "join",
     "contact", "about", "follow", "support", "privacy", "policy", "terms", "conditions",
     "cookie", "cookies", "settings", "services", "service", "advertise", "advertising",
     "newsletter", "newsletters", "email", "e", "mail", "updates", "alerts", "app", "apps",
     "mobile", "edition", "editions", "international", "local", "national", "global", "world",
     "news", "breaking", "online", "media", "digital", "tv", "video", "videos", "live", "radio",
     "podcast", "podcasts", "blog", "blogs", "shop", "store", "staff", "archive", "archives",
     "jobs", "careers", "politics", "business", "technology", "tech", "science", "health",
     "sport", "sports", "culture", "opinion", "travel", "markets", "economy", "climate",
     "lifestyle", "entertainment", "arts", "life", "work", "weather", "games", "gaming",
     "reviews", "features", "deals", "events", "more", "sections", "skip", "content",
     "feedback", "faq", "sitemap", "rss", "feed", "feeds", "today", "daily", "weekly", "free",
     "trending", "popular", "featured", "comments", "share", "back", "go", "continue", "read",
     "watch", "listen", "get", "make", "browse", "visit", "this", "it", "is", "team", "uk",
     "us", "usa", "com", "de", "org", "net", "politik", "wirtschaft", "kultur", "wissen",
     "gesellschaft", "startseite", "suche", "kontakt", "über", "impressum", "datenschutz",
     "nachrichten", "aktuell", "aktuelles", "mehr", "von", "und", "der", "die", "das", "zur",
     "zum", "magazin", "magazine", "panel", "forum", "forums", "academy", "board", "library",
     "facebook", "twitter", "instagram", "youtube", "linkedin", "pinterest", "whatsapp",
     "reddit", "flipboard", "tumblr", "find", "view", "click", "download", "toggle", "switch",
     "gallery", "galleries", "photos", "x", "close", "open", "cancel", "submit", "now", "here",
     "primäre", "sekundäre", "übersicht", "meta", "footer", "header", "sidebar", "post",
     "posts", "story", "stories", "article", "articles", "comment", "shares", "rss", "creative",
     "commons", "license", "licence", "lizenz", "by", "cc", "programm",
     # the legal links of a footer, which stand beside the notice
     "agb", "terms", "use", "legal", "notice", "imprint", "disclaimer", "datenschutzerklärung",
     "nutzungsbedingungen", "haftungsausschluss", "rechtliches", "hinweise", "einstellungen",
     # "follow us" in other languages ("Suivez-nous sur Twitter")
     "folgt", "uns", "suivez", "nous", "síguenos", "seguici")
)  # fmt: skip
# Small words a name may hold in lower case ("Dawgs by Nature", "Mensagens de Reflexão").
CONNECTORS = frozenset(
    ("of", "the", "and", "on", "for", "by", "at", "in", "a", "an", "de", "da", "do", "di", "del",
     "della", "der", "die", "das", "von", "für", "und", "y", "e", "la", "le", "el", "et", "du",
     "des", "dos", "dei", "degli", "delle", "van", "het", "den", "los", "las", "les", "il", "lo")
)  # fmt: skip
