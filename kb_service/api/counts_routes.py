"""/timeline/counts: how many events per day, week, month or year, and per type, place, actor
or conflict, with the timeline's filters."""

from __future__ import annotations

from typing import Any

from flask import Response
from marshmallow import Schema, fields, post_load, validate

from kb_service.api import render
from kb_service.api.params import TimelineQuery
from kb_service.api.request_context import Blueprint, database
from kb_service.read import timeline_counts
from kb_service.read.filters import Filters

blp = Blueprint(
    "timeline_counts",
    __name__,
    url_prefix="/api/v1",
    description="How many events per period and group",
)


class CountsQuery(TimelineQuery):
    """The timeline's filters (not its paging or output options), a bucket and a grouping."""

    class Meta:
        exclude = ("limit", "cursor", "format", "bom", "order", "include", "lang", "as_known_on")

    bucket = fields.String(
        required=True,
        validate=validate.OneOf(timeline_counts.BUCKETS),
        metadata={
            "description": "day, week (ISO: from Monday), month or year. An event counts in a "
            "bucket only when its whole possible interval lies in it; otherwise it counts as "
            "too_imprecise."
        },
    )
    by = fields.String(
        validate=validate.OneOf(timeline_counts.GROUPINGS),
        metadata={
            "description": "type, actor, place or conflict: count each bucket's events per group "
            "too (an event with two actors counts for each). Without it, totals only."
        },
    )

    @post_load
    def to_filters(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """Bundle the filters for the data-access layer, with the bucket and the grouping."""
        filters = self.timeline_filters({**data, "order": "asc"})
        return {"filters": filters, "bucket": data["bucket"], "by": data.get("by")}


class CountGroup(Schema):
    id = fields.String(metadata={"description": "The type's term, or the entity's id."})
    name = fields.String(metadata={"description": "Its English label or name."})
    count = fields.Integer()


def _groups() -> fields.List[Any]:
    return fields.List(
        fields.Nested(CountGroup),
        metadata={"description": "Only with `by`: the bucket's events per group, most first."},
    )


class CountBucket(Schema):
    key = fields.String(metadata={"description": "2020-09-27, 2020-W39, 2020-09 or 2020."})
    start = fields.String(metadata={"description": "The bucket's first day.", "format": "date"})
    end = fields.String(metadata={"description": "The bucket's last day.", "format": "date"})
    count = fields.Integer(metadata={"description": "Events whose whole interval lies in it."})
    groups = _groups()


class TooImprecise(Schema):
    count = fields.Integer(
        metadata={
            "description": "Events that match but whose possible interval does not lie in one "
            "bucket (a month asked per day or week, an open or unknown end): counted in none."
        }
    )
    groups = _groups()


class Counts(Schema):
    bucket = fields.String()
    by = fields.String(allow_none=True)
    buckets = fields.List(
        fields.Nested(CountBucket),
        metadata={"description": "In time order; a bucket without events is left out."},
    )
    too_imprecise = fields.Nested(TooImprecise)
    total = fields.Integer(
        metadata={
            "description": "Every event that matches: the buckets' counts plus too_imprecise."
        }
    )


CountsEnvelope = Schema.from_dict({"data": fields.Nested(Counts)}, name="CountsEnvelope")


@blp.route("/timeline/counts")
@blp.arguments(CountsQuery(), location="query", as_kwargs=True)
@blp.response(200, CountsEnvelope)
def get_timeline_counts(filters: Filters, bucket: str, by: str | None) -> Response:
    """Count the timeline's events per day, week, month or year (and per type, actor, place or
    conflict); events too imprecise for the bucket are counted apart, never spread."""
    found = timeline_counts.counts(database(), filters, bucket, by)
    return render.record(found)
