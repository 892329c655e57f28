"""The base of every response schema: fields in a designed order, and undeclared keys noted."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from marshmallow import Schema, fields, post_dump
from marshmallow.schema import SchemaMeta

Str = fields.String


Nested = fields.Nested


# A record (any schema with an `id`) leads with what it is and when, and ends with where it
# comes from: its classification codes and its provenance. The rest keeps declaration order.
LEAD = ("id", "kind", "title", "name", "date", "type")


TAIL = (
    "plover",
    "cameo",
    "first_reported",
    "sources_disagree",
    "disagree_on",
    "versions",
    "evidence",
)


# Keys a body held that its schema does not declare (so the dump left them out), per dump.
UNDECLARED: ContextVar[list[str] | None] = ContextVar("undeclared", default=None)
# The sources a JSON body cites, by id, collected as it is dumped (None: cite them inline).
CITED: ContextVar[dict[str, Any] | None] = ContextVar("cited", default=None)


class _DesignedOrder(SchemaMeta):
    """Order a record schema's fields as LEAD, then the rest as declared, then TAIL."""

    @classmethod
    def get_declared_fields(
        mcs, klass: Any, cls_fields: list[Any], inherited_fields: list[Any], dict_cls: type = dict
    ) -> dict[str, fields.Field[Any]]:
        declared = super().get_declared_fields(klass, cls_fields, inherited_fields, dict_cls)
        if "id" not in declared:
            return declared
        lead = [name for name in LEAD if name in declared]
        tail = [name for name in TAIL if name in declared]
        middle = [name for name in declared if name not in lead and name not in tail]
        return {name: declared[name] for name in [*lead, *middle, *tail]}


class Body(Schema, metaclass=_DesignedOrder):
    """A response schema: fields in the designed order, and any key the dumped object holds
    that the schema does not declare is noted (the renderer refuses it in tests)."""

    @post_dump(pass_original=True)
    def _note_undeclared(self, data: dict[str, Any], original: Any, **_: Any) -> dict[str, Any]:
        noted = UNDECLARED.get()
        if noted is not None and isinstance(original, dict):
            known = {field.attribute or name for name, field in self.dump_fields.items()}
            noted.extend(f"{type(self).__name__}.{key}" for key in original if key not in known)
        return data


def nullable_str(**kwargs: Any) -> fields.String:
    """Return a string field that may be null."""
    return fields.String(allow_none=True, **kwargs)


def _sources(cited: type[Schema] | None) -> dict[str, fields.Field[Any]]:
    if cited is None:
        return {}
    return {
        "sources": fields.Dict(
            keys=Str(),
            values=Nested(cited),
            metadata={"description": "Every source the records cite, by id, once per body."},
        )
    }


def page_of(item: type[Schema], name: str, cited: type[Schema] | None = None) -> type[Schema]:
    """Return the {"data": [...], "next_cursor": ..., "sources": {...}} schema of a list of
    `item` (`sources` when its records cite sources of the schema `cited`)."""
    page: dict[str, fields.Field[Any]] = {
        "data": fields.List(Nested(item)),
        "next_cursor": nullable_str(),
    }
    return Body.from_dict({**page, **_sources(cited)}, name=name)


def envelope_of(item: type[Schema], name: str, cited: type[Schema] | None = None) -> type[Schema]:
    """Return the {"data": {...}, "sources": {...}} schema of one `item`."""
    return Body.from_dict({"data": Nested(item), **_sources(cited)}, name=name)
