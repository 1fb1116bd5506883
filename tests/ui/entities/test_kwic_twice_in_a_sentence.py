"""A sentence naming an entity twice gives two mentions with the same keyword-in-context line;
the list showed the line twice with the first name bold both times (seen in the Entities view
on a library of dev pages), so the second row marked nothing of its own. Each row now marks its
own mention: the index's offsets, not a search for the name in the line, say where it stands."""

from __future__ import annotations

from pathlib import Path

from reader.core.entities import BODY, Mention
from reader.core.ingest.prepare import prepare_file
from reader.core.store import Store
from reader.ui.entities.entity_models import MentionModel, SpanRole

SENTENCE = "Der Handel mit Japan wächst, sagte der Minister, denn Japan braucht die Rohstoffe."


def test_each_row_marks_its_own_mention_of_a_name_said_twice(store: Store, tmp_path: Path) -> None:
    page = tmp_path / "rohstoffe.txt"
    page.write_text(f"Rohstoffe aus Japan\n\nDer Gipfel in Tokio beginnt.\n\n{SENTENCE}\n", encoding="utf-8")
    source_id, _changes = store.sources.add(prepare_file(page))
    store.entities.refresh()
    (japan,) = store.entities.find("Japan")
    text = store.sources.get(source_id).reading_text
    twice = [m for m in store.entities.mentions(japan.id) if "Rohstoffe." in m.context]
    assert len(twice) == 2 and twice[0].context == twice[1].context  # one sentence, one line
    line = twice[0].context
    model = MentionModel(lambda _source_id: {BODY: text})
    model.set_mentions(twice)
    spans = [model.index(row).data(SpanRole) for row in range(2)]
    first, second = line.index("mit Japan") + 4, line.index("denn Japan") + 5
    assert spans == [(first, first + 5), (second, second + 5)]
    assert all(line[a:b] == "Japan" for a, b in spans)


def test_a_mention_that_does_not_say_where_it_stands_is_found_by_its_words() -> None:
    text = "Vorab. Kishida reiste am Montag nach Washington."
    model = MentionModel(lambda _source_id: {BODY: text})
    model.set_mentions([Mention(0, "Reise", 7, 14, "Kishida reiste am Montag nach Washington.")])
    assert model.index(0).data(SpanRole) == (0, 7)
