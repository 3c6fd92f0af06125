"""Any OpenAI-compatible /v1/chat/completions endpoint (ALBERT_API_KEY, ALBERT_BASE_URL), through the `openai` SDK.

DINUM's Albert API, vLLM and Ollama all document this client; it parses their streams (comments, `event: error`,
`[DONE]`) and maps HTTP errors to typed exceptions the same way the `anthropic` SDK does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from openai import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    OpenAI,
)
from openai.types.chat import ChatCompletionMessageParam

from bot.models.http import MAX_OUTPUT_TOKENS, Timeouts, common_failure
from bot.models.retry import Attempt, AttemptFailure, IncompleteAnswer, RetryPolicy, call_with_retries, status_failure
from bot.ports.models import ModelAnswer, PromptMessage

DEFAULT_BASE_URL = "https://albert.api.etalab.gouv.fr/v1"
NO_KEY = "EMPTY"  # the SDK insists on a key; servers without authentication (vLLM, Ollama) ignore it


def albert_base_url(url: str | None) -> str:
    """ALBERT_BASE_URL as the SDK wants it: Albert's by default, `/v1` added to a bare `http://host:port`."""
    if not url:
        return DEFAULT_BASE_URL
    url = url.rstrip("/")
    return url + "/v1" if urlsplit(url).path in ("", "/") else url


def classify(error: Exception) -> AttemptFailure | None:
    """The SDK wraps timeouts and lost connections, even mid-stream, in APITimeoutError / APIConnectionError."""
    if isinstance(error, APIStatusError):
        return status_failure(error.status_code, error.response.headers)
    if isinstance(error, APIConnectionError):  # APITimeoutError included; the cause is the httpx2 error
        wrapped = AttemptFailure("timeout" if isinstance(error, APITimeoutError) else "connection", retryable=True)
        return common_failure(error.__cause__) or wrapped
    if isinstance(error, APIResponseValidationError):
        return AttemptFailure("bad_response", retryable=False)
    if isinstance(error, APIError):  # an error object inside a stream that had started with HTTP 200
        return AttemptFailure("server_error", retryable=True)
    return common_failure(error)


def _message(message: PromptMessage) -> ChatCompletionMessageParam:
    if message.role == "system":
        return {"role": "system", "content": message.content}
    if message.role == "assistant":
        return {"role": "assistant", "content": message.content}
    return {"role": "user", "content": message.content}


class AlbertProvider:
    """Implements `bot.ports.ModelProvider` with streamed chat completions; the SDK's own retries are off."""

    def __init__(
        self,
        api_key: str | None,
        base_url: str | None,
        timeouts: Timeouts,
        policy: RetryPolicy | None = None,
        max_tokens: int = MAX_OUTPUT_TOKENS,
    ) -> None:
        self._client = OpenAI(
            api_key=api_key or NO_KEY,
            base_url=albert_base_url(base_url),
            timeout=timeouts.httpx(),
            max_retries=0,
        )
        # The SDK fills these from OPENAI_ORG_ID / OPENAI_PROJECT_ID; they must not travel to another server.
        self._client.organization = None
        self._client.project = None
        self._policy = policy or RetryPolicy()
        self._max_tokens = max_tokens

    def stream(self, model: str, messages: Sequence[PromptMessage], on_text: Callable[[str], None]) -> ModelAnswer:
        request = [_message(message) for message in messages]
        return call_with_retries(lambda attempt: self._send(model, request, attempt), classify, on_text, self._policy)

    def _send(self, model: str, messages: list[ChatCompletionMessageParam], attempt: Attempt) -> None:
        finished = False
        stream = self._client.chat.completions.create(
            model=model,
            messages=messages,
            max_tokens=self._max_tokens,
            stream=True,
            stream_options={"include_usage": True},
        )
        with stream:
            for chunk in stream:
                if chunk.usage is not None:
                    attempt.input_tokens = chunk.usage.prompt_tokens
                    attempt.output_tokens = chunk.usage.completion_tokens
                for choice in chunk.choices:
                    attempt.emit(choice.delta.content or "")
                    finished = finished or choice.finish_reason is not None
        if not finished:
            raise IncompleteAnswer("the stream ended without a finish_reason")
