"""Captions in the wire services' house style between the article's paragraphs are set aside.

AP and Reuters captions travel with their pictures to every site that runs the story, and the
sites print them without a credit line: the picture named with its date or kind at the start
("In this Dec. 12, 2006, file photo, …", "This March 28, 2017, file photo, provided by …
shows …", "FILE - …") and the people placed by commas after their names ("…, left, and …").
A German caption may mark its picture as an illustration ("(Symbolbild)"). Each reads like a
sentence of the story. The story's own sentences about a picture, without its date or kind,
and a sentence naming the left and right of politics stay. The lines are written by hand in
the shapes en-news pages print them.
"""

from __future__ import annotations

from quality import block_roles, role_of

from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import read_page
from reader.core.ingest.run_captions import captions
from reader.core.text import normalise

_PARAGRAPHS = (
    "The space agency said on Tuesday that the crew of the station had finished the repairs "
    "to the cooling loop after two long walks outside, and that the experiments would resume.",
    "Engineers had worried for weeks that the leak would spread to the second loop, which "
    "keeps the laboratory modules warm, but the pressure held through the whole night.",
    "This image, shared widely on social media, shows the crew waving from the cupola, and it "
    "was taken by the commander during the last orbit before the repair began.",
    "Voters on the left, center, and right told pollsters that they wanted the station kept "
    "in orbit until its successor is ready, according to a survey released on Monday.",
    "The next crew is due to launch in March, when the agency will also send new batteries "
    "and a replacement pump for the loop that failed last month in the old module.",
)
_CAPTIONS = (
    "In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert L. Curbeam "
    "Jr., left, and Christer Fuglesang work on the station.",
    "This March 28, 2017, file photo, provided by the agency shows the station's cupola.",
    "FILE - The station is seen from a departing capsule in orbit over the Atlantic.",
    "Mission manager Joel Montalbano, right, speaks with reporters at the Johnson Space Center.",
)


def _page() -> str:
    lines = ["Station crew fixes cooling leak after two spacewalks", "By Marcia Dunn",
             "November 19, 2019", ""]  # fmt: skip
    for paragraph, caption in zip(_PARAGRAPHS, (*_CAPTIONS, None), strict=True):
        lines += [paragraph, ""]
        if caption:
            lines += [caption, ""]
    return "\n".join(lines)


def test_wire_captions_between_the_paragraphs_are_set_aside() -> None:
    roles = block_roles(_page())
    for caption in _CAPTIONS:
        assert role_of(roles, caption[:30]) is BlockRole.BOILERPLATE, caption


def test_the_story_sentences_about_pictures_and_politics_stay() -> None:
    roles = block_roles(_page())
    for paragraph in _PARAGRAPHS:
        assert role_of(roles, paragraph[:30]) is BlockRole.BODY, paragraph


def test_a_picture_marked_as_an_illustration_is_a_caption() -> None:
    text = "\n\n".join(
        (
            "Feuer in Wohnhaus",
            _PARAGRAPHS[0],
            "Die Kinder waren alle noch klein (Symbolbild).",
            _PARAGRAPHS[1],
        )  # fmt: skip
    )
    page = read_page(normalise(text))[0]
    found = captions(page.segments, page.shapes, page.labels, 0, len(page.segments) - 1)
    assert [page.segments[i].text[:20] for i in found] == ["Die Kinder waren all"]
