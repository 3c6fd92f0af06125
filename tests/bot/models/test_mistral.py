"""Mistral specifics: the key, the server URL, the roles, and our timeouts winning over the SDK's own."""

from __future__ import annotations

import httpx2
import pytest

from bot.domain import PseudonymisedText
from bot.models.http import Timeouts, pinned_timeout_client
from bot.models.mistral import MistralProvider, classify
from bot.models.retry import RetryPolicy
from bot.ports.models import PromptMessage
from tests.fakes.provider_harness import MESSAGES, Harness

CONVERSATION = [
    *MESSAGES,
    PromptMessage("assistant", PseudonymisedText("Merci pour votre retour.")),
    PromptMessage("user", PseudonymisedText("Plus court, s'il te plaît.")),
]


def test_key_roles_and_stream_request(mistral: Harness) -> None:
    mistral.stream(messages=CONVERSATION)
    request = mistral.fake.requests[0]
    assert request.headers["authorization"] == "Bearer mistral-test"
    assert request.headers["accept"] == "text/event-stream"
    assert [(m["role"], m["content"]) for m in request.body["messages"]] == [(m.role, m.content) for m in CONVERSATION]


def test_server_url_is_honoured_with_a_path(mistral: Harness) -> None:
    """MISTRAL_SERVER_URL for a self-hosted server behind a gateway prefix."""
    mistral.stream(mistral.provider(base_url=mistral.fake.url + "/passerelle"))
    assert mistral.fake.requests[0].path == "/passerelle/v1/chat/completions"


def test_the_environment_key_is_not_used(mistral: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "from-env")
    mistral.stream()
    assert mistral.fake.requests[0].headers["authorization"] == "Bearer mistral-test"


def test_our_timeouts_win_over_the_per_request_timeout_the_sdk_sets() -> None:
    """The SDK always sets one timeout per request (300 s by default); the pinned client restores ours."""
    seen: list[dict[str, float | None]] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(request.extensions["timeout"])
        return httpx2.Response(200)

    client = pinned_timeout_client(Timeouts(read=42.0, connect=3.0), httpx2.MockTransport(answer))
    client.send(client.build_request("GET", "http://modele.test/", timeout=300.0))
    assert seen == [{"connect": 3.0, "read": 42.0, "write": 42.0, "pool": 3.0}]


def test_a_self_hosted_server_without_a_key_gets_no_authorization(
    mistral: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MISTRAL_SERVER_URL alone: no `Authorization: Bearer ` (an illegal empty value), no key from the environment."""
    monkeypatch.setenv("MISTRAL_API_KEY", "from-env")
    provider = MistralProvider(None, mistral.fake.url, Timeouts(read=10), RetryPolicy())
    mistral.stream(provider)
    assert "authorization" not in mistral.fake.requests[0].headers


def test_unknown_exceptions_are_not_classified() -> None:
    assert classify(KeyError("a bug")) is None
