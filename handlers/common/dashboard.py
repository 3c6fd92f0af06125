"""The lead's dashboard in a direct message (`/plume tableau` on Mattermost, `!plume tableau` on Matrix): its
sections as plain lines, each platform marking them up its own way. `escape` makes a name or an excerpt inert in
that platform's markup (identity where the renderer escapes everything, as Matrix's HTML builder does)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.audit import LeadHome, Trend
from bot.charts import describe
from bot.ports.audit import AgentActivity, OpenThreads, ThreadSummary
from handlers.common.figures import THREAD_STATUS, check_figures, decimal, euros, excerpt, number, share
from handlers.common.wording import duration

AGENTS_SHOWN = 15
DASHBOARD_TITLE = "📊 Tableau de bord Plume : les {days} derniers jours"
AGENT_HEADERS = ("Agent", "Avis suivis", "Approbations", "Délai médian", "Sans modification")
Names = Callable[[str], str]
"""A user's name from their id (never a mention: naming someone in the lead's DM must not ping them)."""
Escape = Callable[[str], str]


@dataclass(frozen=True)
class Section:
    """A titled part of the dashboard: lines of text, or a table (`AGENT_HEADERS` then `rows`; None: no table), or
    named figures (`pairs`: a name to stress, then its text), then closing lines."""

    title: str
    lines: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] | None = None
    pairs: tuple[tuple[str, str], ...] = ()
    after: tuple[str, ...] = ()


def _open_line(thread: ThreadSummary, now: datetime, zone: ZoneInfo, name: Names, escape: Escape) -> str:
    waited = duration(max(0.0, (now - thread.received_at).total_seconds()))
    state = THREAD_STATUS.get(thread.status, thread.status)
    received = thread.received_at.astimezone(zone)
    line = (
        f"- reçu le {received:%d/%m/%Y à %H:%M} · attend depuis {waited} · suivi par {escape(name(thread.in_charge))}"
        f" · {state}"
    )
    quoted = excerpt(thread.excerpt)
    return line + (f"\n  « {escape(quoted)} »" if quoted else "")


def _open_section(
    title: str, found: OpenThreads, now: datetime, zone: ZoneInfo, name: Names, escape: Escape
) -> Section:
    lines = [_open_line(thread, now, zone, name, escape) for thread in found.threads]
    if not found.threads:
        lines.append("Aucun avis en attente : tout est approuvé.")
    elif found.total > len(found.threads):
        lines.append(f"- … et {number(found.total - len(found.threads))} de plus, les plus récents.")
    return Section(f"{title} ({number(found.total)})", tuple(lines))


def _agent_cells(agent: AgentActivity, name: Names, escape: Escape) -> tuple[str, ...]:
    return (
        escape(name(agent.user_id)),
        number(agent.reviews),
        number(agent.approvals),
        duration(agent.median_seconds_to_approval),
        share(agent.unchanged_share),
    )


def dashboard_sections(
    home: LeadHome, trend: Trend, zone: ZoneInfo, name: Names, escape: Escape, *, charts: bool
) -> list[Section]:
    """What waits and what failed, the period's figures, who does what, per model, and the weekly trend in words."""
    now, figures = home.scope.until, home.figures
    sections = [_open_section("⏳ Avis en attente, les plus anciens d'abord", home.waiting, now, zone, name, escape)]
    if home.failed.total:
        sections.append(_open_section("⚠️ Échecs à examiner", home.failed, now, zone, name, escape))
    more = len(trend.agents) - AGENTS_SHOWN
    sections += [
        Section(
            "Chiffres de la période",
            (
                f"- Avis reçus : {number(figures.reviews)} · réponses approuvées : {number(figures.approvals)} "
                f"({share(figures.approval_rate)}) · délai médian : {duration(figures.median_seconds_to_approval)}",
                f"- Approuvées sans modification : {share(figures.unchanged_share)} · coût estimé : "
                f"{euros(figures.cost_eur)}",
                "- " + " · ".join(f"{name} : {value}" for name, value in check_figures(figures.checks)),
            ),
        ),
        Section(
            "Activité par agent",
            rows=tuple(_agent_cells(agent, name, escape) for agent in trend.agents[:AGENTS_SHOWN]),
            after=(f"… et {number(more)} autres : le détail est dans l'export.",) if more > 0 else (),
        ),
        Section(
            "Modèles",
            tuple(
                f"- {escape(item.model_id)} : {number(item.approvals)} approbations, distance d'édition "
                f"{decimal(item.mean_edit_distance, 2)}, coût {euros(item.cost_eur)}"
                for item in figures.models
            ),
        ),
        Section(
            "Tendances par semaine" + (" (graphiques joints)" if charts else ""),
            pairs=tuple((title, text) for _, title, text in describe(trend.weeks, zone)),
        ),
    ]
    return sections
