"""A marked saved search's row (a query that no longer runs, with its warning sign) is about as
high as the others.

Seen in both languages at 1024 × 700: the warning sign at its own 32 px made the row of "Asia"
(`Japan OR`, saved before `OR` at the end was refused) half again as tall as "Allies" above it,
its name pushed right and down. Real window, real library in a temp dir, themed as it starts.
"""

from __future__ import annotations

import pytest

from reader.core.store import SavedSearch


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_marked_row_is_about_as_high_as_the_others(make_window, themed, theme) -> None:
    themed(theme)
    window = make_window()
    store = window.session.store
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Allies", "Japan"))[1])
    with store.db.conn:
        store.db.execute("INSERT INTO saved_searches (name, query, created_at) VALUES ('Asia', 'Japan OR', '')")
    saved = window.library.saved
    saved.reload()
    view = saved.view
    assert [view.item(r).text() for r in range(view.count())] == ["Allies", "Asia"]
    assert not view.item(1).icon().isNull()  # still marked
    assert view.sizeHintForRow(1) - view.sizeHintForRow(0) <= 2  # the icon's margin; 12 px taller before
