"""Issue 14 through the real Bolt app: the thread as a team uses it (unsafe drafts, colleagues, notices)."""

from __future__ import annotations

import json
import sqlite3

from handlers.slack import ids
from tests.fakes.bolt_harness import FORM, Harness, actions_of
from tests.fakes.slack_api import SlackCall
from tests.fakes.slack_payloads import AGENT, block_action, message_event

REVIEW_TS = "1700000200.000100"
NAME = "Marie Dupont"


def _start(harness: Harness, text: str = f"Je suis {NAME}, la CAF ne répond pas.") -> SlackCall:
    harness.send(message_event(text, REVIEW_TS))
    return harness.draft()


def _click(harness: Harness, action_id: str, value: str, user: str = AGENT) -> None:
    body = block_action(action_id, value, user=user, response_url=harness.slack.response_url(action_id))
    assert harness.send(body, FORM) == 200


def _text(call: SlackCall) -> str:
    return json.dumps(call.params, ensure_ascii=False)


def _ephemerals(harness: Harness) -> str:
    return json.dumps([c.params for c in harness.slack.calls_to("chat.postEphemeral")], ensure_ascii=False)


def _approvals(harness: Harness) -> list[tuple[int, str]]:
    with sqlite3.connect(harness.db) as db:
        return db.execute("SELECT revision_id, user_id FROM approvals").fetchall()


def test_an_invented_placeholder_is_shown_and_blocks_a_plain_approval(harness: Harness) -> None:
    harness.provider.enqueue("Bonjour [PERSONNE_1], [PERSONNE_2] vous rappellera au [TELEPHONE_9].")
    draft = _start(harness)

    shown = _text(draft)
    assert "2 marqueurs inconnus : [PERSONNE_2], [TELEPHONE_9]" in shown and f"Bonjour {NAME}" in shown
    buttons = actions_of(draft)
    assert ids.APPROVE not in buttons, "no plain approval of a draft holding unknown placeholders"
    anyway = buttons[ids.APPROVE_ANYWAY]
    assert anyway["style"] == "danger" and "[PERSONNE_2], [TELEPHONE_9]" in json.dumps(anyway["confirm"])

    _click(harness, ids.APPROVE, str(anyway["value"]))  # a forged or stale plain approval
    assert _approvals(harness) == []
    assert "marqueurs que Plume ne peut pas remplacer" in _ephemerals(harness)

    _click(harness, ids.APPROVE_ANYWAY, str(anyway["value"]))
    assert _approvals(harness) == [(int(str(anyway["value"])), AGENT)]
    with sqlite3.connect(harness.db) as db:
        (details,) = db.execute("SELECT details FROM audit_events WHERE kind = 'approved'").fetchone()
    assert json.loads(details) == {
        "revision": 1,
        "model": "mistral:mistral-small-latest",
        "unresolved_placeholders": 2,
        "confirmed_by_agent": True,
    }


def test_a_draft_with_every_placeholder_restored_is_approved_in_one_click(harness: Harness) -> None:
    harness.provider.enqueue("Bonjour [PERSONNE_1], merci.")
    draft = _start(harness)

    assert ids.APPROVE_ANYWAY not in actions_of(draft) and "marqueur" not in _text(draft)
    _click(harness, ids.APPROVE, str(actions_of(draft)[ids.APPROVE]["value"]))
    assert len(_approvals(harness)) == 1
