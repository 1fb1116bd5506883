"""The samples' story in the window's timeline, coloured by outlet: its first report (seed 000,
signed "Redaktion") has no outlet, its next one is DWN's — the mark was grey and the legend
lacked DWN. `marks_of` is tested alone in test_timeline; this is the window a user opens."""

from __future__ import annotations


def test_the_samples_story_is_drawn_in_its_next_reports_outlets_colour(make_window) -> None:
    window = make_window()
    store = window.session.store
    files = {s.file_name[:3]: s.id for s in store.sources.list()}
    assert store.sources.get(files["000"]).site_name is None and store.sources.get(files["001"]).site_name == "DWN"
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.reload()
    (story,) = [m for m in timeline.canvas.marks if m.count > 1]
    assert story.source_id == files["000"] and story.key == "DWN"  # placed by its first, coloured by DWN
    assert "DWN" in timeline.canvas.colours and "DWN" in timeline.legend.text()
    timeline.close()
