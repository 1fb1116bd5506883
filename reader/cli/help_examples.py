"""The examples and exit statuses at the end of each `briefing … --help`.

The help said what every option does but never showed a whole command: how `story:4` is
written, that a briefing goes by its name in quotes, that a search query with filters is
quoted once. A consultant scripting the library (and reading English as a second language)
copies an example sooner than reading a usage line. Each command's examples are keyed by its
name after `briefing` ("" for `briefing` itself); a test parses every one, so none goes stale.
"""

from __future__ import annotations

import textwrap

EXAMPLES: dict[str, tuple[str, ...]] = {
    "": ("briefing import ~/Downloads/Artikel --tag Japan",
         "briefing search 'tag:Japan Halbleiter' --limit 5",
         "briefing export --tag Japan ~/Vault/Japan",
         "briefing --data-dir ~/Kunden/Japan list"),
    "import": ("briefing import ~/Downloads/Artikel --tag Japan --tag \"Kunde X\"",
               "briefing import --update ~/Downloads/artikel-neu.html"),
    "list": ("briefing list --tag Japan --sort title", "briefing list --saved Halbleiter --json"),
    "show": ("briefing show 12", "briefing show 12 --revision 1", "briefing show 12 --json"),
    "inspect": ("briefing inspect seite.html", "briefing inspect seite.html seite.mhtml --json"),
    "check": ("briefing check", "briefing check --rebuild-index"),
    "search": ("briefing search seltene Erden",
               "briefing search 'tag:Japan after:2025-01 in:highlight Halbleiter' --limit 5",
               "briefing search '\"supply chains\" -China' --json"),
    "backup": ("briefing backup", "briefing backup ~/Sicherungen/bibliothek-2025-10-28.sqlite"),
    "backups": ("briefing backups", "briefing backups --json"),
    "restore": ("briefing restore --newest", "briefing restore ~/Sicherungen/bibliothek-2025-10-28.sqlite"),
    "export": ("briefing export --tag Japan ~/Vault/Japan",
               "briefing export --source 3 --source 7 --single-file ~/Desktop/japan.md",
               "briefing export --briefing \"Q4 Japan\" ~/Desktop/q4.md"),
    "highlight add": ("briefing highlight add 12 --quote \"neue Phase\" --label risk --note \"Folie 3\"",),
    "highlight label": ("briefing highlight label 5 evidence", "briefing highlight label 5 2"),
    "highlight delete": ("briefing highlight delete 5 6",),
    "highlight list": ("briefing highlight list 12", "briefing highlight list 12 --json"),
    "note set": ("briefing note set 12 --text \"Kernpunkt: Chips aus Japan\"",
                 "briefing note set 12 --file notiz.md", "briefing note set 12 --file -",
                 "briefing note set 12 --text \"\""),
    "note show": ("briefing note show 12",),
    "tag add": ("briefing tag add 3 7 12 \"Kunde X\"", "briefing tag add 3 --tag 2025"),
    "tag remove": ("briefing tag remove 3 \"Kunde X\"",),
    "tag rename": ("briefing tag rename \"Kunde X\" \"Kunde Y\"",),
    "tag delete": ("briefing tag delete Archiv",),
    "briefing create": ("briefing briefing create \"Q4 Japan\"",),
    "briefing rename": ("briefing briefing rename \"Q4 Japan\" \"Q4 Japan (final)\"",),
    "briefing list": ("briefing briefing list", "briefing briefing list --json"),
    "briefing add": ("briefing briefing add \"Q4 Japan\" --highlight 5 6",
                     "briefing briefing add \"Q4 Japan\" --heading \"Warum es zählt\" --position 1",
                     "briefing briefing add \"Q4 Japan\" --text \"Zwei Berichte, ein Gipfel.\""),
    "briefing move": ("briefing briefing move \"Q4 Japan\" 12 1",),
    "briefing remove": ("briefing briefing remove \"Q4 Japan\" 12",),
    "briefing delete": ("briefing briefing delete \"Q4 Japan\"",),
    "briefing show": ("briefing briefing show \"Q4 Japan\"", "briefing briefing show \"Q4 Japan\" --json"),
    "stories": ("briefing stories", "briefing stories --regroup --json"),
    "story show": ("briefing story show story:4",),
    "story join": ("briefing story join 7 9 12",),
    "story split": ("briefing story split 12",),
    "story auto": ("briefing story auto 12",),
    "entities": ("briefing entities --kind person --tag Japan --limit 20",
                 "briefing entities Donald Trump", "briefing entities --id 7 --json",
                 "briefing entities --whos-who --tag Japan"),
    "saved": ("briefing saved", "briefing saved add Halbleiter 'Halbleiter OR Chip*' --tag Japan",
              "briefing saved remove Halbleiter", "briefing saved rename Halbleiter \"Chips Japan\""),
    "bin": ("briefing bin", "briefing bin restore 12 14", "briefing bin purge 12", "briefing bin empty --yes"),
}  # fmt: skip

# A group's help shows one example of each of its commands.
for _group in ("highlight", "note", "tag", "briefing", "story"):
    EXAMPLES[_group] = tuple(lines[0] for name, lines in list(EXAMPLES.items()) if name.startswith(f"{_group} "))

# What `briefing --help` says of the exit status, which scripts test: word for word the README's
# table (a test holds the two together; the help's list had fallen short of the table).
EXIT_STATUSES = {
    0: "done — also when nothing was found (an empty list, no matches: a script tells them by the output), "
       "and when what was asked holds already (`tag add` of a tag the source has, `tag remove` of one it does "
       "not have, `highlight label` of its label, `briefing add` of a highlight in it, `story join` of sources "
       "in one story, `story split` of a source in no story, a rename — `tag`, `briefing`, `saved` — to the "
       "name it has): nothing is changed, and the command says so",
    1: "what was asked cannot be done: no such source, tag or briefing, a name another briefing or saved "
       "search has already, an invalid search, a file that failed to import, a problem `check` found, "
       "`restore` while the library is open elsewhere",
    2: "a usage slip (an unknown option, a word where a number goes, an empty name or path), or the library "
       "cannot be used: missing, damaged, read-only, made by a newer version, another program writing to it "
       "past the wait, its disk full",
    130: "interrupted (`Ctrl+C`, at any moment: while the command starts, too, it is this one line, not a "
         "traceback); what was stored or written before is said",
}  # fmt: skip


def first_example(command: str) -> str | None:
    """The command's first example, which a usage slip of a word left out ends with: argparse's
    "the following arguments are required: ID" named what was missing, not how it goes."""
    return next(iter(EXAMPLES.get(command, ())), None)


def epilog(command: str) -> str:
    """The lines `briefing COMMAND --help` ends with ("" when there are none)."""
    lines = EXAMPLES.get(command, ())
    text = "examples:\n" + "".join(f"  {line}\n" for line in lines) if lines else ""
    if command == "":
        text += "\nexit status:\n" + "".join(
            textwrap.fill(meaning, 80, initial_indent=f"  {status:<5}", subsequent_indent=" " * 7,
                          break_on_hyphens=False) + "\n"
            for status, meaning in EXIT_STATUSES.items()
        )
    return text
