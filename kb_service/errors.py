"""The service's own exceptions: data access and ingestion raise these, the web layer maps them."""

from __future__ import annotations


class KbError(Exception):
    """Base class for errors the service reports to its users."""


class DatabaseUnavailable(KbError):
    """Neo4j could not be reached in time; the request may be retried later."""


class DatabaseFailure(KbError):
    """Neo4j refused or failed a statement for a reason other than availability."""


class NotFound(KbError):
    """No record has the id asked for."""

    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f"no {kind} with id '{ident}'")
        self.kind = kind
        self.ident = ident


class InvalidParameter(KbError):
    """A request parameter has a value the service cannot use."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name} {reason}")
        self.name = name
        self.reason = reason


class Unauthorized(KbError):
    """A write came without a valid API key."""


class Conflict(KbError):
    """A write cannot be done as asked while the graph holds what it holds (answered 409)."""


class Forbidden(KbError):
    """The request may not see this resource from where it comes (answered 403)."""
