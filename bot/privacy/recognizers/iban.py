"""IBAN (any country, FR first): valid mod 97 anywhere, a wrong one only near « IBAN », « RIB », « compte »."""

import re

from presidio_analyzer import Pattern

from bot.privacy.checksums import iban_valid
from bot.privacy.recognizers.base import FrenchPatternRecognizer

PATTERNS = [
    Pattern("iban", r"(?<![\w])[A-Z]{2}\d{2}(?:[\s\-]?[A-Z0-9]{4}){2,7}(?:[\s\-]?[A-Z0-9]{1,3})?(?![\w])", 0.3),
]

CONTEXT = ["IBAN", "RIB", "compte", "bancaire", "virement", "banque", "prélèvement", "coordonnées bancaires", "BIC"]


class IbanRecognizer(FrenchPatternRecognizer):
    ENTITY = "IBAN_CODE"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    FLAGS = re.MULTILINE | re.IGNORECASE

    def validate_result(self, pattern_text: str) -> bool | None:
        return True if iban_valid(pattern_text) else None
