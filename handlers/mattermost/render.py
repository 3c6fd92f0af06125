"""Pure builders: plain values in, Mattermost posts (message + props.attachments with actions) out; no I/O.

Text from a review or a model is made inert: an `@name`, `@channel`, `@all` or `@here` in it pings no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.checks.findings import Finding, Severity
from bot.domain import MANUAL_MODEL, Platform
from bot.models.registry import ModelChoice
from bot.ports.chat import Action, ActionKind, Change, DraftSource
from handlers.common.wording import finding_lines, masked_summary, unresolved_warning
from handlers.mattermost import phrases
from handlers.mattermost.signing import pin_context, signed_context, signed_menu_context

MAX_MESSAGE_CHARS = 16_383
"""Mattermost refuses a longer message (model.PostMessageMaxRunesV2)."""
_MENTION = re.compile(r"@(?=[\w.-])")
_ZERO_WIDTH_SPACE = "\u200b"

ACTION_IDS = {
    ActionKind.APPROVE: "approve",
    ActionKind.APPROVE_ANYWAY: "approveanyway",
    ActionKind.REGENERATE: "regenerate",
    ActionKind.EDIT: "edit",
    ActionKind.SWITCH_MODEL: "model",
    ActionKind.SHOW_SENT_TEXT: "senttext",
    ActionKind.CONFIRM_FIRST_PART: "firstpart",
    ActionKind.RETRY: "retry",
    ActionKind.DISMISS: "dismiss",
    ActionKind.SHOW_CHANGES: "changes",
    ActionKind.SHORTER: "shorter",
    ActionKind.MORE_FORMAL: "moreformal",
    ActionKind.WARMER: "warmer",
    ActionKind.FIX_SPELLING: "fixspelling",
    ActionKind.TAKE_OVER: "takeover",
    ActionKind.PUBLISHABLE: "publishable",
}
PIN_ACTION_ID = "pinreply"
"""Action ids must match [A-Za-z0-9]+ (the click route of the server)."""


@dataclass(frozen=True)
class Post:
    message: str
    props: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Integration:
    """Where clicks go (`{PLUME_PUBLIC_URL}/mattermost/actions`) and the key that signs their context."""

    url: str
    key: bytes


def escape(text: str) -> str:
    """Make text inert: a zero-width space after each `@` keeps Mattermost from seeing a mention."""
    return _MENTION.sub("@" + _ZERO_WIDTH_SPACE, text)


def permalink(server_url: str, source: DraftSource) -> str | None:
    """The link to an approved thread: Mattermost's `/_redirect/pl/<post id>` finds the post's team itself, so no
    call is needed to name it."""
    if source.platform is not Platform.MATTERMOST or not server_url or not source.thread_id:
        return None
    return f"{server_url.rstrip('/')}/_redirect/pl/{source.thread_id}"


def link(label: str, url: str) -> str:
    """A Markdown link whose label cannot end it early (a « réponse type » title is a lead's free text)."""
    return "[" + re.sub(r"([\\\[\]])", r"\\\1", label) + f"]({url})"


def clip(message: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """The message cut to what Mattermost accepts, saying so."""
    if len(message) <= limit:
        return message
    return message[: limit - len(phrases.TRUNCATED) - 1] + "\n" + phrases.TRUNCATED


def _body(text: str) -> str:
    return escape(text) if text.strip() else phrases.EMPTY_TEXT


def _made_by(model: ModelChoice) -> str:
    return phrases.MANUAL_EDIT if model.id == MANUAL_MODEL else f"{phrases.MADE_BY_MODEL}{escape(model.label)}"


def _button(integration: Integration, action: Action, label: str, style: str = "default") -> dict[str, Any]:
    action_id = ACTION_IDS[action.kind]
    return {
        "id": action_id,
        "name": label,
        "type": "button",
        "style": style,
        "integration": {"url": integration.url, "context": signed_context(integration.key, action)},
    }


def _menu_text(choice: ModelChoice) -> str:
    """A model of the menu, with where it runs (Mattermost's options have one line of text only)."""
    return f"{choice.label} · {choice.hosting}" if choice.hosting else choice.label


def _menu(integration: Integration, revision_id: int, offered: Sequence[ModelChoice]) -> dict[str, Any]:
    context = signed_menu_context(integration.key, ActionKind.SWITCH_MODEL, revision_id, [c.id for c in offered])
    return {
        "id": ACTION_IDS[ActionKind.SWITCH_MODEL],
        "name": phrases.MODEL_MENU,
        "type": "select",
        "options": [{"text": _menu_text(choice), "value": choice.id} for choice in offered],
        "integration": {"url": integration.url, "context": context},
    }


def progress_post(counts: dict[str, int] | None, partial_text: str = "", status: str | None = None) -> Post:
    """A draft being written: the masked summary for the first draft of a thread, the text so far, a status."""
    parts = [masked_summary(counts)] if counts is not None else []
    if partial_text:
        parts.append(escape(partial_text))
    parts.append(f"_{status or (phrases.PROGRESS if counts is not None else phrases.REDRAFT_PROGRESS)}_")
    return Post(clip("\n\n".join(parts)))


_BUTTONS = {
    ActionKind.APPROVE: (phrases.APPROVE, "primary"),
    ActionKind.APPROVE_ANYWAY: (phrases.APPROVE_ANYWAY, "danger"),
    ActionKind.REGENERATE: (phrases.REGENERATE, "default"),
    ActionKind.EDIT: (phrases.EDIT, "default"),
    ActionKind.PUBLISHABLE: (phrases.PUBLISHABLE, "default"),
    ActionKind.SHOW_SENT_TEXT: (phrases.SHOW_SENT_TEXT, "default"),
    ActionKind.SHOW_CHANGES: (phrases.SHOW_CHANGES, "default"),
    **{kind: (label, "default") for kind, label in phrases.ONE_CLICK.items()},
    ActionKind.DISMISS: (phrases.DISMISS, "default"),
    ActionKind.TAKE_OVER: (phrases.TAKE_OVER, "default"),
}


def draft_post(
    integration: Integration,
    *,
    counts: dict[str, int] | None,
    draft_text: str,
    revision_number: int,
    model: ModelChoice,
    choices: Sequence[ModelChoice],
    actions: Sequence[Action],
    unresolved: Sequence[str] = (),
    in_charge: str | None = None,
    findings: Sequence[Finding] = (),
    sources: str = "",
) -> Post:
    """A draft with its controls: buttons, then one menu of the models to switch to, under the hint; unknown
    placeholders left in the text are listed under it (approving then says « quand même »), then the checks'
    `findings`, one line each; `in_charge` names the agent who took the review over; `sources` says which approved
    replies inspired it."""
    footer = f"_Brouillon n° {revision_number} · {_made_by(model)}_"
    if in_charge is not None:
        footer += f"\n_{escape(phrases.IN_CHARGE.format(user=in_charge))}_"
    if sources:  # not in italics: Markdown links there would break on an underscore of their URL
        footer += f"\n{escape(sources)}"
    if findings:
        lines = finding_lines(findings)
        if any(finding.severity is Severity.HARD for finding in findings):
            lines.append(f"_{phrases.FINDINGS_HOW}_")
        footer = "\n".join(escape(line) for line in lines) + f"\n\n{footer}"
    if unresolved:
        footer = f"**{escape(unresolved_warning(tuple(unresolved)))}**\n\n{footer}"
    head = [masked_summary(counts)] if counts is not None else []
    controls = [_button(integration, action, *_BUTTONS[action.kind]) for action in actions if action.kind in _BUTTONS]
    switch_to = {action.model_id for action in actions if action.kind is ActionKind.SWITCH_MODEL}
    offered = [choice for choice in choices if choice.id in switch_to]
    if offered and actions:
        controls.insert(3, _menu(integration, actions[0].target_id, offered))
    attachment = {"text": phrases.REFINE_HINT, "actions": controls}
    message = "\n\n".join([*head, clip(_body(draft_text), MAX_MESSAGE_CHARS - 1000), footer])
    return Post(message, {"attachments": [attachment]})


def retired_post(*, draft_text: str, revision_number: int, model: ModelChoice) -> Post:
    """A draft a newer revision replaced: its text stays readable, its buttons are gone."""
    footer = f"_Brouillon n° {revision_number} · {_made_by(model)}_"
    body = clip(_body(draft_text), MAX_MESSAGE_CHARS - 1000)
    return Post(f"{body}\n\n{footer}\n\n{phrases.RETIRED}", {"attachments": []})


def approved_post(
    *,
    final_text: str,
    approver_name: str,
    approved_at: datetime,
    revision_number: int,
    model: ModelChoice,
    pin: tuple[Integration, int] | None = None,
) -> Post:
    """The frozen thread: who approved, when, which revision and model, then the final text, verbatim; with `pin`
    (where clicks go, the conversation id), a button for team leads to save it as a « réponse type »."""
    when = approved_at.astimezone(UTC).strftime("%d/%m/%Y à %H:%M UTC")
    header = (
        f"{phrases.APPROVED_TITLE} par **{escape(approver_name)}** le {when} · "
        f"brouillon n° {revision_number} · {_made_by(model)}"
    )
    attachments = [] if pin is None else [{"actions": [pin_button(*pin)]}]
    return Post(f"{header}\n\n{phrases.FINAL_TEXT}\n\n{verbatim(final_text)}", {"attachments": attachments})


def pin_button(integration: Integration, conversation_id: int) -> dict[str, Any]:
    return {
        "id": PIN_ACTION_ID,
        "name": phrases.PIN_REPLY,
        "type": "button",
        "style": "default",
        "integration": {"url": integration.url, "context": pin_context(integration.key, conversation_id)},
    }


def verbatim(text: str) -> str:
    """Text exactly as written, to copy: a fenced code block (Mattermost shows it as is, with a copy button, and
    reads no mention in it), fenced longer than any run of backticks inside; too long, it is cut, saying so."""
    if not text.strip():
        return phrases.EMPTY_TEXT
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    room = MAX_MESSAGE_CHARS - 1000 - 2 * len(fence) - 2
    if len(text) > room:
        return f"{fence}\n{text[: room - len(phrases.TRUNCATED)]}\n{fence}\n{phrases.TRUNCATED}"
    return f"{fence}\n{text}\n{fence}"


def failure_post(integration: Integration, text: str, retries: Sequence[tuple[str, Action]] = ()) -> Post:
    """A failure explained in the thread, with a button per (label, RETRY action)."""
    if not retries:
        return Post(escape(text))
    buttons = []
    for index, (label, action) in enumerate(retries):
        button = _button(integration, action, label[:75], "primary" if index == 0 else "default")
        button["id"] = f"retry{index}"
        buttons.append(button)
    return Post(escape(text), {"attachments": [{"actions": buttons}]})


def offer_post(integration: Integration, text: str, offer: Action, label: str) -> Post:
    """A question in the thread, with one button to say yes."""
    return Post(escape(text), {"attachments": [{"actions": [_button(integration, offer, label, "primary")]}]})


def review_post(author_name: str, review: str) -> Post:
    """A review typed into the form, posted (pseudonymised) so that the draft has a thread to live in."""
    return Post(clip(f"{phrases.REVIEW_POSTED.format(user=escape(author_name))}\n\n{_body(review)}"))


def dismissed_post(user_name: str) -> Post:
    """A draft dismissed as « not a review »: no text, no buttons, who did it."""
    return Post(f"_{escape(phrases.DISMISSED.format(user=user_name))}_", {"attachments": []})


def retired_failure_post() -> Post:
    """An old failure once its thread is approved: a note, its buttons gone."""
    return Post(f"_{escape(phrases.FAILURE_RETIRED)}_", {"attachments": []})


def notice_post(text: str) -> Post:
    return Post(clip(escape(text)))


def changes_post(number: int, changes: Sequence[Change]) -> Post:
    """What a version changed: removed words struck through (~~…~~), added ones in bold (**…**)."""
    marks = {"removed": "~~", "added": "**"}
    body = "".join(
        f"{marks[c.kind]}{escape(c.text)}{marks[c.kind]}" if c.kind in marks and c.text.strip() else escape(c.text)
        for c in changes
    )
    return Post(clip(f"{phrases.CHANGES_INTRO.format(number=number)}\n\n{body}"))


def sent_text_post(text: str) -> Post:
    return Post(clip(f"{phrases.SENT_TEXT_INTRO}\n\n{_body(text)}"))
