"""Which sources the status bar's "Tag this import…" (or "Tag the pasted source…") tags, as a
user finds out: click it, give a tag, and look which sources carry it."""

from __future__ import annotations

import pytest

from reader.ui import dialogs


def tagged_by_the_offer(window, tag: str = "Angebot") -> list[int]:
    """Click the shown offer, answer `tag`, and return the sources that now carry it (the offer
    is used up, as after a user's click)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dialogs, "ask_text", lambda *_args, **_kwargs: tag)
        window.import_tagger.button.click()
    return sorted(s.id for s in window.session.store.sources.list() if tag in s.tags)
