"""Block Kit of what a lead acts on: threads waiting and failed (oldest first), agents, models, trend charts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.audit import LeadHome
from bot.audit_export import permalink
from bot.domain import MANUAL_MODEL
from bot.models.registry import ModelChoice
from bot.ports.audit import AgentActivity, OpenThreads, ThreadSummary
from handlers.common.figures import THREAD_STATUS, decimal, euros, excerpt, number, share
from handlers.slack import ids
from handlers.slack.audit_charts import ChartSet
from handlers.slack.audit_format import duration, model_label, slack_date
from handlers.slack.blocks import escape

Block = dict[str, Any]
AGENTS_SHOWN = 15
PREPARING = "⏳ En préparation : cette page se met à jour d'elle-même dans un instant."


def mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text[:3000]}


def plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text[:150], "emoji": True}


def section(text: str) -> Block:
    return {"type": "section", "text": mrkdwn(text)}


def context(text: str) -> Block:
    return {"type": "context", "elements": [mrkdwn(text)]}


def trail_button(conversation_id: int) -> Block:
    return {
        "type": "button",
        "action_id": ids.AUDIT_TRAIL,
        "text": plain("Historique"),
        "value": str(conversation_id),
    }


def _title(thread: ThreadSummary, workspace_url: str | None) -> str:
    link = permalink(workspace_url, thread.channel_id, thread.review_message_id, thread.thread_id)
    return f"<{link}|Avis>" if link else "Avis"  # a date cannot sit inside a link label


def open_thread_text(thread: ThreadSummary, now: datetime, workspace_url: str | None, *, lead: bool) -> str:
    """One open thread: when it came and where, how long it has waited, who has it (for a lead), its state, and
    the start of the review as stored (pseudonymised) so that threads of the same day can be told apart."""
    waited = duration(max(0.0, (now - thread.received_at).total_seconds()))
    parts = [
        f"{_title(thread, workspace_url)} reçu le {slack_date(thread.received_at)} dans <#{thread.channel_id}>",
        f"attend depuis {waited}",
    ]
    if lead:
        parts.append(f"suivi par <@{thread.in_charge}>")
    parts.append(THREAD_STATUS.get(thread.status, thread.status))
    if thread.revisions:
        parts.append(f"{thread.revisions} version{'s' if thread.revisions > 1 else ''}")
    line = " · ".join(parts)
    quoted = excerpt(thread.excerpt)
    return f"{line}\n> _{escape(quoted)}_" if quoted else line


def open_blocks(
    heading: str, empty: str, found: OpenThreads, now: datetime, workspace_url: str | None, *, lead: bool
) -> list[Block]:
    """A heading with the count, each thread (with its history for a lead), and how many more there are."""
    blocks: list[Block] = [section(f"*{heading} ({number(found.total)})*")]
    for thread in found.threads:
        block = section(open_thread_text(thread, now, workspace_url, lead=lead))
        if lead:
            block["accessory"] = trail_button(thread.conversation_id)
        blocks.append(block)
    if not found.threads:
        blocks.append(context(empty))
    elif found.total > len(found.threads):
        blocks.append(context(f"… et {number(found.total - len(found.threads))} de plus, les plus récents."))
    return blocks


def waiting_blocks(home: LeadHome, workspace_url: str | None) -> list[Block]:
    now = home.scope.until
    blocks = open_blocks(
        "⏳ Avis en attente, les plus anciens d'abord",
        "Aucun avis en attente : tout est approuvé.",
        home.waiting,
        now,
        workspace_url,
        lead=True,
    )
    if home.failed.total:
        blocks += open_blocks("⚠️ Échecs à examiner", "", home.failed, now, workspace_url, lead=True)
    return blocks


def _agent_line(agent: AgentActivity) -> str:
    return (
        f"• <@{agent.user_id}> : {number(agent.reviews)} avis suivis · {number(agent.approvals)} approbations · "
        f"délai médian {duration(agent.median_seconds_to_approval)} · "
        f"{share(agent.unchanged_share)} envoyées sans modification"
    )


def agents_block(agents: Sequence[AgentActivity] | None) -> list[Block]:
    """Each agent's activity, the busiest first; None while the figures are being computed."""
    if agents is None:
        return [section("*Activité par agent*"), context(PREPARING)]
    lines = [_agent_line(agent) for agent in agents[:AGENTS_SHOWN]]
    blocks = [section("*Activité par agent*\n" + ("\n".join(lines) or "Personne sur la période."))]
    if len(agents) > AGENTS_SHOWN:
        blocks.append(context(f"… et {number(len(agents) - AGENTS_SHOWN)} autres : le détail est dans l'export."))
    return blocks


def models_block(home: LeadHome, choices: Sequence[ModelChoice]) -> Block:
    """Per model: approvals of its text, how much was edited, its estimated cost (tokens are in the export)."""
    figures = home.figures
    lines = []
    for item in figures.models:
        approvals = share(item.approvals / figures.approvals if figures.approvals else None)
        line = (
            f"• *{escape(model_label(item.model_id, choices))}* : {number(item.approvals)} approbations ({approvals}), "
            f"distance d'édition {decimal(item.mean_edit_distance, 2)}"
        )
        if item.model_id != MANUAL_MODEL:
            line += f" · {number(item.drafts)} versions · {euros(item.cost_eur)}"
        lines.append(line)
    return section("*Modèles*\n" + ("\n".join(lines) or "Aucun brouillon sur la période."))


def chart_blocks(charts: ChartSet | None) -> list[Block]:
    """Each chart as an image of the uploaded file, or its figures in words when it could not be uploaded."""
    if charts is None:
        return [section("*Tendances par semaine*"), context(PREPARING)]
    blocks: list[Block] = [section("*Tendances par semaine*")]
    for image in charts.images:
        if image.file_id:
            blocks.append(
                {
                    "type": "image",
                    "slack_file": {"id": image.file_id},
                    "alt_text": image.alt_text[:2000],
                    "title": plain(image.title),
                }
            )
        else:
            blocks.append(section(f"*{image.title}*\n{image.alt_text}"))
    return blocks
