"""Who wrote the article: author lines in and around the head of a copied page.

Author lines are "By …"/"Von …" lines, names beside a date or above a job title, a lead word
inside a meta line, a bare name below the headline, an author line under the text, and, when
no person is named, the news agency (`head_agency`), a desk credit (`desk_credits`) or the
site's notice (`notice_authors`). The one nearest below the headline wins.
"""

from __future__ import annotations

import re

from reader.core.ingest import byline as bylines
from reader.core.ingest.author_lines import (
    beside_zoom_button,
    follows_lead,
    is_bare_lead_line,
    is_name_line,
    is_photographer_job,
    links_to_posts,
    named_in_story,
    role_marked_authors,
)
from reader.core.ingest.byline_tails import tidy_byline
from reader.core.ingest.credit_phrases import credits_text_after
from reader.core.ingest.desk_credits import desk_credit
from reader.core.ingest.head import DATE_LINE_MAX_WORDS, Head, is_linkback
from reader.core.ingest.head_agency import find_agency
from reader.core.ingest.head_dates import aged
from reader.core.ingest.intl_bylines import byline_in_date_line, reporter_line
from reader.core.ingest.meta_names import CMS_ACCOUNTS, DESK_WORDS, FUNCTION_WORDS, is_names
from reader.core.ingest.name_lists import NAME_TRIM, phrase_not_name
from reader.core.ingest.notice_authors import initials_spelt_out, notice_author
from reader.core.ingest.person_shape import first_name
from reader.core.ingest.phrases import CAPTION, IMAGE_CREDIT
from reader.core.ingest.shape import NOT_NAME_WORDS, is_name_list
from reader.core.ingest.social_posts import over_post_age
from reader.core.ingest.tail_authors import (
    about_heading,
    author_box,
    byline_below_article,
    signed_below_article,
)

_INLINE_BYLINE_MAX_WORDS = 10
_GLUED_BYLINE_MAX_WORDS = 20  # a headline with the author line glued on
# How far above the running text a byline inside a meta line is looked for (blocks).
_BYLINE_REACH = 20
_NAME_BELOW_TITLE_LINES = 4
_DESK_MAX_WORDS = 4
_LED_PHRASE_WORDS = 4
# An English desk named in several words, where the author's name would stand (`DESK_WORDS`
# are the one-word desks).
_DESK = re.compile(r"\b(?:wire|news) (?:services|reports)\b|\bstaff reports?\b")
# The author box's link glued to the name when the page is copied ("Marcus De GuzmanView More
# Articles"): a lower-case letter runs straight into the link's capital.
_GLUED_MORE_LINK = re.compile(
    r"^(.{3,60}?[a-zäöüß])(?:view more articles|view all posts|more articles|weitere artikel"
    r"|alle beiträge)\s*$",
    re.IGNORECASE,
)
# The last letters of `_GLUED_MORE_LINK`'s links in any case (as its IGNORECASE matches them,
# with the long s): a line ending in none is no such line, settled without the pattern's
# lazy scan of its first 60 characters.
_MORE_LINK_ENDS = "sSſlLeE"
# Labels of picture credits and captions, which an author line with the photographer beside
# the author also gets.
_CREDITED = frozenset((CAPTION, IMAGE_CREDIT))
# A reader's comment opens with who said it and when: "Milan on September 12, 2018 said:".
_SAID = ("said:", "says:", "sagt:", "schreibt:", "schrieb:", "meint:")


def find_authors(head: Head) -> None:
    """Lines that name the author: "By …" lines, names next to a date or above a job title."""
    for i in range(head.end):
        text = head.segments[i].text
        if head.labels[i] is not None and (i not in head.dates or text.endswith(_SAID)):
            if head.labels[i] not in _CREDITED or not (
                bylines.starts_with_lead(text) or credits_text_after(text)
            ):
                continue  # (a dated comment names its commenter: "Milan on Sept. 12, 2018 said:")
            # "Autorin: Anna Weber | Fotos: Max Muster": the author line, the photographer
            # credited beside her; so is "Fotos: Max Muster, Text: Anna Weber".
        if is_linkback(text):
            continue  # "Pingback von Too much information - …": another blog's post
        name: str | None = None
        marked = role_marked_authors(text)
        if marked is not None:
            if marked:
                head.authors[i] = marked  # "Anna Weber (Text) und Max Muster (Fotos)"
            continue  # "12.03.2024 | Max Muster (Foto)": the photographer
        if bylines.starts_with_lead(text):
            name = _led_names(head, i)
        elif i in head.dates and _names_around_date(head, i):
            name = head.clean_byline(i)
            if bylines.byline_in_line(text, True) is None:
                head.inferred.add(i)  # no "by"/"von" introduces it: "Aus der Region 6. …"
        elif is_bare_lead_line(head, i) and i + 1 < head.end and follows_lead(head, i):
            name = head.clean_byline(i + 1)  # "Von" on one line, the name on the next
        elif _is_desk(head, i):
            name = head.clean_byline(i)  # "Redaktion" above or below the date
        elif i - 1 in head.dates and bylines.ends_with_connector(head.segments[i - 1].text):
            name = head.clean_byline(i) if len(text.split()) <= 6 else None
        elif (
            text.rstrip()[-1:] in _MORE_LINK_ENDS
            and (glued := _GLUED_MORE_LINK.match(text))
            and is_name_list(glued[1])
        ):
            name = glued[1]  # "Marcus De GuzmanView More Articles"
        elif _over_date_or_role(head, i) and is_name_line(head, i):
            name = head.clean_byline(i)
        if not name and not head.shapes[i].prose and i >= head.first_prose - _BYLINE_REACH:
            dated = i in head.dates
            if dated or head.shapes[i].n_words <= _INLINE_BYLINE_MAX_WORDS:
                name = bylines.byline_in_line(text, dated)
                if not name and i - 1 in head.dates:
                    name = bylines.led_account(text)  # "2. August 2012" / "By oradmin"
            elif head.shapes[i].n_words <= _GLUED_BYLINE_MAX_WORDS:
                name = bylines.glued_author(text)  # "… FOR THE HOLIDAYS written by Regan"
            if not name and dated:
                name = byline_in_date_line(text)  # "Publié le 8 février 2024 par …"
            if not name:
                name = reporter_line(text)[1]  # "김민수 기자"
            if not name and dated and head.shapes[i].n_words <= DATE_LINE_MAX_WORDS:
                hit = head.dates[i]
                name = bylines.name_beside_date(text, hit.start, hit.end)
                if name:
                    head.inferred.add(i)
        if name:
            head.authors[i] = name


def _over_date_or_role(head: Head, i: int) -> bool:
    """Line `i` stands over a date line, the story's age or the author's job ("Tokyo
    correspondent"), not a photographer's ("Staff photographer", "Photo editor"): where a
    line of names is the author line. Asked before the names (`is_name_line`), which clean
    the line as a byline: on real pages fewer than one line in fifty that reaches this test
    stands so, and cleaning the others cost 2.6–3.7 % of a parse."""
    if head.next_index(i) in head.dates or aged(head, i + 1):
        return True
    if i + 1 >= len(head.segments):
        return False
    if i == 0 and over_post_age([s.text for s in head.segments]):
        return True  # a post's poster (`social_posts`)
    job = head.segments[i + 1].text
    return bylines.is_role_line(job) and not is_photographer_job(job)


def _photographer(head: Head, i: int) -> bool:
    """Line `i` under a name says the person took the pictures ("Max Muster" /
    "Fotograf", "Bildredakteurin")."""
    return is_photographer_job(head.segments[i].text)


def _led_names(head: Head, i: int) -> str | None:
    """The names a lead word introduces; not a headline that opens with "Von" ("Von
    Sprachregeln, Gender-Politik und «ganz normalem Deutsch»"): more than a few words that
    are no list of person names."""
    name = head.clean_byline(i)
    if name and len(name.split()) > _LED_PHRASE_WORDS and not is_names(name):
        return None
    return None if name and phrase_not_name(name) else name


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


def _drop_non_names(head: Head) -> None:
    """Forget a content system's account read as a name ("By admin - 2018-09-16", "Posted on
    Maret 30, 2015 by Admin", `CMS_ACCOUNTS`): a byline is a person or a desk, and a saved
    page's author field naming the account gave none already (`webpage_meta`). Another
    author line, if the text has one, is the byline. The account's line is set aside only as
    the date line it may be ("By admin - 2018-09-16"); alone ("Posted by Admin") it stays in
    the text, as "By admin", never read as a name, always did.

    So is a lone article or function word (`FUNCTION_WORDS`): every reader that takes one
    word after a lead (a blog's account, a first name) took "the" of "By the editors | March
    3, 2025" and "der" of "Von der Redaktion". The head's readers' authors all meet here,
    before the readers of the text's end are asked, so a name signed there is the byline
    instead; those readers take no single word after a lead."""
    for i, name in list(head.authors.items()):
        if name.casefold() in CMS_ACCOUNTS or name.strip(NAME_TRIM).casefold() in FUNCTION_WORDS:
            del head.authors[i]
            head.inferred.discard(i)


def _drop_far_names(head: Head, title: int) -> None:
    """Forget the names read far above the headline without a lead word: there they are
    entries of a menu or a sidebar ("Radicalised Youth" / "Al Jazeera Correspondent", a
    dealer's "Brent Co November 20, 2019"), not the story's byline."""
    for i in [i for i in head.authors if title - i > _BYLINE_REACH]:
        text = head.segments[i].text
        if not bylines.starts_with_lead(text) and not bylines.byline_in_line(text, i in head.dates):
            del head.authors[i]


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
        if is_name_line(head, j):
            if beside_zoom_button(head, j) or (j + 1 < head.end and _photographer(head, j + 1)):
                continue  # the lead picture's caption or photographer
            name = head.clean_byline(j)
            if j >= head.first_prose and not _shown_byline(head, j):
                return  # a short line in the story's opening: a subheading, not a name
            if name:
                head.authors[j] = name
            return


def _name_above_title(head: Head, title: int) -> None:
    """A person's full name right above the headline, where magazine layouts set the author
    over the title ("Marina Beuerle" / "11 schöne Ausflugsziele für den Herbst"): read only
    when no line below the headline or under the text names an author, and only a name that
    opens with a first name (a kicker or section above the title is a word or a phrase) and
    that the story does not name (a kicker may name its subject: "Olaf Scholz")."""
    above = title - 1
    if not is_name_line(head, above):
        return
    name = head.clean_byline(above)
    if not name or not first_name(name.split()[0]):
        return
    if not named_in_story(head, name.split()[-1], len(head.segments)):
        head.authors[above] = name  # (a kicker naming the story's subject: "Olaf Scholz")
        head.inferred.add(above)


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
    return j + 1 < len(head.segments) and links_to_posts(head, j + 1)


def choose_byline(head: Head, title_index: int | None) -> tuple[str | None, str | None, set[int]]:
    """The byline, the news agency and the blocks that gave the byline."""
    _drop_non_names(head)
    if title_index is not None:
        _drop_far_names(head, title_index)
        _name_below_title(head, title_index)
    if not head.authors:
        byline_below_article(head)
    if not head.authors:
        author_box(head)
    if not head.authors:
        signed_below_article(head, title_index)
    if not head.authors and title_index:
        _name_above_title(head, title_index)
    title = title_index or 0
    wire = find_agency(head, title)
    if not head.authors and wire is None:
        about_heading(head)
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
    byline = tidy_byline(head.authors[chosen])
    return initials_spelt_out(head, byline) or byline, agency, used
