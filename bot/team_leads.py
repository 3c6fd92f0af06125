"""Who leads a team, and the gate every team-lead view passes: a refusal is logged before it is raised."""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.clock import utc_now
from bot.domain import AuditEvent, AuditKind

log = logging.getLogger(__name__)


class Access(enum.StrEnum):
    """What a person who is not a team lead asked for."""

    HOME = "audit_home"
    EXPORT = "audit_export"
    TRAIL = "audit_trail"
    SETTINGS = "settings"
    PIN = "pin_reply"
    """Saving an approved reply as a « réponse type »."""


class AccessRefused(Exception):
    """The person is not a team lead; the refusal is already in the audit log."""

    def __init__(self, what: Access) -> None:
        super().__init__(what.value)
        self.what = what


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


class LeadGate:
    """Lets team leads through; anyone else is refused, and the refusal is written to the audit log first."""

    def __init__(self, leads: TeamLeads, record_audit: Callable[[AuditEvent], None]) -> None:
        self._leads = leads
        self._record_audit = record_audit

    def is_lead(self, user_id: str) -> bool:
        return user_id in self._leads

    def require(self, user_id: str, what: Access, channel_id: str | None = None) -> None:
        """Return if `user_id` is a team lead; else log the refusal in the audit log and raise AccessRefused."""
        if self.is_lead(user_id):
            return
        details: dict[str, object] = {"what": what.value}
        if channel_id:
            details["channel"] = channel_id
        self._record_audit(AuditEvent(AuditKind.ACCESS_REFUSED, user_id, None, details))
        log.info("team-lead access refused to %s (%s)", user_id, what.value)
        raise AccessRefused(what)
