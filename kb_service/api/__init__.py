"""The REST API: flask-smorest wiring, blueprints, error handlers and CORS."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask_cors import CORS
from flask_smorest import Api
from werkzeug.exceptions import HTTPException

from kb_service.api import errors, health


class KbApi(Api):  # type: ignore[misc]
    """flask-smorest's Api with every error answered as problem+json."""

    def handle_http_exception(self, error: HTTPException) -> Any:
        """Answer an HTTP error with the one error shape."""
        return errors.from_http_exception(error)


def init_app(app: Flask) -> None:
    """Register the OpenAPI document, the blueprints, the error handlers and CORS."""
    settings = app.extensions["kb_settings"]
    app.config.update(
        API_TITLE="Conflict timeline knowledge base",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
    )
    api = KbApi(app)
    for blueprint in (health.blp,):
        api.register_blueprint(blueprint)
    errors.init_app(app)
    CORS(
        app,
        origins=list(settings.cors_origins),
        expose_headers=["Link", "ETag", "X-Request-Id"],
        allow_headers=["Authorization", "Content-Type", "If-None-Match"],
    )
