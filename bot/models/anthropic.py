"""Anthropic's Messages API (ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL), streamed through the `anthropic` SDK.

The system prompt is sent as content blocks, the last one marked `cache_control: ephemeral`, so that Anthropic may
cache it across drafts (it only does for prompts above a model-specific minimum length, ~1 024 tokens for Sonnet).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from anthropic import (
    Anthropic,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
)
from anthropic.types import MessageParam, TextBlockParam, Usage

from bot.models.http import MAX_OUTPUT_TOKENS, Timeouts, common_failure
from bot.models.retry import Attempt, AttemptFailure, IncompleteAnswer, RetryPolicy, call_with_retries, status_failure
from bot.ports.models import ModelAnswer, PromptMessage

DEFAULT_BASE_URL = "https://api.anthropic.com"

# Error types Anthropic may send in an `event: error` inside a stream that had started with HTTP 200.
_STREAM_ERRORS = {
    "overloaded_error": AttemptFailure("overloaded", retryable=True),
    "rate_limit_error": AttemptFailure("rate_limited", retryable=True),
    "api_error": AttemptFailure("server_error", retryable=True),
    "authentication_error": AttemptFailure("auth", retryable=False),
    "permission_error": AttemptFailure("auth", retryable=False),
    "invalid_request_error": AttemptFailure("bad_request", retryable=False),
}


def classify(error: Exception) -> AttemptFailure | None:
    """Status errors carry `status_code` and `response.headers`; errors while reading a stream are raw httpx2."""
    if isinstance(error, APIStatusError):
        if error.status_code < 400:
            return _STREAM_ERRORS.get(str(error.type), AttemptFailure("server_error", retryable=True))
        return status_failure(error.status_code, error.response.headers)
    if isinstance(error, APIConnectionError):  # APITimeoutError included; the cause is the httpx2 error
        wrapped = AttemptFailure("timeout" if isinstance(error, APITimeoutError) else "connection", retryable=True)
        return common_failure(error.__cause__) or wrapped
    if isinstance(error, APIResponseValidationError):
        return AttemptFailure("bad_response", retryable=False)
    return common_failure(error)


def _system_blocks(messages: Sequence[PromptMessage]) -> list[TextBlockParam]:
    blocks: list[TextBlockParam] = [{"type": "text", "text": m.content} for m in messages if m.role == "system"]
    if blocks:
        blocks[-1]["cache_control"] = {"type": "ephemeral"}
    return blocks


def _turn(message: PromptMessage) -> MessageParam:
    if message.role == "assistant":
        return {"role": "assistant", "content": message.content}
    return {"role": "user", "content": message.content}


def _turns(messages: Sequence[PromptMessage]) -> list[MessageParam]:
    return [_turn(message) for message in messages if message.role != "system"]


def _record_usage(attempt: Attempt, usage: Usage) -> None:
    """Input tokens are the uncached ones plus those written to and read from the prompt cache."""
    cached = (usage.cache_creation_input_tokens or 0) + (usage.cache_read_input_tokens or 0)
    attempt.input_tokens = usage.input_tokens + cached
    attempt.output_tokens = usage.output_tokens


class AnthropicProvider:
    """Implements `bot.ports.ModelProvider` with `client.messages.stream`; the SDK's own retries are off."""

    def __init__(
        self,
        api_key: str,
        base_url: str | None,
        timeouts: Timeouts,
        policy: RetryPolicy | None = None,
        max_tokens: int = MAX_OUTPUT_TOKENS,
    ) -> None:
        self._client = Anthropic(
            api_key=api_key,
            base_url=base_url or DEFAULT_BASE_URL,
            timeout=timeouts.httpx(),
            max_retries=0,
            open_telemetry=False,
        )
        self._policy = policy or RetryPolicy()
        self._max_tokens = max_tokens

    def stream(self, model: str, messages: Sequence[PromptMessage], on_text: Callable[[str], None]) -> ModelAnswer:
        system, turns = _system_blocks(messages), _turns(messages)
        return call_with_retries(
            lambda attempt: self._send(model, system, turns, attempt), classify, on_text, self._policy
        )

    def _send(self, model: str, system: list[TextBlockParam], turns: list[MessageParam], attempt: Attempt) -> None:
        stopped = False
        with self._client.messages.stream(
            model=model, max_tokens=self._max_tokens, system=system, messages=turns
        ) as stream:
            for event in stream:
                if event.type == "text":
                    attempt.emit(event.text)
                elif event.type in ("message_start", "message_delta"):
                    _record_usage(attempt, stream.current_message_snapshot.usage)
                elif event.type == "message_stop":
                    stopped = True
        if not stopped:
            raise IncompleteAnswer("the stream ended without message_stop")
