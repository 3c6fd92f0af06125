"""Numéro fiscal (SPI): 13 digits starting with 0-3, the last 3 being the first 10 modulo 511."""

from presidio_analyzer import Pattern

from bot.privacy.checksums import tax_number_valid
from bot.privacy.recognizers.base import FrenchPatternRecognizer

PATTERNS = [
    Pattern("fiscal_number", r"(?<![\w])[0-3](?:[\s.]?\d){12}(?![\w])", 0.3),
]

CONTEXT = ["numéro fiscal", "n° fiscal", "identifiant fiscal", "SPI", "impôts", "impots", "fiscal", "fiscale",
           "avis d'imposition", "déclaration", "DGFiP", "espace particulier", "numéro de télédéclarant"]  # fmt: skip


class FiscalNumberRecognizer(FrenchPatternRecognizer):
    ENTITY = "FR_FISCAL_NUMBER"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT

    def validate_result(self, pattern_text: str) -> bool | None:
        return True if tax_number_valid(pattern_text) else None
