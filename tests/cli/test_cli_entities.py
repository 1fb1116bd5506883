"""`briefing entities`: indexes what is missing, lists, filters, shows mentions, who's who."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_entities_list_mentions_and_whos_who(
    tmp_path: Path, seeds_dir: Path, run: Run
) -> None:
    home = ["--data-dir", str(tmp_path / "lib")]
    assert run(*home, "import", str(seeds_dir))[0] == 0
    code, out, _ = run(*home, "entities", "--kind", "person", "--json")
    assert code == 0
    people = {p["name"]: p for p in json.loads(out)}
    assert people["Donald Trump"]["sources"] == 3
    assert "US-Präsident" in people["Donald Trump"]["roles"]
    assert set(people["Donald Trump"]) == {"id", "kind", "name", "roles", "sources", "mentions"}

    code, out, _ = run(*home, "entities", "--limit", "2")
    lines = out.splitlines()
    assert len(lines) == 2 and all("place" in line and "5 sources" in line for line in lines)

    code, out, _ = run(*home, "entities", "--kind", "person")
    # One role per office in English, as the window shows it; --json above keeps them all.
    trump = next(line for line in out.splitlines() if "Donald Trump" in line)
    assert trump.endswith("Donald Trump  (US President)")
    assert any(line.split()[2:4] == ["1", "source"] for line in out.splitlines())

    code, out, _ = run(*home, "entities", "Antony", "Blinken")
    assert code == 0
    assert (
        out.splitlines()[0] == "Antony Blinken (person) — US Secretary of State: 2 mentions in 1 source"
    )
    assert out.splitlines()[2].startswith("    US-Außenminister Antony Blinken betonte")

    code, out, _ = run(*home, "entities", "--id", str(people["Joe Biden"]["id"]), "--json")
    biden = json.loads(out)  # seed 002: Biden, Joe Biden, Bidens; 003: Joe Biden, Biden
    mentions = biden["passages"]
    assert (biden["mentions"], biden["sources"]) == (5, 2) == (len(mentions), len({m["source_id"] for m in mentions}))
    assert sorted(m["context"][:22] for m in mentions)[0] == "Biden und Kishida disk"

    code, out, _ = run(*home, "entities", "--whos-who", "--source", "4")
    assert out.startswith("**Who's who**\n") and "[^who-4]:" in out


def test_whos_who_is_in_the_export_language(tmp_path: Path, seeds_dir: Path, run: Run) -> None:
    """With German exports chosen in Preferences the who's who is German throughout, as the
    composer inserts it: it said "Who's who", "People" and "Prime Minister" over German dates."""
    from reader import paths
    from reader.core.settings import Settings

    home = ["--data-dir", str(tmp_path / "lib")]
    run(*home, "import", str(seeds_dir))
    where = paths.resolve(str(tmp_path / "lib")).settings_file
    settings = Settings.load(where)
    settings.export_language = "de"
    settings.save(where)
    code, out, _ = run(*home, "entities", "--whos-who", "--source", "3")
    assert code == 0 and out.startswith("**Wer ist wer**\n\n*Personen*\n")
    assert "- **Fumio Kishida** — Premierminister [^who-3]" in out and "*Organisationen*" in out
    assert "Handelsblatt, Nicole Bastian, 11.04.2024, „Die USA und Japan" in out


def test_unknown_names_and_sources_are_one_line_errors(
    tmp_path: Path, seeds_dir: Path, run: Run
) -> None:
    home = ["--data-dir", str(tmp_path / "lib")]
    run(*home, "import", str(seeds_dir))
    assert (
        run(*home, "entities", "Nobody Here")[2]
        == "briefing: no entity is called “Nobody Here”; `briefing entities` lists the entities and their numbers\n"
    )
    code, _, err = run(*home, "entities", "Tokyoo")
    assert code == 1 and err == "briefing: no entity is called “Tokyoo”; did you mean “Tokio”?\n"
    assert run(*home, "entities", "--source", "99")[2] == "briefing: no source #99; `briefing list` shows the sources and their numbers\n"
    code, _, err = run(*home, "entities", "Takaichi")  # one match by part of the name
    assert code == 0 and err == ""


def test_entities_follow_the_corrections_made_in_the_window(
    tmp_path: Path, seeds_dir: Path, run: Run
) -> None:
    from reader.core.store import Store

    home = ["--data-dir", str(tmp_path / "lib")]
    assert run(*home, "import", str(seeds_dir))[0] == 0
    code, out, _ = run(*home, "entities", "--kind", "org", "--json")
    orgs = {o["name"]: o for o in json.loads(out)}
    with Store.open(tmp_path / "lib" / "library.sqlite") as store:  # as the window stores them
        corrections = store.entities.corrections
        corrections.put(corrections.hide([orgs["Nikkei"]["id"]]).after)
        corrections.put(corrections.merge([orgs["Sumitomo"]["id"]], orgs["Marubeni"]["id"]).after)
    code, out, _ = run(*home, "entities", "--kind", "org", "--json")
    now = {o["name"]: o for o in json.loads(out)}
    assert "Nikkei" not in now and "Sumitomo" not in now and now["Marubeni"]["mentions"] == 2
    code, out, _ = run(*home, "entities", "Sumitomo")  # a merged name finds its entry
    assert code == 0 and out.startswith("Marubeni (org): 2 mentions in 1 source")
    code, out, _ = run(*home, "entities", "--hidden")
    assert [line.split()[-1] for line in out.splitlines()] == ["Nikkei"]
    code, out, err = run(*home, "entities", "--hidden", "--kind", "person")
    assert out == "" and err == "No hidden entities.\n"


def test_teaser_mentions_print_under_their_source(tmp_path: Path, run: Run) -> None:
    """A name the teaser alone gives (see tests/core/store/test_entity_teasers.py) is listed, and
    its mention reads the teaser's sentence under the source's line, as a body mention does."""
    from tests.core.store.test_entity_teasers import TEASER_TEXT, clipping

    home = ["--data-dir", str(tmp_path / "lib")]
    assert run(*home, "import", str(clipping(tmp_path)))[0] == 0
    code, out, _ = run(*home, "entities", "--kind", "person")
    people = out.splitlines()
    assert code == 0 and len(people) == 2
    assert people[0].endswith("Sanae Takaichi  (Prime Minister)")
    assert people[1].endswith("Donald Trump  (US President)")
    code, out, _ = run(*home, "entities", "Donald", "Trump")
    head, source, *context = out.splitlines()
    assert head == "Donald Trump (person) — US President: 1 mention in 1 source"
    assert source == "#1  Rohstoffabkommen in Tokio"
    assert " ".join(line.strip() for line in context) == TEASER_TEXT  # wrapped to the terminal
    code, out, _ = run(*home, "entities", "Sanae", "Takaichi", "--json")
    mentions = json.loads(out)["passages"]
    assert [(m["part"], m["context"][:21]) for m in mentions] == [
        ("teaser", "Premierministerin San"), ("body", "Takaichi hatte das Ab")
    ]
    assert TEASER_TEXT[mentions[0]["start"] : mentions[0]["end"]] == "Sanae Takaichi"


def test_mentions_is_a_count_in_every_json_and_counts_the_sources_asked_for(lib: list[str], run: Run) -> None:
    """`mentions` was how many in `entities --json` and the list of them in `entities NAME
    --json`: one key, two meanings, for a script reading both. It is the count in both (the
    list is `passages`); and with `--source` the entity's line and JSON count the mentions and
    sources asked for: "0 mentions in 2 sources" counted the library's sources."""
    listed = {e["name"]: e for e in json.loads(run(*lib, "entities", "--kind", "person", "--json").out)}
    kishida = json.loads(run(*lib, "entities", "Fumio", "Kishida", "--json").out)
    assert kishida == listed["Fumio Kishida"] | {"passages": kishida["passages"]}
    assert kishida["mentions"] == len(kishida["passages"]) == 12 and kishida["sources"] == 2

    code, out, _ = run(*lib, "entities", "Fumio", "Kishida", "--source", "3", "--json")
    in_three = json.loads(out)
    assert code == 0 and {p["source_id"] for p in in_three["passages"]} == {3}
    assert (in_three["sources"], in_three["mentions"]) == (1, len(in_three["passages"]))
    assert json.loads(run(*lib, "entities", "--source", "3", "--kind", "person", "--json").out)[0]["mentions"] > 0
    code, out, _ = run(*lib, "entities", "Fumio", "Kishida", "--source", "1")
    assert code == 0 and out == "Fumio Kishida (person) — Prime Minister, head of government: 0 mentions in 0 sources\n"


def test_a_whos_who_of_sources_naming_no_one_is_said_not_printed(tmp_path: Path, run: Run) -> None:
    """A source naming a place alone: the who's who was its heading over nothing, a block to
    paste with nothing in it. The window says there is no one; so does the command."""
    article = tmp_path / "ort.txt"
    article.write_text("Bericht aus München\n\nIn München regnete es am Montag den ganzen Tag.\n", encoding="utf-8")
    home = ["--data-dir", str(tmp_path / "lib")]
    assert run(*home, "import", str(article))[0] == 0
    assert run(*home, "entities", "--kind", "place").out.split()[-1] == "München"
    code, out, err = run(*home, "entities", "--whos-who")
    assert (code, out, err) == (0, "", "No people or organisations found in these sources: no who's who.\n")
