"""A timeline and conflict knowledge base served from Neo4j."""

from __future__ import annotations

from flask import Flask

from kb_service.config import Settings


def create_app(settings: Settings | None = None) -> Flask:
    """Build the Flask application: settings, the database, the API and its error handlers."""
    from kb_service import api
    from kb_service.observability import configure_logging
    from kb_service.store import db

    settings = settings or Settings.from_env()
    configure_logging()
    app = Flask(__name__)
    app.config.update(MAX_CONTENT_LENGTH=settings.max_body_bytes)
    app.extensions["kb_settings"] = settings
    app.extensions["kb_db"] = db.connect(settings)
    api.init_app(app)
    return app


__all__ = ["create_app"]
