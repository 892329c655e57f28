"""Benchmarks of the knowledge base: a synthetic corpus, ingestion, queries, load and memory."""
