"""Rules that let pages in other languages and scripts read like German and English ones:
cookie banners named in their own words, dates in their own digits and month names."""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases
from reader.core.ingest.date_lines import find_date
from reader.core.ingest.shape import is_person_name


@pytest.mark.parametrize(
    "line",
    [
        "Ta strona korzysta z plików cookies. Korzystając ze strony, wyrażasz zgodę na ich używanie.",
        "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
        "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה.",
        "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
        "当サイトではクッキーを使用しています。",
        "이 웹사이트는 쿠키를 사용합니다.",
        "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ",
        "Sitemizde çerezler kullanılmaktadır.",
        "Questo sito utilizza cookie tecnici e di profilazione.",
    ],
)
def test_cookie_banners_in_other_languages_are_cookie_notices(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) == phrases.COOKIES


@pytest.mark.parametrize(
    "line",
    [
        # The word for cookies without a word for using or agreeing: a recipe, not a banner.
        "Les cookies de ma grand-mère étaient toujours un peu trop cuits.",
        "クッキーを焼くときはバターを室温に戻しておきます。",
        # A word for using without cookies.
        "Городские власти используют новые автобусы на этом маршруте.",
    ],
)
def test_lines_without_both_cookie_and_consent_words_are_not_banners(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) != phrases.COOKIES


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("١٥ مارس ٢٠٢٤", "2024-03-15"),  # Arabic-Indic digits, Egyptian month name
        ("۱۵ مارس ۲۰۲۴", "2024-03-15"),  # Persian digits
        ("15 آذار 2024", "2024-03-15"),  # Levantine month name
        ("3 كانون الثاني 2024", "2024-01-03"),  # a month name of two words
        ("15 במרץ 2024", "2024-03-15"),  # Hebrew "in March"
        ("15 मार्च 2024", "2024-03-15"),  # Devanagari vowel signs inside the month
        ("१५ फ़रवरी २०२४", "2024-02-15"),  # Devanagari digits
        ("15 มีนาคม 2567", "2024-03-15"),  # Thai month, Buddhist-era year
        ("๑๕ มีนาคม พ.ศ. ๒๕๖๗", "2024-03-15"),  # Thai digits and the era's name
        ("２０２４年３月１５日", "2024-03-15"),  # full-width digits
    ],
)
def test_dates_in_other_scripts_and_digits(line: str, iso: str) -> None:
    hit = find_date(line)
    assert hit is not None
    assert hit.iso == iso


def test_a_buddhist_era_year_is_only_read_beside_a_thai_month() -> None:
    assert find_date("15 March 2567") is None
    assert find_date("15 marca 2567") is None


def test_positions_of_a_date_in_other_digits_are_the_lines_own() -> None:
    line = "كتب: ١٥ مارس ٢٠٢٤"
    hit = find_date(line)
    assert hit is not None
    assert line[hit.start : hit.end] == "١٥ مارس ٢٠٢٤"


@pytest.mark.parametrize(
    "name",
    ["Анна Смирнова", "Олена Коваленко", "Γιώργος Παπαδόπουλος", "Łukasz Żak", "İsmail Çelik"],
)
def test_names_in_other_cased_scripts_are_person_names(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize("text", ["Thứ Sáu", "Chủ Nhật", "новости политики", "Financial Calendar"])
def test_weekdays_and_lower_case_phrases_are_no_person_names(text: str) -> None:
    assert not is_person_name(text)
