"""The `provider:model` ids offered to agents (PLUME_MODELS), their labels, and the provider behind each."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from bot.ports.models import ModelProvider

# One sensible model per provider, in the order they are offered when PLUME_MODELS is empty: the State's own
# service first, then the French provider, then Anthropic.
DEFAULT_MODELS = {
    "albert": "albert-large",
    "mistral": "mistral-small-latest",
    "anthropic": "claude-sonnet-4-6",
}
DEFAULT_HOSTING = {
    "albert": "hébergé en France (DINUM)",
    "mistral": "hébergé dans l'UE (Mistral AI, La Plateforme)",
    "anthropic": "hébergé aux États-Unis (Anthropic)",
}
"""Where each provider's own API runs; true only for its default URL (a server URL of one's own says nothing)."""
UNKNOWN_HOSTING = "lieu d'hébergement non précisé"
_PROVIDER_LABELS = {"mistral": "Mistral", "anthropic": "Claude", "albert": "Albert"}
_MODEL_LABELS = {
    "mistral-small-latest": "Mistral Small",
    "mistral-medium-latest": "Mistral Medium",
    "mistral-large-latest": "Mistral Large",
    "magistral-small-latest": "Magistral Small",
    "magistral-medium-latest": "Magistral Medium",
    "albert-small": "Albert Small",
    "albert-large": "Albert Large",
    "albert-code": "Albert Code",
}
# claude-sonnet-4-6, claude-haiku-4-5-20251001, claude-opus-5 → Claude Sonnet 4.6, Claude Haiku 4.5, Claude Opus 5
_CLAUDE = re.compile(r"claude-(?P<family>[a-z]+)-(?P<major>\d+)(?:-(?P<minor>\d{1,2}))?(?:-\d{8})?")


def _claude_label(model: str) -> str | None:
    match = _CLAUDE.fullmatch(model)
    if match is None:
        return None
    version = match["major"] + (f".{match['minor']}" if match["minor"] else "")
    return f"Claude {match['family'].capitalize()} {version}"


class UnknownModel(ValueError):
    """A model id names no configured provider."""


@dataclass(frozen=True)
class ModelChoice:
    id: str
    provider: str
    model: str
    name: str | None = None
    """The label configured for this model (PLUME_MODEL_LABELS), if any."""
    hosting: str = ""
    """Where the model runs, as the menu says it (« hébergé dans l'UE (…) »); empty when not known."""

    @property
    def label(self) -> str:
        """A readable name for the model menu: the configured one, else « Mistral Small », « Claude Sonnet 4.6 »,
        else « Albert · id »."""
        if self.name:
            return self.name
        if self.model in _MODEL_LABELS:
            return _MODEL_LABELS[self.model]
        if self.provider == "anthropic" and (claude := _claude_label(self.model)) is not None:
            return claude
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

    def __init__(
        self,
        providers: Mapping[str, ModelProvider],
        model_ids: Sequence[str],
        *,
        labels: Mapping[str, str] | None = None,
        hosting: Mapping[str, str] | None = None,
    ) -> None:
        """`labels` name models by id (PLUME_MODEL_LABELS); `hosting` says where each provider runs (by provider
        name; DEFAULT_HOSTING when not given)."""
        if not providers:
            raise UnknownModel("aucun fournisseur de modèle n'est configuré")
        ids = list(model_ids) or [f"{name}:{model}" for name, model in DEFAULT_MODELS.items() if name in providers]
        where = DEFAULT_HOSTING if hosting is None else hosting
        self.choices = tuple(
            replace(choice, name=(labels or {}).get(choice.id), hosting=where.get(choice.provider, UNKNOWN_HOSTING))
            for choice in map(parse_model_id, ids)
        )
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

    def next_after(self, choice: ModelChoice) -> ModelChoice | None:
        """The fallback when `choice` fails: the next choice, cycling round the menu, from another provider if any.

        None when nothing else is offered. Cycling means that a caller falling back more than once must remember
        what it tried (or fall back once only).
        """
        ids = [offered.id for offered in self.choices]
        start = ids.index(choice.id) + 1 if choice.id in ids else 0
        others = [c for c in self.choices[start:] + self.choices[:start] if c.id != choice.id]
        elsewhere = [c for c in others if c.provider != choice.provider]
        candidates = elsewhere or others
        return candidates[0] if candidates else None
