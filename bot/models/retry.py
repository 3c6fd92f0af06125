"""The one retry policy shared by every provider: bounded attempts, capped backoff with jitter, Retry-After.

A provider supplies two functions: `send(attempt)`, one HTTP attempt that streams through `attempt.emit` and
records token counts on `attempt`, and `classify(error)`, which turns its SDK's exceptions into a `AttemptFailure` (or
None for an error that is not the provider's: a bug, which propagates unchanged). `call_with_retries` does the rest
and records every attempt.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from bot.domain import PseudonymisedText
from bot.ports.models import ModelAnswer, ModelAttempt, ModelError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AttemptFailure:
    """Why an attempt failed, in provider-neutral terms; `kind` becomes `ModelError.kind`.

    Kinds: rate_limited, overloaded, server_error, timeout, connection, interrupted (retryable);
    auth, bad_request, bad_response (not retryable).
    """

    kind: str
    retryable: bool
    retry_after: float | None = None
    status: int | None = None


class IncompleteAnswer(Exception):
    """The stream ended cleanly but without the protocol's end marker (finish_reason, message_stop)."""


def parse_retry_after(headers: Mapping[str, str] | None, now: float | None = None) -> float | None:
    """Seconds to wait from `retry-after-ms`, or `Retry-After` in seconds or as an HTTP date; None if absent."""
    if not headers:
        return None
    lowered = {name.lower(): value for name, value in headers.items()}
    milliseconds = lowered.get("retry-after-ms")
    if milliseconds:
        try:
            return max(0.0, float(milliseconds) / 1000)
        except ValueError:
            pass
    value = (lowered.get("retry-after") or "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))


def status_failure(status: int, headers: Mapping[str, str] | None = None) -> AttemptFailure:
    """The failure an HTTP error status means: 408, 429 and 5xx are transient, other 4xx are not."""
    retry_after = parse_retry_after(headers)
    if status in (401, 403):
        return AttemptFailure("auth", retryable=False, status=status)
    if status == 429:
        return AttemptFailure("rate_limited", retryable=True, retry_after=retry_after, status=status)
    if status == 529:
        return AttemptFailure("overloaded", retryable=True, retry_after=retry_after, status=status)
    if status >= 500:
        return AttemptFailure("server_error", retryable=True, retry_after=retry_after, status=status)
    if status == 408:
        return AttemptFailure("timeout", retryable=True, retry_after=retry_after, status=status)
    return AttemptFailure("bad_request", retryable=False, status=status)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait; `sleep`, `jitter` and `clock` are injectable so tests never wait."""

    max_attempts: int = 3
    base_delay: float = 1.0
    max_delay: float = 8.0
    max_retry_after: float = 20.0
    give_up_after: float = 180.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)
    jitter: Callable[[], float] = field(default=random.random, compare=False)
    clock: Callable[[], float] = field(default=time.monotonic, compare=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")

    def delay(self, retry_number: int, retry_after: float | None) -> float | None:
        """Seconds before retry number `retry_number` (1, 2, …); None when Retry-After exceeds the cap."""
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else None
        backoff = min(self.max_delay, self.base_delay * 2.0 ** (retry_number - 1))
        return backoff / 2 + self.jitter() * backoff / 2


class Attempt:
    """One attempt in progress: the text passed on to the caller and the token counts once known."""

    def __init__(self, on_text: Callable[[str], None]) -> None:
        self._on_text = on_text
        self.pieces: list[str] = []
        self.input_tokens: int | None = None
        self.output_tokens: int | None = None
        self.caller_error: BaseException | None = None

    @property
    def started(self) -> bool:
        """Whether anything reached the caller: from then on, a failure cannot be retried here."""
        return bool(self.pieces)

    def emit(self, text: str) -> None:
        """Pass a streamed piece on; an exception from the caller's callback is marked so it is never retried."""
        if not text:
            return
        self.pieces.append(text)
        try:
            self._on_text(text)
        except BaseException as error:
            self.caller_error = error
            raise

    def record(self, latency_ms: int, error: str | None = None) -> ModelAttempt:
        return ModelAttempt(latency_ms, self.input_tokens, self.output_tokens, error)


def describe(error: BaseException, failure: AttemptFailure) -> str:
    """An attempt's error: the exception class, with the HTTP status when there was one (never any text)."""
    name = type(error).__name__
    return f"{name}({failure.status})" if failure.status is not None else name


def call_with_retries(
    send: Callable[[Attempt], None],
    classify: Callable[[Exception], AttemptFailure | None],
    on_text: Callable[[str], None],
    policy: RetryPolicy,
) -> ModelAnswer:
    """Run `send` until it succeeds or the policy gives up; raise `ModelError` carrying every attempt."""
    attempts: list[ModelAttempt] = []
    first_started = policy.clock()
    for number in range(1, policy.max_attempts + 1):
        attempt = Attempt(on_text)
        started = policy.clock()
        try:
            send(attempt)
        except Exception as error:
            if error is attempt.caller_error:
                raise
            failure = classify(error)
            if failure is None:
                raise
            latency = _ms(policy.clock() - started)
            attempts.append(attempt.record(latency, describe(error, failure)))
            log.warning("model attempt %d failed: %s (%s)", number, failure.kind, describe(error, failure))
            if attempt.started:
                raise ModelError(failure.kind, retryable=True, attempts=tuple(attempts)) from error
            if not failure.retryable:
                raise ModelError(failure.kind, retryable=False, attempts=tuple(attempts)) from error
            delay = policy.delay(number, failure.retry_after)
            out_of_time = delay is not None and policy.clock() - first_started + delay > policy.give_up_after
            if number == policy.max_attempts or delay is None or out_of_time:
                raise ModelError(failure.kind, retryable=True, attempts=tuple(attempts)) from error
            policy.sleep(delay)
            continue
        attempts.append(attempt.record(_ms(policy.clock() - started)))
        text = PseudonymisedText("".join(attempt.pieces))
        return ModelAnswer(text, attempt.input_tokens, attempt.output_tokens, tuple(attempts))
    raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover


def _ms(seconds: float) -> int:
    return max(0, round(seconds * 1000))
