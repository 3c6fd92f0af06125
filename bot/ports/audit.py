"""The team-lead audit's port (`AuditStore`) and the plain values it carries."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple, Protocol

from bot.domain import AuditEvent, PseudonymisedText

NO_TEXT = PseudonymisedText("")


@dataclass(frozen=True)
class AuditScope:
    """Reviews received in [since, until), in one channel or in all of them."""

    since: datetime
    until: datetime
    channel_id: str | None = None


@dataclass(frozen=True)
class ModelShare:
    """One model's part: drafts it wrote, approvals of its text, tokens and estimated cost."""

    model_id: str
    drafts: int = 0
    approvals: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_eur: float = 0.0
    mean_edit_distance: float | None = None


@dataclass(frozen=True)
class CheckFigures:
    """The checks over a scope: revisions checked, those with at least one finding, approvals that overrode a
    blocking finding, and how many blocking findings those approvals overrode."""

    revisions: int = 0
    with_findings: int = 0
    overridden_approvals: int = 0
    overridden_findings: int = 0

    @property
    def findings_share(self) -> float | None:
        return self.with_findings / self.revisions if self.revisions else None


@dataclass(frozen=True)
class AuditFigures:
    """Figures over the reviews of a scope; `unchanged_approvals` sent the first draft as it was."""

    reviews: int
    drafts: int
    approvals: int
    median_seconds_to_approval: float | None
    mean_revisions: float | None
    unchanged_approvals: int
    mean_edit_distance: float | None
    models: tuple[ModelShare, ...] = ()
    checks: CheckFigures | None = None
    """What the checks found on the scope's revisions, and what was approved over them."""

    @property
    def approval_rate(self) -> float | None:
        return self.approvals / self.reviews if self.reviews else None

    @property
    def unchanged_share(self) -> float | None:
        return self.unchanged_approvals / self.approvals if self.approvals else None

    @property
    def input_tokens(self) -> int:
        return sum(share.input_tokens for share in self.models)

    @property
    def output_tokens(self) -> int:
        return sum(share.output_tokens for share in self.models)

    @property
    def cost_eur(self) -> float:
        return sum(share.cost_eur for share in self.models)


@dataclass(frozen=True)
class ThreadSummary:
    """One thread as a list shows it: where, who asked, how far it went, and its approval if any."""

    conversation_id: int
    channel_id: str
    thread_id: str
    review_message_id: str
    received_at: datetime
    requested_by: str
    status: str
    revisions: int
    model_id: str
    approved_by: str | None = None
    approved_at: datetime | None = None
    edit_distance: float | None = None
    in_charge: str = ""
    """Who handles the thread now: today the agent who brought it (the store decides, in one place)."""
    excerpt: PseudonymisedText = NO_TEXT
    """The start of the review as stored (pseudonymised), for lists that must tell threads apart."""


@dataclass(frozen=True)
class AgentActivity:
    """One agent over a scope: reviews in their charge, approvals they gave, how fast, how many unchanged."""

    user_id: str
    reviews: int = 0
    approvals: int = 0
    median_seconds_to_approval: float | None = None
    unchanged_approvals: int = 0

    @property
    def unchanged_share(self) -> float | None:
        return self.unchanged_approvals / self.approvals if self.approvals else None


@dataclass(frozen=True)
class WeekPoint:
    """One week of the trend (weeks start on Monday, in the team's time zone): reviews received that week, how
    many of them are approved, their median time to approval and how many went out unchanged."""

    start: datetime
    received: int = 0
    approved: int = 0
    median_seconds_to_approval: float | None = None
    unchanged_approvals: int = 0

    @property
    def unchanged_share(self) -> float | None:
        return self.unchanged_approvals / self.approved if self.approved else None


@dataclass(frozen=True)
class OpenThreads:
    """Threads still open (oldest first, at most a page of them) and how many there are in all."""

    threads: list[ThreadSummary]
    total: int


class ExportRow(NamedTuple):
    """One approved thread in an export; its texts are the pseudonymised ones the store holds.

    A NamedTuple rather than a frozen dataclass: the store builds one per database row, 20 000 a second and more.
    """

    conversation_id: int
    channel_id: str
    thread_id: str
    review_message_id: str
    source: str
    received_at: datetime
    requested_by: str
    masked_counts: dict[str, int]
    approved_at: datetime
    approved_by: str
    model_id: str
    first_model_id: str
    prompt_version: str
    revisions: int
    edit_distance: float | None
    input_tokens: int
    output_tokens: int
    cost_eur: float | None
    review: PseudonymisedText
    first_draft: PseudonymisedText
    approved_text: PseudonymisedText
    overridden_findings: tuple[str, ...] = ()
    """Kinds of the blocking findings the approval overrode (« Approuver quand même »), sorted; none: ()."""
    inspired_by: tuple[int, ...] = ()
    """Conversation ids of the approved threads the model was shown as examples for this thread's drafts."""


@dataclass(frozen=True)
class TrailEntry:
    """One step of a thread's history, from the audit log or from the rows it left (revisions, attempts…)."""

    at: datetime
    actor: str
    kind: str
    details: dict[str, object] = field(default_factory=dict)


class AuditStore(Protocol):
    """What the team-lead views read, aggregated or streamed by the store; every text in it is pseudonymised."""

    def figures(self, scope: AuditScope) -> AuditFigures: ...
    def approved_threads(self, scope: AuditScope, limit: int) -> list[ThreadSummary]: ...
    def waiting(self, channel_id: str | None, limit: int) -> OpenThreads: ...
    def failed(self, channel_id: str | None, limit: int) -> OpenThreads: ...
    def open_threads_of(self, user_id: str, limit: int) -> OpenThreads: ...
    def agents(self, scope: AuditScope) -> list[AgentActivity]: ...
    def weekly(self, scope: AuditScope, origin: datetime) -> list[WeekPoint]: ...
    def export_rows(self, scope: AuditScope) -> Iterator[ExportRow]: ...
    def trail(self, conversation_id: int) -> list[TrailEntry]: ...
    def record_audit(self, event: AuditEvent) -> None: ...
