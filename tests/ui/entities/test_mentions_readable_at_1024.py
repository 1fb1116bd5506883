"""View ▸ Entities in a 1024 px screen's window (976 px) and a 1024 px one, in German.

Seen in screenshots (session 30): beside the docked briefing composer the mentions were 240 px
wide ("...der USA, Washington ...", "...Ziel der USA, in ..."), the list beside them 416 px with
its roles already folded under the names, its name column half blank. The list now keeps what
its folded names and counts need, the composer gives what it can above its narrowest, and the
mentions get MENTION_READABLE letters; at 1280 px, where the roles are readable beside them, the
list keeps its roles column as before. And with no entity chosen (a filter that finds none),
the words saying so were the heading's one line, cut: "Wählen Sie einen Eintrag, um zu s…";
they are written, wrapped and whole, in the empty mention list.
"""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind
from reader.ui.briefing.add_menu import create_briefing
from reader.ui.entities.entities_view import MENTION_READABLE
from reader.ui.entities.entity_models import ROLES


def _view(make_window, qtbot, qapp, width: int, composer: bool):
    from reader.ui.appearance import apply_theme

    apply_theme(qapp, "light")  # the window's own look: its padding widens the columns' titles
    window = make_window()
    window.resize(width, 700)
    if composer:
        window.briefings.show(create_briefing(window.session, "Zölle"))
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
    view = mode.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    return window, view


def _readable(view) -> int:
    return MENTION_READABLE * view.mention_view.fontMetrics().averageCharWidth()


@pytest.mark.parametrize("width", [976, 1024])
@pytest.mark.parametrize("language", ["de", "en"])
def test_beside_the_composer_the_mentions_are_readable(make_window, qtbot, qapp, speak, width, language) -> None:
    speak(language)
    window, view = _view(make_window, qtbot, qapp, width, composer=True)
    for kind in (None, EntityKind.PERSON, EntityKind.PLACE, None):
        view.kind_box.setCurrentIndex(view.kind_box.findData(kind))
        assert window.width() == width  # nothing widened the window
        assert view.mention_view.width() >= _readable(view) - 2, (kind, view.splitter.sizes())
        assert not view.table.horizontalScrollBar().isVisible()  # the counts in sight
    speak("en")


def test_docking_the_composer_beside_the_open_view_keeps_the_mentions_readable(make_window, qtbot, qapp, speak) -> None:
    speak("de")
    window, view = _view(make_window, qtbot, qapp, 1024, composer=False)
    window.briefings.show(create_briefing(window.session, "Zölle"))
    qtbot.waitUntil(lambda: window.briefings.dock.isVisible())
    assert view.mention_view.width() >= _readable(view) - 2, view.splitter.sizes()
    speak("en")


@pytest.mark.parametrize("language", ["de", "en"])
def test_at_1280_px_the_roles_keep_their_column(make_window, qtbot, qapp, speak, language) -> None:
    speak(language)
    _window, view = _view(make_window, qtbot, qapp, 1280, composer=True)
    assert not view.table.folded() and not view.table.isColumnHidden(ROLES)
    assert view.mention_view.width() >= _readable(view) - 2
    speak("en")


def test_with_none_chosen_its_words_are_whole_at_1024_px(make_window, qtbot, qapp, speak) -> None:
    speak("de")
    window, view = _view(make_window, qtbot, qapp, 1024, composer=False)
    view.filter_box.setText("zzzz")  # finds nothing: none chosen
    qtbot.waitUntil(lambda: view.current_entity() is None)
    hint = view.none_chosen
    assert hint.isVisibleTo(window) and hint.wordWrap()
    assert hint.text() == view.tr("Choose an entity to see where the sources name it.")
    assert hint.text().startswith("Wählen Sie")
    assert hint.heightForWidth(view.mention_view.viewport().width()) <= view.mention_view.viewport().height()
    assert view.mention_heading.text() == view.mention_heading.full_text() == "Kein Eintrag ausgewählt"
    view.filter_box.setText("")  # an entity chosen again: the words go
    qtbot.waitUntil(lambda: view.current_entity() is not None)
    assert not hint.isVisibleTo(window)
    speak("en")
