"""The window's Undo of Join and Take out restores what grouping had placed as grouping's.

From a terminal, undoing a join or split by hand left the sources "placed by hand", never
grouped again (now `story auto` in the undo line). The window's Undo had to be checked for the
same fault: it puts back the memberships it kept, the mark "by hand" with them, so a source
grouping had placed is grouping's again after Undo.
"""

from __future__ import annotations

from reader.core import stories


def test_undo_of_join_and_take_out_leaves_the_sources_to_grouping(make_window) -> None:
    window = make_window()
    store, undo = window.session.store, window.session.undo_stack
    ids = sorted(s.id for s in store.sources.list())
    grouped = store.stories.memberships(ids)
    assert all(row is None or not row[1] for row in grouped.values())  # as imported: none by hand
    tokyo, other = sorted(store.stories.story_of()), next(i for i in ids if i not in store.stories.story_of())

    window.stories.join([tokyo[0], other])
    assert all(row is not None and row[1] for row in store.stories.memberships([*tokyo, other]).values())
    undo.undo()
    assert store.stories.memberships(ids) == grouped

    window.stories.take_out(tokyo[0])
    undo.undo()
    assert store.stories.memberships(ids) == grouped
    stories.regroup(store)  # what Undo gave back to grouping is grouping's: where it was
    assert store.stories.memberships(ids) == grouped
