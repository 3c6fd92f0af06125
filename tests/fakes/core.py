"""The core assembled by `bot.core.build_core`, as production does, around test doubles and a real store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.engine import Engine

from bot.clock import utc_now
from bot.core import Core, Stores, Tuning, build_core
from bot.domain import Platform
from bot.models.registry import ModelRegistry
from bot.ports.chat import ChatPort
from bot.ports.models import ModelProvider
from bot.ports.privacy import Pseudonymiser
from bot.ports.repository import ConversationStore
from bot.privacy.vault import VaultCipher
from bot.team_leads import TeamLeads
from storage.audit_store import SqlAuditStore
from storage.conversation_store import SqlConversationStore
from storage.database import Database
from storage.examples_store import SqlExampleStore
from storage.findings_store import SqlFindingStore
from storage.inbox_store import SqlInboxStore
from storage.job_queue import SqlJobQueue
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
    workers: int = 1,
    conversations: ConversationStore | None = None,
    platforms: frozenset[Platform] | None = None,
    vault_key: bytes | None = None,
) -> Core:
    """One worker, a fresh vault key, every model served by `provider` under the "mistral" family.

    `conversations` replaces the conversation store on `engine` (a double that misbehaves on purpose, for instance).
    """
    database = Database(engine, clock)
    stores = Stores(
        conversations or SqlConversationStore(database),
        SqlJobQueue(database),
        SqlAuditStore(database),
        SqlChannelSettingsStore(database),
        SqlInboxStore(database),
        SqlFindingStore(database),
        SqlExampleStore(database),
    )
    tuning = Tuning(
        workers=workers,
        poll_seconds=poll_seconds,
        stream_interval=stream_interval,
        retry_delay=retry_delay,
        clock=clock,
        platforms=platforms,
    )
    models = ModelRegistry({"mistral": provider}, model_ids)
    cipher = VaultCipher(vault_key or VaultCipher.generate_key())
    return build_core(stores, pseudonymiser, cipher, models, chat, leads or TeamLeads(frozenset()), tuning)
