"""Stories in a library: profiles on import, grouping after an import or on demand, and the
user's own splits and joins, and `release`, which hands sources placed by hand back to grouping.

Grouping after an import looks only at the sources published within `MAX_DAYS` of the new
ones (and at the members of the stories those are in), so an import of a few files regroups a
few dozen sources, not the library. Term weights are counted over every profile in the library
(one query of small JSON rows). Sources the user placed or took out by hand are never moved.
Story ids are kept where a group survives: a regrouped story keeps the id most of its members
had, so the library's expanded rows and the CLI's `story` values stay put. A library whose groups
were formed by older rules (`RULES_VERSION`) is grouped whole on its next import, once, so its
old groups do not stay as they were wherever no new source comes near them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from reader.core.changes import Changes
from reader.core.progress import Progress
from reader.core.stories.grouping import MAX_DAYS, RULES_VERSION, Weights, group
from reader.core.stories.profile import Profile, day_of, make_profile, profile_keys

# For annotations only: the import pool's forkserver loads this package for `make_profile`,
# and the library's modules (0.2 s of CPU there) are of no use to a parsing worker.
if TYPE_CHECKING:
    from reader.core.store import Membership, Store



def add_profiles(store: Store, ids: Sequence[int] | None = None, progress: Progress | None = None) -> int:
    """Compute and store the profiles that are missing (of `ids`, or of the whole library)."""
    texts = store.stories.texts_without_profile(ids)
    rows = []
    for done, t in enumerate(texts, start=1):
        profile = make_profile(t.source_id, t.title, t.teaser, t.text, t.lang, t.published)
        rows.append((t.source_id, profile.to_json()))
        if progress is not None and done % 100 == 0:
            progress(done, len(texts))
    store.stories.save_profiles(rows)
    return len(rows)


def group_new(store: Store, ids: Sequence[int]) -> Changes:
    """Group freshly imported sources with each other and with the library's near-dated ones.

    Each profile is decoded once (the near-dated queries return the new ones again), and the
    term weights are counted from the decoded pool plus the rest of the library read row by
    row, so memory follows the pool, not the library. A library grouped by older rules
    (`RULES_VERSION`) is grouped whole instead, once.
    """
    if not ids:
        return Changes()
    if store.stories.rules_version() != RULES_VERSION:
        return regroup(store)
    return _group_near(store, ids)


def _group_near(store: Store, ids: Sequence[int]) -> Changes:
    """`group_new` whatever rules the library was grouped by: `release` runs it under its
    write lock, where a whole regroup would keep a window's import waiting past its timeout."""
    add_profiles(store, ids)
    pool: dict[int, Profile] = {}
    _decode(store.stories.profiles(ids=ids), pool)
    days = sorted({p.day for p in pool.values() if p.day is not None})
    for start, end in _spans(days):
        low, high = date.fromordinal(start - MAX_DAYS), date.fromordinal(end + MAX_DAYS)
        _decode(store.stories.profiles(between=(low.isoformat(), high.isoformat())), pool)
    # Members of the stories the pool touches come along, so a story is regrouped whole.
    touched = {m[0] for m in store.stories.memberships(pool).values() if m and m[0] is not None}
    missing = [i for i in store.stories.members_of(touched) if i not in pool]
    _decode(store.stories.profiles(ids=missing), pool)
    return _apply(store, list(pool.values()))


def regroup(store: Store, progress: Progress | None = None) -> Changes:
    """Group the whole library anew (sources placed by hand stay where the user put them)."""
    add_profiles(store, None, progress)
    pool: dict[int, Profile] = {}
    _decode(store.stories.profiles(), pool)
    changes = _apply(store, list(pool.values()))
    store.stories.set_rules_version(RULES_VERSION)
    return changes


def join(store: Store, ids: Sequence[int]) -> tuple[Changes, dict[int, Membership]]:
    """Put sources (and the stories they are in) into one story, by hand.

    Returns the changes and the memberships as they were, for `restore` (undo).
    """
    current = store.stories.memberships(ids)
    story_ids = [m[0] for m in current.values() if m and m[0] is not None]
    everyone = sorted(set(ids) | set(store.stories.members_of(story_ids)))
    before = store.stories.memberships(everyone)
    target = Counter(story_ids).most_common(1)[0][0] if story_ids else store.stories.new_story()
    rows: dict[int, Membership] = {i: (target, True) for i in everyone}
    return store.stories.set_memberships(rows), before


def detach(store: Store, ids: Sequence[int]) -> tuple[Changes, dict[int, Membership]]:
    """Take sources out of their stories by hand: automatic grouping leaves them alone after.

    The story's other members are marked as placed by hand too, so the split holds.
    """
    current = store.stories.memberships(ids)
    story_ids = [m[0] for m in current.values() if m and m[0] is not None]
    chosen = set(ids)
    others = [i for i in store.stories.members_of(story_ids) if i not in chosen]
    before = store.stories.memberships([*ids, *others])
    rows: dict[int, Membership] = {i: (None, True) for i in ids}
    rows |= {i: ((m[0] if (m := before[i]) else None), True) for i in others}
    return store.stories.set_memberships(rows), before


def release(store: Store, ids: Sequence[int]) -> Changes:
    """Hand sources placed by hand back to automatic grouping, which then groups them with the
    library's near-dated sources as after an import: from a terminal, the undo of a join or a
    split of sources the grouping had placed (a join or split marks them by hand for good, and
    the window's undo, which restores the marks it kept, has no command to print).

    A source keeps its story's id unless a live member of that story stays placed by hand, so
    grouping as before gives the story back under its old number, and a story the user still
    holds is never shared with grouping's sources; that story's members in the bin are handed
    back with it. Sources not placed by hand are left alone.
    """
    before = store.stories.memberships(ids)
    placed = {i: m[0] for i, m in before.items() if m is not None and m[1]}
    if not placed:
        return Changes()
    others = {i: row for i, row in store.stories.placed_by_hand(set(placed.values())).items() if i not in placed}
    held = {story_id for story_id, live in others.values() if live}
    rows: dict[int, Membership] = {i: (None if s in held else s, False) for i, s in placed.items()}
    rows |= {i: (story_id, False) for i, (story_id, _live) in others.items() if story_id not in held}
    with store.write():
        return store.stories.set_memberships(rows) | _group_near(store, list(placed))


def restore(store: Store, memberships: dict[int, Membership]) -> Changes:
    """Put memberships back as `join` or `detach` found them (undo)."""
    return store.stories.set_memberships(memberships)


def _decode(rows: Sequence[tuple[int, str | None, str]], pool: dict[int, Profile]) -> None:
    """Add the profiles of `rows` to `pool`, decoding only those it does not hold yet."""
    for source_id, published, text in rows:
        if source_id not in pool:
            pool[source_id] = Profile.from_json(source_id, day_of(published), text)


def _spans(days: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted days merged into runs whose windows overlap: one query per run, not per day."""
    spans: list[tuple[int, int]] = []
    for day in days:
        if spans and day - spans[-1][1] <= 2 * MAX_DAYS:
            spans[-1] = (spans[-1][0], day)
        else:
            spans.append((day, day))
    return spans


def _weights(store: Store, pool: list[Profile]) -> Weights:
    """Weights over every live profile of the library: those of `pool` as decoded, the
    others read for their keys only, one at a time."""
    known = {p.source_id: p for p in pool}
    return Weights.of_keys(
        (p.terms.keys(), p.names.keys()) if (p := known.get(source_id)) else profile_keys(text)
        for source_id, text in store.stories.profile_rows()
    )


def _apply(store: Store, pool: list[Profile]) -> Changes:
    """Group `pool` and write the result, keeping story ids where groups survive."""
    groups = group(pool, _weights(store, pool))
    with store.write():
        return _write_groups(store, [p.source_id for p in pool], groups)


def _write_groups(store: Store, ids: list[int], groups: list[list[int]]) -> Changes:
    before = store.stories.memberships(ids)
    # Read under the write lock: a source the user joined or split while the groups were
    # computed (in the window, as a terminal's import groups; a whole regroup takes seconds)
    # is the user's now, and grouping must not write over it.
    mine = {i for i, m in before.items() if m is not None and m[1]}
    if mine:
        ids = [i for i in ids if i not in mine]
        groups = [kept for members in groups if len(kept := [i for i in members if i not in mine]) >= 2]
    rows: dict[int, Membership] = {i: None for i in ids if before[i] is not None}
    taken: set[int] = set()
    for members in sorted(groups, key=len, reverse=True):
        held = Counter(m[0] for i in members if (m := before[i]) and m[0] is not None and m[0] not in taken)
        story_id = held.most_common(1)[0][0] if held else store.stories.new_story()
        taken.add(story_id)
        rows |= {i: (story_id, False) for i in members}
    changed = {i: m for i, m in rows.items() if before.get(i) != m}
    return store.stories.set_memberships(changed) if changed else Changes()
