"""The `provider:model` ids offered to agents (PLUME_MODELS), their labels, and the provider behind each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.ports import ModelProvider

DEFAULT_MODELS = {"mistral": "mistral-small-latest"}
_PROVIDER_LABELS = {"mistral": "Mistral", "anthropic": "Claude", "albert": "Albert"}
_MODEL_LABELS = {
    "mistral-small-latest": "Mistral Small",
    "mistral-medium-latest": "Mistral Medium",
    "mistral-large-latest": "Mistral Large",
}


class UnknownModel(ValueError):
    """A model id names no configured provider."""


@dataclass(frozen=True)
class ModelChoice:
    id: str
    provider: str
    model: str

    @property
    def label(self) -> str:
        if self.model in _MODEL_LABELS:
            return _MODEL_LABELS[self.model]
        return f"{_PROVIDER_LABELS.get(self.provider, self.provider)} · {self.model}"


MAX_ID_LENGTH = 150  # Slack's limit for a menu option's value


def parse_model_id(model_id: str) -> ModelChoice:
    provider, separator, model = model_id.partition(":")
    if len(model_id) > MAX_ID_LENGTH:
        raise UnknownModel(f"« {model_id[:40]}… » dépasse {MAX_ID_LENGTH} caractères")
    if not separator or not provider or not model:
        raise UnknownModel(
            f"« {model_id} » n'est pas de la forme fournisseur:modèle (ex. mistral:mistral-small-latest)"
        )
    return ModelChoice(model_id, provider.strip(), model.strip())


class ModelRegistry:
    """The models offered in the menu, in order; the first is the default."""

    def __init__(self, providers: Mapping[str, ModelProvider], model_ids: Sequence[str]) -> None:
        if not providers:
            raise UnknownModel("aucun fournisseur de modèle n'est configuré")
        ids = list(model_ids) or [f"{name}:{DEFAULT_MODELS[name]}" for name in providers if name in DEFAULT_MODELS]
        self.choices = tuple(parse_model_id(model_id) for model_id in ids)
        for choice in self.choices:
            if choice.provider not in providers:
                raise UnknownModel(
                    f"le modèle « {choice.id} » demande le fournisseur « {choice.provider} », qui n'est pas configuré"
                )
        if not self.choices:
            raise UnknownModel("PLUME_MODELS ne propose aucun modèle")
        self._providers = dict(providers)

    @property
    def default(self) -> ModelChoice:
        return self.choices[0]

    def choice(self, model_id: str) -> ModelChoice:
        for choice in self.choices:
            if choice.id == model_id:
                return choice
        raise UnknownModel(f"le modèle « {model_id} » n'est pas proposé (PLUME_MODELS)")

    def provider(self, choice: ModelChoice) -> ModelProvider:
        return self._providers[choice.provider]
