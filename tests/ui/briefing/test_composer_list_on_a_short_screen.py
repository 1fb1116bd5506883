"""The composer's item list keeps the briefing's structure in sight at 1024 × 700 (session 31).

Seen there: the list got the share it has at 800 px (300 : 180 : 220 of the splitter), about
130-160 px, and a six-line who's who filled it: the headings before and after it were out of
sight. Now the preview, then the editor, give it LIST_LINES lines; at 1280 × 800 nothing changes.
"""

from __future__ import annotations

import pytest

from reader.ui.briefing.composer_splitter import ComposerSplitter

WHOS_WHO = "**Who's who**\n\n" + "\n".join(f"- **Person {i}** — minister, Tokyo" for i in range(6))


def _composer(make_window, qtbot, width: int, height: int):
    window = make_window()
    window.resize(width, height)
    composer = window.briefings.composer()
    composer.create_briefing("Japan")
    briefings, briefing_id = window.session.store.briefings, composer.briefing_id
    briefings.add_heading(briefing_id, "Japan")
    briefings.add_text(briefing_id, WHOS_WHO)
    for heading in ("Wirtschaft", "Sicherheit", "Ausblick"):
        briefings.add_heading(briefing_id, heading)
    window.briefings.show(briefing_id)
    splitter = composer.findChild(ComposerSplitter)
    qtbot.waitUntil(lambda: composer.items_list.count() == 5 and splitter.height() > 0)
    qtbot.waitUntil(lambda: abs(sum(splitter.sizes()) + 2 * splitter.handleWidth() - splitter.height()) <= 2)
    return window, composer, splitter


@pytest.mark.parametrize(("width", "height"), [(1024, 700), (976, 652)])
def test_a_whos_who_and_the_headings_around_it_in_sight(make_window, qtbot, width, height) -> None:
    window, composer, splitter = _composer(make_window, qtbot, width, height)
    items = composer.items_list
    qtbot.waitUntil(lambda: items.viewport().height() > 0)
    room = items.viewport().rect()
    in_sight = [room.contains(items.visualItemRect(items.item(row))) for row in range(items.count())]
    assert in_sight == [True] * 5, (splitter.sizes(), items.height())
    assert window.height() == height
    _list, editor, preview = splitter.sizes()
    # the editor keeps its share; the preview yielded, and keeps at least its minimum
    assert preview >= splitter.widget(2).minimumSizeHint().height()
    assert editor >= 4 * composer.editor.fontMetrics().lineSpacing()


def test_at_1280_by_800_the_splitter_shares_as_before(make_window, qtbot) -> None:
    _window, _composer_, splitter = _composer(make_window, qtbot, 1280, 800)
    sizes = splitter.sizes()
    assert sizes[0] > splitter.list_wanted()  # its share is more than it wants: left as it was
    shares = [size / sum(sizes) for size in sizes]
    assert shares == pytest.approx([300 / 700, 180 / 700, 220 / 700], abs=0.01)  # the splitter's own
