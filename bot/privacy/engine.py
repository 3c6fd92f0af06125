"""The pseudonymiser: spaCy `fr_core_news_md` NER and Plume's French recognizers, on Presidio's building blocks.

`detect` runs, on one text: spaCy's NER (only on the sentences where a name can hide, see ner.py), then every
recognizer of `recognizers/` (one per file, Presidio style); keeps what scores at least the threshold; spares
public-service words (allowlist.py); settles overlaps and grows names over their particles (resolve.py); masks
the other occurrences of the names found and the values the conversation's vault already holds. Each span then
gets the vault's placeholder for its value, so that a value keeps its placeholder for the whole conversation.
Anything that goes wrong raises PseudonymisationError, and the caller sends nothing (fail closed).
"""

from __future__ import annotations

import logging
from collections import Counter

from presidio_analyzer import RecognizerResult

from bot.domain import MaskedEntity, PseudonymisedText
from bot.ports.privacy import Pseudonymisation
from bot.privacy.allowlist import protected_spans
from bot.privacy.labels import LABELS
from bot.privacy.ner_engine import LANGUAGE, NerOnlySpacyEngine
from bot.privacy.recognizers import all_recognizers
from bot.privacy.recognizers.base import SCORE_THRESHOLD
from bot.privacy.resolve import (
    Span,
    grow_names,
    known_values,
    list_neighbours,
    repeated_names,
    settle_overlaps,
    spare_common_words,
    spare_public_words,
)
from bot.privacy.restore import escape_placeholders
from bot.privacy.vault import Vault, label_of
from bot.privacy.word_spans import _starts, detection_form, fold, words

log = logging.getLogger(__name__)


class PseudonymisationError(Exception):
    """Pseudonymisation could not be trusted: nothing may be sent."""


class PresidioPseudonymiser:
    """Implements `bot.ports.Pseudonymiser`; everything loads once, at construction."""

    def __init__(self) -> None:
        self._nlp = NerOnlySpacyEngine()
        self._nlp.load()
        self._recognizers = all_recognizers()

    def pseudonymise(self, text: str, vault: Vault) -> Pseudonymisation:
        """Mask `text`'s personal data with `vault`'s placeholders; raise PseudonymisationError on any failure."""
        try:
            return self._pseudonymise(text, vault)
        except Exception as error:
            # The exception text may quote the review: only its class is kept.
            raise PseudonymisationError(type(error).__name__) from None
        finally:  # the caches hold words of the text: raw text does not outlive its pseudonymisation
            for cache in (words, fold, protected_spans, _starts):
                cache.cache_clear()

    def detect(self, text: str, vault: Vault | None = None) -> list[Span]:
        """The spans to mask, in text order, with their French labels; read on the text's detection form, whose
        offsets are the text's."""
        text = detection_form(text)
        artifacts = self._nlp.process_text(text, LANGUAGE)
        results: list[RecognizerResult] = []
        for recognizer in self._recognizers:
            results += recognizer.analyze(text, recognizer.supported_entities, artifacts)
        spans = [
            Span(LABELS[result.entity_type], result.start, result.end, result.score)
            for result in results
            if result.score >= SCORE_THRESHOLD and result.end > result.start
        ]
        spans = settle_overlaps(grow_names(text, spare_common_words(text, spare_public_words(text, spans))))
        spans += list_neighbours(text, spans)
        entries = [
            (label_of(placeholder), detection_form(value)) for placeholder, value in (vault.entries() if vault else [])
        ]
        people = [value for label, value in entries if label == "PERSONNE"]
        spans += repeated_names(text, spans, people) + known_values(text, spans, entries)
        return settle_overlaps(grow_names(text, spans))

    def _pseudonymise(self, text: str, vault: Vault) -> Pseudonymisation:
        text = escape_placeholders(text, vault)  # same length: the entities' offsets hold for the original text
        pieces: list[str] = []
        entities: list[MaskedEntity] = []
        cursor = 0
        for span in self.detect(text, vault):
            value = text[span.start : span.end]
            placeholder = vault.placeholder_for(span.label, value)
            pieces += [text[cursor : span.start], placeholder]
            entities.append(MaskedEntity(span.label, span.start, span.end, placeholder))
            cursor = span.end
        pieces.append(text[cursor:])
        log.debug("masked %s", dict(Counter(entity.type for entity in entities)))  # counts and types, never values
        return Pseudonymisation(PseudonymisedText("".join(pieces)), tuple(entities))
