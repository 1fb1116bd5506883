"""The three panes as the window is resized: the side panes give way too, and come back.

Seen at 1366 → 1024 px (a laptop's half screen): the whole loss came out of the article while
the library and the notes kept their widths, and made wide again the window kept the side panes
squeezed, saved so at quitting. The rule (`reader.ui.pane_widths`): above the width the side
panes want plus a comfortable article, the article gains and loses first; below it all three
shrink in proportion, the side panes down to SIDE_MIN, the article keeping ARTICLE_MIN.
"""

from __future__ import annotations

import pytest

from reader.ui.pane_widths import ARTICLE_EASY, ARTICLE_MIN, DEFAULT_WANTED, SIDE_MIN, share
from tests.ui.dragged import drag_handle
from tests.ui.settled import settle

BOTH = (True, True, True)


def test_with_room_the_side_panes_have_their_widths_and_the_article_the_rest() -> None:
    assert share(1500, (300, 600, 350), BOTH) == [300, 850, 350]
    assert share(950, (300, 300, 350), BOTH) == [300, 300, 350]  # the user's own narrow article


def test_with_less_room_all_three_give_way_in_proportion() -> None:
    library, article, notes = share(1000, (300, 600, 300), BOTH)
    assert (library, article, notes) == (250, 500, 250)  # 1000 of the 1200 wanted: five sixths each
    library, article, notes = share(900, (300, 600, 300), BOTH)  # 9/12: 225 | 450 | 225
    assert article == ARTICLE_MIN and library == notes == SIDE_MIN  # the article keeps its readable column


def test_the_article_keeps_its_readable_column_taken_from_both_sides() -> None:
    library, article, notes = share(1000, (400, 600, 400), BOTH)  # 5/7: 286 | 429 | 286
    assert article >= ARTICLE_MIN and abs(library - notes) <= 1


def test_what_one_side_pane_cannot_give_the_article_the_other_gives() -> None:
    """The library at its narrowest already (a 220 px drag): the notes give the article all of
    its 460 px, not half of what was missing."""
    assert share(900, (SIDE_MIN, 600, 400), BOTH) == [SIDE_MIN, ARTICLE_MIN, 900 - SIDE_MIN - ARTICLE_MIN]


def test_a_hidden_side_pane_leaves_its_width_to_the_others() -> None:
    assert share(1000, (300, 600, 350), (False, True, True)) == [0, 650, 350]


def test_the_narrowest_window_keeps_the_side_panes_at_their_minimum() -> None:
    assert share(780, (330, 600, 370), BOTH) == [SIDE_MIN, 780 - 2 * SIDE_MIN, SIDE_MIN]
    assert share(600, (150, 600, 370), BOTH)[0] == 150  # dragged narrower than SIDE_MIN: the user's


def test_a_narrower_window_takes_width_from_every_pane_and_gives_it_back(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1318, 720)  # a 1366 × 768 laptop's window
    settle(qtbot, window)
    wide = window.splitter.sizes()
    assert (wide[0], wide[2]) == (DEFAULT_WANTED[0], DEFAULT_WANTED[2])
    window.resize(1024, 640)  # half a 2048 px screen, or a small laptop
    settle(qtbot, window)
    library, article, notes = window.splitter.sizes()
    assert article >= ARTICLE_MIN
    assert SIDE_MIN <= library < wide[0] and SIDE_MIN <= notes < wide[2]  # both side panes gave width
    assert wide[1] - article < (wide[0] - library) + (wide[2] - notes) + 100  # not the article alone
    assert abs(library / notes - DEFAULT_WANTED[0] / DEFAULT_WANTED[2]) < 0.05  # in proportion
    window.resize(1318, 720)
    settle(qtbot, window)
    assert window.splitter.sizes() == wide  # made wide again, as it was
    window.resize(1600, 900)
    settle(qtbot, window)
    grown = window.splitter.sizes()
    assert (grown[0], grown[2]) == (wide[0], wide[2]) and grown[1] > wide[1]  # the article gains first


def test_a_dragged_width_is_kept_across_resizes_and_restarts(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1318, 720)
    settle(qtbot, window)
    drag_handle(window.splitter, 1, 90)  # the library 90 px wider
    settle(qtbot, window)
    dragged = window.splitter.sizes()
    assert dragged[0] == DEFAULT_WANTED[0] + 90
    window.resize(1024, 640)
    settle(qtbot, window)
    assert window.splitter.sizes()[1] >= ARTICLE_MIN
    window.resize(1318, 720)
    settle(qtbot, window)
    assert window.splitter.sizes() == dragged
    window.resize(1024, 640)  # quit at the narrow width: the next start still knows the dragged one
    settle(qtbot, window)
    window.close()
    second = make_window()  # restored to the offscreen screen's 800 px: no matter
    second.resize(1024, 640)
    settle(qtbot, second)
    assert second.splitter.sizes()[1] >= ARTICLE_MIN
    second.resize(1318, 720)
    settle(qtbot, second)
    assert second.splitter.sizes() == dragged


def test_hiding_and_showing_a_side_pane_shares_the_width_out_again(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1024, 640)
    settle(qtbot, window)
    before = window.splitter.sizes()
    window.keys.library_action.trigger()  # View ▸ Library off (Ctrl+Shift+L)
    settle(qtbot, window)
    library, article, notes = window.splitter.sizes()
    assert not window.library.isVisible() and article > before[1]
    window.keys.library_action.trigger()
    settle(qtbot, window)
    assert window.library.isVisible() and window.splitter.sizes() == before
    window.keys.library_action.trigger()  # hidden at 1024 px, shown again at 1318 px
    window.resize(1318, 720)
    settle(qtbot, window)
    window.keys.library_action.trigger()
    settle(qtbot, window)
    assert window.splitter.sizes()[0] == DEFAULT_WANTED[0]  # its width for 1318 px, not for 1024


@pytest.mark.parametrize("language", ["de", "en"])
def test_at_800_px_every_pane_shows_its_controls_whole(make_window, qtbot, speak, language) -> None:
    speak(language)
    window = make_window()
    window.resize(800, 600)
    settle(qtbot, window)
    assert window.width() == 800
    for pane in (window.library, window.article, window.notes):
        assert pane.isVisible() and pane.width() >= pane.minimumSizeHint().width(), pane.objectName()
    assert min(window.splitter.sizes()[0], window.splitter.sizes()[2]) >= SIDE_MIN
    speak("en")



def test_a_width_dragged_in_a_wide_window_stays_until_the_article_is_down_to_a_comfortable_column(
        make_window, qtbot) -> None:  # fmt: skip
    """Dragged at 1600 px the article had 800 px: that much was no wish of the user's, and the
    side panes gave way from the first pixel the window lost."""
    window = make_window()
    window.resize(1600, 900)
    settle(qtbot, window)
    drag_handle(window.splitter, 1, 40)
    settle(qtbot, window)
    library, _article, notes = window.splitter.sizes()
    window.resize(1400, 860)
    settle(qtbot, window)
    assert (window.splitter.sizes()[0], window.splitter.sizes()[2]) == (library, notes)
    assert window.splitter.sizes()[1] >= ARTICLE_EASY


def test_back_from_a_full_width_view_the_panes_are_shared_for_the_new_width(make_window, qtbot) -> None:
    """Resized under All highlights, the reading panes came back with the whole change in the
    article."""
    window = make_window()
    window.resize(1318, 720)
    settle(qtbot, window)
    wide = window.splitter.sizes()
    window.modes.action.trigger()  # All highlights over the panes
    settle(qtbot, window)
    window.resize(1024, 640)
    settle(qtbot, window)
    window.modes.action.trigger()  # back to reading
    settle(qtbot, window)
    library, article, notes = window.splitter.sizes()
    assert library < wide[0] and notes < wide[2] and article >= ARTICLE_MIN


def test_focus_mode_gives_the_article_the_window_and_back_shares_it_for_the_new_width(make_window, qtbot) -> None:
    """F11, the window made narrower meanwhile, F11 again: the panes come back shared as a window
    resized with them shown shares them, and made wide again as they were."""
    window = make_window()
    window.resize(1318, 720)
    settle(qtbot, window)
    wide = window.splitter.sizes()
    window.resize(1024, 640)
    settle(qtbot, window)
    narrow = window.splitter.sizes()
    window.keys.focus_mode_action.trigger()  # F11
    settle(qtbot, window)
    assert not window.library.isVisible() and not window.notes.isVisible()
    assert window.splitter.sizes()[1] == sum(narrow) + 2 * window.splitter.handleWidth()
    window.resize(1318, 720)
    settle(qtbot, window)
    window.resize(1024, 640)  # resized while only the article shows
    settle(qtbot, window)
    window.keys.focus_mode_action.trigger()
    settle(qtbot, window)
    assert window.library.isVisible() and window.notes.isVisible()
    assert window.splitter.sizes() == narrow
    window.resize(1318, 720)
    settle(qtbot, window)
    assert window.splitter.sizes() == wide


def test_a_side_pane_dragged_in_a_narrow_window_leaves_the_other_its_width(make_window, qtbot) -> None:
    """At 1024 px the notes were squeezed to 289 px by the rule; a drag of the library's handle
    made that squeeze the notes' wanted width, and made wide again they stayed at 289 px."""
    window = make_window()
    window.resize(1024, 640)
    settle(qtbot, window)
    drag_handle(window.splitter, 1, -20)  # the library a little narrower
    settle(qtbot, window)
    dragged = window.splitter.sizes()
    assert dragged[0] < 258 and dragged[2] == 289  # 258 | 469 | 289 as shared for 1024 px
    window.resize(1318, 720)
    settle(qtbot, window)
    library, _article, notes = window.splitter.sizes()
    assert notes == DEFAULT_WANTED[2] and library < DEFAULT_WANTED[0]  # the notes, not dragged, as wanted
    window.resize(1024, 640)
    settle(qtbot, window)
    assert window.splitter.sizes() == dragged  # back at that width, as dragged there


def test_the_notes_dragged_beside_the_composer_leave_the_library_its_width(make_window, qtbot) -> None:
    """The composer squeezes the library (to 220 px at 1400 px); a drag of the notes' handle beside
    it made that squeeze the library's wanted width, and it stayed at 220 px after the composer
    closed and the window was resized."""
    from tests.ui.briefing.test_composer_and_narrow_windows import open_composer

    window = make_window()
    window.resize(1400, 800)
    settle(qtbot, window)
    open_composer(window, qtbot)
    assert window.splitter.sizes()[0] < DEFAULT_WANTED[0] and window.notes.isVisible()
    drag_handle(window.splitter, 2, 10)  # the notes a little narrower
    settle(qtbot, window)
    window.briefings.dock.close()
    settle(qtbot, window)
    window.resize(1318, 720)
    settle(qtbot, window)
    assert window.splitter.sizes()[0] == DEFAULT_WANTED[0]


@pytest.mark.parametrize("value", [
    "-5, 600, 400", "abc, 600, 400", "330, 600", "400", "", "330, 600, 400, 12", "0, 0, 0",
    "99999999999, 600, 370", "330, 600, 4000000",
])  # fmt: skip
def test_a_hand_edited_pane_widths_starts_as_a_fresh_start_shares_the_panes(make_window, qtbot, data_dir,
                                                                            value) -> None:  # fmt: skip
    """The state file is the user's to edit: a damaged `pane_widths` starts the window, its
    panes shared as without one (a width no screen could show is no drag of the user's either:
    99999999999 px gave the library 638 px of a 1318 px window, the notes 220)."""
    from reader import paths
    from reader.ui.window_state import STATE_FILE_NAME

    state_dir = paths.resolve(data_dir).ensure().state_dir
    (state_dir / STATE_FILE_NAME).write_text(f"[layout]\npane_widths={value}\n", encoding="utf-8")
    window = make_window()
    window.resize(1318, 720)
    settle(qtbot, window)
    library, _article, notes = window.splitter.sizes()
    assert library == DEFAULT_WANTED[0] or value.startswith("330")
    assert notes == DEFAULT_WANTED[2] or value.endswith(("400", "400, 12"))
    window.resize(1024, 640)
    settle(qtbot, window)
    assert window.splitter.sizes()[1] >= ARTICLE_MIN


def test_the_pane_widths_written_by_hand_are_read(make_window, qtbot, data_dir) -> None:
    from reader import paths
    from reader.ui.window_state import STATE_FILE_NAME

    state_dir = paths.resolve(data_dir).ensure().state_dir
    (state_dir / STATE_FILE_NAME).write_text("[layout]\npane_widths=300, 600, 400\n", encoding="utf-8")
    window = make_window()
    window.resize(1318, 720)
    settle(qtbot, window)
    assert (window.splitter.sizes()[0], window.splitter.sizes()[2]) == (300, 400)


@pytest.mark.parametrize("library_hidden", [False, True])
def test_a_state_saved_before_pane_widths_gives_the_splitters_widths_as_the_users(
        make_window, qtbot, data_dir, library_hidden) -> None:  # fmt: skip
    """An older state file has the splitter's saved state alone, a pane hidden at quitting
    with the width it had."""
    from PySide6.QtWidgets import QSplitter, QWidget

    from reader import paths
    from reader.ui.window_state import WindowState

    old = QSplitter()
    qtbot.addWidget(old)
    for _ in range(3):
        old.addWidget(QWidget())
    old.resize(1400, 600)
    old.show()
    old.setSizes([300, 700, 400])
    old.widget(0).setVisible(not library_hidden)
    WindowState(paths.resolve(data_dir).ensure().state_dir).set_geometry("splitter", old.saveState())
    window = make_window()
    window.resize(1318, 720)
    settle(qtbot, window)
    library, _article, notes = window.splitter.sizes()
    assert (window.library.isVisible(), library, notes) == (True, 300, 400)


def test_the_composer_closed_in_a_window_made_narrower_beside_it_shares_the_new_width(make_window, qtbot) -> None:
    """Docked at 1400 px, the window made 1024 px wide, the composer closed: the side panes got
    back their 1400 px widths, 330 | 370, and the article was left 316 px until the next resize."""
    from tests.ui.briefing.test_composer_and_narrow_windows import open_composer

    window = make_window()
    window.resize(1400, 800)
    settle(qtbot, window)
    open_composer(window, qtbot)
    window.resize(1024, 700)
    settle(qtbot, window)
    window.briefings.dock.close()
    settle(qtbot, window)
    sizes = window.splitter.sizes()
    assert sizes == share(sum(sizes), DEFAULT_WANTED, BOTH) and sizes[1] >= ARTICLE_MIN


def test_a_window_made_narrower_beside_the_composer_keeps_the_article_readable(make_window, qtbot) -> None:
    """Docked at 1400 px, then made 1024 px wide: the side panes went to their narrowest and the
    article was left 143 px; opened at 1024 px the composer sets the side panes aside instead."""
    from tests.ui.briefing.test_composer_and_narrow_windows import open_composer

    window = make_window()
    window.resize(1400, 800)
    settle(qtbot, window)
    open_composer(window, qtbot)
    window.resize(1024, 700)
    settle(qtbot, window)
    assert window.splitter.sizes()[1] >= ARTICLE_MIN
    window.briefings.dock.close()
    settle(qtbot, window)
    assert window.library.isVisible() and window.notes.isVisible()
    assert window.splitter.sizes()[1] >= ARTICLE_MIN


def test_a_window_maximised_and_restored_comes_back_as_it_was(make_window, qtbot) -> None:
    window = make_window()
    window.resize(640, 500)  # the offscreen screen is 800 px wide: maximised it is wider
    settle(qtbot, window)
    before = window.splitter.sizes()
    window.showMaximized()
    settle(qtbot, window)
    maximised = window.splitter.sizes()
    assert sum(maximised) > sum(before) and maximised == share(sum(maximised), DEFAULT_WANTED, BOTH)
    window.showNormal()
    settle(qtbot, window)
    assert window.splitter.sizes() == before
