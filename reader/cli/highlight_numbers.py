"""What a highlight's number is on the command line (`highlight label|delete`, `briefing add
--highlight`): a number, and a word that is none says where the numbers are seen, as a source's
and an entity's do. "not a number: 'evidence'" left a new user who had typed the label first
(`highlight label evidence`), or the highlight's words, without a way on. And the labels
there are, said where a label no name fits was given.
"""

from __future__ import annotations

import argparse

from reader.cli.common import number, shell_word
from reader.cli.story_numbers import numbered_word
from reader.core.labels import LABELS, label_name, resolve_label


def highlight_number(text: str) -> int:
    """An argparse type for a highlight's number (`number`); a word that is none is answered with
    where a highlight's number is seen, and a label's name with how a label is given."""
    word = text.strip()
    if numbered_word(word):
        return number(text)
    if resolve_label(word) is not None:
        raise argparse.ArgumentTypeError(f"“{word}” is a label, not a highlight's number (`briefing highlight "
                                         f"label 5 {shell_word(word)}` gives highlight #5 that label)")  # fmt: skip
    raise argparse.ArgumentTypeError(
        f"“{word}” is no highlight's number; `briefing highlight list SOURCE` shows a source's highlights and "
        f"their numbers, and `briefing search {shell_word('in:highlight ' + word)}` finds one by its words"
    )


def the_labels(names: dict[str, str]) -> str:
    """The labels there are, each by its digit, key and name: "1 key “Key point”, 2 …", said
    to a label no key, name or digit fits (`highlight add|label`, `search label:`)."""
    return ", ".join(f"{label.shortcut} {label.key} “{label_name(label.key, names)}”" for label in LABELS)
