"""Author lines under the text, read when the head names no author: a "Von …" line or a lead
over the name below the story, a link to the author's posts that names them, the author's box
(a name over a paragraph about them, or a heading about the person: "Über Lynn"), the name
signing the story off under its last paragraph.

Blogs and magazines print their only author line there; news sites rarely do, so these
readers come after the head's own (`head_authors`).
"""

from __future__ import annotations

import re

from reader.core.ingest import byline as bylines
from reader.core.ingest.author_lines import (
    follows_lead,
    in_teaser_list,
    is_bare_lead_line,
    is_name_line,
    links_to_posts,
    named_in_story,
)
from reader.core.ingest.credit_phrases import credits_text_after
from reader.core.ingest.head import Head
from reader.core.ingest.person_shape import first_name
from reader.core.ingest.shape import is_name_list, is_person_name

_BELOW_BYLINE_MAX_WORDS = 8
# Kinds of article a connector follows on a label line under the text ("Kommentar von").
_ARTICLE_KINDS = frozenset(
    "kommentar gastbeitrag gastkommentar beitrag artikel bericht analyse essay interview "
    "reportage kolumne glosse rezension kritik analysis commentary comment opinion column "
    "essay review report story article".split()
)  # fmt: skip
_KIND_STARTS = frozenset(kind[:2] for kind in _ARTICLE_KINDS)
# A link to the author's posts that names them ("Zeige alle Beiträge von Michael Veeser →",
# "Alle Posts vom AutorTine →", "View all posts by Ann Lee", "More articles from Ann Lee").
_POSTS_BY = re.compile(
    r"(?:zeige )?alle (?:posts|beiträge|artikel) vo[nm](?: autor(?:in)?)?"
    r"|view all (?:posts|articles) by|(?:more|all) (?:posts|articles|stories) (?:by|from)",
    re.IGNORECASE,
)
_POSTS_BY_STARTS = frozenset(("zeig", "alle", "view", "more", "all "))
_POSTS_BY_TAIL = " →»›:"
# The heading of a box about the person behind a blog ("Über Lynn", "Mehr über Frank Boës",
# "About Jane Doe"), in its sidebar or footer.
_ABOUT = re.compile(r"(?:mehr über|über|more about|about)\s+(?P<name>\S.*?)\s*…?", re.I)
_ABOUT_STARTS = frozenset(("über", "mehr", "abou", "more"))
_ABOUT_MAX_WORDS = 5
# The paragraph under a heading naming one first name says who that is ("Lynn ist …").
_BIO_MIN_WORDS = 8
# A sign-off stands under a paragraph of the story, not under a caption or a teaser.
_SIGNED_PARAGRAPH_WORDS = 20
# Tags and links under a story stand one or two words a line.
_TAG_WORDS = 2
# What a standfirst says the author does in the piece ("Claudia Duwe zeigt, wie …", "… über
# …", "Jane Roe explains why …"). A news story's opening says what its subject did or what
# befell them ("Claudia Duwe ist zurückgetreten", "… hat …", "… resigned"): no verb of these.
_INTRODUCING_WORDS = frozenset(
    "zeigt erklärt erzählt beschreibt schreibt schildert verrät gibt stellt teilt beleuchtet "
    "fragt erinnert nimmt lädt plädiert über shows explains tells describes writes shares "
    "asks explores argues reflects recalls looks offers".split()
)  # fmt: skip


def byline_below_article(head: Head) -> None:
    """An author line under the text ("Von Cosima Künzel", "Autor: Fritz Imhof", "Text:
    Kirsten Freund / handwerksblatt.de", "Fotos: Max Muster, Text: Anna Weber"), where blogs
    and magazines print it, when the head has none: the first short line below the head that
    opens with a lead word, with the kind of article before one ("Gastbeitrag von …") or with
    the pictures' credit before the text's, or a lead alone on its line over the name
    ("Kommentar von" / "Ingo Arzt", "Autor" / "Teufel Blog Redaktion"), as the head's own
    author lines are read."""
    for i in range(head.end, len(head.segments)):
        text = head.segments[i].text
        if head.shapes[i].n_words > _BELOW_BYLINE_MAX_WORDS or head.shapes[i].prose:
            continue
        if i + 1 < len(head.segments) and _is_label_of_author(head, i):
            name = head.clean_byline(i + 1)
            if name:
                head.authors[i + 1] = name
                return
        if text[:4].lower() in _POSTS_BY_STARTS:
            name = _posts_by(text)
            if name:
                # The box's own line above may spell the name in full ("Heinz Steiner" over
                # "View all posts by Heinz").
                full = head.clean_byline(i - 1) if i > 0 and is_name_line(head, i - 1) else None
                at, name = (i - 1, full) if full and name in full else (i, name)
                head.authors[at] = name
                return
        if credits_text_after(text):
            name = bylines.byline_in_line(text, False)  # "Fotos: Max Muster, Text: Anna Weber"
            if name:
                head.authors[i] = name
                return
        start = text.lstrip()[:2].lower()
        led = start in bylines.LEAD_STARTS
        if not led and (
            start not in _KIND_STARTS or text.split(" ", 1)[0].lower() not in _ARTICLE_KINDS
        ):
            continue  # no lead word opens the line: most lines end here, before any pattern
        if not led or bylines.starts_with_lead(text) or bylines.is_inline_lead_line(text):
            # (a line led by the kind of article: "Gastbeitrag von Anna Weber")
            name = bylines.byline_in_line(text, False)
            if name and in_teaser_list(head, i):
                continue  # "Von Max Muster | 10.03.2024" under each teaser of a box
            if name:
                head.authors[i] = name
                return


def _posts_by(text: str) -> str | None:
    """The author a link to their posts names ("Alle Posts vom AutorTine →": "Tine"); a blog's
    account name may be one word, not a section's place ("More stories from Europe")."""
    match = _POSTS_BY.match(text)
    if match is None:
        return None
    rest = text[match.end() :].strip(_POSTS_BY_TAIL)
    name = bylines.clean_byline(rest) if rest[:1].isupper() else None
    if not name:
        return None
    if is_name_list(name):
        return name
    # One word is an account after "by" or "von" ("Tine"), a place after "from" ("Europe").
    account = " " not in name and name.isalpha() and not match.group().lower().endswith("from")
    return name if account else None


def _is_label_of_author(head: Head, i: int) -> bool:
    """Below the text, a lead alone on its line ("Von", "Autor") or a kind of article with
    its connector ("Kommentar von", "Analysis by") over the name; not an imprint's
    "Herausgegeben von" or "Powered by" over a list of editors or a company."""
    if not is_bare_lead_line(head, i) or not follows_lead(head, i):
        return False
    text = head.segments[i].text
    return bylines.is_bare_lead(text) or text.split()[0].lower() in _ARTICLE_KINDS


def author_box(head: Head) -> None:
    """The author box under the text, where blogs and magazines put the only author line: a
    person's name alone on a line, then a paragraph that opens with that name and says who
    they are ("Philipp Sarasin" / "Philipp Sarasin lehrt Geschichte …") or a link to their
    other posts ("Heinz Steiner" / "Weitere Beiträge"). A name that merely recurs in the text
    is no author: the box's name stands alone and starts the next block."""
    texts = [segment.text for segment in head.segments]
    for i in range(head.end, len(texts) - 1):
        text, after = texts[i], texts[i + 1]
        if after.startswith(text):
            if after[len(text) : len(text) + 1] != " " or not head.shapes[i + 1].prose:
                continue
        elif not links_to_posts(head, i + 1):
            continue
        if is_name_line(head, i):
            name = head.clean_byline(i)
            if name:
                head.authors[i] = name
                return


def about_heading(head: Head) -> None:
    """The heading of the box about the blog's author ("Über Lynn" / "Lynn ist nicht nur …",
    "Mehr über Frank Boës"): a person's full name, opening with a first name, or one first
    name over a paragraph that opens with it. A heading about the site ("Über uns", "Über
    Dr. Oetker", "Mehr über MIRO Analytical") names no first name as a name is written; a
    link about a person the story names ("Mehr über Angela Merkel") is about its subject."""
    for i in range(head.end, len(head.segments)):
        text = head.segments[i].text.strip()
        if text[:4].lower() not in _ABOUT_STARTS or head.shapes[i].n_words > _ABOUT_MAX_WORDS:
            continue  # most lines are settled by their first letters, before the pattern
        match = _ABOUT.fullmatch(text)
        if match is None:
            continue
        name = match["name"]
        words = name.split()
        if words[0].isupper() or not first_name(words[0]):
            continue  # (a shouted word is a brand: "Mehr über MIRO Analytical")
        if not (is_person_name(name) if len(words) > 1 else _opens_bio(head, i + 1, name)):
            continue
        if not named_in_story(head, words[-1], i):
            head.authors[i] = name
        return


def _opens_bio(head: Head, i: int, name: str) -> bool:
    """Line `i` is a paragraph about `name`, opening with it ("Lynn ist nicht nur …")."""
    if i >= len(head.segments) or head.shapes[i].n_words < _BIO_MIN_WORDS:
        return False
    return head.segments[i].text.startswith(name + " ")


def signed_below_article(head: Head, title: int | None) -> None:
    """The name signing the story off, alone on its line under its last paragraph, as
    magazines and blogs print it ("… aus dem eigenen Wesenskern zu handeln." / "Claudia
    Duwe"; the paragraph may be cut off with "…" where the rest is in the print issue): a
    person's name that opens with a first name the list knows, printed so once. Not a
    subheading ("Die Mischung"), not an interview's speaker (a paragraph follows the name),
    not a person the story or its headline names, not the authors of a list of teasers (each
    under its teaser: the shape recurs)."""
    start = max(head.end, head.first_prose + 1)
    found = [i for i in range(start, len(head.segments)) if _signs(head, i)]
    if len(found) != 1:
        return
    i = found[0]
    name = head.clean_byline(i)
    headline = head.segments[title].text if title is not None else ""
    if name and not _about_the_person(head, name, i, headline):
        head.authors[i] = name
        head.inferred.add(i)


def _about_the_person(head: Head, name: str, i: int, headline: str) -> bool:
    """The story names the person, so is about them: its headline or a paragraph below its
    opening names the surname, or the opening names it otherwise than introducing the
    author. A standfirst introduces the author by the full name and what they do in the
    piece ("Claudia Duwe zeigt, wie …"); a news story's opening names its subject
    ("Kanzlerin Merkel will …", "Claudia Duwe ist zurückgetreten", "Nach dem Rücktritt von
    Claudia Duwe"), and the name alone under its last paragraph is a caption's or a tag's,
    not a sign-off."""
    surname = name.split()[-1]
    if surname in headline or named_in_story(head, surname, i, head.first_prose + 1):
        return True
    opening = head.segments[head.first_prose].text
    return opening.count(surname) > _introductions(opening, name)


def _introductions(opening: str, name: str) -> int:
    """How often `opening` gives `name` in full before a word introducing the author."""
    count = 0
    at = opening.find(name)
    while at >= 0:
        after = opening[at + len(name) :].split(maxsplit=1)
        if after and after[0].strip(",.;:").lower() in _INTRODUCING_WORDS:
            count += 1
        at = opening.find(name, at + len(name))
    return count


def _signs(head: Head, i: int) -> bool:
    """Line `i` is a person's name alone under a paragraph, no paragraph right below it."""
    above, shape = head.shapes[i - 1], head.shapes[i]
    if above.n_words < _SIGNED_PARAGRAPH_WORDS or not (above.prose or above.truncated):
        return False  # most lines are settled by the block above them
    if shape.prose or shape.n_words > 3:
        return False
    below = head.shapes[i + 1 : i + 3]
    if below and below[0].strong_prose:
        return False  # the speaker over an answer, a heading over the next part
    if len(below) == 2 and all(b.n_words <= _TAG_WORDS and not b.prose for b in below):
        return False  # the first of a column of tags or links ("Angela Merkel" / "Politik")
    if not is_name_line(head, i):
        return False
    name = head.clean_byline(i)
    words = name.split() if name else []
    if not 2 <= len(words) <= 3 or words[0].isupper() or not first_name(words[0]):
        return False  # (a shouted word is a brand: "CHIP Fazit")
    return is_person_name(name or "")
