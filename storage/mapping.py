"""Conversions between table rows and the core's plain values."""

from __future__ import annotations

from datetime import datetime

from bot.domain import (
    Approval,
    AuditEvent,
    Conversation,
    ConversationStatus,
    Instruction,
    IntakeSource,
    Job,
    JobKind,
    Platform,
    PseudonymisedText,
    Revision,
    RevisionKind,
)
from storage.tables import ApprovalRow, AuditEventRow, ConversationRow, InstructionRow, JobRow, RevisionRow


def conversation_of(row: ConversationRow) -> Conversation:
    return Conversation(
        id=row.id,
        platform=Platform(row.platform),
        team_id=row.team_id,
        channel_id=row.channel_id,
        review_message_id=row.review_message_id,
        thread_id=row.thread_id,
        source=IntakeSource(row.source),
        requested_by=row.requested_by,
        review=PseudonymisedText(row.review),
        masked_counts={str(key): int(value) for key, value in row.masked_counts.items()},
        status=ConversationStatus(row.status),
        model_id=row.model_id,
        created_at=row.created_at,
        taken_by=row.taken_by,
    )


def revision_of(row: RevisionRow) -> Revision:
    return Revision(
        id=row.id,
        conversation_id=row.conversation_id,
        number=row.number,
        kind=RevisionKind(row.kind),
        model_id=row.model_id,
        prompt_version=row.prompt_version,
        prompt_hash=row.prompt_hash,
        text=PseudonymisedText(row.text),
        message_id=row.message_id,
        input_tokens=row.input_tokens,
        output_tokens=row.output_tokens,
        latency_ms=row.latency_ms,
        created_at=row.created_at,
        author_user_id=row.author_user_id,
        instruction_id=row.instruction_id,
        cost_eur=row.cost_eur,
        sources=tuple(int(source) for source in row.grounding_sources or ()),
    )


def instruction_of(row: InstructionRow) -> Instruction:
    return Instruction(row.id, row.conversation_id, row.user_id, PseudonymisedText(row.text))


def job_of(row: JobRow) -> Job:
    return Job(
        id=row.id,
        kind=JobKind(row.kind),
        conversation_id=row.conversation_id,
        model_id=row.model_id,
        attempts=row.attempts,
        message_id=row.message_id,
        worker=row.worker or "",
        instruction_id=row.instruction_id,
        revision_id=row.revision_id,
    )


def approval_of(row: ApprovalRow) -> Approval:
    return Approval(row.conversation_id, row.revision_id, row.user_id, row.model_id, row.approved_at)


def audit_row(event: AuditEvent, at: datetime, conversation_id: int | None = None) -> AuditEventRow:
    return AuditEventRow(
        conversation_id=conversation_id if conversation_id is not None else event.conversation_id,
        kind=event.kind.value,
        actor=event.actor,
        at=at,
        details=dict(event.details),
    )
