"""A paragraph broken in the middle of its sentence, put together again.

A page that slots an advertisement or a "read more" box into a paragraph leaves the
paragraph in two when the box is gone: "… tortured before an English crowd" ends one, "that's
hissing and calling for more blood …" begins the next, in the copy and in the saved page alike
(National Review; an ad-tech blog's "publishers with an" / "effective way to …"; a copy's
hard line break in an interview's answer, "… in Form einer hohen Ausschüttung" / "verändert.";
5 pages of the two development sets). The reading view showed two paragraphs, the second
beginning in lower case.

Two body paragraphs, next to each other or with only set-aside blocks between, are one when
the first ends in a word, not a sentence mark, and the second begins with a lower-case word;
the first itself does not begin in lower case ("The plans include:" over "the closure of the
north quay …" and "a new crane contract …" is a list of paragraphs, not a sentence in two).
Not a table's rows (" | "), not an enumeration's items ("a) …"), not a web address on a line
of its own, and not a paragraph that opens with a name written in lower case: "iPhone",
"eBay", "von der Leyen", "de Gaulle" begin many a paragraph of their own after a line with no
full stop (a dateline, a caption). A sentence that truly goes on with "von Merkel …" stays in
two, the lesser harm.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.ingest.article import Block, BlockKind, BlockRole

# A sentence cut off, not a heading or a label: the first part is this long at least.
_MIN_WORDS = 8
_ENDS_IN_WORD = re.compile(r"[^\W\d_]$")
_OPENS_WITH_WORD = re.compile(r"[^\W\d_]+(?![)\w])")
_ADDRESS = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)
# A name's particles before its capitalised part ("von der Leyen", "de Gaulle", "van Gogh").
# ("der Regierung …" opening a paragraph is an article and goes on being joined.)
_PARTICLE_NAME = re.compile(r"(?:von|van|de|di|da|del|della|du|ten|ter|zu)\s+(?:(?:der|den|la|le)\s+)?[A-ZÄÖÜ]")


def rejoined(blocks: list[Block]) -> list[Block]:
    """`blocks` with each paragraph broken mid-sentence joined again (the first part takes the
    second's text; what was set aside between them, the box, follows the joined paragraph);
    `blocks` itself when none is."""
    if not any(block.text[:1].islower() for block in blocks):  # (most pages: no block to join)
        return blocks
    out: list[Block] = []
    last = -1  # index in `out` of the last block not set aside
    for block in blocks:
        if last >= 0 and block.role is BlockRole.BODY and _continues(out[last], block):
            out[last] = replace(out[last], text=f"{out[last].text} {block.text}")
            continue
        if block.role is not BlockRole.BOILERPLATE:
            last = len(out)
        out.append(block)
    return out if len(out) < len(blocks) else blocks


def _continues(first: Block, second: Block) -> bool:
    return (
        first.role is BlockRole.BODY
        and second.role is BlockRole.BODY
        and first.kind is BlockKind.PARAGRAPH
        and second.kind is BlockKind.PARAGRAPH
        and second.text[:1].islower()
        and not first.text[:1].islower()  # a list's items as paragraphs, each in lower case
        and _ENDS_IN_WORD.search(first.text) is not None
        and (opening := _OPENS_WITH_WORD.match(second.text)) is not None
        and opening.group().islower()  # not "iPhone", "eBay"
        and _PARTICLE_NAME.match(second.text) is None
        and _ADDRESS.match(second.text) is None
        and " | " not in first.text
        and " | " not in second.text
        and len(first.text.split()) >= _MIN_WORDS
    )
