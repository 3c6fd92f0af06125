"""The App Home's trend charts: drawn and uploaded to Slack at most once per refresh window for each (channel,
period), then referenced by file id in every lead's view until the window ends; never one upload per page view."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.audit import AuditService, Trend
from bot.charts import Chart, describe, render
from bot.team_leads import Access

log = logging.getLogger(__name__)

REFRESH_SECONDS = 300.0


@dataclass(frozen=True)
class ChartImage:
    """A chart as the view shows it: its title, what it shows in words, and the uploaded file (None: text only)."""

    title: str
    alt_text: str
    file_id: str | None


@dataclass(frozen=True)
class ChartSet:
    trend: Trend
    images: tuple[ChartImage, ...]
    made_at: float


class ChartBoard:
    """Charts per (channel, period), kept for `refresh` seconds; one drawing at a time per key, others wait for it."""

    def __init__(
        self,
        audit: AuditService,
        client: WebClient,
        *,
        refresh: float = REFRESH_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._audit = audit
        self._client = client
        self._refresh = refresh
        self._monotonic = monotonic
        self._sets: dict[tuple[str | None, int], ChartSet] = {}
        self._locks: dict[tuple[str | None, int], threading.Lock] = {}
        self._guard = threading.Lock()

    def charts(self, user_id: str, days: int, channel_id: str | None) -> ChartSet:
        """The charts of a period and channel for a lead (AccessRefused otherwise), drawn again when stale."""
        self._audit.require_lead(user_id, Access.HOME, channel_id)
        key = (channel_id, days)
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            current = self._sets.get(key)
            if current is not None and self._monotonic() - current.made_at < self._refresh:
                return current
            trend = self._audit.trend(user_id, days, channel_id)
            fresh = ChartSet(trend, self._upload(trend), self._monotonic())
            self._sets[key] = fresh
            return fresh

    def _upload(self, trend: Trend) -> tuple[ChartImage, ...]:
        """Draw and upload each chart (private to Plume, shared nowhere); on failure, the text alone."""
        zone = self._audit.time_zone
        try:
            drawn = render(trend.weeks, zone)
        except Exception as error:  # a broken plotting install must not take the whole Home tab down
            log.warning("charts not drawn (%s): text only", type(error).__name__)
            return tuple(ChartImage(title, text, None) for _, title, text in describe(trend.weeks, zone))
        return tuple(ChartImage(chart.title, chart.alt_text, self._file_id(chart)) for chart in drawn)

    def _file_id(self, chart: Chart) -> str | None:
        try:
            answer = self._client.files_upload_v2(content=chart.png, filename=chart.name, title=chart.title)
        except SlackApiError as error:
            log.warning("chart not uploaded (%s): text only", error.response.get("error"))
            return None
        file = answer.get("file") or {}
        return str(file.get("id") or "") or None
