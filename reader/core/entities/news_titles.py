"""News outlets known by their titles: "according to The Verge", "CNET found", "the Orange
County Register", "laut Kronen Zeitung", "im Hamburger Abendblatt".

News and blogs cite other outlets all the time, named once and with nothing that says what
they are; read as words they became people ("Rolling Stone", "Fox News"), places ("Orange
County") or nothing ("Wired", "Business Insider"). Titles are general knowledge, as the stock
index members of `companies` are: this is the list of the outlets English and German news cites
most — agencies, papers, broadcasters, magazines, tech sites and the journals science news
quotes. A title that is also an everyday word on its own ("Time", "People", "Science", "Die
Welt", "Spiegel", "Stern") is left out unless written in a form no sentence uses otherwise
("Spiegel Online", "Welt am Sonntag", "Time magazine" is not listed either): a wrong outlet
costs more than a missed one.
"""

from __future__ import annotations

from functools import lru_cache

from reader.core.entities.cues import bare
from reader.core.entities.names import Token, dictionary_word

# Titles as the outlets write them; matched without a leading "The"/"Die"/"Der" and ignoring
# case, so "The Wall Street Journal" and "the Wall Street Journal" are one.
_TITLES = """
Associated Press|Agence France-Presse|Al Jazeera|Deutsche Presse-Agentur|Kyodo News|
New York Times|Washington Post|Wall Street Journal|USA Today|Los Angeles Times|Chicago Tribune|
Boston Globe|San Francisco Chronicle|Houston Chronicle|Dallas Morning News|Miami Herald|
Seattle Times|Denver Post|Philadelphia Inquirer|Star Tribune|Arizona Republic|
Orange County Register|Tampa Bay Times|Baltimore Sun|Detroit Free Press|Chicago Sun-Times|
New York Post|New York Daily News|Atlanta Journal-Constitution|Las Vegas Review-Journal|
Hollywood Reporter|Entertainment Weekly|Us Weekly|E! News|BuzzFeed|BuzzFeed News|HuffPost|
Huffington Post|Daily Beast|Mother Jones|National Review|New Yorker|Vanity Fair|Rolling Stone|
ProPublica|Fox News|Fox Business|ABC News|CBS News|NBC News|CBS Sports|NBC Sports|ESPN|
Bleacher Report|Sports Illustrated|Yahoo News|Yahoo Finance|Yahoo Sports|Business Insider|
MarketWatch|Financial Times|New York Magazine|Washington Examiner|Washington Times|
Wired|Variety|Billboard|Pitchfork|Mediaite|TMZ|CNN|MSNBC|CNBC|NPR|PBS|BBC|BBC News|Sky News|
ITV News|Daily Telegraph|Sunday Times|Daily Mail|Mail Online|MailOnline|Daily Mirror|
Evening Standard|New Statesman|Sydney Morning Herald|Toronto Star|Globe and Mail|
National Post|Times of India|Hindustan Times|South China Morning Post|Japan Times|Nikkei Asia|
Korea Herald|Korea Times|Straits Times|People's Daily|Global Times|China Daily|Jerusalem Post|
Haaretz|Times of Israel|Kyiv Independent|Moscow Times|
TechCrunch|Ars Technica|CNET|ZDNet|PCMag|PC Magazine|PCWorld|PC World|Tom's Guide|
Tom's Hardware|Digital Trends|9to5Mac|9to5Google|9to5Toys|MacRumors|AppleInsider|
Android Authority|Android Central|Verge|Next Web|VentureBeat|Motherboard|
Popular Science|Popular Mechanics|Scientific American|New Scientist|National Geographic|
New England Journal of Medicine|Lancet|JAMA|PNAS|Kotaku|IGN|GameSpot|Eurogamer|PC Gamer|
Spiegel Online|Zeit Online|Welt am Sonntag|Bild am Sonntag|Frankfurter Allgemeine Zeitung|
Frankfurter Allgemeine|Frankfurter Allgemeine Sonntagszeitung|Frankfurter Rundschau|
Süddeutsche Zeitung|Berliner Zeitung|Berliner Morgenpost|Hamburger Abendblatt|
Kölner Stadt-Anzeiger|Rheinische Post|Westdeutsche Allgemeine Zeitung|Stuttgarter Zeitung|
Stuttgarter Nachrichten|Münchner Merkur|Augsburger Allgemeine|Neue Zürcher Zeitung|
Tages-Anzeiger|Kronen Zeitung|Kleine Zeitung|Salzburger Nachrichten|Oberösterreichische
Nachrichten|Wiener Zeitung|Mitteldeutsche Zeitung|Leipziger Volkszeitung|Sächsische Zeitung|
Hannoversche Allgemeine Zeitung|Neue Osnabrücker Zeitung|Badische Zeitung|Nürnberger
Nachrichten|Weser-Kurier|Ostsee-Zeitung|Wirtschaftswoche|Manager Magazin|Deutschlandfunk|
Deutsche Welle|Tagesschau|Tagesthemen|heute journal|hessenschau|n-tv|ntv|Bild-Zeitung|
Focus Online|t-online|heise online|Golem.de|t3n|Netzpolitik.org|Computer Bild|Auto Bild|
Sport Bild|Jüdische Allgemeine|ZDF|ARD|ORF|SRF|WDR|NDR|SWR|MDR|RBB
"""


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(" ".join(t.split()).casefold() for t in _TITLES.split("|") if t.strip())


@lru_cache(maxsize=1)
def _last_words() -> frozenset[str]:
    return frozenset(title.rsplit(" ", 1)[-1] for title in _titles())


_ARTICLES = frozenset(("the", "die", "der", "des", "dem", "den"))


def _key(run: list[Token]) -> str:
    words = [w.text for w in run]
    if words and words[0].casefold() in _ARTICLES:
        words = words[1:]
    if not words:
        return ""
    return " ".join([*words[:-1], bare(words[-1])]).casefold().replace("’", "'")


def outlet_span(run: list[Token]) -> tuple[int, int] | None:
    """Where a known outlet's title stands in a run as a name of its own, without an article
    before it ("Laut Spiegel Online", "the Orange County Register and Business Insider"; a
    possessive is allowed: "Rolling Stone's"), or None. A title inside a longer name is part of
    that name ("JAMA Psychiatry", "Juristische Kommission des MDR", "CBS Sports NFL Insider")."""
    titles, lasts = _titles(), _last_words()
    # a title ends with one of the titles' last words: asked once per word, not per stretch
    ends = [bare(w.text).casefold().replace("’", "'") in lasts for w in run]
    for start in range(len(run)):
        if start and not _opens(run, start):
            continue
        for end in range(len(run), start, -1):
            if (
                (end < len(run) and not _closes(run[end]))
                or not ends[end - 1]
                or _key(run[start:end]) not in titles
            ):
                continue
            first = run[start]
            if first.text.casefold() in _ARTICLES and (
                first.text.islower() or first.sentence_start or start
            ):  # "the New York Times", "From The New York Times"; "told The Daily Beast"
                start += 1  # keeps its "The", as a title standing alone does
            if (
                end - start == 1
                and run[start].sentence_start
                and dictionary_word(bare(run[start].text))
            ):
                return None  # "Variety is the spice of life": a word opening a sentence
            return start, end
    return None


def _opens(run: list[Token], at: int) -> bool:
    """Whether a name may begin at `at`: after a small word that joins two names ("and",
    "und", "in"), not after one that makes a name part of another ("des", "of")."""
    before = run[at - 1].text
    if at == 1 and run[0].sentence_start and not before[:1].islower():
        return True  # "Laut Spiegel Online", "According to …": what opens the sentence
    return before.islower() and before not in _LINKS


def _closes(after: Token) -> bool:
    return after.text.islower() and after.text not in _LINKS


# Small words that make the name before or after them part of a longer one.
_LINKS = frozenset(("des", "der", "of", "von", "für", "for", "de", "du", "at"))
