"""How an office is held: before ("former", "ehemalige", "Ex-"), for the time being ("acting",
"kommissarische") or not yet ("President-elect", "designierte").

A former minister is not the minister, nor is an acting director the director or a
president-elect the president: the word says what the person is now, so a role keeps it where
the text says it (the rules read it with the office before the name, `added_roles`,
`role_phrases`), and a list that says the office in the other language says it too — "ehemalige
Ministerin" is "former Minister" in English, "acting CEO" "kommissarischer Vorstandschef" in
German. Other adjectives before an office ("new", "neue") say nothing of how it is held and stay
out of the role.
"""

from __future__ import annotations

import re

FORMER, ACTING, ELECT, DESIGNATE = "former", "acting", "elect", "designate"

# English words before an office, lower case (a capital opens a run: "Former President").
_BEFORE_EN = {"former": FORMER, "ex": FORMER, "acting": ACTING, "interim": ACTING}
# German adjectives before an office, declined as the sentence needs ("der ehemaligen
# Ministerin", "dem kommissarischen Leiter"), and the deputy's, which is part of the office
# ("stellvertretende Vorsitzende"; a list keeps it as written).
_BEFORE_DE = re.compile(
    r"(?i)^(ehemalig|früher|designiert|kommissarisch|stellvertretend)(e|er|en|em|es)?$"
)
_KIND_DE = {"ehemalig": FORMER, "früher": FORMER, "designiert": DESIGNATE, "kommissarisch": ACTING}
# After the office, joined by a hyphen: "President-elect", "Secretary-designate"; German "a. D."
_AFTER = re.compile(r"(?i)^(?P<office>.+?)(?:-(?P<en>elect|designate)| a\.\s?D\.)$")


def holding_word(word: str) -> bool:
    """Whether `word`, right before an office, says how it is held and belongs to the role:
    "former", "acting", "interim", a declined "ehemalige", "frühere", "designierte",
    "kommissarische" or "stellvertretende"."""
    return word.casefold() in _BEFORE_EN or _BEFORE_DE.match(word) is not None


def office_after_hyphen(word: str) -> str:
    """The office of "President-elect" or "Secretary-designate" ("President"), else ""."""
    match = _AFTER.match(word)
    return match.group("office") if match and match.group("en") else ""


def held(role: str) -> tuple[str, str, str] | None:
    """(how the office is held, the office, the language that says so: "" for "Ex-", which
    both write) of a role that says it: "former Prime Minister" (former, "Prime Minister",
    en), "Ex-Premier" (former, "Premier", ""), "ehemalige Ministerin", "Bundeskanzler a. D.", "acting CEO",
    "kommissarischer Leiter", "President-elect", "designierte Präsidentin"; None for
    another role. The deputy's word is part of the office ("stellvertretende Vorsitzende")."""
    low = role.casefold()
    if low.startswith("ex-") and len(role) > 3:
        return FORMER, role[3:], ""
    first, space, rest = role.partition(" ")
    if space and first.casefold() in _BEFORE_EN:
        return _BEFORE_EN[first.casefold()], rest, "en"
    if space and (match := _BEFORE_DE.match(first)) and match.group(1).casefold() in _KIND_DE:
        return _KIND_DE[match.group(1).casefold()], rest, "de"
    match = _AFTER.match(role)
    if match is None:
        return None
    kind = match.group("en")
    return (kind.casefold(), match.group("office"), "en") if kind else (FORMER, match.group("office"), "de")


def written_held(kind: str, office: str, language: str, feminine: bool) -> str:
    """`office` held so, as a list in `language` writes it: "former Minister", "acting CEO",
    "President-elect", "Minister-designate"; "Ex-Ministerin", "kommissarischer Leiter",
    "designierte Präsidentin" (the adjective in the nominative without an article)."""
    if language == "en":
        return f"{office}-{kind}" if kind in (ELECT, DESIGNATE) else f"{kind} {office}"
    if kind == FORMER:
        return f"Ex-{office}"
    adjective = "kommissarisch" if kind == ACTING else "designiert"
    return f"{adjective}{'e' if feminine else 'er'} {office}"
