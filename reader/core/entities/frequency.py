"""Word frequencies for the entity rules: moved to `reader.core.word_frequency`, which the importer shares."""

from reader.core.word_frequency import zipf as zipf
