"""The mention heading and "Show sources in library" on one line in a 1024 px window (session 28).

Seen in German: choosing an entity ("Hongkong (Ort): 28 Erwähnungen") put "Quellen in der
Bibliothek zeigen" under the heading whenever the whole heading did not fit beside it, so the
mention list moved down a line and up again as one went down the entities. Now the button stays
beside the heading, which is cut with "…" (whole in its tooltip); whether it goes under depends
on the width alone (beside the docked composer: test_entities_beside_the_composer.py). The real
window on the seeds.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("language", ["de", "en"])
def test_at_1024_px_heading_and_button_keep_one_line(make_window, qtbot, speak, language) -> None:
    speak(language)
    window = make_window()
    window.resize(1024, 700)
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
    view = mode.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 5)
    heading, button, tops, cut = view.mention_heading, view.show_sources, set(), 0
    for row in range(6):  # the places first, "Vereinigte Staaten (Ort): 58 Erwähnungen" the longest
        view.table.setCurrentIndex(view.model.index(row, 0))
        qtbot.waitUntil(lambda: view.mentions.rowCount() > 0 and heading.full_text()[0] != "W")
        qtbot.waitUntil(lambda row=row: heading.full_text().startswith(view.model.index(row, 0).data()))
        assert not view.heading_row.folded()
        assert button.geometry().top() < heading.geometry().bottom()  # beside it, not under it
        assert heading.geometry().right() < button.geometry().left()
        if heading.text() != heading.full_text():
            cut += 1
            assert heading.toolTip() == heading.full_text()
            # the name is cut, what is said of it stays whole ("… (Ort): 58 Erwähnungen")
            assert "…" in heading.text() and heading.text().endswith(heading.full_text()[-12:])
        tops.add(view.mention_view.geometry().top())
    assert window.width() == 1024
    assert len(tops) == 1  # the list never jumped
    if language == "de":
        assert cut  # the German heading is the longer: cut, not wrapped
    speak("en")
