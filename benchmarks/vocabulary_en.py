"""English word lists and templates: business news on trade, supply chains, chips and energy.

People quoted are invented; officials appear only by role, so no real person is misquoted.
"""

from __future__ import annotations

from benchmarks.lexicon import Lexicon

_WORDS = {
    "actor": (
        "Tokyo", "Washington", "Beijing", "Brussels", "the European Commission",
        "the Japanese government", "the Commerce Department", "the White House", "Berlin",
        "the World Trade Organization", "Seoul", "Taipei", "New Delhi", "the German government",
    ),
    "official": (
        "the US trade representative", "Japan's prime minister", "the EU trade commissioner",
        "Japan's economy minister", "Germany's economy minister", "a European Commission spokesperson",
        "a White House spokesperson", "China's commerce minister", "the German chancellor",
        "the US treasury secretary", "South Korea's industry minister", "the French finance minister",
    ),
    "person": (
        "analyst Miriam Hoffmann", "economist Jens Albrecht", "trade expert Yuki Tanaka",
        "industry veteran Thomas Berger", "supply-chain specialist Sabine Krämer",
        "strategist Kenji Watanabe", "commodities analyst Felix Brandt", "economist Clara Neumann",
        "energy researcher Lars Petersen", "Asia specialist Hannah Summers",
        "chip analyst Rajiv Menon", "consultant Daniel Okafor",
    ),
    "institute": (
        "a Frankfurt research firm", "the Institute for Trade Studies",
        "the Asia-Pacific Chamber of Commerce", "a Tokyo-based consultancy",
        "a Washington think tank", "the Centre for Industrial Policy", "a Singapore bank",
        "a London-based risk advisory",
    ),
    "source": (
        "industry data", "customs figures", "Japan's finance ministry", "Eurostat",
        "market researchers", "the trade association", "the International Energy Agency",
        "shipping brokers", "purchasing managers", "government statistics",
    ),
    "country": (
        "Japan", "China", "South Korea", "Taiwan", "Germany", "France", "India", "Australia",
        "Vietnam", "Indonesia", "Canada", "Mexico", "Poland", "Malaysia", "the Philippines",
    ),
    "city": (
        "Tokyo", "Washington", "Brussels", "Beijing", "Berlin", "Osaka", "Seoul", "Taipei",
        "Singapore", "Geneva", "Frankfurt", "Hamburg", "Jakarta", "Paris", "Ottawa",
    ),
    "fab_city": ("Kumamoto", "Dresden", "Magdeburg", "Arizona", "Hokkaido", "Ohio", "Grenoble"),
    "port": ("Hamburg", "Rotterdam", "Yokohama", "Shanghai", "Busan", "Singapore", "Antwerp",
             "Los Angeles"),
    "good": (
        "semiconductors", "rare earths", "liquefied natural gas", "lithium", "battery cells",
        "hydrogen", "steel", "permanent magnets", "chipmaking equipment", "solar panels",
        "gallium and germanium", "copper", "graphite", "AI chips", "nickel", "pharmaceuticals",
    ),
    "sector": (
        "chip industry", "car industry", "chemical sector", "steel industry", "energy sector",
        "electronics industry", "shipping industry", "defence industry", "battery sector",
        "solar industry", "logistics sector", "pharmaceutical industry",
    ),
    "company": (
        "Kansai Precision", "Nordwerk Electronics", "Hanseatic Chemicals", "Pacifica Semiconductor",
        "Mitsuda Heavy Industries", "Tessin Metals", "Orbis Logistics", "Kyoto Ceramic Systems",
        "Eastwind Energy", "Baltic LNG", "Meridian Batteries", "Sakura Materials", "Lumen Chips",
    ),
    "measure": (
        "a new export control regime", "the planned investment agreement",
        "the new critical minerals partnership", "a joint subsidy fund", "the EU Chips Act",
        "the agreed tariff truce", "a screening mechanism for foreign investment",
        "a capped industrial power price", "the supply chain due diligence law", "a free trade deal",
    ),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"),
    "month": ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"),
    "period": ("in the third quarter", "in the first half", "last year", "in September",
               "year on year", "in January", "in the fourth quarter", "in May"),
    "currency": ("euros", "dollars", "yen"),
}

_SENTENCES = (
    "{actor} wants to sharply reduce its reliance on imported {good} over the coming years.",
    "According to {source}, imports of {good} rose {pct} percent {period}.",
    "{official} said in {city} on {weekday} that cooperation on {good} would be expanded.",
    "{company} alone plans to invest some {bn} billion {currency} in new plants in {country} over the next {n} years.",
    "That is bad news for the {sector}, where margins are already under pressure.",
    "Experts expect prices for {good} to stay high until at least {year}.",
    "The parties want {measure} to take effect before the end of the year.",
    "Critics argue that {measure} mainly benefits large groups and does little for smaller suppliers.",
    "Officials in {city} point out that {pct} percent of demand for {good} is met by a single source.",
    "Talks between {city} and {city2} are seen as difficult because both sides want to protect their industries.",
    "At the same time, {country} is expanding its own production of {good} with state subsidies.",
    "Companies in the {sector} are therefore looking at suppliers in {country} or {country2}.",
    "Freight rates between {port} and {port2} have almost doubled since {month}.",
    "{person} of {institute} called the plans ambitious but achievable.",
    "Trade between the EU and {country} most recently stood at {bn} billion euros.",
    "Most of the value added in {good} is still created in Asia.",
    "The German government has promised to relaunch support programmes for the {sector}.",
    "Tighter export controls on {good} have applied since {month}, and Beijing openly uses them as leverage.",
    "Leaders meeting in {city} also agreed to develop common standards for {good}.",
    "Electricity for energy-intensive plants in Germany still costs far more than in {country}.",
    "Markets took the news calmly, with the benchmark index closing {move} percent higher on {weekday}.",
    "{company} cut its forecast for the current financial year, citing shortages of {good}.",
    "It remains unclear how {official} will respond to the new tariffs.",
    "Several shipping lines are still avoiding the Red Sea, adding up to {n} days to delivery times.",
    "The International Energy Agency expects demand for {good} to grow {pct} percent by {year}.",
    "Brussels is discussing an anti-coercion instrument that could also be used against {country}.",
    "Unions want subsidies for the {sector} to be tied to guarantees for local jobs.",
    "{institute} estimates that up to {n},000 jobs could be affected.",
    "{country} began stockpiling {good} as early as {past_year} to cushion supply disruptions.",
    "Interest in partnerships with European firms is also growing in {country}.",
    "{official} called the agreement \u201can important signal\u201d for the region.",
    "The yen last traded at {yen} to the dollar, which favours Japanese exporters.",
    "Whether the plans are enough to close the gap in {good} is disputed.",
    "Industry representatives warn of a subsidy race between the US, the EU and Japan.",
    "The new fab in {fab_city} is due to produce around {n}0,000 wafers a month from {year}.",
    "Both sides are also responding to rising tension in the Taiwan Strait.",
    "{company} confirmed that talks with partners in {country} were under way.",
    "For smaller suppliers to the {sector}, it mainly means more uncertainty.",
    "Prices for {good} rose {pct} percent {period}.",
    "Officials in {city} put the total cost of the programme at {bn} billion {currency}.",
    "Analysts see the move as an attempt to strengthen its hand before the next G7 summit.",
    "The priority now given to {good} shows how far thinking in {city} has shifted.",
    "The European Central Bank says it is watching energy prices closely.",
    "Pressure is also growing on {company} to move part of its production out of China.",
    "Lead times for electronic components have stretched to {n} weeks on average, according to {source}.",
    "Also under discussion is a fund that would support {sector} projects with up to {bn} billion {currency}.",
    "Diplomats in {city} do not expect a quick deal.",
    "The opposition accuses the government of underestimating the dependence on {good} for too long.",
    "{country} and {country2} put their cooperation on {good} in writing {period}.",
    "By {year}, the EU wants to meet at least {pct} percent of its demand for {good} itself.",
    "{company} expects sales to grow {pct} percent in {year}, driven mainly by demand from {country}.",
)

_QUOTES = (
    "\u201cWe cannot afford to depend on a single supplier for {good},\u201d said {person}.",
    "\u201cThe situation remains tense, but it is manageable,\u201d said {person} of {institute}.",
    "\u201cThis is a turning point for the {sector},\u201d {official} said on {weekday}.",
    "{person} put it bluntly: \u201cThose who do not invest now will fall behind.\u201d",
    "\u201cThis is about nothing less than our economic security,\u201d {official} said in {city}.",
    "\u201cThe era of cheap energy is over,\u201d {person} said in an interview.",
    "\u201cWe are seeing a shortage of {good} like nothing in years,\u201d said a manager at {company}.",
)

_TITLES = (
    "{country} and US deepen cooperation on {good}",
    "Race for raw materials: {actor} turns to new partners",
    "Counterweight to China: {country} and {country2} strengthen alliance",
    "Shortage of {good} hits the {sector}",
    "{company} to invest {bn} billion in {country}",
    "Trade dispute: what the new US tariffs mean for the {sector}",
    "EU plans safety net for the {sector}",
    "Rare earths: {country} secures access to new deposits",
    "Energy prices weigh on the {sector} more than expected",
    "Japan and EU agree partnership on {good}",
    "Export controls: Beijing tightens its grip on {good}",
    "New chip plant in {fab_city}: billions in aid for {company}",
    "How {country} plans to cut its dependence on China",
    "Europe needs a strategy for {good}",
    "Trade deal with {country}: what companies need to know",
    "US gas for {country}: long-term LNG contract signed",
    "Freight rates climb as delays build at the port of {port}",
    "Summit in {city} opens a new chapter with {country}",
)

_KICKERS = ("Analysis", "Opinion", "Trade", "Supply chains", "Energy", "Exclusive", "Explainer")

_TEASERS = (
    "{official} and {official2} want closer cooperation on {good}. For European companies that means new opportunities, and new risks.",
    "Prices for {good} are rising and supply chains are wobbling. Here is what it means for the {sector}.",
    "Meeting in {city}, both sides agreed on a road map. It is a clear signal to Beijing.",
    "{company} is investing {bn} billion {currency} in {country}, a sign of how global supply chains are shifting.",
    "Export controls, tariffs, subsidies: the race for {good} is heating up, and Europe risks falling behind.",
    "After months of talks, the agreement with {country} is done. Critics doubt it will reduce dependence on China.",
    "The {sector} is struggling with high costs. Now {measure} is supposed to bring relief.",
    "{country} is already one of the EU's most important trading partners. Now both sides want to work together on {good}.",
)

_HEADINGS = (
    "Background: Beijing's dominance", "What companies should do now",
    "What it means for European business", "The role of the {sector}", "A squeeze on {good}",
    "New partners in Asia", "Subsidies as a location factor", "Criticism from the opposition",
    "What happens next?", "A look at {country}", "Risks remain", "A signal to Beijing",
    "What experts expect", "A joint raw materials strategy", "Costly energy, scarce chips",
)

_LIST_INTROS = ("Key points:", "What companies should check now", "The agreement includes:")

_LIST_ITEMS = (
    "Review supply chains: find out which inputs for {good} come from a single region.",
    "Build partnerships: consider cooperation with companies in {country} to secure technology.",
    "Adjust inventories: raise safety stocks of critical components by {pct} percent.",
    "Use support programmes: check grants for projects in the {sector}.",
    "Protect contracts: agree price adjustment clauses for {good}.",
    "Plan scenarios: work out what a supply stop from {country} would mean for production.",
    "Professionalise risk management: identify the markets and suppliers you depend on most.",
)

_DATELINES = ("TOKYO \u2014", "WASHINGTON \u2014", "BRUSSELS \u2014", "BERLIN \u2014",
              "SEOUL (Reuters) -", "SINGAPORE \u2014", "LONDON \u2014")

_CAPTIONS = (
    "{official} and {official2} at a meeting in {city}.",
    "Containers at the port of {port}.",
    "A production line at {company} in {fab_city}.",
    "Demand for {good} is rising worldwide.",
    "The government district in {city}.",
)

_PAGE = {
    "authors": ("Emma Collins", "James Whitaker", "Priya Raman", "Michael Chen", "Sarah O'Neill",
                "David Mensah", "Laura Fischer", "Tom Hargreaves", "Aiko Nakamura",
                "Ben Cartwright", "Staff Reporter", "Emma Collins and Aiko Nakamura",
                "Michael Chen and Laura Fischer"),
    "skip": ("Skip to main content", "Skip to content", "Jump to navigation",
             "Skip to main navigation"),
    "nav": ("Home", "World", "Business", "Markets", "Technology", "Politics", "Opinion",
            "Climate", "Subscribe", "Sign in", "Search", "Podcasts", "Video", "Newsletters"),
    "sections": ("Business", "World", "Markets", "Technology", "Politics", "Opinion"),
    "crumbs": ("Business", "World", "Trade", "Energy", "Technology", "Asia", "Opinion"),
    "reading_time": ("{n} min read", "Reading time: {n} minutes", "{n}-minute read"),
    "credit": ("Photograph: Kim Kyung-Hoon/Reuters", "(Image credit: Getty Images)", "Photo: AP",
               "Image: Bloomberg", "Photo: AFP via Getty Images", "Illustration: AI-generated",
               "Photograph: Kyodo/Reuters"),
    "ad_marker": ("Advertisement", "ADVERTISEMENT", "Sponsored"),
    "ad": ("Story continues below advertisement", "Compare energy tariffs and save today",
           "Find your next job on our careers portal", "Try 4 weeks for $1",
           "Free valuation for your property in minutes"),
    "newsletter": ("Sign up for our Morning Briefing newsletter and get the day's top stories.",
                   "Get the latest trade news delivered to your inbox.",
                   "Enter your email address", "Sign up", "By signing up you agree to our Terms of Use."),
    "related_head": ("Related articles", "Read more:", "More on this story", "You might also like",
                     "Most read"),
    "topics_head": ("Related topics", "Topics", "More on these topics"),
    "topics": ("United States", "Japan", "China", "European Union", "Trade", "Semiconductors",
               "Energy", "Commodities", "Supply chains", "Tariffs", "Asia", "Industry"),
    "share": ("Share this article", "Share", "Facebook", "X", "LinkedIn", "Email", "Copy link",
              "Save", "Print"),
    "comments": ("Comments ({n})", "Join the conversation", "{n} comments", "View comments"),
    "legal": ("Terms of Use", "Privacy Policy", "Cookie Settings", "Contact us", "Accessibility",
              "Advertise with us", "Careers"),
    "app": ("Download our app to read on the go.",
            "Tap the share icon, then \u201cAdd to Home Screen\u201d."),
    "rights": ("All rights reserved.", "All rights reserved. Not for redistribution."),
}

ENGLISH = Lexicon(
    lang="en",
    decimal_comma=False,
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
