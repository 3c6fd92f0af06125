"""Estimated cost of a revision, from per-model prices in € per million input / output tokens.

The defaults are estimates (public list prices, dollars taken as euros, Albert free for public administrations);
set PLUME_MODEL_PRICES to your contract's prices, e.g. `mistral:mistral-small-latest=0.1/0.3,anthropic:x=3/15`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.models.registry import UnknownModel, parse_model_id


@dataclass(frozen=True)
class Price:
    """€ per million tokens."""

    input: float
    output: float


DEFAULT_PRICES: Mapping[str, Price] = {
    "albert:albert-large": Price(0.0, 0.0),
    "albert:albert-small": Price(0.0, 0.0),
    "mistral:mistral-small-latest": Price(0.1, 0.3),
    "mistral:mistral-medium-latest": Price(0.4, 2.0),
    "anthropic:claude-sonnet-4-6": Price(3.0, 15.0),
    "anthropic:claude-sonnet-4-5": Price(3.0, 15.0),
    "anthropic:claude-haiku-4-5": Price(1.0, 5.0),
}


class InvalidPrices(ValueError):
    """PLUME_MODEL_PRICES cannot be read; the message says which entry and what is expected."""


def _amount(text: str, entry: str) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise InvalidPrices(f"PLUME_MODEL_PRICES : « {entry} » — « {text} » n'est pas un prix (nombre ≥ 0)")
    return value


def parse_prices(raw: str) -> dict[str, Price]:
    """`provider:model=input/output` entries separated by commas or semicolons, in € per million tokens."""
    prices: dict[str, Price] = {}
    for entry in (part.strip() for part in raw.replace(";", ",").split(",")):
        if not entry:
            continue
        model_id, equals, amounts = entry.partition("=")
        input_text, slash, output_text = amounts.partition("/")
        if not equals or not slash:
            raise InvalidPrices(
                f"PLUME_MODEL_PRICES : « {entry} » n'est pas de la forme fournisseur:modèle=entrée/sortie "
                "(ex. mistral:mistral-small-latest=0.1/0.3, en € par million de jetons)"
            )
        try:
            choice = parse_model_id(model_id.strip())
        except UnknownModel as error:
            raise InvalidPrices(f"PLUME_MODEL_PRICES : {error}") from error
        prices[f"{choice.provider}:{choice.model}"] = Price(_amount(input_text, entry), _amount(output_text, entry))
    return prices


def estimated_cost_eur(
    model_id: str,
    input_tokens: int | None,
    output_tokens: int | None,
    prices: Mapping[str, Price] = DEFAULT_PRICES,
) -> float | None:
    """The estimated cost in €, or None when the model has no price or the token counts are unknown."""
    price = prices.get(model_id)
    if price is None or input_tokens is None or output_tokens is None:
        return None
    return round((input_tokens * price.input + output_tokens * price.output) / 1_000_000, 6)


class Pricing:
    """The default prices overridden by PLUME_MODEL_PRICES; built once at start, passed to whoever stores costs."""

    def __init__(self, overrides: str = "") -> None:
        self.prices: dict[str, Price] = {**DEFAULT_PRICES, **parse_prices(overrides)}

    def estimated_cost_eur(self, model_id: str, input_tokens: int | None, output_tokens: int | None) -> float | None:
        return estimated_cost_eur(model_id, input_tokens, output_tokens, self.prices)
