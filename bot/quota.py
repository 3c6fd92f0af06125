"""Abuse limit: how many drafts one agent may ask for in an hour."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from bot.domain import AuditKind
from bot.ports.repository import ConversationStore

COUNTED = (
    AuditKind.REVIEW_RECEIVED,
    AuditKind.INSTRUCTION_RECEIVED,
    AuditKind.REDRAFT_REQUESTED,
    AuditKind.RETRY_REQUESTED,
)


class DraftQuota:
    def __init__(self, conversations: ConversationStore, per_hour: int, clock: Callable[[], datetime]) -> None:
        self._conversations = conversations
        self._per_hour = per_hour
        self._clock = clock

    @property
    def per_hour(self) -> int:
        return self._per_hour

    def allows(self, user_id: str) -> bool:
        """True while the agent asked for fewer drafts than the limit in the last hour (0 means no limit)."""
        if self._per_hour <= 0:
            return True
        since = self._clock() - timedelta(hours=1)
        return self._conversations.count_actions(user_id, COUNTED, since) < self._per_hour
