"""How figures write their numbers: digits with German or English separators, small number
words, the scale words after them ("2,5 Millionen", "$40bn") and the words around them that
are never what a figure counts — shared by the figures (`figures.py`) and the counts
(`counts.py`) so both read one number the same way."""

from __future__ import annotations

import re

# "a" is no number here: "a million dollars", "a dozen people" are ways of speaking.
SIMPLE_NUMBERS = (
    "zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|fünfzig|hundert|"
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|"
    "half|halb|einer|einem|einen|one"
)
# Written-out compounds first, also at a sentence start ("Fifty-one percent", "five-and-a-half
# points"): else their last part alone would read as the number ("one percent", "half points").
NUMBER_WORDS = (
    "(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|"
    "six|seven|eight|nine)|(?:one|two|three|four|five|six|seven|eight|nine|ten)-and-a-half)|"
    + SIMPLE_NUMBERS
)
# "um einen Zentimeter", "one mile": one of a unit is a way of speaking, not a key figure.
ONE = "half|halb|einer|einem|einen|one"
_DIGITS = r"\d{1,3}(?:[.,\u2009\u202f\u00a0 ’']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
NUMBER = rf"(?:{_DIGITS})"
SCALE = (
    r"(?:Billionen|Billion|Milliarden|Milliarde|Millionen|Million|Mrd\.?|Mio\.?|Tsd\.?|"
    r"trillion|billion|million|thousand|bn|m|M|tn|k|lakh|crore)"
)
SCALE_WORD = re.compile(rf"\b{SCALE}(?!\w)")
# Words that neither describe nor are what is counted; "was", "this" and "its" look like plurals.
FUNCTION = (
    r"(?:of|the|a|an|and|or|but|in|to|for|with|by|at|on|from|after|before|since|than|more|"
    r"less|this|its|his|is|was|has|only|just|about|nearly|almost|around|some|all|nur|etwa|rund|"
    r"der|die|das|den|dem|des|und|oder|bis|von|mit|für|bei|zu|"
    r"aus|im|am|als|mehr|weniger|pro|per|je)"
)
YEAR = re.compile(r"1[89]\d\d|20\d\d")
# A definite article or demonstrative before a number word: what the text has named already.
REFERENCE = re.compile(r"\b(?:the|these|those|die|der|den|dem|des|diese|dieser|diesen)\s+$", re.I)
