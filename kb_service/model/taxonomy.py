"""The vocabularies that stay in code, because rules and queries depend on them.

Event types, statement kinds, actor and place kinds and relation types are data: see
kb_service/curation/vocabulary.py and vocabulary.yaml beside it.
"""

from __future__ import annotations

# PLOVER's event types (the ontology of POLECAT, which succeeds CAMEO): the categories that a
# vocabulary's event types and statement kinds may map to.
PLOVER = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

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

# Links between events: each becomes a relationship type of the same name in capitals.
EVENT_LINKS = ("precedes", "causes", "part-of", "responds-to")
