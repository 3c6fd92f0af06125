"""Anthropic specifics: prompt caching, headers, token counts with the cache, 529 and errors inside the stream."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from bot.domain import PseudonymisedText
from bot.models.anthropic import AnthropicProvider, classify
from bot.models.http import Timeouts
from bot.models.retry import RetryPolicy
from bot.ports.models import ModelError, PromptMessage
from tests.fakes.provider_harness import MESSAGES, SYSTEM, Harness, expected_tokens

CONVERSATION = [
    *MESSAGES,
    PromptMessage("assistant", PseudonymisedText("Merci pour votre retour.")),
    PromptMessage("user", PseudonymisedText("Plus court, s'il te plaît.")),
]


def test_system_prompt_is_a_cached_content_block(anthropic: Harness) -> None:
    anthropic.stream()
    body = anthropic.fake.requests[0].body
    assert body["system"] == [{"type": "text", "text": SYSTEM, "cache_control": {"type": "ephemeral"}}]
    assert [m["role"] for m in body["messages"]] == ["user"]


def _key_sent(headers: dict[str, str]) -> str | None:
    """The API key, as `x-api-key` (older SDKs) or `Authorization: Bearer` (anthropic 2.x)."""
    bearer = headers.get("authorization", "")
    return headers.get("x-api-key") or (bearer.removeprefix("Bearer ") if bearer.startswith("Bearer ") else None)


def test_headers_carry_the_key_and_the_api_version(anthropic: Harness) -> None:
    anthropic.stream()
    headers = anthropic.fake.requests[0].headers
    assert _key_sent(headers) == "sk-ant-test"
    assert headers["anthropic-version"]
    assert headers["x-stainless-retry-count"] == "0"


def test_turns_keep_their_order_and_roles(anthropic: Harness) -> None:
    anthropic.stream(messages=CONVERSATION)
    turns = anthropic.fake.requests[0].body["messages"]
    assert [(m["role"], m["content"]) for m in turns] == [(m.role, m.content) for m in CONVERSATION[1:]]


def test_input_tokens_include_cache_writes_and_reads(anthropic: Harness) -> None:
    """The fake reports the system prompt as written to the cache first, then read from it: totals are equal."""
    first, second = anthropic.stream(), anthropic.stream()
    expected = expected_tokens(MESSAGES, anthropic.fake.reply)
    assert (first.answer.input_tokens, first.answer.output_tokens) == expected
    assert (second.answer.input_tokens, second.answer.output_tokens) == expected


def test_overloaded_529_is_retried(anthropic: Harness) -> None:
    anthropic.fake.enqueue_error(529, retry_after=2)
    streamed = anthropic.stream()
    assert streamed.answer.attempts[0].error == "OverloadedError(529)"
    assert anthropic.sleep.calls == [2.0]


def test_retry_after_as_an_http_date(anthropic: Harness) -> None:
    anthropic.fake.enqueue_error(429, retry_after=format_datetime(datetime.now(UTC) + timedelta(seconds=10), True))
    anthropic.stream()
    [delay] = anthropic.sleep.calls
    assert 7 <= delay <= 10


def test_error_event_before_any_text_is_retried(anthropic: Harness) -> None:
    anthropic.fake.enqueue_stream_error(after_chunks=0, error_type="overloaded_error")
    streamed = anthropic.stream()
    assert streamed.answer.text == anthropic.fake.reply
    assert [a.error for a in streamed.answer.attempts] == ["APIStatusError", None]


def test_error_event_after_text_is_not_retried(anthropic: Harness) -> None:
    anthropic.fake.enqueue_stream_error(after_chunks=2, error_type="overloaded_error")
    with pytest.raises(ModelError) as caught:
        anthropic.stream()
    assert (caught.value.kind, caught.value.retryable) == ("overloaded", True)
    assert len(anthropic.fake.requests) == 1


def test_base_url_may_carry_a_path(anthropic: Harness) -> None:
    """ANTHROPIC_BASE_URL pointing at a gateway under a prefix."""
    anthropic.stream(anthropic.provider(base_url=anthropic.fake.url + "/passerelle/anthropic"))
    assert anthropic.fake.requests[0].path == "/passerelle/anthropic/v1/messages"


def test_the_environment_key_is_not_used(anthropic: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key comes from Settings, passed explicitly; the SDK's own environment lookup is bypassed."""
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-from-env")
    anthropic.stream()
    assert _key_sent(anthropic.fake.requests[0].headers) == "sk-ant-test"


def test_default_base_url_is_anthropics() -> None:
    provider = AnthropicProvider("k", None, Timeouts(), RetryPolicy())
    assert str(provider._client.base_url) == "https://api.anthropic.com"
    assert provider._client.max_retries == 0


def test_unknown_exceptions_are_not_classified() -> None:
    assert classify(ValueError("a bug")) is None
