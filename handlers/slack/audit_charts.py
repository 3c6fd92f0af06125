"""The App Home's slower part, the weekly charts and the agents' activity: computed, drawn and uploaded to Slack at
most once per refresh window for each (channel, period), in the background, then referenced by file id in every
lead's view until the window ends; never one upload per page view, and a page view never waits for a drawing.

A view asked for while the set is missing or stale shows what there is (the previous set, or a word saying the
charts are on their way) at once; when the new set is ready, each view that waited for it is published again.
"""

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
Key = tuple[str | None, int]


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


def in_background(work: Callable[[], None]) -> None:
    threading.Thread(target=work, name="plume-charts", daemon=True).start()


class ChartBoard:
    """Chart sets per (channel, period), fresh for `refresh` seconds; one refresh at a time per key."""

    def __init__(
        self,
        audit: AuditService,
        client: WebClient,
        *,
        refresh: float = REFRESH_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
        start: Callable[[Callable[[], None]], None] = in_background,
        background: bool = True,
    ) -> None:
        """`background=False` computes a missing or stale set before answering (tests that count publishes)."""
        self._audit = audit
        self._client = client
        self._refresh = refresh
        self._monotonic = monotonic
        self._start = start
        self.background = background
        self._sets: dict[Key, ChartSet] = {}
        self._waiting: dict[Key, list[Callable[[ChartSet], None]]] = {}
        self._guard = threading.Lock()

    def charts(
        self, user_id: str, days: int, channel_id: str | None, when_fresh: Callable[[ChartSet], None]
    ) -> ChartSet | None:
        """The set to show now (None before the first one); `when_fresh` is called with a new set if this one is
        missing or stale. AccessRefused (logged by the core) for anyone but a lead."""
        self._audit.require_lead(user_id, Access.HOME, channel_id)
        key = (channel_id, days)
        with self._guard:
            current = self._sets.get(key)
            if current is not None and self._monotonic() - current.made_at < self._refresh:
                return current
            running = key in self._waiting
            if self.background:
                self._waiting.setdefault(key, []).append(when_fresh)
        if not self.background:
            self._renew(user_id, days, channel_id)
            with self._guard:
                return self._sets.get(key)
        if not running:
            self._start(lambda: self._renew(user_id, days, channel_id))
        return current

    def _renew(self, user_id: str, days: int, channel_id: str | None) -> None:
        key = (channel_id, days)
        fresh = None
        try:
            trend = self._audit.trend(user_id, days, channel_id)
            fresh = ChartSet(trend, self._upload(trend), self._monotonic())
        except Exception as error:  # the next view tries again
            log.warning("charts not refreshed (%s)", type(error).__name__)
        with self._guard:
            waiting = self._waiting.pop(key, [])
            if fresh is not None:
                self._sets[key] = fresh
        if fresh is None:
            return
        for notify in waiting:
            try:
                notify(fresh)
            except Exception as error:
                log.warning("view not published again with the charts (%s)", type(error).__name__)

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
