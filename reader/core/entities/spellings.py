"""Which people of a text a lone word of a name can be: a part of their full name as written,
in the genitive ("Takaichis"), or — for a word already taken for a person — spelled with one
letter doubled or undoubled, as transliterations and variants a text mixes are ("Zelensky"
and "Zelenskyy", "Mohamed" and "Mohammed", "Philips" and "Phillips").
"""

from __future__ import annotations


def people_named(word: str, by_part: dict[str, set[str]], respelled: bool) -> set[str] | None:
    """The keys of the people whose name has `word` as a part (`by_part`: each first and last
    part of a full name, with the people's keys), also in the genitive or, when `respelled`,
    with one letter doubled or undoubled."""
    keys = by_part.get(word) or (by_part.get(word[:-1]) if word.endswith("s") else None)
    return keys or (doubled_variant(word, by_part) if respelled else None)


def doubled_variant(word: str, by_part: dict[str, set[str]]) -> set[str] | None:
    """The keys of the people whose name has a part spelled as `word` with one letter doubled
    or undoubled; None when there is none. Only words of six letters or more: in a short name
    one letter more is as likely another name."""
    if len(word) < 6:
        return None
    keys: set[str] = set()
    for at in range(1, len(word) + 1):
        if at < len(word) and word[at] == word[at - 1]:  # "Zelenskyy" -> "Zelensky"
            keys |= by_part.get(word[:at] + word[at + 1 :], set())
        keys |= by_part.get(word[:at] + word[at - 1] + word[at:], set())  # "Zelensky" -> "…yy"
    return keys or None
