"""Retraction: a source and every assertion only it supported, or a registry entry nothing
cites any more, deleted in one locked transaction with their changes logged."""

from __future__ import annotations

from neo4j import ManagedTransaction

from kb_service.errors import Conflict, NotFound
from kb_service.store.db import Database, run_in
from kb_service.write import change_log
from kb_service.write.change_log import KINDS, Change
from kb_service.write.change_report import Report
from kb_service.write.ingest import locked, settle
from kb_service.write.preview import stored_links


def retract(db: Database, source_id: str, timeout: float | None = None) -> Report:
    """Delete a source and every assertion that only it supported, in one transaction."""

    def work(tx: ManagedTransaction) -> Report:
        """Detach the source's claims, settle what they touched, delete the source."""
        report = Report(files=1)  # a retried transaction counts from zero again
        at = change_log.clock(tx)
        states = change_log.states(tx, [], source_id)
        before = run_in(tx, "write/source_detach", source=source_id)
        report.links_removed += len(stored_links(before))
        touched = [row["id"] for row in before]
        dangling = settle(tx, touched, report)
        if dangling:
            cited = ", ".join(f"'{ident}'" for ident in dangling[:10])
            raise Conflict(f"other sources cite {cited}, which only this source asserts")
        deleted = run_in(tx, "write/source_delete", source=source_id)[0]["deleted"]
        if not deleted:
            raise NotFound("source", source_id)
        report.removed["Source"] += deleted
        changes = change_log.compare(states, change_log.states(tx, states, None))
        change_log.append(tx, at, source_id, [*changes, Change("deleted", "source", source_id)])
        return report

    return db.in_write_transaction(locked(work), timeout)


def remove_entry(db: Database, ident: str, timeout: float | None = None) -> Report:
    """Delete a registry entry (actor, place or conflict) that nothing cites any more."""

    def work(tx: ManagedTransaction) -> Report:
        """Refuse an entry still in use; delete it."""
        found = run_in(tx, "read/registry_entry_uses", id=ident)
        if not found:
            raise NotFound("registry entry", ident)
        uses = found[0]
        if uses["sources"] or uses["places"]:
            raise Conflict(_in_use(ident, uses["sources"], uses["places"]))
        report = Report(files=1)
        at = change_log.clock(tx)
        for row in run_in(tx, "write/registry_entry_delete", id=ident):
            report.removed[row["label"]] += row["deleted"]
            change_log.append(tx, at, None, [Change("deleted", KINDS[row["label"]], ident)])
        return report

    return db.in_write_transaction(locked(work), timeout)


def _in_use(ident: str, sources: list[str], places: list[str]) -> str:
    needs = []
    if sources:
        needs.append("cited by source(s) " + ", ".join(sources[:10]))
    if places:
        needs.append("the place of " + ", ".join(places[:10]))
    return f"'{ident}' is still {' and '.join(needs)}; change or retract those first"
