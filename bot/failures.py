"""Why a draft could not be made: the reasons shown in the thread, and the error that carries one."""

from __future__ import annotations

import enum


class DraftFailure(enum.Enum):
    """Why no draft could be produced; rendered in the thread."""

    PSEUDONYMISATION = "pseudonymisation"
    MODEL_UNAVAILABLE = "model_unavailable"
    MODEL_OVERLOADED = "model_overloaded"
    """The model kept answering that it is overloaded or rate limited: it works, but not now."""
    VAULT_EXPIRED = "vault_expired"


class PermanentJobError(Exception):
    """Work that no retry can fix (its vault expired, its conversation vanished)."""

    def __init__(self, failure: DraftFailure) -> None:
        super().__init__(failure.value)
        self.failure = failure


class DeliveryFailed(Exception):
    """A stored revision could not be shown; the job delivers it again later, never asking the model again.

    `retry_after` is the platform's own answer (a 429's Retry-After) when it gave one.
    """

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
