"""A service people post on, before a German noun for what is on it, is the service ("die
geschlossene Facebook Gruppe", "unserer Instagram Seite", "dem YouTube Kanal": was an
organisation "Facebook Gruppe", nothing, and a place "YouTube Kanal"). Expected values read
off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Trag dich gern in die geschlossene Facebook Gruppe ein und frag die anderen.", "Facebook"),
        ("Folgt uns auf unserer Instagram Seite, dort gibt es jeden Tag neue Bilder.", "Instagram"),
        ("Auf unserem YouTube Kanal zeigen wir jede Woche ein neues Rezept.", "YouTube"),
        ("Der Telegram Kanal der Gruppe hat 20.000 Abonnenten.", "Telegram"),
    ],
)  # fmt: skip
def test_a_service_before_a_noun_is_the_service(text: str, service: str) -> None:
    found = {f.name: f.kind for f in extract(text, "de")}
    assert found.get(service) is EntityKind.ORG
    assert not any(name.startswith(f"{service} ") for name in found)
