"""End to end: `plume serve --http` as a subprocess, the fake Slack Web API and a fake Mistral server."""

from __future__ import annotations

import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

import pytest

from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.slack_api import FakeSlackApi, SlackCall
from tests.fakes.slack_payloads import AGENT, FEEDBACK_CHANNEL, block_action, message_event, signed_headers

SECRET = "e2e-signing-secret"
NAME, PHONE, EMAIL = "Marie Dupont", "06 12 34 56 78", "marie.dupont@example.fr"
REVIEW = (
    f"Bonjour, je suis {NAME}. J'attends depuis trois mois une réponse de la CAF à propos de mon dossier. "
    f"Personne ne rappelle au {PHONE} et mes courriels à {EMAIL} restent sans suite."
)
RAW_VALUES = [NAME, "Dupont", PHONE, PHONE.replace(" ", ""), EMAIL]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _model_reply(body: dict[str, Any]) -> str:
    """Answer like a model would: address the citizen by the placeholder it was given."""
    user_text = body["messages"][-1]["content"]
    person = re.search(r"\[PERSONNE_\d+\]", user_text)
    return f"Bonjour {person.group(0) if person else 'Madame, Monsieur'}, merci pour votre avis sur la CAF."


def _post(url: str, body: str, headers: dict[str, str]) -> tuple[int, bytes]:
    request = Request(url, data=body.encode(), headers=headers, method="POST")
    try:
        with urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except HTTPError as error:
        return error.code, error.read()


class Plume:
    def __init__(self, base: str, log: Path, db: Path) -> None:
        self.base, self.log, self.db = base, log, db

    def send(self, body: str, content_type: str, secret: str = SECRET) -> tuple[int, bytes]:
        headers = {"Content-Type": content_type, **signed_headers(secret, body)}
        return _post(f"{self.base}/slack/events", body, headers)


@pytest.fixture
def plume(tmp_path: Path, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer) -> Iterator[Plume]:
    port = _free_port()
    db = tmp_path / "plume.db"
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "SLACK_BOT_TOKEN": "xoxb-e2e",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": fake_slack.url,
        "MISTRAL_API_KEY": "mistral-e2e",
        "MISTRAL_SERVER_URL": fake_mistral.url,
        "PLUME_DATABASE_URL": f"sqlite:///{db}",
        "PLUME_DATA_DIR": str(tmp_path / "var"),
        "PLUME_FEEDBACK_CHANNELS": FEEDBACK_CHANNEL,
        "PLUME_LOG_LEVEL": "DEBUG",
    }
    log = tmp_path / "plume.log"
    command = [str(Path(sys.executable).parent / "plume"), "serve", "--http", "--port", str(port)]
    with log.open("wb") as output:
        process = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urlopen(f"{base}/healthz", timeout=2) as response:
                    assert json.loads(response.read())["status"] == "ok"
                    break
            except (URLError, ConnectionError):
                assert process.poll() is None, log.read_text()
                assert time.monotonic() < deadline, "plume serve --http never answered /healthz"
                time.sleep(0.2)
        yield Plume(base, log, db)
    finally:
        process.terminate()
        process.wait(timeout=30)


def _has_action(call: SlackCall, action_id: str) -> bool:
    return action_id in json.dumps(call.params.get("blocks", []))


def test_review_to_approved_reply(plume: Plume, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer) -> None:
    fake_mistral.reply = _model_reply
    fake_mistral.delay_before_answer = 1.0

    status, _ = plume.send(message_event(REVIEW, "1700000000.000100"), "application/json")

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
    status, _ = plume.send(click, "application/x-www-form-urlencoded")
    assert status == 200

    approved = fake_slack.wait_for(
        "chat.update", lambda c: "Réponse approuvée" in json.dumps(c.params, ensure_ascii=False)
    )
    assert approved.params["ts"] == draft.params["ts"]
    assert NAME in json.dumps(approved.params["blocks"], ensure_ascii=False)
    assert not _has_action(approved, "plume_approve")
    with sqlite3.connect(plume.db) as db:
        rows = db.execute("SELECT user_id, model_id FROM approvals").fetchall()
        assert rows == [("ULEAD", "mistral:mistral-small-latest")]
        dump = "\n".join(db.iterdump())
    for value in RAW_VALUES:
        assert value not in dump
        assert value not in plume.log.read_text()


def test_forged_signature_is_refused(plume: Plume, fake_slack: FakeSlackApi) -> None:
    status, _ = plume.send(message_event(REVIEW, "1700000000.000300"), "application/json", secret="not-the-secret")

    assert status == 401
    time.sleep(0.5)
    assert not fake_slack.calls_to("chat.postMessage")


def test_retried_event_drafts_once(plume: Plume, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer) -> None:
    body = message_event("Merci à l'agent de la mairie pour son accueil.", "1700000000.000400", user=AGENT)
    first, _ = plume.send(body, "application/json")
    retry_headers = {
        "Content-Type": "application/json",
        "X-Slack-Retry-Num": "1",
        **signed_headers(SECRET, body),
    }
    second, _ = _post(f"{plume.base}/slack/events", body, retry_headers)

    assert (first, second) == (200, 200)
    fake_slack.wait_for("chat.update", lambda c: _has_action(c, "plume_approve"), timeout=30)
    time.sleep(1.0)
    assert len(fake_mistral.requests) == 1
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
