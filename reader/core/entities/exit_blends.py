"""A country's leaving a union, named by a blend of its name and "exit", is an event and a
policy, no organisation: "Brexit", "Grexit", "Polexit" — "policies on Brexit", "a Brexit
referendum", "Brexit-weary".

News writes such a word again and again and with a capital, and a lone name the text repeats
is taken for a body when nothing else is known of it. The blend's shape says what it is: a
short clipped stem ("Br", "Gr", "Ital") glued to "exit", which no body's name is made of in
the languages the rules read.
"""

from __future__ import annotations

import re

# A clipped stem of one to five letters, then "exit": "Brexit", "Grexit", "Italexit".
_BLEND = re.compile(r"\b[A-Z][a-z]{0,4}exit\b")


def exit_blends(text: str) -> set[str]:
    """The blends of a name and "exit" that `text` writes."""
    return set(_BLEND.findall(text))
