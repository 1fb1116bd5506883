"""Picture captions inside the chosen run that the head's caption pass cannot see.

A caption between the article's paragraphs often carries its credit at its end instead of on
a line of its own ("… in Bremen ausbilden. © CAE", "… fordert Aufklärung. (Quelle:
Fleischmann/Unsplash/DJV)"), or stands next to a bare copyright credit ("© Markus Leitner"), or
says where the people stand in the picture ("Maria Tillessen (l.) und …"), or closes with its
agency in brackets after the sentence ("An MSC cargo ship leaves PortMiami, on Aug. 31, 2019.
(AP)", "The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)", or bare: "… near
Gillette, Wyoming. AFP"; not the run's last line, which a story signed by its agency closes
so: "… an. (dpa/gem)", "… in court. AFP"). A picture at the
top of the article prints its caption and then its credit on a line of its own ("(Image: ©
TNG Collaboration)", "Photograph: Tim Robberts/Getty Images"): the sentences that open the run
right above such a credit line are the caption. A wire service's caption needs no credit: its
house style gives it away ("In this Dec. 12, 2006, file photo, …", "Mark Esper, left, and …"),
and so does a German caption's "(Symbolbild)". A copy may glue the credit to the caption's
last word, the space lost with the picture ("… on July 25, 2019.J. Scott Applewhite / AP
file").
Such a line reads like a short sentence of prose, so the body model keeps it; the credit is
what gives it away. The rule runs only inside the run (`boilerplate.choose`), after the head's
metadata is read, so titles, dates and bylines do not move, and it asks nothing of the body
model's features. A copyright sign or a picture-credit label is the same in any language; the
labels are those of the credit lines the caption pass knows ("Foto:", "Bildquelle:").
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.ingest import phrases
from reader.core.ingest.author_lines import ZOOM_BUTTONS
from reader.core.ingest.credit_phrases import is_credit_only
from reader.core.ingest.person_shape import first_name
from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import Shape, is_headline, is_person_name
from reader.core.ingest.sign_offs import bare_close

# A caption is a sentence or two, never a paragraph of the article.
CAPTION_MAX_WORDS = 40
# A caption over a picture agency's credit has a sentence's words.
CAPTION_MIN_WORDS = 5
# A picture agency's name alone on the line under a caption, as news sites print it in
# capitals ("GETTY", "AFP VIA GETTY IMAGES"): the agencies a credit-only line names
# (`phrases.CREDIT_ONLY`), and the short names Forbes and Newsweek print that it does not
# know alone; a name in running text is never the whole line.
_AGENCY_SHORT_NAMES = frozenset({"GETTY", "ISTOCK"})
# A sentence beside a bare credit line is its caption when it is this short.
BESIDE_MAX_WORDS = 20
# Words a credit may have ("Bundesregierung/Steffen Kugler", "CAE").
_CREDIT_WORDS = r"[^\s©.!?]+(?:\s+[^\s©.!?]+){0,4}"
# "… © CAE", "…festlegt© Bundesregierung/Steffen Kugler": a copyright sign and a name at the end.
_COPYRIGHT_END = re.compile(r"©\s*(?!\d{4})" + _CREDIT_WORDS + r"$")
# "(Bildquelle: Ring der Landjugend)", "(Foto: Max Muster)": a picture's label in brackets; a
# plain source ("(Quelle: …)", "(Source: …)") only when it names a photographer and an agency
# or picture library ("Hume/Unsplash/DJV"), as a news source at a paragraph's end does not.
_LABEL_END = re.compile(
    r"\((?:(?:bildquelle|bildnachweis|foto|fotos|bild|photo|image|credit)\s*:[^()]{1,80}"
    r"|(?:quelle|source)\s*:[^()/]{1,40}/[^()]{1,60})\)$",
    re.IGNORECASE,
)
# "Maria Tillessen (l.) und …", "Smith (left) and …": where a person stands in the picture.
_PLACED = re.compile(
    r"\((?:l|r|li|re|m|v\.\s?l|v\.\s?r|links|rechts|mitte|left|right|centre|center|l-r|from left)"
    r"\.?\)",
    re.IGNORECASE,
)
# "… 2019. (AP)", "… of Titan. (NASA/JPL-Caltech/ASU)", "… (Reuters)": after the sentence, an
# agency's short name in capitals, a photographer and agency joined by slashes, or a name of
# the wire and picture agencies, in brackets. A paragraph cites its source in its opening
# dateline ("HANOI (AP) —"), not after its last sentence.
_AGENCY_END = re.compile(
    r"[.!?”\"]\s?\((?:[A-Z]{2,8}|[^()/]{1,40}/[^()]{1,60}"
    r"|[^()]{0,40}\b(?:Reuters|Getty Images|Bloomberg|dpa|Keystone|Imago|Shutterstock|iStock)"
    r"\b[^()]{0,30})\)$"
)
# The house style of the wire services' captions (AP, Reuters), which sites print under their
# pictures without a credit line: the picture named at the start with its date or its kind
# ("In this Dec. 12, 2006, file photo, …", "This March 28, 2017, file photo, provided by …
# shows …", "This satellite image from NASA … shows …", "FILE - …"). A story's sentence about
# a picture names neither ("This image, shared on Facebook, shows …" is a fact-check's text).
_WIRE_OPENING = re.compile(
    r"(?:FILE(?: PHOTO)?\s?[-–—:]\s|(?:In t|T)h(?:is|ese) (?P<what>.{0,60}?\b"
    r"(?:photos?|photographs?|images?|pictures?))(?:,| (?:shows?|provided|released|made available|from|taken)\b))"
)
_WIRE_PICTURE_KINDS = ("file ", "handout ", "undated ", "satellite ", "aerial ")
# The people placed by commas after a name, as the wire services do it ("Mark Esper, left, and
# Ngo Xuan Lich shake hands …", "…, second from right, …"); a story's sentence does not ("on
# the left, center and right").
_PLACED_BY_COMMAS = re.compile(
    r"[A-Z][\w.'’-]*, (?:(?:second |third )?(?:from )?(?:left|right)|far (?:left|right)"
    r"|cent(?:er|re)),"
)
# A German caption's mark that the picture only illustrates the story ("… (Symbolbild)").
_ILLUSTRATION_ENDS = tuple(
    f"({mark}){stop}"
    for mark in ("Symbolbild", "Symbolfoto", "Archivbild", "Archivfoto")
    for stop in ("", ".")
)
# Where a credit glued to a caption's last word starts: a capital right after a small letter,
# a digit, a sentence mark or a bracket, with no space between.
_GLUED_SEAM = re.compile(r"(?<=[a-z0-9.!?”\"’)])(?=[A-Z])")
# A wire's archive picture credited so ("J. Scott Applewhite / AP file").
_ARCHIVE = " file"
# A source's label names a picture's source only with a picture desk's slash ("Quelle: Hume/
# Unsplash"); alone it names the text's ("Quelle: Stadtverwaltung"), as in `_LABEL_END`.
_SOURCE_LABELS = frozenset({"quelle", "source"})
# The small words between a credit's names ("Getty - Contributor", "Jane Doe for The Times").
_CREDIT_JOINS = frozenset({"-", "–", "/", "|", "for", "of", "the", "via", "und", "and"})
# The words a credit writes in small letters: a private picture's and the picture desks' own
# spelling ("Foto: privat", "Bild: picture alliance/dpa").
_SMALL_CREDIT_WORDS = frozenset({"privat", "private", "handout", "picture", "alliance", "dpa", "ddp", "epd", "kna"})
# A line that is nothing but a copyright credit without a year ("© Markus Leitner").
_BARE_COPYRIGHT = re.compile(r"©\s*(?!\d{4})" + _CREDIT_WORDS)


# A picture's credit on a line of its own (the head's caption pass labels it).
_CREDIT_LABELS = frozenset({phrases.CAPTION, phrases.IMAGE_CREDIT})
# A caption printed twice opens with the same characters.
_COPY_CHARS = 40
LEAD_CREDIT_MAX_WORDS = 8
# The label a credit under a caption opens with, in the languages the caption pass knows.
_CREDIT_LABEL = re.compile(
    r"\(?(?:photo(?:graph)?|image|picture|credit|foto|bild|crédit|imagen|immagine)s?\s*:",
    re.IGNORECASE,
)


def captions(
    segments: list[Segment],
    shapes: list[Shape],
    labels: list[str | None],
    start: int,
    end: int,
) -> set[int]:
    """The lines from `start` to `end` that are a picture's caption or its bare credit."""
    found = _lead_captions(segments, shapes, labels, start, end)
    last = end  # the run's last line of text: an agency in brackets there signs the story
    while last > start and labels[last] is not None:
        last -= 1
    for i in range(start, end + 1):
        text = segments[i].text.strip()
        if _bare_credit(text):
            found.add(i)
            beside = i + 1
            if beside <= end and _short_sentence(shapes[beside]):
                found.add(beside)
        elif shapes[i].n_words <= CAPTION_MAX_WORDS and (
            _credited(text) or (i != last and (_agency_end(text) or _bare_agency_end(text)))
        ):
            found.add(i)
        elif _agency_name(text):
            found.update(_agency_credit(segments, shapes, labels, i, end))
    return found


def _agency_credit(
    segments: list[Segment], shapes: list[Shape], labels: list[str | None], i: int, end: int
) -> tuple[int, ...]:
    """A picture agency's name alone in capitals (`_agency_name`) credits the picture
    whose caption is the line right above it: a sentence or two, or a caption cut off by its
    "[+]" button (Forbes, Newsweek: "A stock image of a woman holding a joint. …" / "GETTY").
    The head's caption pass may have labelled the caption already ("… (Photo: Getty Images)").
    A blank line must follow the credit, as one follows a picture between paragraphs; a list of
    codes ("AE", "AP", "AZ") has none, and a caption needs a sentence's words. A whole sentence
    with a blank line between it and the credit is the article's paragraph over a picture that
    has a credit and no caption: the credit alone is set aside. Only a caption cut off stands
    apart from its credit so."""
    if i == 0 or labels[i - 1] not in (None, phrases.CAPTION):
        return ()
    if i < end and not segments[i + 1].gap_before:
        return ()
    if labels[i - 1] is not None:
        return (i - 1, i)  # a caption the head's pass knows
    above, apart = shapes[i - 1], segments[i].gap_before
    cut = above.truncated or segments[i - 1].text.endswith("[+]")
    if CAPTION_MIN_WORDS <= above.n_words <= CAPTION_MAX_WORDS and (cut or (above.sentence_end and not apart)):
        return (i - 1, i)
    return (i,) if above.prose and apart else ()


def _agency_name(text: str) -> bool:
    return text.isupper() and (text in _AGENCY_SHORT_NAMES or phrases.CREDIT_ONLY.fullmatch(text) is not None)


@lru_cache(maxsize=4096)
def _credited(text: str) -> bool:
    """A line that ends in its picture's credit, that places the people in the picture, or
    that is written in the wire services' caption style."""
    if "©" in text:
        return _COPYRIGHT_END.search(text) is not None
    if text.endswith(")") and _LABEL_END.search(text) is not None:
        return True
    if "(" in text and (text.endswith(_ILLUSTRATION_ENDS) or _PLACED.search(text)):
        return True
    if text.startswith(("In th", "Th", "FILE")) and _wire_opening(text):
        return True
    # The pattern tries every character; the words it needs are looked for first.
    if ("left," in text or "right," in text or "cent" in text) and _PLACED_BY_COMMAS.search(text):
        return True
    return _glued_credit(text)


def _glued_credit(text: str) -> bool:
    """A caption whose credit a copy glued to its last word, the space between them lost with
    the picture's markup ("… on July 25, 2019.J. Scott Applewhite / AP file", "… killed and
    ate a rabbitCredit: Getty - Contributor", "… isn't easy.Kathrin Ziegler/Getty"): what
    follows the seam is a whole credit line (`is_credit_only`; "/ AP file" as wire pictures
    from the archive are credited), after a caption's words. It names the photographer or
    carries a label. An agency's name alone glued on ("… in New York.Reuters") is
    `sign_offs.bare_close`'s, asked of every line but the run's last (`_bare_agency_end`): at
    the run's end it is the story's sign-off that lost its space. A credit's label names no
    sentence: after "Credit:" every word is a name's or one a credit writes small
    (`_credit_word`: "…MontagabendFoto: privat"); "UniCredit: Zinsen im Euroraum steigen …" is a
    headline, and "Uni" no caption."""
    if "/" not in text and ":" not in text:
        return False  # (most lines: no seam looked for)
    for seam in _GLUED_SEAM.finditer(text):
        head, credit = text[: seam.start()], text[seam.start() :].removesuffix(_ARCHIVE)
        if len(head.split()) < CAPTION_MIN_WORDS or not ("/" in credit or ":" in credit):
            continue
        if not is_credit_only(credit):
            continue
        label, colon, names = credit.partition(":")
        if label.casefold() in _SOURCE_LABELS and "/" not in names:
            continue  # the text's news source ("….Quelle: Stadtverwaltung"), as in brackets
        if not colon or all(map(_credit_word, names.replace("/", " / ").split())):
            return True
    return False


def _credit_word(word: str) -> bool:
    """A word of a labelled credit's names: a name's, a join between names, or what a credit
    writes in small letters — a picture from the family album ("Foto: privat"), a picture desk
    ("picture alliance/dpa")."""
    return word[0].isupper() or word in _CREDIT_JOINS or word in _SMALL_CREDIT_WORDS


def _wire_opening(text: str) -> bool:
    """The line opens as a wire service's caption: "FILE -", or the picture with its date or
    kind ("In this Nov. 10, 2019, photograph, …")."""
    found = _WIRE_OPENING.match(text)
    if found is None:
        return False
    what = found.group("what")
    if what is None:
        return True  # "FILE - …"
    return any(map(str.isdigit, what)) or any(map(what.__contains__, _WIRE_PICTURE_KINDS))


def _agency_end(text: str) -> bool:
    """A caption closing with its agency after the sentence ("… 2019. (AP)"); the story's
    last paragraph may close the same way ("… kündigte er sein Erscheinen an. (dpa/gem)")."""
    return text.endswith(")") and _AGENCY_END.search(text) is not None


def _bare_agency_end(text: str) -> bool:
    """A caption closing with its agency's bare name after the sentence ("… near Gillette,
    Wyoming. AFP"), read as `sign_offs.bare_close` reads the story's last paragraph signed
    so, which stays (the caller asks this of every line but the run's last)."""
    if not text[-1:].isalpha():
        return False  # (most lines end with a sentence's mark: nothing split)
    return bare_close(text) is not None


def _bare_credit(text: str) -> bool:
    return text.startswith("©") and _BARE_COPYRIGHT.fullmatch(text) is not None


def _short_sentence(shape: Shape) -> bool:
    return shape.sentence_end and 3 <= shape.n_words <= BESIDE_MAX_WORDS


def _lead_captions(
    segments: list[Segment],
    shapes: list[Shape],
    labels: list[str | None],
    start: int,
    end: int,
) -> set[int]:
    """The short sentences that open the run right above a picture's credit line: the caption
    of the picture over the article. Only at the start: between paragraphs a picture may
    carry a credit and no caption, and the paragraph above it is the article's."""
    if labels[start] is not None or start >= end:
        return set()
    if shapes[start].n_words > CAPTION_MAX_WORDS or not shapes[start].sentence_end:
        return set()
    j = start + 1
    if j < end and segments[j].text[:_COPY_CHARS] == segments[start].text[:_COPY_CHARS]:
        j += 1  # the caption printed twice (its alt text, then the caption)
    if labels[j] not in _CREDIT_LABELS:
        return set()
    return set(range(start, j)) if _picture_credit(segments[j].text, shapes[j]) else set()


def _picture_credit(text: str, shape: Shape) -> bool:
    """A labelled credit that names the picture's owner as picture credits under a caption
    do: a copyright sign, or photographer and agency joined by a slash or a comma
    ("Photograph: Tim Robberts/Getty Images", "Photo: Hau Dinh, AP", "(Image: © NASA)"). A
    credit without its label ("Sakib Ali/Hindustan Times/Getty Images") also stands alone
    under a picture between paragraphs, with the article's first paragraph above it. A longer line under the opening sentences is a caption
    itself ("FILE PHOTO: Traders work on the floor …"), and a lone source ("Bildquelle: SWR")
    credits a video or teaser picture as often as a captioned one."""
    if shape.n_words > LEAD_CREDIT_MAX_WORDS or _CREDIT_LABEL.match(text) is None:
        return False
    return "©" in text or "/" in text or "," in text


def heading_under(
    segments: list[Segment], shapes: list[Shape], labels: list[str | None], i: int, end: int
) -> bool:
    """Line `i`, right under a caption inside the run (`captions`), is the next section's
    subheading: a copy prints a picture's caption on the line above the subheading under the
    picture, with no blank line between ("vergrößern (Bildquelle: auto-motor.at/…)" /
    "Premium-Ambiente im Innenraum"; "Der Bartgeier Bavaria im Flug." / "GPS-Sender wieder in
    Funktion"), and the section's paragraph comes after it. Two short lines side by side read
    as a link list, and the subheading was set aside with it. The caption is whole on its one
    line (a sentence, or its credit at its end), so a line of a heading's shape under it, with a
    paragraph under that, opens the section; a sentence there is not of a heading's shape. A
    line set apart from the caption by a blank line is left as it was ("Mehr Bilder in der
    Galerie"): nothing ties it to the section under it.

    What else a copy prints right under a caption has a heading's shape too, and stays with
    the picture: its photographer's bare name ("Markus Winter"), its button ("Foto
    vergrößern", `ZOOM_BUTTONS`), a gallery's count ("1 / 12"). A one-word line there is as
    often a button ("Zoom", "Expand", "Play") as a subheading ("Fazit"), so it is left too."""
    if i + 1 > end or segments[i].gap_before or labels[i] is not None or shapes[i].prose:
        return False
    below = i + 1
    if not shapes[below].prose or labels[below] is not None:
        return False
    text = segments[i].text
    if shapes[i].n_words < 2 or not is_headline(text, shapes[i]) or not any(map(str.isalpha, text)):
        return False
    if text.lower() in ZOOM_BUTTONS:
        return False
    # A name opening with a first name the list knows; German capitalises a heading's
    # adjective and noun ("Geräumiger Kofferraum"), which `is_person_name` alone takes.
    return not (is_person_name(text) and first_name(text.split()[0]))
