"""A Python client for the timeline and conflict knowledge base's REST API.

from kb_client import Client
with Client("http://127.0.0.1:8000") as kb:
    frame = kb.timeline(conflict="nagorno-karabakh-conflict").to_pandas()
"""

from kb_client.changes import Change, ChangeFeed
from kb_client.client import Client
from kb_client.errors import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidDocument,
    KbError,
    NotFound,
    PayloadTooLarge,
    RateLimited,
    ServerError,
    ServiceUnavailable,
    Unauthorized,
)
from kb_client.pages import Pages
from kb_client.transport import RetryPolicy

__all__ = [
    "BadRequest",
    "Change",
    "ChangeFeed",
    "Client",
    "Conflict",
    "Forbidden",
    "InvalidDocument",
    "KbError",
    "NotFound",
    "Pages",
    "PayloadTooLarge",
    "RateLimited",
    "RetryPolicy",
    "ServerError",
    "ServiceUnavailable",
    "Unauthorized",
]
