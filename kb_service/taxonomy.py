"""The small controlled vocabularies of the model, with their PLOVER and CAMEO categories."""

from __future__ import annotations

# Event type -> (PLOVER event type, CAMEO root code and name); None where no category fits.
EVENT_TYPES: dict[str, tuple[str | None, str | None]] = {
    "phone-call": ("CONSULT", "04 Consult"),
    "meeting": ("CONSULT", "04 Consult"),
    "negotiations": ("CONSULT", "04 Consult"),
    "armed-clash": ("ASSAULT", "19 Fight"),
    "shelling": ("ASSAULT", "19 Fight"),
    "air-strike": ("ASSAULT", "19 Fight"),
    "offensive": ("ASSAULT", "19 Fight"),
    "war": ("ASSAULT", "19 Fight"),
    "martial-law": ("COERCE", "17 Coerce"),
    "mobilisation": ("MOBILIZE", "15 Exhibit force posture"),
    "ceasefire": ("AGREE", "08 Yield"),
    "declaration-of-secession": (None, None),
    "escalation": ("ASSAULT", "19 Fight"),
    "agreement-signed": ("AGREE", "05 Engage in diplomatic cooperation"),
    "deployment": ("MOBILIZE", "15 Exhibit force posture"),
    "territory-handover": ("CONCEDE", "08 Yield"),
    "withdrawal": ("RETREAT", "08 Yield"),
    "exchange-of-prisoners": ("CONCEDE", "08 Yield"),
    "exchange-of-bodies": ("AID", "07 Provide aid"),
}

# What the source reports of an event: that it happened, that it was under way when the source
# was published, that it is planned for its date, or that it is an obligation due by its date.
EVENT_STATUSES: dict[str, str] = {
    "occurred": "the source reports that it happened (the default)",
    "ongoing": "the source reports it as under way when it was published",
    "scheduled": "the source announces it for its date",
    "due": "an obligation with a deadline: to be done by the end of its date",
}
# The statuses an event may have when its date lies after the source's publication.
FUTURE_STATUSES = ("ongoing", "scheduled", "due")

# Statement kind -> PLOVER event type of the speech act, where one fits.
STATEMENT_KINDS: dict[str, str | None] = {
    "announcement": None,
    "appeal": "REQUEST",
    "claim": None,
    "accusation": "ACCUSE",
    "concern": None,
    "denial": "REJECT",
    "position": None,
    "commitment": "AGREE",
    "report": None,
}

ACTOR_KINDS = (
    "person",
    "state",
    "government",
    "ministry",
    "armed-force",
    "organisation",
    "unrecognised-state",
    "autonomous-region",
    "news-agency",
    "news-outlet",
)

PLACE_KINDS = (
    "region",
    "city",
    "capital",
    "line",
    "district-group",
    "district",
    "corridor",
    "country",
)

# Lasting relations between entities; the model's Relation nodes carry one of these.
RELATION_TYPES = (
    "holds-office",
    "co-chair-of",
    "member-of",
    "part-of",
    "mediator-of",
    "party-to",
    "lost-control-of",
    "controls",
    "has-capital",
)

# Links between events: each becomes a relationship type of the same name in capitals.
EVENT_LINKS = ("precedes", "causes", "part-of", "responds-to")
