"""The request's view of the application: its database and settings."""

from __future__ import annotations

from flask import current_app

from kb_service.config import Settings
from kb_service.store.db import Database


def database() -> Database:
    """Return this process's Database."""
    db: Database = current_app.extensions["kb_db"]
    return db


def settings() -> Settings:
    """Return this process's Settings."""
    found: Settings = current_app.extensions["kb_settings"]
    return found
