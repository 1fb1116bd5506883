"""The site's pitch under the article (join, subscribe, support, follow us) is not the article.

News and magazine pages close with a call to join the site's forum, get its magazine delivered
or follow it on a social network, written as a sentence; real dev pages kept it as the
article's last paragraph. The lines below are written by hand in those shapes; which are
pitches is hand knowledge.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_pitches import is_appeal, is_issue_pitch, is_pitch
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

PITCHES = (
    "Join our reader forum to keep talking about the election with other readers!",
    "Get the Harbour Review delivered to your door every month for a year.",
    "Support our journalism and become a member today.",
    "Follow the Daily Planet on Facebook, Twitter and Instagram.",
    "Folgen Sie uns auf Instagram und verpassen Sie keine neue Radtour.",
    "Werden Sie Mitglied in unserem Verein und unterstützen Sie die Arbeit vor Ort.",
    "Suivez-nous sur Twitter pour ne rien manquer de l'actualité de notre rédaction.",
    # "Click here" to subscribe, register or support the site.
    "Click here to support our reporting.",
    "Das Magazin jetzt auch digital! Einfach hier klicken und registrieren!",
    "Cliquez ici pour vous abonner à notre lettre d'information.",
)
STEPS = (
    # A how-to's steps open with the same verbs and name none of the site's wares.
    "Get the pan very hot before you add the onions, then turn the heat down.",
    "Follow the signs to the exit and take the second bus to the station.",
    "Support the baby's head with one hand while you lift it out of the bath.",
    # A deals list names a price, not the site's own wares.
    "Get it on Amazon for $139, the lowest price we have seen this year.",
    # "Click here" for more of the article's own matter.
    "Click here to get more information about the game or to see its trailer.",
    "Hier klicken, um die ganze Studie des Instituts als PDF zu lesen.",
    # A sentence that merely opens with the same word.
    "Support for the plan has grown since the council published its figures in May.",
)


@pytest.mark.parametrize("line", PITCHES)
def test_the_sites_pitch_is_advertising(line: str) -> None:
    assert is_pitch(line.lower(), len(line.split()))
    assert phrases.prompt_reason(line, len(line.split())) == phrases.ADVERTISING


@pytest.mark.parametrize("line", STEPS)
def test_steps_and_deals_are_no_pitch(line: str) -> None:
    assert not is_pitch(line.lower(), len(line.split()))


PAGE = """Home
Space
Rocket launch slips to next week
The launch of the new heavy rocket has slipped to next Tuesday after engineers found a faulty valve during the final tests.
The company said the valve would be replaced over the weekend and that the payload, a weather satellite, was not affected.
It is the third delay this year, and the launch window closes at the end of the month.
Join our space forums to keep talking about the latest missions, the night sky and more with other readers!
Terms of use
"""


def test_the_pitch_under_an_article_is_set_aside() -> None:
    roles = {b.text: b.role for b in parse(normalise(PAGE)).blocks}
    last = next(text for text in roles if text.startswith("It is the third delay"))
    assert roles[last] is BlockRole.BODY
    pitch = next(text for text in roles if text.startswith("Join our space forums"))
    assert roles[pitch] is BlockRole.BOILERPLATE


APPEALS = (
    "Ihr Beitrag hilft, unsere Berichterstattung weiter auszubauen und kostenlos anzubieten.",
    "Wenn Ihnen unser unabhängiger Journalismus etwas wert ist, unterstützen Sie uns mit einer Spende.",
    "Your support keeps our reporting free for everyone. Every contribution, big or small, helps.",
    "Votre soutien permet à notre journalisme de rester libre et indépendant.",
    "Tu apoyo hace posible nuestro periodismo independiente.",
    "Il tuo contributo sostiene il nostro giornalismo indipendente.",
    "Seu apoio mantém nosso jornalismo independente no ar.",
    "Jouw bijdrage maakt onze onafhankelijke journalistiek mogelijk.",
)
NO_APPEALS = (
    # A story about funding journalism speaks to no reader.
    "Die Stiftung unterstützt seit Jahren den unabhängigen Journalismus in Osteuropa.",
    "Sie unterstützt mit ihrer Spende seit Jahren den Journalismus in Osteuropa.",
    "Unsere Stiftung unterstützt seit Jahren den unabhängigen Journalismus in Osteuropa.",
    "The foundation's donation will support local reporting in three rural counties.",
    # A reader addressed about journalism, with no support asked.
    "Sie lesen hier unseren Bericht über die Berichterstattung zur Wahl in Thüringen.",
)


@pytest.mark.parametrize("line", APPEALS)
def test_the_appeal_for_support_is_advertising(line: str) -> None:
    assert is_appeal(line.lower(), len(line.split()))
    assert phrases.prompt_reason(line, len(line.split())) == phrases.ADVERTISING


@pytest.mark.parametrize("line", NO_APPEALS)
def test_stories_about_funding_journalism_are_no_appeal(line: str) -> None:
    assert not is_appeal(line.lower(), len(line.split()))


# The print issue's pitch: the story, or more of it, is in the magazine's issue (de-web's
# reiterrevue page closed its article with the first; written here by hand in its shape), or
# the current issue is on sale (de-web's l-mag page, the fifth's shape, under its article).
ISSUE_PITCHES = (
    "Heu ist die Grundlage einer guten Fütterung. Was Sie beachten müssen, lesen Sie in unserer "
    "Februar-Ausgabe. Das Heft können Sie hier versandkostenfrei bestellen.",
    "Den ganzen Artikel finden Sie in unserer Gartenfreund Ausgabe 1/2023",
    "Mehr dazu erfahren Sie im aktuellen Heft, die Ausgabe ist am Kiosk und online erhältlich.",
    "Read the full story of the rescue in our March issue.",
    "Die aktuelle Ausgabe von Gartenfreund jetzt an jedem Kiosk, im Abo und als E-Paper erhältlich.",
    "The latest issue of Harbour Life is on newsstands now and in our app.",
    # de-web's Cicero page closes its adblock plea with the next line's shape.
    "Die aktuelle Ausgabe des Gartenfreund erhalten Sie am Kiosk.",
    "The new issue is on newsstands now.",
)
NO_ISSUE_PITCHES = (
    # Reporting on an issue, or an issue the story is about, sends the reader nowhere.
    "Wie wir in unserer letzten Ausgabe berichteten, hat der Stadtrat den Plan gebilligt.",
    "Die erste Ausgabe des Festivals fand 1998 in einer Scheune am Stadtrand statt.",
    "The issue of our water supply was raised again at the council meeting on Monday.",
    "Sie lesen hier, wie die Ausgaben der Stadt für Schulen gestiegen sind.",
    # A new edition on sale that is no issue of the site's magazine: the places say so.
    "Die neue Ausgabe des Stadtplans ist ab Montag im Rathaus und in der Bücherei erhältlich.",
    # A town's or a club's own new edition is the town's news, whatever else it is sold as.
    "Die neue Ausgabe des Bürgerblatts ist ab sofort im Rathaus, in der Bücherei und als "
    "E-Paper auf der Website der Gemeinde erhältlich.",
    "Das neue Heft des Heimatvereins ist im Rathaus und am Kiosk am Marktplatz erhältlich.",
    # A report on a magazine's new issue offers it to nobody.
    "Die aktuelle Ausgabe des Spiegel, die am Samstag an den Kiosken erscheint, berichtet über "
    "interne Papiere des Ministeriums.",
    "Die neue Ausgabe des Magazins liegt seit Donnerstag am Kiosk, sagte der Chefredakteur.",
    "The latest issue of Vogue, which hits newsstands on Friday, features the singer on its cover.",
    # An English issue can be a problem, or stamps; an English kiosk sells anything.
    "The current issue facing newsstand owners is the rising rent, which is now due monthly.",
    "The latest issue with the e-paper app is that it crashes, and no update is available now.",
    "The new issue of stamps goes on sale Monday at post office kiosks across the country.",
)


@pytest.mark.parametrize("line", ISSUE_PITCHES)
def test_the_print_issues_pitch_is_advertising(line: str) -> None:
    assert is_issue_pitch(line.lower())
    assert phrases.prompt_reason(line, len(line.split())) == phrases.ADVERTISING


@pytest.mark.parametrize("line", NO_ISSUE_PITCHES)
def test_reporting_on_an_issue_is_no_pitch(line: str) -> None:
    assert not is_issue_pitch(line.lower())


ISSUE_PAGE = """Startseite
Fütterung
Heulage: Besser als ihr Ruf?
Veröffentlicht am 03.02.2022 von Sarah Schnieder
Für Pferde mit Allergien kann Heulage eine Alternative zum Heu sein, wenn der Ballen trocken genug ist.
Auch bei Heulage kann es zu Schimmel kommen, wenn die Folie beschädigt ist. Kontrolle ist immer sinnvoll.
Heu ist die Grundlage einer guten Fütterung. Was Sie dabei beachten müssen, lesen Sie in unserer Februar-Ausgabe. Das Heft können Sie hier versandkostenfrei bestellen.
Impressum
"""


def test_the_print_issues_pitch_under_an_article_is_set_aside() -> None:
    roles = {b.text: b.role for b in parse(normalise(ISSUE_PAGE)).blocks}
    last = next(text for text in roles if text.startswith("Auch bei Heulage"))
    assert roles[last] is BlockRole.BODY
    pitch = next(text for text in roles if text.startswith("Heu ist die Grundlage"))
    assert roles[pitch] is BlockRole.BOILERPLATE
