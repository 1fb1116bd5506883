"""Two highlights on the open source and a briefing "Memo" that the user picks with Enter from
whatever briefing menu a key pops up: what the tests of `B` in each list share."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from reader.ui.article import highlight_keys
from reader.ui.briefing.add_menu import create_briefing


@dataclass
class MemoByKey:
    first: int  # the highlights' ids, in the text's order
    second: int
    memo: int  # the briefing's id
    offered: list[list[str]] = field(default_factory=list)  # each menu's entries, as popped up


def memo_by_key(window, monkeypatch: pytest.MonkeyPatch, first_label: str) -> MemoByKey:
    store = window.session.store
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    first, _ = store.highlights.add(source_id, 0, text.index(" ", 10), first_label)
    second, changes = store.highlights.add(source_id, text.index(" ", 40), text.index(" ", 60), "risk")
    window.session.changes_applied.emit(changes)
    made = MemoByKey(first.id, second.id, create_briefing(window.session, "Memo"))

    def choose_memo(menu, _where) -> None:  # the user picks "Memo" with Enter
        made.offered.append([a.text() for a in menu.actions()])
        next(a for a in menu.actions() if a.text().replace("&", "") == "Memo").trigger()

    monkeypatch.setattr(highlight_keys, "popup", choose_memo)
    return made
