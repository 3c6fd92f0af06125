"""spaCy's PER entities, trimmed of the greetings and civilities that the model often takes in."""

from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from bot.privacy.allowlist import overlaps_protected
from bot.privacy.names import is_name_word
from bot.privacy.word_spans import words

NER_SCORE = 0.85


class SpacyPersonRecognizer(SpacyRecognizer):
    """Keeps the span from its first to its last name-like word; drops spans with none, or on public words."""

    def __init__(self) -> None:
        super().__init__(supported_language="fr", supported_entities=["PERSON"], ner_strength=NER_SCORE)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for result in super().analyze(text, entities, nlp_artifacts):
            inside = [
                word
                for word in words(text)
                if result.start <= word.start
                and word.end <= result.end
                and is_name_word(word)
                and not overlaps_protected(text, word.start, word.end)
            ]
            if inside:
                result.start, result.end, result.score = inside[0].start, inside[-1].end, NER_SCORE
                results.append(result)
        return results
