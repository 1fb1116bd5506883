""""Did you mean: Kishida?" under the library's search box when a mistyped search finds nothing:
a click or the keyboard (Tab, Enter) searches the corrected query, and Ctrl+Z in the box brings
back what was typed, as after any change of the query."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from reader import paths
from reader.core import search
from reader.core.importer import import_paths
from reader.core.search import Suggestion
from reader.core.store import Store
from reader.paths import bundled_seeds_dir
from reader.ui.library.suggestion_line import suggestion_html

PAGES = Path(__file__).resolve().parents[2] / "data" / "pages"


def _settled(window, qtbot) -> None:
    library = window.library
    qtbot.waitUntil(lambda: not library._search_timer.isActive())
    qtbot.waitUntil(lambda: library.list_stack.currentWidget() is library.results_view)


def _typed(window, qtbot, text: str) -> None:
    window.library.focus_search()
    qtbot.keyClicks(window.library.search_box, text)
    _settled(window, qtbot)


def _click_the_link(line, qtbot, lead: str) -> None:
    """Click a few pixels into the link, which stands after `lead` ("Did you mean: ")."""
    x = line.contentsRect().left() + line.fontMetrics().horizontalAdvance(lead) + 8
    y = line.contentsRect().top() + line.fontMetrics().height() // 2
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, y))


def test_clicking_the_suggestion_searches_it_and_ctrl_z_brings_back_the_typed(make_window, qtbot) -> None:
    window = make_window()
    library, box, line = window.library, window.library.search_box, window.library.suggestion
    assert line.isHidden()  # nothing searched, nothing offered
    _typed(window, qtbot, "Kishda")
    assert library.status.text() == "No matches"
    assert line.isVisible() and line.accessibleName() == "Did you mean: Kishida?"

    _click_the_link(line, qtbot, "Did you mean: ")
    assert box.text() == "Kishida"
    assert library.results_model.rowCount() > 0 and library.status.text().endswith("results")
    assert line.isHidden()
    assert QApplication.focusWidget() is box
    assert window.statusBar().currentMessage() == "Searched for “Kishida” instead of “Kishda” (Ctrl+Z takes it back)"

    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.text() == "Kishda"
    _settled(window, qtbot)
    assert library.results_model.rowCount() == 0 and line.isVisible()


def test_the_keyboard_reaches_it_with_tab_and_enter_searches(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    _typed(window, qtbot, "Fumio Kishda")
    qtbot.keyClick(library.search_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is library.suggestion
    qtbot.keyClick(library.suggestion, Qt.Key.Key_Return)
    assert library.search_box.text() == "Fumio Kishida"
    assert library.results_model.rowCount() > 0


def test_typing_on_takes_the_offer_away_until_the_search_runs(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    _typed(window, qtbot, "Kishda")
    assert library.suggestion.isVisible()
    qtbot.keyClicks(library.search_box, " Xylophon")
    assert library.suggestion.isHidden()  # it was for the words before
    _settled(window, qtbot)
    assert library.suggestion.isHidden()  # Xylophon is near nothing: nothing to offer


def test_only_what_finds_something_where_the_user_searches(make_window, qtbot) -> None:
    """In a tag no Kishida source carries, "Kishida" finds nothing either: no offer. In one
    that a Kishida source carries, the offer is there."""
    window = make_window()
    store, library = window.session.store, window.library
    kishida = set(search.source_ids(store, "Kishida"))
    other = next(i for i in store.sources.ids() if i not in kishida)
    window.session.apply(lambda: store.tags.add([other], "Elsewhere"))
    window.session.apply(lambda: store.tags.add(sorted(kishida)[:1], "Japan"))
    for tag, offered in (("Elsewhere", False), ("Japan", True)):
        library.tag_view.setCurrentIndex(library.tag_model.index(library.tag_model.row_of(tag)))
        library.search_box.clear()
        _typed(window, qtbot, "Kishda")
        assert library.status.text() == f"No matches tagged {tag}"
        assert library.suggestion.isVisible() is offered, tag


def test_a_real_word_the_library_lacks_is_offered_nothing(make_window, qtbot, data_dir, tmp_path) -> None:
    """The German samples, an English page and a German report that says "trifft": "tariffs"
    is in none of them, and no typo of "trifft" (which was offered for it) but a word."""
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copyfile(PAGES / "en_news_insider.txt", folder / "en_news_insider.txt")
    (folder / "handel.txt").write_text("Der Streit trifft die Autobauer\n\nDer Streit um die "
                                       "Autozölle trifft die Hersteller in Japan hart.\n", encoding="utf-8")
    with Store.open(paths.resolve(data_dir).ensure().db_path) as store:
        assert all(r.source_id for r in import_paths(store, [bundled_seeds_dir(), folder], workers=1))
    window = make_window()
    library, line = window.library, window.library.suggestion
    _typed(window, qtbot, "tariffs")
    assert library.status.text() == "No matches"
    assert line.isHidden() and line.text() == ""
    library.search_box.clear()
    _typed(window, qtbot, "Kishda")  # a typo in the same library still is offered its word
    assert line.isVisible() and line.accessibleName() == "Did you mean: Kishida?"


def test_german_window(make_window, qtbot, speak) -> None:
    speak("de")
    window = make_window()
    _typed(window, qtbot, "Kishda")
    line = window.library.suggestion
    assert line.accessibleName() == "Meinten Sie: Kishida?"
    _click_the_link(line, qtbot, "Meinten Sie: ")
    assert window.library.search_box.text() == "Kishida"
    assert window.statusBar().currentMessage().startswith("Nach „Kishida“ gesucht statt nach „Kishda“")


def test_the_offer_sets_the_corrected_words_apart_and_escapes_the_rest() -> None:
    shown = suggestion_html("Did you mean: %1?", Suggestion('"<b>" Kishida', ((6, 13),)))
    assert shown == 'Did you mean: <a href="suggestion">&quot;&lt;b&gt;&quot; <b><i>Kishida</i></b></a>?'
