"""Pure Block Kit builders: plain values in, Slack message payloads out; no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.checks.findings import Finding
from bot.domain import MANUAL_MODEL
from bot.models.registry import ModelChoice
from bot.ports.chat import Action, ActionKind, Change
from handlers.common.wording import masked_summary as masked_summary
from handlers.slack import ids, phrases
from handlers.slack.draft_warnings import confirm_anyway, findings_block, unresolved_block
from handlers.slack.mrkdwn import escape as escape, mrkdwn_text
from handlers.slack.rich_text import change_blocks, verbatim_blocks

Block = dict[str, Any]
SECTION_LIMIT = 3000
MAX_BLOCKS = 50


@dataclass(frozen=True)
class SlackMessage:
    text: str
    blocks: list[Block]


def split_text(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    """Cut text into pieces of at most `limit` characters, at paragraph, line or word boundaries."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        for separator in ("\n\n", "\n", " "):
            cut = window.rfind(separator)
            if cut > limit // 2:
                pieces.append(rest[:cut])
                rest = rest[cut:].lstrip("\n ")
                break
        else:
            pieces.append(window)
            rest = rest[limit:]
    pieces.append(rest)
    return [piece for piece in pieces if piece] or [""]


def _escaped_pieces(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    """Escaped pieces of at most `limit` characters; cut before escaping, so no entity like `&amp;` is split."""
    pieces: list[str] = []
    pending = split_text(text, limit)
    while pending:
        piece = pending.pop(0)
        escaped = escape(piece)
        if len(escaped) <= limit:
            pieces.append(escaped)
        else:  # escaping lengthened it: cut the raw piece finer, in proportion
            pending[:0] = split_text(piece, max(1, limit * len(piece) // len(escaped)))
    return pieces


def _text_sections(text: str) -> list[Block]:
    """Sections holding `text`, escaped; Slack refuses an empty section, so an empty text shows as such."""
    if not text.strip():
        return [{"type": "section", "text": mrkdwn_text(phrases.EMPTY_TEXT)}]
    return [{"type": "section", "text": mrkdwn_text(piece)} for piece in _escaped_pieces(text)]


def _context(text: str) -> Block:
    return {"type": "context", "elements": [mrkdwn_text(text)]}


def _summary_block(counts: dict[str, int], revision_id: int | None) -> Block:
    block: Block = {"type": "section", "text": mrkdwn_text(masked_summary(counts))}
    if revision_id is not None:
        block["accessory"] = {
            "type": "button",
            "action_id": ids.SHOW_SENT_TEXT,
            "text": {"type": "plain_text", "text": phrases.SHOW_SENT_TEXT},
            "value": str(revision_id),
        }
    return block


def progress_message(counts: dict[str, int] | None, partial_text: str = "", status: str | None = None) -> SlackMessage:
    """A draft being written: the masked summary for the first draft of a thread, the text so far, a status."""
    label = status or (phrases.PROGRESS if counts is not None else phrases.REDRAFT_PROGRESS)
    blocks = [_summary_block(counts, None)] if counts is not None else []
    if partial_text:
        blocks += _text_sections(partial_text)[: MAX_BLOCKS - 2]
    blocks.append(_context(label))
    return SlackMessage(label, blocks)


def _button(action_id: str, label: str, revision_id: int, style: str | None = None) -> Block:
    button: Block = {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": label, "emoji": True},
        "value": str(revision_id),
    }
    if style:
        button["style"] = style
    return button


_BUTTONS = {
    ActionKind.APPROVE: (ids.APPROVE, phrases.APPROVE, "primary"),
    ActionKind.APPROVE_ANYWAY: (ids.APPROVE_ANYWAY, phrases.APPROVE_ANYWAY, "danger"),
    ActionKind.REGENERATE: (ids.REGENERATE, phrases.REGENERATE, None),
    ActionKind.EDIT: (ids.EDIT, phrases.EDIT, None),
    ActionKind.PUBLISHABLE: (ids.PUBLISHABLE, phrases.PUBLISHABLE, None),
    ActionKind.SHOW_CHANGES: (ids.SHOW_CHANGES, phrases.SHOW_CHANGES, None),
}


_ONE_CLICK_IDS = {
    ActionKind.DISMISS: ids.DISMISS,
    ActionKind.SHORTER: ids.SHORTER,
    ActionKind.MORE_FORMAL: ids.MORE_FORMAL,
    ActionKind.WARMER: ids.WARMER,
    ActionKind.FIX_SPELLING: ids.FIX_SPELLING,
    ActionKind.TAKE_OVER: ids.TAKE_OVER,
}
_ONE_CLICK_LABELS = {**phrases.ONE_CLICK, ActionKind.DISMISS: phrases.DISMISS, ActionKind.TAKE_OVER: phrases.TAKE_OVER}


def _option(choice: ModelChoice) -> Block:
    """A model of the menu, with where it runs under its name (when known)."""
    option: Block = {"text": {"type": "plain_text", "text": choice.label[:75]}, "value": choice.id}
    if choice.hosting:
        option["description"] = {"type": "plain_text", "text": choice.hosting[:75]}
    return option


def _model_menu(choices: Sequence[ModelChoice], current: ModelChoice) -> Block:
    """Exactly the offered models; the current one is selected when it is still offered."""
    menu: Block = {
        "type": "static_select",
        "action_id": ids.SWITCH_MODEL,
        "placeholder": {"type": "plain_text", "text": phrases.MODEL_MENU},
        "options": [_option(choice) for choice in choices[:100]],
    }
    if current in choices[:100]:
        menu["initial_option"] = _option(current)
    return menu


def _made_by(model: ModelChoice) -> str:
    return phrases.MANUAL_EDIT if model.id == MANUAL_MODEL else f"{phrases.MADE_BY_MODEL}{escape(model.label)}"


def draft_message(
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
) -> SlackMessage:
    """A draft with its controls; `counts` is given for the first draft of a thread, which says what was masked.
    `sources` (mrkdwn, links escaped by the caller) says which approved replies inspired it.
    `unresolved` placeholders are listed in a warning under the text, and approving asks for a confirmation;
    `findings` of the checks come one line each under the text, before the buttons (a blocking one asks for a
    confirmation too);
    `in_charge` names the agent who took the review over, in a line under the text.

    Approve, regenerate and edit are buttons; the models to switch to make one menu (labelled from `choices`); seeing
    the text sent to the model is a button beside the masked summary.
    """
    kinds = {action.kind for action in actions}
    revision_id = actions[0].target_id if actions else 0
    sent_text = revision_id if ActionKind.SHOW_SENT_TEXT in kinds else None
    head = [_summary_block(counts, sent_text)] if counts is not None else []
    elements = [
        _button(_BUTTONS[action.kind][0], _BUTTONS[action.kind][1], action.target_id, _BUTTONS[action.kind][2])
        for action in actions
        if action.kind in _BUTTONS
    ]
    for element in elements:
        if element["action_id"] == ids.APPROVE_ANYWAY:
            element["confirm"] = confirm_anyway(unresolved, findings)
    switch_to = {action.model_id for action in actions if action.kind is ActionKind.SWITCH_MODEL}
    offered = [choice for choice in choices if choice.id in switch_to]
    if offered:
        elements.append(_model_menu(offered, model))
    tail: list[Block] = [_context(f"Brouillon n° {revision_number} · {_made_by(model)}")]
    if in_charge is not None:
        tail.append(_context(phrases.IN_CHARGE.format(user=escape(in_charge))))
    if findings:
        tail.insert(0, findings_block(findings))
    if sources:
        tail.append(_context(sources))
    if unresolved:
        tail.insert(0, unresolved_block(unresolved))
    if elements:
        tail.append({"type": "actions", "block_id": ids.draft_actions_block(revision_id), "elements": elements})
    one_click = [
        _button(_ONE_CLICK_IDS[action.kind], _ONE_CLICK_LABELS[action.kind], action.target_id)
        for action in actions
        if action.kind in _ONE_CLICK_IDS
    ]
    if one_click:
        tail.append({"type": "actions", "block_id": f"{ids.REFINE_BLOCK}:{revision_id}", "elements": one_click})
    tail.append(_context(phrases.REFINE_HINT))
    body = _text_sections(draft_text)[: MAX_BLOCKS - len(head) - len(tail)]
    return SlackMessage(escape(draft_text)[:3000], head + body + tail)


def retired_message(*, draft_text: str, revision_number: int, model: ModelChoice) -> SlackMessage:
    """A draft a newer revision replaced: its text stays readable, its buttons are gone."""
    blocks = _text_sections(draft_text)[: MAX_BLOCKS - 2]
    blocks += [_context(f"Brouillon n° {revision_number} · {_made_by(model)}"), _context(phrases.RETIRED)]
    return SlackMessage(phrases.RETIRED, blocks)


def failure_message(text: str, retries: Sequence[tuple[str, str]] = ()) -> SlackMessage:
    """A failure explained in the thread, with a button per (label, value) way of trying again."""
    blocks = _text_sections(text)
    if retries:
        buttons = [
            {
                "type": "button",
                "action_id": f"{ids.RETRY}_{index}",
                "text": {"type": "plain_text", "text": label[:75], "emoji": True},
                "value": value,
                **({"style": "primary"} if index == 0 else {}),
            }
            for index, (label, value) in enumerate(retries)
        ]
        blocks.append({"type": "actions", "block_id": ids.RETRY, "elements": buttons})
    return SlackMessage(escape(text), blocks)


def offer_message(text: str, action_id: str, label: str, value: str) -> SlackMessage:
    """A question in the thread, with one button to say yes."""
    button = {"type": "button", "action_id": action_id, "text": {"type": "plain_text", "text": label}, "value": value}
    return SlackMessage(escape(text), [*_text_sections(text), {"type": "actions", "elements": [button]}])


def agreed_offer_message(original: Sequence[Block]) -> SlackMessage:
    """An offer once agreed to: its text stays, its button is gone, and it says that the agreement was given."""
    kept = [block for block in original if isinstance(block, dict) and block.get("type") != "actions"]
    return SlackMessage(phrases.FIRST_PART_AGREED, [*kept[: MAX_BLOCKS - 1], _context(phrases.FIRST_PART_AGREED)])


def review_post_message(author_name: str, review: str) -> SlackMessage:
    """A review typed into the form, posted (pseudonymised) so that the draft has a thread to live in."""
    intro = phrases.REVIEW_POSTED.format(user=escape(author_name))
    return SlackMessage(intro, [_context(intro), *_text_sections(review)[: MAX_BLOCKS - 1]])


def approved_message(
    *,
    final_text: str,
    approver_name: str,
    approved_at: datetime,
    revision_number: int,
    model: ModelChoice,
    pin_target: int | None = None,
) -> SlackMessage:
    """The frozen thread: who approved, when, which revision and model, then the final text, verbatim; with
    `pin_target` (the conversation id), a button for team leads to save it as a « réponse type »."""
    epoch = int(approved_at.timestamp())
    fallback = approved_at.astimezone(UTC).strftime("le %d/%m/%Y à %H:%M UTC")
    when = f"<!date^{epoch}^{{date_short_pretty}} à {{time}}|{fallback}>"  # « aujourd'hui à 23:37 », « 3 mai à … »
    header = (
        f"{phrases.APPROVED_TITLE} par *{escape(approver_name)}*, {when} · "
        f"brouillon n° {revision_number} · {_made_by(model)}"
    )
    blocks: list[Block] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": header}},
        _context(phrases.FINAL_TEXT),
    ]
    body = verbatim_blocks(final_text) if final_text.strip() else _text_sections(final_text)
    blocks += body[: MAX_BLOCKS - (3 if pin_target is not None else 2)]
    if pin_target is not None:
        pin = _button(ids.PIN_REPLY, phrases.PIN_REPLY, pin_target)
        blocks.append({"type": "actions", "block_id": ids.PIN_REPLY, "elements": [pin]})
    return SlackMessage(f"{phrases.APPROVED_TITLE} par {escape(approver_name)}", blocks)


def dismissed_message(user_name: str) -> SlackMessage:
    """A draft dismissed as « not a review »: no text, no buttons, who did it."""
    note = phrases.DISMISSED.format(user=escape(user_name))
    return SlackMessage(note, [_context(note)])


def notice_message(text: str) -> SlackMessage:
    return SlackMessage(escape(text), _text_sections(text))


def changes_message(number: int, changes: Sequence[Change]) -> SlackMessage:
    """What a version changed, in rich text (never read as mrkdwn): removed words struck through, added in bold."""
    intro = phrases.CHANGES_INTRO.format(number=number)
    return SlackMessage(intro, [_context(intro), *change_blocks(changes)[: MAX_BLOCKS - 1]])


def sent_text_message(text: str) -> SlackMessage:
    blocks = [_context(phrases.SENT_TEXT_INTRO), *_text_sections(text)[: MAX_BLOCKS - 1]]
    return SlackMessage(phrases.SENT_TEXT_INTRO, blocks)
