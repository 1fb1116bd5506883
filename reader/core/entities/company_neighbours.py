"""What the words right around a lone name say of a company: a word for one before it
("chipmaker Intel", "Chiphersteller Zorvex", "the charity Oxfam"), where one works, where news
comes from or what one can own a part of ("strategist at Miller Tabak", "according to
Deadline", "a shareholder in Ithaca"), and what English says of a body and never of a person
("Bloomberg reported", "a Kovatix spokeswoman").

Split from `neighbours` (which weighs these against a person's and a place's evidence) since
`agreement.products` asks the same question of every mention: a text that calls a name a
company once ("keyboard case maker Brydge") means the company wherever it writes it.
"""

from __future__ import annotations

from reader.core.entities.cues import bare
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.lexicon import ORG_WORDS, ROLE_TITLES, ROLE_WORDS_EN
from reader.core.entities.names import Token

# Words for a company that name people as well: "his partner Mike said", "rival Smith said".
_PEOPLE_TOO = ("partner", "rival", "rivale", "konkurrent")


def workplace_or_source(words: list[Token], at: int) -> bool:
    """A lone name where one works, where news comes from or that one owns a part of:
    "strategist at Miller Tabak", "arbeitet bei Bosch", "bei der Telekom", "spokesperson for
    Amazon", "via USA Today", "according to Deadline", "laut Kovatix", "nach Angaben von
    Kovatix", "shares of Intel", "die Aktie von Kovatix"."""
    before = [w.text.casefold() for w in words[max(0, at - 2) : at]]
    last = before[-1] if before else ""
    if last in ("at", "bei", "beim", "via", "laut"):
        return True  # "laut Zentrobix": the source, as "according to"
    if len(before) == 2 and last in ("der", "dem") and before[0] == "bei":
        return True
    return len(before) == 2 and (
        before == ["according", "to"]
        or (last == "for" and before[0].startswith("spokes"))
        or before in (["shares", "of"], ["shares", "in"], ["stake", "in"], ["stakes", "in"])
        or before[0] in ("shareholder", "shareholders") and last in ("of", "in")
        or before in (["anteile", "an"], ["aktionär", "von"], ["aktionäre", "von"])
        or before in (["aktie", "von"], ["aktien", "von"], ["angaben", "von"])  # "nach Angaben von"
        # "analysts surveyed by Refinitiv", "economists polled by Reuters": who asks a market
        or before in (["surveyed", "by"], ["polled", "by"], ["compiled", "by"])
    )  # "shares of Intel", "Anteile an Exaring": what one can own; "a shareholder in Ithaca",
    # "Aktionär von Exaring": only a company has shareholders


# Staff a firm's name stands before, as a person's does not ("Jefferies analyst Jonathan
# Matuszewski", "Capital Economics economist Jane Roe"; not "spokesman" or "aide": "Merkel
# spokesman Steffen Seibert", "Trump adviser Stephen Miller").
_MARKET_STAFF = frozenset("analyst analysts economist economists strategist strategists".split())


def not_somebody(words: list[Token], at: int) -> bool:
    """English says of a body what it never says of a person: "the company said in a
    statement", "Bloomberg reported",
    "a Kovatix spokeswoman", "Jefferies analyst Jonathan Matuszewski".
    ("X, which …" says no more than that X is no person: a place may be meant.)"""
    after = [w.text.casefold() for w in words[at + 1 : at + 5]]
    before = words[at - 1].text.casefold() if at > 0 else ""
    return (
        after[:1] in (["reported"], ["reports"]) and not named_a_person(words, at)
        or (after[:1] != [] and after[0].startswith("spokes") and before in ("a", "an"))
        or after[:4] == ["said", "in", "a", "statement"]
        or (
            after[:1] != [] and after[0] in _MARKET_STAFF
            and at + 2 < len(words) and words[at + 2].capital
        )  # fmt: skip
    )


# What stands before a person's name and never before an outlet's: "Mr. Trump", "President
# Trump", "the chairman of the board, Trump,".
# (compared without a full stop: the words keep none after "Mr" and "Dr")
_TITLES = frozenset(w.casefold().rstrip(".") for w in (*ROLE_TITLES, *ROLE_WORDS_EN))


def named_a_person(words: list[Token], at: int) -> bool:
    """Whether the lone name at `at` is a person's though a verb of reporting follows it, as
    an outlet's does ("Trump reported a loss"): a role in the apposition it stands in ("The
    chairman of the board, Trump, reported"), or a person the text makes of the same word
    elsewhere — after a title ("Mr. Trump", "President Trump") or before an age ("Trump,
    77,"); a first name before it elsewhere is `surnames`' evidence ("Thomas Müller"). A lone
    first name says nothing: an outlet may be named so ("Kan reported")."""
    name = bare(words[at].text)
    apposed = 0 < at < len(words) - 1 and _comma_between(words[at - 1], words[at])
    if apposed and _comma_between(words[at], words[at + 1]) and any(
        _title(w.text) for w in words[max(0, at - 6) : at]
    ):  # not "The chief executive resigned on Monday, Zorvex reported": that is an outlet's
        return True  # "The chairman of the board, Trump, reported"
    for i, word in enumerate(words):
        if i == at or bare(word.text) != name:
            continue
        after = words[i + 1] if i + 1 < len(words) else None
        if _titled(words, i):
            return True
        if after is not None and _comma_between(word, after) and after.text.isdigit():
            if len(after.text) <= 3:  # "Trump, 77,"; not "Zorvex, 2024," — look further
                return True
    return False


def _titled(words: list[Token], at: int) -> bool:
    """Whether a title or a role word stands right before the word at `at` ("President
    Trump", "Mr. Trump", whose token keeps no full stop), not across a sentence's end ("… met
    the chairman. Trump reported")."""
    if at == 0 or not _title(words[at - 1].text):
        return False
    gap = words[at].start - words[at - 1].end
    return gap == 1 or (gap == 2 and f"{words[at - 1].text}." in ROLE_TITLES)


def _title(word: str) -> bool:
    """Whether a word is a title or a role word that stands before a person's name."""
    return word.casefold().rstrip(".") in _TITLES


def _comma_between(first: Token, second: Token) -> bool:
    """Whether only a comma and a space stand between two words (the tokens keep no
    punctuation; a full stop is the other mark two characters wide, and opens a sentence:
    "said Trump. 12 analysts agreed" gives no age)."""
    return second.start - first.end == 2 and not second.sentence_start


def after_company_word(words: list[Token], at: int, lang: str) -> bool:
    """Whether the word at `at` follows a word for a company inside a sentence ("Chiphersteller
    Intel", "the charity Oxfam")."""
    before = words[at - 1].text.casefold() if at > 0 else ""
    return (
        before.endswith(ORG_WORDS)
        and before not in ("die", "der")
        and not words[at].sentence_start
        and words[at].start - words[at - 1].end
        == 1  # not "Medienportal www.x.de Pressemitteilungen"
        and (lang == "en" or (words[at - 1].capital and not _german_noun(words[at].text)))
    )  # German writes its nouns with a capital ("strahlender Teint": an adjective, no lender)


def called_company(words: list[Token], at: int, lang: str) -> bool:
    """`after_company_word`, by a word for no person ("chipmaker Zorvex"; not "partner Willi")."""
    before = words[at - 1].text.casefold()
    return after_company_word(words, at, lang) and not before.endswith(_PEOPLE_TOO)


def _german_noun(word: str) -> bool:
    """A German noun, which no word for a company names ("Standard-Label Auskunft")."""
    return german_word(bare(word)) or german_compound(bare(word))
