"""Consent boxes, social-embed placeholders and cookie-settings panels are site chrome in
every language, and a headline is never one of their headings.

Copied pages carry them wherever the site put them, often just above the article: a social
button's consent box ("Zu Ihrer Information" / "Wenn Sie diesen Button anklicken, werden
persönliche Daten an Facebook übertragen. Sind Sie damit einverstanden?"), a blocked embed
("Externer Inhalt", "Load content from Instagram") or a shop's cookie-settings panel
("Notwendige und Performance-Cookies" / "Die Performance-Cookies helfen …"). Their lines were
taken for the article's start, and their headings for the headline. The lines below are written
by hand in those shapes; which are chrome is hand knowledge.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

CONSENT_SENTENCES = (
    "Wenn Sie diesen Button anklicken, werden persönliche Daten an Facebook übertragen. "
    "Sind Sie damit einverstanden?",
    "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
    "Klicken Sie hier, um den Inhalt von Instagram anzuzeigen.",
    "Hier können Sie mit unserem Formular diese Seite empfehlen. Es werden keine "
    "persönlichen Daten gespeichert.",
    "By clicking, you agree that external content may be displayed.",
    "If you click this button, your personal data will be transferred to Twitter.",
    "Load content from Instagram",
    "En cliquant sur ce bouton, vous acceptez l'affichage de contenus externes.",
    "Charger le contenu",
    "Al hacer clic, aceptas que se muestre contenido de YouTube.",
    "Cargar contenido",
    "Cliccando sul pulsante accetti di visualizzare contenuti di terze parti.",
    "Carica il contenuto",
    # Lines that hold no other word of the pre-test (no "content", no "klick"): "cliquant" has
    # no "clic" in it, and "Daten" can end the sentence.
    "En cliquant sur ce bouton, vous acceptez les conditions de Facebook.",
    "Über diese Schaltfläche teilen Sie die Seite, es übermittelt keine persönlichen Daten.",
)
PANEL_SENTENCES = (
    "Diese Cookies sind notwendig, damit die Grundfunktionen der Seite genutzt werden können.",
    "Die Performance-Cookies helfen uns, die Nutzung der Seite zu analysieren.",
    "These cookies allow us to count visits and traffic sources.",
    "Ces cookies permettent de mesurer l'audience du site.",
    "Estas cookies nos permiten contar las visitas.",
    "Questi cookie consentono di misurare il traffico del sito.",
)
PANEL_LABELS = (
    "Notwendige Cookies",
    "Notwendige und Performance-Cookies",
    "Notwendige, Performance- und Marketing- & Dritt-Cookies",
    "Marketing cookies",
    "Functional and analytics cookies",
    "Cookies analytiques",
    "Cookies de terceros",
    "Cookie tecnici",
    "Externer Inhalt",
    "External content",
    "Contenu externe",
    "Contenido externo",
    "Contenuto esterno",
    "Alle akzeptieren",
    "Accept all cookies",
    "Tout refuser",
    "Aceptar todas",
    "Accetta tutti",
    "Einstellungen speichern",
    "Datenschutzeinstellungen",
    "Consent preferences",
)
PROSE = (
    "Die Daten werden nachts an das Rechenzentrum in Frankfurt übertragen, sagt der Betreiber.",
    "Laut Hersteller werden keine persönlichen Daten gespeichert.",
    "Die Kekse und Cookies sind in der Weihnachtszeit besonders beliebt.",
    "Third-party cookies are being phased out by Google next year, the company said.",
    "The museum will load the content of its archive onto a new server next year.",
    "Le contenu du rapport a été publié mardi par le ministère.",
)
HEADLINES = (
    "Google schafft Third-Party-Cookies ab",
    "Cookies: Was Nutzer jetzt wissen müssen",
    "Externe Berater kosten den Bund Millionen",
)


@pytest.mark.parametrize("line", CONSENT_SENTENCES + PANEL_SENTENCES)
def test_a_consent_box_sentence_is_a_cookie_notice(line: str) -> None:
    reason = phrases.label_reason(line) or phrases.prompt_reason(line, len(line.split()))
    assert reason in (phrases.COOKIES, phrases.NEWSLETTER)


@pytest.mark.parametrize("line", PANEL_LABELS)
def test_a_consent_panel_heading_or_button_is_a_cookie_notice(line: str) -> None:
    assert phrases.label_reason(line) == phrases.COOKIES


@pytest.mark.parametrize("line", PROSE + HEADLINES)
def test_prose_and_headlines_about_data_or_cookies_stay(line: str) -> None:
    assert phrases.label_reason(line) is None
    assert phrases.prompt_reason(line, len(line.split())) is None


# A share panel's consent box between the menu and the story, each button's notice under the
# same heading; the story's date, headline and standfirst follow. The heading shares words with
# the story's opening ("zur Information ihrer Mitglieder"), and stands over the date once the
# notices are set aside: only that it heads a notice tells it from the headline.
PAGE = """Startseite
Presse
Pressemitteilungen
Das Verbandsmagazin im Überblick.

Exklusive Artikel, Kommentare und Interviews zu den aktuellen Themen der Branche sowie viele Zahlen, Daten und Fakten erwarten die Leser in jeder Ausgabe.

Termine
Archiv
Mitglieder
Kontakt
Empfehlen Sie uns weiter

Zu Ihrer Information

Wenn Sie diesen Button anklicken, werden persönliche Daten an Facebook übertragen. Sind Sie damit einverstanden?

Zu Ihrer Information

Wenn Sie diesen Button anklicken, werden persönliche Daten an Twitter übertragen. Sind Sie damit einverstanden?

Zu Ihrer Information

Hier können Sie mittels unseres Formulars eine Seite empfehlen. Es werden keine persönlichen Daten gespeichert.

12. März 2021 | Pressemitteilungen

Verleger wählen neuen Vorstand in Berlin
Die Mitgliederversammlung tagte zum ersten Mal digital

Themen: Verbandspolitik

Der Verband hat am Freitag in Berlin einen neuen Vorstand gewählt, der die Verleger in den kommenden vier Jahren vertreten wird; zur Information ihrer Mitglieder stellten sich alle Kandidaten vorher vor.

Die Wahl fand zum ersten Mal digital statt; mehr als zweihundert Mitglieder gaben ihre Stimme ab, teilte der Verband am Abend in einer Mitteilung mit.

Der neue Vorstand will sich in den ersten Monaten mit der Zustellung auf dem Land befassen, wo die Kosten am stärksten gestiegen sind.
"""


def test_the_headline_under_a_consent_box_is_found() -> None:
    article = parse(normalise(PAGE))
    assert article.title == "Verleger wählen neuen Vorstand in Berlin"
    assert "Der Verband hat am Freitag" in article.body
    assert "übertragen" not in article.body
    assert "Zu Ihrer Information" not in article.body
