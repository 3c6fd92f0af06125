"""Fixtures: each provider family against its fake server; `harness` runs a test for all three."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.anthropic_api import FakeAnthropicServer
from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.provider_harness import Harness, albert_harness, anthropic_harness, mistral_harness


@pytest.fixture
def anthropic() -> Iterator[Harness]:
    with FakeAnthropicServer() as fake:
        yield anthropic_harness(fake)


@pytest.fixture
def mistral() -> Iterator[Harness]:
    with FakeMistralServer() as fake:
        yield mistral_harness(fake)


@pytest.fixture
def albert() -> Iterator[Harness]:
    with FakeMistralServer() as fake:
        yield albert_harness(fake)


@pytest.fixture(params=["anthropic", "mistral", "albert"])
def harness(request: pytest.FixtureRequest) -> Harness:
    """The same wire behaviour, checked through each real SDK."""
    found: Harness = request.getfixturevalue(request.param)
    return found
