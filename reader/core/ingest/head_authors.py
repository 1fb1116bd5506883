"""Who wrote the article: author lines in and around the head of a copied page.

Author lines are "By …"/"Von …" lines, names beside a date or above a job title, a lead word
inside a meta line, a bare name below the headline, an author line under the text, and, when
no person is named, the news agency (`head_agency`), a desk credit (`desk_credits`) or the
site's notice (`notice_authors`). The one nearest below the headline wins.
"""

from __future__ import annotations

import re

from reader.core.ingest import byline as bylines
from reader.core.ingest.date_lines import RELATIVE_DAYS, WEEKDAYS
from reader.core.ingest.desk_credits import DESK_WORDS, desk_credit
from reader.core.ingest.head import DATE_LINE_MAX_WORDS, Head
from reader.core.ingest.head_agency import find_agency
from reader.core.ingest.name_lists import phrase_not_name
from reader.core.ingest.notice_authors import notice_author
from reader.core.ingest.shape import NOT_NAME_WORDS, is_name_list

_NAME_LINE_MAX_CHARS = 100
_NAME_LINE_MAX_WORDS = 16
_INLINE_BYLINE_MAX_WORDS = 10
_GLUED_BYLINE_MAX_WORDS = 20  # a headline with the author line glued on
# How far above the running text a byline inside a meta line is looked for (blocks).
_BYLINE_REACH = 20
_NAME_BELOW_TITLE_LINES = 4
_BELOW_BYLINE_MAX_WORDS = 8
_BARE_LEAD_WORDS = 3
# The last word of every bare lead line: a lead word or a connector.
_LEAD_ENDINGS = tuple(bylines.BYLINE_LEADS) + tuple(bylines.CONNECTORS)
_LED_NAME_MAX_WORDS = 4
_LED_NAME_MAX_CHARS = 40
_DESK_MAX_WORDS = 4
_LED_PHRASE_WORDS = 4
# An English desk named in several words, where the author's name would stand (`DESK_WORDS`
# are the one-word desks).
_DESK = re.compile(r"\b(?:wire|news) (?:services|reports)\b|\bstaff reports?\b")
# Kinds of article a connector follows on a label line under the text ("Kommentar von").
_ARTICLE_KINDS = frozenset(
    "kommentar gastbeitrag gastkommentar beitrag artikel bericht analyse essay interview "
    "reportage kolumne glosse rezension kritik analysis commentary comment opinion column "
    "essay review report story article".split()
)  # fmt: skip
# Words of the links between a blog's posts, which have the shape of a name ("Next Post").
_PAGER_WORDS = frozenset(
    "next previous prev older newer post entry article story nächster vorheriger älterer "
    "neuerer beitrag artikel".split()
)  # fmt: skip
# A reader's comment opens with who said it and when: "Milan on September 12, 2018 said:".
_SAID = ("said:", "says:", "sagt:", "schreibt:", "schrieb:", "meint:")
# How long ago the story appeared: "1 day ago", "Erstellt: vor 4 Stunden", "Monday 5:30PM".
_AGE = re.compile(
    r"(?:(?:erstellt|veröffentlicht|aktualisiert|published|posted|updated):?\s+)?"
    r"(?:(?:\d+|an?|one) (?:hours?|hrs?|minutes?|mins?|days?|weeks?) ago"
    r"|vor (?:\d+|einer?|einem) (?:stunden?|minuten?|tagen?|wochen?)"
    r"|(?:" + "|".join(RELATIVE_DAYS + WEEKDAYS) + r"),? "
    r"\d{1,2}[:.]\d\d ?(?:[ap]\.?m\.?|uhr)?)$",
    re.IGNORECASE,
)
_AGE_WORDS = 4
# A link to the author's other posts or page under the box's name ("Weitere Beiträge", "Alle
# Posts vom Autor", "Mehr über Frank Boës", "View all posts by", "More from"), or the staff
# line saying whose newsroom they belong to ("Mitglied der Tonight News-Redaktion").
_MORE_BY = re.compile(
    r"(?:weitere (?:beiträge|artikel|posts)|alle (?:posts|beiträge|artikel)|mehr (?:über|von)"
    r"|(?:view |see )?all (?:posts|articles|stories) by|more (?:posts |articles |stories )?(?:by|from)"
    r"|(?:mitglied|member) (?:der|des|of the) .*(?:redaktion|team|staff|newsroom))\b",
    re.IGNORECASE,
)
_MORE_BY_WORDS = 8
# A link to the author's posts that names them ("Zeige alle Beiträge von Michael Veeser →",
# "Alle Posts vom AutorTine →", "View all posts by Ann Lee", "More articles from Ann Lee").
_POSTS_BY = re.compile(
    r"(?:zeige )?alle (?:posts|beiträge|artikel) vo[nm](?: autor(?:in)?)?"
    r"|view all (?:posts|articles) by|(?:more|all) (?:posts|articles|stories) (?:by|from)",
    re.IGNORECASE,
)
_POSTS_BY_STARTS = frozenset(("zeig", "alle", "view", "more", "all "))
_POSTS_BY_TAIL = " →»›:"
_MORE_BY_STARTS = frozenset(
    ("weit", "alle", "mehr", "view", "see ", "all ", "more", "mitg", "memb")
)


def find_authors(head: Head) -> None:
    """Lines that name the author: "By …" lines, names next to a date or above a job title."""
    for i in range(head.end):
        text = head.segments[i].text
        if head.labels[i] is not None and (i not in head.dates or text.endswith(_SAID)):
            continue  # (a dated comment names its commenter: "Milan on Sept. 12, 2018 said:")
        name: str | None = None
        if bylines.starts_with_lead(text):
            name = _led_names(head, i)
        elif i in head.dates and _names_around_date(head, i):
            name = head.clean_byline(i)
            if bylines.byline_in_line(text, True) is None:
                head.inferred.add(i)  # no "by"/"von" introduces it: "Aus der Region 6. …"
        elif _is_bare_lead(head, i) and i + 1 < head.end and _follows_lead(head, i):
            name = head.clean_byline(i + 1)  # "Von" on one line, the name on the next
        elif _is_desk(head, i):
            name = head.clean_byline(i)  # "Redaktion" above or below the date
        elif i - 1 in head.dates and bylines.ends_with_connector(head.segments[i - 1].text):
            name = head.clean_byline(i) if len(text.split()) <= 6 else None
        elif _is_name(head, i):  # (tested once: a name line is one whatever follows it)
            if head.next_index(i) in head.dates or _aged(head, i + 1):
                name = head.clean_byline(i)
            elif i + 1 < len(head.segments):
                role = bylines.is_role_line(head.segments[i + 1].text)
                name = head.clean_byline(i) if role else None
        if not name and not head.shapes[i].prose and i >= head.first_prose - _BYLINE_REACH:
            dated = i in head.dates
            if dated or head.shapes[i].n_words <= _INLINE_BYLINE_MAX_WORDS:
                name = bylines.byline_in_line(text, dated)
                if not name and i - 1 in head.dates:
                    name = bylines.led_account(text)  # "2. August 2012" / "By oradmin"
            elif head.shapes[i].n_words <= _GLUED_BYLINE_MAX_WORDS:
                name = bylines.glued_author(text)  # "… FOR THE HOLIDAYS written by Regan"
            if not name and dated and head.shapes[i].n_words <= DATE_LINE_MAX_WORDS:
                hit = head.dates[i]
                name = bylines.name_beside_date(text, hit.start, hit.end)
                if name:
                    head.inferred.add(i)
        if name:
            head.authors[i] = name


def _aged(head: Head, i: int) -> bool:
    """Line `i` says how long ago the story appeared, as sites print it under the author's
    name ("Suzanne Gamboa" / "1 day ago", "Adam Clark Estes" / "Monday 5:30PM")."""
    if i >= len(head.segments) or head.shapes[i].n_words > _AGE_WORDS:
        return False
    return _AGE.match(head.segments[i].text) is not None


def _is_name(head: Head, i: int) -> bool:
    """Names of people, possibly with the places they report from ("Justin McCurry in Tokyo",
    "Harriet Dunmore in London and Edward Lin in Shanghai"); not a link between posts ("Next
    Post", "Älterer Beitrag") over the date."""
    text = head.segments[i].text
    if head.labels[i] is not None or len(text) > _NAME_LINE_MAX_CHARS or not text[:1].isupper():
        return False
    if head.shapes[i].n_words > _NAME_LINE_MAX_WORDS or head.shapes[i].prose:
        return False
    cleaned = head.clean_byline(i)
    if cleaned is None or not is_name_list(cleaned) or bylines.is_quoted_headline(text):
        return False
    return _PAGER_WORDS.isdisjoint(cleaned.lower().split())


def _led_names(head: Head, i: int) -> str | None:
    """The names a lead word introduces; not a headline that opens with "Von" ("Von
    Sprachregeln, Gender-Politik und «ganz normalem Deutsch»"): more than a few words that
    are no list of person names."""
    name = head.clean_byline(i)
    if name and len(name.split()) > _LED_PHRASE_WORDS and not is_name_list(name):
        return None
    return None if name and phrase_not_name(name) else name


def _is_bare_lead(head: Head, i: int) -> bool:
    """A line that only introduces the author: "Von", "By:", "Kommentar von", "Autoren:"."""
    if head.shapes[i].n_words > _BARE_LEAD_WORDS:
        return False  # the shape settles nearly every line before any regex
    text = head.segments[i].text
    if not text.rstrip(" :").lower().endswith(_LEAD_ENDINGS):
        return False  # most short lines (menu entries) end in no lead word
    if bylines.is_bare_lead(text):
        return True
    return i not in head.dates and bylines.ends_with_connector(text) and text[:1].isupper()


def _follows_lead(head: Head, lead: int) -> bool:
    """What the bare lead at `lead` introduces: names, or, after a plain "Von"/"By" or a
    label with a colon ("Author:"), one name, an account or a desk ("Robert", "oradmin",
    "auto-motor.at Redaktion"): that lead vouches for a short line. After a menu's "Autoren"
    or "Sort by" another menu entry follows."""
    i = lead + 1
    if _is_name(head, i):
        return True
    label = head.segments[lead].text.strip()
    if not label.endswith(":") and label.lower() not in bylines.CONNECTORS:
        return False
    text = head.segments[i].text
    if head.labels[i] is not None or i in head.dates or head.shapes[i].prose:
        return False
    short = head.shapes[i].n_words <= _LED_NAME_MAX_WORDS and len(text) <= _LED_NAME_MAX_CHARS
    return short and text[:1].isalpha() and not any(map(str.isdigit, text))


def _is_desk(head: Head, i: int) -> bool:
    """The newsroom as the author ("Redaktion", "Redaktion Polizeiticker Schweiz", "Detroit
    News wire services") on its own line next to the date line."""
    if head.labels[i] is not None or i in head.dates or head.shapes[i].n_words > _DESK_MAX_WORDS:
        return False
    if i - 1 not in head.dates and head.next_index(i) not in head.dates:
        return False  # most lines stand next to no date: settled before reading the words
    lowered = head.segments[i].text.lower()
    return any(word in DESK_WORDS for word in lowered.split()) or bool(_DESK.search(lowered))


def _named_before_date(head: Head, i: int) -> bool:
    """A lead word and the author right before the date ("von  Newsdesk 28. Januar 2022")."""
    if i not in head.dates or i in head.inferred or not head.authors[i][:1].isupper():
        return False
    text = head.segments[i].text
    return text[: head.dates[i].start].rstrip(" ,|·•-–—").endswith(head.authors[i])


def _names_around_date(head: Head, i: int) -> bool:
    """The date line also names the author ("Megan Castillo – Mar 4, 2025 3:14 pm | 127")."""
    cleaned = head.clean_byline(i)
    if cleaned is None or not is_name_list(cleaned):
        return False
    return not bylines.is_quoted_headline(head.segments[i].text)


def _name_below_title(head: Head, title: int) -> None:
    """A bare name a few lines below the headline is its author ("Jossi Loibl"), when no
    author line stands below the headline already."""
    if any(i > title for i in head.authors):
        return
    account = _account_under_title(head, title)
    if account:
        head.authors[title + 1] = account
        head.inferred.add(title + 1)
        return
    # The name may follow the standfirst, which opens the running text, when the line shows
    # it is a byline by more than the name ("Nishant Kumar @Nishantopines").
    stop = min(len(head.segments), title + 1 + _NAME_BELOW_TITLE_LINES, head.first_prose + 2)
    for j in range(title + 1, stop):
        if _is_name(head, j):
            name = head.clean_byline(j)
            if j >= head.first_prose and not _shown_byline(head, j):
                return  # a short line in the story's opening: a subheading, not a name
            if name:
                head.authors[j] = name
            return


def _account_under_title(head: Head, title: int) -> str | None:
    """One word alone between the headline and its date line is the post's account
    ("LinkNaija" / "October 06, 2018"); not a section's or a widget's word ("News",
    "Politik")."""
    j = title + 1
    if j + 1 >= len(head.segments) or j + 1 not in head.dates or j in head.dates:
        return None
    text = head.segments[j].text.strip()
    if " " in text or head.labels[j] is not None or not text[:1].isupper():
        return None
    if not text.isalpha() or text.lower() in NOT_NAME_WORDS or text.isupper():
        return None
    return text


def _shown_byline(head: Head, j: int) -> bool:
    """The name on line `j` shows it is a byline by more than the name: a social handle
    ("Nishant Kumar @Nishantopines"), or a line under it linking to the author's posts or
    naming their newsroom ("Steven Salentin" / "Mitglied der Tonight News-Redaktion")."""
    if "@" in head.segments[j].text:
        return True
    return j + 1 < len(head.segments) and _links_to_posts(head, j + 1)


def _byline_below_article(head: Head) -> None:
    """An author line under the text ("Von Cosima Künzel", "Autor: Fritz Imhof", "Text:
    Kirsten Freund / handwerksblatt.de"), where blogs and magazines print it, when the head
    has none: the first short line below the head that opens with a lead word, or a lead
    alone on its line over the name ("Kommentar von" / "Ingo Arzt", "Autor" / "Teufel Blog
    Redaktion"), as the head's own author lines are read."""
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
                full = head.clean_byline(i - 1) if i > 0 and _is_name(head, i - 1) else None
                at, name = (i - 1, full) if full and name in full else (i, name)
                head.authors[at] = name
                return
        if text.lstrip()[:2].lower() not in bylines.LEAD_STARTS:
            continue  # no lead word opens the line: most lines end here, before any pattern
        if bylines.starts_with_lead(text) or bylines.is_inline_lead_line(text):
            name = bylines.byline_in_line(text, False)
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
    if not _is_bare_lead(head, i) or not _follows_lead(head, i):
        return False
    text = head.segments[i].text
    return bylines.is_bare_lead(text) or text.split()[0].lower() in _ARTICLE_KINDS


def _author_box(head: Head) -> None:
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
        elif after[:4].lower() not in _MORE_BY_STARTS or not _links_to_posts(head, i + 1):
            continue
        if _is_name(head, i):
            name = head.clean_byline(i)
            if name:
                head.authors[i] = name
                return


def _links_to_posts(head: Head, i: int) -> bool:
    """Line `i` under a name links to the author's other posts or page, or names their
    newsroom: the name above is an author's ("Heinz Steiner" / "Weitere Beiträge")."""
    text = head.segments[i].text
    if text[:4].lower() not in _MORE_BY_STARTS or head.shapes[i].n_words > _MORE_BY_WORDS:
        return False  # most lines are settled by their first letters, before the pattern
    return _MORE_BY.match(text) is not None


def choose_byline(head: Head, title_index: int | None) -> tuple[str | None, str | None, set[int]]:
    """The byline, the news agency and the blocks that gave the byline."""
    if title_index is not None:
        _name_below_title(head, title_index)
    if not head.authors:
        _byline_below_article(head)
    if not head.authors:
        _author_box(head)
    title = title_index or 0
    wire = find_agency(head, title)
    if not head.authors and wire is None:
        desk_credit(head)
    if not head.authors and wire is None:
        notice_author(head)
    agency = wire[1] if wire else None
    if title_index is not None:
        head.authors.pop(title_index, None)  # "Studen BE - A6 nach …" read as a name
    if not head.authors:
        return agency, agency, set()  # "Reuters", "dpa/lno": the wire is the author

    # The author line nearest below the headline, else the nearest above it; a single word
    # ("Redaktion") only when no full name is there, unless a lead word introduces it on the
    # date line ("von Newsdesk 28. Januar 2022"); a name found without a lead word only when
    # no line introduces one.
    def rank(i: int) -> tuple[bool, bool, bool, int]:
        single = len(head.authors[i].split()) < 2
        return (
            single and not _named_before_date(head, i),
            i in head.inferred,
            i < title,
            abs(i - title),
        )

    ranked = sorted(head.authors, key=rank)
    chosen = ranked[0]
    if wire and title <= wire[0] < head.end and chosen < title:
        return agency, agency, set()  # the wire below the headline, names only above it
    used = {chosen}
    after = chosen + 1
    if after < len(head.segments) and bylines.is_role_line(head.segments[after].text):
        used.add(after)
    return head.authors[chosen], agency, used
