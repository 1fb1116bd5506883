"""A role another role of the same person says more closely is not listed beside it.

Sources name one office loosely and closely ("press secretary", "White House Press Secretary";
"lawyer", "personal lawyer"), and a who's who listed "Stephanie Grisham — White House Press
Secretary, press secretary": the office twice, as if she held two. The loose form is the close
one's last words; it is left out — but not where the words before it make another office ("vice
president" is not the president, a "Lieutenant Colonel" no colonel) or say how it is held
("former Vice President" beside "Vice President" is `roles.merge_roles`'s to settle).
"""

from __future__ import annotations

from reader.core.entities.held_offices import held

# Words before an office that make it another one, a rank below or beside it, or say it was
# held before where `held_offices` does not ("one-time adviser", "the late president").
_OTHER_RANK = frozenset(
    "vice deputy assistant associate under lieutenant co second junior rear one time onetime late"
    " stellvertretender stellvertretende stellv vize ko zweiter zweite".split()
)


def closer_kept(roles: tuple[str, ...]) -> tuple[str, ...]:
    """`roles` without one whose words end another of them, in their order."""
    return tuple(role for role in roles if not any(_says_closer(other, role) for other in roles))


def _says_closer(other: str, role: str) -> bool:
    """Whether `other` is `role` with words before it that only qualify it ("White House
    Press Secretary", "press secretary")."""
    front, tail = other.casefold(), " " + role.casefold()
    if not front.endswith(tail) or held(other) is not None:
        return False
    return not _OTHER_RANK & set(front.removesuffix(tail).replace("-", " ").replace(".", " ").split())
