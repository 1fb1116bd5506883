"""Write the labelled same-event set: tests/data/stories/*.txt and gold.json.

Each article below is a short, real-looking news report (German or English), written for this
set; `EVENTS` groups the reports of one event, `SINGLES` are unrelated articles. The set is
built to be hard where grouping can go wrong: one topic recurring on other dates (two ECB
decisions, two Trump–Xi meetings, a summit and its anniversary), different events on the same
day and about the same country, and one event reported in both languages.

Run `python tools/make_story_set.py` to rewrite the files after editing the texts here.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "stories"

# (event key, outlet, language, date line, title, teaser, body)
Article = tuple[str, str, str, str, str, str, str]

ARTICLES: list[Article] = [
    # --- ECB cuts rates, 12 September 2024 -------------------------------------------------
    ("ecb-2024-09", "Handelsblatt", "de", "12.09.2024 14:30",
     "EZB senkt Leitzins erneut um 0,25 Prozentpunkte",
     "Die Europäische Zentralbank lockert ihre Geldpolitik weiter. Christine Lagarde lässt offen, ob im Oktober der nächste Schritt folgt.",
     "Frankfurt. Die Europäische Zentralbank (EZB) hat den Einlagensatz zum zweiten Mal in diesem Sommer gesenkt, von 3,75 auf 3,50 Prozent. Der Rat begründete den Schritt mit der nachlassenden Inflation, die im August auf 2,2 Prozent gefallen war.\n\nEZB-Präsidentin Christine Lagarde sagte in Frankfurt, der Kurs der Zinssenkungen sei nicht vorab festgelegt. Die Notenbank werde von Sitzung zu Sitzung entscheiden.\n\nÖkonomen hatten mit dem Schritt gerechnet. Die Bundesbank warnte dennoch vor einer zu schnellen Lockerung, weil die Löhne kräftig steigen."),
    ("ecb-2024-09", "FAZ", "de", "12. September 2024",
     "Lagarde senkt die Zinsen – und bleibt vage",
     "Zweite Zinssenkung der EZB seit Juni: Der Einlagensatz fällt auf 3,5 Prozent.",
     "Die Europäische Zentralbank hat am Donnerstag ihren wichtigsten Leitzins, den Einlagensatz, um 0,25 Punkte auf 3,50 Prozent gesenkt. Christine Lagarde verwies auf die gesunkene Teuerung von 2,2 Prozent im August.\n\nZugleich senkte die EZB ihre Wachstumsprognose für den Euroraum auf 0,8 Prozent. Für weitere Schritte wollte sich Lagarde nicht festlegen: Man entscheide datenabhängig.\n\nSparer bekommen die Senkung zuerst zu spüren, Kreditnehmer erst später."),
    ("ecb-2024-09", "Reuters", "en", "September 12, 2024",
     "ECB cuts rates again as inflation eases",
     "The European Central Bank lowered its deposit rate to 3.50% and kept its options open for October.",
     "FRANKFURT - The European Central Bank cut its deposit rate by 25 basis points to 3.50% on Thursday, its second cut since June, as euro zone inflation slowed to 2.2% in August.\n\nECB President Christine Lagarde told reporters in Frankfurt that the path of rates was not pre-committed. The bank also trimmed its growth forecast for the euro zone to 0.8% this year.\n\nMarkets now price a further cut by December."),
    # --- ECB cuts rates, 17 October 2024 (same topic, five weeks later) ---------------------
    ("ecb-2024-10", "Handelsblatt", "de", "17.10.2024 14:45",
     "EZB beschleunigt das Tempo: Dritte Zinssenkung",
     "Erstmals seit 13 Jahren senkt die Notenbank auf zwei aufeinanderfolgenden Sitzungen.",
     "Die Europäische Zentralbank hat den Einlagensatz auf 3,25 Prozent gesenkt. Es ist die dritte Senkung in diesem Jahr und die erste in zwei Sitzungen direkt hintereinander seit 2011.\n\nAuslöser war die Inflation im September, die mit 1,7 Prozent erstmals seit Jahren unter dem Ziel von zwei Prozent lag. Christine Lagarde sprach in Ljubljana, wo der Rat ausnahmsweise tagte, von einem schwächeren Ausblick.\n\nDie Sitzung fand in Slowenien statt, weil die EZB einmal im Jahr auswärts tagt."),
    ("ecb-2024-10", "Der Spiegel", "de", "17.10.2024",
     "Zinsen sinken schneller als gedacht",
     "Die EZB senkt in Ljubljana den Einlagensatz auf 3,25 Prozent.",
     "Die Europäische Zentralbank hat bei ihrer auswärtigen Sitzung in Ljubljana erneut die Zinsen gesenkt. Der Einlagensatz liegt nun bei 3,25 Prozent.\n\nDie Teuerung im Euroraum war im September auf 1,7 Prozent gefallen. Die Wirtschaft in Deutschland schwächelt, die Industrie meldet kaum Aufträge. Lagarde sagte, die Risiken für das Wachstum überwögen.\n\nFür Immobilienkäufer könnten Kredite bald günstiger werden."),
    ("ecb-2024-10", "Financial Times", "en", "October 17, 2024",
     "ECB cuts rates for third time this year as growth weakens",
     "Back-to-back cut in Ljubljana takes the deposit rate to 3.25%.",
     "The European Central Bank cut rates at back-to-back meetings for the first time in 13 years, lowering its deposit rate to 3.25% at a meeting held in Ljubljana, Slovenia.\n\nInflation fell to 1.7% in September, below the bank's 2% target. Christine Lagarde said incoming data pointed to weaker activity, particularly in Germany's manufacturing sector.\n\nInvestors bet on another cut in December."),
    # --- Trump meets Xi in Busan, 30 October 2025 -------------------------------------------
    ("trump-xi-busan", "Tagesschau", "de", "30.10.2025 09:12",
     "Trump und Xi treffen sich in Busan",
     "Am Rande des Apec-Gipfels sprechen die Präsidenten der USA und Chinas über den Handelsstreit.",
     "Busan. US-Präsident Donald Trump und Chinas Staatschef Xi Jinping haben sich im südkoreanischen Busan zu einem fast zweistündigen Gespräch getroffen. Trump kündigte an, die Zölle auf chinesische Waren um zehn Prozentpunkte auf 47 Prozent zu senken.\n\nIm Gegenzug will Peking die Exportkontrollen für seltene Erden für ein Jahr aussetzen und wieder Sojabohnen aus den USA kaufen. Trump nannte das Treffen „eine Zwölf auf einer Skala von eins bis zehn“.\n\nEs war das erste persönliche Treffen der beiden seit 2019."),
    ("trump-xi-busan", "Die Zeit", "de", "30. Oktober 2025",
     "Zollsenkung und Sojabohnen: Trump und Xi einigen sich in Südkorea",
     "Der US-Präsident senkt Zölle, China setzt Ausfuhrkontrollen für seltene Erden aus.",
     "Nach ihrem Treffen in Busan haben Donald Trump und Xi Jinping eine Entspannung im Handelskonflikt verkündet. Die Zölle der USA auf Importe aus China sinken auf 47 Prozent.\n\nChina setzt seine im Oktober verschärften Kontrollen für seltene Erden für zwölf Monate aus. Außerdem sollen chinesische Firmen wieder amerikanische Sojabohnen kaufen. Über Taiwan sprachen die beiden nach Angaben Trumps nicht.\n\nDer Apec-Gipfel in Gyeongju beginnt am Freitag."),
    ("trump-xi-busan", "AP", "en", "Oct. 30, 2025",
     "Trump says he will cut tariffs on China after meeting Xi in South Korea",
     "The two leaders met for nearly two hours in Busan on the sidelines of the APEC summit.",
     "BUSAN, South Korea (AP) - President Donald Trump said Thursday he would lower tariffs on Chinese imports to 47% after meeting Chinese leader Xi Jinping in Busan, calling the talks a success.\n\nChina agreed to pause its export controls on rare earths for one year and to resume purchases of U.S. soybeans, Trump told reporters aboard Air Force One.\n\nIt was their first face-to-face meeting since 2019."),
    ("trump-xi-busan", "Bloomberg", "en", "October 30, 2025",
     "Trump, Xi Agree Truce as US Lowers Tariffs to 47%",
     "A one-year pause on China's rare earth curbs is at the core of the deal struck in Busan.",
     "Donald Trump and Xi Jinping agreed on a trade truce in Busan, with the US cutting its so-called fentanyl tariff by 10 percentage points and China suspending its rare earth export regime for a year.\n\nSoybean purchases will resume, Trump said. Markets reacted cautiously; the yuan was little changed.\n\nThe meeting on the margins of the APEC gathering lasted about 100 minutes."),
    # --- Trump meets Xi in Osaka, 29 June 2019 (same pair, six years earlier) ---------------
    ("trump-xi-osaka", "Süddeutsche Zeitung", "de", "29.06.2019",
     "Trump und Xi vereinbaren in Osaka Waffenruhe im Handelskrieg",
     "Am Rande des G20-Gipfels verzichten die USA vorerst auf neue Strafzölle.",
     "Osaka. US-Präsident Donald Trump und Chinas Präsident Xi Jinping haben sich beim G20-Gipfel in Osaka auf eine Wiederaufnahme der Handelsgespräche verständigt. Neue Strafzölle auf chinesische Waren im Wert von 300 Milliarden Dollar sollen vorerst nicht kommen.\n\nTrump sagte zudem, US-Firmen dürften wieder an Huawei liefern. Xi sprach von einem offenen Austausch.\n\nDie Gespräche waren im Mai abgebrochen worden."),
    ("trump-xi-osaka", "CNBC", "en", "June 29, 2019",
     "Trump and Xi agree to restart trade talks at G20 in Osaka",
     "The US will hold off on new tariffs on $300 billion of Chinese goods.",
     "OSAKA, Japan - President Donald Trump and Chinese President Xi Jinping agreed Saturday to resume trade negotiations, Trump said after their meeting at the G20 summit in Osaka.\n\nThe United States will not impose tariffs on an additional $300 billion of Chinese imports for now, and U.S. companies may sell equipment to Huawei again.\n\nTalks had collapsed in May."),
    # --- Takaichi elected prime minister, 21 October 2025 -----------------------------------
    ("takaichi-elected", "Tagesschau", "de", "21.10.2025 08:40",
     "Takaichi ist erste Regierungschefin Japans",
     "Das Parlament in Tokio wählt die Nationalkonservative zur Premierministerin.",
     "Tokio. Japan hat erstmals eine Frau an der Spitze der Regierung. Das Unterhaus wählte Sanae Takaichi, die Vorsitzende der Liberaldemokratischen Partei (LDP), mit 237 Stimmen zur Premierministerin.\n\nTakaichi gilt als Anhängerin des früheren Regierungschefs Shinzo Abe. Ihre LDP regiert künftig mit der Ishin-Partei aus Osaka, nachdem der langjährige Partner Komeito die Koalition verlassen hatte.\n\nIn einer Woche empfängt Takaichi US-Präsident Donald Trump."),
    ("takaichi-elected", "NZZ", "de", "21.10.2025",
     "Sanae Takaichi: Eine Bewunderin Thatchers führt Japan",
     "Die 64-Jährige setzt auf höhere Verteidigungsausgaben und eine expansive Fiskalpolitik.",
     "Sanae Takaichi ist am Dienstag vom japanischen Parlament zur Premierministerin gewählt worden. Sie erhielt im Unterhaus 237 von 465 Stimmen.\n\nDie LDP-Politikerin bezeichnet Margaret Thatcher als Vorbild. Sie will die Verteidigungsausgaben rascher auf zwei Prozent der Wirtschaftsleistung erhöhen. Die neue Koalition mit der Ishin-Partei hat im Unterhaus keine eigene Mehrheit.\n\nAn den Börsen stieg der Nikkei-Index auf ein Rekordhoch."),
    ("takaichi-elected", "The Guardian", "en", "21 October 2025",
     "Sanae Takaichi becomes Japan's first female prime minister",
     "The ultra-conservative LDP leader won 237 votes in the lower house.",
     "Sanae Takaichi has been elected Japan's first female prime minister after winning a parliamentary vote in Tokyo, with 237 votes in the 465-seat lower house.\n\nThe 64-year-old protégé of the late Shinzo Abe leads a new coalition between the Liberal Democratic party and the Osaka-based Japan Innovation party (Ishin), after Komeito quit the government.\n\nShe faces an early test when Donald Trump visits next week."),
    # --- Trump in Tokyo, 28 October 2025 (the seeds' event; English reports) ---------------
    ("trump-tokyo", "Reuters", "en", "October 28, 2025",
     "Trump and Takaichi sign rare earths deal in Tokyo",
     "Japan's new leader hails a 'new golden age' of the alliance during the US president's visit.",
     "TOKYO - U.S. President Donald Trump and Japanese Prime Minister Sanae Takaichi signed a framework on critical minerals and rare earths in Tokyo on Tuesday, aiming to secure supply chains against China's export curbs.\n\nTakaichi called the talks the start of a 'new golden age' for the alliance. The two leaders later visited the aircraft carrier USS George Washington at Yokosuka, where Takaichi pledged to strengthen Japan's defence capabilities fundamentally.\n\nTrump heads to South Korea on Wednesday."),
    ("trump-tokyo", "Nikkei Asia", "en", "October 28, 2025",
     "Takaichi and Trump pledge 'golden age' as Japan touts $550bn investment",
     "The summit in Tokyo yielded agreements on rare earths, shipbuilding and investment.",
     "Prime Minister Sanae Takaichi and President Donald Trump met at the Akasaka Palace in Tokyo, where they signed documents on rare earth supply chains and reaffirmed Japan's $550 billion investment pledge.\n\nTakaichi presented a list of Japanese companies interested in US projects. Trump praised her as a 'great prime minister' and said the alliance was stronger than ever.\n\nThe two then addressed US troops on the USS George Washington."),
    # --- Bundestag passes debt brake reform, 18 March 2025 ----------------------------------
    ("debt-brake", "Tagesschau", "de", "18.03.2025 16:20",
     "Bundestag beschließt Milliardenpaket für Verteidigung und Infrastruktur",
     "Mit Zweidrittelmehrheit lockert das alte Parlament die Schuldenbremse.",
     "Berlin. Der Bundestag hat die Änderung des Grundgesetzes für ein Sondervermögen von 500 Milliarden Euro für die Infrastruktur und eine Lockerung der Schuldenbremse für Verteidigungsausgaben beschlossen. 513 Abgeordnete stimmten dafür, die nötige Zweidrittelmehrheit lag bei 489.\n\nUnion, SPD und Grüne hatten sich auf das Paket geeinigt. Friedrich Merz sprach von einem ersten großen Schritt zu einer neuen europäischen Verteidigungsgemeinschaft.\n\nAm Freitag muss noch der Bundesrat zustimmen."),
    ("debt-brake", "Handelsblatt", "de", "18.03.2025",
     "513 Stimmen: Schuldenpaket nimmt die erste Hürde",
     "Das Sondervermögen über 500 Milliarden Euro ist im Bundestag beschlossen.",
     "Das Finanzpaket von Union und SPD hat im Bundestag die Zweidrittelmehrheit erreicht. Für die Grundgesetzänderung stimmten 513 Abgeordnete, 207 dagegen.\n\nVerteidigungsausgaben oberhalb von einem Prozent der Wirtschaftsleistung sind künftig von der Schuldenbremse ausgenommen. 100 Milliarden Euro aus dem Sondervermögen fließen in den Klima- und Transformationsfonds, das hatten die Grünen durchgesetzt.\n\nÖkonomen erwarten einen Schub für die Konjunktur ab 2026."),
    ("debt-brake", "Politico Europe", "en", "March 18, 2025",
     "German parliament approves historic borrowing package",
     "Friedrich Merz wins the two-thirds majority needed to loosen the debt brake.",
     "BERLIN - Germany's outgoing Bundestag voted to loosen the country's constitutional debt brake for defence spending and create a 500 billion euro infrastructure fund, with 513 lawmakers in favour.\n\nThe vote is a major win for Friedrich Merz, who is expected to become chancellor. The Greens secured 100 billion euros for climate measures in return for their support.\n\nThe Bundesrat still has to approve the changes on Friday."),
    # --- Bundesrat approves it, 21 March 2025 (same topic, three days later) ----------------
    ("debt-brake-bundesrat", "Der Spiegel", "de", "21.03.2025 12:05",
     "Bundesrat stimmt Grundgesetzänderung zu",
     "Auch die Länderkammer billigt die Lockerung der Schuldenbremse – Bayern und Freie Wähler lenken ein.",
     "Die Länderkammer hat der Grundgesetzänderung mit 53 von 69 Stimmen zugestimmt. Entscheidend war Bayern: Die Freien Wähler hatten ihren Widerstand aufgegeben, nachdem Markus Söder zusätzliche Mittel für die Länder zugesichert hatte.\n\nDie Länder dürfen künftig selbst Schulden von 0,35 Prozent ihrer Wirtschaftsleistung aufnehmen. Bundespräsident Frank-Walter Steinmeier muss das Gesetz noch unterzeichnen."),
    ("debt-brake-bundesrat", "FAZ", "de", "21. März 2025",
     "Länderkammer gibt grünes Licht: 53 Stimmen für das Schuldenpaket",
     "Mit Bayerns Zustimmung ist die Zweidrittelmehrheit im Bundesrat gesichert.",
     "Im Bundesrat haben 53 der 69 Stimmen für die Reform gestimmt, mehr als die nötigen 46. Bayerns Ministerpräsident Markus Söder sprach von einem guten Tag für die Länder.\n\nDie neue Regel erlaubt den Ländern einen eigenen Verschuldungsspielraum von 0,35 Prozent. Brandenburg und Thüringen enthielten sich. Das Gesetz geht nun an Frank-Walter Steinmeier."),
    # --- Volkswagen job cuts deal, 20 December 2024 -----------------------------------------
    ("vw-deal", "NDR", "de", "20.12.2024 21:10",
     "VW und IG Metall einigen sich: 35.000 Stellen fallen weg",
     "Nach 70 Stunden Verhandlung in Hannover steht ein Kompromiss – ohne Werksschließungen.",
     "Hannover. Volkswagen und die IG Metall haben sich nach dem längsten Verhandlungsmarathon in der Geschichte des Konzerns geeinigt. Bis 2030 sollen in Deutschland mehr als 35.000 Stellen sozialverträglich abgebaut werden.\n\nBetriebsbedingte Kündigungen sind ausgeschlossen, alle Werke bleiben vorerst offen. In Dresden endet allerdings die Fahrzeugfertigung Ende 2025. Betriebsratschefin Daniela Cavallo sprach von einem Kraftakt.\n\nDie Kapazität in den deutschen Werken sinkt um 734.000 Fahrzeuge."),
    ("vw-deal", "Handelsblatt", "de", "21.12.2024",
     "Volkswagen: Was der Tarifkompromiss für Wolfsburg bedeutet",
     "Stellenabbau, Lohnverzicht, keine Kündigungen: die Details der Einigung.",
     "Der Kompromiss zwischen Volkswagen und IG Metall sieht den Abbau von 35.000 Stellen bis 2030 vor. Die Beschäftigten verzichten auf Tariferhöhungen, dafür gibt es bis 2030 eine Beschäftigungssicherung.\n\nVW-Markenchef Thomas Schäfer sprach von einem wichtigen Signal. Oliver Blume betonte, die Kosten würden mittelfristig um vier Milliarden Euro jährlich sinken. Daniela Cavallo nannte die Einigung schmerzhaft, aber fair.\n\nIn Osnabrück läuft die Produktion 2027 aus."),
    ("vw-deal", "Reuters", "en", "December 20, 2024",
     "Volkswagen agrees to cut 35,000 jobs in Germany by 2030, avoids plant closures",
     "A deal with IG Metall follows more than 70 hours of talks in Hanover.",
     "HANOVER - Volkswagen reached a deal with the IG Metall union to cut more than 35,000 jobs in Germany by 2030 without forced layoffs or immediate plant closures, the two sides said on Friday.\n\nThe agreement reduces capacity at German plants by 734,000 vehicles. Works council head Daniela Cavallo called it a 'Christmas miracle' of sorts after months of strikes.\n\nVolkswagen expects savings of 4 billion euros a year."),
    # --- Intel halts Magdeburg, 16 September 2024 -------------------------------------------
    ("intel-magdeburg", "MDR", "de", "17.09.2024 07:30",
     "Intel legt Chipfabrik in Magdeburg auf Eis",
     "Der US-Konzern verschiebt das Projekt um zwei Jahre – ein Rückschlag für Sachsen-Anhalt.",
     "Magdeburg. Der Chiphersteller Intel verschiebt den Bau seiner geplanten Fabrik in Magdeburg um voraussichtlich zwei Jahre. Konzernchef Pat Gelsinger kündigte den Schritt in einem Schreiben an die Belegschaft an.\n\nDie Bundesregierung hatte Subventionen von 9,9 Milliarden Euro zugesagt. Ministerpräsident Reiner Haseloff zeigte sich enttäuscht, hält aber an dem Projekt fest.\n\nIntel steckt in einer tiefen Krise und will weltweit 15 Prozent der Stellen streichen."),
    ("intel-magdeburg", "Tagesspiegel", "de", "16.09.2024",
     "Rückschlag für den Chipstandort: Intel pausiert Magdeburg",
     "9,9 Milliarden Euro Förderung lagen bereit – nun wartet Sachsen-Anhalt.",
     "Intel stoppt vorerst die Pläne für zwei Halbleiterwerke bei Magdeburg. Pat Gelsinger sprach von einer Verschiebung um etwa zwei Jahre, abhängig von der Nachfrage.\n\nWirtschaftsminister Robert Habeck sagte, die Fördermittel von 9,9 Milliarden Euro könnten nun anders verwendet werden. Die Gewerkschaft IG BCE kritisierte die Entscheidung.\n\nAuch ein Werk in Polen liegt auf Eis."),
    ("intel-magdeburg", "The Verge", "en", "September 16, 2024",
     "Intel pauses its German and Polish chip factories",
     "Pat Gelsinger says the Magdeburg fab is delayed by about two years.",
     "Intel is putting its planned chip factories in Magdeburg, Germany and near Wroclaw, Poland on hold for about two years, CEO Pat Gelsinger told employees on Monday.\n\nThe Magdeburg project was set to receive 9.9 billion euros in German subsidies. Intel is also turning its foundry business into an independent subsidiary as it cuts 15 percent of its workforce.\n\nShares rose after hours."),
    # --- Baltimore bridge collapse, 26 March 2024 -------------------------------------------
    ("baltimore-bridge", "AP", "en", "March 26, 2024",
     "Baltimore's Key Bridge collapses after ship strike",
     "The container ship Dali lost power before hitting a support pier.",
     "BALTIMORE (AP) - A container ship lost power and rammed into a support of the Francis Scott Key Bridge in Baltimore early Tuesday, collapsing the span into the Patapsco River. Six road workers are presumed dead.\n\nThe ship, the Dali, had issued a mayday moments before, allowing police to stop traffic onto the bridge. Maryland Governor Wes Moore declared a state of emergency.\n\nThe port of Baltimore was closed to shipping."),
    ("baltimore-bridge", "BBC", "en", "26 March 2024",
     "Six missing after Baltimore bridge hit by cargo ship",
     "The Dali, a Singapore-flagged vessel, struck the Francis Scott Key Bridge.",
     "Six people are missing after the Francis Scott Key Bridge in Baltimore collapsed when the cargo ship Dali struck one of its pillars at about 01:30 local time.\n\nGovernor Wes Moore said the crew had alerted authorities to a power failure, which saved lives. President Joe Biden said the federal government would pay to rebuild the bridge.\n\nThe port handles more cars than any other in the US."),
    ("baltimore-bridge", "Der Spiegel", "de", "26.03.2024",
     "Containerschiff rammt Brücke in Baltimore – sechs Vermisste",
     "Die Francis Scott Key Bridge stürzte nach dem Aufprall der „Dali“ ein.",
     "Baltimore. Nach dem Einsturz der Francis Scott Key Bridge in Baltimore werden sechs Bauarbeiter vermisst. Das Containerschiff „Dali“ hatte einen Pfeiler gerammt, nachdem es einen Stromausfall gemeldet hatte.\n\nGouverneur Wes Moore rief den Notstand aus. US-Präsident Joe Biden kündigte an, der Bund werde den Wiederaufbau bezahlen. Der Hafen bleibt bis auf Weiteres geschlossen."),
    # --- Nobel peace prize 2024, 11 October 2024 --------------------------------------------
    ("nobel-2024", "Tagesschau", "de", "11.10.2024 11:05",
     "Friedensnobelpreis für japanische Atombomben-Überlebende",
     "Nihon Hidankyo wird für den Einsatz gegen Atomwaffen geehrt.",
     "Oslo. Der Friedensnobelpreis 2024 geht an die japanische Organisation Nihon Hidankyo. Die Vereinigung der Überlebenden der Atombombenabwürfe auf Hiroshima und Nagasaki setze sich seit Jahrzehnten für eine Welt ohne Atomwaffen ein, erklärte das Nobelkomitee in Oslo.\n\nDer Komitee-Vorsitzende Jørgen Watne Frydnes sagte, das Tabu gegen den Einsatz von Atomwaffen stehe unter Druck. Die Auszeichnung ist mit elf Millionen Kronen dotiert."),
    ("nobel-2024", "NHK World", "en", "October 11, 2024",
     "Nihon Hidankyo wins Nobel Peace Prize",
     "Survivors of the Hiroshima and Nagasaki bombings are honoured for their work against nuclear weapons.",
     "The Norwegian Nobel Committee in Oslo awarded the 2024 Nobel Peace Prize to Nihon Hidankyo, a grassroots movement of atomic bomb survivors from Hiroshima and Nagasaki.\n\nCommittee chair Jorgen Watne Frydnes said the survivors, known as hibakusha, had helped establish the taboo against nuclear weapons. Co-chair Toshiyuki Mimaki said in Hiroshima he could not believe the news."),
    ("nobel-2024", "Die Zeit", "de", "11. Oktober 2024",
     "Die Hibakusha bekommen den Friedensnobelpreis",
     "Das Komitee in Oslo ehrt Nihon Hidankyo – ein Signal an alle Atommächte.",
     "Die Überlebenden von Hiroshima und Nagasaki, die Hibakusha, erhalten über ihre Organisation Nihon Hidankyo den Friedensnobelpreis. Jørgen Watne Frydnes nannte ihre Zeugnisse einzigartig.\n\nToshiyuki Mimaki, einer der Vorsitzenden, weinte bei der Pressekonferenz in Hiroshima. Die Auszeichnung wird am 10. Dezember in Oslo überreicht."),
    # --- Mercosur agreement concluded, 6 December 2024 --------------------------------------
    ("mercosur", "Handelsblatt", "de", "06.12.2024",
     "EU und Mercosur schließen Freihandelsabkommen ab",
     "Nach 25 Jahren Verhandlungen einigen sich die Partner in Montevideo.",
     "Montevideo. Die Europäische Union und die südamerikanischen Mercosur-Staaten haben sich auf ein Freihandelsabkommen geeinigt. Kommissionspräsidentin Ursula von der Leyen sprach in Montevideo von einem historischen Meilenstein.\n\nDas Abkommen schafft eine Freihandelszone mit mehr als 700 Millionen Menschen. Frankreich lehnt den Vertrag wegen der Konkurrenz für seine Landwirte ab. Die deutsche Industrie begrüßte die Einigung."),
    ("mercosur", "El País English", "en", "December 6, 2024",
     "EU and Mercosur seal trade deal after 25 years of talks",
     "Ursula von der Leyen flew to Montevideo to close the agreement with Brazil, Argentina, Uruguay and Paraguay.",
     "The European Union and Mercosur concluded negotiations on a free trade agreement in Montevideo on Friday, creating a market of more than 700 million people.\n\nUrsula von der Leyen and Brazil's President Luiz Inácio Lula da Silva hailed the deal. French farmers protested, and Paris said the text remained unacceptable in its current form."),
    ("mercosur", "FAZ", "de", "7. Dezember 2024",
     "Von der Leyen besiegelt Mercosur-Deal – Bauern protestieren",
     "Frankreich will das Abkommen im Rat noch stoppen.",
     "Ursula von der Leyen hat in Montevideo das Abkommen mit dem Mercosur besiegelt. Brasiliens Präsident Lula da Silva sprach von einem Sieg des Multilateralismus.\n\nIn Frankreich und Belgien gingen Landwirte auf die Straße. Präsident Emmanuel Macron sucht Verbündete, um eine Sperrminorität im Rat zu bilden."),
    # --- Japan's Nikkei crash, 5 August 2024 ------------------------------------------------
    ("nikkei-crash", "Bloomberg", "en", "August 5, 2024",
     "Japan stocks suffer worst day since 1987 as yen surges",
     "The Nikkei 225 plunged 12.4% as carry trades unwound.",
     "Japanese stocks crashed on Monday, with the Nikkei 225 falling 12.4%, its biggest one-day drop since the Black Monday crash of 1987. The Topix index also slid 12.2%.\n\nA surging yen after the Bank of Japan's rate increase and weak US jobs data prompted investors to unwind carry trades. Trading was halted briefly in futures.\n\nBanks including Mitsubishi UFJ were among the hardest hit."),
    ("nikkei-crash", "Handelsblatt", "de", "05.08.2024 10:15",
     "Schwarzer Montag in Tokio: Nikkei bricht um 12,4 Prozent ein",
     "Der stärkere Yen und Angst vor einer US-Rezession lösen einen Ausverkauf aus.",
     "Tokio. Der japanische Aktienmarkt hat den größten Tagesverlust seit dem Börsenkrach von 1987 erlitten. Der Leitindex Nikkei 225 fiel um 12,4 Prozent auf 31.458 Punkte.\n\nAuslöser waren die Zinserhöhung der Bank of Japan und schwache Arbeitsmarktdaten aus den USA. Investoren lösten sogenannte Carry Trades auf, der Yen legte kräftig zu."),
    ("nikkei-crash", "Reuters", "en", "August 5, 2024",
     "Nikkei plunges 12% in rout as global markets tumble",
     "Tokyo's benchmark closes at 31,458 after yen rally.",
     "TOKYO - Japan's Nikkei share average plunged 12.4% to 31,458 on Monday as a rallying yen and fears of a U.S. recession triggered a global selloff. It was the index's biggest daily point loss ever.\n\nThe Bank of Japan's rate hike last week and Friday's weak U.S. payrolls report drove the unwinding of yen-funded carry trades."),
    # --- Nikkei rebound, 6 August 2024 (next day, same market) ------------------------------
    ("nikkei-rebound", "Nikkei Asia", "en", "August 6, 2024",
     "Nikkei rebounds 10% in record one-day gain",
     "Bargain hunters return a day after the index's worst crash since 1987.",
     "Tokyo stocks staged a record rebound on Tuesday, with the Nikkei Stock Average gaining 10.2% to 34,675, its biggest point gain ever, as the yen weakened again.\n\nChip-related shares such as Tokyo Electron and Advantest led the rally. Analysts warned that volatility would stay high."),
    ("nikkei-rebound", "Börsen-Zeitung", "de", "06.08.2024",
     "Nikkei erholt sich mit Rekordplus von 10,2 Prozent",
     "Nach dem Crash vom Montag kehren die Käufer zurück.",
     "Nach dem historischen Einbruch hat sich der Nikkei am Dienstag kräftig erholt. Der Index stieg um 10,2 Prozent auf 34.675 Punkte, das größte Punkteplus seiner Geschichte.\n\nGefragt waren Chipwerte wie Tokyo Electron und Advantest. Der Yen gab wieder etwas nach."),
    # --- Deutsche Bahn strike ends, 25 March 2024 -------------------------------------------
    ("gdl-deal", "Tagesschau", "de", "26.03.2024 09:00",
     "Bahn und GDL einigen sich: 35-Stunden-Woche bis 2029",
     "Der monatelange Tarifkonflikt ist beendet, Streiks sind vom Tisch.",
     "Die Deutsche Bahn und die Lokführergewerkschaft GDL haben ihren Tarifkonflikt beigelegt. Die Arbeitszeit für Schichtarbeiter sinkt schrittweise von 38 auf 35 Stunden bis 2029, ohne Lohneinbußen.\n\nGDL-Chef Claus Weselsky sprach von einem Meilenstein. Bahn-Personalvorstand Martin Seiler sagte, die Einigung sei teuer, aber gebe Planbarkeit. Seit November hatte die GDL sechsmal gestreikt."),
    ("gdl-deal", "Der Spiegel", "de", "25.03.2024",
     "Weselsky setzt 35-Stunden-Woche durch",
     "Die GDL bekommt weitgehend, was sie wollte – die Bahn wählt Frieden.",
     "Claus Weselsky hat sich durchgesetzt: Lokführer und Zugbegleiter der Deutschen Bahn arbeiten ab 2029 nur noch 35 Stunden pro Woche. Wer möchte, kann bis zu 40 Stunden arbeiten und mehr verdienen.\n\nMartin Seiler nannte das Modell flexibel. Für Fahrgäste heißt das: Bis Anfang 2026 gibt es keine Streiks mehr."),
    # --- Paris Olympics opening, 26 July 2024 -----------------------------------------------
    ("paris-opening", "L'Équipe English", "en", "July 26, 2024",
     "Paris opens Games with rain-soaked parade on the Seine",
     "Athletes sailed down the river in boats; Celine Dion closed the show at the Eiffel Tower.",
     "The Paris 2024 Olympic Games opened on Friday with a ceremony unlike any before: 6,800 athletes travelled along the Seine in 85 boats through steady rain.\n\nCeline Dion sang from the Eiffel Tower to close the show, and Marie-José Pérec and Teddy Riner lit the cauldron. President Emmanuel Macron declared the Games open."),
    ("paris-opening", "Sportschau", "de", "26.07.2024",
     "Regen, Boote, Céline Dion: Paris eröffnet die Spiele",
     "Die Eröffnungsfeier auf der Seine begeistert trotz Dauerregen.",
     "Paris. Mit einer Parade auf der Seine sind die Olympischen Sommerspiele eröffnet worden. Rund 6.800 Athletinnen und Athleten fuhren in 85 Booten durch die Stadt. Das deutsche Team wurde von Dennis Schröder und Anna-Maria Wagner angeführt.\n\nZum Abschluss sang Céline Dion am Eiffelturm. Teddy Riner und Marie-José Pérec entzündeten das Feuer."),
    ("paris-opening", "The Guardian", "en", "26 July 2024",
     "A wet, wild and wonderful opening ceremony on the Seine",
     "Paris 2024 begins with a four-hour river pageant.",
     "Paris threw the Olympic opening ceremony out of the stadium and onto the Seine, and the rain could not spoil it. 85 boats carried athletes past Notre-Dame and the Louvre.\n\nThe night ended with Celine Dion at the Eiffel Tower and the cauldron lit by Teddy Riner and Marie-José Pérec."),
    # --- Kishida visits Washington, 10 April 2024 (seed 002's event) ------------------------
    ("kishida-washington", "Tagesschau", "de", "10.04.2024 22:30",
     "Biden empfängt Kishida mit militärischen Ehren",
     "Die USA und Japan vereinbaren die engste Zusammenarbeit seit Jahrzehnten.",
     "Washington. US-Präsident Joe Biden hat Japans Premierminister Fumio Kishida im Weißen Haus empfangen. Beide kündigten an, die Kommandostrukturen ihrer Streitkräfte enger zu verzahnen.\n\nJapan soll zudem an einer Mondmission der Nasa beteiligt werden: Erstmals soll ein japanischer Astronaut den Mond betreten. Biden nannte das Bündnis einen Leuchtturm für die Welt."),
    ("kishida-washington", "NPR", "en", "April 10, 2024",
     "Biden hosts Kishida for state visit, upgrades military ties",
     "The two leaders announced more than 70 defence agreements.",
     "WASHINGTON - President Joe Biden welcomed Japanese Prime Minister Fumio Kishida to the White House on Wednesday for a state visit, announcing plans to upgrade the command structure between US and Japanese forces.\n\nA Japanese astronaut will join a future NASA mission to the moon. The leaders unveiled more than 70 defence agreements. Kishida addresses Congress on Thursday."),
    ("kishida-washington", "Handelsblatt", "de", "11.04.2024",
     "Kishida in Washington: Japan rüstet mit den USA auf",
     "Mondlandung, Raketen, Kommandostruktur – der Staatsbesuch bringt mehr als 70 Vereinbarungen.",
     "Fumio Kishida und Joe Biden haben bei ihrem Treffen im Weißen Haus mehr als 70 Vereinbarungen unterzeichnet. Die Streitkräfte sollen künftig enger zusammenarbeiten, Japan wird Teil einer Nasa-Mondmission.\n\nMicrosoft kündigte Investitionen von 2,9 Milliarden Dollar in Japan an. Am Donnerstag spricht Kishida vor dem Kongress."),
]

# Unrelated single articles, some on the same days and topics as the events above.
SINGLES: list[Article] = [
    ("single-1", "Tagesschau", "de", "12.09.2024", "Hochwasser in Polen und Tschechien erwartet",
     "Sturmtief Boris bringt extreme Regenmengen nach Mitteleuropa.",
     "Meteorologen warnen vor Dauerregen im Osten Europas. In Tschechien und Polen könnten bis zu 400 Liter pro Quadratmeter fallen. Die Behörden in Prag bereiten Sandsäcke vor."),
    ("single-2", "Handelsblatt", "de", "30.10.2025", "Siemens Energy hebt Prognose an",
     "Der Boom bei Gasturbinen treibt den Konzern.",
     "Siemens Energy erwartet für das Geschäftsjahr einen höheren Umsatz. Vorstandschef Christian Bruch verwies auf volle Auftragsbücher bei Gasturbinen für Rechenzentren. Die Aktie stieg um sechs Prozent."),
    ("single-3", "Reuters", "en", "October 28, 2025", "Samsung posts record chip sales on AI demand",
     "Memory chip prices rise as data centres expand.",
     "SEOUL - Samsung Electronics reported record quarterly revenue on Tuesday, driven by demand for high-bandwidth memory used in artificial intelligence servers. Operating profit rose 32% from a year earlier."),
    ("single-4", "FAZ", "de", "18.03.2025", "Grippewelle ebbt ab",
     "Das Robert-Koch-Institut meldet sinkende Fallzahlen.",
     "Die Zahl der Atemwegsinfektionen in Deutschland geht zurück. Das Robert-Koch-Institut zählte in der vergangenen Woche deutlich weniger Grippefälle. Kinderärzte berichten von leereren Wartezimmern."),
    ("single-5", "BBC", "en", "20 December 2024", "Magdeburg Christmas market attack",
     "A car drove into crowds at a market in the German city.",
     "A car was driven into a crowded Christmas market in Magdeburg on Friday evening, killing several people and injuring more than 200. Police arrested the driver, a doctor who had lived in Germany since 2006."),
    ("single-6", "Der Spiegel", "de", "05.08.2024", "Olympia: Deutsche Hockey-Herren im Halbfinale",
     "Nach einem Sieg gegen Argentinien geht es gegen Indien.",
     "Die deutschen Hockeyspieler stehen bei den Olympischen Spielen in Paris im Halbfinale. Gegen Argentinien gewann das Team von Bundestrainer André Henning im Penaltyschießen."),
    ("single-7", "Nikkei Asia", "en", "October 21, 2025", "Toyota recalls 100,000 vehicles over camera fault",
     "The recall covers models sold in Japan and North America.",
     "Toyota Motor said it would recall about 100,000 vehicles because rear-view cameras may fail to display an image. Dealers will update the software free of charge."),
    ("single-8", "Tagesspiegel", "de", "17.10.2024", "Berliner Senat streicht Kulturförderung",
     "Theater und Museen müssen mit zehn Prozent weniger auskommen.",
     "Der Berliner Senat kürzt den Kulturhaushalt im kommenden Jahr um rund 130 Millionen Euro. Kultursenator Joe Chialo verteidigte die Sparpläne, Intendanten protestierten vor dem Roten Rathaus."),
    ("single-9", "The Verge", "en", "September 17, 2024", "Apple releases iOS 18",
     "The update brings home screen customisation and a new Photos app.",
     "Apple released iOS 18 on Monday with new ways to arrange apps, a redesigned Photos app and RCS messaging. Apple Intelligence features will follow in October."),
    ("single-10", "Tagesschau", "de", "11.10.2024", "Hurrikan Milton: Zahl der Toten steigt",
     "Florida beginnt mit den Aufräumarbeiten.",
     "Nach dem Durchzug von Hurrikan Milton sind in Florida mindestens 16 Menschen ums Leben gekommen. Gouverneur Ron DeSantis sagte, die Schäden seien geringer als befürchtet."),
    ("single-11", "Handelsblatt", "de", "06.12.2024", "Commerzbank: Unicredit stockt auf",
     "Die Italiener halten nun rund 28 Prozent.",
     "Die italienische Großbank Unicredit hat ihren Zugriff auf die Commerzbank ausgebaut. Unicredit-Chef Andrea Orcel spricht von einer Investition, die Bundesregierung lehnt eine Übernahme ab."),
    ("single-12", "AP", "en", "March 26, 2024", "Supreme Court weighs abortion pill access",
     "Justices appeared skeptical of a challenge to mifepristone.",
     "WASHINGTON (AP) - The Supreme Court on Tuesday seemed likely to preserve access to the abortion pill mifepristone, with justices questioning whether the doctors who sued had standing."),
    ("single-13", "NZZ", "de", "21.10.2025", "Schweizer Franken auf Rekordhoch zum Euro",
     "Die Nationalbank beobachtet die Entwicklung.",
     "Der Franken ist so stark wie nie seit der Einführung des Euro. Die Schweizerische Nationalbank schließt Devisenmarktinterventionen nicht aus, Exporteure klagen über sinkende Margen."),
    ("single-14", "Sportschau", "de", "20.12.2024", "Bayern München überwintert an der Spitze",
     "Nach dem Sieg gegen Leipzig beträgt der Vorsprung vier Punkte.",
     "Der FC Bayern München hat das Spitzenspiel gegen RB Leipzig mit 5:1 gewonnen. Harry Kane traf doppelt, Trainer Vincent Kompany lobte die Moral."),
]


def write() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.txt"):
        old.unlink()
    gold: dict[str, list[str]] = {}
    for number, (event, outlet, _lang, date, title, teaser, body) in enumerate(ARTICLES + SINGLES):
        name = f"{number:03d}_{event}.txt"
        (OUT / name).write_text(f"{title}\n\n{teaser}\n\n{date} · {outlet}\n\n{body}\n", encoding="utf-8")
        gold.setdefault(event, []).append(name)
    (OUT / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write()
