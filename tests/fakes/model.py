"""An in-process model provider for service tests: enqueue answers or errors, read back the prompts."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence

from bot.domain import PseudonymisedText
from bot.ports.models import ModelAnswer, PromptMessage


class FakeProvider:
    """Implements `bot.ports.ModelProvider`; streams each queued answer in a few pieces."""

    def __init__(self) -> None:
        self._queue: deque[str | Exception] = deque()
        self.calls: list[tuple[str, list[PromptMessage]]] = []
        self._open = threading.Event()
        self._open.set()
        self._called = threading.Condition()

    def hold(self) -> None:
        """Make the next calls wait (after being recorded) until `release()`."""
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    def wait_started(self, count: int, timeout: float = 10.0) -> None:
        with self._called:
            assert self._called.wait_for(lambda: len(self.calls) >= count, timeout), f"{len(self.calls)} model calls"

    def enqueue(self, *answers: str | Exception) -> None:
        self._queue.extend(answers)

    def stream(self, model: str, messages: Sequence[PromptMessage], on_text: Callable[[str], None]) -> ModelAnswer:
        with self._called:
            self.calls.append((model, list(messages)))
            self._called.notify_all()
        self._open.wait(timeout=30)
        answer = self._queue.popleft() if self._queue else "Merci pour votre avis."
        if isinstance(answer, Exception):
            raise answer
        for start in range(0, len(answer), 10):
            on_text(answer[start : start + 10])
        return ModelAnswer(PseudonymisedText(answer), input_tokens=42, output_tokens=len(answer.split()))

    def prompts_text(self) -> str:
        return "\n".join(message.content for _, messages in self.calls for message in messages)
