"""Reads: one module per question (timeline, statements, entities, search, graph, coverage),
and keyset pages."""
