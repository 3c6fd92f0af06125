"""Mistral La Plateforme, or any Mistral-compatible server (MISTRAL_SERVER_URL), through the `mistralai` SDK."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from mistralai.client import Mistral
from mistralai.client.models import (
    AssistantMessage,
    ChatCompletionStreamRequestMessage,
    SystemMessage,
    UserMessage,
)

from bot.domain import PseudonymisedText
from bot.ports import ModelAnswer, PromptMessage


def _message(message: PromptMessage) -> ChatCompletionStreamRequestMessage:
    if message.role == "system":
        return SystemMessage(content=message.content)
    if message.role == "assistant":
        return AssistantMessage(content=message.content)
    return UserMessage(content=message.content)


class MistralProvider:
    """Implements `bot.ports.ModelProvider` with streamed chat completions."""

    def __init__(self, api_key: str | None, server_url: str | None, timeout_seconds: float) -> None:
        self._client = Mistral(
            api_key=api_key or "", server_url=server_url or None, timeout_ms=int(timeout_seconds * 1000)
        )

    def stream(self, model: str, messages: Sequence[PromptMessage], on_text: Callable[[str], None]) -> ModelAnswer:
        pieces: list[str] = []
        input_tokens: int | None = None
        output_tokens: int | None = None
        events = self._client.chat.stream(model=model, messages=[_message(m) for m in messages])
        with events:
            for event in events:
                chunk = event.data
                if chunk.usage is not None:
                    input_tokens = chunk.usage.prompt_tokens
                    output_tokens = chunk.usage.completion_tokens
                for choice in chunk.choices:
                    content = choice.delta.content
                    if isinstance(content, str) and content:
                        pieces.append(content)
                        on_text(content)
        return ModelAnswer(PseudonymisedText("".join(pieces)), input_tokens, output_tokens)
