"""The timeline's legend and scope line wrap (seen in the window, session 12: on one line, long
outlet or tag names made the window wider than a laptop's screen; a long search would too)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.settled import settle

LONG = ["Bundesministerium für Familie, Senioren, Frauen und Jugend", "Bundesamt für Sicherheit in der Informationstechnik",
        "Frankfurter Allgemeine Zeitung, Wirtschaftsredaktion"]  # fmt: skip


def test_long_names_wrap_and_the_window_stays_on_the_screen(make_window) -> None:
    window = make_window()
    store = window.session.store
    ids = {s.file_name[:3]: s.id for s in store.sources.list()}
    for seed, name in zip(("000", "002", "003"), LONG, strict=True):  # three marks: the story, 2024, 2022
        window.session.apply(lambda seed=seed, name=name: store.tags.add([ids[seed]], name))
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.colour_by.setCurrentIndex(timeline.colour_by.findData("tag"))
    assert len(timeline.canvas.colours) == 3
    room = timeline.screen().availableGeometry().width()
    assert timeline.minimumSizeHint().width() <= room
    assert timeline.width() <= room
    text = timeline.legend.text()
    assert "Bundesministerium&nbsp;für" in text  # an entry is not broken inside
    assert "Bundesministerium für Familie, Senioren, Frauen und Jugend" not in text.replace("&nbsp;", " ")  # shortened
    timeline.close()


def test_a_long_search_in_the_scope_line_keeps_the_window_on_the_screen(make_window, qtbot) -> None:
    window = make_window()
    window.timeline.action.trigger()
    timeline = window.timeline.window
    words = "Takaichi OR Kishida OR Biden OR Blinken OR Scholz OR Buffett OR Marcos OR Xi OR Trump OR Smith"
    window.library.search_box.setText(words + " OR " + words.lower())
    qtbot.keyClick(window.library.search_box, Qt.Key.Key_Return)
    assert "Takaichi OR Kishida" in timeline.scope.text()
    settle(qtbot, timeline)
    assert timeline.minimumSizeHint().width() <= timeline.screen().availableGeometry().width()
    timeline.close()
