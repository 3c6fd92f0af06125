"""Issue 14: the model menu says where each model runs, and its labels are configurable."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from bot.config import Settings
from bot.models.providers import build_registry


def _settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_each_providers_own_api_says_where_it_is_hosted() -> None:
    settings = _settings(
        albert_api_key=SecretStr("a"), mistral_api_key=SecretStr("m"), anthropic_api_key=SecretStr("c")
    )

    hosting = {choice.provider: choice.hosting for choice in build_registry(settings).choices}

    assert hosting == {
        "albert": "hébergé en France (DINUM)",
        "mistral": "hébergé dans l'UE (Mistral AI, La Plateforme)",
        "anthropic": "hébergé aux États-Unis (Anthropic)",
    }


def test_a_server_of_ones_own_is_not_said_to_be_hosted_where_the_providers_api_is() -> None:
    settings = _settings(albert_base_url="http://vllm.interne:8000", mistral_api_key=SecretStr("m"))
    hosted = _settings(albert_base_url="http://vllm.interne:8000", albert_hosting="hébergé au ministère (Paris)")

    assert [c.hosting for c in build_registry(settings).choices] == [
        "lieu d'hébergement non précisé",
        "hébergé dans l'UE (Mistral AI, La Plateforme)",
    ]
    assert [c.hosting for c in build_registry(hosted).choices] == ["hébergé au ministère (Paris)"]


def test_model_labels_are_configurable_and_a_malformed_one_is_refused() -> None:
    settings = _settings(
        mistral_api_key=SecretStr("m"),
        plume_models="mistral:mistral-small-latest,mistral:mistral-large-latest",
        plume_model_labels="mistral:mistral-large-latest=Mistral Large (réponses longues)",
    )

    assert [c.label for c in build_registry(settings).choices] == ["Mistral Small", "Mistral Large (réponses longues)"]
    with pytest.raises(ValueError, match="PLUME_MODEL_LABELS"):
        build_registry(_settings(mistral_api_key=SecretStr("m"), plume_model_labels="Mistral Large"))
