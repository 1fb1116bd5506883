"""Heads of pages in other languages: a lead word inside the date line ("Publié le … par …",
"… 作者：…"), a reporter word after the name ("… 기자") or after a staff word in place of one,
a Spanish headline opening with "¿", a name whose last word is an English article ("… An"),
and a date line above a photo credit.

Expected values are written by hand from the lines themselves.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.intl_bylines import (
    byline_in_date_line,
    reporter_line,
    without_date_article,
)
from reader.core.ingest.plaintext import parse
from reader.core.ingest.shape import headline_shaped, is_person_name
from reader.core.ingest.title_lines import is_never_a_title


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Publié le 3 avril 2023 par Camille Roux", "Camille Roux"),
        ("Pubblicato il 3 aprile 2023 da Luca Bianchi", "Luca Bianchi"),
        ("Опубликовано 3 апреля 2023, автор Ольга Смирнова", "Ольга Смирнова"),
        ("Publicado por jardinerolocal el 3 de abril de 2023", "jardinerolocal"),
        ("2023年4月3日 14:00 来源：华东晚报 作者：张伟", "张伟"),
        ("2023-04-03 作者：陈静 | 阅读 120", "陈静"),
        ("2023年4月3日 著者：山田太郎", "山田太郎"),
        ("3 kwietnia 2023, autor: Anna Nowak", "Anna Nowak"),
        ("3/4/2023 bởi Trần Thị Mai", "Trần Thị Mai"),
    ],
)
def test_a_lead_inside_a_date_line_introduces_the_author(line: str, author: str) -> None:
    assert byline_in_date_line(line) == author


@pytest.mark.parametrize(
    "line",
    [
        "Mis à jour le 3 avril 2023",
        "3 April 2023 — a separate report",  # "par" inside "separate" is no lead
        "3 April 2023 · Caspar David Friedrich",  # nor inside "Caspar"
        "Publié le 3 avril 2023 par la rédaction",
        "Nov 19, 2019 door prizes for every guest",  # a bare lead's lower-case word
    ],
)
def test_a_date_line_without_a_led_name_has_no_author(line: str) -> None:
    assert byline_in_date_line(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("이서연 기자", (True, "이서연")),
        ("이서연 기자 seoyeon@example.kr", (True, "이서연")),
        ("박지훈 특파원", (True, "박지훈")),
        ("[서울신문] 박지훈 기자", (True, "박지훈")),
        ("김민수·이서연 기자", (True, "김민수, 이서연")),
        ("입력 2023.04.03 09:10 | 이서연 기자", (True, "이서연")),
        ("নিজস্ব প্রতিবেদক", (True, None)),  # staff reporter: a desk, no person
        ("विशेष संवाददाता", (True, None)),  # special correspondent
        ("해운대 야간 수영 허용 소식에 주민 기대", (False, None)),
        ("기자", (False, None)),
    ],
)
def test_a_reporter_word_after_the_name(line: str, expected: tuple[bool, str | None]) -> None:
    assert reporter_line(line) == expected


@pytest.mark.parametrize(
    ("before", "kept"),
    [
        ("Por Juan Pérez el", "Por Juan Pérez"),
        ("Door Jan de Vries op", "Door Jan de Vries"),
        ("Par Marine Le", "Par Marine Le"),  # a capitalised "Le" is the name's
    ],
)
def test_the_word_leading_to_the_date_is_no_part_of_the_name(before: str, kept: str) -> None:
    assert without_date_article(before) == kept


def test_a_reporter_line_is_never_a_title() -> None:
    assert is_never_a_title("이서연 기자")
    assert is_never_a_title("নিজস্ব প্রতিবেদক")
    assert not is_never_a_title("서울 지하철 9호선 연장 구간 개통")


def test_a_spanish_question_or_exclamation_is_headline_shaped() -> None:
    assert headline_shaped("¿Cuándo hay que podar los rosales?", 6)
    assert headline_shaped("¡Vuelve el festival de jazz!", 5)


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("Nguyễn Văn An", True),
        ("Trần Thị To", True),
        ("Reading An", False),  # English letters only: "an" is the article
        ("Café The", False),  # accents English borrows keep the article an article
    ],
)
def test_english_articles_in_a_name_of_other_letters(text: str, is_name: bool) -> None:
    assert is_person_name(text) is is_name


STORY_DE = (
    "Seit Montag ist die Hafenfähre wieder im Einsatz. Drei Monate lang lag das Schiff in der "
    "Werft, weil der Motor und die Rampe erneuert werden mussten.\n\n"
    "Die Fahrgäste können wie gewohnt alle zwanzig Minuten übersetzen. Der Betreiber rechnet "
    "in diesem Sommer mit deutlich mehr Ausflüglern als im vergangenen Jahr.\n"
)


def test_a_date_line_above_a_photo_credit_dates_the_story() -> None:
    page = (
        "Startseite > Lokales\nDie Hafenfähre fährt wieder\nVon Jana Peters\n4. April 2023\n"
        f"Foto: Jana Peters\nDie Fähre am Anleger. Der Rumpf wurde neu gestrichen.\n\n{STORY_DE}"
    )
    result = parse(page)
    assert (result.published or "")[:10] == "2023-04-04"
    assert result.byline == "Jana Peters"


STORY_KO = (
    "서울시는 내년부터 한강 공원에서 야간 캠핑을 시범적으로 허용한다고 3일 밝혔다. 캠핑은 "
    "지정된 구역에서만 가능하며 사전 예약이 필요하다.\n\n"
    "시 관계자는 시민들이 도심에서도 자연을 즐길 수 있도록 하겠다며 안전 요원을 늘리고 "
    "쓰레기 관리도 강화하겠다고 말했다.\n"
)


def test_a_reporter_on_the_date_line() -> None:
    page = (
        f"한강 공원 야간 캠핑 내년부터 허용\n기사입력 2023.04.03 09:10 | 이서연 기자\n\n{STORY_KO}"
    )
    assert parse(page).byline == "이서연"


def test_the_headline_stands_above_a_reporter_line() -> None:
    page = f"홈 > 사회\n한강 공원 야간 캠핑 내년부터 허용\n이서연 기자\n입력 2023.04.03 09:10\n\n{STORY_KO}"
    result = parse(page)
    assert result.title == "한강 공원 야간 캠핑 내년부터 허용"
    assert result.byline == "이서연"


STORY_FR = (
    "Le printemps est la meilleure saison pour tailler les rosiers, avant que les bourgeons ne "
    "s'ouvrent complètement. Il faut couper au-dessus d'un œil tourné vers l'extérieur.\n\n"
    "Pensez à désinfecter votre sécateur entre deux plants, surtout si certains sont malades. "
    "Un peu d'alcool ménager suffit pour éviter de propager les champignons.\n"
)


def test_a_french_date_line_names_the_author() -> None:
    page = (
        f"Accueil » Jardin\nTailler les rosiers au printemps\n"
        f"Publié le 3 avril 2023 par Camille Roux\n\n{STORY_FR}"
    )
    result = parse(page)
    assert result.title == "Tailler les rosiers au printemps"
    assert result.byline == "Camille Roux"


def test_a_spanish_byline_before_its_date() -> None:
    page = (
        "Las bicis públicas, también de noche\nPor Juan Pérez el 3 de abril de 2023\n\n"
        "El ayuntamiento ha anunciado que a partir del próximo mes las bicicletas públicas "
        "estarán disponibles también por la noche. El servicio funcionará hasta las dos.\n\n"
        "Según el concejal de movilidad, la medida responde a la demanda de los usuarios, que "
        "llevaban meses pidiendo más horarios. Se instalarán veinte nuevas estaciones.\n"
    )
    assert parse(page).byline == "Juan Pérez"


STORY_JA = (
    "東京都は三日、来年度から多摩川の河川敷で夜間のキャンプを試験的に認めると発表した。"
    "利用には事前の予約が必要となる。\n\n"
    "都の担当者は「都心でも自然を楽しめるようにしたい」と話し、安全対策として見回りの人員を"
    "増やす方針だ。\n"
)


@pytest.mark.parametrize(
    "title", ["【独自】多摩川で夜間キャンプ解禁へ", "「夜も自然を」多摩川で夜間キャンプ解禁へ"]
)
def test_a_japanese_headline_may_open_with_a_bracket(title: str) -> None:
    page = f"ホーム > 社会\n{title}\n2023年4月3日 10時15分\n\n{STORY_JA}"
    assert parse(page).title == title
