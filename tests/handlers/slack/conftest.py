"""The `harness` fixture: a running Plume on the real Bolt app, fake Slack and model, SQLite.

Team leads: LEAD by PLUME_TEAM_LEADS, GROUP_LEAD as a member of the LEAD_GROUP user group.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from slack_bolt import App
from sqlalchemy.engine import Engine

from bot.audit import AuditService
from bot.chat_router import ChatRouter
from bot.core import Core
from bot.domain import Platform
from bot.models.registry import ModelRegistry
from bot.privacy.engine import PresidioPseudonymiser
from bot.team_leads import TeamLeads
from handlers.slack.app import build_app, build_web_client
from handlers.slack.audit_charts import ChartBoard
from handlers.slack.chat import SlackChat
from handlers.slack.workspace import SlackWorkspace
from storage.database import open_engine, upgrade
from tests.fakes.bolt_harness import SECRET, Harness
from tests.fakes.core import MODELS, build_test_core
from tests.fakes.model import FakeProvider
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import FEEDBACK_CHANNEL

LEAD = "ULEAD"
GROUP_LEAD = "UGROUPLEAD"
LEAD_GROUP = "chefs-equipe"


class AuditHarness(Harness):
    """The harness, plus the audit service and the engine, for seeding and reading back."""

    def __init__(
        self,
        app: App,
        core: Core,
        provider: FakeProvider,
        slack: FakeSlackApi,
        db: Path,
        audit: AuditService,
        engine: Engine,
        chart_clock: list[float],
        charts: ChartBoard,
    ) -> None:
        super().__init__(app, core, provider, slack, db)
        self.audit, self.engine = audit, engine
        self.chart_clock, self.charts = chart_clock, charts

    def later(self, seconds: float) -> None:
        """Move the charts' clock on (the refresh window is counted on it)."""
        self.chart_clock[0] += seconds


@pytest.fixture
def harness(tmp_path: Path, fake_slack: FakeSlackApi, pseudonymiser: PresidioPseudonymiser) -> Iterator[AuditHarness]:
    engine = open_engine(f"sqlite:///{tmp_path / 'plume.db'}")
    upgrade(engine)
    fake_slack.usergroups = [{"id": "S0LEADS", "handle": LEAD_GROUP, "users": [GROUP_LEAD]}]
    provider = FakeProvider()
    client = build_web_client("xoxb-test", fake_slack.url)
    workspace = SlackWorkspace(client)
    choices = ModelRegistry({"mistral": provider}, MODELS).choices
    chat = ChatRouter({Platform.SLACK: SlackChat(client, choices)}, choices)
    core = build_test_core(
        engine,
        pseudonymiser,
        provider,
        chat,
        stream_interval=60.0,
        retry_delay=lambda _attempt: 0.0,
        leads=TeamLeads(frozenset({LEAD}), LEAD_GROUP, workspace.usergroup_members),
    )
    core.runner.start()
    chart_clock = [0.0]
    # charts drawn before the view is answered, so that tests can count publishes; test_audit_lead_home turns
    # the production behaviour (drawn in the background, the view published again) back on
    charts = ChartBoard(core.audit, client, monotonic=lambda: chart_clock[0], background=False)
    app = build_app(
        client,
        core,
        signing_secret=SECRET,
        feedback_channels=frozenset({FEEDBACK_CHANNEL}),
        workspace=workspace,
        process_before_response=True,  # a request is fully handled when `dispatch` returns
        charts=charts,
    )
    yield AuditHarness(app, core, provider, fake_slack, tmp_path / "plume.db", core.audit, engine, chart_clock, charts)
    core.runner.stop()
    engine.dispose()
