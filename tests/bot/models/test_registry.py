"""The model menu: ids, readable labels, defaults per configured provider, and the fallback order."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.models.registry import DEFAULT_MODELS, ModelRegistry, UnknownModel, parse_model_id
from bot.ports.models import ModelAnswer, PromptMessage


class NoProvider:
    def stream(self, model: str, messages: Sequence[PromptMessage], on_text: Callable[[str], None]) -> ModelAnswer:
        raise AssertionError("not called")


ALL = {"albert": NoProvider(), "mistral": NoProvider(), "anthropic": NoProvider()}


@pytest.mark.parametrize(
    ("model_id", "label"),
    [
        ("mistral:mistral-small-latest", "Mistral Small"),
        ("mistral:mistral-large-latest", "Mistral Large"),
        ("albert:albert-large", "Albert Large"),
        ("albert:albert-small", "Albert Small"),
        ("anthropic:claude-sonnet-4-6", "Claude Sonnet 4.6"),
        ("anthropic:claude-sonnet-4-5", "Claude Sonnet 4.5"),
        ("anthropic:claude-haiku-4-5-20251001", "Claude Haiku 4.5"),
        ("anthropic:claude-opus-5", "Claude Opus 5"),
        ("anthropic:claude-3-opus-latest", "Claude · claude-3-opus-latest"),
        ("albert:meta-llama/Llama-3.1-8B-Instruct", "Albert · meta-llama/Llama-3.1-8B-Instruct"),
        ("ollama:qwen3", "ollama · qwen3"),
    ],
)
def test_labels(model_id: str, label: str) -> None:
    assert parse_model_id(model_id).label == label


def test_defaults_follow_the_configured_providers_sovereign_first() -> None:
    registry = ModelRegistry({"anthropic": NoProvider(), "mistral": NoProvider()}, [])
    assert [c.id for c in registry.choices] == ["mistral:mistral-small-latest", "anthropic:claude-sonnet-4-6"]
    everything = ModelRegistry(ALL, [])
    assert [c.provider for c in everything.choices] == ["albert", "mistral", "anthropic"]
    assert everything.default.id == "albert:albert-large"
    assert set(DEFAULT_MODELS) == {"albert", "mistral", "anthropic"}


def test_plume_models_are_offered_exactly_in_order() -> None:
    ids = ["anthropic:claude-haiku-4-5", "albert:albert-large", "anthropic:claude-sonnet-4-6"]
    registry = ModelRegistry(ALL, ids)
    assert [c.id for c in registry.choices] == ids
    assert registry.default.id == ids[0]
    assert registry.provider(registry.choice("albert:albert-large")) is ALL["albert"]


def test_a_model_of_an_unconfigured_provider_is_refused() -> None:
    with pytest.raises(UnknownModel, match="anthropic"):
        ModelRegistry({"mistral": NoProvider()}, ["anthropic:claude-sonnet-4-6"])
    with pytest.raises(UnknownModel):
        ModelRegistry({}, [])
    with pytest.raises(UnknownModel):
        ModelRegistry(ALL, []).choice("mistral:inconnu")


def test_next_after_prefers_another_provider() -> None:
    registry = ModelRegistry(
        ALL, ["mistral:mistral-small-latest", "mistral:mistral-large-latest", "anthropic:claude-sonnet-4-6"]
    )
    small, large, claude = registry.choices
    assert registry.next_after(small) == claude
    assert registry.next_after(large) == claude
    assert registry.next_after(claude) == small  # cycling round the menu


def test_next_after_falls_back_to_the_same_provider_then_to_none() -> None:
    registry = ModelRegistry(ALL, ["mistral:mistral-small-latest", "mistral:mistral-large-latest"])
    small, large = registry.choices
    assert registry.next_after(small) == large
    assert registry.next_after(large) == small
    alone = ModelRegistry(ALL, ["albert:albert-large"])
    assert alone.next_after(alone.default) is None


def test_next_after_a_model_no_longer_offered() -> None:
    registry = ModelRegistry(ALL, ["mistral:mistral-small-latest", "albert:albert-large"])
    retired = parse_model_id("mistral:mistral-medium-latest")
    assert registry.next_after(retired) == registry.choice("albert:albert-large")
