"""An in-process chat port for service tests: records what Plume would show."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.checks.findings import Finding
from bot.domain import Approval, Conversation, JobKind, Platform, PseudonymisedText, Revision
from bot.failures import DraftFailure
from bot.ports.chat import Change, ChatCapabilities, DraftSource, Notice, Place, RetryOffer


@dataclass
class RecordingChat:
    """Implements `bot.ports.chat.ChatPort`; every call is appended to `shown` as (kind, values)."""

    shown: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    _next_ts: int = 100

    def _ts(self) -> str:
        self._next_ts += 1
        return f"1700000000.{self._next_ts:06d}"

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.shown]

    def last(self, kind: str) -> dict[str, Any]:
        return next(values for shown_kind, values in reversed(self.shown) if shown_kind == kind)

    def capabilities(self, platform: Platform) -> ChatCapabilities:
        """A chat that allows everything: streaming is paced by the drafter's own interval only."""
        return ChatCapabilities(ephemeral_notices=True, buttons=True, min_edit_interval=0.0, max_message_chars=40_000)

    def post_review(self, channel: Place, user_id: str, review: PseudonymisedText) -> str:
        ts = self._ts()
        self.shown.append(("review", {"channel": channel.channel_id, "user": user_id, "text": review, "ts": ts}))
        return ts

    def post_progress(self, conversation: Conversation, kind: JobKind) -> str:
        ts = self._ts()
        self.shown.append(("progress", {"conversation": conversation, "kind": kind, "ts": ts}))
        return ts

    def show_retrying(self, conversation: Conversation, message_id: str, attempt: int) -> None:
        self.shown.append(("retrying", {"ts": message_id, "attempt": attempt}))

    def show_partial(
        self, conversation: Conversation, partial_text: str, message_id: str, kind: JobKind = JobKind.REFINEMENT
    ) -> bool:
        self.shown.append(("partial", {"text": partial_text, "ts": message_id}))
        return True

    def show_draft(
        self,
        conversation: Conversation,
        revision: Revision,
        restored_text: str,
        message_id: str | None,
        unresolved: tuple[str, ...] = (),
        findings: tuple[Finding, ...] = (),
        sources: tuple[DraftSource, ...] = (),
    ) -> str:
        ts = message_id or self._ts()
        shown = {
            "revision": revision,
            "text": restored_text,
            "ts": ts,
            "unresolved": unresolved,
            "findings": findings,
            "sources": sources,
        }
        self.shown.append(("draft", shown))
        return ts

    def show_changes(self, place: Place, user_id: str, number: int, changes: tuple[Change, ...]) -> None:
        self.shown.append(("changes", {"user": user_id, "number": number, "changes": changes}))

    def show_dismissed(self, conversation: Conversation, revision: Revision, user_id: str) -> None:
        self.shown.append(("dismissed", {"revision": revision, "user": user_id}))

    def retire_draft(self, conversation: Conversation, revision: Revision, restored_text: str) -> None:
        self.shown.append(("retired", {"revision": revision, "text": restored_text}))

    def show_approval(
        self, conversation: Conversation, revision: Revision, approval: Approval, restored_text: str
    ) -> None:
        self.shown.append(("approval", {"revision": revision, "approval": approval, "text": restored_text}))

    def show_failure(
        self, place: Place, failure: DraftFailure, message_id: str | None = None, retry: RetryOffer | None = None
    ) -> None:
        self.shown.append(("failure", {"place": place, "failure": failure, "ts": message_id, "retry": retry}))

    def notify(self, place: Place, user_id: str, notice: Notice) -> None:
        self.shown.append(("notice", {"place": place, "user": user_id, "notice": notice}))

    def show_sent_text(self, place: Place, user_id: str, text: PseudonymisedText) -> None:
        self.shown.append(("sent_text", {"user": user_id, "text": text}))
