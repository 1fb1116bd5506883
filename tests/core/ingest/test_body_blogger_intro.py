"""The author introducing themself in the blog's box under the post is set aside with the
author's box, not kept as the post's last paragraph.

"Hi, ich bin David, der Gründer des Zugreiseblog. …" under a post signed "David", "Ich bin
Jessie Weiß, 32 Jahre jung, …" under one signed "Jessie": the byline's name, a comma and what
the author is. A post that opens so is the story's own first paragraph. The page is written by
hand in the shape of a travel blog's news post.
"""

from __future__ import annotations

from quality import DATA, block_roles, role_of

from reader.core.ingest.article import BlockRole

PAGE = (DATA / "body_classes" / "de_blogger_intro.txt").read_text(encoding="utf-8")


def test_the_author_s_introduction_under_the_post_is_set_aside() -> None:
    roles = block_roles(PAGE)
    assert role_of(roles, "Hi, ich bin David") is BlockRole.BOILERPLATE
    assert role_of(roles, "Was hältst du von der Abschaffung") is BlockRole.BODY


def test_someone_else_introducing_themself_is_the_post_s() -> None:
    """A person the byline does not name, quoted or writing a guest paragraph."""
    page = PAGE.replace("Hi, ich bin David, der", "Hi, ich bin Martin, der")
    assert role_of(block_roles(page), "Hi, ich bin Martin") is BlockRole.BODY


def test_a_post_opening_with_its_author_introducing_themself_keeps_the_opening() -> None:
    intro = "Hi, ich bin David, der Gründer dieses Blogs, und heute erzähle ich euch, warum ich die Lounge vermissen werde."
    page = PAGE.replace(
        "Die Deutsche Bahn streicht zum Fahrplanwechsel",
        f"{intro}\n\nDie Deutsche Bahn streicht zum Fahrplanwechsel",
    )
    assert (
        role_of(block_roles(page), "Hi, ich bin David, der Gründer dieses Blogs, und heute")
        is BlockRole.BODY
    )
