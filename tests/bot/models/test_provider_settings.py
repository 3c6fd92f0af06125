"""From Settings to providers: which variables make a provider, and that `plume serve` accepts each of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings, missing_for_serve
from bot.models.albert import DEFAULT_BASE_URL, AlbertProvider
from bot.models.anthropic import AnthropicProvider
from bot.models.mistral import MistralProvider
from bot.models.providers import build_providers
from bot.models.registry import ModelRegistry

SLACK = {"SLACK_BOT_TOKEN": "xoxb-bot", "SLACK_APP_TOKEN": "xapp-app"}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No Plume variable from the outer environment, and a cwd without any real .env."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.chdir(tmp_path)


def settings(monkeypatch: pytest.MonkeyPatch, **variables: str) -> Settings:
    for name, value in {**SLACK, **variables}.items():
        monkeypatch.setenv(name, value)
    return Settings()


@pytest.mark.parametrize(
    ("variables", "family", "kind"),
    [
        ({"ANTHROPIC_API_KEY": "sk-ant"}, "anthropic", AnthropicProvider),
        ({"MISTRAL_API_KEY": "m"}, "mistral", MistralProvider),
        ({"MISTRAL_SERVER_URL": "http://127.0.0.1:8000"}, "mistral", MistralProvider),
        ({"ALBERT_API_KEY": "a"}, "albert", AlbertProvider),
        ({"ALBERT_BASE_URL": "http://127.0.0.1:11434/v1"}, "albert", AlbertProvider),
    ],
)
def test_each_provider_alone_is_enough(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], family: str, kind: type
) -> None:
    configured = settings(monkeypatch, **variables)
    assert missing_for_serve(configured, http=False) == []
    providers = build_providers(configured)
    assert list(providers) == [family] and isinstance(providers[family], kind)
    assert ModelRegistry(providers, configured.model_ids).default.provider == family


def test_no_provider_is_reported_with_every_way_to_configure_one(monkeypatch: pytest.MonkeyPatch) -> None:
    [missing] = missing_for_serve(settings(monkeypatch), http=False)
    for variable in ("MISTRAL_API_KEY", "MISTRAL_SERVER_URL", "ANTHROPIC_API_KEY", "ALBERT_API_KEY", "ALBERT_BASE_URL"):
        assert variable in missing.where
    assert build_providers(settings(monkeypatch)) == {}


def test_all_three_with_their_urls_and_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    configured = settings(
        monkeypatch,
        ANTHROPIC_API_KEY="sk-ant",
        ANTHROPIC_BASE_URL="http://127.0.0.1:9001",
        MISTRAL_API_KEY="m",
        ALBERT_API_KEY="a",
        PLUME_MODEL_TIMEOUT_SECONDS="90",
        PLUME_MODEL_READ_TIMEOUT_SECONDS="45",
    )
    providers = build_providers(configured)
    assert list(providers) == ["albert", "mistral", "anthropic"]
    anthropic = providers["anthropic"]
    albert = providers["albert"]
    assert isinstance(anthropic, AnthropicProvider) and isinstance(albert, AlbertProvider)
    assert str(anthropic._client.base_url) == "http://127.0.0.1:9001"
    assert anthropic._client.timeout.read == 45.0  # type: ignore[union-attr]
    assert str(albert._client.base_url).rstrip("/") == DEFAULT_BASE_URL  # ALBERT_API_KEY alone: DINUM's API


def test_read_timeout_defaults_to_the_model_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    configured = settings(monkeypatch, ANTHROPIC_API_KEY="sk-ant", PLUME_MODEL_TIMEOUT_SECONDS="90")
    anthropic = build_providers(configured)["anthropic"]
    assert isinstance(anthropic, AnthropicProvider)
    assert anthropic._client.timeout.read == 90.0  # type: ignore[union-attr]
    assert anthropic._client.timeout.connect == 10.0  # type: ignore[union-attr]
