"""The chat ports: where Plume shows drafts, failures and notices, whatever the platform.

`ChatPort` is what the core calls. `ChatAdapter` is what each platform implements (handlers/<platform>/chat.py):
it renders a `DraftView` (text plus abstract actions) and delivers a notice by the route the core chose from the
platform's `ChatCapabilities`. `bot/chat_router.py` turns the one into the other and picks the platform.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Literal, Protocol

from bot.checks.findings import Finding
from bot.domain import Approval, Conversation, JobKind, Platform, PseudonymisedText, Revision
from bot.failures import DraftFailure


class Notice(enum.Enum):
    """Short answers shown only to the person who acted."""

    STALE_REVISION = "stale_revision"
    ALREADY_APPROVED = "already_approved"
    THREAD_APPROVED = "thread_approved"
    STILL_DRAFTING = "still_drafting"
    INSTRUCTION_QUEUED = "instruction_queued"
    INSTRUCTION_NOT_SAVED = "instruction_not_saved"
    DRAFT_STARTED = "draft_started"
    ALREADY_RECEIVED = "already_received"
    EMPTY_REVIEW = "empty_review"
    ALREADY_RETRIED = "already_retried"
    NOT_SENT = "not_sent"
    AWAITING_CONFIRMATION = "awaiting_confirmation"
    RATE_LIMITED = "rate_limited"
    NOT_FRENCH = "not_french"
    FOREIGN_WORKSPACE = "foreign_workspace"
    EDIT_UNCHANGED = "edit_unchanged"
    """An edit was saved without any change: no new version."""
    UNRESOLVED_PLACEHOLDERS = "unresolved_placeholders"
    """Approve was clicked on a draft that still holds placeholders Plume cannot restore."""
    BLOCKING_FINDINGS = "blocking_findings"
    """Approve was clicked on a draft with blocking findings of the checks (shown under its text)."""
    NOTHING_TO_PUBLISH = "nothing_to_publish"
    """The publishable version was asked of a draft that carries no personal data of the citizen."""


@dataclass(frozen=True)
class Place:
    """Where in the chat something is shown: a thread, and for ephemeral notices, who sees it."""

    platform: Platform
    channel_id: str
    thread_id: str
    replied: bool = True
    """False for a message nobody has answered yet: its thread does not exist, and a platform like Slack shows
    no private notice there (it is then given in the channel)."""

    @classmethod
    def of(cls, conversation: Conversation) -> Place:
        """The thread of a conversation."""
        return cls(conversation.platform, conversation.channel_id, conversation.thread_id)


class ChatUnavailable(Exception):
    """The platform refused or failed a call (rate limit, outage); `retry_after` is its own advice, in seconds."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class ActionKind(enum.StrEnum):
    """What a person can do from a message Plume posted."""

    APPROVE = "approve"
    REGENERATE = "regenerate"
    EDIT = "edit"
    SWITCH_MODEL = "switch_model"
    RETRY = "retry"
    CONFIRM_FIRST_PART = "confirm_first_part"
    SHOW_SENT_TEXT = "show_sent_text"
    APPROVE_ANYWAY = "approve_anyway"
    """Approve a draft that still holds placeholders Plume cannot restore, once the agent has seen them."""
    SHOW_CHANGES = "show_changes"
    """« Voir les changements »: what a version changed from the previous one (target: the revision)."""
    DISMISS = "dismiss"
    """« Ce n'est pas un avis »: forget the conversation of a post that was not a review (target: the revision)."""
    SHORTER = "shorter"
    MORE_FORMAL = "more_formal"
    WARMER = "warmer"
    FIX_SPELLING = "fix_spelling"
    """One-click refinements of a draft (target: the revision), each a normal instruction in the history."""
    TAKE_OVER = "take_over"
    """« Je m'en occupe »: the clicker becomes the agent in charge of the review (target: the revision)."""
    PUBLISHABLE = "publishable"
    """In a channel whose replies are public, store the draft's publishable version (the citizen's data replaced
    by neutral forms) as a new revision (target: the revision)."""


@dataclass(frozen=True)
class Action:
    """One control under a message, platform-free; each adapter renders it and turns a click back into it.

    `target_id` is a revision id (approve, regenerate, edit, switch model, show the sent text), a job id (retry)
    or a conversation id (confirm the first part of a long review); `model_id` is the model to switch or retry to.
    """

    kind: ActionKind
    target_id: int
    model_id: str | None = None


@dataclass(frozen=True)
class ChatCapabilities:
    """What a platform can show, so that the core adapts to it rather than to Slack.

    `ephemeral_notices`: a message only its addressee sees; otherwise notices go to the thread or a direct message.
    `buttons`: clickable controls in a message; otherwise actions are reactions and text commands.
    `min_edit_interval`: seconds between two edits of one message that the platform tolerates.
    `max_message_chars`: the longest text one message may hold.
    """

    ephemeral_notices: bool
    buttons: bool
    min_edit_interval: float
    max_message_chars: int


class NoticeRoute(enum.Enum):
    """How a notice meant for one person reaches them."""

    PRIVATE = "private"
    """Shown to that person only, where they acted (Slack's ephemeral messages)."""
    THREAD = "thread"
    """A reply in the thread, addressed to them (platforms with no private messages in a channel)."""
    DIRECT = "direct"
    """A direct message (no thread to answer in yet)."""
    CHANNEL = "channel"
    """Shown to that person only, in the channel rather than the thread (the thread has no reply yet)."""


@dataclass(frozen=True)
class DraftSource:
    """An approved thread whose reply the model was shown as an example: where it lives (each platform links to
    it its own way) and its title when it is a « réponse type »."""

    platform: Platform
    team_id: str
    channel_id: str
    thread_id: str
    title: str | None = None


@dataclass(frozen=True)
class DraftView:
    """A draft as every platform shows it: the text for the agent, what made it, what was masked, what can be done.

    `masked_counts` says what was masked (every draft says it, with the text sent to the model among its actions).
    `unresolved` lists the placeholders left in `text` that this conversation never had (the model invented or
    mangled them): the draft must say so, and its actions offer APPROVE_ANYWAY instead of APPROVE. `taken_by` is
    set once an agent took the review over. `findings` are the checks' findings on the draft, one short line each,
    shown under the text before the actions; a hard one also turns APPROVE into APPROVE_ANYWAY.
    """

    revision: Revision
    text: str
    masked_counts: dict[str, int] | None
    actions: tuple[Action, ...]
    unresolved: tuple[str, ...] = ()
    taken_by: str | None = None
    """The agent who took the review over (« Je m'en occupe »): the draft says who is in charge."""
    findings: tuple[Finding, ...] = ()
    sources: tuple[DraftSource, ...] = ()
    """The team's approved threads that inspired the draft (grounding), best first: the thread links to them."""


@dataclass(frozen=True)
class Change:
    """A piece of a version compared with the previous one: kept, removed or added text."""

    kind: Literal["same", "removed", "added"]
    text: str


@dataclass(frozen=True)
class RetryOffer:
    """The buttons under a failure: try the same model again, or the next one."""

    job_id: int
    model_id: str
    next_model_id: str | None


class ChatPort(Protocol):
    """What the core asks of the chat, whichever platform the conversation lives on."""

    def capabilities(self, platform: Platform) -> ChatCapabilities: ...

    def post_review(self, channel: Place, user_id: str, review: PseudonymisedText) -> str:
        """Post a review typed in a form (pseudonymised) at the top of `channel`, so that its thread can hold the
        draft; return the new message's id."""
        ...

    def post_progress(self, conversation: Conversation, kind: JobKind) -> str:
        """Show that a draft is being written; return the message id that the draft will replace."""
        ...

    def show_partial(
        self, conversation: Conversation, partial_text: str, message_id: str, kind: JobKind = JobKind.REFINEMENT
    ) -> bool:
        """Show the draft as generated so far, in the progress message (which `post_progress` made for `kind`);
        False when it was skipped (the platform's budget is kept for final drafts, or it refused), so that the
        caller shows the next one later."""
        ...

    def show_retrying(self, conversation: Conversation, message_id: str, attempt: int) -> None:
        """Say in the progress message that the model failed and that Plume is trying again (`attempt`: 2, 3…)."""
        ...

    def show_draft(
        self,
        conversation: Conversation,
        revision: Revision,
        restored_text: str,
        message_id: str | None,
        unresolved: tuple[str, ...] = (),
        findings: tuple[Finding, ...] = (),
        sources: tuple[DraftSource, ...] = (),
    ) -> str:
        """Show a draft; `unresolved` are the placeholders its restoration left, `findings` what the checks found
        (unresolved placeholders and hard findings block a plain approval), `sources` the approved threads it was
        given as examples."""
        ...

    def retire_draft(self, conversation: Conversation, revision: Revision, restored_text: str) -> None:
        """Take the buttons off a draft that a newer revision replaced."""
        ...

    def show_approval(
        self, conversation: Conversation, revision: Revision, approval: Approval, restored_text: str
    ) -> None: ...

    def show_dismissed(self, conversation: Conversation, revision: Revision, user_id: str) -> None:
        """Replace a dismissed draft by a short note saying who dismissed it (no text, no buttons)."""
        ...

    def show_failure(
        self, place: Place, failure: DraftFailure, message_id: str | None = None, retry: RetryOffer | None = None
    ) -> None: ...

    def retire_failure(self, place: Place, message_id: str) -> None:
        """Replace an old failure message, once its thread is approved, by a note with no « Réessayer »."""
        ...

    def notify(self, place: Place, user_id: str, notice: Notice) -> None: ...

    def show_in_charge(self, place: Place, user_id: str, in_charge: str) -> None:
        """Tell `user_id`, who asked to take a review over, that `in_charge` handles it (themselves, or a colleague
        who was quicker)."""
        ...

    def show_sent_text(self, place: Place, user_id: str, text: PseudonymisedText) -> None: ...

    def show_changes(self, place: Place, user_id: str, number: int, changes: tuple[Change, ...]) -> None:
        """Show one person what version `number` changed from the previous one."""
        ...

    def offer_first_part(self, place: Place, conversation_id: int, length: int, limit: int) -> None:
        """Explain that a review is too long and offer to draft from its first `limit` characters."""
        ...


class ChatAdapter(Protocol):
    """One platform's chat: renders what the core describes and reports the message ids it created."""

    capabilities: ChatCapabilities

    def post_review(self, channel: Place, user_id: str, review: PseudonymisedText) -> str: ...

    def post_progress(self, conversation: Conversation, masked_counts: dict[str, int] | None) -> str:
        """A draft being written; the masked summary is given for the first draft of a thread."""
        ...

    def show_partial(
        self,
        conversation: Conversation,
        partial_text: str,
        message_id: str,
        masked_counts: dict[str, int] | None = None,
    ) -> bool:
        """The draft so far; `masked_counts` as given to `post_progress`, so that the message keeps its summary;
        False when it was skipped."""
        ...

    def show_retrying(self, conversation: Conversation, message_id: str, attempt: int) -> None:
        """The progress message, saying that Plume tries the model again (`attempt`: 2, 3…)."""
        ...

    def show_draft(self, conversation: Conversation, draft: DraftView, message_id: str | None) -> str:
        """Show a draft with its actions, replacing the message `message_id` or as a new message; return its id."""
        ...

    def retire_draft(self, conversation: Conversation, revision: Revision, restored_text: str) -> None: ...

    def show_approval(
        self, conversation: Conversation, revision: Revision, approval: Approval, restored_text: str
    ) -> None: ...

    def show_dismissed(self, conversation: Conversation, revision: Revision, user_id: str) -> None: ...

    def show_failure(
        self, place: Place, failure: DraftFailure, message_id: str | None, retries: tuple[Action, ...]
    ) -> None:
        """Explain a failure; `retries` are RETRY actions, the same model first, then the next one."""
        ...

    def retire_failure(self, place: Place, message_id: str) -> None: ...

    def notify(self, place: Place, user_id: str, notice: Notice, route: NoticeRoute) -> None: ...

    def show_in_charge(self, place: Place, user_id: str, in_charge: str, route: NoticeRoute) -> None: ...

    def show_sent_text(self, place: Place, user_id: str, text: PseudonymisedText, route: NoticeRoute) -> None: ...

    def show_changes(
        self, place: Place, user_id: str, number: int, changes: tuple[Change, ...], route: NoticeRoute
    ) -> None: ...

    def offer_first_part(self, place: Place, offer: Action, length: int, limit: int) -> None:
        """Explain that a review is too long; `offer` (CONFIRM_FIRST_PART) drafts from its first `limit` characters."""
        ...
