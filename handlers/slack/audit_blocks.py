"""Pure Block Kit builders of the audit: a team lead's App Home, an agent's, and a thread's history."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bot.audit import PERIODS, LeadHome
from bot.audit_export import permalink
from bot.domain import MANUAL_MODEL
from bot.models.registry import ModelChoice
from bot.ports.audit import AuditFigures, ThreadSummary, TrailEntry
from handlers.common.wording import counted
from handlers.slack import ids, phrases
from handlers.slack.audit_format import decimal, duration, euros, model_label, number, share, slack_date, utc_day
from handlers.slack.audit_trail_text import entry_text
from handlers.slack.blocks import escape

View = dict[str, Any]
Block = dict[str, Any]
MAX_HOME_BLOCKS = 100
MAX_MODAL_BLOCKS = 100


def _mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text[:3000]}


def _plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text, "emoji": True}


def _section(text: str) -> Block:
    return {"type": "section", "text": _mrkdwn(text)}


def _context(text: str) -> Block:
    return {"type": "context", "elements": [_mrkdwn(text)]}


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
    return {"text": _plain(f"{days} derniers jours"), "value": str(days)}


def _filters(days: int, channel_id: str | None) -> Block:
    channel: Block = {
        "type": "conversations_select",
        "action_id": ids.AUDIT_CHANNEL,
        "placeholder": _plain("Tous les canaux"),
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
        elements.append({"type": "button", "action_id": ids.AUDIT_ALL_CHANNELS, "text": _plain("Tous les canaux")})
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
        ("Jetons (entrée / sortie)", f"{number(figures.input_tokens)} / {number(figures.output_tokens)}"),
        ("Coût estimé", euros(figures.cost_eur)),
    ]
    return {"type": "section", "fields": [_mrkdwn(f"*{label}*\n{value}") for label, value in fields]}


def _models(figures: AuditFigures, choices: Sequence[ModelChoice]) -> Block:
    drafts = sum(item.drafts for item in figures.models) or 1
    lines = []
    for item in figures.models:
        line = (
            f"• *{escape(model_label(item.model_id, choices))}* : {share(item.drafts / drafts)} des versions "
            f"({number(item.drafts)}), {share(item.approvals / figures.approvals if figures.approvals else None)} "
            "des approbations"
        )
        if item.model_id != MANUAL_MODEL:
            line += f" · {number(item.input_tokens + item.output_tokens)} jetons · {euros(item.cost_eur)}"
        lines.append(line)
    return _section("*Modèles*\n" + ("\n".join(lines) or "Aucun brouillon sur la période."))


def _thread_line(thread: ThreadSummary, choices: Sequence[ModelChoice], workspace_url: str | None) -> str:
    link = permalink(workspace_url, thread.channel_id, thread.review_message_id, thread.thread_id)
    title = f"<{link}|Avis>" if link else "Avis"  # a date cannot sit inside a link label
    parts = [f"{title} reçu le {slack_date(thread.received_at)} dans <#{thread.channel_id}>"]
    if thread.approved_by and thread.approved_at:
        parts.append(f"approuvé par <@{thread.approved_by}> le {slack_date(thread.approved_at)}")
        parts.append(escape(model_label(thread.model_id, choices)))
    else:
        parts.append(phrases.THREAD_STATUS.get(thread.status, thread.status))
    versions = f"{thread.revisions} version{'s' if thread.revisions > 1 else ''}"
    if thread.edit_distance is not None:
        versions += f", distance {decimal(thread.edit_distance, 2)}"
    return " · ".join([*parts, versions])


def lead_home_view(home: LeadHome, choices: Sequence[ModelChoice], workspace_url: str | None) -> View:
    """Figures over the chosen period and channel, then the latest approved threads, each with its history."""
    where = f"<#{home.scope.channel_id}>" if home.scope.channel_id else "tous les canaux"
    blocks: list[Block] = [
        {"type": "header", "text": _plain("📊 Audit des réponses")},
        _filters(home.days, home.scope.channel_id),
        _context(f"Avis reçus du {utc_day(home.scope.since)} au {utc_day(home.scope.until)} (UTC) · {where}"),
        _figures(home.figures),
        _models(home.figures, choices),
        {"type": "divider"},
        _section("*Dernières réponses approuvées*"),
    ]
    for thread in home.threads:
        blocks.append(
            {
                "type": "section",
                "text": _mrkdwn(_thread_line(thread, choices, workspace_url)),
                "accessory": {
                    "type": "button",
                    "action_id": ids.AUDIT_TRAIL,
                    "text": _plain("Historique"),
                    "value": str(thread.conversation_id),
                },
            }
        )
    if not home.threads:
        blocks.append(_context("Aucune réponse approuvée sur la période."))
    blocks.append(_context(phrases.LEAD_HOME_FOOTER.format(days=home.days)))
    return {
        "type": "home",
        "private_metadata": home_state(home.days, home.scope.channel_id),
        "blocks": blocks[:MAX_HOME_BLOCKS],
    }


def agent_home_view(
    threads: Sequence[ThreadSummary], choices: Sequence[ModelChoice], workspace_url: str | None
) -> View:
    """The how-to, then the agent's own latest threads."""
    blocks: list[Block] = [_section(phrases.HELP), {"type": "divider"}, _section("*Vos derniers avis*")]
    blocks += [_section(_thread_line(thread, choices, workspace_url)) for thread in threads]
    if not threads:
        blocks.append(_context("Vous n'avez pas encore transmis d'avis à Plume."))
    return {"type": "home", "blocks": blocks[:MAX_HOME_BLOCKS]}


def trail_modal(conversation_id: int, entries: Sequence[TrailEntry], choices: Sequence[ModelChoice]) -> View:
    """A thread's history, oldest first; texts are pseudonymised, as stored."""
    shown = [(entry, text) for entry in entries if (text := entry_text(entry, choices))]
    blocks: list[Block] = [_context(phrases.TRAIL_INTRO.format(id=conversation_id))]
    room = MAX_MODAL_BLOCKS - 2
    for entry, text in shown[:room]:
        who = "Plume" if entry.actor in ("plume", "cli") else f"<@{entry.actor}>"
        blocks.append(_section(f"{slack_date(entry.at)} · {who}\n{text}"))
    if len(shown) > room:
        blocks.append(
            _context(
                phrases.TRAIL_MORE.format(count=counted(len(shown) - room, *phrases.MORE_STEPS), id=conversation_id)
            )
        )
    return {
        "type": "modal",
        "callback_id": ids.TRAIL_MODAL,
        "title": _plain("Historique du fil"),
        "close": _plain("Fermer"),
        "blocks": blocks,
    }
