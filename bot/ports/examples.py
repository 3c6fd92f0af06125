"""The store of a channel's approved replies, kept as examples that ground the next drafts of that channel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from bot.domain import AuditEvent, Platform, PseudonymisedText


@dataclass(frozen=True)
class GroundingExample:
    """An approved thread of a channel: its review and final reply, both pseudonymised with that thread's own
    placeholders (neutralise them before they meet another conversation: bot/grounding/neutral.py)."""

    id: int
    conversation_id: int
    platform: Platform
    team_id: str
    channel_id: str
    thread_id: str
    review: PseudonymisedText
    reply: PseudonymisedText
    approved_at: datetime
    title: str | None = None
    """Set once a team lead pinned it as a « réponse type »: then it is a candidate for every draft of the channel."""


class ExampleStore(Protocol):
    """Examples are written with the approval (same transaction); this port reads and pins them."""

    def similar_examples(self, channel_id: str, review: PseudonymisedText, limit: int) -> list[GroundingExample]:
        """The channel's examples whose review shares most words with `review` (French stems), best first."""
        ...

    def pinned_examples(self, channel_id: str, limit: int) -> list[GroundingExample]:
        """The channel's « réponses types », latest pinned first."""
        ...

    def examples_by_id(self, ids: Sequence[int]) -> list[GroundingExample]:
        """The examples still stored among `ids`, in the order given."""
        ...

    def example_of(self, conversation_id: int) -> GroundingExample | None:
        """The example an approved conversation left (None: not approved, or purged)."""
        ...

    def pin_example(self, example_id: int, title: str, user_id: str, audit: AuditEvent) -> bool:
        """Give an example a title, making it a « réponse type » (False: no such example)."""
        ...
