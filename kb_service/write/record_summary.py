"""Store each event's and statement's summary (kb_service/model/versions.py) after a write.

cypher/write/assertions_settle.cypher leaves a record with the most recently published
version's properties; this step replaces its date with the summary date of all the versions,
in the same transaction, so filters, sort order and `window=within` read the honest date.
"""

from __future__ import annotations

from typing import Any

from neo4j import ManagedTransaction

from kb_service.model.versions import DATE_PROPERTIES, Version, summary
from kb_service.store.db import run_in
from kb_service.write.row_builder import fingerprint

CLAIM_TIME = "known_since"  # write/changes_stamp_claims.cypher


def summarise(tx: ManagedTransaction, ids: list[str]) -> int:
    """Store the summary date of the events and statements `ids` where it is not the latest
    version's own; return how many records changed."""
    rows = []
    for found in run_in(tx, "write/assertions_versions", ids=ids):
        if not found["versions"]:
            continue
        props = summary([version_of(v) for v in found["versions"]])
        if props["date"] != found["date"]:
            rows.append({"id": found["id"], "props": stored(props)})
    if not rows:
        return 0
    return int(run_in(tx, "write/assertions_summary", rows=rows)[0]["summarised"])


def version_of(row: dict[str, Any]) -> Version:
    """Return the Version of one {source, published_key, props} row."""
    # A claim's known_since is when the knowledge base learnt it, not what the source says:
    # it stays out of the summary and its fingerprint, which depend on the documents alone.
    props = {key: value for key, value in row["props"].items() if key != CLAIM_TIME}
    return Version(row["source"], row["published_key"], props)


def stored(props: dict[str, Any]) -> dict[str, Any]:
    """Return the summary's date properties (None removes one) and its fingerprint, computed
    as row_builder computes a curated record's, so one version alone keeps its own."""
    clean = {key: value for key, value in props.items() if value is not None}
    dated = {key: props.get(key) for key in sorted(DATE_PROPERTIES)}
    return {**dated, "fingerprint": fingerprint(clean)}
