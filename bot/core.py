"""The core builder: service, intake and its inbox, drafting, job runner, audit and channel settings, from ports.

`bot/wiring.py` builds it from Settings with the real adapters; the tests build it around fakes. Both go through
`build_core`, so the core is assembled in one place only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.actions import ActionDispatcher
from bot.audit import AuditService
from bot.channel_settings import ChannelSettingsService
from bot.clock import utc_now
from bot.domain import Platform
from bot.draft_checks import DraftChecker
from bot.drafting import CostEstimate, Drafter
from bot.grounding.pins import ReplyPins
from bot.grounding.retrieval import Grounding
from bot.inbox import Inbox
from bot.intake import Intake
from bot.intake_rules import MAX_REVIEW_CHARS
from bot.jobs import JobRunner, JobSignal
from bot.masking import Masker
from bot.models.prompting import SystemPrompt, load_system_prompt
from bot.models.registry import ModelRegistry
from bot.ports.audit import AuditStore
from bot.ports.chat import ChatPort
from bot.ports.examples import ExampleStore
from bot.ports.findings import FindingStore
from bot.ports.inbox import InboxStore
from bot.ports.privacy import Pseudonymiser
from bot.ports.repository import ConversationStore, JobQueue
from bot.ports.settings import ChannelSettingsStore
from bot.privacy.vault import VaultCipher
from bot.quiet import QuietGap
from bot.quota import DraftQuota
from bot.service import PlumeService
from bot.team_leads import LeadGate, TeamLeads
from bot.vault_keeper import VaultKeeper


@dataclass(frozen=True)
class Stores:
    """Where the core keeps its state: conversations, draft jobs, the audit views, the channel settings, the
    inbox of reviews acknowledged but not yet taken in, the checks' findings on each revision, and the approved
    replies kept as examples."""

    conversations: ConversationStore
    jobs: JobQueue
    audit: AuditStore
    settings: ChannelSettingsStore
    inbox: InboxStore
    findings: FindingStore
    examples: ExampleStore | None = None
    """The channel's approved replies, examples for the next drafts (None: drafts are not grounded)."""


@dataclass(frozen=True)
class Tuning:
    """How the core behaves: limits, timings and the clock (Settings in production, fast values in tests)."""

    vault_ttl: timedelta = timedelta(days=90)
    drafts_per_hour: int = 0
    max_review_chars: int = MAX_REVIEW_CHARS
    workers: int = 4
    lease_seconds: int = 30
    poll_seconds: float = 2.0
    stream_interval: float = 1.0
    retry_delay: Callable[[int], float] = lambda attempts: 2.0**attempts
    clock: Callable[[], datetime] = utc_now
    time_zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Paris"))
    cost: CostEstimate = lambda _model, _input, _output: None
    prompt: SystemPrompt = field(default_factory=load_system_prompt)
    platforms: frozenset[Platform] | None = None
    """The platforms whose jobs and inbox entries this process takes (those it has an adapter for); None: all."""


@dataclass(frozen=True)
class Core:
    """Every use case of Plume, ready for the chat adapters; `runner` must be started to draft."""

    intake: Intake
    inbox: Inbox
    quiet: QuietGap
    service: PlumeService
    actions: ActionDispatcher
    drafter: Drafter
    runner: JobRunner
    audit: AuditService
    settings: ChannelSettingsService
    models: ModelRegistry
    stores: Stores
    pins: ReplyPins | None = None
    """« Réponses types » that team leads save from approved threads (None without an example store)."""


def build_core(
    stores: Stores,
    pseudonymiser: Pseudonymiser,
    cipher: VaultCipher,
    models: ModelRegistry,
    chat: ChatPort,
    leads: TeamLeads,
    tuning: Tuning | None = None,
) -> Core:
    tuning = tuning or Tuning()
    conversations, jobs, clock = stores.conversations, stores.jobs, tuning.clock
    signal = JobSignal()
    vaults = VaultKeeper(conversations, cipher, clock)
    masker = Masker(pseudonymiser, conversations, chat)
    quota = DraftQuota(conversations, tuning.drafts_per_hour, clock)
    gate = LeadGate(leads, stores.audit.record_audit)
    settings = ChannelSettingsService(stores.settings, gate, models.choices, clock=clock)
    intake = Intake(
        conversations, masker, cipher, models, chat, quota,
        vault_ttl=tuning.vault_ttl, wake_jobs=signal.notify, clock=clock, channel_model=settings.model_for,
        max_chars=tuning.max_review_chars,
    )  # fmt: skip
    checker = DraftChecker(stores.findings, settings.settings_for)
    grounding = Grounding(stores.examples) if stores.examples else None
    service = PlumeService(
        conversations, jobs, chat, masker, vaults, quota, models, checker, wake_jobs=signal.notify, clock=clock,
        grounding=grounding,
    )  # fmt: skip
    quiet = QuietGap()
    drafter = Drafter(
        conversations, jobs, vaults, models, chat, tuning.prompt, checker,
        cost=tuning.cost, stream_interval=tuning.stream_interval, channel_settings=settings.settings_for,
        grounding=grounding, quiet=quiet,
    )  # fmt: skip
    inbox = Inbox(
        stores.inbox,
        cipher,
        intake,
        service,
        quiet,
        lease_seconds=tuning.lease_seconds,
        clock=clock,
        platforms=tuning.platforms,
    )
    runner = JobRunner(
        jobs, drafter, signal,
        workers=tuning.workers, lease_seconds=tuning.lease_seconds, poll_seconds=tuning.poll_seconds,
        clock=clock, retry_delay=tuning.retry_delay, inbox=inbox, before_job=quiet.wait, platforms=tuning.platforms,
    )  # fmt: skip
    audit = AuditService(stores.audit, gate, clock=clock, time_zone=tuning.time_zone)
    actions = ActionDispatcher(intake, service)
    pins = ReplyPins(stores.examples, gate) if stores.examples else None
    return Core(intake, inbox, quiet, service, actions, drafter, runner, audit, settings, models, stores, pins)
