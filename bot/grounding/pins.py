"""« Réponses types »: a team lead saves an approved reply of the channel, with a title, as a model that every
later draft of the channel is given among its examples."""

from __future__ import annotations

from dataclasses import replace

from bot.domain import AuditEvent, AuditKind
from bot.ports.examples import ExampleStore, GroundingExample
from bot.team_leads import Access, LeadGate

MAX_TITLE = 150


class ReplyPins:
    """Team leads only: anyone else is refused (and the refusal audited) by the gate."""

    def __init__(self, store: ExampleStore, gate: LeadGate) -> None:
        self._store = store
        self._gate = gate

    def example_to_pin(self, user_id: str, conversation_id: int) -> GroundingExample | None:
        """The example an approved thread left, for a team lead to title (None: not approved, or purged)."""
        example = self._store.example_of(conversation_id)
        self._gate.require(user_id, Access.PIN, example.channel_id if example else None)
        return example

    def pin(self, user_id: str, conversation_id: int, title: str) -> GroundingExample | None:
        """Save the thread's approved reply as a « réponse type » titled `title`; None if there is none (or no
        title). Pinning again only renames it."""
        example = self.example_to_pin(user_id, conversation_id)
        title = " ".join(title.split())[:MAX_TITLE]
        if example is None or not title:
            return None
        audit = AuditEvent(
            AuditKind.REPLY_PINNED, user_id, conversation_id, {"example": example.id, "channel": example.channel_id}
        )
        if not self._store.pin_example(example.id, title, user_id, audit):
            return None
        return replace(example, title=title)
