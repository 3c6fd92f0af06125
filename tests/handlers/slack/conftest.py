"""The `harness` fixture: a running Plume on the real Bolt app, fake Slack and model, SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.models.registry import ModelRegistry
from bot.privacy.engine import PresidioPseudonymiser
from handlers.slack.app import build_app, build_web_client
from handlers.slack.chat import SlackChat
from storage.database import open_engine, upgrade
from storage.repository import SqlRepository
from tests.fakes.bolt_harness import SECRET, Harness
from tests.fakes.core import MODELS, build_core
from tests.fakes.model import FakeProvider
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import FEEDBACK_CHANNEL


@pytest.fixture
def harness(tmp_path: Path, fake_slack: FakeSlackApi, pseudonymiser: PresidioPseudonymiser) -> Iterator[Harness]:
    engine = open_engine(f"sqlite:///{tmp_path / 'plume.db'}")
    upgrade(engine)
    provider = FakeProvider()
    client = build_web_client("xoxb-test", fake_slack.url)
    chat = SlackChat(client, ModelRegistry({"mistral": provider}, MODELS).choices)
    core = build_core(
        SqlRepository(engine), pseudonymiser, provider, chat, stream_interval=60.0, retry_delay=lambda _attempt: 0.0
    )
    core.runner.start()
    app = build_app(client, core.service, signing_secret=SECRET, feedback_channels=frozenset({FEEDBACK_CHANNEL}))
    yield Harness(app, core, provider, fake_slack, tmp_path / "plume.db")
    core.runner.stop()
    engine.dispose()
