"""The real Bolt app, signed requests, the fake Slack Web API, and the core behind them."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

import pytest
from slack_bolt import App, BoltRequest

from bot.jobs import JobRunner, JobSignal
from bot.models.prompts import load_system_prompt
from bot.models.registry import ModelRegistry
from bot.privacy.engine import PresidioPseudonymiser
from bot.privacy.vault import VaultCipher
from bot.service import PlumeService
from handlers.slack import ids
from handlers.slack.app import build_app, build_web_client
from handlers.slack.chat import SlackChat
from storage.database import open_engine, upgrade
from storage.repository import SqlRepository
from tests.fakes.model import FakeProvider
from tests.fakes.slack_api import FakeSlackApi, SlackCall
from tests.fakes.slack_payloads import (
    FEEDBACK_CHANNEL,
    block_action,
    mention_event,
    message_event,
    signed_headers,
)

SECRET = "bolt-test-secret"


class Harness:
    def __init__(self, app: App, provider: FakeProvider, slack: FakeSlackApi) -> None:
        self.app, self.provider, self.slack = app, provider, slack

    def send(self, body: str, content_type: str = "application/json", *, secret: str = SECRET, age: int = 0) -> int:
        headers = {"content-type": [content_type], **signed_headers(secret, body, int(time.time()) - age)}
        return self.app.dispatch(BoltRequest(body=body, headers=headers)).status

    def draft(self) -> SlackCall:
        return self.slack.wait_for("chat.update", lambda c: ids.APPROVE in json.dumps(c.params.get("blocks")))


@pytest.fixture
def harness(tmp_path: Path, fake_slack: FakeSlackApi, pseudonymiser: PresidioPseudonymiser) -> Iterator[Harness]:
    engine = open_engine(f"sqlite:///{tmp_path / 'plume.db'}")
    upgrade(engine)
    repo = SqlRepository(engine)
    provider = FakeProvider()
    models = ModelRegistry({"mistral": provider}, [])
    client = build_web_client("xoxb-test", fake_slack.url)
    signal = JobSignal()
    service = PlumeService(
        repo,
        pseudonymiser,
        VaultCipher(VaultCipher.generate_key()),
        models,
        SlackChat(client, models.choices),
        load_system_prompt(),
        vault_ttl=timedelta(days=1),
        wake_jobs=signal.notify,
    )
    runner = JobRunner(repo, service, signal, workers=1, poll_seconds=0.1)
    runner.start()
    app = build_app(client, service, signing_secret=SECRET, feedback_channels=frozenset({FEEDBACK_CHANNEL}))
    yield Harness(app, provider, fake_slack)
    runner.stop()
    engine.dispose()


def test_a_mention_outside_feedback_channels_is_drafted_in_its_thread(harness: Harness) -> None:
    harness.provider.enqueue("Merci pour votre avis.")

    assert harness.send(mention_event("<@UPLUMEBOT> Le site de l'ANTS ne marche pas.", "1700000001.000100")) == 200

    draft = harness.draft()
    progress = harness.slack.calls_to("chat.postMessage")[0]
    assert (progress.params["channel"], progress.params["thread_ts"]) == ("CGENERAL", "1700000001.000100")
    assert draft.params["channel"] == "CGENERAL"
    sent = harness.provider.prompts_text()
    assert "Le site de l'ANTS ne marche pas." in sent and "UPLUMEBOT" not in sent


@pytest.mark.parametrize(
    "extra",
    [
        {"subtype": "message_changed"},
        {"subtype": "bot_message", "bot_id": "BOTHER"},
        {"bot_id": "BPLUME"},
        {"thread_ts": "1700000000.000001"},
    ],
    ids=["edited", "bot message", "own message", "thread reply"],
)
def test_messages_that_are_not_reviews_are_ignored(harness: Harness, extra: dict[str, str]) -> None:
    assert harness.send(message_event("Un avis", "1700000002.000100", **extra)) == 200
    assert harness.send(message_event("Un avis", "1700000002.000200", channel="COTHER")) == 200
    time.sleep(0.5)
    assert harness.provider.calls == []
    assert not harness.slack.calls_to("chat.postMessage")


def test_pings_in_a_review_or_a_draft_never_reach_slack_as_pings(harness: Harness) -> None:
    harness.provider.enqueue("Bonjour <!here> et <@U999>, merci & à bientôt.")

    harness.send(message_event("<!channel> Service nul", "1700000003.000100"))

    draft = json.dumps(harness.draft().params)
    assert "<!here>" not in draft and "<@U999>" not in draft
    assert "&lt;!here&gt;" in draft and "&amp;" in draft


def test_buttons_not_yet_built_answer_politely_to_the_clicker(harness: Harness) -> None:
    harness.send(message_event("Accueil agréable à la mairie.", "1700000004.000100"))
    harness.draft()

    for action_id in (ids.REGENERATE, ids.EDIT):
        click = block_action(action_id, "1", user="UAGENT", response_url=harness.slack.response_url(action_id))
        assert harness.send(click, "application/x-www-form-urlencoded") == 200
        answer = harness.slack.wait_for("response_url", lambda c, a=action_id: c.path.endswith(a))
        assert answer.params["response_type"] == "ephemeral"
        assert "bientôt disponible" in answer.params["text"]
    assert len(harness.slack.calls_to("chat.update")) == 1, "the draft must not change"


def test_the_sent_text_button_shows_the_pseudonymised_review_to_the_clicker_only(harness: Harness) -> None:
    harness.send(message_event("Je suis Paul Durand et la CAF m'ignore.", "1700000005.000100"))
    draft = harness.draft()
    summary = next(b for b in draft.params["blocks"] if b.get("accessory", {}).get("action_id") == ids.SHOW_SENT_TEXT)

    click = block_action(ids.SHOW_SENT_TEXT, summary["accessory"]["value"], user="UAGENT", response_url="")
    harness.send(click, "application/x-www-form-urlencoded")

    shown = harness.slack.wait_for("chat.postEphemeral")
    assert shown.params["user"] == "UAGENT"
    assert "[PERSONNE_1]" in json.dumps(shown.params["blocks"]) and "Durand" not in json.dumps(shown.params)


def test_slash_command_answers_with_help(harness: Harness) -> None:
    body = urlencode(
        {
            "command": "/plume",
            "text": "aide",
            "user_id": "UAGENT",
            "team_id": "T0001",
            "channel_id": FEEDBACK_CHANNEL,
            "response_url": harness.slack.response_url("cmd"),
            "trigger_id": "t",
        }
    )
    headers = {"content-type": ["application/x-www-form-urlencoded"], **signed_headers(SECRET, body)}

    response = harness.app.dispatch(BoltRequest(body=body, headers=headers))

    assert response.status == 200
    assert "Plume rédige" in json.loads(response.body)["text"]


@pytest.mark.parametrize(("secret", "age"), [("wrong-secret", 0), (SECRET, 600)], ids=["forged", "replayed"])
def test_unsigned_or_old_requests_are_refused(harness: Harness, secret: str, age: int) -> None:
    assert harness.send(message_event("Un avis", "1700000006.000100"), secret=secret, age=age) == 401
    time.sleep(0.3)
    assert harness.provider.calls == []
