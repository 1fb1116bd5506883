"""A text is read in the language it is written in when its source's code says otherwise:
German marked "en" is read as German (its nouns are no names), Russian or Portuguese marked
"en" as a language the rules do not read (no organisations from its sentence openers); an
English text quoting German stays English, and a short one keeps its code. Expected names
read off hand-written texts."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract
from reader.core.entities.written_language import written_in

_GERMAN = (
    "Die Kliniken der Region stellen ihre Abläufe um. Mit der neuen Software wird die "
    "Aufnahme der Patienten schneller, und die Ärzte sehen die Befunde auf einen Blick. "
    "Das ist nicht nur für die Verwaltung ein Gewinn, auch die Pflege hat mehr Zeit für "
    "die Menschen auf den Stationen. Der Betreiber Qualvita Kliniken hat sich für eine "
    "Lösung entschieden, die auf dem Standard der Branche beruht. Leistungserbringer und "
    "Krankenkassen tauschen die Daten dann über eine sichere Verbindung aus, die von einem "
    "Dienstleister betrieben wird. Drucken muss dann niemand mehr etwas, sagt die Leiterin "
    "der Abteilung, und die Akten liegen nicht mehr auf den Fluren. Auch die Kosten sinken "
    "mit der Zeit, weil weniger Papier und weniger Wege anfallen."
)

_RUSSIAN = (
    "Здесь собраны лучшие рецепты недели. Наши авторы готовят просто и вкусно, а читатели "
    "делятся своими советами. Первые блюда получились особенно удачными: суп с грибами, "
    "салат с курицей и пирог с яблоками. Готовый обед можно взять с собой на работу. "
    "Конечно, каждый найдёт что-то своё. Приятного аппетита и до новых встреч в следующем "
    "выпуске нашего журнала о еде и кухне, где мы расскажем о десертах и напитках, о "
    "праздничном столе и о том, как накормить большую семью без лишних хлопот и затрат."
)


def test_german_marked_english_is_read_as_german() -> None:
    assert written_in(_GERMAN, "en") == "de"
    orgs = {f.name for f in extract(_GERMAN, "en") if f.kind is EntityKind.ORG}
    assert not {"Kliniken", "Drucken", "Leistungserbringer"} & orgs


def test_cyrillic_marked_english_makes_no_organisations() -> None:
    assert written_in(_RUSSIAN, "en") == "xx"
    assert not [f for f in extract(_RUSSIAN, "en") if f.kind is EntityKind.ORG]


def test_english_quoting_german_stays_english() -> None:
    text = (
        "The chancellor's office said on Monday that the talks with the unions had been "
        "constructive, and that a deal was likely before the end of the month. A spokesman "
        "quoted the minister: „Das ist ein guter Tag für die Beschäftigten und für das Land.“ "
        "The unions, which have been on strike for three weeks, said they were waiting for "
        "the written offer before they would call off the action. Shares in Brenmark Logistics "
        "rose 4% after the news, and analysts at the bank said the deal was better than they "
        "had expected for the company and for the sector as a whole this year."
    )
    assert written_in(text, "en") == "en"


def test_a_short_text_keeps_its_code() -> None:
    assert written_in("Die Kliniken der Region stellen ihre Abläufe um.", "en") == "en"
    assert written_in("Здесь собраны лучшие рецепты недели.", "de") == "de"


def test_japanese_marked_english_is_read_as_another_language() -> None:
    text = (
        "電子書籍を読む場合は、スマホやタブレットで読むことが多いと思いますが、"
        "パソコンでそのまま読みたい時もあります。そんな時に便利なのが、"
        "ブラウザで開ける読書アプリです。設定も簡単で、すぐに使い始めることができます。"
    ) * 4
    assert written_in(text, "en") == "xx"


def test_a_page_in_both_languages_keeps_its_code() -> None:
    english = (
        "The festival opens on Friday with a concert in the old harbour, and the organisers "
        "said that this year's programme is the largest in the history of the event. "
    )
    german = (
        "Das Festival beginnt am Freitag mit einem Konzert im alten Hafen, und die "
        "Veranstalter sagen, dass das Programm in diesem Jahr nicht kleiner ist als sonst. "
    )
    assert written_in((english + german) * 3, "en") == "en"
    assert written_in((english + german) * 3, "de") == "de"


def test_a_portuguese_page_quoting_a_german_name_is_no_german_text() -> None:
    text = (
        "O festival de música começa na sexta-feira no porto antigo da cidade. A banda "
        "alemã Feuer und Flamme toca no primeiro dia, e os organizadores dizem que a "
        "programação deste ano é a maior da história do evento. Os bilhetes já estão à "
        "venda nas lojas habituais e também pela internet, com desconto para estudantes "
        "e para quem comprar antes do fim do mês. A prefeitura vai reforçar o transporte "
        "público durante os três dias de festa, com mais ônibus e barcos até tarde da "
        "noite, e pede aos visitantes que deixem o carro em casa."
    )
    assert written_in(text, "en") == "xx"
