"""Markdown clippings: the front matter of the common web clippers becomes metadata and tags,
the CommonMark body becomes blocks, and nothing of the text is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer import import_paths
from reader.core.ingest import BlockKind, BlockRole, prepare_bytes
from reader.core.models import ImportStatus
from reader.core.store import Store

BODY = """# Halbleiter: Europas neue Fabriken

Die EU will ihren Anteil an der weltweiten **Chipproduktion** bis 2030 verdoppeln.
Dafür fließen Milliarden an [Fördergeld](https://example.org/foerderung) nach Dresden und Magdeburg.

## Wer profitiert

- Infineon baut in Dresden
- Intel plante in Magdeburg, hat das Projekt aber verschoben
  1. erst 2025
  2. dann auf unbestimmte Zeit

> „Wir brauchen eigene Kapazitäten“, sagte der Kommissar.

| Standort | Investition |
|---|---|
| Dresden | 5 Mrd. € |
| Magdeburg | 30 Mrd. € |

```
Quelle: EU-Kommission, Chips Act
```

![Reinraum in Dresden](bild.jpg)

Ein Satz mit `Code` und<br>einem Umbruch.
"""

OBSIDIAN = """---
title: "Halbleiter: Europas neue Fabriken"
source: "https://example.org/halbleiter-europa"
author:
  - "[[Anna Schmidt]]"
  - "[[Jonas Weber]]"
published: 2025-03-14
created: 2025-11-02
description: "Die EU will ihren Anteil verdoppeln."
tags:
  - "clippings"
  - "Halbleiter"
---
"""

MARKDOWNLOAD = """---
title: Halbleiter: Europas neue Fabriken
url: https://example.org/halbleiter-europa
byline: Anna Schmidt
siteName: Beispiel-Zeitung
date_published: 2025-03-14T09:30:00+01:00
tags: [Halbleiter, EU]
---
"""

OMNIVORE = """---
id: 0c1d
title: >-
  Halbleiter: Europas neue Fabriken
author: Anna Schmidt
site_name: Beispiel-Zeitung
original_url: https://example.org/halbleiter-europa
date_published: 2025-03-14 09:30:00
labels: Halbleiter
keywords: Halbleiter, EU , Chips
---
"""


def parse(text: str):
    return prepare_bytes(text.encode("utf-8"), "clip.md").article


def test_obsidian_web_clipper_front_matter() -> None:
    article = parse(OBSIDIAN + BODY)
    assert article.title == "Halbleiter: Europas neue Fabriken"
    assert article.url == "https://example.org/halbleiter-europa"
    assert article.byline == "Anna Schmidt, Jonas Weber"
    assert article.published == "2025-03-14"
    assert article.teaser == "Die EU will ihren Anteil verdoppeln."
    assert article.tags == ("clippings", "Halbleiter")
    assert article.lang == "de"


def test_markdownload_front_matter() -> None:
    article = parse(MARKDOWNLOAD + BODY)
    assert article.url == "https://example.org/halbleiter-europa"
    assert article.byline == "Anna Schmidt"
    assert article.site_name == "Beispiel-Zeitung"
    assert article.published == "2025-03-14T09:30"
    assert article.tags == ("Halbleiter", "EU")


def test_omnivore_front_matter_with_comma_separated_keywords() -> None:
    article = parse(OMNIVORE + BODY)
    assert article.title == "Halbleiter: Europas neue Fabriken"
    assert article.url == "https://example.org/halbleiter-europa"
    assert article.published == "2025-03-14T09:30"
    assert article.tags == ("Halbleiter", "EU", "Chips")


def test_body_blocks_follow_commonmark() -> None:
    article = parse(OBSIDIAN + BODY)
    blocks = [(b.kind, b.text) for b in article.blocks if b.role is BlockRole.BODY]
    assert blocks == [
        (BlockKind.PARAGRAPH, "Die EU will ihren Anteil an der weltweiten Chipproduktion bis 2030 "
         "verdoppeln. Dafür fließen Milliarden an Fördergeld nach Dresden und Magdeburg."),
        (BlockKind.HEADING, "Wer profitiert"),
        (BlockKind.LIST_ITEM, "Infineon baut in Dresden"),
        (BlockKind.LIST_ITEM, "Intel plante in Magdeburg, hat das Projekt aber verschoben"),
        (BlockKind.LIST_ITEM, "1. erst 2025"),  # an ordered list's numbers are its markers
        (BlockKind.LIST_ITEM, "2. dann auf unbestimmte Zeit"),
        (BlockKind.QUOTE, "„Wir brauchen eigene Kapazitäten“, sagte der Kommissar."),
        (BlockKind.PARAGRAPH, "Standort\tInvestition"),  # a tab between cells: set in columns
        (BlockKind.PARAGRAPH, "Dresden\t5 Mrd. €"),
        (BlockKind.PARAGRAPH, "Magdeburg\t30 Mrd. €"),
        (BlockKind.CODE, "Quelle: EU-Kommission, Chips Act"),  # a fence: code, set as code
        (BlockKind.PARAGRAPH, "Ein Satz mit Code und einem Umbruch."),
    ]  # fmt: skip
    meta = [b.text for b in article.blocks if b.role is BlockRole.META]
    assert meta == ["Halbleiter: Europas neue Fabriken"]
    aside = [(b.text, b.reason) for b in article.blocks if b.role is BlockRole.BOILERPLATE]
    assert aside == [("Reinraum in Dresden", "caption")]  # the picture's alt text, kept aside


def test_without_front_matter_the_first_heading_is_the_title() -> None:
    article = parse(BODY)
    assert article.title == "Halbleiter: Europas neue Fabriken" and not article.title_derived
    assert article.url is None and article.tags == ()
    assert "Wer profitiert" in article.body


def test_front_matter_yaml_refuses_is_read_line_by_line() -> None:
    broken = "---\ntitle: Zölle: was nun?\nsource: https://example.org/z\ntags: [Handel, \"USA\"]\n---\n\nDer Text.\n"
    article = parse(broken)
    assert (article.title, article.url, article.tags) == ("Zölle: was nun?", "https://example.org/z", ("Handel", "USA"))


def test_dashes_around_text_that_is_no_front_matter_keep_the_text() -> None:
    article = parse("---\n{{{ kein YAML }}}\n---\n\nDer eigentliche Text des Artikels.\n")
    every_block = " ".join(b.text for b in article.blocks)
    assert "{{{ kein YAML }}}" in every_block  # nothing lost
    assert "Der eigentliche Text des Artikels." in article.body


@pytest.mark.parametrize(
    "front",
    [
        "---\ntags: 12\n---\n",  # not a list
        "---\ntags:\n  - {a: 1}\n  - [x]\n  - '  '\n---\n",  # no usable tag
        "---\n- just\n- a list\n---\n",  # not a mapping
        "---\nsource: javascript:alert(1)\npublished: 2025-13-45\n---\n",  # not a web address, not a date
        "---\nauthor: {name: X}\ntitle: 42\n---\n",
    ],
)
def test_odd_front_matter_never_raises(front: str) -> None:
    article = parse(front + "Ein Absatz Text.\n")
    assert article.url is None and article.published is None and article.tags == ()
    assert "Ein Absatz Text." in article.body


def test_clipping_import_stores_url_and_tags(tmp_path: Path) -> None:
    (tmp_path / "clip.markdown").write_text(OBSIDIAN + BODY, encoding="utf-8")
    with Store.open(tmp_path / "lib.sqlite") as store:
        results = import_paths(store, [tmp_path / "clip.markdown"], tags=["Kunde X"], workers=1)
        assert results[0].status is ImportStatus.IMPORTED
        source = store.sources.get(results[0].source_id)
        assert source is not None
        assert source.url == "https://example.org/halbleiter-europa"
        assert source.tags == ("clippings", "Halbleiter", "Kunde X")
        assert source.format == "markdown"
        assert source.byline == "Anna Schmidt, Jonas Weber"
