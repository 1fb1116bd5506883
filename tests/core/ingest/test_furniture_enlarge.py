"""A picture's "click to enlarge" button, alone or inside its caption, marks a caption; so
does a gallery's counter. A financial page's note on its market data is footer.

Copied pages keep the button's words under or inside a picture's caption ("… Zum Vergrößern
auf das Bild klicken. (Stand Juni 2016) CC-BY-SA"); a real dev page kept such a caption as the
article's paragraph. The lines are written by hand; which are captions is hand knowledge.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases

CAPTIONS = (
    "Das Netzwerk der Firmen im Überblick. Zum Vergrößern auf das Bild klicken. (Stand Mai 2020)",
    "Karte der neuen Radwege. Zum Vergrößern die Grafik anklicken.",
    "Klicken Sie zum Vergrößern",
    "Zum Vergrößern klicken",
    "The new bridge from the air. Click the image to enlarge.",
    "Click to enlarge",
    "Enlarge image",
    "Le nouveau pont vu du ciel. Cliquez sur l'image pour l'agrandir.",
    "El nuevo puente desde el aire. Haga clic en la imagen para ampliarla.",
)
PROSE = (
    "Das Bild lässt sich zum Vergrößern nicht anklicken, sagte die Sprecherin des Museums.",
    "The council wants to enlarge the square in front of the station by next summer.",
    "Zum Vergrößern der Anlage braucht der Betrieb eine neue Genehmigung der Stadt.",
    "Wer zum Vergrößern der Wohnung einen Anbau plant, braucht eine Genehmigung der Stadt.",
)


@pytest.mark.parametrize("line", CAPTIONS)
def test_the_enlarge_button_marks_a_caption(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) == phrases.CAPTION


@pytest.mark.parametrize("line", PROSE)
def test_sentences_about_enlarging_are_no_caption(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) is None


@pytest.mark.parametrize(
    "line", ["Image 1 of 8", "Bild 3 von 12", "Photo 2 sur 10", "Foto 1 de 5", "Slide 4 / 9"]
)
def test_a_gallerys_counter_is_a_caption(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) == phrases.CAPTION


def test_a_sentence_with_a_count_of_pictures_is_no_counter() -> None:
    line = "Foto 1 de 5 muestra el puente antes de la obra, cuando aún tenía dos carriles."
    assert phrases.prompt_reason(line, len(line.split())) is None


@pytest.mark.parametrize(
    "line",
    [
        "Most stock quote data provided by an exchange. Market indices are shown in real time.",
        "Market data provided by an exchange; indices are shown in real time.",
        "Kurse 15 Minuten zeitverzögert. Alle Angaben ohne Gewähr.",
        "Kursdaten von einer Börse, Stand 18 Uhr.",
    ],
)
def test_a_note_on_market_data_is_footer(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) == phrases.FOOTER


def test_a_story_about_delayed_data_is_no_note() -> None:
    line = "The data release was delayed by two weeks because of the government shutdown."
    assert phrases.prompt_reason(line, len(line.split())) is None


@pytest.mark.parametrize(
    "line",
    [
        "Paris Haute Couture, the designer's gown on the runway, Bild via",
        "Die Brücke im Nebel, Foto via Wikimedia Commons",
        "The old harbour at dawn. Image via Flickr",
    ],
)
def test_a_credit_closing_a_caption_marks_it(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) == phrases.CAPTION


@pytest.mark.parametrize(
    "line",
    [
        "Sie schickte das Foto via WhatsApp.",
        "We sent the image via email to the police, who confirmed it was fake.",
    ],
)
def test_a_picture_sent_via_something_is_no_credit(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) is None
