"""The model port: a provider streams a reply to pseudonymised messages, and says how each attempt went."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from bot.domain import PseudonymisedText


@dataclass(frozen=True)
class PromptMessage:
    role: Literal["system", "user", "assistant"]
    content: PseudonymisedText


@dataclass(frozen=True)
class ModelAttempt:
    """One HTTP attempt at a model: how long it took, what it cost, and how it failed (an error class, no text)."""

    latency_ms: int
    input_tokens: int | None = None
    output_tokens: int | None = None
    error: str | None = None


@dataclass(frozen=True)
class ModelAnswer:
    text: PseudonymisedText
    input_tokens: int | None
    output_tokens: int | None
    attempts: tuple[ModelAttempt, ...] = ()


class ModelError(Exception):
    """A provider gave up: `retryable` says whether trying again later (or another model) may succeed."""

    def __init__(self, kind: str, *, retryable: bool, attempts: tuple[ModelAttempt, ...] = ()) -> None:
        super().__init__(kind)
        self.kind = kind
        self.retryable = retryable
        self.attempts = attempts


class ModelProvider(Protocol):
    def stream(self, model: str, messages: Sequence[PromptMessage], on_text: Callable[[str], None]) -> ModelAnswer:
        """Generate a reply, calling `on_text` with each streamed piece; return the whole answer.

        Retries transient failures itself (429 honouring Retry-After, 5xx, timeouts, lost connections) a bounded
        number of times, but only while nothing was passed to `on_text`; then, or after a failure mid-stream,
        raises `ModelError` (the caller's job retry starts the draft again from a clean view).
        """
        ...
