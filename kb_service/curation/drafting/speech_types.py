"""A candidate statement (Speech) and the passage its reading works on (SpeechPassage)."""

from __future__ import annotations

from dataclasses import dataclass, field

from kb_service.curation.drafting.mentions import Mention
from kb_service.curation.drafting.speech_words import SpeechWords
from kb_service.curation.drafting.tokens import Token
from kb_service.curation.drafting.wording import Span, Wording


@dataclass(frozen=True)
class Speech:
    """A candidate statement in one passage: its kind, verb, reported words and speakers."""

    kind: str
    cue_start: int
    cue_end: int
    start: int
    end: int
    speakers: tuple[Mention, ...]
    about: tuple[Mention, ...]
    via: tuple[Mention, ...] = ()  # the relays named in its sentence (relays.py)
    document: bool = False  # a document speaks (`the statement says`): its issuers speak
    body: bool = False  # a document's sentence in the document the text is: the issuers its
    # headline names speak it, whatever documents the text issues after (statement_context.py)
    date: str | None = None  # the day of its words where its sentence gives none


@dataclass
class SpeechPassage:
    """One passage being read: its words, names, and the statements found. Names, actors and
    designators are in order, so that the ones near a verb are found by bisection."""

    wording: Wording
    mentions: list[Mention]
    actors: list[Mention]
    designated: list[Mention]
    language: str
    relays: list[Mention]
    words: SpeechWords
    found: list[Speech] = field(default_factory=list)
    spans: set[Span] = field(default_factory=set)
    sentences: list[Span] = field(default_factory=list)  # the passage's, in order

    @property
    def text(self) -> str:
        """Return the passage's text."""
        return self.wording.text

    @property
    def tokens(self) -> list[Token]:
        """Return the passage's words."""
        return self.wording.tokens
