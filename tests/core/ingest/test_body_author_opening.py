"""A paragraph opening with the author's full name is about the author, not the article.

An article does not name its own writer in the third person; a biography under the standfirst
or under the story does ("Philipp Sarasin lehrt Geschichte …", "Georg Kasch, Jahrgang 1979,
ist Redakteur …"), in any language and with any verb. Real dev pages kept such notes as the
article's paragraphs. The pages below are written by hand; which lines are notes about the
author is hand knowledge.
"""

from __future__ import annotations

from quality import block_roles, role_of

from reader.core.ingest.article import BlockRole

PAGE = """Startseite
Wie die Stadt ihre Parks pflegt
Von Jana Hoffmann
Die Stadt gibt in diesem Jahr mehr Geld für ihre Parks aus als je zuvor, vor allem für neue Bäume und Wege.
{note}
Im Stadtpark werden bis zum Sommer zweihundert neue Bäume gepflanzt, die meisten davon Linden und Eichen.
Die Wege am Ufer werden verbreitert, damit Radfahrer und Fußgänger einander besser ausweichen können.
Peter Wagner, der Leiter des Gartenamts, sagte, die Arbeiten würden bis zum Herbst abgeschlossen sein.
Kontakt
"""


def test_a_note_opening_with_the_authors_name_is_set_aside() -> None:
    for note in (
        "Jana Hoffmann lehrt Stadtgeschichte an der Universität Hamburg und gibt eine Zeitschrift heraus.",
        "Jana Hoffmann, Jahrgang 1980, arbeitet seit zehn Jahren als freie Autorin in Hamburg.",
    ):
        roles = block_roles(PAGE.format(note=note))
        assert role_of(roles, note[:20]) is BlockRole.BOILERPLATE, note
        assert role_of(roles, "Die Stadt gibt") is BlockRole.BODY
        assert role_of(roles, "Im Stadtpark") is BlockRole.BODY


def test_other_peoples_names_and_the_first_name_alone_stay() -> None:
    for line in (
        "Peter Wagner, der Leiter des Gartenamts, sagte, die Arbeiten würden bis zum Herbst abgeschlossen sein.",
        "Jana Hoffmann-Berg vom Naturschutzbund lobte die Pläne, warnte aber vor zu vielen neuen Wegen im Park.",
        "Jana, eine Anwohnerin am Ufer, freut sich auf die neuen Bäume und hofft auf mehr Schatten im Sommer.",
    ):
        roles = block_roles(PAGE.format(note=line))
        assert role_of(roles, line[:20]) is BlockRole.BODY, line


ENGLISH = """Home

How the town looks after its parks

By Sam Reed

The town is spending more on its parks this year than ever before, mostly on new trees and paths.

Sam Reed's book about the town's gardens, Green Corners, came out in the spring from Harbour Press.

Two hundred new trees will be planted in the main park by the summer, most of them limes and oaks.

The paths along the river will be widened so that cyclists and walkers can pass each other safely.

Contact
"""


def test_a_note_on_the_authors_book_is_set_aside() -> None:
    roles = block_roles(ENGLISH)
    assert role_of(roles, "Sam Reed's book") is BlockRole.BOILERPLATE
    assert role_of(roles, "Two hundred new trees") is BlockRole.BODY
