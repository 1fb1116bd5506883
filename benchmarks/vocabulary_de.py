"""German word lists and templates: business news on trade, supply chains, chips and energy.

People quoted are invented; officials appear only by role, so no real person is misquoted.
"""

from __future__ import annotations

from benchmarks.lexicon import Lexicon

_WORDS = {
    "actor": (
        "die japanische Regierung", "die EU-Kommission", "Washington", "Tokio", "Peking",
        "Berlin", "Brüssel", "die Bundesregierung", "das US-Handelsministerium", "Seoul",
        "das japanische Wirtschaftsministerium", "die Welthandelsorganisation", "Paris",
        "der Branchenverband Bitkom", "der Verband der Chemischen Industrie", "Taipeh",
    ),
    "official": (
        "der US-Handelsbeauftragte", "Japans Regierungschefin", "die EU-Handelskommissarin",
        "der japanische Wirtschaftsminister", "die Bundeswirtschaftsministerin",
        "ein Sprecher der EU-Kommission", "eine Sprecherin des Weißen Hauses",
        "der chinesische Handelsminister", "der Bundeskanzler", "der US-Finanzminister",
        "die südkoreanische Industrieministerin", "der französische Wirtschaftsminister",
    ),
    "person": (
        "Analystin Miriam Hoffmann", "Ökonom Jens Albrecht", "Handelsexpertin Yuki Tanaka",
        "Branchenkenner Thomas Berger", "Lieferkettenexpertin Sabine Krämer",
        "Stratege Kenji Watanabe", "Rohstoffanalyst Felix Brandt", "Volkswirtin Clara Neumann",
        "Energieexperte Lars Petersen", "Asienkennerin Hanna Sommer", "Chipexperte Moritz Engel",
    ),
    "institute": (
        "einem Frankfurter Analysehaus", "dem Institut für Handelsforschung",
        "der Asien-Pazifik-Kammer", "einer Münchner Unternehmensberatung",
        "der Außenhandelskammer in Tokio", "einem Berliner Thinktank",
        "der Hochschule für Wirtschaft in Bremen", "einer Hamburger Privatbank",
    ),
    "source": (
        "Branchenkreisen", "Zolldaten", "dem Statistischen Bundesamt", "Eurostat",
        "dem japanischen Finanzministerium", "Marktforschern", "dem Branchenverband",
        "der Internationalen Energieagentur", "Reedereien", "Einkaufsmanagern",
    ),
    "country": (
        "Japan", "China", "Südkorea", "Taiwan", "Deutschland", "Frankreich", "Indien",
        "Australien", "Vietnam", "Indonesien", "Kanada", "Mexiko", "Polen", "Malaysia",
    ),
    "city": (
        "Tokio", "Washington", "Brüssel", "Peking", "Berlin", "Osaka", "Seoul", "Taipeh",
        "Singapur", "Genf", "Frankfurt", "Hamburg", "Jakarta", "Paris", "Ottawa",
    ),
    "fab_city": ("Kumamoto", "Dresden", "Magdeburg", "Arizona", "Hokkaido", "Ohio", "Grenoble"),
    "port": ("Hamburg", "Rotterdam", "Yokohama", "Shanghai", "Busan", "Singapur", "Antwerpen"),
    "good": (
        "Halbleitern", "seltenen Erden", "Flüssiggas", "Lithium", "Batteriezellen",
        "Wasserstoff", "Stahl", "Permanentmagneten", "Chipmaschinen", "Solarmodulen",
        "Gallium und Germanium", "Kupfer", "Graphit", "KI-Chips", "Nickel", "Medikamenten",
    ),
    "sector": (
        "Halbleiterindustrie", "Autoindustrie", "Chemiebranche", "Stahlindustrie",
        "Energiewirtschaft", "Elektronikbranche", "Schifffahrt", "Rüstungsindustrie",
        "Batteriefertigung", "Solarbranche", "Logistikbranche", "Pharmaindustrie",
    ),
    "company": (
        "Kansai Precision", "Nordwerk Elektronik", "Hanseatic Chemicals", "Pacifica Semiconductor",
        "Mitsuda Heavy Industries", "Tessin Metals", "Orbis Logistics", "Kyoto Ceramic Systems",
        "Ostwind Energie", "Baltic LNG", "Meridian Batteries", "Sakura Materials", "Lumen Chips",
    ),
    "measure": (
        "ein neues Exportkontrollregime", "das geplante Investitionsabkommen",
        "die neue Rohstoffpartnerschaft", "ein gemeinsamer Förderfonds", "das Chipgesetz der EU",
        "die vereinbarte Zollpause", "ein Mechanismus zur Prüfung von Auslandsinvestitionen",
        "der Industriestrompreis", "das Lieferkettengesetz", "ein Freihandelsabkommen",
    ),
    "weekday": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"),
    "month": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"),
    "period": ("im dritten Quartal", "im ersten Halbjahr", "im vergangenen Jahr", "im September",
               "im Jahresvergleich", "seit Jahresbeginn", "im vierten Quartal", "im Mai"),
    "currency": ("Euro", "Dollar", "Yen"),
}

_SENTENCES = (
    "{actor} will die Abhängigkeit von importierten Vorprodukten bei {good} in den kommenden Jahren deutlich verringern.",
    "Nach Angaben von {source} stiegen die Einfuhren von {good} {period} um {pct} Prozent.",
    "{official} kündigte am {weekday} in {city} an, die Zusammenarbeit bei {good} auszubauen.",
    "Allein {company} will in den kommenden {n} Jahren rund {bn} Milliarden {currency} in neue Werke in {country} investieren.",
    "Für die {sector} ist das eine schlechte Nachricht, denn die Margen stehen ohnehin unter Druck.",
    "Experten rechnen damit, dass sich die Preise bei {good} bis {year} kaum entspannen werden.",
    "{measure} soll nach dem Willen der Beteiligten noch vor Ende des Jahres in Kraft treten.",
    "Kritiker bemängeln, dass {measure} vor allem großen Konzernen nützt und den Mittelstand kaum entlastet.",
    "In {city} verweist man darauf, dass bereits {pct} Prozent des Bedarfs an {good} aus einer einzigen Quelle gedeckt werden.",
    "Die Verhandlungen zwischen {city} und {city2} gelten als schwierig, weil beide Seiten ihre Industrie schützen wollen.",
    "Gleichzeitig baut {country} die eigene Produktion von {good} mit staatlichen Zuschüssen aus.",
    "Unternehmen der {sector} prüfen deshalb, ob sie Lieferanten in {country} oder {country2} aufbauen können.",
    "Die Frachtraten zwischen {port} und {port2} haben sich seit {month} nahezu verdoppelt.",
    "{person} von {institute} hält die Pläne für ambitioniert, aber umsetzbar.",
    "Das Handelsvolumen zwischen der EU und {country} lag zuletzt bei {bn} Milliarden Euro.",
    "Ein Großteil der Wertschöpfung bei {good} findet bislang in Asien statt.",
    "Die Bundesregierung hat angekündigt, Förderprogramme für die {sector} neu aufzulegen.",
    "Seit {month} gelten verschärfte Exportkontrollen bei {good}; Peking setzt sie offen als Druckmittel ein.",
    "Auf dem Gipfel in {city} wurde zudem vereinbart, gemeinsame Standards im Handel mit {good} zu entwickeln.",
    "Der Strompreis für energieintensive Betriebe liegt in Deutschland weiterhin deutlich über dem Niveau in {country}.",
    "Die Börse reagierte gelassen: Der Leitindex schloss am {weekday} {move} Prozent im Plus.",
    "{company} hat die Prognose für das laufende Geschäftsjahr gesenkt und verweist auf Engpässe bei {good}.",
    "Noch ist offen, wie {official} auf die neuen Zölle reagieren wird.",
    "Mehrere Reedereien meiden weiterhin die Route durch das Rote Meer, was die Lieferzeiten um bis zu {n} Tage verlängert.",
    "Die Internationale Energieagentur erwartet, dass die Nachfrage nach {good} bis {year} um {pct} Prozent wächst.",
    "In Brüssel wird derzeit über ein Instrument gegen wirtschaftlichen Zwang beraten, das auch gegenüber {country} greifen könnte.",
    "Die Gewerkschaften fordern, Subventionen für die {sector} an Standortgarantien zu knüpfen.",
    "Nach Schätzungen von {institute} könnten bis zu {n}.000 Arbeitsplätze betroffen sein.",
    "{country} hatte bereits {past_year} begonnen, Vorräte an {good} anzulegen, um Lieferausfälle abzufedern.",
    "Auch in {country} wächst das Interesse an Kooperationen mit europäischen Firmen.",
    "{official} sprach von einem „wichtigen Signal“ für die Region.",
    "Der Yen notierte zuletzt bei {yen} je Dollar, was japanische Exporteure begünstigt.",
    "Ob die Pläne ausreichen, um den Rückstand bei {good} aufzuholen, ist umstritten.",
    "Branchenvertreter warnen vor einem Subventionswettlauf zwischen den USA, der EU und Japan.",
    "Die neue Fabrik in {fab_city} soll ab {year} rund {n}0.000 Wafer pro Monat fertigen.",
    "Mit der Vereinbarung reagieren beide Seiten auch auf die angespannte Lage in der Taiwanstraße.",
    "{company} bestätigte auf Anfrage, dass Gespräche mit Partnern in {country} laufen.",
    "Für mittelständische Zulieferer der {sector} bedeutet das vor allem mehr Planungsunsicherheit.",
    "Die Preise bei {good} sind {period} um {pct} Prozent gestiegen.",
    "Das Programm soll nach Angaben aus {city} insgesamt {bn} Milliarden {currency} kosten.",
    "Analysten sehen darin den Versuch, die eigene Verhandlungsposition vor dem nächsten G7-Treffen zu stärken.",
    "Dass die Zusammenarbeit bei {good} nun Vorrang hat, zeigt, wie sehr sich die Prioritäten in {city} verschoben haben.",
    "Die Europäische Zentralbank beobachtet die Entwicklung der Energiepreise nach eigenen Angaben genau.",
    "Zugleich wächst der Druck auf {company}, die Produktion teilweise aus China abzuziehen.",
    "Die Wartezeiten für elektronische Bauteile haben sich laut {source} auf durchschnittlich {n} Wochen verlängert.",
    "Im Gespräch ist auch ein Fonds, der Projekte der {sector} mit bis zu {bn} Milliarden {currency} unterstützen soll.",
    "Diplomaten in {city} rechnen nicht mit einer schnellen Einigung.",
    "Die Opposition wirft der Regierung vor, die Abhängigkeit bei {good} zu lange unterschätzt zu haben.",
    "{country} und {country2} haben {period} ihre Zusammenarbeit bei {good} vertraglich festgehalten.",
    "Bis {year} will die EU mindestens {pct} Prozent ihres Bedarfs an {good} selbst decken.",
    "{company} rechnet für {year} mit einem Umsatzplus von {pct} Prozent, vor allem dank der Nachfrage aus {country}.",
)

_QUOTES = (
    "„Wir können es uns nicht leisten, bei {good} von einem einzigen Lieferanten abhängig zu sein“, sagte {person}.",
    "„Die Lage bleibt angespannt, aber sie ist beherrschbar“, sagte {person} von {institute}.",
    "„Das ist ein Wendepunkt für die {sector}“, erklärte {official} am {weekday}.",
    "{person} sagt: „Wer jetzt nicht investiert, verliert den Anschluss.“",
    "„Es geht um nichts weniger als unsere wirtschaftliche Sicherheit“, betonte {official} in {city}.",
    "„Die Zeit der billigen Energie ist vorbei“, sagte {person} im Gespräch mit unserer Redaktion.",
    "„Wir sehen bei {good} eine Verknappung, wie wir sie seit Jahren nicht erlebt haben“, sagte ein Manager von {company}.",
)

_TITLES = (
    "{country} und USA vertiefen Zusammenarbeit bei {good}",
    "Wettlauf um Rohstoffe: {actor} setzt auf neue Partner",
    "Gegengewicht zu China: {country} und {country2} stärken Allianz",
    "Engpass bei {good} trifft die {sector}",
    "{company} investiert {bn} Milliarden in {country}",
    "Zollstreit: Was die neuen US-Abgaben für die {sector} bedeuten",
    "EU plant Schutzschirm für die {sector}",
    "Seltene Erden: {country} sichert sich Zugang zu neuen Vorkommen",
    "Energiepreise belasten die {sector} stärker als erwartet",
    "Japan und EU vereinbaren Partnerschaft bei {good}",
    "Exportkontrollen: Peking verschärft den Kurs bei {good}",
    "Neue Chipfabrik in {fab_city}: Milliardenhilfe für {company}",
    "Wie {country} seine Abhängigkeit von China verringern will",
    "Europa braucht eine Strategie bei {good}",
    "Handelsabkommen mit {country}: Was Unternehmen jetzt wissen müssen",
    "Flüssiggas aus den USA: {country} schließt Langfristvertrag",
    "Frachtraten steigen: Verzögerungen im Hafen von {port}",
    "Gipfel in {city}: Neues Kapitel der Zusammenarbeit mit {country}",
)

_KICKERS = ("Asia Techonomics", "Analyse", "Kommentar", "Handelspolitik", "Lieferketten",
            "Energie", "Exklusiv", "Hintergrund")

_TEASERS = (
    "{official} und {official2} wollen die Zusammenarbeit bei {good} vertiefen. Für deutsche Unternehmen ergeben sich neue Chancen – und Risiken.",
    "Die Preise bei {good} steigen, die Lieferketten wackeln. Was das für die {sector} bedeutet.",
    "Bei einem Treffen in {city} haben sich beide Seiten auf einen Fahrplan geeinigt. Ein deutliches Signal an Peking.",
    "{company} investiert {bn} Milliarden {currency} in {country}. Die Entscheidung zeigt, wie sich globale Lieferketten verschieben.",
    "Exportkontrollen, Zölle, Subventionen: Der Wettlauf um {good} verschärft sich. Europa droht zurückzufallen.",
    "Nach monatelangen Verhandlungen steht das Abkommen mit {country}. Doch Kritiker bezweifeln, dass es die Abhängigkeit von China verringert.",
    "Die {sector} ächzt unter hohen Kosten. Nun soll {measure} Entlastung bringen.",
    "{country} ist bereits einer der wichtigsten Handelspartner der EU. Nun wollen beide Seiten auch bei {good} enger kooperieren.",
)

_HEADINGS = (
    "Hintergrund: Pekings Dominanz", "Was Unternehmen jetzt tun sollten",
    "Auswirkung auf deutsche Unternehmen", "Die Rolle der {sector}", "Engpass bei {good}",
    "Neue Partner in Asien", "Subventionen als Standortfaktor", "Kritik aus der Opposition",
    "Wie geht es weiter?", "Blick nach {country}", "Risiken bleiben", "Ein Signal an Peking",
    "Was Experten erwarten", "Gemeinsame Rohstoffstrategie", "Teure Energie, knappe Chips",
)

_LIST_INTROS = ("Handlungsempfehlungen", "Die wichtigsten Punkte im Überblick:",
                "Was Unternehmen jetzt prüfen sollten")

_LIST_ITEMS = (
    "Lieferketten überprüfen: Analysieren Sie, welche Vorprodukte bei {good} aus nur einer Region stammen.",
    "Partnerschaften ausbauen: Prüfen Sie Kooperationen mit Unternehmen in {country}, um Zugang zu Technologien zu sichern.",
    "Lagerbestände anpassen: Erhöhen Sie die Sicherheitsbestände für kritische Bauteile um {pct} Prozent.",
    "Förderprogramme nutzen: Informieren Sie sich über Zuschüsse für Projekte der {sector}.",
    "Verträge absichern: Vereinbaren Sie Preisgleitklauseln bei {good}.",
    "Szenarien planen: Spielen Sie durch, was ein Lieferstopp aus {country} für Ihre Produktion bedeuten würde.",
    "Risikomanagement professionalisieren: Legen Sie fest, welche Märkte und Lieferanten Sie besonders abhängig machen.",
)

_DATELINES = ("Tokio.", "Berlin.", "Düsseldorf.", "Brüssel.", "Washington.", "Frankfurt.",
              "Tokio", "Peking", "Seoul")

_CAPTIONS = (
    "{official} und {official2} bei einem Treffen in {city}.",
    "Containerterminal im Hafen von {port}.",
    "Eine Produktionslinie von {company} in {fab_city}.",
    "Die Nachfrage nach {good} steigt weltweit.",
    "Blick auf das Regierungsviertel in {city}.",
)

_PAGE = {
    "authors": ("Martina Keller", "Stefan Wolf", "Lea Brenner", "Jonas Hartmann", "Anna Seidel",
                "Tobias Lang", "Katrin Vogt", "Felix Roth", "Sophie Albers", "Daniel Kuhn",
                "Yuki Sato", "Hiroshi Mori", "Redaktion", "Martina Keller und Hiroshi Mori",
                "Lea Brenner und Felix Roth"),
    "skip": ("Zum Inhalt springen", "Direkt zum Inhalt", "Zur Navigation springen",
             "Zum Hauptinhalt springen"),
    "nav": ("Startseite", "Politik", "Wirtschaft", "Finanzen", "Technologie", "Unternehmen",
            "Meinung", "Panorama", "Newsletter", "Abo", "Anmelden", "Suche", "Podcast", "Märkte"),
    "sections": ("Politik", "Wirtschaft", "Technologie", "Unternehmen", "Finanzen", "Meinung"),
    "crumbs": ("Wirtschaft", "Politik", "Handel", "Energie", "Technologie", "Asien", "Meinung"),
    "reading_time": ("Lesezeit: {n} min", "{n} Min. Lesezeit", "Lesedauer: {n} Minuten"),
    "credit": ("Foto: IMAGO/Kyodo News", "Bild: picture alliance/dpa", "Foto: Reuters",
               "Bildquelle: KI-generiert mit ChatGPT (OpenAI)", "Bild: imago images/ZUMA Wire",
               "Foto: AFP", "Foto: IMAGO/MediaPunch", "Bild: Bloomberg"),
    "ad_marker": ("Anzeige", "ANZEIGE", "Werbung"),
    "ad": ("Jetziges Strom-/Gaspreistief nutzen, bevor die Preise wieder steigen",
           "Immobilienbewertung – kostenlos, unverbindlich & schnell",
           "Mit unserem Karriere-Portal den Traumjob finden", "Direkt hier lesen!",
           "Produktvergleich – schnell zum besten Produkt",
           "Verbessern Sie die Lieferketten-Transparenz",
           "Jetzt 4 Wochen für 1 € testen"),
    "newsletter": ("Jetzt die besten Jobs finden und per E-Mail benachrichtigt werden.",
                   "Newsletter: Das Wichtigste aus Wirtschaft und Politik – jeden Morgen in Ihrem Postfach.",
                   "Bleiben Sie über das Thema dieses Artikels auf dem Laufenden.",
                   "Jetzt kostenlos anmelden"),
    "related_head": ("Mehr zum Thema", "Lesen Sie auch:", "Das könnte Sie auch interessieren",
                     "Weitere Artikel", "Unsere Empfehlungen"),
    "topics_head": ("Verwandte Themen", "Stichwörter", "Mehr zu diesen Themen"),
    "topics": ("USA", "Japan", "China", "EU", "Handel", "Halbleiter", "Energie", "Rohstoffe",
               "Lieferketten", "Zölle", "Asien", "Industrie"),
    "share": ("Diesen Beitrag teilen", "Artikel teilen", "Teilen", "Drucken", "E-Mail",
              "Link kopieren", "Merken"),
    "comments": ("Kommentare ({n})", "Jetzt kommentieren", "{n} Kommentare",
                 "Zur Diskussion"),
    "legal": ("Impressum", "Datenschutz", "AGB", "Kontakt", "Cookie-Einstellungen", "Archiv",
              "Mediadaten", "Barrierefreiheit"),
    "app": ("Auf tippen, dann auf „Zum Home-Bildschirm“ hinzufügen.",
            "Laden Sie unsere App herunter und lesen Sie überall."),
    "rights": ("Alle Rechte vorbehalten.", "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung."),
}

GERMAN = Lexicon(
    lang="de",
    decimal_comma=True,
    words=_WORDS,
    sentences=_SENTENCES,
    quotes=_QUOTES,
    titles=_TITLES,
    kickers=_KICKERS,
    teasers=_TEASERS,
    headings=_HEADINGS,
    list_intros=_LIST_INTROS,
    list_items=_LIST_ITEMS,
    datelines=_DATELINES,
    captions=_CAPTIONS,
    page=_PAGE,
)
