"""Two processes on one database, each serving its own platforms (as `plume serve` wires them: the platforms with
an adapter): each drafts, and recovers from the inbox, only the reviews of its platforms."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.core import Core
from bot.domain import IncomingReview, IntakeSource, Platform
from bot.privacy.engine import PresidioPseudonymiser
from bot.privacy.vault import VaultCipher
from storage.database import open_engine, upgrade
from tests.fakes.chat import RecordingChat
from tests.fakes.core import build_test_core
from tests.fakes.model import FakeProvider


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _review(ts: str) -> IncomingReview:
    text = "Le service de la CPAM a été très long."
    return IncomingReview(Platform.SLACK, "T1", "CFEED", ts, ts, "UAGENT", IntakeSource.CHANNEL, text)


def test_each_process_drafts_and_recovers_only_the_reviews_of_its_platforms(
    tmp_path: Path, pseudonymiser: PresidioPseudonymiser
) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'plume.db'}")
    upgrade(engine)
    clock, provider, chat = Clock(), FakeProvider(), RecordingChat()
    key = VaultCipher.generate_key()  # every process of a deployment shares PLUME_VAULT_KEY

    def process(*served: Platform) -> Core:
        return build_test_core(
            engine, pseudonymiser, provider, chat, clock=clock, platforms=frozenset(served), vault_key=key
        )

    matrix, slack = process(Platform.MATRIX), process(Platform.SLACK, Platform.MATTERMOST)

    matrix.intake.receive_review(_review("1700000000.000100"))
    assert matrix.runner.drain() == 0, "a Slack draft is not for a Matrix-only process"
    assert slack.runner.drain() == 1

    assert matrix.inbox.accept(_review("1700000000.000200")) is not None  # acked, then its process died
    clock.now += timedelta(minutes=5)
    assert not matrix.inbox.recover_one(), "a Slack review is not for a Matrix-only process"
    assert slack.inbox.recover_one()
    assert not slack.inbox.recover_one(), "taken in by the process serving Slack, once"
    assert matrix.runner.drain() == 0
    assert slack.runner.drain() == 1
    assert len(provider.calls) == 2, "both reviews drafted, once each"
