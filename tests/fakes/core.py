"""The core assembled by `bot.core.build_core`, as production does, around test doubles and a real store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.engine import Engine

from bot.clock import utc_now
from bot.core import Core, Stores, Tuning, build_core
from bot.models.registry import ModelRegistry
from bot.ports.chat import ChatPort
from bot.ports.models import ModelProvider
from bot.ports.privacy import Pseudonymiser
from bot.ports.repository import Repository
from bot.privacy.vault import VaultCipher
from bot.team_leads import TeamLeads
from storage.audit_store import SqlAuditStore
from storage.repository import SqlRepository
from storage.settings_store import SqlChannelSettingsStore

MODELS = ["mistral:mistral-small-latest", "mistral:mistral-large-latest"]


def build_test_core(
    engine: Engine,
    pseudonymiser: Pseudonymiser,
    provider: ModelProvider,
    chat: ChatPort,
    *,
    clock: Callable[[], datetime] = utc_now,
    stream_interval: float = 0.0,
    model_ids: list[str] = MODELS,
    poll_seconds: float = 0.05,
    retry_delay: Callable[[int], float] = lambda attempts: 2.0**attempts,
    leads: TeamLeads | None = None,
    repo: Repository | None = None,
) -> Core:
    """One worker, a fresh vault key, every model served by `provider` under the "mistral" family.

    `repo` replaces the SqlRepository on `engine` (a double that misbehaves on purpose, for instance).
    """
    stores = Stores(
        repo or SqlRepository(engine, clock=clock),
        SqlAuditStore(engine, clock=clock),
        SqlChannelSettingsStore(engine, clock),
    )
    tuning = Tuning(
        workers=1, poll_seconds=poll_seconds, stream_interval=stream_interval, retry_delay=retry_delay, clock=clock
    )
    models = ModelRegistry({"mistral": provider}, model_ids)
    cipher = VaultCipher(VaultCipher.generate_key())
    return build_core(stores, pseudonymiser, cipher, models, chat, leads or TeamLeads(frozenset()), tuning)
