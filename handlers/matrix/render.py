"""Pure builders: plain values in, Matrix event contents out; no I/O.

Every message carries a plain `body` and an HTML `formatted_body` (review and model text escaped), and an explicit
`m.mentions` (empty unless a notice addresses someone), so that text from a review or a model pings no one.
The bot's own reactions carry the action they stand for (`fr.plume.action`): an agent adding the same reaction
acts through it, whatever became of the process that posted it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.checks.findings import Finding, Severity
from bot.domain import MANUAL_MODEL
from bot.models.registry import ModelChoice
from bot.ports.chat import Action, ActionKind, Change
from handlers.common.wording import finding_lines, masked_summary, unresolved_warning
from handlers.matrix import phrases
from handlers.matrix.phrases import french

MAX_BODY_CHARS = 12_000
"""An event may hold 64 KiB; an edit holds its text twice (fallback and new content), in plain text and HTML."""
ACTION_FIELD = "fr.plume.action"
DRAFT_REACTIONS = {
    ActionKind.APPROVE: "✅",
    ActionKind.APPROVE_ANYWAY: "⚠️",  # a draft with placeholders Plume cannot restore: approving is a choice
    ActionKind.REGENERATE: "🔄",
    ActionKind.EDIT: "✏️",
    ActionKind.TAKE_OVER: "🙋",
    ActionKind.PUBLISHABLE: "📰",  # a public reply carrying the citizen's data: its publishable version
}
RETRY_KEYS = ("🔁", "⏭️")
FIRST_PART_KEY = "👍"
_VARIATION_SELECTOR = "\ufe0f"


@dataclass(frozen=True)
class Block:
    """A paragraph: `text` as is, `style` one of plain, em, strong."""

    text: str
    style: str = "plain"


def normal_key(key: str) -> str:
    """A reaction key without its emoji variation selector (clients differ: ✏ and ✏️ are the same button)."""
    return key.replace(_VARIATION_SELECTOR, "")


def clip(text: str, limit: int = MAX_BODY_CHARS) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - len(phrases.TRUNCATED) - 1] + "\n" + phrases.TRUNCATED


def _html(block: Block) -> str:
    inner = html.escape(block.text).replace("\n", "<br>")
    return inner if block.style == "plain" else f"<{block.style}>{inner}</{block.style}>"


def content(blocks: Sequence[Block], mentions: Sequence[str] = ()) -> dict[str, Any]:
    """An `m.text` message of paragraphs; `mentions`: the user ids it addresses (and notifies)."""
    kept = [Block(clip(block.text), block.style) for block in blocks if block.text]
    return {
        "msgtype": "m.text",
        "body": "\n\n".join(block.text for block in kept),
        "format": "org.matrix.custom.html",
        "formatted_body": "".join(f"<p>{_html(block)}</p>" for block in kept),
        "m.mentions": {"user_ids": list(mentions)} if mentions else {},
    }


def in_thread(message: dict[str, Any], root_id: str) -> dict[str, Any]:
    """The message as a reply in the thread of `root_id` (with the reply fallback for clients without threads)."""
    relation = {"rel_type": "m.thread", "event_id": root_id, "is_falling_back": True}
    relation["m.in_reply_to"] = {"event_id": root_id}
    return {**message, "m.relates_to": relation}


def replacing(message: dict[str, Any], event_id: str) -> dict[str, Any]:
    """An edit (`m.replace`) of `event_id` whose new content is `message`."""
    return {
        "msgtype": message["msgtype"],
        "body": "* " + message["body"],
        "format": message["format"],
        "formatted_body": "* " + message["formatted_body"],
        "m.new_content": message,
        "m.mentions": {},
        "m.relates_to": {"rel_type": "m.replace", "event_id": event_id},
    }


def reaction(event_id: str, key: str, action: Action) -> dict[str, Any]:
    """The bot's own reaction under `event_id`, standing for `action`."""
    return {
        "m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key},
        ACTION_FIELD: {"kind": action.kind.value, "target_id": action.target_id, "model_id": action.model_id},
    }


def action_of(reaction_content: dict[str, Any]) -> Action | None:
    """The action a reaction of the bot stands for; None if it carries none (or a malformed one)."""
    carried = reaction_content.get(ACTION_FIELD)
    if not isinstance(carried, dict):
        return None
    try:
        kind = ActionKind(str(carried.get("kind")))
        target = int(carried["target_id"])
    except (KeyError, TypeError, ValueError):
        return None
    model = carried.get("model_id")
    return Action(kind, target, model if isinstance(model, str) else None)


def _made_by(model: ModelChoice) -> str:
    return phrases.MANUAL_EDIT if model.id == MANUAL_MODEL else f"modèle\u202f: {model.label}"


def _draft_text(text: str) -> Block:
    return Block(clip(text, MAX_BODY_CHARS - 2000) if text.strip() else phrases.EMPTY_TEXT)


def progress(counts: dict[str, int] | None, partial_text: str = "", status: str | None = None) -> dict[str, Any]:
    """A draft being written: the masked summary for the first draft of a thread, the text so far, a status."""
    status = status or (phrases.PROGRESS if counts is not None else phrases.REDRAFT_PROGRESS)
    head = [Block(french(masked_summary(counts)))] if counts is not None else []
    return content([*head, Block(partial_text), Block(status, "em")])


def draft(
    *,
    counts: dict[str, int] | None,
    text: str,
    number: int,
    model: ModelChoice,
    choices: Sequence[ModelChoice],
    unresolved: Sequence[str] = (),
    in_charge: str | None = None,
    findings: Sequence[Finding] = (),
    publishable: bool = False,
    sources: str = "",
) -> dict[str, Any]:
    """A draft: what was masked (first draft), the text, who made it, which approved replies inspired it, what is
    wrong with it (placeholders Plume cannot restore, the checks' findings one line each), then how to act on it
    (⚠️ instead of ✅ when blocked, 📰 for the `publishable` version)."""
    head = [Block(french(masked_summary(counts)))] if counts is not None else []
    names = ", ".join(choice.id for choice in choices)
    warning = [Block(unresolved_warning(tuple(unresolved)), "strong")] if unresolved else []
    taken = [Block(french(phrases.IN_CHARGE.format(user=in_charge)), "em")] if in_charge else []
    hard = any(finding.severity is Severity.HARD for finding in findings)
    checks = [Block(line) for line in finding_lines(findings)]
    controls = phrases.CONTROLS_UNRESOLVED if unresolved else phrases.CONTROLS_BLOCKED if hard else phrases.CONTROLS
    if publishable:
        controls = f"{controls} {phrases.PUBLISHABLE_HINT}"
    return content(
        [
            *head,
            _draft_text(text),
            Block(f"Brouillon n° {number} · {_made_by(model)}", "em"),
            *taken,
            *([Block(sources, "em")] if sources else []),
            *warning,
            *checks,
            Block(french(controls)),
            Block(french(phrases.MODELS.format(names=names)) if len(choices) > 1 else ""),
        ]
    )


def retired(*, text: str, number: int, model: ModelChoice) -> dict[str, Any]:
    """A draft a newer revision replaced: its text stays readable; its reactions act no more."""
    footer = Block(f"Brouillon n° {number} · {_made_by(model)}", "em")
    return content([_draft_text(text), footer, Block(french(phrases.RETIRED))])


def approved(*, text: str, approver: str, at: datetime, number: int, model: ModelChoice) -> dict[str, Any]:
    """The frozen thread: who approved, when, which revision and model, then the final text."""
    when = at.astimezone(UTC).strftime("%d/%m/%Y à %H:%M UTC")
    header = f"{phrases.APPROVED_TITLE} par {approver} le {when} · brouillon n° {number} · {_made_by(model)}"
    return content([Block(header, "strong"), Block(french(phrases.FINAL_TEXT)), _draft_text(text)])


def failure(text: str, next_label: str | None, with_retry: bool) -> dict[str, Any]:
    """A failure explained, and which reactions retry it."""
    hint = ""
    if with_retry:
        more = phrases.RETRY_NEXT.format(label=next_label) if next_label else ""
        hint = french(phrases.RETRY_HINT.format(next=more))
    return content([Block(text), Block(hint, "em")])


def retired_failure() -> dict[str, Any]:
    """An old failure once its thread is approved: a note; its reactions act no more."""
    return content([Block(french(phrases.FAILURE_RETIRED), "em")])


def dismissed(user_name: str) -> dict[str, Any]:
    """A draft dismissed as « not a review »: no text, no reactions that act, who did it."""
    return content([Block(french(phrases.DISMISSED.format(user=user_name)), "em")])


def changes(number: int, pieces: Sequence[Change]) -> list[Block]:
    """What a version changed, for one person: removed words between [- -], added ones between {+ +} (plain text
    copies and reads the same in every client)."""
    marks = {"removed": ("[-", "-]"), "added": ("{+", "+}")}
    body = "".join(
        f"{marks[piece.kind][0]}{piece.text}{marks[piece.kind][1]}"
        if piece.kind in marks and piece.text.strip()
        else piece.text
        for piece in pieces
    )
    return [Block(french(phrases.CHANGES_INTRO.format(number=number))), Block(body)]


def offer(text: str) -> dict[str, Any]:
    return content([Block(french(text)), Block(french(phrases.FIRST_PART_HINT), "em")])


def review(author: str, text: str) -> dict[str, Any]:
    return content([Block(french(phrases.REVIEW_POSTED.format(user=author))), Block(text)])


def addressed(user_id: str, name: str, blocks: Sequence[Block]) -> dict[str, Any]:
    """A message for one person, in a thread or a direct message: their name first, and they are notified."""
    message = content(blocks, mentions=[user_id])
    pill = f'<a href="https://matrix.to/#/{html.escape(user_id)}">{html.escape(name)}</a>'
    message["body"] = f"{name}\u202f: {message['body']}"
    message["formatted_body"] = f"{pill}\u202f: {message['formatted_body']}"
    return message


def sent_text(text: str) -> list[Block]:
    return [Block(french(phrases.SENT_TEXT_INTRO)), Block(text or phrases.EMPTY_TEXT)]
