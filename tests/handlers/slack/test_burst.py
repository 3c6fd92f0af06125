"""A burst against a Slack that enforces its published rate limits: 30 reviews arrive together in one channel."""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest

from bot.chat_router import ChatRouter
from bot.domain import Platform
from bot.models.registry import ModelRegistry
from bot.privacy.engine import PresidioPseudonymiser
from handlers.slack.app import build_app, build_web_client
from handlers.slack.chat import SlackChat
from storage.database import open_engine, upgrade
from tests.fakes.bolt_harness import SECRET, Harness
from tests.fakes.core import MODELS, build_test_core
from tests.fakes.model import FakeProvider
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import FEEDBACK_CHANNEL, message_event

REVIEWS = 30


def test_thirty_reviews_at_once_all_get_their_final_draft_within_slacks_limits(
    tmp_path: Path, fake_slack: FakeSlackApi, pseudonymiser: PresidioPseudonymiser, caplog: pytest.LogCaptureFixture
) -> None:
    """Eight workers draft together; Plume paces its posts and edits so that the limiting fake Slack rarely refuses
    one, every draft ends final with its buttons, no draft is asked of the model twice, nothing is logged as an
    error."""
    caplog.set_level(logging.WARNING)
    db = tmp_path / "plume.db"
    engine = open_engine(f"sqlite:///{db}")
    upgrade(engine)
    provider = FakeProvider()
    client = build_web_client("xoxb-test", fake_slack.url)
    choices = ModelRegistry({"mistral": provider}, MODELS).choices
    chat = ChatRouter({Platform.SLACK: SlackChat(client, choices)}, choices)
    core = build_test_core(
        engine, pseudonymiser, provider, chat, stream_interval=1.0, retry_delay=lambda _: 0.5, workers=8
    )
    app = build_app(
        client,
        core,
        signing_secret=SECRET,
        feedback_channels=frozenset({FEEDBACK_CHANNEL}),
        process_before_response=True,
    )
    harness = Harness(app, core, provider, fake_slack, db)
    for index in range(REVIEWS):
        assert harness.send(message_event(f"Avis n° {index} : la CAF ne répond pas.", f"1700000000.{index:06d}")) == 200
    core.runner.start()
    try:
        started = time.monotonic()
        harness.wait_drafts(REVIEWS, timeout=240)
        elapsed = time.monotonic() - started
    finally:
        core.runner.stop()
    engine.dispose()

    assert len(provider.calls) == REVIEWS, "one model call per review"
    finals = {(call.params["channel"], call.params["ts"]) for call in harness.drafts()}
    assert len(finals) == REVIEWS, "each review has its own final draft"
    posts = [call for call in fake_slack.calls_to("chat.postMessage") if call.status == 200]
    assert len(posts) == REVIEWS, "one progress message per review, no duplicate"
    calls = [call for call in fake_slack.calls if call.method.startswith("chat.")]
    refused = [call for call in calls if call.status == 429]
    assert len(refused) < 0.1 * len(calls), f"{len(refused)} of {len(calls)} calls refused"
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT count(*) FROM revisions").fetchone()[0] == REVIEWS
        assert connection.execute("SELECT count(*) FROM jobs WHERE status != 'done'").fetchone()[0] == 0
    print(json.dumps({"seconds_to_last_final": round(elapsed, 1), "calls": len(calls), "refused": len(refused)}))
