"""The team-lead audit, platform-free: figures and threads for App Home, exports, a thread's trail.

Every view and export of other people's threads asks `require_lead` first; a refusal is written to the audit log
before `AccessRefused` is raised (bot/team_leads.py), so the chat adapter only has to say no politely.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TextIO
from zoneinfo import ZoneInfo

from bot.audit_export import ExportFormat, write_rows
from bot.clock import utc_now
from bot.domain import AuditEvent, AuditKind
from bot.ports.audit import (
    AgentActivity,
    AuditFigures,
    AuditScope,
    AuditStore,
    OpenThreads,
    ThreadSummary,
    TrailEntry,
    WeekPoint,
)
from bot.team_leads import Access, LeadGate

log = logging.getLogger(__name__)

PERIODS = (7, 30, 90)
DEFAULT_DAYS = 30
MAX_DAYS = 366
RECENT_THREADS = 10
WAITING_SHOWN = 15
FAILED_SHOWN = 5
OWN_SHOWN = 15
DEFAULT_TIME_ZONE = "Europe/Paris"
_PERIOD = re.compile(r"(\d{1,3})\s*(j|jours?|d|days?)?")


def parse_period(text: str) -> int | None:
    """Days of a period typed after `/plume audit`: '' (30), '7j', '30 jours', '90'; None if it is not one."""
    words = text.strip().lower()
    if not words:
        return DEFAULT_DAYS
    match = _PERIOD.fullmatch(words)
    if match is None or not 1 <= int(match[1]) <= MAX_DAYS:
        return None
    return int(match[1])


def export_bounds(since: str | None, until: str | None, now: datetime) -> tuple[datetime, datetime]:
    """`--since` / `--until` as ISO dates or times (UTC unless an offset is given); a date alone as `--until`
    includes that whole day. Without `--since`, from the beginning; without `--until`, up to now."""

    def read(text: str, option: str) -> tuple[datetime, bool]:
        try:
            value = datetime.fromisoformat(text.strip())
        except ValueError:
            raise ValueError(f"{option} : « {text} » n'est pas une date ISO (AAAA-MM-JJ ou AAAA-MM-JJTHH:MM)") from None
        day_only = len(text.strip()) == 10
        return (value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)), day_only

    start = read(since, "--since")[0] if since else datetime(2000, 1, 1, tzinfo=UTC)
    end = now
    if until:
        end, day_only = read(until, "--until")
        end += timedelta(days=1) if day_only else timedelta(0)
    if end <= start:
        raise ValueError("--until doit être après --since")
    return start, end


def week_start(moment: datetime, zone: ZoneInfo) -> datetime:
    """Monday 00:00, in the team's time zone, of the week `moment` falls in (as a UTC time)."""
    local = moment.astimezone(zone)
    monday = (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    return monday.astimezone(UTC)


@dataclass(frozen=True)
class LeadHome:
    """What a team lead's App Home shows for a period and a channel at each view; `waiting` and `failed` are every
    open thread of the channel, whenever it came (oldest first): a review left waiting for months must not drop out
    of sight. The slower figures (weeks, agents) are a `Trend`."""

    days: int
    scope: AuditScope
    figures: AuditFigures
    threads: list[ThreadSummary]
    waiting: OpenThreads
    failed: OpenThreads


@dataclass(frozen=True)
class Trend:
    """What moves slowly over a period, worth computing once every few minutes rather than per page view: the
    weeks (whole ones: the first starts on the Monday before the period) and the activity of each agent."""

    days: int
    scope: AuditScope
    weeks: tuple[WeekPoint, ...]
    agents: tuple[AgentActivity, ...] = ()


class AuditService:
    """Audit views and exports for team leads."""

    def __init__(
        self,
        store: AuditStore,
        gate: LeadGate,
        *,
        clock: Callable[[], datetime] = utc_now,
        time_zone: ZoneInfo | None = None,
    ) -> None:
        self._store = store
        self._gate = gate
        self._clock = clock
        self.time_zone = time_zone or ZoneInfo(DEFAULT_TIME_ZONE)

    def is_lead(self, user_id: str) -> bool:
        return self._gate.is_lead(user_id)

    def now(self) -> datetime:
        return self._clock()

    def require_lead(self, user_id: str, what: Access, channel_id: str | None = None) -> None:
        self._gate.require(user_id, what, channel_id)

    def scope(self, days: int, channel_id: str | None = None) -> AuditScope:
        """Reviews received in the last `days` days, up to now."""
        now = self._clock()
        return AuditScope(now - timedelta(days=days), now, channel_id or None)

    def lead_home(self, user_id: str, days: int, channel_id: str | None = None) -> LeadHome:
        self.require_lead(user_id, Access.HOME, channel_id)
        scope = self.scope(days, channel_id)
        store = self._store
        return LeadHome(
            days,
            scope,
            store.figures(scope),
            store.approved_threads(scope, RECENT_THREADS),
            store.waiting(scope.channel_id, WAITING_SHOWN),
            store.failed(scope.channel_id, FAILED_SHOWN),
        )

    def trend(self, user_id: str, days: int, channel_id: str | None = None) -> Trend:
        """The weekly trend and the agents of a period, for the charts (a lead's view, like the figures)."""
        self.require_lead(user_id, Access.HOME, channel_id)
        return self.trend_as_operator(self.scope(days, channel_id))

    def trend_as_operator(self, scope: AuditScope) -> Trend:
        """The weekly trend of a scope, whole weeks: `plume audit charts` (trusted like the database it reads)."""
        origin = week_start(scope.since, self.time_zone)
        weekly = AuditScope(origin, scope.until, scope.channel_id)
        weeks, agents = tuple(self._store.weekly(weekly, origin)), tuple(self._store.agents(scope))
        return Trend((scope.until - scope.since).days, weekly, weeks, agents)

    def own_open_threads(self, user_id: str) -> OpenThreads:
        """The threads `user_id` has in charge and not yet approved, oldest first: every agent may see their own."""
        return self._store.open_threads_of(user_id, OWN_SHOWN)

    def trail(self, user_id: str, conversation_id: int) -> list[TrailEntry]:
        self.require_lead(user_id, Access.TRAIL)
        return self._store.trail(conversation_id)

    def trail_as_operator(self, conversation_id: int) -> list[TrailEntry]:
        """`plume audit trail`: the command line is trusted like the database it reads."""
        return self._store.trail(conversation_id)

    def export_as_lead(
        self, user_id: str, scope: AuditScope, out: TextIO, fmt: ExportFormat, workspace_url: str | None
    ) -> int:
        self.require_lead(user_id, Access.EXPORT, scope.channel_id)
        return self._export(user_id, scope, out, fmt, workspace_url)

    def export_as_operator(self, scope: AuditScope, out: TextIO, fmt: ExportFormat, workspace_url: str | None) -> int:
        """`plume audit export`: whoever can read the database and run Plume's command is trusted."""
        return self._export("cli", scope, out, fmt, workspace_url)

    def _export(self, actor: str, scope: AuditScope, out: TextIO, fmt: ExportFormat, workspace_url: str | None) -> int:
        count = write_rows(self._store.export_rows(scope), out, fmt, workspace_url, self.time_zone)
        details: dict[str, object] = {
            "rows": count,
            "format": fmt.value,
            "since": scope.since.isoformat(),
            "until": scope.until.isoformat(),
        }
        if scope.channel_id:
            details["channel"] = scope.channel_id
        self._store.record_audit(AuditEvent(AuditKind.AUDIT_EXPORTED, actor, None, details))
        return count
