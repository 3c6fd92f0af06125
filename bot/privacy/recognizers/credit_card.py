"""Bank card numbers (16 digits, or Amex 15): Luhn-valid anywhere, otherwise only near card words."""

from presidio_analyzer import Pattern

from bot.privacy.checksums import luhn_valid
from bot.privacy.recognizers.base import FrenchPatternRecognizer

PATTERNS = [
    Pattern("card_16", r"(?<![\w])[2-6]\d{3}(?:[\s\-.]?\d{4}){3}(?![\w])", 0.3),
    Pattern("card_amex", r"(?<![\w])3[47]\d{2}[\s\-]?\d{6}[\s\-]?\d{5}(?![\w])", 0.3),
]

CONTEXT = ["carte bancaire", "carte bleue", "CB", "visa", "mastercard", "american express", "amex", "carte de crédit",
           "numéro de carte", "débité", "paiement", "payé"]  # fmt: skip


class CreditCardRecognizer(FrenchPatternRecognizer):
    ENTITY = "CREDIT_CARD"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT

    def validate_result(self, pattern_text: str) -> bool | None:
        return True if luhn_valid(pattern_text) else None
