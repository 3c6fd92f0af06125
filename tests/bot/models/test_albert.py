"""Albert / OpenAI-compatible specifics: base URL forms, the key or its absence, usage requested, no OPENAI_* leak."""

from __future__ import annotations

import pytest

from bot.models.albert import DEFAULT_BASE_URL, AlbertProvider, albert_base_url, classify
from bot.models.http import Timeouts
from bot.models.retry import RetryPolicy
from tests.fakes.provider_harness import Harness


@pytest.mark.parametrize(
    ("given", "used"),
    [
        (None, DEFAULT_BASE_URL),
        ("", DEFAULT_BASE_URL),
        ("http://127.0.0.1:11434", "http://127.0.0.1:11434/v1"),
        ("http://127.0.0.1:11434/", "http://127.0.0.1:11434/v1"),
        ("https://albert.api.etalab.gouv.fr/v1/", "https://albert.api.etalab.gouv.fr/v1"),
        ("https://passerelle.example/openai/v1", "https://passerelle.example/openai/v1"),
    ],
)
def test_base_url_forms(given: str | None, used: str) -> None:
    assert albert_base_url(given) == used


def test_a_bare_server_url_reaches_v1_chat_completions(albert: Harness) -> None:
    """ALBERT_BASE_URL=http://host:port (as people often write for vLLM or Ollama) works too."""
    albert.stream(albert.provider(base_url=albert.fake.url))
    assert albert.fake.requests[0].path == "/v1/chat/completions"


def test_key_and_usage_are_requested(albert: Harness) -> None:
    albert.stream()
    request = albert.fake.requests[0]
    assert request.headers["authorization"] == "Bearer albert-test"
    assert request.body["stream_options"] == {"include_usage": True}


def test_without_a_key_a_placeholder_is_sent(albert: Harness) -> None:
    """Local servers (vLLM, Ollama) need no key; the SDK insists on one, they ignore it."""
    provider = AlbertProvider(None, albert.fake.url + "/v1", Timeouts(read=10), RetryPolicy())
    albert.stream(provider)
    assert albert.fake.requests[0].headers["authorization"] == "Bearer EMPTY"


def test_openai_environment_does_not_leak_to_the_server(albert: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    """OPENAI_API_KEY, OPENAI_ORG_ID, OPENAI_PROJECT_ID, OPENAI_BASE_URL belong to OpenAI, not to Albert."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai-secret")
    monkeypatch.setenv("OPENAI_ORG_ID", "org-secret")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-secret")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    albert.stream(albert.provider())
    albert.stream(AlbertProvider(None, albert.fake.url, Timeouts(read=10), RetryPolicy()))
    for request in albert.fake.requests:
        assert "secret" not in str(request.headers)
        assert "openai-organization" not in request.headers and "openai-project" not in request.headers


def test_unknown_exceptions_are_not_classified() -> None:
    assert classify(AttributeError("a bug")) is None
