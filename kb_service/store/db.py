"""The Neo4j driver's life cycle, and the read and write calls every data-access module uses."""

from __future__ import annotations

import atexit
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, LiteralString, Protocol, TypeVar

import neo4j
from neo4j import GraphDatabase, ManagedTransaction, Query, RoutingControl, unit_of_work
from neo4j import exceptions as neo4j_errors

from kb_service.config import Settings
from kb_service.errors import Conflict, DatabaseFailure, DatabaseUnavailable, InvalidParameter
from kb_service.observability import timed_query
from kb_service.store import causal
from kb_service.store.cypher import query, statements

T = TypeVar("T")
Params = dict[str, Any]

_UNAVAILABLE = (
    neo4j_errors.ServiceUnavailable,
    neo4j_errors.SessionExpired,
    neo4j_errors.TransientError,
    TimeoutError,
    OSError,
)


class Reader(Protocol):
    """Anything that runs a read query file by name: the Database, or a benchmark's bare driver."""

    def read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the read query `cypher/<name>.cypher` and return its records as dicts."""
        ...


READ_ATTEMPTS = 2
_RETRIED_READ_ERRORS = (neo4j_errors.TransientError, neo4j_errors.SessionExpired)


class Database:
    """One driver per process, bound to one database name."""

    def __init__(self, settings: Settings) -> None:
        auth = (settings.neo4j_user, settings.neo4j_password) if settings.neo4j_password else None
        self.name = settings.neo4j_database
        self.uri = settings.neo4j_uri
        self.query_timeout = settings.neo4j_query_timeout
        self.driver = GraphDatabase.driver(
            settings.neo4j_uri,
            auth=auth,
            connection_acquisition_timeout=settings.neo4j_timeout,
            connection_timeout=settings.neo4j_timeout,
            # Write retries (with back-off) stop after half the timeout, so that an unreachable
            # database answers a write 503 within about KB_NEO4J_TIMEOUT (reads do not wait).
            max_transaction_retry_time=settings.neo4j_timeout / 2,
            max_connection_pool_size=settings.neo4j_pool_size,
            notifications_min_severity="OFF",
        )

    def close(self) -> None:
        """Close the driver and its connections."""
        self.driver.close()

    def read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the read query `cypher/<name>.cypher` and return its records as dicts.

        A read runs as one auto-commit query on a reader (routed in a cluster). It is tried again
        once, at once, after a transient error or a lost session, but not when no connection can
        be had: during an outage a request is answered 503 at once, instead of after the driver's
        whole retry budget while clients queue behind the worker.
        """
        with timed_query(name), translated_errors():
            for attempt in range(READ_ATTEMPTS):
                try:
                    return self._read_once(query(name), params)
                except _RETRIED_READ_ERRORS as exc:
                    if attempt + 1 == READ_ATTEMPTS or _bookmark_timeout(exc):
                        raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _read_once(self, text: LiteralString, params: Params) -> list[dict[str, Any]]:
        with self._session(neo4j.READ_ACCESS) as session:
            result = session.run(Query(text, timeout=self.query_timeout), params)
            return [record.data() for record in result]

    def write(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the write query `cypher/<name>.cypher` in its own transaction."""
        with timed_query(name):
            return self._run(query(name), params, RoutingControl.WRITE)

    def apply_statements(self, name: str) -> int:
        """Run, in write mode, each `;`-terminated statement of `cypher/<name>.cypher` (a
        schema file); return how many ran."""
        found = statements(name)
        for text in found:
            self._run(text, {}, RoutingControl.WRITE)
        return len(found)

    def explain(self, name: str) -> None:
        """Have Neo4j plan `cypher/<name>.cypher` without running it (EXPLAIN): a syntax
        error, or a label or procedure it does not know of, raises."""
        self._run("EXPLAIN " + query(name), {}, RoutingControl.WRITE)

    def in_write_transaction(
        self, work: Callable[[ManagedTransaction], T], timeout: float | None = None
    ) -> T:
        """Run `work` in one managed write transaction, retried on transient errors; Neo4j stops
        it after `timeout` seconds (None: no limit, for large ingests from the command line)."""

        def once(tx: ManagedTransaction) -> T:
            """Run the work; a lock wait that timed out is answered, not retried: the lock's
            holder (a large ingest, say) is unlikely to be done a moment later."""
            try:
                return work(tx)
            except neo4j_errors.TransientError as exc:
                if exc.code and "LockAcquisitionTimeout" in exc.code:
                    raise DatabaseUnavailable("the database is busy with another write") from exc
                raise

        bounded = unit_of_work(timeout=timeout)(once) if timeout else once
        with translated_errors(), self._session(neo4j.WRITE_ACCESS) as session:
            done = session.execute_write(bounded)
            causal.record_commit(session.last_bookmarks())  # for the response's token
            return done

    def in_read_transaction(
        self, work: Callable[[ManagedTransaction], T], timeout: float | None = None
    ) -> T:
        """Run `work` in one managed read transaction (Neo4j refuses any write in it), retried
        on transient errors; Neo4j stops it after `timeout` seconds (None: no limit)."""
        bounded = unit_of_work(timeout=timeout)(work) if timeout else work
        with translated_errors(), self._session(neo4j.READ_ACCESS) as session:
            return session.execute_read(bounded)

    def run_batched(self, name: str) -> None:
        """Run a statement that commits its own batches (CALL ... IN TRANSACTIONS)."""
        with translated_errors(), self._session(neo4j.WRITE_ACCESS) as session:
            session.run(query(name)).consume()

    def _session(self, access_mode: str) -> neo4j.Session:
        """Open a session that shares one bookmark manager with every other call of this
        process, so that a read after a write sees it even on a cluster's lagging reader."""
        return self.driver.session(
            database=self.name,
            default_access_mode=access_mode,
            bookmark_manager=self.driver.execute_query_bookmark_manager,
            # A write another process or host made, named by the request's consistency token:
            # Neo4j waits until it has caught up (store/causal.py).
            bookmarks=causal.awaited(),
        )

    def ping(self) -> None:
        """Check that Neo4j answers, raising DatabaseUnavailable when it does not."""
        with translated_errors():
            self.driver.verify_connectivity()

    def _run(
        self, text: LiteralString, params: Params, routing: RoutingControl
    ) -> list[dict[str, Any]]:
        with translated_errors():
            records, _, _ = self.driver.execute_query(
                Query(text, timeout=self.query_timeout),
                params,
                database_=self.name,
                routing_=routing,
            )
        return [record.data() for record in records]


def run_in(tx: ManagedTransaction, name: str, **params: Any) -> list[dict[str, Any]]:
    """Run `cypher/<name>.cypher` inside a transaction already open."""
    return [record.data() for record in tx.run(query(name), params)]


class TransactionReader:
    """Run read query files inside an open transaction: a Reader that sees what it has written
    and, after the write lock, what every earlier writer committed."""

    def __init__(self, tx: ManagedTransaction) -> None:
        self.tx = tx

    def read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the read query `cypher/<name>.cypher` in the transaction."""
        return run_in(self.tx, name, **params)


@contextmanager
def translated_errors() -> Iterator[None]:
    """Turn driver errors into the service's own exceptions, without their text."""
    try:
        yield
    except _UNAVAILABLE as exc:
        if _bookmark_timeout(exc):
            raise DatabaseUnavailable("the database has not caught up with the write yet") from exc
        raise DatabaseUnavailable("the database is unavailable") from exc
    except neo4j_errors.Neo4jError as exc:
        if exc.code and ("TransactionTimedOut" in exc.code or "LockAcquisitionTimeout" in exc.code):
            raise DatabaseUnavailable("the database did not answer in time") from exc
        if exc.code and "InvalidBookmark" in exc.code:  # signed, but from another database
            raise InvalidParameter(causal.CARRIER, "names a state this database never had") from exc
        if exc.code and "ConstraintValidationFailed" in exc.code:  # record_id, say
            raise Conflict("a record with this id already exists as another kind") from exc
        raise DatabaseFailure(f"the database refused the operation ({exc.code})") from exc
    except neo4j_errors.DriverError as exc:
        raise DatabaseUnavailable("the database connection failed") from exc


def _bookmark_timeout(exc: BaseException) -> bool:
    """Whether Neo4j gave up waiting to catch up with a consistency token's bookmarks (its
    db.transaction.bookmark_ready_timeout): asking again at once would wait as long again."""
    code = getattr(exc, "code", None) or ""
    return "BookmarkTimeout" in code


def connect(settings: Settings) -> Database:
    """Create the process's Database and close it when the process exits."""
    database = Database(settings)
    atexit.register(database.close)
    return database


__all__ = [
    "Database",
    "Reader",
    "TransactionReader",
    "connect",
    "neo4j",
    "run_in",
    "translated_errors",
]
