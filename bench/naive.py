"""The ingestion baseline: the same validated rows, written one auto-committed MERGE at a time.

This is how an object-at-a-time loader (py2neo's `Graph.merge`, or a loop of `session.run`)
writes a graph: every node and every relationship is its own statement and its own transaction.
It writes the same nodes, relationships and properties as kb_service.write.ingest, except the
derived properties that the real path's settle step adds (first_reported, evidence_text): the
baseline does less work than the real path, so the ratio it gives is conservative.
"""

from __future__ import annotations

from typing import Any

from neo4j import Driver

from bench.cypher_files import statement
from kb_service.curation import Batch, Document
from kb_service.write import row_builder, source_links

LINK_PROPS = ("role", "position", "quote", "note")


class NaiveLoader:
    """Write documents one node and one relationship per auto-commit transaction."""

    def __init__(self, driver: Driver, database: str) -> None:
        self.driver = driver
        self.database = database
        self.statements = 0

    def load(self, batch: Batch) -> None:
        """Write every document of a validated batch."""
        with self.driver.session(database=self.database) as session:
            self.session = session
            for document in batch.documents():
                if document.kind == "registry":
                    for row in row_builder.registry_rows(document):
                        self.node(row["label"], row["props"])
                elif document.kind == "source":
                    self.source(document, batch)

    def node(self, label: str, props: dict[str, Any]) -> None:
        """Merge one node in its own transaction."""
        self.session.run(statement("naive_node", label=label), id=props["id"], props=props)
        self.statements += 1

    def link(self, kind: str, ends: tuple[str, str, str, str], source: str, props: Any) -> None:
        """Merge one relationship (from label, from id, to label, to id) in its own transaction."""
        from_label, from_id, to_label, to_id = ends
        query = statement("naive_link", type=kind, **{"from": from_label, "to": to_label})
        self.session.run(query, {"from": from_id, "to": to_id, "source": source, "props": props})
        self.statements += 1

    def source(self, document: Document, batch: Batch) -> None:
        """Write a source, its passages, its assertions and their links."""
        labels = batch.labels
        source = row_builder.source_props(document)
        ident = source["id"]
        self.node("Source", source)
        passages = row_builder.passage_rows(document)
        for passage in passages:
            self.node("Passage", passage)
            self.link("HAS_PASSAGE", ("Source", ident, "Passage", passage["id"]), ident, {})
        for row in row_builder.assertion_rows(document, batch.vocabulary):
            self.node(row["label"], row["props"])
            self.link("ASSERTS", ("Source", ident, row["label"], row["id"]), ident, row["props"])
        known = labels.over({passage["id"]: "Passage" for passage in passages})
        for row in source_links.link_rows(document, known):
            props = {key: row[key] for key in LINK_PROPS if row.get(key) is not None}
            ends = (row["from_label"], row["from"], row["to_label"], row["to"])
            self.link(row["type"], ends, ident, props)
