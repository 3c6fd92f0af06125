"""The audit's SQL: figures aggregated by the database, thread lists, and the export query, for one scope."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import aliased

from bot.checks.findings import Severity
from bot.ports.audit import AuditScope
from storage.tables import ApprovalRow, ConversationRow, DraftFindingRow, RevisionRow

C, A, R, F = ConversationRow, ApprovalRow, RevisionRow, DraftFindingRow
Query = Select[*tuple[Any, ...]]


def cohort(scope: AuditScope) -> list[ColumnElement[bool]]:
    """Conversations received in the scope."""
    conditions = [C.created_at >= scope.since, C.created_at < scope.until]
    if scope.channel_id:
        conditions.append(C.channel_id == scope.channel_id)
    return conditions


def _of_cohort(
    table: type[ApprovalRow] | type[RevisionRow] | type[DraftFindingRow], scope: AuditScope
) -> list[ColumnElement[bool]]:
    """Approvals or revisions of the conversations received in the scope, by the thread keys they carry."""
    conditions = [table.review_received_at >= scope.since, table.review_received_at < scope.until]
    if scope.channel_id:
        conditions.append(table.channel_id == scope.channel_id)
    return conditions


def reviews(scope: AuditScope) -> Query:
    return select(func.count()).select_from(C).where(*cohort(scope))  # count(*): index-only on PostgreSQL


def approvals_by_model(scope: AuditScope) -> Query:
    """Per approved model: approvals, unchanged ones, sum and count of edit distances, sum of versions."""
    return (
        select(
            A.model_id,
            func.count(),
            func.coalesce(func.sum(case((A.edit_distance == 0, 1), else_=0)), 0),
            func.coalesce(func.sum(A.edit_distance), 0.0),
            func.count(A.edit_distance),
            func.coalesce(func.sum(A.revision_number), 0),
        )
        .where(*_of_cohort(A, scope))
        .group_by(A.model_id)
    )


def revisions_by_model(scope: AuditScope) -> Query:
    """Per model: revisions written, tokens and estimated cost (manual edits come under the agent's own id)."""
    return (
        select(
            R.model_id,
            func.count(),
            func.coalesce(func.sum(R.input_tokens), 0),
            func.coalesce(func.sum(R.output_tokens), 0),
            func.coalesce(func.sum(R.cost_eur), 0.0),
        )
        .where(*_of_cohort(R, scope))
        .group_by(R.model_id)
    )


def revisions_with_findings(scope: AuditScope) -> Query:
    """Revisions of the scope with at least one finding of the checks (index-only: the findings carry the keys)."""
    return select(func.count(func.distinct(F.revision_id))).where(*_of_cohort(F, scope))


def overridden_approvals(scope: AuditScope) -> Query:
    """Approvals of the scope given over blocking findings (« Approuver quand même »), and those findings: the
    scope's few blocking findings, each looked up among approvals by its conversation."""
    approved = and_(A.conversation_id == F.conversation_id, A.revision_id == F.revision_id)
    return (
        select(func.count(func.distinct(A.id)), func.count())
        .select_from(F)
        .join(A, approved)
        .where(*_of_cohort(F, scope), F.severity == Severity.HARD.value)
    )


def median_duration(scope: AuditScope, dialect: str, approvals: int) -> Query:
    """The median time from review to approval, in seconds, computed by the database.

    PostgreSQL has `percentile_cont`; SQLite sorts and reads the one or two middle values (averaged by the caller).
    """
    if dialect == "postgresql":
        seconds = func.date_part("epoch", A.approved_at - A.review_received_at)  # double precision, unlike extract
        return select(func.percentile_cont(0.5).within_group(seconds)).where(*_of_cohort(A, scope))
    duration = (func.julianday(A.approved_at) - func.julianday(A.review_received_at)) * 86400.0
    return (
        select(duration)
        .where(*_of_cohort(A, scope))
        .order_by(duration)
        .offset((approvals - 1) // 2)
        .limit(2 - approvals % 2)
    )


def thread_columns(revisions: Any) -> tuple[Any, ...]:
    """The columns of a ThreadSummary, in order; `revisions` says how to count the thread's versions."""
    return (
        C.id,
        C.channel_id,
        C.thread_id,
        C.review_message_id,
        C.created_at,
        C.requested_by,
        C.status,
        revisions,
        C.model_id,
        A.user_id,
        A.approved_at,
        A.edit_distance,
    )


def approved_threads(scope: AuditScope, limit: int) -> Query:
    """The latest approvals made during the scope, newest first (read backwards along ix_approvals_approved_at)."""
    conditions = [A.approved_at >= scope.since, A.approved_at < scope.until]
    if scope.channel_id:
        conditions.append(A.channel_id == scope.channel_id)
    return (
        select(*thread_columns(A.revision_number))
        .select_from(A)
        .join(C, C.id == A.conversation_id)
        .where(*conditions)
        .order_by(A.approved_at.desc(), A.id.desc())
        .limit(limit)
    )


def export_query(scope: AuditScope) -> Query:
    """One row per approved thread of the scope, columns in ExportRow's order, in the order of an index (so it
    streams: no sort)."""
    first, final, every = aliased(RevisionRow), aliased(RevisionRow), aliased(RevisionRow)

    def total(column: Any, empty: Any) -> Any:
        return select(func.coalesce(func.sum(column), empty)).where(every.conversation_id == C.id).scalar_subquery()

    return (
        select(
            C.id,
            C.channel_id,
            C.thread_id,
            C.review_message_id,
            C.source,
            C.created_at,
            C.requested_by,
            C.masked_counts,
            A.approved_at,
            A.user_id,
            A.model_id,
            first.model_id,
            final.prompt_version,
            A.revision_number,
            A.edit_distance,
            total(every.input_tokens, 0),
            total(every.output_tokens, 0),
            total(every.cost_eur, None),
            C.review,
            first.text,
            final.text,
        )
        .select_from(C)
        .join(A, A.conversation_id == C.id)
        .join(final, final.id == A.revision_id)
        .join(first, and_(first.conversation_id == C.id, first.number == 1))
        .where(*cohort(scope))
        .order_by(C.created_at, C.id)
    )
