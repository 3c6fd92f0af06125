"""An in-process model provider for service tests: enqueue answers or errors, read back the prompts."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence

from bot.domain import PseudonymisedText
from bot.ports import ModelAnswer, PromptMessage


class FakeProvider:
    """Implements `bot.ports.ModelProvider`; streams each queued answer in a few pieces."""

    def __init__(self) -> None:
        self._queue: deque[str | Exception] = deque()
        self.calls: list[tuple[str, list[PromptMessage]]] = []

    def enqueue(self, *answers: str | Exception) -> None:
        self._queue.extend(answers)

    def stream(self, model: str, messages: Sequence[PromptMessage], on_text: Callable[[str], None]) -> ModelAnswer:
        self.calls.append((model, list(messages)))
        answer = self._queue.popleft() if self._queue else "Merci pour votre avis."
        if isinstance(answer, Exception):
            raise answer
        for start in range(0, len(answer), 10):
            on_text(answer[start : start + 10])
        return ModelAnswer(PseudonymisedText(answer), input_tokens=42, output_tokens=len(answer.split()))

    def prompts_text(self) -> str:
        return "\n".join(message.content for _, messages in self.calls for message in messages)
