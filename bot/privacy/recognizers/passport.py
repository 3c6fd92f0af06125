"""French passport numbers: 2 digits, 2 letters, 5 digits (12AB34567)."""

import re

from presidio_analyzer import Pattern

from bot.privacy.recognizers.base import FrenchPatternRecognizer

PATTERNS = [Pattern("passport_fr", r"(?<![\w])\d{2}\s?[A-Z]{2}\s?\d{5}(?![\w])", 0.6)]

CONTEXT = ["passeport", "passport", "titre de voyage", "ANTS"]


class PassportRecognizer(FrenchPatternRecognizer):
    ENTITY = "FR_PASSPORT"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    FLAGS = re.MULTILINE | re.IGNORECASE
