"""A date the window shows never breaks inside: "28. Okt. 2025" wraps to the next line whole.

Seen walking the German window at 1366 × 768: the story view's outlet · date line, wrapped in
a narrow column, ended one line with "28." and began the next with "Okt. 2025". Dates are
written with non-breaking spaces wherever they are formatted for display.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

from reader.ui.date_display import added_date, long_date, short_date
from tests.ui.stories.test_story_member_source import open_story_with_a_long_outlet
from tests.ui.wrapped_lines import laid_out


def _never_split(text: str, date: str, font: QFont) -> None:
    """At every width the date is on one line, whole."""
    assert date in text
    for width in range(40, 700, 3):
        lines = laid_out(text, font, width)
        assert any(date in line for line in lines), (width, lines)


def test_formatted_dates_hold_no_breaking_space(qapp, speak) -> None:
    for language in ("de", "en"):
        speak(language)
        for shown in (short_date("2025-10-28"), long_date("2025-10-28"), long_date("2025-10-28T18:05").split(",")[0]):
            assert " " not in shown, (language, shown)
    speak("de")
    assert added_date("2025-11-03T09:00:00+00:00").endswith("3.\u00a0Nov.\u00a02025")


def test_the_story_views_outlet_and_date_line_wraps_before_the_date(make_window, qapp, speak) -> None:
    speak("de")
    view, label = open_story_with_a_long_outlet(make_window())
    assert label.wordWrap()
    _never_split(label.text(), short_date("2025-10-28"), label.font())
    view.close()


def test_the_articles_byline_wraps_before_the_date(make_window, speak) -> None:
    speak("de")
    window = make_window()
    store = window.session.store
    source_id = store.sources.ids()[0]
    store.sources.update_metadata(source_id, site_name="F.A.Z. - Frankfurter Allgemeine Zeitung",
                                  published="2025-10-28T18:05")  # fmt: skip
    window.library.select_source(source_id)
    byline = window.article.view.header.byline
    assert byline.wordWrap()
    _never_split(byline.text(), long_date("2025-10-28T18:05").split(",")[0], byline.font())
