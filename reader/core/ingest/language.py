"""Which language an article is in, and how much of a line is function words.

Stop-word density is the cheapest signal that a line is running prose rather than a menu item
or a headline, so the boilerplate rules use it; the same counts usually settle German versus
English, and py3langid (loaded lazily, once per process) decides everything else. English and
German use the short lists below; every other language the `stop-words` package ships a list
for uses that list (read once per process and language).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """a about after all also an and any are as at be because been before but by can could
        did do does for from had has have he her his how i if in into is it its itself just me
        more most my no not of on one only or other our out over said says she should so some
        than that the their them then there these they this those through to too under up us
        was we were what when where which while who whom why will with would you your""".split()
    ),
    "de": frozenset(
        """aber alle als also am an auch auf aus bei beim bis bereits da damit dann das dass
        dem den denn der des dessen die dies diese diesem diesen dieser doch dort durch ein
        eine einem einen einer eines er es etwa für gegen hat hatte haben hier ihm ihn ihr ihre
        im in ins ist jedoch kann kein keine mit muss nach nicht noch nun nur ob oder ohne sein
        seine sich sie sind so soll sollen um und uns unter vom von vor war waren was weil
        wenn werden wie wieder will wir wird wurde wurden zu zum zur zwar über""".split()
    ),
}
ALL_STOP_WORDS: frozenset[str] = frozenset().union(*STOP_WORDS.values())

# A letter, or a vowel sign or mark that scripts write as a character of its own (Unicode
# marks, which `\w` leaves out): "पूरा", "সংরক্ষণ", "שָׁלוֹם" are one word each, not the pieces
# between their marks. Digits of those scripts' blocks stay out.
_LETTER = (
    r"(?:[^\W\d_]|(?!\d)[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    r"\u06d6-\u06ed\u0900-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd\u1000-\u109f\u1780-\u17ff])"
)
WORD = re.compile(rf"{_LETTER}+(?:[-'’]{_LETTER}+)*")
# Characters that are never part of a WORD match; stripping them off a space-separated token
# leaves exactly the one word the regex would find there when the rest is all letters.
_EDGE_PUNCTUATION = ".,;:!?\"'()[]{}…“”„»«‘’‚‹›-–—/*"
# An ASCII line's words, read in C: every ASCII byte that no WORD match holds (anything but
# a letter, a hyphen or an apostrophe) becomes a space, and the rest splits at the spaces.
# Without a hyphen or an apostrophe left, each piece is one word; with one, the joiners that
# join nothing become spaces first (`_joined_words`).
_ASCII_SPACED = bytes(
    b if chr(b).isascii() and (chr(b).isalpha() or chr(b) in "-'") else ord(" ") for b in range(256)
)
# The same for a line of Latin-1 characters (most German and many Western European lines),
# where the letters are the Latin-1 characters WORD takes for one (À-ÿ but × and ÷, and ª,
# µ, º, ², ³, ¹, ¼, ½, ¾).
_LATIN_LETTERS = "".join(chr(b) for b in range(256) if WORD.fullmatch(chr(b)))
_LATIN_SPACED = bytes(
    b if chr(b) in _LATIN_LETTERS or chr(b) in "-'" else ord(" ") for b in range(256)
)
# A line of Latin-1 and Windows-1252's typographic marks (its bytes 0x80-0x9F: „…“, “…”,
# dashes, the ellipsis, the euro sign: most English and German lines with quotes) is read the
# same way, its marks spaces to WORD; the bytes there that WORD reads as letters (ƒ ˆ Š Œ Ž š
# œ ž Ÿ) or as a joiner (the apostrophe ’) send the line to the token loop.
_CP1252_MARKS = {b: bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0xA0)}
_CP1252_SPACED = bytes(ord(" ") if b in _CP1252_MARKS else _LATIN_SPACED[b] for b in range(256))
_CP1252_OTHERS = bytes(  # every byte but those of letters and the joiner: deleted to find them
    b
    for b in range(256)
    if not (_CP1252_MARKS.get(b) and (WORD.fullmatch(_CP1252_MARKS[b]) or _CP1252_MARKS[b] == "’"))
)
# A joiner beside a space or another joiner: both are spaces to WORD.
_LOOSE_JOINERS = (" -", " '", "- ", "' ", "--", "''", "-'", "'-")

# A language wins on stop words alone when its share is clearly the larger one.
_CLEAR_MARGIN = 2.0
_MIN_SHARE = 0.2
# Enough text for a stable guess while keeping the classifier well under a millisecond.
SAMPLE_CHARS = 1200
# A sample of fewer words than this is a note, a subject line, a sentence or two: too little
# for the classifier to tell English from its neighbours ("Chancellor Scholz meets Macron in
# Paris." scored Nigerian Pidgin, "Pierre and Yann Le Gall met the Kernel team." Breton, by a
# few points of log-probability). The users write German and English, so there one of the two
# is taken unless another language leads it by `_SHORT_LEAD` — a French or Spanish sentence of
# six words leads both by 50 and more, a foreign script by hundreds.
_SHORT_SAMPLE_WORDS = 20
_SHORT_LEAD = 20.0
_USERS_LANGUAGES = ("de", "en")

_identifier: Any = None


def words(text: str) -> list[str]:
    """Lower-cased words of `text` (letters only, inner hyphens and apostrophes kept)."""
    return lower_words(text.lower())


def lower_words(lower: str) -> list[str]:
    """`words` of a text already lower-cased (`lower`): the parser lower-cases each line once
    for its words and its furniture phrases."""
    # Same result as WORD.findall(lower), several times faster. An ASCII line (half of the
    # bench's, a flag test) is read without a loop in Python: `_ASCII_SPACED`; so is a line of
    # Latin-1 (`_LATIN_SPACED`: two thirds of the token loop's instructions on the bench's
    # German lines, callgrind). The rest token by token (`_words_by_token`).
    if lower.isascii():
        return _joined_words(lower.encode().translate(_ASCII_SPACED).decode())
    latin = lower.encode("latin-1", "ignore")
    if len(latin) == len(lower):
        return _joined_words(latin.translate(_LATIN_SPACED).decode("latin-1"))
    typographic = lower.encode("cp1252", "ignore")
    if len(typographic) == len(lower) and not typographic.translate(None, _CP1252_OTHERS):
        return _joined_words(typographic.translate(_CP1252_SPACED).decode("latin-1"))
    return _words_by_token(lower)


def _joined_words(spaced: str) -> list[str]:
    """The words of a line of letters, joiners ("-", "'") and spaces: a joiner joins two
    letters, every other one is a space to WORD (its form for the line's letters); made one
    with `str.replace` until none is left, after which every piece between spaces is one
    word. A scan of the pattern over the line cost twice the replaced line's split."""
    if "-" not in spaced and "'" not in spaced:
        return spaced.split()
    spaced = f" {spaced} "  # a joiner at either end joins nothing
    replaced = True
    while replaced:  # "a-'-b": each joiner becomes a space only next to one made before
        replaced = False
        for loose in _LOOSE_JOINERS:
            if loose in spaced:
                spaced = spaced.replace(loose, "  ")
                replaced = True
    return spaced.split()


def _words_by_token(lower: str) -> list[str]:
    """`lower_words` token by token: no match spans white space, so each space-separated token
    is read on its own, and a token that is all letters once its edge punctuation is gone is
    one word without running the regex."""
    found: list[str] = []
    for token in lower.split():
        if token.isalpha():
            found.append(token)
            continue
        core = token.strip(_EDGE_PUNCTUATION)
        if core.isalpha():
            found.append(core)
        else:
            found += WORD.findall(token)
    return found


def stop_word_share(tokens: Sequence[str], stops: frozenset[str] = ALL_STOP_WORDS) -> float:
    """Share of `tokens` that are function words (0.0 for no tokens).

    Korean writes its function words as endings of the word before them ("서울에서", "정부는"):
    a Hangul word ending in a particle or a verb ending counts as one.
    """
    if not tokens:
        return 0.0
    hits = sum(map(stops.__contains__, tokens))
    if tokens[0][-1] >= "\uac00" or tokens[-1][-1] >= "\uac00":
        hits += sum(1 for t in tokens if t[-1] in KOREAN_ENDINGS and t not in stops)
    return hits / len(tokens)


# Last syllables of Korean words that carry a particle or a verb ending.
KOREAN_ENDINGS = frozenset("은는이가을를의에로와과도다고며서만께한할된하요죠")
# Characters that work as function words in Japanese and Chinese running text (particles,
# auxiliaries, the commonest pronouns and prepositions); their share of a CJK line plays the
# part of the stop-word share of spaced languages.
CJK_FUNCTION_CHARS = frozenset(
    "のにはをがでてとしたもなかられるいうですますこそ"  # Japanese particles and auxiliaries
    "的了是在和也有不这我他就都而与及被对中为之以其个们"  # Chinese function characters
)


# Thai writes no spaces between words and few sentence marks: its commonest function words
# (relative and possessive markers, conjunctions, prepositions, auxiliaries), counted where
# they occur in a line, play the part of the stop-word share. No package ships a Thai list.
THAI_FUNCTION_WORDS = (
    "ที่", "และ", "ของ", "ใน", "ได้", "เป็น", "ว่า", "จะ", "มี", "ให้", "การ", "ความ", "ไม่",
    "แต่", "กับ", "จาก", "โดย", "ซึ่ง", "นี้", "ก็", "เพื่อ", "อยู่", "แล้ว", "ยัง", "หรือ",
    "อีก", "ถึง", "ต้อง", "เมื่อ",
)  # fmt: skip


def detect_language(sample: str, tokens: list[str] | None = None) -> str | None:
    """ISO 639-1 code of `sample`, or None when there is too little text to say.

    `tokens`, if given, must be `words(sample[:SAMPLE_CHARS])`: the parser has read the words
    of every line already and passes them in rather than have the sample read twice.
    """
    sample = sample[:SAMPLE_CHARS]
    if tokens is None:
        tokens = words(sample)
    if len(tokens) < 5:
        return None
    shares = {lang: stop_word_share(tokens, stops) for lang, stops in STOP_WORDS.items()}
    best, runner_up = sorted(shares, key=shares.__getitem__, reverse=True)[:2]
    if shares[best] >= _MIN_SHARE and shares[best] >= _CLEAR_MARGIN * shares[runner_up]:
        return best
    if len(tokens) < _SHORT_SAMPLE_WORDS:
        return _short_guess(sample)
    code = _classifier().classify(sample)[0]
    return str(code)


def _short_guess(sample: str) -> str:
    """The classifier's language for a short sample, German or English where the one of the
    two it scores higher is within `_SHORT_LEAD` of its first choice (raw log-probabilities)."""
    ranked = _classifier().rank(sample)
    best, best_score = ranked[0]
    ours = max((pair for pair in ranked if pair[0] in _USERS_LANGUAGES), key=lambda pair: pair[1])
    return str(ours[0] if best_score - ours[1] < _SHORT_LEAD else best)


def stop_words_for(lang: str | None) -> frozenset[str]:
    """The function words to measure prose by: the page language's, all we know when the
    language is not known, or none (`UNLISTED`) for a language no list covers (Bengali,
    Tamil, Croatian …), whose prose English and German function words cannot measure."""
    if lang in STOP_WORDS:
        return STOP_WORDS[lang]
    if lang:
        return _package_stop_words(lang) or UNLISTED
    return ALL_STOP_WORDS


# The function words of a language no list covers: none, and no evidence either way.
UNLISTED: frozenset[str] = frozenset()


_BARE_ALEF = "ا"
_HAMZA_ALEFS = ("أ", "إ", "آ")


@lru_cache(maxsize=64)
def _package_stop_words(lang: str) -> frozenset[str] | None:
    """The `stop-words` package's list for `lang` (ISO 639-1), as whole lower-case words."""
    try:
        from stop_words import LANGUAGE_MAPPING, get_stop_words
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    if lang not in LANGUAGE_MAPPING:
        return None
    found: set[str] = set()
    for entry in get_stop_words(lang):
        found.update(words(entry))
    # The Arabic list writes a word-initial alef bare ("ان", "الى"); pages write its hamza
    # ("أن", "إلى", "آخر"): both spellings count.
    found.update(
        hamza + word[1:] for word in list(found) if word[:1] == _BARE_ALEF for hamza in _HAMZA_ALEFS
    )
    return frozenset(found) or None


def _classifier() -> Any:
    global _identifier
    if _identifier is None:
        # Loaded here, only if stop words cannot decide: numpy and the model's mapped file
        # (`language_model`) cost 0.1 s of CPU, the packed model 0.4-0.6 s when none is kept.
        from reader.core.ingest.language_model import load_identifier

        _identifier = load_identifier()
    return _identifier
