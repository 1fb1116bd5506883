"""The entity index in a real library: lazy and resumable indexing, the library's entities
merged across sources and languages, mentions in context, cascade on delete, re-indexing a
changed text, and the who's who with citations."""

from __future__ import annotations

from pathlib import Path

from reader.core import importer
from reader.core.entities import RULES_VERSION, EntityKind
from reader.core.store import Store

DATA = Path(__file__).resolve().parents[2] / "data"


def _import(store: Store, *paths: Path) -> dict[str, int]:
    results = importer.import_paths(store, list(paths), workers=1)
    return {Path(r.path).name[:3]: r.source_id for r in results if r.source_id}


def test_import_does_not_index_and_refresh_is_resumable(store: Store, seeds_dir: Path) -> None:
    _import(store, seeds_dir)
    assert store.entities.missing() == 5  # nothing on import: its speed matters more
    assert store.entities.list() == []
    seen: list[tuple[int, int]] = []
    calls = iter([False, True])  # stop after the first batch
    store.entities.refresh(lambda done, total: seen.append((done, total)), lambda: next(calls))
    assert seen == [(5, 5)]  # one batch of 25 holds all five seeds
    assert store.entities.missing() == 0
    assert store.entities.refresh() == 0  # nothing left: nothing done


def test_library_entities_merge_sources_and_languages(store: Store, seeds_dir: Path) -> None:
    ids = _import(store, seeds_dir, DATA / "stories" / "015_trump-tokyo.txt")
    store.entities.refresh()
    places = store.entities.list(EntityKind.PLACE)
    # every seed names Japan and the USA, and so does the English Reuters report
    assert {p.name for p in places[:2]} == {"Japan", "Vereinigte Staaten"}
    assert [p.sources for p in places[:2]] == [6, 6]
    people = {p.name: p for p in store.entities.list(EntityKind.PERSON)}
    trump = people["Donald Trump"]
    assert trump.sources == 4  # seeds 001, 002, 004 and the Reuters report
    assert set(trump.roles) == {"US-Präsident", "President"}
    assert people["Sanae Takaichi"].sources == 3  # seeds 001, 004, Reuters
    assert store.entities.source_ids(trump.id) == sorted(
        ids[k] for k in ("001", "002", "004", "015")
    )
    top = store.entities.list(limit=4)  # Tokio/Tokyo: all six; China: all but seed 000
    assert {e.name for e in top[:3]} == {"Japan", "Vereinigte Staaten", "Tokio"}
    assert [(e.name, e.sources) for e in top[3:]] == [("China", 5)]
    assert [e.sources for e in top[:3]] == [6, 6, 6]
    in_seed_3 = {e.name for e in store.entities.list(EntityKind.PERSON, [ids["003"]])}
    assert in_seed_3 == {"Joe Biden", "Fumio Kishida", "Antony Blinken"}


def test_mentions_come_with_their_sentence(store: Store, seeds_dir: Path) -> None:
    ids = _import(store, seeds_dir)
    store.entities.refresh()
    (blinken,) = store.entities.find("Antony Blinken")
    mentions = store.entities.mentions(blinken.id)
    assert [m.source_id for m in mentions] == [ids["003"], ids["003"]]
    text = store.sources.get(ids["003"])
    assert text is not None
    assert [text.reading_text[m.start : m.end] for m in mentions] == ["Antony Blinken", "Blinken"]
    assert mentions[0].context.startswith(
        "US-Außenminister Antony Blinken betonte den geostrategischen"
    )
    assert mentions[0].source_title == text.title
    own = {e.name: e for e in store.entities.for_source(ids["003"])}
    assert own["Antony Blinken"].mentions == 2 and own["Antony Blinken"].roles == (
        "US-Außenminister",
    )
    assert own["Japan"].sources == 5  # for_source: mentions here, sources in the library


def test_deleting_a_source_removes_its_entities_and_a_changed_text_is_indexed_again(
    store: Store, seeds_dir: Path
) -> None:
    ids = _import(store, seeds_dir)
    store.entities.refresh()
    (blinken,) = store.entities.find("Antony Blinken")
    store.sources.delete(ids["003"])  # to the bin: listed nowhere
    assert store.entities.find("Antony Blinken") == []
    assert store.entities.missing() == 0
    store.sources.undelete(ids["003"])
    assert store.entities.mentions(blinken.id) != []
    source = store.sources.get(ids["003"])
    assert source is not None
    last = max(i for i, b in enumerate(source.blocks) if "Blinken" in b.text)
    store.content.set_block_role(ids["003"], last, "boilerplate")
    assert store.entities.missing() == 1
    store.entities.refresh()
    assert store.entities.find("Antony Blinken") == []  # only named in the block taken out
    store.sources.delete(ids["002"])
    store.bin.purge()
    rows = store.db.execute(
        "SELECT count(*) FROM entity_mentions WHERE source_id = ?", (ids["002"],)
    )
    assert rows.fetchone()[0] == 0


def test_whos_who_cites_every_source(store: Store, seeds_dir: Path) -> None:
    ids = _import(store, seeds_dir)
    store.entities.refresh()
    text = store.entities.whos_who([ids["002"], ids["003"]])
    lines = text.splitlines()
    assert lines[0] == "**Who's who**"
    assert "*People*" in lines and "*Organisations*" in lines
    biden = next(line for line in lines if line.startswith("- **Joe Biden**"))
    assert "— US President [" in biden  # "US-Präsident" and "President": one office, in English
    assert f"[^who-{ids['002']}]" in biden and f"[^who-{ids['003']}]" in biden
    assert any(line.startswith("- **Microsoft**") for line in lines)
    assert f"[^who-{ids['002']}]: Handelsblatt, Nicole Bastian, 2024-04-11" in text
    assert text.count(f"[^who-{ids['003']}]:") == 1


def test_a_surname_alone_and_the_full_name_become_one_person_in_either_order(store: Store) -> None:
    from reader.core.ingest import prepare_bytes

    texts = [
        "Merz sagte am Montag in Berlin, das Paket sei ein großer Schritt.",
        "Bundeskanzler Friedrich Merz reiste nach Paris. Merz traf dort Vertreter der Regierung.",
        "In Brüssel betonte Merz erneut die Bedeutung des Pakets für die Verteidigung.",
    ]
    for n, text in enumerate(texts):
        store.sources.add(prepare_bytes(f"Titel {n}\n\n{text}\n".encode(), f"merz-{n}.txt"))
    store.entities.refresh()
    people = store.entities.list(EntityKind.PERSON)
    assert [(p.name, p.sources) for p in people] == [("Friedrich Merz", 3)]
    assert people[0].roles == ("Bundeskanzler",)


def test_sources_are_indexed_again_when_the_rules_change(
    store: Store, seeds_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _import(store, seeds_dir)
    store.entities.refresh()
    assert store.entities.missing() == 0
    changed = _missing_with_version(RULES_VERSION + 1)  # any version but the live one
    monkeypatch.setattr("reader.core.store.entity_repo._LIVE_MISSING", changed)
    assert store.entities.missing() == 5


def _missing_with_version(version: int) -> str:
    from reader.core.store import entity_repo

    return entity_repo._LIVE_MISSING.replace(f":{entity_repo.RULES_VERSION}'", f":{version}'")
