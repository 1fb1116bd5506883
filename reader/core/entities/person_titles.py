"""A person's academic title and salutation kept apart from the office a role names.

"Dr." and "Prof." say which degree a person holds, not what they do, and a salutation ("Frau",
"Mr.") how the text addresses them. The rules read the words before a name as one role, so a
title or a salutation came glued to the office ("Tierärztin Dr. Ina Berger" gave "Tierärztin
Dr.", "Frau Ministerin Müller" "Frau Ministerin"), and a list showed that phrase as the office;
where an office after the name said more ("Dr. Martha Greene, a cardiologist"), the title was
lost. Each is a role of its own here: the office as the list shows it, the title, which a
who's who writes before the name as the sources address the person ("Dr. Ina Berger"), and
the salutation, which no list shows (`office_names.SALUTATIONS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.core.entities.office_names import SALUTATIONS

# Academic titles, alone or in a row ("Prof. Dr."), as written before a name.
_TITLES = r"(?:Prof|Dr)\.(?:\s+(?:Prof|Dr)\.)*"
_TITLE = re.compile(_TITLES)
_TITLE_AFTER = re.compile(rf"\s+({_TITLES})$")
_TITLE_BEFORE = re.compile(rf"(?<![\w.])({_TITLES})\s+$")


def is_title(role: str) -> bool:
    """Whether a role is an academic title alone: "Dr.", "Prof. Dr."."""
    return bool(_TITLE.fullmatch(role))


def title_before(text: str, start: int) -> str:
    """The academic title written right before a name starting at `start`, or ""."""
    match = _TITLE_BEFORE.search(text, max(0, start - 20), start)
    return match.group(1) if match else ""


def split_roles(roles: Iterable[str]) -> list[str]:
    """Roles with a salutation opening them and a title closing them each made a role of their
    own: "Frau Ministerin" is "Frau" and "Ministerin", "Leiterin Dr." "Leiterin" and "Dr."."""
    split: list[str] = []
    for role in roles:
        first, space, rest = role.partition(" ")
        if space and first.rstrip(".").casefold() in SALUTATIONS:
            split.append(first)
            role = rest
        title = None if is_title(role) else _TITLE_AFTER.search(role)
        if title:
            split += [role[: title.start()], title.group(1)]
        else:
            split.append(role)
    return list(dict.fromkeys(split))


def titled_name(name: str, roles: Iterable[str]) -> str:
    """A person's name with the (longest) academic title among the roles before it ("Dr. Ina
    Berger"); a name already opened by a title keeps its own."""
    titles = [r for r in roles if is_title(r)]
    return name if not titles or _TITLE.match(name) else f"{max(titles, key=len)} {name}"
