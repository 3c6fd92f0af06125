"""Estimated costs: default prices, PLUME_MODEL_PRICES overrides, and what is not priced."""

from __future__ import annotations

import pytest

from bot.models.pricing import DEFAULT_PRICES, InvalidPrices, Price, Pricing, estimated_cost_eur, parse_prices
from bot.models.registry import DEFAULT_MODELS


def test_every_default_model_has_a_price() -> None:
    for provider, model in DEFAULT_MODELS.items():
        assert f"{provider}:{model}" in DEFAULT_PRICES


def test_cost_from_default_prices() -> None:
    # 2 000 tokens in at 3 €/M + 500 out at 15 €/M = 0.006 + 0.0075
    assert estimated_cost_eur("anthropic:claude-sonnet-4-6", 2_000, 500) == pytest.approx(0.0135)
    assert estimated_cost_eur("albert:albert-large", 2_000, 500) == 0.0


def test_unknown_model_or_tokens_give_no_cost() -> None:
    assert estimated_cost_eur("albert:modele-maison", 10, 10) is None
    assert estimated_cost_eur("mistral:mistral-small-latest", None, 10) is None
    assert estimated_cost_eur("mistral:mistral-small-latest", 10, None) is None


def test_overrides_replace_and_extend_the_defaults() -> None:
    pricing = Pricing(" mistral:mistral-small-latest=0.2/0.6 ; albert:modele-maison = 1 / 2 ,")
    assert pricing.prices["mistral:mistral-small-latest"] == Price(0.2, 0.6)
    assert pricing.prices["albert:modele-maison"] == Price(1.0, 2.0)
    assert pricing.prices["anthropic:claude-sonnet-4-6"] == DEFAULT_PRICES["anthropic:claude-sonnet-4-6"]
    assert pricing.estimated_cost_eur("albert:modele-maison", 1_000_000, 500_000) == 2.0


def test_the_example_from_the_readme_parses() -> None:
    assert parse_prices("mistral:mistral-small-latest=0.1/0.3,anthropic:claude-sonnet-4-5=3/15") == {
        "mistral:mistral-small-latest": Price(0.1, 0.3),
        "anthropic:claude-sonnet-4-5": Price(3.0, 15.0),
    }
    assert parse_prices("") == {}


@pytest.mark.parametrize(
    "raw",
    [
        "mistral:mistral-small-latest",
        "mistral:mistral-small-latest=0.1",
        "mistral-small-latest=0.1/0.3",
        "mistral:mistral-small-latest=gratuit/0.3",
        "mistral:mistral-small-latest=-1/0.3",
        "mistral:mistral-small-latest=nan/0.3",
        "mistral:mistral-small-latest=0.1/inf",
    ],
)
def test_invalid_prices_are_explained(raw: str) -> None:
    with pytest.raises(InvalidPrices, match="PLUME_MODEL_PRICES"):
        Pricing(raw)
