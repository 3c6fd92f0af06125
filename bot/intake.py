"""Taking a review in: check it, pseudonymise it, store it with its first draft job.

This runs after the platform's ack, in the adapter's worker threads. What makes an acknowledged review (or form)
safe is `bot/inbox.py`: before the ack, the adapter stores it there, sealed; if the process dies before intake is
done, another process takes it in from the inbox.
"""

from __future__ import annotations

import enum
import logging
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.domain import AuditEvent, AuditKind, IncomingReview, IntakeSource, ReviewForm
from bot.intake_rules import MAX_REVIEW_CHARS, first_part, has_words, looks_french
from bot.masking import Masked, Masker
from bot.models.registry import ModelRegistry
from bot.ports.chat import ChatPort, Notice, Place
from bot.ports.repository import ConversationStore, NewConversation
from bot.privacy.vault import Vault, VaultCipher
from bot.quota import DraftQuota

log = logging.getLogger(__name__)


class IntakeOutcome(enum.Enum):
    STARTED = "started"
    DUPLICATE = "duplicate"
    EMPTY = "empty"
    REFUSED = "refused"
    LIMITED = "limited"
    AWAITING_CONFIRMATION = "awaiting_confirmation"


class Intake:
    def __init__(
        self,
        conversations: ConversationStore,
        masker: Masker,
        cipher: VaultCipher,
        models: ModelRegistry,
        chat: ChatPort,
        quota: DraftQuota,
        *,
        vault_ttl: timedelta,
        wake_jobs: Callable[[], None],
        clock: Callable[[], datetime],
        channel_model: Callable[[str], str | None],
        max_chars: int = MAX_REVIEW_CHARS,
    ) -> None:
        self._conversations = conversations
        self._masker = masker
        self._cipher = cipher
        self._models = models
        self._chat = chat
        self._quota = quota
        self._vault_ttl = vault_ttl
        self._wake_jobs = wake_jobs
        self._clock = clock
        self._channel_model = channel_model
        self._max_chars = max_chars

    def receive_review(self, review: IncomingReview) -> IntakeOutcome:
        """Check, pseudonymise and store a review with its draft job; a too long one waits for confirmation."""
        place = Place(review.platform, review.channel_id, review.thread_id, replied=False)
        refusal = self._refusal(review.text, review.user_id)
        if refusal is not None:
            self._chat.notify(place, review.user_id, refusal[1])
            return refusal[0]
        text = first_part(review.text, self._max_chars)
        masked = self._masker.mask(text, Vault(), review.user_id, place)
        if masked is None:
            return IntakeOutcome.REFUSED
        outcome = self._start(review, masked, complete=text == review.text)
        if outcome is IntakeOutcome.STARTED and not looks_french(review.text):
            self._chat.notify(place, review.user_id, Notice.NOT_FRENCH)
        return outcome

    def receive_form(
        self, form: ReviewForm, *, posted_id: str | None = None, note_posted: Callable[[str], None] | None = None
    ) -> IntakeOutcome:
        """A review typed in the form: post its pseudonymised text in the channel, then draft in its thread.

        `note_posted` is told the posted message at once; a form taken in again after a crash passes it back as
        `posted_id`, and the review is not posted twice (its conversation, keyed by that message, is found)."""
        channel = Place(form.platform, form.channel_id, "")
        refusal = self._refusal(form.text, form.user_id)
        if refusal is not None:
            self._chat.notify(channel, form.user_id, refusal[1])
            return refusal[0]
        text = first_part(form.as_review_text(), self._max_chars)
        masked = self._masker.mask(text, Vault(), form.user_id, None)
        if masked is None:
            self._chat.notify(channel, form.user_id, Notice.NOT_SENT)
            return IntakeOutcome.REFUSED
        posted = posted_id
        if posted is None:
            posted = self._chat.post_review(channel, form.user_id, masked.text)
            if note_posted is not None:
                note_posted(posted)
        review = IncomingReview(
            form.platform, form.team_id, form.channel_id, posted, posted, form.user_id, IntakeSource.MODAL, ""
        )
        return self._start(review, masked, complete=text == form.as_review_text())

    def confirm_first_part(self, conversation_id: int, user_id: str) -> None:
        """The agent agreed to a draft from the first part of a long review."""
        audit = AuditEvent(AuditKind.REDRAFT_REQUESTED, user_id, conversation_id, {"kind": "first_part"})
        conversation = self._conversations.get_conversation(conversation_id)
        if conversation is None:
            return
        if self._conversations.start_drafting(conversation_id, audit):
            self._wake_jobs()
        else:
            self._chat.notify(Place.of(conversation), user_id, Notice.ALREADY_RECEIVED)

    def _refusal(self, text: str, user_id: str) -> tuple[IntakeOutcome, Notice] | None:
        if not has_words(text):
            return IntakeOutcome.EMPTY, Notice.EMPTY_REVIEW
        if not self._quota.allows(user_id):
            log.info("draft quota reached by an agent (%d per hour)", self._quota.per_hour)
            return IntakeOutcome.LIMITED, Notice.RATE_LIMITED
        return None

    def _start(self, review: IncomingReview, masked: Masked, *, complete: bool) -> IntakeOutcome:
        counts = dict(Counter(entity.type for entity in masked.entities))
        new = NewConversation(
            review=review,
            pseudonymised=masked.text,
            masked_counts=counts,
            model_id=self._channel_model(review.channel_id) or self._models.default.id,
            sealed_vault=self._cipher.seal(masked.vault),
            vault_expires_at=self._clock() + self._vault_ttl,
            start_drafting=complete,
        )
        details: dict[str, object] = {"source": review.source.value, "masked": counts, "truncated": not complete}
        audit = AuditEvent(AuditKind.REVIEW_RECEIVED, review.user_id, None, details)
        conversation = self._conversations.create_conversation(new, audit)
        if conversation is None:
            log.info("review %s/%s already received", review.channel_id, review.message_id)
            return IntakeOutcome.DUPLICATE
        log.info("conversation %d started (%s, %d masked)", conversation.id, review.source.value, len(masked.entities))
        if not complete:
            place = Place(review.platform, review.channel_id, review.thread_id)
            self._chat.offer_first_part(place, conversation.id, len(review.text), self._max_chars)
            return IntakeOutcome.AWAITING_CONFIRMATION
        self._wake_jobs()
        return IntakeOutcome.STARTED
