"""SQLAlchemy 2 typed tables: texts pseudonymised, vault values encrypted, the audit log append-only."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

PLATFORM_ID = 255
"""Room, user, message and thread ids of every platform fit: Slack's are ~11 characters, Mattermost's 26, Matrix's
40 to 80 and more (the spec allows 255)."""


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcDateTime, dict[str, Any]: JSON}


class ConversationRow(Base):
    __tablename__ = "conversations"
    __table_args__ = (
        UniqueConstraint("channel_id", "review_message_id", name="uq_conversations_review_message"),
        Index("ix_conversations_thread", "channel_id", "thread_id"),
        Index("ix_conversations_created", "created_at"),  # audit periods, retention
        Index("ix_conversations_channel_created", "channel_id", "created_at"),  # audit of one channel
        Index("ix_conversations_requester", "requested_by", "created_at"),  # an agent's own threads
        Index("ix_conversations_status", "status", "created_at"),  # open threads of the lead's view (0008)
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16), server_default="slack")
    team_id: Mapped[str] = mapped_column(String(PLATFORM_ID))
    channel_id: Mapped[str] = mapped_column(String(PLATFORM_ID))
    review_message_id: Mapped[str] = mapped_column(String(PLATFORM_ID))
    thread_id: Mapped[str] = mapped_column(String(PLATFORM_ID))
    source: Mapped[str] = mapped_column(String(16))
    requested_by: Mapped[str] = mapped_column(String(PLATFORM_ID))
    taken_by: Mapped[str | None] = mapped_column(String(PLATFORM_ID))  # « Je m'en occupe » (0009)
    review: Mapped[str] = mapped_column(Text)
    masked_counts: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(16))
    model_id: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class VaultRow(Base):
    __tablename__ = "vaults"

    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    expires_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1, server_default="1")


# The audit aggregates revisions and approvals by the channel and the reception time of their thread. Both are
# copied from the conversation when the row is written (they never change), and covering indexes let the figures
# of 100 000 threads be read from the indexes alone, without touching the wide rows that hold the texts.
EPOCH = "1970-01-01 00:00:00+00:00"  # only for rows that predate migration 0003, which fills them in
_REVISION_USAGE = ("model_id", "input_tokens", "output_tokens", "cost_eur")
_APPROVAL_FACTS = ("model_id", "edit_distance", "revision_number", "approved_at")
_FINDING_FACTS = ("severity", "revision_id", "conversation_id")


class RevisionRow(Base):
    __tablename__ = "revisions"
    __table_args__ = (
        UniqueConstraint("conversation_id", "number", name="uq_revisions_number"),
        Index("ix_revisions_audit", "review_received_at", "channel_id", *_REVISION_USAGE),
        Index("ix_revisions_audit_channel", "channel_id", "review_received_at", *_REVISION_USAGE),
        Index("ix_revisions_message", "message_id"),  # a reaction or a callback names only the message
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    number: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    model_id: Mapped[str] = mapped_column(String(128))
    prompt_version: Mapped[str] = mapped_column(String(64))
    prompt_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str | None] = mapped_column(String(PLATFORM_ID))
    input_tokens: Mapped[int | None]
    output_tokens: Mapped[int | None]
    latency_ms: Mapped[int]
    created_at: Mapped[datetime]
    author_user_id: Mapped[str | None] = mapped_column(String(PLATFORM_ID))
    instruction_id: Mapped[int | None] = mapped_column(
        ForeignKey("instructions.id", ondelete="SET NULL", name="fk_revisions_instruction")
    )
    cost_eur: Mapped[float | None]
    channel_id: Mapped[str] = mapped_column(String(PLATFORM_ID), server_default="")  # the conversation's, for the audit
    review_received_at: Mapped[datetime] = mapped_column(server_default=EPOCH)  # the conversation's created_at
    grounding_sources: Mapped[list[int] | None] = mapped_column(JSON)  # example ids shown to the model (0012)


class InstructionRow(Base):
    """An agent's reply in a thread, pseudonymised; one row per Slack message."""

    __tablename__ = "instructions"
    __table_args__ = (UniqueConstraint("channel_id", "message_id", name="uq_instructions_message"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    channel_id: Mapped[str] = mapped_column(String(PLATFORM_ID))
    message_id: Mapped[str] = mapped_column(String(PLATFORM_ID))
    user_id: Mapped[str] = mapped_column(String(PLATFORM_ID))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class ModelAttemptRow(Base):
    """One call to a model: latency, tokens, and the error class when it failed."""

    __tablename__ = "model_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    model_id: Mapped[str] = mapped_column(String(128))
    latency_ms: Mapped[int]
    input_tokens: Mapped[int | None]
    output_tokens: Mapped[int | None]
    error: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]


class ApprovalRow(Base):
    __tablename__ = "approvals"
    __table_args__ = (
        UniqueConstraint("conversation_id", name="uq_approvals_conversation"),
        Index("ix_approvals_approved_at", "approved_at"),  # latest approved threads
        Index("ix_approvals_audit", "review_received_at", "channel_id", *_APPROVAL_FACTS),
        Index("ix_approvals_audit_channel", "channel_id", "review_received_at", *_APPROVAL_FACTS),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    revision_id: Mapped[int] = mapped_column(ForeignKey("revisions.id", ondelete="CASCADE"))
    user_id: Mapped[str] = mapped_column(String(PLATFORM_ID))
    model_id: Mapped[str] = mapped_column(String(128))
    approved_at: Mapped[datetime]
    edit_distance: Mapped[float | None]  # normalised Levenshtein, first draft -> approved text (bot.text_distance)
    revision_number: Mapped[int] = mapped_column(server_default="1")  # versions the thread went through
    channel_id: Mapped[str] = mapped_column(String(PLATFORM_ID), server_default="")  # the conversation's, for the audit
    review_received_at: Mapped[datetime] = mapped_column(server_default=EPOCH)  # the conversation's created_at


class ChannelSettingsRow(Base):
    """A channel's settings, set by a team lead; each save is also in the audit log, with the new values."""

    __tablename__ = "channel_settings"
    __table_args__ = (PrimaryKeyConstraint("channel_id", name="pk_channel_settings"),)

    channel_id: Mapped[str] = mapped_column(String(PLATFORM_ID))
    structure_name: Mapped[str] = mapped_column(String(150), default="", server_default="")
    signature: Mapped[str] = mapped_column(Text, default="", server_default="")
    politeness: Mapped[str] = mapped_column(String(300), default="", server_default="")
    ai_disclosure: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    ai_disclosure_text: Mapped[str] = mapped_column(String(300), default="", server_default="")
    default_model: Mapped[str | None] = mapped_column(String(128))
    grounding: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())  # 0012
    updated_by: Mapped[str] = mapped_column(String(PLATFORM_ID))
    updated_at: Mapped[datetime]
    public_replies: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 0011
    min_words: Mapped[int | None]
    max_words: Mapped[int | None]
    greeting_required: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class DraftFindingRow(Base):
    """One finding of the checks on a revision (kind, severity, span; its line quotes placeholders, never values)."""

    __tablename__ = "draft_findings"
    __table_args__ = (
        PrimaryKeyConstraint("id", name="pk_draft_findings"),
        Index("ix_draft_findings_revision", "revision_id", "severity"),
        Index("ix_draft_findings_audit", "review_received_at", "channel_id", *_FINDING_FACTS),
        Index("ix_draft_findings_audit_channel", "channel_id", "review_received_at", *_FINDING_FACTS),
    )

    id: Mapped[int] = mapped_column(Integer)
    revision_id: Mapped[int] = mapped_column(
        ForeignKey("revisions.id", ondelete="CASCADE", name="fk_draft_findings_revision")
    )
    conversation_id: Mapped[int]  # the revision's, with its thread's keys, for the audit (covering indexes)
    channel_id: Mapped[str] = mapped_column(String(PLATFORM_ID), server_default="")
    review_received_at: Mapped[datetime] = mapped_column(server_default=EPOCH)
    kind: Mapped[str] = mapped_column(String(16))
    severity: Mapped[str] = mapped_column(String(8))
    span_start: Mapped[int]
    span_end: Mapped[int]
    message: Mapped[str] = mapped_column(Text)


class GroundingExampleRow(Base):
    """An approved thread kept as an example for its channel (migration 0012): review and reply pseudonymised.

    Searched by SQLite's FTS5 table `grounding_examples_fts` (French stems of review and reply apart) or PostgreSQL's
    generated `search` tsvector (to_tsvector('french', …), reply weighted A, review D; GIN): made by 0012 and 0013.
    """

    __tablename__ = "grounding_examples"
    __table_args__ = (
        UniqueConstraint("conversation_id", name="uq_grounding_examples_conversation"),
        Index("ix_grounding_examples_pinned", "channel_id", "pinned_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(16))
    team_id: Mapped[str] = mapped_column(String(PLATFORM_ID))
    channel_id: Mapped[str] = mapped_column(String(PLATFORM_ID))
    thread_id: Mapped[str] = mapped_column(String(PLATFORM_ID))
    review: Mapped[str] = mapped_column(Text)
    reply: Mapped[str] = mapped_column(Text)
    approved_at: Mapped[datetime]
    title: Mapped[str | None] = mapped_column(String(150))
    pinned_by: Mapped[str | None] = mapped_column(String(PLATFORM_ID))
    pinned_at: Mapped[datetime | None]


class RateBudgetRow(Base):
    """A chat platform's rate budget shared by every process (GCRA: the time of the next free turn, epoch s)."""

    __tablename__ = "rate_budgets"
    __table_args__ = (PrimaryKeyConstraint("key", name="pk_rate_budgets"),)

    key: Mapped[str] = mapped_column(String(PLATFORM_ID))
    tat: Mapped[float] = mapped_column(Float(precision=53))


class AuditEventRow(Base):
    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_conversation", "conversation_id"),
        Index("ix_audit_events_at", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int | None]
    kind: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(PLATFORM_ID))
    at: Mapped[datetime]
    details: Mapped[dict[str, Any]]


class JobRow(Base):
    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_ready", "status", "run_after"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    model_id: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(default=0)
    run_after: Mapped[datetime]
    lease_until: Mapped[datetime | None]
    worker: Mapped[str | None] = mapped_column(String(64))
    message_id: Mapped[str | None] = mapped_column(String(PLATFORM_ID))
    revision_id: Mapped[int | None]  # the revision this job produced, while it waits to be shown (migration 0005)
    last_error: Mapped[str | None] = mapped_column(String(128))
    instruction_id: Mapped[int | None] = mapped_column(
        ForeignKey("instructions.id", ondelete="SET NULL", name="fk_jobs_instruction")
    )
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class InboxRow(Base):
    """An event stored before its ack (migration 0006; kinds: 0010): its whole content sealed with the vault key,
    never in clear.

    Deleted once intake has made it a conversation (or refused it); a row whose lease has expired belongs to a
    process that died after the ack, and another process takes it.
    """

    __tablename__ = "inbox"
    __table_args__ = (UniqueConstraint("platform", "channel_id", "message_id", name="uq_inbox_message"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    channel_id: Mapped[str] = mapped_column(String(PLATFORM_ID))
    message_id: Mapped[str] = mapped_column(String(PLATFORM_ID))
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime]
    worker: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(16), default="review", server_default="review")
    """What the sealed content is (migration 0010): a review, an instruction, a form (bot/inbox_letters.py)."""
    posted_id: Mapped[str | None] = mapped_column(String(PLATFORM_ID))
    """A form's review, once posted in the channel: that message, reused if the form is taken in again."""
