"""The numbered points of a document as statements (rules in statement_points.yaml): after a
passage that names a joint statement and actors, or one whose actors issue a document
(`X declares the following:`, وتعلن ما يلي, сообщает следующее), each passage that opens with
a point (`1. `, أولا:, Во-первых,) and drafts no statement is a statement of those actors,
its words the passage after the point; and what a later passage says `the statement says`
they say. Then the text's statements are settled (statement_context.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml

from kb_service.curation.drafting import statement_context
from kb_service.curation.drafting.cues import Phrase
from kb_service.curation.drafting.mentions import Mention
from kb_service.curation.drafting.passage_reading import PassageReading
from kb_service.curation.drafting.relays import outlet
from kb_service.curation.drafting.reported_words import trimmed
from kb_service.curation.drafting.speech import Speech
from kb_service.model import names

RULES_FILE = Path(__file__).with_name("statement_points.yaml")


@cache
def _rules(language: str) -> tuple[tuple[Phrase, ...], re.Pattern[str], str]:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    headings = tuple(
        Phrase(tuple(names.fold(w) for w in str(h).split()), "")
        for h in data["headings"].get(language) or []
    )
    return headings, re.compile(str(data["point"])), str(data["kind"])


def add_points(readings: list[PassageReading], language: str, published: str) -> None:
    """Add a statement to each point that follows a joint statement's passage, or a passage
    that issues a document; then settle the text's statements on the day `published`."""
    headings, point, kind = _rules(language)
    issuers: tuple[Mention, ...] = ()
    document = False  # whether the points are a document's words (settled as such)
    for reading in readings:
        if reading.passage.not_content is not None:
            continue
        tokens, text = reading.tokens, reading.passage.text
        opened = point.match(text)
        if opened is None:
            if issuers:  # `the statement says`: the joint statement's signers speak
                reading.speech = [
                    replace(s, speakers=issuers) if s.document else s for s in reading.speech
                ]
            if any(p.match(tokens, at) for at in range(len(tokens)) for p in headings):
                issuers = tuple(
                    m for m in reading.named if m.entity.label == "Actor" and not outlet(m.entity)
                )
                document = False
            elif found := statement_context.opened(reading, language):
                issuers, document = found, True
            continue
        words = trimmed(text, opened.end(), len(text))
        if issuers and words is not None and not reading.speech:
            start = opened.end()
            said = Speech(kind, start, start, *words, issuers, (), document=document)
            reading.speech.append(said)
    statement_context.settle(readings, language, published)
