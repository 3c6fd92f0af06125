"""The lead's view in SQL: open threads oldest first, activity per agent, weekly trends, medians by the database."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, case, cast, func, select

from bot.domain import ConversationStatus
from bot.ports.audit import AuditScope
from storage.audit_queries import cohort, thread_columns
from storage.tables import ApprovalRow, ConversationRow, RevisionRow

C, A, R = ConversationRow, ApprovalRow, RevisionRow
Query = Select[*tuple[Any, ...]]

CLOSED = (ConversationStatus.APPROVED.value, "dismissed")
"""A thread waits until it is approved or dismissed ("dismissed" is the status a dismissal will write)."""
FAILED = ConversationStatus.FAILED.value
EXCERPT_CHARS = 160
WEEK_SECONDS = 7 * 86400


def in_charge() -> Any:
    """Who handles a thread: the agent who took it over (« Je m'en occupe »), else the one who brought it."""
    return func.coalesce(C.taken_by, C.requested_by)


def _open_columns() -> tuple[Any, ...]:
    versions = select(func.count()).where(R.conversation_id == C.id).scalar_subquery()
    return (*thread_columns(versions), in_charge(), func.substr(C.review, 1, EXCERPT_CHARS))


def _open(conditions: list[ColumnElement[bool]], limit: int) -> tuple[Query, Query]:
    """The page of open threads, oldest first, and their count."""
    page = (
        select(*_open_columns())
        .select_from(C)
        .outerjoin(A, A.conversation_id == C.id)
        .where(*conditions)
        .order_by(C.created_at, C.id)
        .limit(limit)
    )
    return page, select(func.count()).select_from(C).where(*conditions)


def _channel(channel_id: str | None) -> list[ColumnElement[bool]]:
    return [C.channel_id == channel_id] if channel_id else []


def waiting(channel_id: str | None, limit: int) -> tuple[Query, Query]:
    """Reviews not approved, not dismissed and not failed, whenever they came."""
    return _open([C.status.not_in((*CLOSED, FAILED)), *_channel(channel_id)], limit)


def failed(channel_id: str | None, limit: int) -> tuple[Query, Query]:
    """Threads whose drafting failed and that nobody approved since: someone should look at them."""
    return _open([C.status == FAILED, *_channel(channel_id)], limit)


def open_of(user_id: str, limit: int) -> tuple[Query, Query]:
    """An agent's threads not yet approved nor dismissed (read along ix_conversations_requester)."""
    return _open([in_charge() == user_id, C.status.not_in(CLOSED)], limit)


def epoch(column: Any, dialect: str) -> ColumnElement[float]:
    """Seconds since 1970 of a stored time, computed by the database."""
    if dialect == "postgresql":
        return func.date_part("epoch", column)
    return (func.julianday(column) - 2440587.5) * 86400.0


def _week(column: Any, origin: datetime, dialect: str) -> ColumnElement[int]:
    """The number of the week (0, 1, …) a time falls in, counted from `origin` (never before it)."""
    weeks = (epoch(column, dialect) - origin.timestamp()) / WEEK_SECONDS
    return func.floor(weeks) if dialect == "postgresql" else cast(weeks, Integer)


def _approval_seconds(dialect: str) -> ColumnElement[float]:
    return epoch(A.approved_at, dialect) - epoch(A.review_received_at, dialect)


def _approvals_of(scope: AuditScope) -> list[ColumnElement[bool]]:
    conditions = [A.review_received_at >= scope.since, A.review_received_at < scope.until]
    if scope.channel_id:
        conditions.append(A.channel_id == scope.channel_id)
    return conditions


def approvals_by(key: Any, scope: AuditScope, dialect: str) -> Query:
    """Per value of `key`: the median time to approval, the approvals and the unchanged ones, in one pass.

    The median is the middle row (or the mean of the two middle rows) of each group, found with window functions
    that PostgreSQL and SQLite both have; the middle rows carry their group's counts too.
    """
    seconds = _approval_seconds(dialect)
    unchanged = case((A.edit_distance == 0, 1), else_=0)
    ranked = (
        select(
            key.label("key"),
            seconds.label("seconds"),
            func.row_number().over(partition_by=key, order_by=seconds).label("rank"),
            func.count().over(partition_by=key).label("size"),
            func.sum(unchanged).over(partition_by=key).label("unchanged"),
        )
        .where(*_approvals_of(scope))
        .subquery()
    )
    middle = ranked.c.rank.between((ranked.c.size + 1) // 2, (ranked.c.size + 2) // 2)
    return (
        select(ranked.c.key, func.avg(ranked.c.seconds), func.max(ranked.c.size), func.max(ranked.c.unchanged))
        .where(middle)
        .group_by(ranked.c.key)
    )


def reviews_by_agent(scope: AuditScope) -> Query:
    return select(in_charge(), func.count()).where(*cohort(scope)).group_by(in_charge())


def approvals_by_agent(scope: AuditScope, dialect: str) -> Query:
    return approvals_by(A.user_id, scope, dialect)


def received_by_week(scope: AuditScope, origin: datetime, dialect: str) -> Query:
    week = _week(C.created_at, origin, dialect)
    return select(week, func.count()).where(*cohort(scope)).group_by(week)


def approvals_by_week(scope: AuditScope, origin: datetime, dialect: str) -> Query:
    return approvals_by(_week(A.review_received_at, origin, dialect), scope, dialect)
