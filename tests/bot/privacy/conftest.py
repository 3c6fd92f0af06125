"""Helpers of the privacy tests: what a recognizer or the whole engine masks in a text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from bot.privacy.engine import PresidioPseudonymiser
from bot.privacy.recognizers.base import SCORE_THRESHOLD
from bot.privacy.vault import Vault

Masked = Callable[[str], list[tuple[str, str]]]


def found_by(recognizer: EntityRecognizer, text: str) -> list[str]:
    """The values a recognizer keeps (score at or above the engine's threshold), in text order."""
    results = recognizer.analyze(text, recognizer.supported_entities, None)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start) if r.score >= SCORE_THRESHOLD]


@pytest.fixture
def masked(pseudonymiser: PresidioPseudonymiser) -> Masked:
    """(label, original value) of every span the whole engine masks in a text, in order."""

    def run(text: str) -> list[tuple[str, str]]:
        result = pseudonymiser.pseudonymise(text, Vault())
        return [(entity.type, text[entity.start : entity.end]) for entity in result.entities]

    return run
