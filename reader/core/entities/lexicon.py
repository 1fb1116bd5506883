"""The words that tell what a capitalised name is: roles before people, heads of organisations,
acronyms that are not organisations, and the capitalised words that never start a name.

Small hand-kept tables in German and English, because they are the evidence a reader uses too:
"Premierministerin Takaichi" is a person because of the role word, "Bundesfinanzministerium"
an organisation because of its head, "BIP" a figure's word and no organisation. Compounds are
matched by their ending ("Außenministerin", "Konzernchef", "EZB-Präsidentin").
"""

from __future__ import annotations

# Role words, matched on a whole word or as the end of a German compound (lower case).
ROLE_ENDINGS_DE = (
    "präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin", "chef",
    "chefin", "sprecher", "sprecherin", "vorsitzende", "vorsitzender", "botschafter",
    "botschafterin", "gouverneur", "gouverneurin", "bürgermeister", "bürgermeisterin",
    "sekretär", "sekretärin", "direktor", "direktorin", "abgeordnete", "abgeordneter",
    "ökonom", "ökonomin", "analyst", "analystin", "gründer", "gründerin", "staatschef",
    "regierungschefin", "senator", "senatorin", "kommissar", "kommissarin", "könig", "königin", "prinz", "prinzessin",
    "kaiser", "papst", "richter", "richterin", "professor", "professorin", "trainer",
    "trainerin", "ministerpräsident", "ministerpräsidentin", "leiter", "leiterin",
    "vorstand", "aufsichtsratschef", "experte", "expertin", "forscher", "forscherin",
    "stratege", "strategin", "premier", "generalsekretär", "generalsekretärin", "politiker",
    "politikerin", "kenner", "kennerin", "volkswirt", "volkswirtin", "berater", "beraterin",
    "manager", "managerin", "anwalt", "anwältin", "sprecher", "intendant", "intendantin",
    "sieger", "siegerin", "meister", "meisterin", "spieler", "spielerin", "referent",
    "referentin", "autor", "autorin", "künstler", "künstlerin", "geschäftsführer",
    "geschäftsführerin", "rätin", "landrat", "stadtrat", "gemeinderat", "kreisrat", "brandrat",
    "regierungsrat", "bundesrat", "dekan", "dekanin", "kommandant", "kommandantin", "fahrer", "fahrerin", "pilot", "pilotin", "kommandeur", "kommandeurin", "journalist", "journalistin",
    # the newsroom's: "Spiegel-Redakteur", "ZDF-Korrespondentin", "taz-Kolumnist"
    "redakteur", "redakteurin", "reporter", "reporterin", "korrespondent", "korrespondentin",
    "kolumnist", "kolumnistin", "moderator", "moderatorin",
)  # fmt: skip
ROLE_WORDS_EN = (
    "president", "prime minister", "chancellor", "minister", "secretary", "ceo",
    "chief executive", "chairman", "chairwoman", "chair", "governor", "mayor", "senator",
    "sen.", "rep.", "representative", "ambassador", "spokesman", "spokeswoman", "spokesperson",
    "king", "queen", "pope", "judge", "justice", "professor", "prof.", "dr.", "general",
    "director", "economist", "analyst", "leader", "founder", "head", "speaker", "emperor",
    "vice president", "premier", "commissioner", "strategist", "chief", "treasurer",
    "cfo", "coo", "cto", "chief economist", "lawmaker", "envoy", "coach", "crown prince",
    "consultant", "adviser", "advisor", "manager", "lawyer", "executive", "chief executive officer",
    "specialist", "veteran", "researcher", "expert", "scientist", "investor", "attorney",
    "attorney general", "host", "anchor", "correspondent", "reporter", "strategist", "columnist",
    "co-founder", "cofounder", "commander", "scholar", "trader", "singer", "actor", "actress",
    "artist", "writer", "author", "editor", "producer", "journalist", "diplomat", "officer",
    "deputy director", "captain", "quarterback", "running back", "pass rusher", "linebacker",
    "defensive end", "tight end", "wide receiver", "cornerback", "lineman",
    "striker", "goalkeeper", "midfielder", "defender", "pitcher", "guard", "administrator",
    "superintendent", "prince", "princess",  # "Prince Andrew"
    "postdoc", "designer", "architect", "sheriff", "detective", "assemblyman", "assemblywoman",
    "councillor", "councilor",
)  # fmt: skip
# German offices written short before a name ("Abg. Thomas Müller", "Bgm. Anna Weber"): a role
# only before a first name, as German news writes them; the letters are a word's short form
# too ("Min. Temperatur", "Min. Order Quantity": minimum).
SHORT_OFFICES_DE = ("Abg.", "Präs.", "Vors.", "Bgm.", "Min.")
ROLE_TITLES = (
    "Dr.", "Prof.", "Sen.", "Rep.", "Gen.", "Gov.", "Mr.", "Mrs.", "Ms.", "Herr", "Frau", "Rt.",
    "Hon.", "Lt.", "Sgt.", "Capt.", "Cpl.", "Det.", "Col.", "Maj.",  # ranks: "Lt. Matt Harris"
    "Brig.", "Atty.",  # "Brig. Gen.", "Atty. Gen.": read "Gen." alone, the list said "General"
    "Adm.", "Cmdr.", "Supt.", "Insp.",  # "Det. Supt. Ann Reyes" gave a person "Supt"
    *SHORT_OFFICES_DE,
)  # fmt: skip

# An organisation's head: the last word of its name or the end of a German compound.
ORG_HEADS_DE = (
    "ministerium", "bank", "partei", "behörde", "amt", "agentur", "gewerkschaft", "konzern",
    "gruppe", "verband", "institut", "universität", "hochschule", "gericht", "rat", "tag",
    "kommission", "stiftung", "werke", "union", "bund", "versicherung", "börse", "akademie",
    "kammer", "parlament", "zentrale", "rundfunk", "fernsehen", "verlag", "klinikum",
    "polizei", "feuerwehr", "stadtwerke", "anwaltschaft", "wehr", "allianz", "vereinigung", "verein",
    "gesellschaft", "holding", "motors", "airlines", "ausschuss", "bürgerschaft", "fonds",
    "komitee", "senat", "gerichtshof", "rechnungshof", "finanzhof", "zeitung", "rundschau",
    "anzeiger", "tagblatt", "kurier", "organisation", "anstalt",  # "Bundesanstalt für …"
    "therme", "magazin",  # "Fontane Therme", a spa; "das Erfolg Magazin"
    "klinik", "kliniken",  # "Schlosspark-Klinik", "Helios-Kliniken" (not "Reha-Klinik": a kind)
    # funds and police offices named by their town or their own name: "Techniker Krankenkasse",
    # "Kreissparkasse Biberach", "Polizeiinspektion Erding", "Polizeipräsidium Oberpfalz"
    "kasse", "inspektion", "präsidium",
)  # fmt: skip
ORG_HEADS_EN = (
    "ministry", "bank", "party", "agency", "department", "union", "council", "commission",
    "university", "institute", "court", "committee", "association", "foundation", "fund",
    "reserve", "group", "corporation", "company", "authority", "office", "parliament",
    "congress", "senate", "board", "organization", "organisation", "federation", "alliance",
    "protection", "enforcement",  # "Customs and Border Protection", "… Customs Enforcement"
    "exchange", "motors", "airlines", "industries", "holdings", "systems", "technologies",
    "forum", "administration", "service", "steel", "energy", "pharma", "partners", "capital",
    "batteries", "semiconductor", "semiconductors", "logistics", "precision", "chips",
    "chemicals", "electronics", "elektronik", "solutions", "software", "pharmaceuticals",
    "materials", "metals", "mining", "shipping", "foods", "robotics", "shipyards", "werft",
    "equities", "investments", "ventures",  # "Kotak Institutional Equities"
    "directorate",  # "Science Mission Directorate", "Directorate-General for Competition"
    "embassy", "consulate",  # "the US Embassy"
    "department", "institut", "chamber", "house", "assembly", "services", "nations", "management", "beauty", "zentrum", "school", "college", "academy", "police", "army",
    "navy", "force", "corps", "network", "times", "post", "journal", "news", "press",
    "sports", "today", "insider", "gazette", "post-gazette", "tribune", "herald", "magazine",
    "chronicle", "inquirer", "examiner", "telegraph", "courier", "traveller", "traveler",
    "media", "radio", "studios", "pictures", "broadcasting", "entertainment", "racing", "labs",
    "ventures", "brands", "productions", "records", "healthcare", "telecom", "communications",
    "observatory", "laboratory", "laboratories",
    "airways", "aerospace", "automotive", "insurance", "investments", "consulting",
    "theater", "theatre", "museum", "orchestra", "hospital", "club", "guild", "league",
    "clinic", "society", "institution", "bancorp", "financial", "advisors",
    "advisers", "bureau",  # "Bureau of Labor Statistics"
    "international",  # "Amnesty International", "Transparency International"
    # firms and houses named by what they are: "Waterworth Interiors", "Aberdeen Royal
    # Infirmary", "Santa Fe Animal Shelter", "San Luis Lodges", "Souki Lodges Spa"
    "interiors", "infirmary", "shelter", "lodges", "spa",
    "brotherhood",  # "Muslim Brotherhood", "International Brotherhood of Teamsters"
    "brothers", "sisters",  # bands and firms: "The Doobie Brothers", "Lehman Brothers"
)  # fmt: skip
# Legal forms, which close a company's name whatever words it holds (`legal_forms`).
LEGAL_FORMS = (
    "AG", "GmbH", "UG", "SE", "KG", "KGaA", "e.V.", "Inc.", "Inc", "Corp.", "Ltd.", "Ltd",
    "LLC", "plc", "PLC", "Plc", "S.A.", "N.V.",
    # partnerships and the German forms of a limited company: "Harlow & Finch LLP",
    # "Lebenshilfe gGmbH", "Verlagsgesellschaft mbH", "Müller OHG", "Vesta B.V."
    "LLP", "PLLC", "L.P.", "gGmbH", "mbH", "OHG", "B.V.", "S.p.A.",
)  # fmt: skip
# Words that end an organisation's name: the legal forms, and words that also name a part of a
# company or a kind of firm ("Group", "Holdings") or are written without their dot ("Corp"),
# and an American police department's letters ("the Dallas P.D. said").
ORG_SUFFIXES = (*LEGAL_FORMS, "Corp", "Co.", "Holdings", "Group", "Bros", "Bros.", "P.D.")

# Upper-case words that are no organisation (and no place): units, concepts, titles.
NOT_ORG_ACRONYMS = frozenset(
    """CEO CFO COO CTO GDP BIP KI AI PR TV CO2 USD EUR JPY GBP CHF CNY UTC CET MEZ OK PDF
    ID IT ITS DIE DER DAS UND ODER NEU NEW THE AND FOR US USA UK VAE UAE FAQ PS PKW LKW KW
    PC KMU CDU CSU SPD FDP AFD BSW SED LNG EV GPS DNA CPU GPU ESG IPO FDI ETF WLAN USB SUV
    NGO NGOS HIV COVID DAX USS HMS CEOS INC LLC CORP LTD PLC""".split()
    # terms of technology, health and everyday life that news writes as acronyms: "in HD",
    # "per DSL", "LED headlamps", "der BMI", "im ÖPNV", "bei der WM"
    + """HD UHD HDR LED LCD OLED VR XR IP VPN SSL TLS HTTP HTTPS HTML URL DNS API SDK SMS
    LTE UMTS DSL VDSL ADSL DVB DAB NFC RFID SIM PIN RAM ROM SSD HDD PV AWD RWD FWD HVAC ABS
    BMI MRI EKG EEG RNA PCR IVF VIP DIY WTF LOL OMG RTB CPM SEO KPI ROI ÖPNV LGBT LGBTQ
    LSBTIQ BBQ ATM WM EM""".split()
    # terms of business and finance, of medicine, of cars and computing, times of day and
    # zones, positions and honours in sport, offices and legal codes: "EBITDA rose", "at the
    # AGM", "a new ERP system", "10 AM EST", "the league MVP", "der OB", "die DSGVO"
    + """EBIT EBITDA EBT EPS CAGR YOY YTD AGM EGM ERP CRM SAAS B2B B2C KYC AML NAV AUM IRR
    ROE ROA ROCE OPEX CAPEX CPI PPI PMI GAAP IFRS M&A R&D P&L Q&A SPAC REIT ADR LBO CDS VAT
    ICU COPD ADHD ADHS PTSD PTBS HPV RSV MRSA AIDS SARS MERS CPR
    IOT OS UI UX SOC NPU TPU ISP CSV JPEG PNG GIF QR OTA BEV PHEV ADAS MPG MPH KMH KWH MWH
    GWH NOX GSM AM PM EST EDT PST PDT GMT BST CEST MESZ
    MVP KO TKO QB WR ERA RBI VAR MP MEP MDB POTUS VP DEI OB NS KZ AGB DSGVO GDPR BGB HGB
    STGB GG MWST RRP UVP""".split()
    # identifiers of publications, gases and fuels, light, the heart, haste, fields of study,
    # heat and power: "DOI: 10.1007/…", "ISBN 978…", "mit Flüssiggas (LPG)", "UV light", "an
    # ECG app", "ASAP", "das BWL-Studium", "LGBTIQ", "der KWK-Service"
    + """DOI ISBN ISSN LPG CNG UV ECG ASAP BWL VWL LGBTIQ LGBTQIA LSBTI KWK""".split()
    # current and scans, mobile networks, screens and colours, speed and frame rates, codes,
    # feeds, encryption, discs and video on demand, bikes, offices: "AC adapter", "DC fast
    # charging", "a CT scan", "CDMA carriers", "IPS panel", "RGB lighting", "120 FPS",
    # "ein OTP", "per RSS", "on DVD and VOD", "MTB-Touren", "AES-Verschlüsselung", "healthcare
    # ICT", "im HQ"
    + """AC DC CT MRT CDMA NAS IPS RGB FPS RPM OTP RSS DVD VOD MTB AES ICT HQ""".split()
    # the web's shorthand, its data formats and advertising rates, and the operating room:
    # "TL;DR", "JSON and XML", "a higher CTR", "die OP-Maske"
    + """TL DR JSON XML CTR OP""".split()
    # records and their formats, catalysts and "forever chemicals", a football statistic:
    # "an EP next year", "der SCR-Kat", "PFAS in Jacken", "a PBU in coverage"
    + """EP LP SCR PFAS PFA PFC PFOA PBU""".split()
    # Germany's codes of law, cited by their acronyms: "§ 8 UWG", "nach SGB V", "§ 823 BGB"
    + """UWG SGB ZPO STPO VWGO BAUGB ESTG USTG INSO KSCHG BETRVG AKTG GMBHG URHG MARKENG TKG
    TMG BDSG IFSG""".split()
    # a computer's and a screen's ports, buses, memory and firmware, codecs of sound and
    # video: "über HDMI-CEC", "a SATA drive", "DDR5-RAM", "im BIOS", "HEVC-Videos"
    + """HDMI HDCP DVI VGA SATA PCIE NVME DDR DDR4 DDR5 GDDR6 LPDDR5 BIOS UEFI TPM RAID
    HEVC AAC FLAC""".split()
)
# Academic degrees, written like acronyms or brands: "a PhD in physics", "ihr MBA".
DEGREES = frozenset("PhD MBA MSc BSc LLM LLB DPhil MPhil".split())
# Technologies written as names, which news puts beside companies but which are none: wireless
# standards and connectors ("over Wi-Fi", "two Thunderbolt ports"), operating systems and
# browsers ("runs on Android", "in Chrome"), protocols of VPNs and logins ("über WireGuard",
# "OAuth"), a phone's frameworks and screen ("works with HomeKit", "with ProMotion").
TECHNOLOGIES = frozenset(
    """Wi-Fi WiFi Bluetooth Ethernet Thunderbolt HDMI DisplayPort DVI USB-C MagSafe Zigbee
    Android iOS iPadOS macOS watchOS Linux Ubuntu Windows Chrome ChromeOS Firefox
    OpenVPN WireGuard SoftEther OAuth HomeKit CarPlay AirPlay AirDrop ProMotion Micro-B
    Micro-USB USB-A""".split()
)
# Everyday nouns of the web that German borrowed from English, as frequent in either language
# as a brand's name ("Website" 5.1 / 4.9, "Google" 4.9 / 4.9), so frequency cannot tell them
# from one: "auf der Website", "Blogs und Podcasts" name no organisation (lower case; plurals
# are found by their singular).
WEB_NOUNS = frozenset(
    """website webseite homepage blog podcast app newsletter account browser server cloud
    laptop tablet smartphone software online internet startup start-up feed link posting
    livestream stream update download upload login cookie chat forum hashtag""".split()
)
# Stock market indices, named like companies or exchanges ("the Nasdaq Composite", "the Dow
# Jones Industrial Average", "STOXX 600", "Nikkei futures") but no organisation; the word
# after one says it is the index (`INDEX_AFTER`, or a number). "Wirtschaftszeitung Nikkei"
# stays a newspaper: there a company word comes first.
MARKET_INDICES = frozenset(
    "S&P Dow Jones Nasdaq NASDAQ Nikkei STOXX Stoxx FTSE DAX MDAX SDAX TecDAX CAC Hang Seng Sensex Kospi KOSPI Topix TOPIX".split()
)
INDEX_AFTER = frozenset(
    "Composite composite Industrial Industrials Average average index Index futures 100 200 225 250 300 40 50 500 600".split()
)
# News agencies that write their name in lower case, as the credit of a report: "(dpa)",
# "(dpa/gem)", "Foto: epd". A capital never marks them, so they are looked for as words.
NEWS_AGENCIES_LOWER = frozenset("dpa epd kna sid dts afp apa sda".split())
# Parties are organisations, but their acronyms collide with words above when lower-cased;
# they are listed here so that the table above stays about non-organisations.
PARTY_ACRONYMS = frozenset("CDU CSU SPD FDP AfD BSW LDP CDP SED DUP SNP ANC BJP".split())
# Germany's welfare associations and relief orders, named by one word German writes with an
# article ("die Diakonie", "die Johanniter"), which no head or cue marks as a body.
WELFARE_BODIES = frozenset(
    "Arbeiterwohlfahrt Caritas Diakonie Johanniter Malteser Volkssolidarität".split()
)
# Parties known by an ordinary word: "die Grünen", "the Greens", "Labour"; "Dems", the
# Democrats' short name, was a person where it opened a sentence ("Dems said …").
PARTIES = frozenset(
    ["Grüne", "Grünen", "Linke", "Linken", "Union", "Freie Wähler", "Freien Wähler",
     "Greens", "Democrats", "Dems", "Republicans", "Labour", "Tories", "Conservatives",
     "Liberal Democrats", "Sozialdemokraten", "Christdemokraten"]
)  # fmt: skip

# Services people post, message and watch on, whose names are words of the dictionary
# ("twitter", "telegram") or written alone with no word around them that says what they are:
# organisations in any mention ("schrieb auf Twitter", "China's version of Twitter").
PLATFORMS = frozenset(
    """Twitter Facebook Instagram YouTube TikTok Telegram WhatsApp LinkedIn Snapchat Reddit
    Pinterest Weibo WeChat Spotify Netflix Tumblr Twitch Vimeo Flickr Xing Mastodon
    Bluesky""".split()
)

# Capitalised words that never begin or end a name: sentence openers, months, days, titles,
# a web page's calls to action ("Visit Business Insider’s homepage", "Click Here")
# ("Jan" not: a first name too, "Jan Korte"; before a date `layout` drops it).
NEVER_NAME = frozenset(
    """Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Er Sie Es Wir Ihr Ich Man
    In Im Am An Auf Aus Bei Mit Nach Von Vom Zu Zum Zur Für Über Unter Vor Hinter Neben
    Seit Bis Durch Gegen Ohne Um Als Wie Wenn Weil Dass Doch Aber Und Oder Auch Noch Nur
    Schon Dann Damit Dabei Dazu Daher Deshalb Denn So Sehr Mehr Viele Alle Diese Dieser
    Dieses Jene Jeder Jede Jedes Manche Manches Mancher Manchen Solche Solches Welche Welches
    Kein Keine Sein Seine Ihre Unser Unsere Was Wer Wo Warum
    Dein Deine Deinen Deinem Deiner Deines Euer Eure Euren Eurem Eurer Ihren Ihrem Ihrer Ihres
    Nicht Ja Nein Heute Gestern Morgen Jetzt Hier Dort Zudem Zuletzt Zunächst Trotz
    Laut Gleichzeitig Inzwischen Nun Erst Bereits Allerdings Außerdem Bislang Insgesamt
    The A An This That These Those It Its He She They We You I His Her Their Our My In On
    At Of For From With By To As But And Or If When While After Before Since Until Because
    Although Though However Meanwhile Still Yet So Then There Here What Who Which Why How
    Some Many Most All Both Each Every No Not Also Even Just Only More Less Last Next New
    Mr Mrs Ms Dr Prof Read More Photo Image Video Share Follow Subscribe Advertisement
    Januar Februar März April Mai Juni Juli August September Oktober November Dezember
    January February March May June July October December Feb Mar Apr Jun Jul Aug
    Sep Sept Oct Nov Dec Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday Dollar Dollars Euro Euros Yen Yuan
    Pfund Franken Rubel Renminbi Hon Rt
    Visit Listen Click Download Besuchen Folgen Abonnieren""".split()
)

# Words that join parts of one name: "Ursula von der Leyen", "Bank of Japan",
# "Ministerium für Wirtschaft", "Sachsen-Anhalt" (hyphens stay inside a token).
NAME_JOINERS = frozenset("von van der den de du da di del al bin ben le la of für".split())
ORG_JOINERS = frozenset("of für for and und the der des on".split())
# What follows a person's name and is no part of it: "Martin Luther King Jr.", "Henry Ford II".
NAME_SUFFIXES = frozenset("Jr. Jr Sr. Sr II III IV".split())

# Verbs of saying that make a capitalised name before or after them a person.
SPEECH_EN = frozenset(
    """said says told added wrote argued warned noted explained stated insisted announced
    praised urged called asked replied tweeted posted""".split()
)
SPEECH_DE = frozenset(
    """sagte sagt erklärte betonte sagten warnte meinte schrieb kündigte kritisierte forderte
    nannte lobte sprach verwies drohte bezeichnete räumte versprach""".split()
)
# A name after these is a ship, not a person or an organisation: "USS George Washington".
VESSEL_PREFIXES = frozenset("USS HMS RMS MS MV SS".split())
# German words for a ship before its name, alone or ending a compound: "der US-Flugzeugträger
# George Washington", "die Fregatte Bayern" — a ship named after a person or a place.
VESSEL_WORDS_DE = (
    "flugzeugträger", "zerstörer", "fregatte", "korvette", "schlachtschiff", "kriegsschiff",
    "u-boot", "kreuzfahrtschiff", "containerschiff", "segelschulschiff", "forschungsschiff",
)  # fmt: skip
# The last word of a named site: "Francis Scott Key Bridge", "Akasaka Palace", "Rotes Meer".
PLACE_HEADS = frozenset(
    """Bridge River Palace Airport Street Square Lake Sea Ocean Bay Island Islands Mountains County
    Canal Strait Valley Peninsula Desert Gulf Brücke Fluss Platz Straße Palast Flughafen Meer
    Insel Inseln Gebirge Kanal Tal Halbinsel Wüste Golf Arena Stadium Stadion Center Centre
    Pavilion Amphitheatre Amphitheater Auditorium Showroom See Allee Weiher""".split()
)
# The first word of a named site: "Schloss Bellevue", "Mount Fuji", "Lake Geneva".
PLACE_PREFIXES = frozenset(
    """Schloss Burg Kloster Palais Flughafen Bahnhof Mount Lake Fort Cape Kap Gare Piazza
    Plaza Castle Bad Gedenkstätte Lac Festung Nationalpark Kanton S-Bahnhof U-Bahnhof""".split()
)
# Words for a company or body before its name: "Autobauer Volkswagen", "chipmaker Intel";
# also the end of such a German compound ("Elektronikkonzern", "Koalitionspartner").
ORG_WORDS = (
    "konzern", "hersteller", "autobauer", "unternehmen", "firma", "gewerkschaft", "partei",
    "riese", "versicherer", "partner", "company", "firm", "carmaker", "automaker",
    "chipmaker", "maker", "lender", "insurer", "retailer", "group", "startup", "start-up",
    "airline", "giant", "rival", "broadcaster", "newspaper", "zeitung", "sender", "bündnis",
    "verband", "institut", "agentur", "behörde", "notenbank", "zentralbank", "regulator",
    "dienst", "zentrum", "vermittler", "anbieter", "betreiber", "händler", "plattform",
    "discounter", "zulieferer", "lieferant", "dienstleister", "versorger", "aufsicht",
    "tochter", "tochterunternehmen", "schwesterfirma", "konkurrent", "rivale",
    "agency", "developer", "publisher", "manufacturer", "supplier", "provider", "operator",
    "outlet", "marke", "brand", "magazin", "magazine", "portal", "publication", "tabloid",
    # law firms, publishers, shipping lines, breweries, labels, chains, hirers and tour
    # operators; charities and watchdogs: "Kanzlei Gleiss Lutz", "Supermarktkette Edeka",
    # "Reiseveranstalter TUI", "the charity Oxfam", "consultancy McKinsey" (not "studio":
    # "Studio Babelsberg" is the name; not "carrier": "carrier USS George Washington")
    "kanzlei", "verlag", "reederei", "brauerei", "label", "kette", "vermieter",
    "veranstalter", "charity", "nonprofit", "non-profit", "conglomerate", "consultancy",
    "watchdog", "network",
)  # fmt: skip
# The second part of a hyphenated word that makes its first part an organisation's name:
# "Apec-Gipfel", "Nato-Staaten", "VW-Werk"; and a piece of journalism names the outlet that
# made it, as a report does ("Reuters-Bericht", "Livenet-Talk", "im Quorblick-Interview").
ORG_COMPOUND_HEADS = frozenset(
    """gipfel staaten mitglieder mitgliedstaaten gruppe konzern werk werke aktie aktien chef
    chefin sprecher sprecherin spitze zentrale summit members tochter tochterunternehmen
    schwesterfirma konkurrent plattform tochtergesellschaft tochtergesellschaften bericht
    recherche recherchen kunden aktionäre mitarbeiter belegschaft mitarbeitende
    mitarbeitenden mitarbeiterinnen beschäftigte beschäftigten gründer gründerin
    interview interviews talk podcast sendung kolumne kolumnen""".split()
)

# Words after a name that make it a place: "Logar province", "Pangram area", "Van Buren
# counties"; before one: "the county of Huade".
PLACE_KINDS = frozenset(
    """province provinces county counties region regions district districts area state states
    city town village island Provinz Region Bezirk Kreis Landkreis Stadt Gemeinde Kanton""".split()
)
# Words before a lone name that make it a place rather than an organisation.
PLACE_PREPOSITIONS = frozenset("in near from outside across aus nahe nach".split())
# The first word of a region named after a place: "Inner Mongolia", "West Michigan".
PLACE_QUALIFIERS = frozenset(
    """Inner Outer Upper Lower Greater North South East West Northern Southern Eastern Western
    Central Nord Süd Ost Ober Nieder Mittel""".split()
)

# The family names of nine in ten South Koreans (Statistics Korea, census 2015), in the
# romanisations the press uses ("Lee", "Yi", "Rhee"; "Jeong", "Jung", "Chung").
KOREAN_FAMILY_NAMES = frozenset(
    """Kim Gim Lee Yi Rhee Park Pak Bak Choi Choe Jung Jeong Chung Kang Gang Cho Jo Yoon Yun
    Jang Chang Lim Im Han Oh Seo Suh Shin Sin Kwon Gwon Hwang Ahn An Song Jeon Chun Hong Yoo
    Yu Ryu Ko Go Moon Mun Yang Son Sohn Bae Baek Paik Heo Huh Nam Noh Roh Ha Kwak Sung Seong
    Cha Joo Ju Woo Koo Gu Min Na Jin Ji Chae Won Byun Byeon Bang Kong Hyun Ham Yeo Yeom Shim
    Sim Do Seok Uhm Eom""".split()
)
# The hundred most common Chinese family names (census 2020) in pinyin, and the spellings
# Taiwan, Hong Kong, Singapore and Vietnam's press use for people written surname first
# ("Tsai Ing-wen", "Lee Hsien Loong", "Wong Kar-wai", "Ho Chi Minh").
CHINESE_FAMILY_NAMES = frozenset(
    """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo
    Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang
    Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Tan Xi Qin Shi Dai Wen Lai Hou Meng
    Bai Qian Kong Mao Fan Fang Shao Xiong Zou Qiu Jia Wan Duan Lei Cui Gu Kang Hao Yin Qi
    Xue Long Tao Jiao Zhong Hong Liao Xing Yan Geng Hua Mo Niu Qiao Ji
    Tsai Chiang Hsu Hsieh Chou Wong Chan Ho Cheung Leung Lam Lau Tse Ng Chow Tsang Yip Kwok
    Lo Teo Goh Ong Koh Chua Tay""".split()
)
