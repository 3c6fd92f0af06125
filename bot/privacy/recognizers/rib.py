"""French RIB (code banque, guichet, compte, clé): masked when its key is right or near banking words."""

from presidio_analyzer import Pattern

from bot.privacy.checksums import rib_valid
from bot.privacy.recognizers.base import FrenchPatternRecognizer

PATTERNS = [
    Pattern("rib", r"(?<![\w])\d{5}[\s\-]?\d{5}[\s\-]?[0-9A-Za-z]{11}[\s\-]?\d{2}(?![\w])", 0.3),
]

CONTEXT = ["RIB", "relevé d'identité bancaire", "compte", "bancaire", "banque", "virement", "guichet"]


class RibRecognizer(FrenchPatternRecognizer):
    ENTITY = "FR_RIB"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT

    def validate_result(self, pattern_text: str) -> bool | None:
        return True if rib_valid(pattern_text) else None
