"""The core assembled as `bot.wiring` does, around test doubles: one place to build it for every test."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import utc_now
from bot.domain import ChannelSettings
from bot.drafting import Drafter
from bot.jobs import JobRunner, JobSignal
from bot.models.prompts import load_system_prompt
from bot.models.registry import ModelRegistry
from bot.ports import ChatPort, ModelProvider, Pseudonymiser
from bot.privacy.vault import VaultCipher
from bot.service import PlumeService
from bot.vault_keeper import VaultKeeper
from storage.repository import SqlRepository

MODELS = ["mistral:mistral-small-latest", "mistral:mistral-large-latest"]


@dataclass
class Core:
    service: PlumeService
    drafter: Drafter
    runner: JobRunner
    repo: SqlRepository
    models: ModelRegistry


def build_core(
    repo: SqlRepository,
    pseudonymiser: Pseudonymiser,
    provider: ModelProvider,
    chat: ChatPort,
    *,
    clock: Callable[[], datetime] = utc_now,
    stream_interval: float = 0.0,
    model_ids: list[str] = MODELS,
    poll_seconds: float = 0.05,
    retry_delay: Callable[[int], float] = lambda attempts: 2.0**attempts,
    channel_settings: Callable[[str], ChannelSettings | None] = lambda _channel_id: None,
    channel_model: Callable[[str], str | None] = lambda _channel_id: None,
) -> Core:
    models = ModelRegistry({"mistral": provider}, model_ids)
    cipher = VaultCipher(VaultCipher.generate_key())
    signal = JobSignal()
    service = PlumeService(
        repo,
        pseudonymiser,
        cipher,
        models,
        chat,
        vault_ttl=timedelta(days=90),
        wake_jobs=signal.notify,
        clock=clock,
        channel_model=channel_model,
    )
    drafter = Drafter(
        repo,
        VaultKeeper(repo, cipher, clock),
        models,
        chat,
        load_system_prompt(),
        stream_interval=stream_interval,
        channel_settings=channel_settings,
    )
    runner = JobRunner(
        repo, drafter, signal, workers=1, clock=clock, poll_seconds=poll_seconds, retry_delay=retry_delay
    )
    return Core(service, drafter, runner, repo, models)
