"""The team-lead audit, platform-free: who is a lead, figures and threads for App Home, exports, channel settings.

Every view and export of other people's threads asks `require_lead` first; a refusal is written to the audit log
before `AccessRefused` is raised, so the chat adapter only has to say no politely.
"""

from __future__ import annotations

import enum
import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TextIO

from bot.audit_export import ExportFormat, write_rows
from bot.audit_port import AuditFigures, AuditScope, AuditStore, ThreadSummary, TrailEntry
from bot.clock import utc_now
from bot.domain import AuditEvent, AuditKind, ChannelSettings
from bot.models.registry import ModelChoice

log = logging.getLogger(__name__)

PERIODS = (7, 30, 90)
DEFAULT_DAYS = 30
MAX_DAYS = 366
RECENT_THREADS = 10
LIMITS = {"structure_name": 150, "signature": 500, "politeness": 300, "ai_disclosure_text": 300}
SETTING_FIELDS = ("structure_name", "signature", "politeness", "ai_disclosure", "ai_disclosure_text", "default_model")
_PERIOD = re.compile(r"(\d{1,3})\s*(j|jours?|d|days?)?")


class Access(enum.StrEnum):
    """What a person who is not a team lead asked for."""

    HOME = "audit_home"
    EXPORT = "audit_export"
    TRAIL = "audit_trail"
    SETTINGS = "settings"


class AccessRefused(Exception):
    """The person is not a team lead; the refusal is already in the audit log."""


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


class TeamLeads:
    """PLUME_TEAM_LEADS, plus the members of a user group read through `members` and kept a few minutes."""

    def __init__(
        self,
        users: frozenset[str],
        group: str = "",
        members: Callable[[str], frozenset[str]] | None = None,
        *,
        ttl_seconds: float = 300.0,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._users = users
        self._group = group.strip()
        self._members = members
        self._ttl = timedelta(seconds=ttl_seconds)
        self._clock = clock
        self._lock = threading.Lock()
        self._cached: tuple[datetime, frozenset[str]] | None = None

    def __contains__(self, user_id: object) -> bool:
        return user_id in self._users or (bool(self._group) and user_id in self._group_members())

    def _group_members(self) -> frozenset[str]:
        now = self._clock()
        with self._lock:
            if self._cached is not None and self._cached[0] > now:
                return self._cached[1]
        if self._members is None:
            return frozenset()
        try:
            found, keep = self._members(self._group), self._ttl
        except Exception as error:  # Slack unreachable or the group unknown: nobody gains rights by it
            log.warning("team-lead group %s could not be read (%s)", self._group, type(error).__name__)
            found, keep = frozenset(), min(self._ttl, timedelta(seconds=30))
        with self._lock:
            self._cached = (now + keep, found)
        return found


@dataclass(frozen=True)
class LeadHome:
    """What a team lead's App Home shows for a period and a channel."""

    days: int
    scope: AuditScope
    figures: AuditFigures
    threads: list[ThreadSummary]


class AuditService:
    """Audit views and exports for team leads, and the channel settings they edit."""

    def __init__(
        self,
        store: AuditStore,
        leads: TeamLeads,
        models: Sequence[ModelChoice],
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._store = store
        self._leads = leads
        self.models = tuple(models)
        self._clock = clock

    def is_lead(self, user_id: str) -> bool:
        return user_id in self._leads

    def require_lead(self, user_id: str, what: Access, channel_id: str | None = None) -> None:
        """Return if `user_id` is a team lead; else log the refusal in the audit log and raise AccessRefused."""
        if self.is_lead(user_id):
            return
        details: dict[str, object] = {"what": what.value}
        if channel_id:
            details["channel"] = channel_id
        self._store.record_audit(AuditEvent(AuditKind.ACCESS_REFUSED, user_id, None, details))
        log.info("audit access refused to %s (%s)", user_id, what.value)
        raise AccessRefused(what.value)

    def scope(self, days: int, channel_id: str | None = None) -> AuditScope:
        """Reviews received in the last `days` days, up to now."""
        now = self._clock()
        return AuditScope(now - timedelta(days=days), now, channel_id or None)

    def lead_home(self, user_id: str, days: int, channel_id: str | None = None) -> LeadHome:
        self.require_lead(user_id, Access.HOME, channel_id)
        scope = self.scope(days, channel_id)
        return LeadHome(days, scope, self._store.figures(scope), self._store.approved_threads(scope, RECENT_THREADS))

    def own_threads(self, user_id: str) -> list[ThreadSummary]:
        """The latest threads `user_id` started: every agent may see their own."""
        return self._store.threads_of(user_id, RECENT_THREADS)

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
        count = write_rows(self._store.export_rows(scope), out, fmt, workspace_url)
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

    def settings_for(self, channel_id: str) -> ChannelSettings | None:
        """A channel's settings, for drafting; no role needed."""
        return self._store.get_channel_settings(channel_id)

    def model_for(self, channel_id: str) -> str | None:
        """The channel's default model if it is still offered; None lets the service use Plume's default."""
        settings = self._store.get_channel_settings(channel_id)
        offered = {choice.id for choice in self.models}
        return settings.default_model if settings and settings.default_model in offered else None

    def open_settings(self, user_id: str, channel_id: str) -> ChannelSettings:
        """The channel's settings, for a team lead to edit."""
        self.require_lead(user_id, Access.SETTINGS, channel_id)
        return self._store.get_channel_settings(channel_id) or ChannelSettings(channel_id)

    def save_settings(self, user_id: str, wanted: ChannelSettings) -> ChannelSettings:
        """Store a team lead's settings (texts trimmed, an unknown model dropped) and log which fields changed."""
        self.require_lead(user_id, Access.SETTINGS, wanted.channel_id)
        before = self._store.get_channel_settings(wanted.channel_id) or ChannelSettings(wanted.channel_id)
        offered = {choice.id for choice in self.models}
        settings = replace(
            wanted,
            structure_name=wanted.structure_name.strip()[: LIMITS["structure_name"]],
            signature=wanted.signature.strip()[: LIMITS["signature"]],
            politeness=wanted.politeness.strip()[: LIMITS["politeness"]],
            ai_disclosure_text=wanted.ai_disclosure_text.strip()[: LIMITS["ai_disclosure_text"]],
            default_model=wanted.default_model if wanted.default_model in offered else None,
            updated_by=user_id,
            updated_at=self._clock(),
        )
        changed = [name for name in SETTING_FIELDS if getattr(before, name) != getattr(settings, name)]
        audit = AuditEvent(
            AuditKind.SETTINGS_CHANGED, user_id, None, {"channel": wanted.channel_id, "changed": changed}
        )
        self._store.save_channel_settings(settings, audit)
        return settings
