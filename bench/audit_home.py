"""The lead's App Home as a page view costs it, and the charts as a refresh costs them, on a seeded store.

A page view: every query of `AuditService.lead_home` (figures, latest approvals, waiting and failed threads) and the
Block Kit view built from it, charts referenced by file id (a page view never draws: it shows the current charts,
or the previous ones while new ones are drawn). A refresh, in the background, at most once per 5 minutes per
(channel, period): `AuditService.trend` (weeks and agents) and the three PNGs drawn (the upload to Slack is network
time, not measured here).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.audit import AuditService
from bot.charts import render
from bot.models.registry import parse_model_id
from bot.team_leads import LeadGate, TeamLeads
from handlers.slack.audit_blocks import lead_home_view
from handlers.slack.audit_charts import ChartImage, ChartSet
from storage.audit_store import SqlAuditStore

LEAD = "ULEAD"
CHOICES = tuple(parse_model_id(model) for model in ("mistral:mistral-small-latest", "albert:albert-large"))
PERIODS = ((90, None), (30, None), (7, None), (90, "C00000003"))


def _timings(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and 95th percentile in ms, after one warm-up run."""
    action()
    taken = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        taken.append((time.perf_counter() - started) * 1000)
    taken.sort()
    return statistics.median(taken), taken[min(len(taken) - 1, round(0.95 * (len(taken) - 1)))]


def measure_home(store: SqlAuditStore, now: datetime, runs: int) -> None:
    zone = ZoneInfo("Europe/Paris")
    audit = AuditService(store, LeadGate(TeamLeads(frozenset({LEAD})), store.record_audit), clock=lambda: now)
    started = time.perf_counter()
    render([], zone)  # the first chart pays matplotlib's import, once per process
    print(f"   matplotlib import and first (empty) chart: {(time.perf_counter() - started) * 1000:.0f} ms")
    print(f"   App Home with charts, {runs} runs (median / p95):")
    for days, channel in PERIODS:
        trend = audit.trend(LEAD, days, channel)
        drawn = render(trend.weeks, zone)
        charts = ChartSet(trend, tuple(ChartImage(c.title, c.alt_text, f"F{n}") for n, c in enumerate(drawn)), 0.0)

        def page_view(days: int = days, channel: str | None = channel, charts: ChartSet = charts) -> object:
            return lead_home_view(audit.lead_home(LEAD, days, channel), CHOICES, "https://x.slack.com/", charts)

        def refresh(days: int = days, channel: str | None = channel) -> object:
            return render(audit.trend(LEAD, days, channel).weeks, zone)

        view_median, view_p95 = _timings(page_view, runs)
        chart_median, chart_p95 = _timings(refresh, max(1, runs // 3))
        where = f"{days} days, {'one channel' if channel else 'all channels'}"
        print(
            f"     {where:<24} page view {view_median:7.1f} / {view_p95:7.1f} ms · "
            f"charts refresh in the background ({len(trend.weeks)} weeks, agents, 3 PNG) "
            f"{chart_median:7.1f} / {chart_p95:7.1f} ms"
        )
