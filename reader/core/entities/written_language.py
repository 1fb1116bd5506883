"""The language a text is written in, where its source's language code says otherwise.

A page's code comes from its markup or its site, and sites get it wrong: a German clinic's
page marked "en", a Russian or Korean news page marked "en". Read as English, every German
noun is a capitalised word no English sentence needs and so a name ("Kliniken", "Drucken"),
and every Cyrillic word that opens a sentence is one too ("Здесь"); read as German, an English
text's names would have to fight German nouns. The text's own small words say which it is:
German and English each write a handful of them in every sentence ("der", "und", "nicht";
"the", "and", "of"), and a text in neither language writes few of either. Only a text long
enough to count on is read so, and only a clear majority overrules the code: an English
article quoting a German sentence stays English.
"""

from __future__ import annotations

import re

# The commonest words of each language that the other never writes ("die" and "in" are
# English words too, "was" and "war" German ones; left out).
_GERMAN = frozenset(
    "der das und ist nicht mit von den dem des ein eine einen sich auch für auf wird".split()
)
_ENGLISH = frozenset("the and of is that with for are this from have was which their been".split())
_WORDS = re.compile(r"[^\W\d_]+")
_NOT_LATIN = re.compile(r"[^\W\d_A-Za-zÀ-ɏ]")  # a letter of another script: Cyrillic, Hangul
_SAMPLE = 4000  # characters looked at: the opening of a long page says enough
_ENOUGH = 80  # words, fewer and a quotation or a caption could tip it
_ENOUGH_LETTERS = 300  # letters of a script written without spaces between its words
_SHARE = 0.06  # the share of words a language's small words make at the least (~0.2 in prose)
_OTHER = "xx"  # a code for a language the rules do not read


def written_in(text: str, lang: str) -> str:
    """The rules' language for `text` ("de", "en"), or `_OTHER` for a text in neither, when
    the text shows it plainly; else `lang`, the language its source claims."""
    sample = text[:_SAMPLE]
    words = _WORDS.findall(sample)
    letters = sum(map(len, words))
    if letters >= _ENOUGH_LETTERS and len(_NOT_LATIN.findall(sample)) * 2 > letters:
        return _OTHER  # Cyrillic, Hangul, Japanese: no capital marks a name there
    if len(words) < _ENOUGH:
        return lang
    german = sum(map(_GERMAN.__contains__, words))
    english = sum(map(_ENGLISH.__contains__, words))
    if lang == "en" and german >= _SHARE * len(words) and german > 3 * english:
        return "de"
    if lang == "de" and english >= _SHARE * len(words) and english > 3 * german:
        return "en"
    if max(german, english) * 2 < _SHARE * len(words):
        return _OTHER  # Portuguese, Indonesian: few small words of either language
    return lang
