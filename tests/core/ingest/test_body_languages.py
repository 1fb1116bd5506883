"""The article body of pages in any language, and the body model's own guarantees."""

from __future__ import annotations

from reader.core.ingest import body_model, region
from reader.core.ingest.language import stop_words_for
from reader.core.ingest.plaintext import parse
from reader.core.ingest.shape import measure

MENU = ["Главная", "Новости", "Спорт", "Культура", "Войти", "Поиск"]
RUSSIAN = [
    "Правительство объявило в понедельник о новой программе поддержки малого бизнеса, "
    "которая начнёт работать с первого января.",
    "По словам министра, в первый год на эти цели будет выделено около десяти миллиардов "
    "рублей, а заявки можно будет подать через портал госуслуг.",
    "Эксперты считают, что программа поможет прежде всего предприятиям в регионах, где "
    "доступ к кредитам до сих пор остаётся ограниченным.",
]
JAPANESE = [
    "政府は月曜日、中小企業を支援する新しい制度を発表しました。来年一月から始まる予定です。",
    "大臣によると、初年度にはおよそ百億円が用意され、申請はオンラインで受け付けるということです。",
    "専門家は、この制度が地方の企業にとって特に役に立つと話しています。",
]
KOREAN = [
    "정부는 월요일 중소기업을 지원하는 새로운 제도를 발표했다. 이 제도는 내년 1월부터 시행된다.",
    "장관에 따르면 첫해에는 약 100억 원이 마련되며 신청은 온라인으로 받는다고 한다.",
    "전문가들은 이 제도가 특히 지방의 기업들에게 도움이 될 것이라고 말했다.",
]


def _page(paragraphs: list[str], menu: list[str]) -> str:
    return "\n".join([*menu, "", *paragraphs, "", *menu, "© 2024"]) + "\n"


def test_a_russian_article_is_found_between_menus() -> None:
    article = parse(_page(RUSSIAN, MENU))
    assert article.lang == "ru"
    for paragraph in RUSSIAN:
        assert paragraph in article.body
    assert "Главная" not in article.body


def test_a_japanese_article_is_found_by_its_sentence_marks() -> None:
    article = parse(_page(JAPANESE, ["ホーム", "ニュース", "スポーツ", "ログイン"]))
    for paragraph in JAPANESE[1:]:
        assert paragraph in article.body
    assert "ログイン" not in article.body


def test_a_korean_article_is_found() -> None:
    article = parse(_page(KOREAN, ["홈", "뉴스", "스포츠", "로그인"]))
    for paragraph in KOREAN[1:]:
        assert paragraph in article.body
    assert "로그인" not in article.body


def test_cjk_lines_are_measured_in_characters_and_particles() -> None:
    shape = measure(JAPANESE[1], stop_words_for("ja"))
    assert shape.sentence_end and shape.prose and shape.n_words >= 15
    korean = measure(KOREAN[0], stop_words_for("ko"))
    assert korean.prose
    assert not measure("ホーム", stop_words_for("ja")).prose


def test_languages_beyond_english_and_german_have_function_words() -> None:
    for lang, word in (("ru", "и"), ("pt", "que"), ("it", "che"), ("id", "yang"), ("fr", "les")):
        assert word in stop_words_for(lang)
    assert measure(RUSSIAN[0], stop_words_for("ru")).prose


def test_the_shipped_model_matches_the_features() -> None:
    model = body_model.MODEL
    assert len(model.first) == len(region.FEATURES)
    assert len(model.second) == len(region.SECOND)
    assert 0 < model.threshold < 1 and 0 <= model.keep < 1 and model.floor >= 1


def test_a_page_of_prose_without_any_furniture_keeps_every_paragraph() -> None:
    paragraphs = [
        "The council met on Tuesday to discuss the new budget for the coming year.",
        "Members agreed that the library and the swimming pool should stay open longer.",
        "The final vote on the budget is expected at the next meeting in March.",
    ]
    assert parse("\n\n".join(paragraphs)).body == "\n\n".join(paragraphs)


def test_a_short_article_never_comes_out_empty() -> None:
    text = "Home\nNews\nLogin\n\nThe museum reopens on Friday after two years of renovation work.\n\nShare\nTweet\n"
    assert "The museum reopens" in parse(text).body
