"""A thread of posts copied whole (X/Twitter, Mastodon, Bluesky, Threads): each post a paragraph
that carries its place in the thread, "1/5" at its start or "… 1/4" at its end.

Its paragraphs made it an article's text to the page rules, which set its last post aside as a
footer ("5/5 Bottom line: …") and took the first post, counter and all, for its headline. A
thread is a note: every post stays, and the first post's first sentence without its counter is
its title.
"""

from __future__ import annotations

import re

# "1/5 …", "1/ …", "(1/5) …" at a post's start, "… 1/4" or "… (1/4)" at its end.
_LEADING = re.compile(r"^\(?(\d{1,2})/(\d{1,2})?\)?\s+")
_TRAILING = re.compile(r"\s+\(?(\d{1,2})/(\d{1,2})?\)?$")
# A thread has this many posts, counted up from one in order.
_THREAD_POSTS = 3


def post_number(text: str) -> int | None:
    """The post's place in its thread (its "n/N" counter's n), None for a text without one."""
    found = _LEADING.match(text) or _TRAILING.search(text)
    if found is None or (found[2] is not None and int(found[1]) > int(found[2])):
        return None
    return int(found[1])


def is_thread(texts: list[str]) -> bool:
    """Whether the blocks are a thread's posts: each counted, from one up in order (a line
    above the first, a heading or the poster's name, may stand without a counter)."""
    numbers = [post_number(text) for text in texts]
    if numbers and numbers[0] is None:
        numbers = numbers[1:]
    return len(numbers) >= _THREAD_POSTS and numbers == list(range(1, len(numbers) + 1))


def without_counter(text: str) -> str:
    """The post's words without its counter ("1/5 The new …" → "The new …")."""
    if post_number(text) is None:
        return text
    return _TRAILING.sub("", _LEADING.sub("", text, count=1))
