"""`/plume tableau` on Mattermost: the lead's view as one direct message, in Markdown, with the weekly charts
attached as PNG files (their figures are in the text too, for clients that do not show images)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.audit import LeadHome, Trend
from bot.charts import describe
from bot.ports.audit import AgentActivity, OpenThreads, ThreadSummary
from handlers.common.figures import THREAD_STATUS, decimal, euros, excerpt, number, share
from handlers.common.wording import duration
from handlers.mattermost import phrases

AGENTS_SHOWN = 15
MAX_MESSAGE = 16_000  # Mattermost's default post limit is 16 383 characters
Names = Callable[[str], str]
"""A user's name from their id (@-less: naming someone in the lead's DM must not ping them)."""


def escape(text: str) -> str:
    """A review excerpt shown as text: no emphasis, link, mention or table of its own (a placeholder's brackets
    stay: without a parenthesis after them they make no link)."""
    for char in "\\*_`()#|>~@<":
        text = text.replace(char, "\\" + char)
    return text


def _open_line(thread: ThreadSummary, now: datetime, zone: ZoneInfo, name: Names) -> str:
    waited = duration(max(0.0, (now - thread.received_at).total_seconds()))
    state = THREAD_STATUS.get(thread.status, thread.status)
    received = thread.received_at.astimezone(zone)
    line = (
        f"- reçu le {received:%d/%m/%Y à %H:%M} · attend depuis {waited} · suivi par {escape(name(thread.in_charge))}"
        f" · {state}"
    )
    quoted = excerpt(thread.excerpt)
    return line + (f"\n  « {escape(quoted)} »" if quoted else "")


def _open_section(title: str, found: OpenThreads, now: datetime, zone: ZoneInfo, name: Names) -> list[str]:
    lines = [f"#### {title} ({number(found.total)})"]
    lines += [_open_line(thread, now, zone, name) for thread in found.threads]
    if not found.threads:
        lines.append("Aucun avis en attente : tout est approuvé.")
    elif found.total > len(found.threads):
        lines.append(f"- … et {number(found.total - len(found.threads))} de plus, les plus récents.")
    return lines


def _agent_row(agent: AgentActivity, name: Names) -> str:
    return (
        f"| {escape(name(agent.user_id))} | {number(agent.reviews)} | {number(agent.approvals)} | "
        f"{duration(agent.median_seconds_to_approval)} | {share(agent.unchanged_share)} |"
    )


def dashboard_message(home: LeadHome, trend: Trend, zone: ZoneInfo, name: Names, *, charts: bool) -> str:
    """What waits and what failed, the period's figures, who does what, per model, and the weekly trend in words."""
    now, figures = home.scope.until, home.figures
    lines = [
        phrases.DASHBOARD_TITLE.format(days=home.days),
        *_open_section("⏳ Avis en attente, les plus anciens d'abord", home.waiting, now, zone, name),
    ]
    if home.failed.total:
        lines += _open_section("⚠️ Échecs à examiner", home.failed, now, zone, name)
    lines += [
        "#### Chiffres de la période",
        f"- Avis reçus : {number(figures.reviews)} · réponses approuvées : {number(figures.approvals)} "
        f"({share(figures.approval_rate)}) · délai médian : {duration(figures.median_seconds_to_approval)}",
        f"- Approuvées sans modification : {share(figures.unchanged_share)} · coût estimé : {euros(figures.cost_eur)}",
        "#### Activité par agent",
        "| Agent | Avis suivis | Approbations | Délai médian | Sans modification |",
        "|---|---:|---:|---:|---:|",
        *[_agent_row(agent, name) for agent in trend.agents[:AGENTS_SHOWN]],
    ]
    if len(trend.agents) > AGENTS_SHOWN:
        lines.append(f"… et {number(len(trend.agents) - AGENTS_SHOWN)} autres : le détail est dans l'export.")
    lines.append("#### Modèles")
    lines += [
        f"- {escape(item.model_id)} : {number(item.approvals)} approbations, distance d'édition "
        f"{decimal(item.mean_edit_distance, 2)}, coût {euros(item.cost_eur)}"
        for item in figures.models
    ]
    lines.append("#### Tendances par semaine" + (" (graphiques joints)" if charts else ""))
    lines += [f"- **{title}** : {text}" for _, title, text in describe(trend.weeks, zone)]
    return "\n".join(lines)[:MAX_MESSAGE]
