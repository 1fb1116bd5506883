"""A pasted e-mail: what a consultant copies out of Outlook, Apple Mail or a web mailer.

A mail is no web page, and the page rules misread every part of it: the header lines ("Von:",
"Gesendet:", "Betreff:") were taken for a menu, the subject kept its label as the title, the
quoted reply's "Am … schrieb …:" line dated the mail, and the closing ("Mit freundlichen
Grüßen", "Best regards,"), the sender's name and "Sent from my iPhone" stood in the text or
were its title. Here the subject is the title (without its "Betreff:" and its "AW:"/"Re:"),
the sender the author, the sent date the date; the header lines are the header's. The mail's
own words are the text, its greeting with them; the closing and the signature under it and the
mail program's line are set aside as the signature; a quoted reply (its "On … wrote:" line,
its "> " lines, or the "-----Original Message-----" block with its own header) stays in the
text as quotes, set apart from the writer's words.

A text is read as a mail when it opens with two header lines, or, copied without its header,
when it opens with a greeting ("Hallo zusammen,", "Hi Mark,"), a closing follows later, and
something besides the two says mail (`_mail_evidence`). A greeting and a closing alone are a
note's as much as a mail's: "Hallo, Nachbar!" / … / "Danke dir!" / "Gruß, Anna", read as a
mail, lost its last lines as a signature.
"""

from __future__ import annotations

import re

from reader.core.ingest.article import Block, BlockKind, BlockRole, ParsedArticle, reading_text
from reader.core.ingest.date_lines import find_date
from reader.core.ingest.language import detect_language
from reader.core.ingest.segment import segment
from reader.core.ingest.shape import is_person_name
from reader.core.ingest.title import derive_title

SIGNATURE = "signature"

# A header line as the mail programs copy it, in English and German.
_HEADER = re.compile(
    r"(from|von|sent|gesendet|date|datum|to|an|cc|bcc|subject|betreff|reply-to|antwort an)[ \t]*:[ \t]*(.*)",
    re.I,
)
_SENDER = frozenset({"from", "von"})
_SENT = frozenset({"sent", "gesendet", "date", "datum"})
_SUBJECT = frozenset({"subject", "betreff"})
# A header names at least two of these, one of them the sender or the subject.
_MIN_HEADERS = 2
# "AW: WG: Re: …": the reply's and forward's marks before the subject are no part of it.
_REPLY_MARKS = re.compile(r"^(?:(?:re|aw|wg|fw|fwd|antw|wtr)[ \t]*:[ \t]*)+", re.I)
# Where a quoted reply starts: its attribution line, a divider, or a quoted line.
_ATTRIBUTION = re.compile(r"(?:on|am)\s.{4,160}\s(?:wrote|schrieb(?:\s.{1,120})?):", re.I)
_DIVIDER = re.compile(
    r"-{2,}\s*(?:original message|ursprüngliche nachricht|original-nachricht|forwarded message"
    r"|weitergeleitete nachricht)\s*-{2,}",
    re.I,
)
# The marks of a quoted line, one for each level of quoting ("> > ").
_QUOTE_MARKS = re.compile(r"^(?:>[ \t]?)+")
# A quoted mail's header line or divider: a line of its own in the quote.
_QUOTE_HEADER = re.compile(rf"{_HEADER.pattern}|{_DIVIDER.pattern}", re.I)
# The mail program's own line under the writer's words.
_CLIENT = re.compile(
    r"(?:sent from my\s.{1,30}|von meinem\s.{1,30}\sgesendet|gesendet von meinem\s.{1,30}"
    r"|get outlook for\s.{1,20}|outlook für\s.{1,20}\sbeziehen|sent from (?:outlook|mail) for\s.{1,20})\.?",
    re.I,
)
# The closing formula a signature opens with.
_CLOSING = re.compile(
    r"(?:(?:best|kind|warm|warmest|many thanks and(?: best)?)\s+regards|regards|best wishes|best|cheers"
    r"|thanks|many thanks|thank you|sincerely|yours sincerely|yours|mit (?:den )?(?:freundlichen|besten) grüßen"
    r"|mit freundlichem gruß|freundliche grüße|viele grüße|beste grüße|liebe grüße|herzliche grüße"
    r"|schöne grüße|gruß|grüße|mfg|lg|vg|bg|danke(?: und viele grüße)?)[ \t]*[,!.]?",
    re.I,
)
# A greeting line: a salutation word and a name or two, ending in a comma or an exclamation mark.
_GREETING = re.compile(
    r"(?:hi|hello|hey|dear|good morning|hallo|liebe|lieber|sehr geehrte[r]?|guten (?:tag|morgen)|moin"
    r"|servus)\b[^.!?:]{0,60}[,!]",
    re.I,
)
_GREETING_WORDS = ("hi", "hello", "hey", "dear", "good", "hallo", "liebe", "sehr", "guten", "moin", "servus")
# A greeting that addresses its reader by a title or formally ("Sehr geehrte Damen und Herren,",
# "Dear Mr. Smith,", "Hallo Frau Becker,"): correspondence, which a note to a neighbour is not.
_FORMAL_GREETING = re.compile(
    r"sehr geehrte|\b(?:mr|mrs|ms|dr|prof|sir|madam|herr|frau|damen und herren)\b", re.I
)
# A closing with the writer's first name on its line: after a comma ("Gruß, Anna", "Best,
# Mark"), or after a German greeting without one ("Gruß Jan", "LG Anna"); "Best Practices" is none.
_NAMED_CLOSING = re.compile(
    rf"(?:(?:{_CLOSING.pattern})(?<=,)|(?:[a-zäöü ]*gr(?:uß|üße)|lg|vg|mfg))[ \t]*(?-i:[A-ZÄÖÜ][a-zäöüß'’-]+)",
    re.I,
)
# A title's abbreviation in a formal greeting, whose full stop ends no sentence ("Dear Mr.
# Smith,", "Sehr geehrter Herr Dr. Müller,").
_TITLE_ABBREVIATION = re.compile(r"\b(?:mr|mrs|ms|dr|prof|hr|fr|dipl|ing)\.", re.I)
# A signature under its closing: the name, a job, a company, a telephone number.
_SIGNATURE_LINES = 6
# A name and a line more (a job, a company) under the closing: a signature, not a note's name.
_SIGNED_LINES = 2
# A telephone number, a mail or web address.
_CONTACT = re.compile(r"@|www\.|https?://|\+?\d[\d ()/.-]{6,}\d")
# A company's signature runs longer: its address, telephone and register lines are short, and
# its legal notice names what it is ("Diese E-Mail enthält vertrauliche Informationen …").
_SIGNATURE_WORDS = 8
_LEGAL_NOTICE = re.compile(
    r"vertraulich|confidential|intended recipient|adressat|privileged|handelsregister|amtsgericht"
    r"|registergericht|sitz der gesellschaft|registered (?:office|in)|company (?:number|registration)",
    re.I,
)
_ADDRESS = re.compile(r"\s*[<\[](?:mailto:)?[^<>\[\]\s]+@[^<>\[\]\s]+[>\]]\s*")


def is_mail(text: str) -> bool:
    """Whether `text` is a pasted e-mail (module docstring). Only the first lines are read
    unless the first is a header's or a greeting: every page is asked."""
    lines = _opening_lines(text, 3)
    if lines and _DIVIDER.fullmatch(lines[0]):
        lines = lines[1:]  # a forwarded mail copied with its divider ("---------- Forwarded message ----")
    lines = lines[:2]
    if not lines:
        return False
    first = lines[0]
    if ":" in first[:20] and _HEADER.fullmatch(first):
        headers = _headers(lines)
        names = {name for name, _value in headers}
        return len(headers) >= _MIN_HEADERS and bool(names & (_SENDER | _SUBJECT))
    if is_greeting(first):
        return _mail_evidence(first, [line.strip() for line in text.split("\n")])
    return False


def is_greeting(line: str) -> bool:
    """A greeting line ("Hallo zusammen,", "Hi Mark,", "Dear Mr. Smith,"), which opens a mail
    or a note to someone and titles neither."""
    return line[:8].lower().startswith(_GREETING_WORDS) and _is_greeting(line)


def _mail_evidence(greeting: str, lines: list[str]) -> bool:
    """Whether a text opening with `greeting` is a mail copied without its header: a closing
    follows, and something only mail (or a letter) has: a quoted reply under the writer's words,
    the mail program's line ("Sent from my iPhone"), a signature — the "--" divider, the
    writer's full name, a telephone number or an address, or two lines or more (a name over a
    job or a company) under the closing — or a greeting that addresses its reader formally. One
    line alone under "Gruß, Anna" says nothing: a job's line cannot be told from a note's "PS: …". A note to a neighbour or a colleague has a
    greeting and a closing too, signed with a first name ("Gruß, Anna", "Cheers,\nAnna")."""
    quoted = _quote_start(lines)
    closing = _closing_at(lines[:quoted])
    if closing is None:
        return False
    if quoted < len(lines) or _FORMAL_GREETING.search(greeting) or lines[closing] == "--":
        return True
    signature = [line for line in lines[closing + 1 : quoted] if line]
    if any(_CLIENT.fullmatch(line) for line in signature):
        return True
    return len(signature) >= _SIGNED_LINES or any(map(is_person_name, signature[:1])) or _company_signature(signature)


def parse(text: str) -> ParsedArticle:
    """The mail's fields from its header, its words as the text (module docstring)."""
    lines = [line.strip() for line in text.split("\n")]
    start = next(i for i, line in enumerate(lines) if line)
    blocks: list[Block] = []
    if _DIVIDER.fullmatch(lines[start]):  # a forwarded mail's divider above its header
        blocks.append(Block(BlockKind.PARAGRAPH, lines[start], BlockRole.META))
        start = next(i for i in range(start + 1, len(lines)) if lines[i])
    headers = _headers(lines[start:])
    fields = dict(headers)
    blocks += [Block(BlockKind.PARAGRAPH, line, BlockRole.META) for line in lines[start : start + len(headers)]]
    rest = lines[start + len(headers) :]
    quoted = _quote_start(rest)
    own, quote = rest[:quoted], rest[quoted:]
    if quote and not _ATTRIBUTION.fullmatch(quote[0]) and _attribution_at(quote, 0):
        quote[:2] = [f"{quote[0]} {quote[1]}"]  # the wrapped attribution, one line again
    closing = _closing_at(own)
    signature: list[str] = []
    if closing is not None:
        own, signature = own[:closing], [line for line in own[closing:] if line]
    words = [
        Block(BlockKind.PARAGRAPH, line, BlockRole.BOILERPLATE, SIGNATURE) if client else Block(kind, line)
        for line, kind, client in _paragraphs(own, _CLIENT)
    ]
    blocks += words
    blocks += [Block(BlockKind.PARAGRAPH, line, BlockRole.BOILERPLATE, SIGNATURE) for line in signature]
    # A quoted line's marks go before its lines are joined: a quote wrapped over "> " lines is
    # one paragraph, not one per line.
    quote = [_QUOTE_MARKS.sub("", line) for line in quote]
    blocks += [Block(BlockKind.QUOTE, line) for line, _kind, _header in _paragraphs(quote, _QUOTE_HEADER)]
    words = [b for b in words if b.role is BlockRole.BODY]
    subject = _REPLY_MARKS.sub("", _field(fields, _SUBJECT) or "").strip()
    own_text = reading_text(words)
    title = subject or derive_title(reading_text([b for b in words if not _is_greeting(b.text)]))
    sent = find_date(_field(fields, _SENT) or "")
    return ParsedArticle(
        title,
        not subject and title is not None,
        None,
        _sender(_field(fields, _SENDER)) or _signed_name(signature),
        sent.iso if sent else None,
        None,
        detect_language(own_text or text),
        tuple(blocks),
    )


def _is_greeting(line: str) -> bool:
    """A greeting line (`_GREETING`), also a formal one with a title's abbreviation."""
    return _GREETING.fullmatch(_TITLE_ABBREVIATION.sub(lambda found: found[0][:-1], line)) is not None


def _paragraphs(lines: list[str], alone: re.Pattern[str]) -> list[tuple[str, BlockKind, bool]]:
    """The paragraphs and list items of `lines` (joined where a mail program wrapped them),
    each with whether it is a line `alone` matches, which stands by itself whatever the
    wrapping: the mail program's line under the writer's words, a quoted mail's header lines."""
    found: list[tuple[str, BlockKind, bool]] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if line and not alone.fullmatch(line):
            run.append(line)
            continue
        found += [(s.text, s.kind, False) for s in segment("\n".join(run))]
        run = []
        if line:
            found.append((line, BlockKind.PARAGRAPH, True))
    return found


def _opening_lines(text: str, count: int = 2) -> list[str]:
    found: list[str] = []
    for line in text.lstrip()[:600].split("\n"):
        if line.strip():
            found.append(line.strip())
            if len(found) == count:
                break
    return found


def _headers(lines: list[str]) -> list[tuple[str, str]]:
    """The header lines the text opens with, as (lower-case name, value)."""
    found = []
    for line in lines:
        match = _HEADER.fullmatch(line) if line else None
        if match is None:
            break
        found.append((match.group(1).lower(), match.group(2).strip()))
    return found


def _field(fields: dict[str, str], names: frozenset[str]) -> str | None:
    return next((fields[name] for name in fields if name in names), None)


def _quote_start(lines: list[str]) -> int:
    """Where the quoted reply starts in the lines under the header (their count if none)."""
    for i, line in enumerate(lines):
        if line.startswith(">") or _DIVIDER.fullmatch(line) or _attribution_at(lines, i):
            return i
        # A reply quoted by Outlook: a second header, "Von: …" over "Gesendet: …".
        if i + 1 < len(lines) and _HEADER.fullmatch(line) and _HEADER.fullmatch(lines[i + 1]):
            return i
    return len(lines)


def _attribution_at(lines: list[str], i: int) -> bool:
    """Line `i` opens a quoted reply's attribution: whole ("On … wrote:"), or wrapped over the
    next line as Gmail and Outlook wrap a plain-text reply at 78 characters ("On Mon, Dec 2,
    2024 at 5:02 PM Jan Vogel <" / "jan.vogel@example.com> wrote:")."""
    if _ATTRIBUTION.fullmatch(lines[i]):
        return True
    following = lines[i + 1] if i + 1 < len(lines) else ""
    return bool(following) and _ATTRIBUTION.fullmatch(f"{lines[i]} {following}") is not None


def _closing_at(lines: list[str]) -> int | None:
    """The line of the closing formula, when at most a signature's lines follow it (or the
    signature's "-- " divider, "--" once stripped). A closing may carry the writer's first
    name ("Gruß, Anna"): read as none, the "Danke!" above it was taken for the closing."""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if line == "--" or (line and len(line) < 40 and (_CLOSING.fullmatch(line) or _NAMED_CLOSING.fullmatch(line))):
            below = [rest for rest in lines[i + 1 :] if rest.strip()]
            below = [rest for rest in below if not _CLIENT.fullmatch(rest.strip())]
            return i if len(below) <= _SIGNATURE_LINES or _company_signature(below) else None
    return None


def _company_signature(lines: list[str]) -> bool:
    """A company's signature: short lines (a job, an address, a telephone number) or its legal
    notice, and among them a way to reach the writer or the notice. A page's footer menu under
    a "Danke!" ("Impressum" / "Kontakt" / …) has no telephone number, address or notice."""
    if not all(len(line.split()) <= _SIGNATURE_WORDS or _LEGAL_NOTICE.search(line) for line in lines):
        return False
    return any(_CONTACT.search(line) or _LEGAL_NOTICE.search(line) for line in lines)


def _sender(value: str | None) -> str | None:
    """The sender's name from a "From:" value ("Anna Becker <anna.becker@example.de>",
    "Becker, Anna", "\"Mark Ellis\""); None for an address alone."""
    if not value:
        return None
    name = _ADDRESS.sub(" ", value).strip(" \"'")
    if "@" in name or not name:
        return None
    last, comma, first = name.partition(",")
    if comma and is_person_name(f"{first.strip()} {last.strip()}"):
        return f"{first.strip()} {last.strip()}"
    return name


def _signed_name(signature: list[str]) -> str | None:
    """The name under the closing, where it is a person's."""
    return next((line for line in signature[1:2] if is_person_name(line)), None)
