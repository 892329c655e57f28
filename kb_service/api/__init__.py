"""The REST API: flask-smorest wiring, blueprints, the docs page, error handlers and CORS."""

from __future__ import annotations

from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from flask import Flask, Response
from flask_cors import CORS
from flask_smorest import Api
from flask_swagger_ui import get_swaggerui_blueprint
from werkzeug.exceptions import HTTPException

from kb_service.api import (
    budgets,
    changes_routes,
    consistency,
    counts_routes,
    curation_routes,
    entity_routes,
    error_responses,
    graph_routes,
    html_routes,
    monitoring_routes,
    source_routes,
    statement_routes,
    timeline_routes,
    write_queue,
)
from kb_service.api.responses import PROBLEM_JSON, Problem


class KbApi(Api):  # type: ignore[misc]
    """flask-smorest's Api with every error answered, and documented, as problem+json."""

    ERROR_SCHEMA = Problem

    def _register_responses(self) -> None:
        # flask-smorest documents errors in its own shape as application/json: document ours.
        # No public hook sets the media type of the error responses (ERROR_SCHEMA sets only
        # their schema), hence this override of a private method; test_api_reads checks the
        # OpenAPI document it makes, so a flask-smorest that renames it fails there.
        assert self.spec is not None  # set before flask-smorest registers its responses
        for status in HTTPStatus:
            response: dict[str, Any] = {"description": status.phrase}
            if not 100 <= status < 200 and status not in (204, 304):
                response["content"] = {PROBLEM_JSON: {"schema": Problem}}
            self.spec.components.response(status.name, response, lazy=True)
        self.spec.components.response(
            "DEFAULT_ERROR",
            {"description": "Error", "content": {PROBLEM_JSON: {"schema": Problem}}},
            lazy=True,
        )

    def handle_http_exception(self, error: HTTPException) -> Any:
        """Answer an HTTP error with the one error shape."""
        return error_responses.from_http_exception(error)


def init_app(app: Flask) -> None:
    """Register the OpenAPI document, the blueprints, the docs page, error handlers and CORS."""
    settings = app.extensions["kb_settings"]
    app.config.update(
        API_TITLE="Conflict timeline knowledge base",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        API_SPEC_OPTIONS={
            "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}
        },
    )
    api = KbApi(app)
    for blueprint in (
        monitoring_routes.health_blp,
        timeline_routes.blp,
        counts_routes.blp,
        changes_routes.blp,
        statement_routes.blp,
        entity_routes.blp,
        source_routes.blp,
        curation_routes.registry_blp,
        curation_routes.vocabulary_blp,
        curation_routes.dates_blp,
        curation_routes.drafts_blp,
        graph_routes.blp,
        monitoring_routes.metrics_blp,
    ):
        api.register_blueprint(blueprint)
    # Swagger UI's assets ship inside the flask-swagger-ui package: the page works offline. The
    # OAuth redirect is given, relative, because the package would otherwise build it from the
    # request's Host header into the page's script.
    docs_config = {"app_name": "Conflict KB API", "oauth2RedirectUrl": "/docs/oauth2-redirect.html"}
    app.register_blueprint(get_swaggerui_blueprint("/docs", "/openapi.json", config=docs_config))
    app.register_blueprint(html_routes.blp)
    _add_hooks(app, settings.cors_origins)


def _add_hooks(app: Flask, cors_origins: Sequence[str]) -> None:
    # Errors, headers, budgets, the write queue and CORS: after the blueprints, in this order.
    error_responses.init_app(app)
    app.after_request(_vary_on_origin)
    monitoring_routes.init_app(app)
    html_routes.init_app(app)
    budgets.init_app(app)  # after the request log: a refused request is logged too
    write_queue.init_app(app)
    consistency.init_app(app)
    CORS(
        app,
        origins=list(cors_origins),
        expose_headers=["Link", "ETag", "X-Request-Id", consistency.HEADER],
        allow_headers=["Authorization", "Content-Type", "If-None-Match", consistency.HEADER],
        max_age=600,
    )


def _vary_on_origin(response: Response) -> Response:
    # CORS answers differ by Origin, so caches must key on it (flask-cors adds it only for
    # several origins).
    response.vary.add("Origin")
    return response
