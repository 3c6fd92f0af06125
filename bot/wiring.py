"""The composition root: builds every part from Settings and hands each its collaborators."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from slack_bolt import App
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.config import Settings
from bot.jobs import JobRunner, JobSignal
from bot.models.prompts import load_system_prompt
from bot.models.registry import ModelRegistry
from bot.ports import ModelProvider
from bot.privacy.engine import PresidioPseudonymiser
from bot.privacy.keys import load_or_create_key
from bot.privacy.vault import VaultCipher
from bot.service import PlumeService
from handlers.slack.app import build_app, build_web_client
from handlers.slack.chat import SlackChat
from storage.database import open_engine, upgrade
from storage.repository import SqlRepository

log = logging.getLogger(__name__)


def _secret(value: Any) -> str | None:
    return value.get_secret_value() if value is not None else None


def build_providers(settings: Settings) -> dict[str, ModelProvider]:
    """One provider per family that has credentials or a server URL."""
    providers: dict[str, ModelProvider] = {}
    if settings.mistral_api_key is not None or settings.mistral_server_url:
        from bot.models.mistral import MistralProvider

        providers["mistral"] = MistralProvider(
            _secret(settings.mistral_api_key),
            settings.mistral_server_url,
            settings.plume_model_timeout_seconds,
        )
    return providers


def migrated_engine(settings: Settings) -> Engine:
    engine = open_engine(settings.plume_database_url)
    upgrade(engine)
    return engine


@dataclass
class Runtime:
    """A ready Plume: the Bolt app to serve and the job runner to start."""

    app: App
    runner: JobRunner
    engine: Engine

    def health(self) -> dict[str, Any]:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as error:
            return {"status": "error", "database": type(error).__name__}
        return {"status": "ok", "database": "ok"}


def build_runtime(settings: Settings, *, http: bool) -> Runtime:
    models = ModelRegistry(build_providers(settings), settings.model_ids)
    engine = migrated_engine(settings)
    repo = SqlRepository(engine)
    cipher = VaultCipher(load_or_create_key(_secret(settings.plume_vault_key), settings.plume_data_dir))
    client = build_web_client(_secret(settings.slack_bot_token) or "", settings.slack_api_url)
    client.auth_test()  # fail fast on a wrong token or an unreachable Slack, before loading the NLP model
    signal = JobSignal()
    service = PlumeService(
        repo,
        PresidioPseudonymiser(),
        cipher,
        models,
        SlackChat(client, models.choices),
        load_system_prompt(),
        vault_ttl=timedelta(days=settings.plume_vault_ttl_days),
        wake_jobs=signal.notify,
    )
    runner = JobRunner(repo, service, signal, workers=settings.plume_job_workers)
    app = build_app(
        client,
        service,
        signing_secret=_secret(settings.slack_signing_secret) if http else None,
        feedback_channels=settings.feedback_channels,
    )
    log.info("Plume ready: models %s", ", ".join(choice.id for choice in models.choices))
    return Runtime(app, runner, engine)
