"""Benchmarks for Briefing Reader: a generated article corpus and the import throughput runner."""
