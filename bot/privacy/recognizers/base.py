"""The base of Plume's pattern recognizers: French context words looked for in the raw text.

Presidio's own context enhancement compares lemmas with its (English) context words: with the NER-only spaCy
pipeline there are no lemmas, and French context words would need them. Here a recognizer's CONTEXT words are
searched, case- and accent-insensitively, with their plural or feminine endings, in a window of characters
before (and just after) each match; a match with context gets at least CONTEXT_SCORE. A recognizer "by context"
gives its PATTERNS a score below the engine's threshold, so that only its matches with context are kept.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from bot.privacy.word_spans import fold

SCORE_THRESHOLD = 0.5
"""The engine keeps results scoring at least this."""

REGEX_TIMEOUT_SECONDS = 1.0
"""A pattern taking longer on a text (a pathological input) raises TimeoutError: the review is refused, not sent."""


class FrenchPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer for French text, configured by class constants."""

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[list[Pattern]]
    CONTEXT: ClassVar[list[str]] = []
    CONTEXT_BEFORE: ClassVar[int] = 50
    CONTEXT_AFTER: ClassVar[int] = 15
    CONTEXT_SCORE: ClassVar[float] = 0.85
    FLAGS: ClassVar[int] = re.MULTILINE

    def __init__(self) -> None:
        patterns = [Pattern(pattern.name, pattern.regex, pattern.score) for pattern in self.PATTERNS]
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=patterns,
            context=self.CONTEXT,
            supported_language="fr",
            global_regex_flags=self.FLAGS,
        )
        words = "|".join(re.escape(fold(word)) for word in sorted(self.CONTEXT, key=len, reverse=True))
        self._context = re.compile(rf"(?<![a-z0-9])(?:{words})(?:e|s|es)?(?![a-z0-9])") if words else None
        self._compiled = [(pattern, regex.compile(pattern.regex, self.FLAGS)) for pattern in patterns]
        self._metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None, regex_flags: int | None = None
    ) -> list[RecognizerResult]:
        """PatternRecognizer's matching and validation, without its per-match explanation objects (a third of the
        time of all recognizers), then the context rule."""
        best: dict[tuple[int, int], RecognizerResult] = {}
        for pattern, compiled in self._compiled:
            for match in compiled.finditer(text, timeout=REGEX_TIMEOUT_SECONDS, overlapped=False):
                start, end = match.span("value") if "value" in compiled.groupindex else match.span()
                if start == end:
                    continue
                valid = self.validate_result(text[start:end])
                if valid is False or self.invalidate_result(text[start:end]):
                    continue
                score = 1.0 if valid else pattern.score
                if score < self.CONTEXT_SCORE and self.has_context(text, start, end):
                    score = self.CONTEXT_SCORE
                if (start, end) not in best or best[start, end].score < score:
                    best[start, end] = RecognizerResult(
                        self.ENTITY, start, end, score, recognition_metadata=self._metadata
                    )
        found = list(best.values())
        return [
            result
            for result in found
            if not any(
                other is not result
                and other.start <= result.start
                and result.end <= other.end
                and other.score >= result.score
                for other in found
            )
        ]

    def has_context(self, text: str, start: int, end: int) -> bool:
        """Whether one of the CONTEXT words is written near the span."""
        if self._context is None:
            return False
        before = fold(text[max(0, start - self.CONTEXT_BEFORE) : start])
        after = fold(text[end : end + self.CONTEXT_AFTER])
        return bool(self._context.search(before) or self._context.search(after))
