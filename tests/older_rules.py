"""A library as an older release's rules indexed it, for tests of what a re-index under newer
rules does: every row named and every source indexed under another rules version (the version
after the colon of `entity_indexed.text_hash`), so `EntityRepo.refresh` reads each source again
and names each row anew, as it does after an update raises `RULES_VERSION`.
"""

from __future__ import annotations

from reader.core.entities import RULES_VERSION
from reader.core.store import Store


def as_indexed_by_older_rules(store: Store) -> None:
    """Every source and row marked as indexed by an older release's rules."""
    with store.write():
        store.db.execute("UPDATE entities SET rules = NULL")
        store.db.execute(f"UPDATE entity_indexed SET text_hash = replace(text_hash, ':{RULES_VERSION}', ':0')")
