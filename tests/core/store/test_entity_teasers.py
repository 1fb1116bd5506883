"""The teaser is indexed with the reading text: the names a news article gives only in its lead
are listed, with mentions whose context is the teaser's sentence; a teaser edited by the user is
indexed anew; a library indexed before teasers were read takes them on its next refresh.

The article is a clipping whose front matter carries the teaser (`description`): the lead names
Premierministerin Sanae Takaichi and US-Präsident Donald Trump; the body names Tokio, and
"Takaichi" once, with nothing beside it that says a person (no verb of saying: "Takaichi
sprach" would make her one alone) — what a reader of the page knows from the lead, so what the
index must list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

from reader.core.entities import BODY, RULES_VERSION, TEASER, EntityKind, extract
from reader.core.ingest.prepare import prepare_file
from reader.core.store import Store, entity_repo, schema
from reader.core.store.connection import write_transaction

TEASER_TEXT = (
    "Premierministerin Sanae Takaichi und US-Präsident Donald Trump unterzeichnen in Tokio"
    " ein Abkommen über seltene Erden."
)
BODY_TEXT = (
    "In Tokio beginnt ein neues Kapitel der Allianz. Die beiden Regierungen wollen bei Förderung"
    " und Verarbeitung seltener Erden enger zusammenarbeiten. Takaichi hatte das Abkommen seit"
    " Monaten vorbereitet.\n\n"
    "Ziel sei es, die Lieferketten für kritische Mineralien widerstandsfähiger zu machen, hieß es"
    " in der gemeinsamen Erklärung.\n"
)
MERZ = "Bundeskanzler Friedrich Merz reist nach Tokio."


def clipping(folder: Path, name: str = "gipfel.md", teaser: str = TEASER_TEXT, more: str = "") -> Path:
    """A web clipping of the article: its teaser in the front matter, apart from the body."""
    path = folder / name
    front = f'---\ntitle: Rohstoffabkommen in Tokio\ndescription: "{teaser}"\nlang: de\n---\n'
    path.write_text(front + BODY_TEXT + more, encoding="utf-8")
    return path


def _add(store: Store, tmp_path: Path, **kwargs: str) -> int:
    source_id, _changes = store.sources.add(prepare_file(clipping(tmp_path, **kwargs)))
    return source_id


def _people(store: Store) -> set[str]:
    return {e.name for e in store.entities.list(EntityKind.PERSON)}


def test_a_person_the_teaser_alone_names_is_listed_with_the_teasers_sentence(
    store: Store, tmp_path: Path
) -> None:
    source_id = _add(store, tmp_path)
    source = store.sources.get(source_id)
    assert source is not None and source.teaser == TEASER_TEXT
    assert "Trump" not in source.reading_text
    store.entities.refresh()
    (trump,) = store.entities.find("Donald Trump")
    assert (trump.kind, trump.sources, trump.mentions) == (EntityKind.PERSON, 1, 1)
    assert "US-Präsident" in trump.roles
    (mention,) = store.entities.mentions(trump.id)
    assert mention.part == TEASER
    assert TEASER_TEXT[mention.start : mention.end] == "Donald Trump"
    assert mention.context == TEASER_TEXT  # the teaser's sentence, not a line of the body
    assert store.entities.source_ids(trump.id) == [source_id]  # the library's entity filter


def test_the_teasers_full_name_makes_the_bodys_surname_a_mention_of_the_person(
    store: Store, tmp_path: Path
) -> None:
    _add(store, tmp_path)
    store.entities.refresh()
    (takaichi,) = store.entities.find("Takaichi")
    assert takaichi.name == "Sanae Takaichi" and takaichi.mentions == 2
    assert takaichi.roles == ("Premierministerin",)  # the teaser's role
    teaser, body = store.entities.mentions(takaichi.id)  # the teaser's first, as shown
    assert (teaser.part, TEASER_TEXT[teaser.start : teaser.end]) == (TEASER, "Sanae Takaichi")
    assert (body.part, BODY_TEXT[body.start : body.end]) == (BODY, "Takaichi")
    assert body.context == "Takaichi hatte das Abkommen seit Monaten vorbereitet."
    (tokio,) = store.entities.find("Tokio")  # named in both parts: one entity, two mentions
    assert [m.part for m in store.entities.mentions(tokio.id)] == [TEASER, BODY]  # though the text names it first


def test_whos_who_names_the_people_of_the_teaser(store: Store, tmp_path: Path) -> None:
    source_id = _add(store, tmp_path)
    store.entities.refresh()
    lines = store.entities.whos_who([source_id]).splitlines()
    trump = next(line for line in lines if line.startswith("- **Donald Trump**"))
    assert "US President" in trump and f"[^who-{source_id}]" in trump
    assert any(line.startswith("- **Sanae Takaichi**") for line in lines)


def test_an_edited_teaser_indexes_the_source_anew(store: Store, tmp_path: Path) -> None:
    source_id = _add(store, tmp_path)
    store.entities.refresh()
    assert store.entities.missing() == 0
    store.sources.update_metadata(source_id, teaser=MERZ)  # Edit metadata…
    assert store.entities.missing() == 1
    store.entities.refresh()
    # The old teaser's people went with it; the body's lone "Takaichi" says no person alone.
    assert _people(store) == {"Friedrich Merz"}
    (merz,) = store.entities.find("Friedrich Merz")
    assert [(m.part, m.context) for m in store.entities.mentions(merz.id)] == [(TEASER, MERZ)]
    store.sources.update_metadata(source_id, teaser=None)  # taken out: the body alone
    store.entities.refresh()
    assert _people(store) == set()
    assert [e.name for e in store.entities.list()] == ["Tokio"]
    store.sources.update_metadata(source_id, lang="en")  # another language reads it otherwise
    assert store.entities.missing() == 1


def test_a_library_indexed_before_teasers_takes_them_on_its_next_refresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made at the schema before teasers were indexed, with the index that release wrote (the
    body alone: Tokio; its sources marked indexed): the upgrade marks every source for indexing
    again, the old rows list until then, and the refresh — lazy and resumable as ever — adds
    what the teasers name."""
    before = next(n for n, m in enumerate(schema.MIGRATIONS) if m.name == "index_entity_teasers")
    db_path = tmp_path / "library.sqlite"
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:before])
        patch.setattr(schema, "SCHEMA_VERSION", before)
        with Store.open(db_path) as old:
            second = {"name": "zweiter.md", "teaser": "Donald Trump reist ab.", "more": "\nMehr folgt.\n"}
            ids = [_add(old, tmp_path), _add(old, tmp_path, **second)]
            with write_transaction(old.db) as db:
                _index_as_the_release_before(db, ids)
    with Store.open(db_path) as store:
        assert store.check() == []
        assert store.entities.missing() == 2  # both marked, nothing read yet
        assert [(e.name, e.sources) for e in store.entities.list()] == [("Tokio", 2)]
        (tokio,) = store.entities.list()
        assert {m.part for m in store.entities.mentions(tokio.id)} == {BODY}
        monkeypatch.setattr(entity_repo, "BATCH", 1)
        calls = iter([False, True])  # the window closes after the first batch
        assert store.entities.refresh(is_cancelled=lambda: next(calls)) == 1
        assert store.entities.missing() == 1
        store.entities.refresh()
        assert store.entities.missing() == 0
        people = {e.name: e for e in store.entities.list(EntityKind.PERSON)}
        assert set(people) == {"Sanae Takaichi", "Donald Trump"}
        assert people["Donald Trump"].sources == 2
        assert {m.part for m in store.entities.mentions(people["Donald Trump"].id)} == {TEASER}


def _index_as_the_release_before(db: sqlite_utils.Database, source_ids: list[int]) -> None:
    """What that release's refresh wrote: the reading text's entities, offsets without a part,
    and each source's text hash with the rules' version as indexed."""
    for source_id in source_ids:
        text, lang = db.execute(
            "SELECT c.reading_text, s.lang FROM sources s JOIN source_content c ON c.source_id = s.id"
            " WHERE s.id = ?",
            (source_id,),
        ).fetchone()
        for found in extract(text, lang):
            db.execute(
                "INSERT OR IGNORE INTO entities (kind, key, name) VALUES (?, ?, ?)",
                (found.kind.value, found.key, found.name),
            )
            (entity_id,) = db.execute(
                "SELECT id FROM entities WHERE kind = ? AND key = ?", (found.kind.value, found.key)
            ).fetchone()
            db.execute(
                "INSERT INTO entity_sources (entity_id, source_id, roles, mentions) VALUES (?, ?, ?, ?)",
                (entity_id, source_id, json.dumps(found.roles), len(found.spans)),
            )
            for start, end in found.spans:
                db.execute(
                    'INSERT INTO entity_mentions (entity_id, source_id, start, "end") VALUES (?, ?, ?, ?)',
                    (entity_id, source_id, start, end),
                )
        db.execute(
            f"INSERT INTO entity_indexed (source_id, text_hash) SELECT id, text_hash || ':{RULES_VERSION}'"
            " FROM sources WHERE id = ?",
            (source_id,),
        )
