"""A real provider (real SDK) wired to the fake server that speaks its wire protocol, with a recording sleep."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.domain import PseudonymisedText
from bot.models.albert import AlbertProvider
from bot.models.anthropic import AnthropicProvider
from bot.models.http import Timeouts
from bot.models.mistral import MistralProvider
from bot.models.retry import RetryPolicy
from bot.ports.models import ModelAnswer, ModelProvider, PromptMessage
from tests.fakes.anthropic_api import FakeAnthropicServer
from tests.fakes.mistral_api import FakeMistralServer, ModelRequest

SYSTEM = "Tu rédiges des réponses courtes et polies."
MESSAGES = [
    PromptMessage("system", PseudonymisedText(SYSTEM)),
    PromptMessage("user", PseudonymisedText("Voici l'avis de [PERSONNE_1] : très bon accueil.")),
]
JITTER = 0.5  # so the backoff before retry n is 0.75 × base × 2^(n-1)


class RecordingSleep:
    """Stands in for time.sleep: records the delays, waits for none."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@dataclass
class Harness:
    """One provider family under test: its fake server, and a way to build the real provider against it."""

    name: str
    fake: FakeAnthropicServer | FakeMistralServer
    model: str
    make: Callable[[str, Timeouts, RetryPolicy], ModelProvider]
    base_url: str
    sleep: RecordingSleep = field(default_factory=RecordingSleep)

    def provider(self, read_timeout: float = 10.0, base_url: str | None = None, **policy: Any) -> ModelProvider:
        """The provider, with a short or long read timeout and a policy that never really sleeps."""
        retry = RetryPolicy(sleep=self.sleep, jitter=lambda: JITTER, **policy)
        return self.make(base_url or self.base_url, Timeouts(read=read_timeout, connect=5.0), retry)

    def stream(self, provider: ModelProvider | None = None, messages: list[PromptMessage] = MESSAGES) -> Streamed:
        pieces: list[str] = []
        answer = (provider or self.provider()).stream(self.model, messages, pieces.append)
        return Streamed(answer, pieces)

    def system_sent(self, request: ModelRequest) -> list[str]:
        """The system prompt texts one request carried, whatever the wire format."""
        if self.name == "anthropic":
            return [block["text"] for block in request.body["system"]]
        return [m["content"] for m in request.body["messages"] if m["role"] == "system"]

    def statuses(self) -> list[int]:
        return [request.status for request in self.fake.requests]


@dataclass
class Streamed:
    answer: ModelAnswer
    pieces: list[str]


def anthropic_harness(fake: FakeAnthropicServer) -> Harness:
    def make(url: str, timeouts: Timeouts, policy: RetryPolicy) -> ModelProvider:
        return AnthropicProvider("sk-ant-test", url, timeouts, policy)

    return Harness("anthropic", fake, "claude-sonnet-4-6", make, fake.url)


def mistral_harness(fake: FakeMistralServer) -> Harness:
    def make(url: str, timeouts: Timeouts, policy: RetryPolicy) -> ModelProvider:
        return MistralProvider("mistral-test", url, timeouts, policy)

    return Harness("mistral", fake, "mistral-small-latest", make, fake.url)


def albert_harness(fake: FakeMistralServer) -> Harness:
    def make(url: str, timeouts: Timeouts, policy: RetryPolicy) -> ModelProvider:
        return AlbertProvider("albert-test", url, timeouts, policy)

    return Harness("albert", fake, "albert-large", make, fake.url + "/v1")


def expected_tokens(messages: list[PromptMessage], reply: str) -> tuple[int, int]:
    """What every fake reports, tokens being words: (input, output)."""
    return sum(len(message.content.split()) for message in messages), len(reply.split())
