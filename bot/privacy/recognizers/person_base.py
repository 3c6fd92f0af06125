"""The base of the rule-based person recognizers: they walk the words of the text rather than match one regex."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from presidio_analyzer import LocalRecognizer, RecognizerResult

from bot.privacy.names import name_after


class PersonRecognizer(LocalRecognizer):
    """Finds the triggers in PATTERNS (case-insensitive) and takes the name that follows each one."""

    ENTITY: ClassVar[str] = "PERSON"
    PATTERNS: ClassVar[list[str]] = []
    SCORE: ClassVar[float] = 0.8
    LOWER_CASE_NAMES: ClassVar[bool] = True
    MAX_WORDS: ClassVar[int] = 4
    GROW_LOWER: ClassVar[bool] = False
    FLAGS: ClassVar[int] = re.IGNORECASE | re.MULTILINE
    STRICT: ClassVar[bool] = True

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language="fr", name=type(self).__name__)
        self._trigger = re.compile("|".join(f"(?:{pattern})" for pattern in self.PATTERNS), self.FLAGS)

    def load(self) -> None:
        """Nothing to load: the rules are in the class."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        return [self.result(start, end) for start, end in self.spans(text)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The name following each trigger."""
        found = []
        for match in self._trigger.finditer(text):
            span = name_after(
                text,
                match.end(),
                lower_ok=self.LOWER_CASE_NAMES,
                limit=self.MAX_WORDS,
                grow_lower=self.GROW_LOWER,
                strict=self.STRICT,
            )
            if span is not None:
                found.append(span)
        return found

    def result(self, start: int, end: int, score: float | None = None) -> RecognizerResult:
        return RecognizerResult(
            self.ENTITY,
            start,
            end,
            self.SCORE if score is None else score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
