"""Public figures named by their surname alone: « Macron veut imposer… », « la circulaire Valls »."""

from typing import Any

from presidio_analyzer import RecognizerResult

from bot.privacy.allowlist import overlaps_protected
from bot.privacy.lexicon import PUBLIC_FIGURES
from bot.privacy.recognizers.person_base import PersonRecognizer
from bot.privacy.word_spans import words


class PublicFigurePersonRecognizer(PersonRecognizer):
    """A national politician's surname, capitalised, wherever it stands: no first name nor title announces it,
    and a model provider must not receive it either."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        return [
            self.result(word.start, word.end)
            for word in words(text)
            if word.text in PUBLIC_FIGURES and not overlaps_protected(text, word.start, word.end)
        ]
