"""The shared retry policy, driven by scripted attempts (no HTTP, no waiting)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx2
import pytest

from bot.models.http import common_failure
from bot.models.retry import (
    Attempt,
    AttemptFailure,
    IncompleteAnswer,
    RetryPolicy,
    call_with_retries,
    parse_retry_after,
    status_failure,
)
from bot.ports.models import ModelError
from tests.fakes.provider_harness import RecordingSleep

NOW = datetime(2025, 6, 2, 9, 0, 0, tzinfo=UTC).timestamp()


class Boom(Exception):
    """A provider failure, classified by `classify` below."""

    def __init__(self, failure: AttemptFailure) -> None:
        super().__init__(failure.kind)
        self.failure = failure


def classify(error: Exception) -> AttemptFailure | None:
    return error.failure if isinstance(error, Boom) else None


def script(*steps: AttemptFailure | str | tuple[str, AttemptFailure]) -> Callable[[Attempt], None]:
    """Each attempt plays one step: fail, stream a text, or stream a text then fail."""
    remaining = list(steps)

    def send(attempt: Attempt) -> None:
        step = remaining.pop(0)
        if isinstance(step, AttemptFailure):
            raise Boom(step)
        text, failure = (step, None) if isinstance(step, str) else step
        attempt.input_tokens, attempt.output_tokens = 10, len(text)
        for letter in text:
            attempt.emit(letter)
        if failure is not None:
            raise Boom(failure)

    return send


RATE_LIMITED = AttemptFailure("rate_limited", True, retry_after=4.0, status=429)
SERVER_ERROR = AttemptFailure("server_error", True, status=500)
AUTH = AttemptFailure("auth", False, status=401)


@pytest.fixture
def sleep() -> RecordingSleep:
    return RecordingSleep()


def policy(sleep: RecordingSleep, **overrides: float) -> RetryPolicy:
    return RetryPolicy(sleep=sleep, jitter=lambda: 0.5, **overrides)  # type: ignore[arg-type]


def test_success_records_one_attempt(sleep: RecordingSleep) -> None:
    pieces: list[str] = []
    answer = call_with_retries(script("abc"), classify, pieces.append, policy(sleep))
    assert (answer.text, pieces, answer.input_tokens, answer.output_tokens) == ("abc", ["a", "b", "c"], 10, 3)
    [attempt] = answer.attempts
    assert (attempt.error, attempt.input_tokens, attempt.output_tokens) == (None, 10, 3)


def test_retry_after_is_slept_then_backoff_grows(sleep: RecordingSleep) -> None:
    answer = call_with_retries(script(RATE_LIMITED, SERVER_ERROR, "ok"), classify, lambda _: None, policy(sleep))
    assert answer.text == "ok"
    assert sleep.calls == [4.0, 1.5]  # Retry-After as given; then 0.75 × 2¹ for the second retry
    assert [a.error for a in answer.attempts] == ["Boom(429)", "Boom(500)", None]


def test_gives_up_after_max_attempts(sleep: RecordingSleep) -> None:
    with pytest.raises(ModelError) as caught:
        call_with_retries(script(SERVER_ERROR, SERVER_ERROR, SERVER_ERROR), classify, lambda _: None, policy(sleep))
    assert (caught.value.kind, caught.value.retryable, len(caught.value.attempts)) == ("server_error", True, 3)
    assert isinstance(caught.value.__cause__, Boom)


def test_non_retryable_failure_stops_at_once(sleep: RecordingSleep) -> None:
    with pytest.raises(ModelError) as caught:
        call_with_retries(script(AUTH, "never"), classify, lambda _: None, policy(sleep))
    assert (caught.value.kind, caught.value.retryable, len(caught.value.attempts)) == ("auth", False, 1)
    assert sleep.calls == []


def test_failure_after_text_is_never_retried_even_if_transient(sleep: RecordingSleep) -> None:
    pieces: list[str] = []
    with pytest.raises(ModelError) as caught:
        call_with_retries(script(("ab", SERVER_ERROR), "never"), classify, pieces.append, policy(sleep))
    assert caught.value.retryable and pieces == ["a", "b"] and sleep.calls == []
    assert caught.value.attempts[0].output_tokens == 2  # what was known when it failed


def test_failure_after_text_is_retryable_even_if_the_cause_is_not(sleep: RecordingSleep) -> None:
    """The caller showed part of a draft: it decides (its job retry starts again from a clean view)."""
    with pytest.raises(ModelError) as caught:
        call_with_retries(script(("ab", AUTH)), classify, lambda _: None, policy(sleep))
    assert caught.value.retryable


def test_retry_after_beyond_the_cap_gives_up(sleep: RecordingSleep) -> None:
    long_wait = AttemptFailure("rate_limited", True, retry_after=21.0, status=429)
    with pytest.raises(ModelError) as caught:
        call_with_retries(script(long_wait, "never"), classify, lambda _: None, policy(sleep))
    assert (caught.value.kind, caught.value.retryable) == ("rate_limited", True)
    assert sleep.calls == []


def clock(*ticks: float) -> Callable[[], float]:
    """A clock reading the given times in turn, then staying at the last."""
    remaining = list(ticks)
    return lambda: remaining.pop(0) if len(remaining) > 1 else remaining[0]


def test_no_retry_starts_past_the_time_budget(sleep: RecordingSleep) -> None:
    """give_up_after (180 s) bounds the time since the first attempt, waits included, before a retry starts."""
    in_time = RetryPolicy(sleep=sleep, jitter=lambda: 0.5, clock=clock(0.0, 0.0, 170.0))
    assert call_with_retries(script(RATE_LIMITED, "ok"), classify, lambda _: None, in_time).text == "ok"
    assert sleep.calls == [4.0]  # 170 + 4 ≤ 180
    sleep.calls.clear()
    too_late = RetryPolicy(sleep=sleep, jitter=lambda: 0.5, clock=clock(0.0, 0.0, 178.0))
    with pytest.raises(ModelError) as caught:
        call_with_retries(script(RATE_LIMITED, "never"), classify, lambda _: None, too_late)
    assert caught.value.retryable and sleep.calls == []


def test_callers_exception_propagates_unretried(sleep: RecordingSleep) -> None:
    def refuse(_: str) -> None:
        raise LookupError("message introuvable")

    with pytest.raises(LookupError):
        call_with_retries(script("abc", "never"), classify, refuse, policy(sleep))
    assert sleep.calls == []


def test_unclassified_exceptions_propagate_unchanged(sleep: RecordingSleep) -> None:
    def buggy(_: Attempt) -> None:
        raise TypeError("a bug")

    with pytest.raises(TypeError):
        call_with_retries(buggy, classify, lambda _: None, policy(sleep))


def test_backoff_is_capped_and_jittered() -> None:
    low = RetryPolicy(jitter=lambda: 0.0)
    high = RetryPolicy(jitter=lambda: 1.0)
    assert [low.delay(n, None) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert [high.delay(n, None) for n in (1, 2, 3, 4, 5)] == [1.0, 2.0, 4.0, 8.0, 8.0]
    assert low.delay(1, 20.0) == 20.0 and low.delay(1, 20.5) is None


def test_policy_needs_one_attempt() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"Retry-After": "7"}, 7.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"Retry-After": format_datetime(datetime(2025, 6, 2, 9, 0, 30, tzinfo=UTC), usegmt=True)}, 30.0),
        ({"Retry-After": "Mon, 02 Jun 2025 08:00:00 GMT"}, 0.0),  # in the past
        ({"Retry-After": "-3"}, 0.0),
        ({"Retry-After": "bientôt"}, None),
        ({}, None),
        (None, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str] | None, seconds: float | None) -> None:
    assert parse_retry_after(headers, now=NOW) == seconds


@pytest.mark.parametrize(
    ("status", "kind", "retryable"),
    [
        (400, "bad_request", False),
        (401, "auth", False),
        (403, "auth", False),
        (404, "bad_request", False),
        (408, "timeout", True),
        (413, "bad_request", False),
        (422, "bad_request", False),
        (429, "rate_limited", True),
        (500, "server_error", True),
        (502, "server_error", True),
        (503, "server_error", True),
        (529, "overloaded", True),
    ],
)
def test_status_failures(status: int, kind: str, retryable: bool) -> None:
    failure = status_failure(status, {"Retry-After": "2"})
    assert (failure.kind, failure.retryable, failure.status) == (kind, retryable, status)


def test_common_transport_failures() -> None:
    request = httpx2.Request("POST", "http://modele.test/")
    assert common_failure(httpx2.ReadTimeout("lent", request=request)) == AttemptFailure("timeout", True)
    assert common_failure(httpx2.ConnectError("refusé", request=request)) == AttemptFailure("connection", True)
    assert common_failure(httpx2.RemoteProtocolError("coupé", request=request)) == AttemptFailure("connection", True)
    assert common_failure(IncompleteAnswer()) == AttemptFailure("interrupted", True)
    assert common_failure(httpx2.LocalProtocolError("Illegal header value b'Bearer '")) == AttemptFailure(
        "bad_request", False
    )
    assert common_failure(httpx2.UnsupportedProtocol("pas de schéma")) == AttemptFailure("bad_request", False)
    assert common_failure(ValueError()) is None
    assert common_failure(None) is None


def test_empty_pieces_do_not_count_as_started() -> None:
    seen: list[str] = []
    attempt = Attempt(seen.append)
    attempt.emit("")
    assert not attempt.started and seen == []
    attempt.emit("a")
    assert attempt.started and seen == ["a"]
