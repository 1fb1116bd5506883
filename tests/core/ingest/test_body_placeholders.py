"""Where an embed did not load, its consent notice or script request is not the article.

Copied pages carry a line for every blocked video, map, post or slideshow ("This slideshow
requires JavaScript", "Mit dem Laden des Videos akzeptieren Sie …"); real dev pages kept them
between or under the article's paragraphs. The lines below are written by hand in those
shapes; which are placeholders is hand knowledge.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_placeholders import is_placeholder
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

PLACEHOLDERS = (
    "This gallery requires JavaScript.",
    "Please enable JavaScript to watch this video.",
    "Bitte aktivieren Sie JavaScript, um die Karte zu sehen.",
    "Mit dem Laden der Karte akzeptieren Sie die Datenschutzerklärung von Google.",
    "Klicken Sie auf den Button, um das Video von YouTube zu laden.",
    "By loading the video, you agree to YouTube's privacy policy.",
    "Click here to load the content from Twitter.",
    "Video laden",
    "Activez JavaScript pour voir cette vidéo.",
    "Dieses Widget funktioniert nur mit der Einbindung eines Drittanbieters.",
    "Hier steht ein Inhalt von einem Drittanbieter. Ändern Sie Ihre Einstellungen, um ihn zu sehen.",
    "This third-party content cannot be shown: change your cookie settings to load it.",
    # A banner for an old browser (de-web: homify.de, n-land.de), in the shapes sites write it.
    "Ihr Browser ist veraltet!",
    "Dein Browser ist leider veraltet.",
    "Your browser is out of date.",
    "You are using an outdated browser. Please upgrade your browser to improve your experience.",
    "Bitte aktualisieren Sie Ihren Browser, um diese Seite richtig anzuzeigen.",
    "Lade einen neueren Browser kostenlos herunter, um alle Funktionen zu nutzen.",
    "Hinweis: Ihr Browser ist veraltet.",
)
PROSE = (
    "JavaScript is the language every browser runs, and most sites use it for menus.",
    "Der Laden an der Ecke hat nach vierzig Jahren geschlossen, sagt die Besitzerin.",
    "The page took a long time to load because the server was overloaded.",
    "Wir laden Sie herzlich zu unserem Sommerfest im Garten des Pfarrhauses ein.",
    "Der Drittanbieter lieferte die Teile für die Brücke zwei Monate zu spät.",
    "Third-party sellers make up more than half of the platform's sales this year.",
    "Many attacks target an outdated browser, the researchers found.",
    "Update your browser regularly, the agency advises, as it does for every app.",
    "Der alte Browser der Behörde ist veraltet, sagt der Datenschutzbeauftragte.",
    # A story about browsers quotes the banner's words, or reports who says them.
    "Chrome ist veraltet, warnt das BSI.",
    "Your browser is out of date, says Google.",
    '"Your browser is out of date", Chrome will tell millions of Windows 7 users from March.',
    "Wer Windows 7 nutzt, sieht bald die Meldung: Ihr Browser ist veraltet.",
    "Please update your browser, the BSI warns after the attack.",
    "Laden Sie einen aktuellen Browser herunter, rät das BSI den Nutzern von Windows 7.",
    "Most modern browser vendors now install updates silently in the background.",
)


@pytest.mark.parametrize("line", PLACEHOLDERS)
def test_an_embed_placeholder_is_consent_furniture(line: str) -> None:
    assert is_placeholder(line.lower(), len(line.split()))
    assert phrases.prompt_reason(line, len(line.split())) == phrases.COOKIES


@pytest.mark.parametrize("line", PROSE)
def test_sentences_about_scripts_or_loading_are_prose(line: str) -> None:
    assert not is_placeholder(line.lower(), len(line.split()))


PAGE = """Startseite
Radtouren
Mit dem Rad um den Müggelsee
Der Müggelsee ist der größte See Berlins, und eine Runde mit dem Rad um ihn herum dauert an einem Nachmittag etwa drei Stunden.
Die Strecke führt zuerst durch den Wald bei Rahnsdorf und dann am Ufer entlang, wo im Sommer viele Badestellen zum Halt einladen.
In Friedrichshagen lohnt sich eine Pause in der Bölschestraße, bevor es mit der Fähre zurück ans andere Ufer geht.
Klicken Sie auf den unteren Button, um die Karte von einem externen Anbieter zu laden.
Teilen
"""


def test_the_placeholder_under_an_article_is_set_aside() -> None:
    roles = {b.text: b.role for b in parse(normalise(PAGE)).blocks}
    last = next(text for text in roles if text.startswith("In Friedrichshagen"))
    assert roles[last] is BlockRole.BODY
    notice = next(text for text in roles if text.startswith("Klicken Sie"))
    assert roles[notice] is BlockRole.BOILERPLATE


BANNER_PAGE = """Dein Browser ist leider veraltet.

Lade für ein schöneres Erlebnis einen neueren Browser kostenlos herunter. Tippe dazu einfach auf das Symbol!

Wohnen
Garten
Magazin
Anmelden
Die Kommode aus Eiche wird zum Blickfang
Eine alte Kommode lässt sich mit wenig Aufwand auffrischen.
Schleifen Sie zuerst die alte Farbe ab und tragen Sie dann eine dünne Schicht Öl auf.
"""


def test_an_old_browser_banner_over_the_page_is_neither_title_nor_text() -> None:
    """de-web's homify.de page had the banner for its title and its second line, longer than
    any of a short article's sentences, for its text."""
    article = parse(normalise(BANNER_PAGE))
    assert article.title == "Die Kommode aus Eiche wird zum Blickfang"
    assert "Browser" not in article.body
    assert article.body.startswith("Eine alte Kommode")
