"""Mistral La Plateforme, or any Mistral-compatible server (MISTRAL_SERVER_URL), through the `mistralai` SDK."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from mistralai.client import Mistral
from mistralai.client.errors import MistralError, NoResponseError, ResponseValidationError
from mistralai.client.models import (
    AssistantMessage,
    ChatCompletionStreamRequestMessage,
    SystemMessage,
    TextChunk,
    UserMessage,
)

from bot.models.http import MAX_OUTPUT_TOKENS, Timeouts, common_failure, pinned_timeout_client
from bot.models.retry import Attempt, AttemptFailure, IncompleteAnswer, RetryPolicy, call_with_retries, status_failure
from bot.ports.models import ModelAnswer, PromptMessage


def _message(message: PromptMessage) -> ChatCompletionStreamRequestMessage:
    if message.role == "system":
        return SystemMessage(content=message.content)
    if message.role == "assistant":
        return AssistantMessage(content=message.content)
    return UserMessage(content=message.content)


def classify(error: Exception) -> AttemptFailure | None:
    """SDKError carries the HTTP status and headers; transport errors surface as raw httpx2 exceptions."""
    if isinstance(error, ResponseValidationError):
        return AttemptFailure("bad_response", retryable=False)
    if isinstance(error, MistralError):
        return status_failure(error.status_code, error.headers)
    if isinstance(error, NoResponseError):
        return AttemptFailure("connection", retryable=True)
    return common_failure(error)


class MistralProvider:
    """Implements `bot.ports.ModelProvider` with streamed chat completions; the SDK's own retries are off."""

    def __init__(
        self,
        api_key: str | None,
        server_url: str | None,
        timeouts: Timeouts,
        policy: RetryPolicy | None = None,
        max_tokens: int = MAX_OUTPUT_TOKENS,
    ) -> None:
        # Without a key (a self-hosted server), a callable answering None sends no Authorization header and keeps
        # the SDK from looking for credentials in the environment (an empty string would send "Bearer ").
        self._client = Mistral(
            api_key=api_key or (lambda: None),
            server_url=server_url or None,
            client=pinned_timeout_client(timeouts),
            retry_config=None,
        )
        self._policy = policy or RetryPolicy()
        self._max_tokens = max_tokens

    def stream(self, model: str, messages: Sequence[PromptMessage], on_text: Callable[[str], None]) -> ModelAnswer:
        request = [_message(message) for message in messages]
        return call_with_retries(lambda attempt: self._send(model, request, attempt), classify, on_text, self._policy)

    def _send(self, model: str, messages: list[ChatCompletionStreamRequestMessage], attempt: Attempt) -> None:
        finished = False
        with self._client.chat.stream(model=model, messages=messages, max_tokens=self._max_tokens) as events:
            for event in events:
                chunk = event.data
                if chunk.usage is not None:
                    attempt.input_tokens = chunk.usage.prompt_tokens
                    attempt.output_tokens = chunk.usage.completion_tokens
                for choice in chunk.choices:
                    content = choice.delta.content
                    if isinstance(content, str):
                        attempt.emit(content)
                    elif isinstance(content, list):
                        for part in content:
                            if isinstance(part, TextChunk):
                                attempt.emit(part.text)
                    finished = finished or choice.finish_reason is not None
        if not finished:
            raise IncompleteAnswer("the stream ended without a finish_reason")
