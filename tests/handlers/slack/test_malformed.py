"""Signed payloads with fields of the wrong type or missing: refused with a 400 (never a 500), and nothing done."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlencode

import pytest

from handlers.slack import ids
from tests.fakes.bolt_harness import FORM, Harness, actions_of
from tests.fakes.slack_payloads import AGENT, block_action, message_event

Mutation = Callable[[dict[str, Any]], None]

CLICKS: dict[str, Mutation] = {
    "action without action_id": lambda body: body["actions"][0].pop("action_id"),
    "actions that are not objects": lambda body: body.update(actions=[ids.APPROVE]),
    "no user": lambda body: body.pop("user"),
    "user without id": lambda body: body["user"].pop("id"),
    "team as a list": lambda body: body.update(team=["T0001"]),
    "view as a string": lambda body: body.update(view="modal"),
    "null view and no type": lambda body: (body.pop("type"), body.update(view=None)),  # found by the fuzz test
}
EVENTS: dict[str, Mutation] = {
    "event as a list": lambda body: body.update(event=[body["event"]]),
    "event without type": lambda body: body["event"].pop("type"),
    "event user as a list": lambda body: body["event"].update(user=[AGENT]),
    "team_id as a number": lambda body: body.update(team_id=1),
    "authorizations of strings": lambda body: body.update(authorizations=["T0001"]),
}


def _approvals(harness: Harness) -> int:
    with sqlite3.connect(harness.db) as db:
        count: int = db.execute("SELECT count(*) FROM approvals").fetchone()[0]
    return count


@pytest.mark.parametrize("mutate", CLICKS.values(), ids=CLICKS.keys())
def test_a_malformed_click_on_a_real_draft_is_refused_and_approves_nothing(harness: Harness, mutate: Mutation) -> None:
    harness.send(message_event("La CAF ne répond pas.", "1700000700.000100"))
    button = actions_of(harness.draft())[ids.APPROVE]
    click = block_action(ids.APPROVE, str(button["value"]), user=AGENT, response_url=harness.slack.response_url("a"))
    body = json.loads(parse_qs(click)["payload"][0])
    mutate(body)

    assert harness.post(urlencode({"payload": json.dumps(body)}), FORM) == 400

    assert _approvals(harness) == 0
    assert not [c for c in harness.slack.calls if "Réponse approuvée" in json.dumps(c.params, ensure_ascii=False)]


@pytest.mark.parametrize("mutate", EVENTS.values(), ids=EVENTS.keys())
def test_a_malformed_review_event_is_refused_and_drafts_nothing(harness: Harness, mutate: Mutation) -> None:
    body = json.loads(message_event("La CAF ne répond pas.", "1700000700.000200"))
    mutate(body)

    assert harness.post(json.dumps(body)) == 400

    harness.settle()
    assert harness.provider.calls == []
    with sqlite3.connect(harness.db) as db:
        assert db.execute("SELECT count(*) FROM conversations").fetchone() == (0,)
