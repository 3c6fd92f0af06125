"""Pure Block Kit builders of the audit: a team lead's App Home, an agent's, and a thread's history."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.audit import PERIODS, LeadHome
from bot.audit_export import permalink
from bot.models.registry import ModelChoice
from bot.ports.audit import AuditFigures, OpenThreads, ThreadSummary, TrailEntry
from handlers.common.figures import THREAD_STATUS, check_figures
from handlers.common.wording import counted
from handlers.slack import ids, phrases
from handlers.slack.audit_charts import ChartSet
from handlers.slack.audit_format import decimal, duration, euros, model_label, number, share, slack_date, utc_day
from handlers.slack.audit_home_blocks import (
    agents_block,
    chart_blocks,
    context,
    models_block,
    mrkdwn,
    open_blocks,
    plain,
    section,
    trail_button,
    waiting_blocks,
)
from handlers.slack.audit_trail_text import entry_text
from handlers.slack.blocks import escape

View = dict[str, Any]
Block = dict[str, Any]
MAX_HOME_BLOCKS = 100
MAX_MODAL_BLOCKS = 100


def home_state(days: int, channel_id: str | None) -> str:
    """What a re-published App Home must remember: the chosen period and channel (private_metadata)."""
    return json.dumps({"days": days, "channel": channel_id or ""})


def read_home_state(metadata: str) -> tuple[int, str | None]:
    try:
        state = json.loads(metadata or "{}")
        days = int(state.get("days", 30))
    except (ValueError, TypeError, AttributeError):
        return 30, None
    return (days if days in PERIODS else 30), (str(state.get("channel") or "") or None)


def _period_option(days: int) -> Block:
    return {"text": plain(f"{days} derniers jours"), "value": str(days)}


def _filters(days: int, channel_id: str | None) -> Block:
    channel: Block = {
        "type": "conversations_select",
        "action_id": ids.AUDIT_CHANNEL,
        "placeholder": plain("Tous les canaux"),
        "filter": {"include": ["public", "private"], "exclude_bot_users": True},
    }
    if channel_id:
        channel["initial_conversation"] = channel_id
    elements: list[Block] = [
        {
            "type": "static_select",
            "action_id": ids.AUDIT_PERIOD,
            "options": [_period_option(period) for period in PERIODS],
            "initial_option": _period_option(days if days in PERIODS else 30),
        },
        channel,
    ]
    if channel_id:
        elements.append({"type": "button", "action_id": ids.AUDIT_ALL_CHANNELS, "text": plain("Tous les canaux")})
    return {"type": "actions", "block_id": "plume_audit_filters", "elements": elements}


def _figures(figures: AuditFigures) -> Block:
    fields = [
        ("Avis reçus", number(figures.reviews)),
        ("Brouillons rédigés", number(figures.drafts)),
        ("Réponses approuvées", f"{number(figures.approvals)} ({share(figures.approval_rate)})"),
        ("Délai médian avant approbation", duration(figures.median_seconds_to_approval)),
        ("Versions par fil approuvé", decimal(figures.mean_revisions)),
        (
            "Approuvées sans modification",
            f"{share(figures.unchanged_share)} ({number(figures.unchanged_approvals)})",
        ),
        ("Distance d'édition moyenne", f"{decimal(figures.mean_edit_distance, 2)} (0 = inchangé, 1 = réécrit)"),
        ("Coût estimé", euros(figures.cost_eur)),
        *check_figures(figures.checks),
    ]
    return {"type": "section", "fields": [mrkdwn(f"*{label}*\n{value}") for label, value in fields]}


def _thread_line(thread: ThreadSummary, choices: Sequence[ModelChoice], workspace_url: str | None) -> str:
    link = permalink(workspace_url, thread.channel_id, thread.review_message_id, thread.thread_id)
    title = f"<{link}|Avis>" if link else "Avis"  # a date cannot sit inside a link label
    parts = [f"{title} reçu le {slack_date(thread.received_at)} dans <#{thread.channel_id}>"]
    if thread.approved_by and thread.approved_at:
        parts.append(f"approuvé par <@{thread.approved_by}> le {slack_date(thread.approved_at)}")
        parts.append(escape(model_label(thread.model_id, choices)))
    else:
        parts.append(THREAD_STATUS.get(thread.status, thread.status))
    versions = f"{thread.revisions} version{'s' if thread.revisions > 1 else ''}"
    if thread.edit_distance is not None:
        versions += f", distance {decimal(thread.edit_distance, 2)}"
    return " · ".join([*parts, versions])


def lead_home_view(
    home: LeadHome, choices: Sequence[ModelChoice], workspace_url: str | None, charts: ChartSet | None = None
) -> View:
    """What waits and what failed (whenever it came), then the figures, agents, models and weekly charts of the
    chosen period and channel, then the latest approved threads, each with its history."""
    where = f"<#{home.scope.channel_id}>" if home.scope.channel_id else "tous les canaux"
    blocks: list[Block] = [
        {"type": "header", "text": plain("📊 Audit des réponses")},
        _filters(home.days, home.scope.channel_id),
        *waiting_blocks(home, workspace_url),
        {"type": "divider"},
        context(f"Avis reçus du {utc_day(home.scope.since)} au {utc_day(home.scope.until)} (UTC) · {where}"),
        _figures(home.figures),
        *chart_blocks(charts),
        *agents_block(charts.trend.agents if charts else None),
        models_block(home, choices),
        {"type": "divider"},
        section("*Dernières réponses approuvées*"),
    ]
    for thread in home.threads:
        blocks.append(
            {
                **section(_thread_line(thread, choices, workspace_url)),
                "accessory": trail_button(thread.conversation_id),
            }
        )
    if not home.threads:
        blocks.append(context("Aucune réponse approuvée sur la période."))
    blocks.append(context(phrases.LEAD_HOME_FOOTER.format(days=home.days)))
    return {
        "type": "home",
        "private_metadata": home_state(home.days, home.scope.channel_id),
        "blocks": blocks[:MAX_HOME_BLOCKS],
    }


def agent_home_view(found: OpenThreads, now: datetime, workspace_url: str | None) -> View:
    """The how-to, then the agent's own open threads, oldest first, each with the start of its review."""
    blocks: list[Block] = [section(phrases.HELP), {"type": "divider"}]
    empty = "Aucun avis en cours : tout ce que vous avez transmis à Plume est approuvé."
    blocks += open_blocks("Vos avis en cours, les plus anciens d'abord", empty, found, now, workspace_url, lead=False)
    return {"type": "home", "blocks": blocks[:MAX_HOME_BLOCKS]}


def trail_modal(conversation_id: int, entries: Sequence[TrailEntry], choices: Sequence[ModelChoice]) -> View:
    """A thread's history, oldest first; texts are pseudonymised, as stored."""
    shown = [(entry, text) for entry in entries if (text := entry_text(entry, choices))]
    blocks: list[Block] = [context(phrases.TRAIL_INTRO.format(id=conversation_id))]
    room = MAX_MODAL_BLOCKS - 2
    for entry, text in shown[:room]:
        who = "Plume" if entry.actor in ("plume", "cli") else f"<@{entry.actor}>"
        blocks.append(section(f"{slack_date(entry.at)} · {who}\n{text}"))
    if len(shown) > room:
        blocks.append(
            context(
                phrases.TRAIL_MORE.format(count=counted(len(shown) - room, *phrases.MORE_STEPS), id=conversation_id)
            )
        )
    return {
        "type": "modal",
        "callback_id": ids.TRAIL_MODAL,
        "title": plain("Historique du fil"),
        "close": plain("Fermer"),
        "blocks": blocks,
    }
