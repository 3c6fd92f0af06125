"""End to end: `plume serve --http` as a subprocess, the fake Slack Web API and a fake Mistral server."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess, plume_env, unfinished_jobs
from tests.fakes.slack_api import FakeSlackApi, SlackCall
from tests.fakes.slack_payloads import AGENT, FEEDBACK_CHANNEL, block_action, message_event

NAME, PHONE, EMAIL = "Marie Dupont", "06 12 34 56 78", "marie.dupont@example.fr"
REVIEW = (
    f"Bonjour, je suis {NAME}. J'attends depuis trois mois une réponse de la CAF à propos de mon dossier. "
    f"Personne ne rappelle au {PHONE} et mes courriels à {EMAIL} restent sans suite."
)
RAW_VALUES = [NAME, "Dupont", PHONE, PHONE.replace(" ", ""), EMAIL]


def _model_reply(body: dict[str, Any]) -> str:
    """Answer like a model would: address the citizen by the placeholder it was given."""
    user_text = body["messages"][-1]["content"]
    person = re.search(r"\[PERSONNE_\d+\]", user_text)
    return f"Bonjour {person.group(0) if person else 'Madame, Monsieur'}, merci pour votre avis sur la CAF."


@pytest.fixture
def plume(tmp_path: Path, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer) -> Iterator[PlumeProcess]:
    env = plume_env(tmp_path, fake_slack.url, fake_mistral.url, f"sqlite:///{tmp_path / 'plume.db'}")
    process = PlumeProcess(env, tmp_path).wait_ready()
    yield process
    process.stop()


def _has_action(call: SlackCall, action_id: str) -> bool:
    return action_id in json.dumps(call.params.get("blocks", []))


def test_review_to_approved_reply(
    plume: PlumeProcess, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer
) -> None:
    fake_mistral.reply = _model_reply
    fake_mistral.delay_before_answer = 1.0

    status = plume.send(message_event(REVIEW, "1700000000.000100"))

    assert status == 200
    assert not fake_slack.calls_to("chat.update"), "the ack waited for the draft"
    draft = fake_slack.wait_for("chat.update", lambda c: _has_action(c, "plume_approve"), timeout=30)
    assert draft.params["channel"] == FEEDBACK_CHANNEL
    progress = fake_slack.calls_to("chat.postMessage")[0]
    assert progress.params["thread_ts"] == "1700000000.000100"
    shown = json.dumps(draft.params["blocks"], ensure_ascii=False)
    assert f"Bonjour {NAME}, merci" in shown
    assert "3 éléments masqués" in shown
    for action_id in ("plume_approve", "plume_regenerate", "plume_edit", "plume_switch_model"):
        assert _has_action(draft, action_id)

    sent = json.dumps([request.body for request in fake_mistral.requests], ensure_ascii=False)
    assert "[PERSONNE_1]" in sent
    for value in RAW_VALUES:
        assert value not in sent

    approve = next(
        e
        for b in draft.params["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "plume_approve"
    )
    click = block_action(
        "plume_approve", approve["value"], user="ULEAD", response_url=fake_slack.response_url("approve")
    )
    status = plume.send(click, "application/x-www-form-urlencoded")
    assert status == 200

    approved = fake_slack.wait_for(
        "chat.update", lambda c: "Réponse approuvée" in json.dumps(c.params, ensure_ascii=False)
    )
    assert approved.params["ts"] == draft.params["ts"]
    assert NAME in json.dumps(approved.params["blocks"], ensure_ascii=False)
    assert not _has_action(approved, "plume_approve")
    with sqlite3.connect(plume.log.parent / "plume.db") as db:
        rows = db.execute("SELECT user_id, model_id FROM approvals").fetchall()
        assert rows == [("ULEAD", "mistral:mistral-small-latest")]
        dump = "\n".join(db.iterdump())
    for value in RAW_VALUES:
        assert value not in dump
        assert value not in plume.log.read_text()


def test_forged_signature_is_refused(plume: PlumeProcess, fake_slack: FakeSlackApi) -> None:
    status = plume.send(message_event(REVIEW, "1700000000.000300"), secret="not-the-secret")

    assert status == 401
    plume.stop()  # once the process has exited, whatever the request could have started is over
    assert not fake_slack.calls_to("chat.postMessage")
    with sqlite3.connect(plume.log.parent / "plume.db") as db:
        assert db.execute("SELECT count(*) FROM conversations").fetchone() == (0,)


def test_retried_event_drafts_once(
    plume: PlumeProcess, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer
) -> None:
    body = message_event("Merci à l'agent de la mairie pour son accueil.", "1700000000.000400", user=AGENT)
    first = plume.send(body)
    second = plume.send(body, **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})

    assert (first, second) == (200, 200)
    fake_slack.wait_for("chat.update", lambda c: _has_action(c, "plume_approve"), timeout=30)
    plume.stop()  # the retry's listener, and any job it stored, have run or been given back by now

    assert unfinished_jobs(f"sqlite:///{plume.log.parent / 'plume.db'}") == 0
    assert len(fake_mistral.requests) == 1
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
