"""Rules that let pages in other languages and scripts read like German and English ones:
cookie banners named in their own words, dates in their own digits and month names."""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases


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
