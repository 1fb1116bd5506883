"""A person's academic title and salutation kept apart from the office a role names.

"Dr." and "Prof." say which degree a person holds, not what they do, and a salutation ("Frau",
"Mr.") how the text addresses them. The rules read the words before a name as one role, so a
title or a salutation came glued to the office ("Tierärztin Dr. Ina Berger" gave "Tierärztin
Dr.", "Frau Ministerin Müller" "Frau Ministerin"), and a list showed that phrase as the office;
where an office after the name said more ("Dr. Martha Greene, a cardiologist"), the title was
lost. The office and the title are each a role of their own here, and the title is written
before the name in a who's who, as the sources address the person ("Dr. Ina Berger"); the
salutation is none (`office_names.SALUTATIONS`), and the index no longer keeps it.
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
    """Roles without the salutations opening them or standing alone, and with a title closing
    them made a role of its own: "Frau Ministerin" is "Ministerin", "Frau" none, "Leiterin Dr."
    "Leiterin" and "Dr."."""
    split: list[str] = []
    for role in roles:
        first, space, rest = role.partition(" ")
        if first.rstrip(".").casefold() in SALUTATIONS:
            if not space:
                continue
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
