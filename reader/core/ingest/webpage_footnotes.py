"""A page's footnote marks (`<sup>1</sup>`) read "[1]", as a clipping's `[^1]` does.

The extractor and the page walk take a `<sup>`'s text as it stands, so a mark glued to the word
or full stop before it: "5.000 Euro.1", "Kosten2". A superscript is a footnote mark when it is
a number of up to three digits (or one in brackets) that links into the page (`href="#fn1"`)
or follows a full stop, comma, quotation mark or a word of four letters or more; a power
("km²" as `km<sup>2</sup>`, `10<sup>6</sup>`), an ordinal ("1<sup>st</sup>") or a sign
(`s<sup>-1</sup>`) stays as written. The list of notes under the text (an `<ol>` whose class
or id says footnotes, or whose items' ids are "fn1", "cite_note-1") gets its numbers written,
"[1] …", as a clipping's notes read. Every other `<ol>` gets its items' numbers written too,
"1. …" from its `start` on, as a clipping's ordered items read: the browser draws them, the
extractor keeps none, and the reading view showed bullets where the page counted steps (an item
that brings its own number, "2.", "2)" or a bare "2", is left as it is). A list of links only (a table of contents, a
sidebar's "most read") is left unnumbered: the contents rule and the page walk read it as
written, and numbered, a contents list became the story and a headline in "most read" a byline.
"""
from __future__ import annotations

import re
from typing import Any

_MARK = re.compile(r"\[?(\d{1,3})\]?")
_NOTES = re.compile(r"foot-?notes?|fu(?:ss|ß)noten?|endnotes?", re.I)  # class or id of a list of notes
_NOTE_ID = re.compile(r"(?:fn|footnote|note|cite_note)[-_:]?\d", re.I)
_OWN_NUMBER = re.compile(r"\s*(?:\d{1,3}[.)]?|\[\d{1,3}\])\s")  # "2.", "2)", "[2]", a bare "2 "
_WORD = re.compile(r"\W+")  # what is left out when an item's words are compared with its links'
_AFTER = re.compile(r"(?:[.,;:!?)\]\"'“”„«»’]|[^\W\d_]{4})$")


def footnote_marks(root: Any) -> None:
    """Write every footnote mark of the page's tree `root` as "[1]", and number the notes of a
    footnote list to match ("[1] Richtlinie …", where the list's numbers are drawn by the
    browser and the extractor keeps none: a reader could not tell which note was [2]) (in place)."""
    for notes in list(root.iter("ol")):
        if _NOTES.search(f"{notes.get('class') or ''} {notes.get('id') or ''}") or any(
            _NOTE_ID.match(str(item.get("id") or "")) for item in notes.iterchildren("li")
        ):
            _numbered(notes, "[{}] ")
        elif not _links_only(notes):
            _numbered(notes, "{}. ")
    for sup in list(root.iter("sup")):
        mark = _MARK.fullmatch("".join(sup.itertext()).strip())
        if mark is None:
            continue
        linked = any(str(a.get("href") or "").startswith("#") for a in sup.iter("a"))
        if not (linked or _AFTER.search(_text_before(sup))):
            continue
        tail = sup.tail
        for child in list(sup):
            sup.remove(child)
        sup.text, sup.tail = f"[{mark.group(1)}]", tail


def _numbered(items: Any, form: str) -> None:
    """Write each `<li>` of the list `items` its number in `form`, counting from its `start`."""
    start = str(items.get("start") or "1").strip()
    number = int(start) if start.isdigit() and len(start) <= 4 else 1
    for item in items.iterchildren("li"):
        if not _OWN_NUMBER.match("".join(item.itertext())[:12]):
            item.text = form.format(number) + (item.text or "").lstrip()
        number += 1


def _links_only(items: Any) -> bool:
    """Whether every item of the list is nothing but a link: an article's table of contents or a
    sidebar's "most read", whose entries the page walk and the contents rule match as written."""
    for item in items.iterchildren("li"):
        linked = "".join("".join(a.itertext()) for a in item.iter("a"))
        if _WORD.sub("", "".join(item.itertext())) != _WORD.sub("", linked):
            return False
    return True


def _text_before(element: Any) -> str:
    """The text right before `element` in its parent (its previous sibling's tail or last
    words, else the parent's text)."""
    previous = element.getprevious()
    if previous is None:
        return (element.getparent().text or "") if element.getparent() is not None else ""
    return previous.tail or "".join(previous.itertext())
