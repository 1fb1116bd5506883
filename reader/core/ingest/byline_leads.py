"""The words that introduce an article's author, at the start of a line ("Von …", "By …",
"Autor:in: …", "Propos recueillis par …") or inside a meta line ("… | von Chris Jung").

Kept apart from `byline`, which reads the names after them. Longest first where they
overlap: the lead pattern takes the first alternative that matches, so "autor" before
"autor:in" would leave "in: Anna Weber" as the name.
"""

from __future__ import annotations

from reader.core.ingest import phrase_tables_intl

# German pages write the author's label in gender-inclusive forms ("Autor:in", "Autor*in",
# "Autor_in", "Autor/in"; "AutorIn" is "autorin" to a case-blind match). Only the singular:
# the plural alone on a line ("Autor:innen") is a menu entry.
_GENDERED = ("autor:in", "autor*in", "autor_in", "autor/in", "autor/-in")
# Who conducted an interview, where a story names its author ("Das Interview führte Anna
# Weber.", "Die Fragen stellte …", "Propos recueillis par Marie Dupont", "Entrevista de …").
_INTERVIEWERS = (
    "das interview führte", "das interview führten", "das gespräch führte",
    "das gespräch führten", "die fragen stellte", "die fragen stellten",
    "propos recueillis par", "interview by", "interviewed by",
)  # fmt: skip

# Words that introduce the author, both languages, longest first where they overlap.
BYLINE_LEADS = (
    "written by", "posted by", "published by", "geschrieben von", "gepostet von",
    "verfasst von", "veröffentlicht von", "erstellt von", "eingestellt von", "text und fotos",
    "text und foto", *_INTERVIEWERS, "entrevista de", "intervista di",
    "ein gastbeitrag von", "ein kommentar von", "ein essay von", "ein interview von",
    "ein bericht von", "ein beitrag von", "eine analyse von", "eine reportage von",
    "eine kolumne von", "text & fotos", "text & foto", *_GENDERED, "autorin", "autoren",
    "autor", "author", "text", "von", "by", "durch",
    # other languages' leads ("Par …", "Door …", "Автор: …")
    "escrito por", "publicado por", "publié par", "rédigé par", "scritto da", "a cura di",
    "geschreven door", "auteur", "autore", "автор", "door", "par", "por",
    *phrase_tables_intl.BYLINE_LEADS,
)  # fmt: skip
# A lead inside a meta line, also glued to what precedes or follows it ("Veröffentlicht
# vonChris Jung 28. Februar 2016", "Monday November 18, 2019 7:45 am PST by Joe Rossignol",
# "Gespeichert von rasos am 24. Juli 2017").
INLINE_LEADS = (
    "written by", "posted by", "published by", *_INTERVIEWERS, "geschrieben von",
    "veröffentlicht von", "erstellt von", "gespeichert von", "eingestellt von", "gepostet von", "verfasst von",
    "beitrag von", "text & fotos:", "text und fotos:", *(f"{g}:" for g in _GENDERED),
    "autor:", "autorin:", "author:", "text:", "von", "by",
)  # fmt: skip
