"""The wire behaviour every provider shares, checked through each real SDK against its fake server.

Each test runs three times (anthropic, mistral, albert). Delays are recorded by an injected sleep, never waited;
the few timeouts use a short read timeout against a fake that answers much later.
"""

from __future__ import annotations

import socket

import pytest

from bot.domain import PseudonymisedText
from bot.models.prompting import enclose_review, load_system_prompt
from bot.ports.models import ModelError, PromptMessage
from bot.ports.privacy import Pseudonymiser
from bot.privacy.vault import Vault
from tests.fakes.provider_harness import MESSAGES, SYSTEM, Harness, expected_tokens

UNICODE_REPLY = "Madame [PERSONNE_1], merci ! L'accueil « très chaleureux » 👏 — c'est noté, à bientôt 😊."
SHORT_TIMEOUT = 0.3
SLOW = 3.0


def test_text_is_streamed_and_assembled_exactly(harness: Harness) -> None:
    """Multi-chunk unicode (accents, guillemets, emoji) arrives piece by piece and whole, with the token counts."""
    harness.fake.reply = UNICODE_REPLY
    harness.fake.chunk_size = 3
    streamed = harness.stream()
    assert "".join(streamed.pieces) == UNICODE_REPLY
    assert streamed.answer.text == UNICODE_REPLY
    assert len(streamed.pieces) == -(-len(UNICODE_REPLY) // 3)
    assert (streamed.answer.input_tokens, streamed.answer.output_tokens) == expected_tokens(MESSAGES, UNICODE_REPLY)
    [attempt] = streamed.answer.attempts
    assert attempt.error is None and attempt.latency_ms >= 0
    assert (attempt.input_tokens, attempt.output_tokens) == expected_tokens(MESSAGES, UNICODE_REPLY)


def test_prompt_is_sent_streamed_with_the_model_and_an_output_cap(harness: Harness) -> None:
    harness.stream()
    [request] = harness.fake.requests
    assert harness.system_sent(request) == [SYSTEM]
    assert request.body["model"] == harness.model
    assert request.body["stream"] is True
    assert request.body["max_tokens"] == 1024
    assert MESSAGES[1].content in str(request.body["messages"])


def test_rate_limit_honours_retry_after_then_succeeds(harness: Harness) -> None:
    harness.fake.enqueue_error(429, retry_after=3)
    streamed = harness.stream()
    assert streamed.answer.text == harness.fake.reply
    assert harness.sleep.calls == [3.0]
    assert harness.statuses() == [429, 200]  # the SDK's own retries are off: one request per attempt
    first, second = streamed.answer.attempts
    assert first.error is not None and first.error.endswith("(429)")
    assert second.error is None and second.output_tokens


def test_server_error_backs_off_then_succeeds(harness: Harness) -> None:
    harness.fake.enqueue_error(500)
    streamed = harness.stream()
    assert streamed.answer.text == harness.fake.reply
    assert harness.sleep.calls == [0.75]  # base 1 s, jitter 0.5: between 0.5 and 1 s
    assert [a.error is None for a in streamed.answer.attempts] == [False, True]


def test_retries_stop_after_three_attempts(harness: Harness) -> None:
    for _ in range(4):
        harness.fake.enqueue_error(503)
    with pytest.raises(ModelError) as caught:
        harness.stream()
    assert caught.value.kind == "server_error" and caught.value.retryable
    assert len(caught.value.attempts) == 3
    assert all(a.error and a.error.endswith("(503)") for a in caught.value.attempts)
    assert harness.statuses() == [503, 503, 503]
    assert harness.sleep.calls == [0.75, 1.5]


@pytest.mark.parametrize(("status", "kind"), [(401, "auth"), (403, "auth"), (400, "bad_request"), (404, "bad_request")])
def test_client_errors_are_not_retried(harness: Harness, status: int, kind: str) -> None:
    harness.fake.enqueue_error(status)
    with pytest.raises(ModelError) as caught:
        harness.stream()
    assert (caught.value.kind, caught.value.retryable) == (kind, False)
    assert len(caught.value.attempts) == 1 and len(harness.fake.requests) == 1
    assert harness.sleep.calls == []


def test_retry_after_beyond_the_cap_gives_up_at_once(harness: Harness) -> None:
    harness.fake.enqueue_error(429, retry_after=60)
    with pytest.raises(ModelError) as caught:
        harness.stream()
    assert (caught.value.kind, caught.value.retryable) == ("rate_limited", True)
    assert len(harness.fake.requests) == 1 and harness.sleep.calls == []


def test_slow_answer_times_out_then_the_retry_succeeds(harness: Harness) -> None:
    harness.fake.enqueue_delay(SLOW)
    streamed = harness.stream(harness.provider(read_timeout=SHORT_TIMEOUT))
    assert streamed.answer.text == harness.fake.reply
    first, second = streamed.answer.attempts
    assert first.error is not None and "Timeout" in first.error
    assert second.error is None
    assert len(harness.sleep.calls) == 1


def test_always_slow_gives_up_with_a_retryable_timeout(harness: Harness) -> None:
    for _ in range(3):
        harness.fake.enqueue_delay(SLOW)
    with pytest.raises(ModelError) as caught:
        harness.stream(harness.provider(read_timeout=SHORT_TIMEOUT))
    assert (caught.value.kind, caught.value.retryable) == ("timeout", True)
    assert len(caught.value.attempts) == 3


def test_connection_lost_mid_stream_is_not_retried(harness: Harness) -> None:
    """Text already went to the caller: the provider stops and lets the job start the draft again."""
    harness.fake.enqueue_cut(after_chunks=2)
    pieces: list[str] = []
    with pytest.raises(ModelError) as caught:
        harness.provider().stream(harness.model, MESSAGES, pieces.append)
    assert caught.value.retryable and caught.value.kind in ("connection", "interrupted")
    assert len(pieces) == 2
    assert len(harness.fake.requests) == 1 and harness.sleep.calls == []
    assert len(caught.value.attempts) == 1 and caught.value.attempts[0].error


def test_stream_ending_without_its_end_marker_is_not_an_answer(harness: Harness) -> None:
    """A cleanly closed but truncated stream must not pass for a complete draft."""
    harness.fake.enqueue_cut(after_chunks=2, clean=True)
    with pytest.raises(ModelError) as caught:
        harness.stream()
    assert (caught.value.kind, caught.value.retryable) == ("interrupted", True)
    assert caught.value.attempts[0].error == "IncompleteAnswer"


def test_stream_cut_before_any_text_is_retried(harness: Harness) -> None:
    harness.fake.enqueue_cut(after_chunks=0)
    streamed = harness.stream()
    assert streamed.answer.text == harness.fake.reply
    assert len(harness.fake.requests) == 2 and len(streamed.answer.attempts) == 2


def test_unreachable_server_is_a_retryable_connection_error(harness: Harness) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}" + ("/v1" if harness.name == "albert" else "")
    with pytest.raises(ModelError) as caught:
        harness.stream(harness.provider(base_url=url))
    assert (caught.value.kind, caught.value.retryable) == ("connection", True)
    assert len(caught.value.attempts) == 3 and len(harness.sleep.calls) == 2


def test_a_malformed_url_is_not_retried(harness: Harness) -> None:
    """A configuration error (here a URL without scheme) is not transient: one attempt, not retryable."""
    with pytest.raises(ModelError) as caught:
        harness.stream(harness.provider(base_url="127.0.0.1:1/v1"))
    assert (caught.value.kind, caught.value.retryable) == ("bad_request", False)
    assert len(caught.value.attempts) == 1 and harness.sleep.calls == []


def test_an_error_in_the_callers_callback_propagates_unretried(harness: Harness) -> None:
    def fail(_: str) -> None:
        raise RuntimeError("Slack a refusé la mise à jour")

    with pytest.raises(RuntimeError, match="Slack"):
        harness.provider().stream(harness.model, MESSAGES, fail)
    assert len(harness.fake.requests) == 1 and harness.sleep.calls == []


def test_request_bodies_carry_no_personal_data_and_the_delimiters(
    harness: Harness, pseudonymiser: Pseudonymiser
) -> None:
    """Through the real pseudonymiser: what reaches the model server is placeholders inside the review's tags."""
    review = (
        "Bonjour, je suis Mme Sophie Martin. Mon téléphone : 06 12 34 56 78, "
        "mon courriel sophie.martin@example.fr. Personne ne m'a rappelée."
    )
    masked = pseudonymiser.pseudonymise(review, Vault())
    prompt = load_system_prompt()
    messages = [
        PromptMessage("system", PseudonymisedText(prompt.text)),
        PromptMessage("user", enclose_review(masked.text, nonce="c0ffee")),
    ]
    harness.stream(messages=messages)
    sent = str([request.body for request in harness.fake.requests])
    for personal in ("Sophie", "Martin", "06 12 34 56 78", "sophie.martin@example.fr"):
        assert personal not in sent
    assert "<AVIS-c0ffee>" in sent and "</AVIS-c0ffee>" in sent
    assert "[PERSONNE_1]" in sent
