"""The furniture phrase tables, German and English: the reasons a block is set aside, the
whole-line LABELS and the PROMPTS that mark a line wherever they stand in it.

Kept apart from `phrases`, which compiles and applies them, because the tables are data that
grows with every class of furniture met on real pages, while the matching code rarely changes.
Phrases are generic site chrome, not any one site's.
"""

from __future__ import annotations

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
        r"(?:post|posts|beitrags?-?|artikel-?)\s?navigation",
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
        # A gallery's or a list's link to the rest ("View all (4)" under an AP story's photo
        # strip, read as the story's subheading).
        r"(?:view|see|show) all", r"alle anzeigen", r"mehr anzeigen",
        # A video player's own buttons between the paragraphs ("Weitere Videos" / "Mehr Videos
        # für dich" on a games site, read as two lines of the article).
        r"weitere videos", r"mehr videos", r"alle videos", r"mehr videos für dich",
        r"weitere videos für dich", r"mehr videos für sie", r"more videos", r"all videos",
        r"more videos for you",
    ),
    ADVERTISING: (
        r"anzeige", r"advertisement", r"werbung", r"sponsored(?: content)?", r"promoted",
        r"paid (?:content|post|partner content)", r"partner ?content", r"unsere partner",
        r"ads?", r"skip advertisement", r"advertisement · scroll to continue",
        r"report this ad", r"(?:story|article) continues (?:below|after)(?: advertisement)?",
        r"supported by", r"advertise(?: with us)?", r"mediadaten", r"werben",
        # The ad slot's own widgets: a feedback link under each ad ("Ad Feedback", "Video Ad
        # Feedback"), the industry's opt-out icon, a short "Advert", the reader's way past it.
        r"(?:video )?ad feedback", r"ad ?choices", r"advert", r"sponsored (?:links|stories)",
        r"promoted stories", r"ads by google",
        r"(?:advertisement\s*[-–—·]\s*)?continue reading (?:below|the main story)",
        r"scroll to continue with content", r"weiterlesen nach der anzeige",
        r"(?:der )?artikel wird nach der anzeige fortgesetzt",
        # The end card of a video advertisement, copied with its button glued on ("Thanks for
        # watching!Visit Website").
        r"thanks for watching", r"thanks for watching!", r"thanks for watching!visit website",
        r"thanks for watching! visit website",
    ),
    SHARE: (
        r"share(?: (?:this|full))?(?: article| story| post| page)?", r"teilen",
        r"(?:diesen|den) (?:beitrag|artikel) teilen", r"artikel teilen", r"tweet", r"copy",
        r"copy link", r"link (?:copied|kopieren|kopiert)", r"e-?mail", r"facebook", r"twitter",
        r"x(?:\.com)?", r"linkedin", r"whatsapp", r"reddit", r"pinterest", r"flipboard",
        r"threads", r"bluesky", r"mastodon", r"telegram", r"print", r"drucken", r"druckansicht",
        r"save", r"saved", r"speichern", r"merken", r"zur merkliste hinzufügen",
        r"print (?:this )?(?:article|story|page)", r"(?:artikel|seite) drucken",
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
        r"mehr zum thema", r"mehr zu diesem thema", r"verwandte (?:themen|artikel|beiträge)",
        # A blog's or a news site's box of similar posts under the article (session 40: on
        # the dev pages no line under one is the article's).
        r"ähnliche (?:artikel|beiträge|nachrichten|meldungen)", r"weitere (?:beiträge|meldungen)",
        r"related(?: (?:articles?|stories|content|coverage|topics|links|reading|posts))?",
        r"similar (?:posts|articles|stories)",
        r"read (?:more|next|also)", r"mehr lesen(?: über)?", r"lesen sie (?:auch|mehr)",
        r"auch interessant", r"das könnte sie auch interessieren", r"more on this story",
        r"more (?:from|on|about) .{1,40}", r"most (?:read|viewed|popular|shared)",
        r"meistgelesen(?:e artikel)?", r"top stories", r"recommended(?: for you| from .{1,30})?",
        r"you (?:may|might) also like", r"weitere artikel", r"further reading", r"schon gelesen\??",
        r"das (?:thema )?könnte (?:dich|sie|euch) auch interessieren",
        r"vorschau auf den nächsten artikel",
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
        # Not the last part of a compound ("das „Blue Marble“-Foto: …" opens a headline's second half).
        r"(?<!-)\b(?:foto|fotos|photo|photos|photograph|bild|bilder|image|picture|illustration|grafik)"
        r"\s*:\s*\S",
        r"\bcredit(?:s)?\s*(?::|\.\.\.|…)", r"\((?:image|photo|foto|bild|picture)s?\s*:[^)]*\)",
        # "(AP Photo/Maria Lopez, File)", "(Photo by Jane Doe/Getty Images)", "(Foto: dpa)"
        r"\((?:[a-z]{2,12} )?(?:photo|foto|image|bild)s?\s*(?:/|by |von )[^)]*\)$",
        r"^(?:photo|image|illustration|video)s? (?:by|via|courtesy of)\b",
        # The credit closing a caption ("… Serkan Cura, Bild via", "…, image via Wikimedia").
        r"\b(?:bild|foto|image|photo|picture)s?\s+via(?:\s+[^\s.!?]+){0,3}$",
        r"^\[?\d+/\d+\]", r"^item \d+ of \d+\b", r"^bildquelle", r"^image (?:source|caption),",
        # A figure's or table's label opening its caption, numbered or not ("Abb.: …", "Abb. 2: …",
        # "Abbildung 3: …", "Grafik 1: …", "Tabelle 2: …", "Fig. 2: …", "Figure 1: …"), also
        # where the caption runs on for sentences: only a line's start is tried.
        r"^(?:abb\.?|abbildung|grafik|tabelle|fig\.|figure)(?:\s?\d{1,3}[a-z]?)?\s?:\s*\S",
        # A gallery's counter ("Image 1 of 8", "Bild 3 von 12", "Photo 2 sur 10", "Foto 1 de 5").
        r"^(?:image|photo|picture|slide|bild|foto|imagen|immagine|imagem) \d{1,3}"
        r" ?(?:of|von|sur|de|di|/) ?\d{1,3}$",
        # The picture's own button, also inside its caption ("… Zum Vergrößern auf das Bild
        # klicken.", "Click the image to enlarge", "Cliquez sur l'image pour l'agrandir").
        r"\bzum vergrößern (?:auf )?(?:das |die )?(?:bild|grafik|foto)\b",
        r"\b(?:click|tap) (?:on )?(?:the )?(?:image|photo|picture) to (?:enlarge|expand|zoom)\b",
        r"\bcliquez sur (?:l['’])?(?:image|photo) pour (?:l['’])?agrandir\b",
        r"\bhaga clic (?:en|sobre) la imagen para ampliar",
        r"^(?:klicken (?:sie )?)?zum vergrößern(?: (?:hier )?klicken)?[.!]?$",
        r"^(?:click|tap) to (?:enlarge|expand)\b",
        r"^enlarge (?:image|photo|picture)\b",
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
        # The notice Google's spam check asks every form it guards to carry ("This site is
        # protected by reCAPTCHA and the Google Privacy Policy …", "… durch reCAPTCHA geschützt").
        r"\bprotected by recaptcha\b", r"\bdurch recaptcha geschützt\b",
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
    SHARE: (
        r"^like (?:this:|loading)",
        r"^share (?:on|via|this)\b", r"\bteilen (?:auf|per)\b", r"^listen to this article\b",
        # A row of share buttons copied as one line ("Share  Tweet", "Facebook Twitter Email").
        r"^(?:(?:share|tweet|e-?mail|facebook|twitter|linkedin|whatsapp|pinterest|reddit|print"
        r"|teilen|twittern|drucken|flipboard|pocket|telegram|xing|messenger|pin|partager"
        r"|imprimer|compartir|imprimir|compartilhar|condividi|stampa|delen|udostępnij"
        r"|drukuj)[\s|·•/]*){2,8}$",
    ),
    COMMENTS: (
        r"^\d[\d.,]*k? (?:comments?|kommentare|beiträge|responses|replies)\b",
        r"^kommentare lesen\b", r"^\d+ repl(?:y|ies) by\b",
        # Another blog's notice that it links here, in the comment thread ("Pingback: …",
        # "Pingback von …", "Trackback: …"): the blog software's own word in every language.
        r"^(?:pingback|trackback)s?\b(?! ?\d)",
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
        r"^leave a (?:reply|comment)\b", r"^you must be (?:logged|signed) in to post a comment\b",
        r"^(?:cancel reply|antworten abbrechen)\b",
    ),
    ARTICLE_INFO: (
        r"^lesezeit\b", r"\b\d+\s*min(?:\.|utes?)? read\b", r"^this article is more than\b",
        r"^artikelzusammenfassung\b", r"^lesedauer\b", r"^reading time\b",
        r"^(?:geschätzte )?lesezeit\b", r"^(?:\d+|an?|one) (?:hours?|hrs?|minutes?|mins?|days?)"
        r" ago\b", r"^vor \d+ (?:stunden|minuten|tagen)\b", r"^reporting from\b",
        r"^aktualisiert\b", r"^updated \d+ (?:hours?|minutes?) ago\b", r"\bopens new tab\b",
        r"^https?://", r"^a version of this article appears in print\b",
        r"\b(?:19|20)\d\d(?:updated|aktualisiert)\b",
        # The blog software's line under the post ("This entry was posted in Uncategorized.
        # Bookmark the permalink.", "Dieser Beitrag wurde unter Allgemein abgelegt …").
        r"^this (?:entry|post) was posted in\b",
        r"^dieser (?:eintrag|beitrag) wurde (?:veröffentlicht in|unter)\b",
    ),
    # The post's own navigation ("Older posts", "Next post: …", "Nächster Beitrag").
    NAVIGATION: (
        r"^(?:previous|next|older|newer) (?:post|posts|entry|entries)\b",
        r"^(?:vorheriger|nächster|ältere|neuere) (?:beitrag|beiträge|eintrag|einträge)\b",
    ),
    RELATED: (
        r"^(?:related|read more|read also|also read|lesen sie auch|auch lesen|mehr zum thema|auch interessant"
        r"|weiterlesen|more|watch|listen|video|audio|see more on)\s*:",
        r"^(?:main article|see also|further information|hauptartikel|siehe auch)s?\s*:",
        r"^(?:tags|labels|schlagwörter|schlagworte|stichwörter)\s*:\s*\S",
        # A related box's lead-in in its site's own words ("Read these next:", "Also on our
        # site:", "Mehr aus dem Ressort:", "Diese Artikel könnten euch auch interessieren:"):
        # with long headlines under it, an unknown one announced a list of the article's
        # (`body_lists`). Only as a lead-in, with its colon: without one, "More in Politics" or
        # "Related news" may head the article's own part of a page. Not the words a writer
        # announces a list of their own with ("More in detail:", "Don't miss:" over a travel
        # piece's sights): the lead-in heads the lines under it, and they would be lost.
        r"^(?:(?:read|watch|see)(?: these| this| what['’]s)? next|up next|keep reading|more on"
        r"|(?:also|more) (?:on|from) (?:our|this|the) (?:site|website|blog|network|section)"
        r"|more (?:like this|stories like this)"
        r"|more in (?!(?:detail|depth|short|brief|summary|general|particular|practice|a|an|the|this|these|that"
        r"|those|our|my|your)\b).{1,40}"
        r"|related (?:posts|news|videos|tags|coverage(?: from .{1,40})?)"
        r"|recommended (?:reading|articles|stories|posts|videos)"
        r"|you (?:may|might|could|will) (?:also )?(?:like|enjoy|be interested in)(?: these| this)?"
        r"|also (?:check out|worth reading|of interest)"
        r"|(?:popular|trending|latest|recent) (?:posts|articles|stories|reads))\s*:$",
        r"^(?:mehr (?:aus|von) (?:dem|der|den|diesem|dieser|unserem|unserer) .{1,40}"
        r"|mehr (?:beiträge|kolumnen|meldungen|news|geschichten|videos)(?: .{1,40})?"
        r"|weitere (?:artikel|beiträge|meldungen|nachrichten|news|geschichten|videos)"
        r"(?: (?:aus|zu|zum|zur|von|über|im|in|der|des) .{1,40})?"
        r"|(?:das|dies|diese[rs]?|die)(?: \w+){0,2} könnten? (?:dich|sie|euch|ihnen) (?:auch|ebenfalls) interessieren"
        r"|(?:ebenfalls|ebenso|außerdem) interessant|passend zum thema"
        r"|lesen sie (?:weitere (?:artikel|beiträge)|mehr) (?:zu|zum|über) .{1,40}"
        r"|(?:beliebte|empfohlene|ähnliche|passende|neueste|vorherige|nächste|weiterführende)"
        r" (?:artikel|beiträge|meldungen|nachrichten)|top-?(?:themen|artikel|meldungen))\s*:$",
    ),
    FOOTER: (
        r"\ball rights reserved\b", r"\balle rechte vorbehalten\b", r"^©", r"^copyright\b",
        r"©\s*\d{4}", r"\bthis page was last edited\b", r"\btext is available under the creative",
        r"^retrieved from\b", r"^categories?\s*:", r"^kategorien?\s*:", r"\bpowered by\b",
        r"^(?:from|aus) wikipedia\b", r"\bredirects here\b", r"^not to be confused with\b",
        r"^for other uses\b", r"\bis (?:a|an) (?:registered )?trademark\b",
        # A financial page's note on its market data ("Most stock quote data provided by …",
        # "Kurse 15 Minuten verzögert"). Not "Quotes delayed …": as furniture that line moved
        # the title found on a dev page.
        r"^(?:most |all )?(?:stock )?(?:quote|market|price) data (?:is )?(?:also )?provided by\b",
        r"^(?:alle )?(?:kurse|kursdaten|börsendaten) (?:sind |werden )?(?:mindestens )?"
        r"(?:\d+ minuten )?(?:zeit)?verzögert",
        r"^(?:kurs|börsen)daten (?:von|bereitgestellt)\b",
        # A documentation or service page's feedback box and its wiki's footer ("Was this page
        # helpful?", "Edit this page on GitHub", "Diese Seite wurde zuletzt am … bearbeitet").
        r"^(?:was|is|did) this (?:page|article|answer|post|guide|information) (?:helpful|useful|help)\b",
        r"^(?:war|ist) (?:diese seite|dieser artikel|dieser beitrag|diese antwort|diese information) hilfreich\b",
        r"^(?:fanden|finden) sie (?:diese seite|diesen artikel|diesen beitrag|diese informationen?) hilfreich\b",
        r"^edit this page\b", r"^diese seite wurde zuletzt am\b", r"^der text ist unter der lizenz\b",
    ),
    CREDITS: (
        r"^(?:reporting|writing|editing|additional reporting) by\b", r"^mit informationen von\b",
        r"^über dieses thema berichtete\b", r"^dieses thema im programm\b",
        r"^our standards\b", r"^\([a-z]{2,4}\)$",
        # The wire's credit line closing a story ("(Reporting by X; Editing by Y)", "Keith
        # Bradsher contributed reporting from Hong Kong.", "AP writer X contributed to this
        # report.", "Mit Material von dpa", "Con información de EFE", "Avec AFP").
        r"^\((?:reporting|writing|editing|additional reporting) by\b",
        r"\bcontributed (?:reporting|to this (?:report|story|article))\b",
        r"^\(?mit (?:material|agenturmaterial|informationen) (?:von|der)\b",
        r"^\(?con (?:información|informaciones|informações) de\b", r"^\(?avec (?:l')?afp\b",
    ),
}
