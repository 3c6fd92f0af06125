"""The `mm` fixture: a running Plume on Mattermost (fake server, real adapter and WebSocket loop, core on SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.chat_router import ChatRouter
from bot.domain import Platform
from bot.models.registry import ModelRegistry
from bot.privacy.engine import PresidioPseudonymiser
from bot.team_leads import TeamLeads
from handlers.mattermost.app import action_key, build_chat, build_mattermost
from handlers.mattermost.callbacks import WsgiApp
from handlers.mattermost.client import MattermostClient
from handlers.mattermost.socket import Backoff
from storage.database import open_engine, upgrade
from tests.fakes.core import MODELS, build_test_core
from tests.fakes.mattermost_api import FakeMattermost
from tests.fakes.mattermost_harness import COMMAND_TOKEN, CountingPseudonymiser, MattermostHarness, served
from tests.fakes.model import FakeProvider


class _LateApp:
    """The callbacks' app, set once built: the server must run first, since the buttons carry its URL."""

    def __init__(self) -> None:
        self.app: WsgiApp | None = None

    def __call__(self, environ, start_response):  # type: ignore[no-untyped-def]
        assert self.app is not None
        return self.app(environ, start_response)


@pytest.fixture
def mm(tmp_path: Path, pseudonymiser: PresidioPseudonymiser) -> Iterator[MattermostHarness]:
    engine = open_engine(f"sqlite:///{tmp_path / 'plume.db'}")
    upgrade(engine)
    late = _LateApp()
    with FakeMattermost() as fake, served(late) as public_url:
        agent = fake.add_user("alice", first_name="Alice", last_name="Martin", token="alice-token")
        lead = fake.add_user("lea", first_name="Léa", last_name="Bernard", token="lea-token")
        feedback = fake.add_channel("avis-usagers", "Avis des usagers", members=[agent, lead])
        provider = FakeProvider()
        counting = CountingPseudonymiser(pseudonymiser)
        client = MattermostClient.connect(fake.root, fake.bot_token)
        key = action_key(fake.bot_token)
        choices = ModelRegistry({"mistral": provider}, MODELS).choices
        chat = build_chat(client, public_url=public_url, key=key, choices=choices, server_url=fake.root)
        core = build_test_core(
            engine,
            counting,
            provider,
            ChatRouter({Platform.MATTERMOST: chat}, choices),
            retry_delay=lambda _: 0.0,
            leads=TeamLeads(frozenset({lead})),
        )
        runtime = build_mattermost(
            core,
            chat,
            client,
            server_url=fake.root,
            bot_token=fake.bot_token,
            command_token=COMMAND_TOKEN,
            public_url=public_url,
            feedback_channels=frozenset({feedback}),
            key=key,
            workers=1,
            heartbeat=1.0,
            backoff=Backoff(base=0.05, cap=0.2, refused=0.5),
        )
        late.app = runtime.wsgi
        core.runner.start()
        runtime.start()
        assert runtime.socket.connected.wait(10), "the WebSocket did not authenticate"
        yield MattermostHarness(
            fake, core, runtime, provider, counting, tmp_path / "plume.db", public_url, agent, feedback, lead
        )
        runtime.stop()
        core.runner.stop()
        client.close()
    engine.dispose()
