"""The other ways news writes one body's name, which a name's key alone does not join:

- a legal form abbreviated: "Sierra Nevada Corp." is "Sierra Nevada Corporation", "Acme Inc."
  "Acme Incorporated", "Warner Bros." "Warner Brothers";
- an English department's field before its head: "Justice Department" is the "Department of
  Justice", "Treasury Department" the "Department of the Treasury", "Defence Ministry" the
  "Ministry of Defence";
- a German federal ministry as one word: "Bundesforschungsministerium" is the
  "Bundesministerium für Bildung und Forschung", "Bundesinnenministerium" the
  "Bundesministerium des Innern", "Finanzministerium" the "Bundesministerium der Finanzen".

`other_form(name, of)` is one-way — the short or abbreviated form of the full one — so that a
text naming both keeps the full name as the body's.
"""

from __future__ import annotations

from reader.core.entities.cues import bare

_SPELLED = {
    "corp.": "corporation", "corp": "corporation", "inc.": "incorporated", "inc": "incorporated",
    "co.": "company", "ltd.": "limited", "ltd": "limited", "bros.": "brothers",
}  # fmt: skip
# The heads of English bodies that put their field after "of" or before themselves.
_HEADS = frozenset("Department Ministry Office Bureau Agency Administration".split())
_MINISTRY = ("ministerium", "ministeriums")
_LONG_MINISTRY = ("bundesministerium", "bundesministeriums")


def other_form(name: str, of: str) -> bool:
    """Whether `name` is another way of writing `of`, the body's full name."""
    return _abbreviated(name, of) or _field_first(name, of) or _ministry(name, of)


def _abbreviated(name: str, of: str) -> bool:
    words, full = name.casefold().split(), of.casefold().split()
    return (
        len(words) == len(full) > 1
        and words[:-1] == full[:-1]
        and _SPELLED.get(words[-1]) == full[-1]
    )


def _field_first(name: str, of: str) -> bool:
    words = [bare(w) for w in name.split()]
    full = [bare(w) for w in of.split() if w not in ("the", "The")]
    return (
        len(words) >= 2 and words[-1] in _HEADS and len(full) >= 3
        and full[0] == words[-1] and full[1] == "of" and full[2:] == words[:-1]
    )  # fmt: skip


def _ministry(name: str, of: str) -> bool:
    low, full = name.casefold(), of.casefold().replace(",", " ").split()
    if " " in low or not low.endswith(_MINISTRY) or len(full) < 3:
        return False
    field = low.removeprefix("bundes")
    field = field[: field.rindex("ministerium")]
    field = field[:-1] if field.endswith("s") and len(field) > 5 else field
    if len(field) < 4 or full[0] not in _LONG_MINISTRY or full[1] not in ("für", "der", "des"):
        return False
    return any(w.startswith(field[: max(4, len(field) - 2)]) for w in full[2:])
