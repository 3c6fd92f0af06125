"""Two names glued by a typo: « ÉricDurand », « MarieDUPONT » (a known first name, then a capital letter)."""

import re

from presidio_analyzer import RecognizerResult

from bot.privacy.allowlist import overlaps_protected
from bot.privacy.lexicon import is_first_name
from bot.privacy.recognizers.person_base import PersonRecognizer
from bot.privacy.word_spans import LOWER, UPPER

_GLUED = re.compile(rf"(?<![\w])([{UPPER}][{LOWER}]+)([{UPPER}][{UPPER}{LOWER}]+)(?![\w])")


class GluedPersonRecognizer(PersonRecognizer):
    """A word whose first part is a known first name and whose second part starts with a capital is a first name
    and a surname written without the space (brand names such as « PayPal » start with no first name)."""

    SCORE = 0.8

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[no-untyped-def]
        results: list[RecognizerResult] = []
        for match in _GLUED.finditer(text):
            if is_first_name(match.group(1)) and not overlaps_protected(text, match.start(), match.end()):
                results.append(self.result(match.start(), match.end()))
        return results
