"""Plain values of the core: what a conversation, a revision or an approval is, with no platform in sight."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import NewType

PseudonymisedText = NewType("PseudonymisedText", str)

MANUAL_MODEL = "agent:manuel"
"""The model id recorded for a revision an agent wrote by hand."""
"""Text whose personal data was replaced by placeholders: the only text allowed to reach a model or the store."""


class Platform(enum.StrEnum):
    """The chat a thread lives in; each has its own adapter under handlers/."""

    SLACK = "slack"
    MATTERMOST = "mattermost"
    MATRIX = "matrix"


class IntakeSource(enum.StrEnum):
    """How a review reached Plume."""

    CHANNEL = "channel"
    MENTION = "mention"
    SHORTCUT = "shortcut"
    MODAL = "modal"
    DIRECT_MESSAGE = "dm"


class ConversationStatus(enum.StrEnum):
    AWAITING_CONFIRMATION = "awaiting"  # the column holds 16 characters
    DRAFTING = "drafting"
    READY = "ready"
    APPROVED = "approved"
    FAILED = "failed"


class RevisionKind(enum.StrEnum):
    DRAFT = "draft"
    REGENERATION = "regeneration"
    REFINEMENT = "refinement"
    MODEL_SWITCH = "model_switch"
    MANUAL_EDIT = "manual_edit"


class JobKind(enum.StrEnum):
    """What a job produces; each value is the kind of the revision it creates."""

    DRAFT = "draft"
    REGENERATION = "regeneration"
    REFINEMENT = "refinement"
    MODEL_SWITCH = "model_switch"


class JobStatus(enum.StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    RETRIED = "retried"


class AuditKind(enum.StrEnum):
    REVIEW_RECEIVED = "review_received"
    PSEUDONYMISATION_FAILED = "pseudonymisation_failed"
    REVISION_CREATED = "revision_created"
    GENERATION_FAILED = "generation_failed"
    APPROVED = "approved"
    INSTRUCTION_RECEIVED = "instruction_received"
    REDRAFT_REQUESTED = "redraft_requested"
    RETRY_REQUESTED = "retry_requested"
    MANUAL_EDIT = "manual_edit"
    ACCESS_REFUSED = "access_refused"
    SETTINGS_CHANGED = "settings_changed"
    AUDIT_EXPORTED = "audit_exported"
    REVIEW_DISMISSED = "review_dismissed"
    TAKEN_OVER = "taken_over"
    """« Je m'en occupe »: an agent took a review over (details: who was in charge before)."""
    FINDINGS_OVERRIDDEN = "findings_overridden"
    """An agent approved a draft despite blocking findings of the checks (details: revision, which findings)."""
    REPLY_PINNED = "reply_pinned"
    """A team lead saved an approved reply as a « réponse type » (details: the example id, the channel)."""


@dataclass(frozen=True)
class IncomingReview:
    """A review as a chat handler received it. Its text is raw: it goes to the pseudonymiser and nowhere else."""

    platform: Platform
    team_id: str
    channel_id: str
    message_id: str
    thread_id: str
    user_id: str
    source: IntakeSource
    text: str = field(repr=False)


@dataclass(frozen=True)
class IncomingInstruction:
    """A person's reply in a thread: raw text, for the pseudonymiser only."""

    platform: Platform
    team_id: str
    channel_id: str
    thread_id: str
    message_id: str
    user_id: str
    text: str = field(repr=False)


@dataclass(frozen=True)
class Instruction:
    """An agent's request to refine the draft, pseudonymised like the review."""

    id: int
    conversation_id: int
    user_id: str
    text: PseudonymisedText


@dataclass(frozen=True)
class MaskedEntity:
    """One masked span: its type, where it was in the original text, and what replaced it."""

    type: str
    start: int
    end: int
    placeholder: str


@dataclass(frozen=True)
class Conversation:
    id: int
    platform: Platform
    team_id: str
    channel_id: str
    review_message_id: str
    thread_id: str
    source: IntakeSource
    requested_by: str
    review: PseudonymisedText
    masked_counts: dict[str, int]
    status: ConversationStatus
    model_id: str
    created_at: datetime
    taken_by: str | None = None
    """The agent who took the review over (« Je m'en occupe »), if anyone did."""

    @property
    def in_charge(self) -> str:
        """The agent in charge: who took the review over, else who brought it."""
        return self.taken_by or self.requested_by


@dataclass(frozen=True, kw_only=True)
class NewRevision:
    """A revision to store: what the model (or an agent) wrote, and how."""

    conversation_id: int
    kind: RevisionKind
    model_id: str
    prompt_version: str
    prompt_hash: str
    text: PseudonymisedText
    message_id: str | None
    input_tokens: int | None
    output_tokens: int | None
    latency_ms: int
    author_user_id: str | None = None
    instruction_id: int | None = None
    cost_eur: float | None = None
    sources: tuple[int, ...] = ()
    """The approved examples (grounding) the model was shown to write it, best first: ids, never texts."""


@dataclass(frozen=True, kw_only=True)
class Revision(NewRevision):
    """A stored revision: its content, plus its id, its number in the conversation and when it was stored."""

    id: int
    number: int
    created_at: datetime


@dataclass(frozen=True)
class Approval:
    conversation_id: int
    revision_id: int
    user_id: str
    model_id: str
    approved_at: datetime


@dataclass(frozen=True)
class Job:
    id: int
    kind: JobKind
    conversation_id: int
    model_id: str
    attempts: int
    message_id: str | None
    worker: str
    instruction_id: int | None = None
    revision_id: int | None = None
    """Set once the model's answer is stored: what is left is showing that revision, never a new model call."""


@dataclass(frozen=True)
class AuditEvent:
    """One line of the append-only audit log; `details` holds ids, counts and types, never personal values."""

    kind: AuditKind
    actor: str
    conversation_id: int | None = None
    details: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ReviewForm:
    """A review typed into the `/plume` form; `text` and `title` are raw citizen text."""

    platform: Platform
    team_id: str
    channel_id: str
    user_id: str
    service: str
    feeling: str
    title: str
    text: str

    def as_review_text(self) -> str:
        head = [
            f"{label} : {value}"
            for label, value in (("Service", self.service), ("Ressenti", self.feeling), ("Titre", self.title))
            if value.strip()
        ]
        return "\n".join([*head, "", self.text]) if head else self.text


@dataclass(frozen=True)
class EditTarget:
    revision_id: int
    text: str


AI_DISCLOSURE_DEFAULT = (
    "Cette réponse a été préparée avec l'aide d'un outil d'intelligence artificielle, "
    "puis relue et validée par un agent."
)


@dataclass(frozen=True)
class ChannelSettings:
    """How a channel's team signs its replies, set by a team lead; texts of the team, never of a citizen."""

    channel_id: str
    structure_name: str = ""
    signature: str = ""
    politeness: str = ""
    ai_disclosure: bool = False
    ai_disclosure_text: str = ""
    default_model: str | None = None
    updated_by: str = ""
    updated_at: datetime | None = None
    public_replies: bool = False
    """Replies are published (Services Publics+): a reply must not carry the citizen's personal data."""
    min_words: int | None = None
    max_words: int | None = None
    """Bounds of a reply's length in words (the channel's additions not counted); None: Plume's defaults."""
    greeting_required: bool = True
    """A reply opens with a greeting (« Bonjour », « Madame, Monsieur »)."""
    grounding: bool = True
    """Whether drafts are given the channel's approved replies as examples (a team lead may switch it off)."""
