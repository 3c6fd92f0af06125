"""A thread's whole history: the audit log merged with the rows the conversation left behind."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from bot.ports.audit import TrailEntry
from storage.tables import ApprovalRow, AuditEventRow, InstructionRow, ModelAttemptRow, RevisionRow

# Several rows of one transaction share a time: show them in the order they happened.
_RANK = {"review_received": 0, "instruction": 1, "model_attempt": 2, "revision": 3, "approved": 9}


def trail_entries(connection: Connection, conversation_id: int) -> list[TrailEntry]:
    """Every step of a conversation, oldest first; texts are the pseudonymised ones the store holds."""
    entries = [
        TrailEntry(row.at, row.actor, row.kind, dict(row.details))
        for row in connection.execute(
            select(AuditEventRow).where(AuditEventRow.conversation_id == conversation_id).order_by(AuditEventRow.id)
        )
    ]
    entries += [
        TrailEntry(row.created_at, row.user_id, "instruction", {"text": row.text})
        for row in connection.execute(
            select(InstructionRow).where(InstructionRow.conversation_id == conversation_id).order_by(InstructionRow.id)
        )
    ]
    entries += [
        TrailEntry(row.created_at, "plume", "model_attempt", _attempt(row))
        for row in connection.execute(
            select(ModelAttemptRow)
            .where(ModelAttemptRow.conversation_id == conversation_id)
            .order_by(ModelAttemptRow.id)
        )
    ]
    entries += [
        TrailEntry(row.created_at, row.author_user_id or "plume", "revision", _revision(row))
        for row in connection.execute(
            select(RevisionRow).where(RevisionRow.conversation_id == conversation_id).order_by(RevisionRow.number)
        )
    ]
    approval = connection.execute(select(ApprovalRow).where(ApprovalRow.conversation_id == conversation_id)).first()
    if approval is not None:
        for index, entry in enumerate(entries):
            if entry.kind == "approved":
                entries[index] = TrailEntry(
                    entry.at, entry.actor, entry.kind, {**entry.details, "edit_distance": approval.edit_distance}
                )
    order = {id(entry): position for position, entry in enumerate(entries)}
    return sorted(entries, key=lambda entry: (entry.at, _RANK.get(entry.kind, 5), order[id(entry)]))


def _attempt(row: Any) -> dict[str, object]:
    return {
        "job": row.job_id,
        "model": row.model_id,
        "latency_ms": row.latency_ms,
        "input_tokens": row.input_tokens,
        "output_tokens": row.output_tokens,
        "error": row.error,
    }


def _revision(row: Any) -> dict[str, object]:
    return {
        "number": row.number,
        "kind": row.kind,
        "model": row.model_id,
        "prompt_version": row.prompt_version,
        "prompt_hash": row.prompt_hash,
        "latency_ms": row.latency_ms,
        "input_tokens": row.input_tokens,
        "output_tokens": row.output_tokens,
        "cost_eur": row.cost_eur,
        "instruction_id": row.instruction_id,
        "text": row.text,
        "sources": list(row.grounding_sources or []),
    }
