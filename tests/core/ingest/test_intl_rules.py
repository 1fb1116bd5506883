"""Rules that let pages in other languages and scripts read like German and English ones:
cookie banners, "read also" lines, labels and closing headings in their own words, dates in
their own digits and month names, names in their own scripts, lines measured in their own
characters (Thai, wide CJK columns), long lists and closing author boxes."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest import phrases, resume
from reader.core.ingest.boilerplate import _listed
from reader.core.ingest.date_lines import find_date
from reader.core.ingest.language import stop_words_for, words
from reader.core.ingest.line_evidence import line_evidence
from reader.core.ingest.plaintext import parse, read_page
from reader.core.ingest.segment import segment
from reader.core.ingest.shape import is_caseless_name, is_person_name, measure
from reader.core.text import normalise

PROBES = Path(__file__).parents[2] / "data" / "probes_intl"


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
        ("Thứ sáu, ngày 15 tháng 3 năm 2024", "2024-03-15"),  # Vietnamese numbered month
        ("令和6年3月15日 10:30", "2024-03-15T10:30"),  # Japanese era year
        ("令和元年5月1日", "2019-05-01"),  # the era's first year
        ("平成31年4月30日", "2019-04-30"),
        ("15 Tháng 3, 2024 08:15", "2024-03-15T08:15"),
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


def test_korean_paragraphs_under_a_hundred_characters_are_no_hard_wrapping() -> None:
    # Each paragraph fills some 140-180 columns (Hangul is two columns wide): a page copied
    # one line per paragraph, so the related-links label is no wrapped rest of the last one.
    paragraphs = [
        "부산 해운대구는 올여름부터 해운대 해수욕장에서 야간 수영을 시범적으로 허용한다고 15일 밝혔다. "
        "두 달 동안 매일 오후 9시까지 수영할 수 있다.",
        "구는 야간 안전을 위해 조명탑을 추가로 설치하고, 수상 구조대원도 평소보다 두 배 많이 배치할 "
        "계획이다. 음주 후 입수는 금지된다.",
        "해운대구 관계자는 관광객과 주민 모두 저녁 시간을 더 즐길 수 있을 것이라고 말했다. 상인들도 "
        "매출에 도움이 될 것으로 기대한다.",
        "다만 일부 주민들은 소음과 쓰레기 문제를 우려하고 있어, 구는 해변 청소 인력을 늘리기로 했다. "
        "구는 내년에 결과를 검토한다.",
    ]
    found = [s.text for s in segment("\n".join([*paragraphs, "관련기사", "광안대교 드론쇼"]))]
    assert found == [*paragraphs, "관련기사", "광안대교 드론쇼"]


def test_a_japanese_line_ending_in_a_comma_carries_on_in_the_next() -> None:
    lines = [
        "もとの商品に付された商標を剥奪抹消した商品（もとの商標を消した商品）を販売する行為や、",
        "権利者の意思に基づくことなく、もとの商品を小分けにして販売するような行為は、",
        "商標権侵害と判断される場合があります。",
        "関連記事",
    ]
    found = [s.text for s in segment("\n".join(lines))]
    assert found == [" ".join(lines[:3]), "関連記事"]


def test_a_thai_paragraph_is_long_prose_and_a_thai_headline_is_not() -> None:
    paragraph = (
        "นายกเทศมนตรีกล่าวว่า โครงการนี้มีเป้าหมายเพื่อลดการใช้รถยนต์ในเขตเมืองเก่า "
        "และช่วยลดปัญหาฝุ่นควันที่เกิดขึ้นทุกปีในช่วงฤดูแล้ง นอกจากนี้ยังจะมีจุดให้เช่าจักรยานอีกยี่สิบจุดรอบคูเมือง"
    )
    headline = "เชียงใหม่เปิดเส้นทางจักรยานรอบคูเมืองยาวกว่า 6 กิโลเมตร"
    long = measure(paragraph, frozenset())
    assert long.n_words >= 35 and long.prose
    short = measure(headline, frozenset())
    assert short.n_words <= 15 and not short.prose


def test_a_checklist_of_thirty_items_after_a_colon_is_listed() -> None:
    items = (
        "Backpack;Tent with footprint;Sleeping bag;Sleeping mat;Headlamp;Spare batteries;Stove;"
        "Fuel canister;Lighter;Pot and spoon;Water filter;Two water bottles;First aid kit;Map;"
        "Compass;Rain jacket;Warm hat;Gloves;Spare socks;Dinner;Breakfast;Snacks;Sunscreen;"
        "Trowel;Toilet paper;Pocket knife;Whistle;Insect repellent;Sunglasses;Rubbish bag"
    ).split(";")
    text = "\n".join(
        [
            "What to pack for your first overnight hike",
            "By Emma Clarke",
            "After years of leading beginner groups, here is everything I put in my pack:",
            *items,
            "You will notice there is no pillow on the list, and that is on purpose.",
        ]
    )
    page = read_page(normalise(text))[0]
    listed = {page.segments[i].text for i in _listed(page)}
    # (The last item is left out: the head takes it for the headline, see KNOWN_GAPS in
    # test_probes_intl.)
    assert set(items[:-1]) <= listed


@pytest.mark.parametrize("name", ["أحمد المصري", "राहुल शर्मा", "王晓明", "สมชาย ใจดี", "נועה כהן"])
def test_names_in_caseless_scripts_have_a_caseless_name_shape(name: str) -> None:
    assert is_caseless_name(name)


@pytest.mark.parametrize(
    "text", ["Anna Weber", "anna weber", "أحمد 2024", "王晓明：北京报道，今天上午"]
)
def test_cased_words_digits_and_punctuation_are_no_caseless_name(text: str) -> None:
    assert not is_caseless_name(text)


@pytest.mark.parametrize(
    "line",
    [
        "Baca juga: Tarif angkot di Bandung naik mulai bulan depan",
        "Czytaj też: Tramwaj na Morenę pojedzie dopiero w 2026 roku",
        "Čtěte také: Brno otevře novou trať",
        "Διαβάστε επίσης: Νέες γραμμές λεωφορείων",
        "Читайте також: Трамвай до Сихова курсуватиме частіше",
        "اقرأ أيضًا: ارتفاع أسعار الوقود",
        "यह भी पढ़ें: जयपुर मेट्रो का दूसरा चरण",
        "Xem thêm: Metro số 1 chạy thử toàn tuyến",
    ],
)
def test_read_also_lines_in_other_languages_are_related_links(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) == phrases.RELATED


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Zobacz także", phrases.RELATED),
        ("İlgili Haberler", phrases.RELATED),
        ("관련기사", phrases.RELATED),
        ("Tin liên quan", phrases.RELATED),
        ("Udostępnij", phrases.SHARE),
        ("공유하기", phrases.SHARE),
        ("Yorumlar", phrases.COMMENTS),
        ("תגובות", phrases.COMMENTS),
        ("Gizlilik Politikası", phrases.FOOTER),
        ("اتصل بنا", phrases.FOOTER),
        ("Přeskočit na obsah", phrases.NAVIGATION),
        ("หน้าแรก", phrases.NAVIGATION),
    ],
)
def test_more_languages_labels_name_their_furniture(line: str, reason: str) -> None:
    assert phrases.label_reason(line) == reason


def test_a_sentence_that_mentions_reading_is_no_related_link() -> None:
    line = (
        "Baca juga laporan lengkapnya di situs kementerian, kata juru bicara itu kepada wartawan."
    )
    assert phrases.prompt_reason(line, len(line.split())) is None


@pytest.mark.parametrize(
    "heading",
    ["Sobre el autor", "À propos de l'auteur", "Об авторе", "Yazar hakkında", "Commentaires",
     "Комментарии", "댓글", "Références", "Примечания", "Enlaces externos"],
)  # fmt: skip
def test_closing_headings_in_other_languages_end_the_article(heading: str) -> None:
    assert phrases.is_section_end(heading)


def test_a_closing_author_box_never_carries_the_run() -> None:
    # Six short paragraphs of an article, then the author's long biography: the article is
    # the body, the biography is set aside.
    text = (PROBES / "es_bio.txt").read_text(encoding="utf-8")
    body = parse(text).body
    assert body.startswith("Activar la verificación en dos pasos")
    assert "periodista especializado" not in body


def test_a_person_box_blocks_are_the_two_under_its_heading() -> None:
    segments = segment("Texto.\nSobre el autor\nBiografía larga.\nOtra línea.\nPie.")
    assert resume.box_blocks(segments, walls={1}, inside=set()) == {2, 3}
    assert resume.box_blocks(segments, walls={1}, inside={1}) == set()


@pytest.mark.parametrize(
    "line",
    [
        "जयपुर नगर निगम ने पुराने शहर की दीवारों के संरक्षण की योजना को मंजूरी दे दी है।",
        "کراچی میں نئی بس سروس کا آغاز اگلے ماہ سے کیا جائے گا۔",
        "هل ستنخفض أسعار الكهرباء في الصيف المقبل؟",
    ],
)
def test_other_scripts_full_stops_end_a_sentence(line: str) -> None:
    assert measure(line, frozenset()).sentence_end


def test_a_danda_inside_a_line_counts_as_a_sentence_mark() -> None:
    line = "यह काम दो वर्षों में पूरा होगा। निगम ने कहा कि दुकानें बंद नहीं होंगी।"
    assert line_evidence(line, 14)[0] == line_evidence("One. Two and three. Four", 5)[0]


def test_words_of_scripts_with_vowel_signs_are_whole_words() -> None:
    assert words("जयपुर नगर निगम ने पुराने शहर की") == ["जयपुर", "नगर", "निगम", "ने", "पुराने", "शहर", "की"]
    assert words("ঢাকার দ্বিতীয় মেট্রোরেল") == ["ঢাকার", "দ্বিতীয়", "মেট্রোরেল"]
    assert words("१५ मार्च २०२४") == ["मार्च"]  # Devanagari digits are no word


def test_arabic_function_words_count_with_and_without_hamza() -> None:
    stops = stop_words_for("ar")
    assert {"أن", "إلى", "ان", "الى"} <= stops


def test_a_language_without_a_function_word_list_measures_prose_by_shape() -> None:
    paragraph = (
        "কর্মকর্তারা বলছেন, এই লাইন চালু হলে শহরের পূর্ব অংশের যানজট অনেকটাই কমে আসবে। "
        "প্রতিদিন প্রায় পাঁচ লাখ যাত্রী এই পথে যাতায়াত করতে পারবেন।"
    )
    assert stop_words_for("bn") == frozenset()
    assert measure(paragraph, stop_words_for("bn")).prose
    assert not measure("আমাদের সম্পর্কে", stop_words_for("bn")).prose


def test_footnotes_the_article_cites_close_it() -> None:
    segments = segment(
        "Rents have risen faster than wages.[1] Caps came back.[2]\n"
        "[1] Office for National Statistics, 2024.\n"
        "[2] See the survey of studies, 2019.\n"
        "[7] A note nothing cites.\n"
        "Related research"
    )
    assert resume.footnotes(segments, 0, 1) == {1, 2}
    assert resume.footnotes(segments, 0, 0) == {1, 2}


def test_bracketed_numbers_without_citations_are_no_footnotes() -> None:
    segments = segment("Rents have risen faster than wages.\n[1] Office for National Statistics.")
    assert resume.footnotes(segments, 0, 0) == set()


def test_direction_marks_around_a_date_and_a_headline_are_dropped() -> None:
    page = (PROBES / "he_marks.txt").read_text(encoding="utf-8")
    assert "\u200f15 במרץ 2024\u200f" in page  # the marks are in the copied page
    parsed = parse(page)
    assert parsed.title == "הרכבל לטכניון יפעל גם בשבת החל מהחודש הבא"
    assert parsed.published == "2024-03-15"
    assert "\u200f" not in parsed.body and "\u202b" not in parsed.body


@pytest.mark.parametrize(
    "line",
    [
        "Suscríbete a nuestro boletín",
        "Abonnez-vous à notre lettre d'information",
        "Iscriviti alla nostra newsletter settimanale",
        "Assine nossa newsletter e receba as notícias",
        "Подпишитесь на нашу рассылку",
        "Zapisz się do naszego newslettera",
    ],
)
def test_sign_up_pitches_in_other_languages_are_newsletter_prompts(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) == phrases.NEWSLETTER


def test_an_offer_the_article_makes_is_no_sign_up_pitch() -> None:
    line = "Receba em seu email nosso ebook sobre alfabetização, um guia completo e gratuito."
    assert phrases.prompt_reason(line, len(line.split())) is None
