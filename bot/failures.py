"""Why a draft could not be made: the reasons shown in the thread, and the error that carries one."""

from __future__ import annotations

import enum


class DraftFailure(enum.Enum):
    """Why no draft could be produced; rendered in the thread."""

    PSEUDONYMISATION = "pseudonymisation"
    MODEL_UNAVAILABLE = "model_unavailable"
    VAULT_EXPIRED = "vault_expired"


class PermanentJobError(Exception):
    """Work that no retry can fix (its vault expired, its conversation vanished)."""

    def __init__(self, failure: DraftFailure) -> None:
        super().__init__(failure.value)
        self.failure = failure
