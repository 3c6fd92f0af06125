"""Issue 14, « Je m'en occupe » through the real Bolt app: a colleague takes a review over, once."""

from __future__ import annotations

import json
import sqlite3

from handlers.slack import ids
from tests.fakes.bolt_harness import FORM, Harness, actions_of
from tests.fakes.slack_payloads import AGENT, block_action, message_event, thread_reply_event

REVIEW_TS = "1700000300.000100"
COLLEAGUE = "UCOLLEAGUE"
THIRD = "UTHIRD"


def _click(harness: Harness, action_id: str, value: str, user: str) -> None:
    body = block_action(action_id, value, user=user, response_url=harness.slack.response_url(action_id))
    assert harness.send(body, FORM) == 200


def _ephemerals_to(harness: Harness, user: str) -> str:
    calls = [c.params for c in harness.slack.calls_to("chat.postEphemeral") if c.params.get("user") == user]
    return json.dumps(calls, ensure_ascii=False)


def test_a_colleague_takes_over_then_refines_by_replying_and_the_requester_must_mention_plume(
    harness: Harness,
) -> None:
    harness.provider.enqueue("Bonjour, merci.", "Version du collègue.")
    harness.send(message_event("La mairie est fermée le samedi.", REVIEW_TS))
    draft = harness.draft()
    take_over = actions_of(draft)[ids.TAKE_OVER]
    assert take_over["text"]["text"] == "🙋 Je m'en occupe"

    _click(harness, ids.TAKE_OVER, str(take_over["value"]), COLLEAGUE)

    shown = harness.slack.wait_for(
        "chat.update", lambda c: c.params.get("ts") == draft.params["ts"] and "s'occupe de cet avis" in str(c.params)
    )
    assert "Agent Test s’occupe de cet avis" in json.dumps(shown.params, ensure_ascii=False).replace("'", "’")
    assert ids.APPROVE in actions_of(shown), "the draft keeps its buttons"
    with sqlite3.connect(harness.db) as db:
        assert db.execute("SELECT taken_by FROM conversations").fetchall() == [(COLLEAGUE,)]
        assert db.execute("SELECT actor, details FROM audit_events WHERE kind = 'taken_over'").fetchall() == [
            (COLLEAGUE, json.dumps({"previous": AGENT}))
        ]

    harness.send(thread_reply_event("je m'en charge demain", "1700000300.000200", REVIEW_TS, user=AGENT))
    harness.settle()
    assert len(harness.provider.calls) == 1, "the one who brought it now talks with colleagues"

    harness.send(thread_reply_event("plus court", "1700000300.000300", REVIEW_TS, user=COLLEAGUE))
    second = harness.wait_drafts(3)[2]  # the first draft, shown again with who is in charge, then the new one
    assert "Version du collègue." in json.dumps(second.params, ensure_ascii=False)
    assert harness.provider.calls[-1][1][-1].content == "plus court"
    assert "s'occupe de cet avis" in json.dumps(second.params, ensure_ascii=False).replace("’", "'")


def test_a_second_taker_and_a_double_click_leave_one_taker_and_say_who_has_it(harness: Harness) -> None:
    harness.provider.enqueue("Bonjour, merci.")
    harness.send(message_event("La piscine est fermée.", REVIEW_TS))
    value = str(actions_of(harness.draft())[ids.TAKE_OVER]["value"])

    _click(harness, ids.TAKE_OVER, value, COLLEAGUE)
    _click(harness, ids.TAKE_OVER, value, COLLEAGUE)
    _click(harness, ids.TAKE_OVER, value, THIRD)

    harness.settle()
    with sqlite3.connect(harness.db) as db:
        assert db.execute("SELECT taken_by FROM conversations").fetchall() == [(COLLEAGUE,)]
        assert db.execute("SELECT count(*) FROM audit_events WHERE kind = 'taken_over'").fetchone() == (1,)
    assert "Vous vous occupez déjà de cet avis" in _ephemerals_to(harness, COLLEAGUE)
    assert "Agent Test s'occupe déjà de cet avis" in _ephemerals_to(harness, THIRD).replace("’", "'")
