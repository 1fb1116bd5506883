"""School courses and exams named by their programme's letters: "AP Biology", "AP exams", "IB
courses".

An acronym alone is taken for an organisation, and "AP" is listed as the Associated Press
(`known_bodies`), so a US school story's "AP Biology" and "AP exams" shared the agency's row. A
school programme's letters right before a subject ("AP Biology", "AP Computer Science", "IB
History") or a word for a class or an exam ("AP classes", "AP exam scores") name a course, no
body: that mention is dropped, and the body's other mentions in the text ("AP reported") stay.
Any other acronym there is a body's ("IBM Research", "CNN Politics", "the UN course of action").
"""

from __future__ import annotations

import re

from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

# The last word of a school subject written after the acronym ("AP Biology", "AP Computer
# Science", "AP Music Theory", "AP US History", "AP English Language").
_SUBJECTS = frozenset(
    """Biology Chemistry Physics Calculus Statistics History Literature Psychology Economics
    Macroeconomics Microeconomics Government Politics Geography Science Sciences Mathematics
    Math Maths Seminar Research Theory Language Languages Studies Art Spanish French German
    Latin Chinese Japanese Italian English Precalculus Algebra Geometry""".split()
)
# The programmes whose courses a school story names by their letters: Advanced Placement,
# the International Baccalaureate, British GCSEs. Only these: another acronym before a subject
# or a class is a body's ("IBM Research", "CNN Politics", "the UN course of action").
_PROGRAMMES = frozenset({"AP", "IB", "GCSE", "IGCSE"})
# What follows an acronym that names a course: the class or the exam ("AP exam scores"). Not
# a test, which a body sets as often ("the US EPA test", "an FDA test"), nor what comes after
# a word between ("a NASA training course").
_COURSE_AFTER = re.compile(
    r"\s(?:class|classes|course|courses|coursework|exam|exams|examination|examinations|"
    r"curriculum)\b(?! action| of\b)"  # not "the AP class action suit"
)


def without_courses(pieces: list[Piece], text: str) -> list[Piece]:
    """`pieces` without the organisations that are an acronym naming a school course."""
    return [p for p in pieces if not _course(p, text)]


def _course(piece: Piece, text: str) -> bool:
    if piece.kind is not EntityKind.ORG or piece.words[0].text not in _PROGRAMMES:
        return False
    if len(piece.words) > 1:
        return piece.words[-1].text in _SUBJECTS and all(
            w.text[:1].isupper() for w in piece.words
        )  # "AP Computer Science"; not "AP Health Sciences Center of …", which goes on
    return _COURSE_AFTER.match(text, piece.end) is not None
