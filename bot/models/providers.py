"""The provider table: which model families Plume knows, what configures each, and how each is built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import SecretStr

from bot.config import Settings
from bot.models.http import Timeouts
from bot.models.registry import DEFAULT_HOSTING, UNKNOWN_HOSTING, ModelRegistry
from bot.ports.models import ModelProvider


def _albert(key: str | None, url: str | None, timeouts: Timeouts) -> ModelProvider:
    from bot.models.albert import AlbertProvider

    return AlbertProvider(key, url, timeouts)


def _mistral(key: str | None, url: str | None, timeouts: Timeouts) -> ModelProvider:
    from bot.models.mistral import MistralProvider

    return MistralProvider(key, url, timeouts)


def _anthropic(key: str | None, url: str | None, timeouts: Timeouts) -> ModelProvider:
    from bot.models.anthropic import AnthropicProvider

    return AnthropicProvider(key or "", url, timeouts)


@dataclass(frozen=True)
class ProviderSpec:
    """One family: its key, server URL and hosting line in Settings, whether a URL alone configures it, and its
    factory."""

    family: str
    key: Callable[[Settings], SecretStr | None]
    url: Callable[[Settings], str | None]
    url_alone_suffices: bool
    build: Callable[[str | None, str | None, Timeouts], ModelProvider]
    hosting: Callable[[Settings], str | None]

    def hosted(self, settings: Settings) -> str:
        """Where the family's models run: as configured, else the provider's own API's place unless a server URL
        of one's own replaces it (then it is not known)."""
        configured = self.hosting(settings)
        if configured:
            return configured
        return UNKNOWN_HOSTING if self.url(settings) else DEFAULT_HOSTING[self.family]

    def configured(self, settings: Settings) -> bool:
        return self.key(settings) is not None or (self.url_alone_suffices and bool(self.url(settings)))


PROVIDERS: tuple[ProviderSpec, ...] = (
    ProviderSpec(
        "albert", lambda s: s.albert_api_key, lambda s: s.albert_base_url, True, _albert, lambda s: s.albert_hosting
    ),
    ProviderSpec(
        "mistral",
        lambda s: s.mistral_api_key,
        lambda s: s.mistral_server_url,
        True,
        _mistral,
        lambda s: s.mistral_hosting,
    ),
    ProviderSpec(
        "anthropic",
        lambda s: s.anthropic_api_key,
        lambda s: s.anthropic_base_url,
        False,
        _anthropic,
        lambda s: s.anthropic_hosting,
    ),
)
"""In the order of the default model menu; a self-hosted Albert or Mistral server needs no key, Anthropic does."""


def build_providers(settings: Settings) -> dict[str, ModelProvider]:
    """One provider per family that has credentials or a server URL, each with its own SDK's retries off."""
    read_timeout = settings.plume_model_read_timeout_seconds or settings.plume_model_timeout_seconds
    timeouts = Timeouts(read=read_timeout)
    return {
        spec.family: spec.build(_secret(spec.key(settings)), spec.url(settings), timeouts)
        for spec in PROVIDERS
        if spec.configured(settings)
    }


def build_registry(settings: Settings) -> ModelRegistry:
    """The model menu: the configured providers' models, named as configured, each saying where it runs."""
    return ModelRegistry(
        build_providers(settings),
        settings.model_ids,
        labels=settings.model_labels,
        hosting={spec.family: spec.hosted(settings) for spec in PROVIDERS},
    )


def _secret(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value is not None else None
