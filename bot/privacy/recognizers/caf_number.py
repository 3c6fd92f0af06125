"""Numéro allocataire CAF (7 digits): a 7-digit number is only an identifier near « allocataire », « CAF »…"""

from presidio_analyzer import Pattern

from bot.privacy.recognizers.base import FrenchPatternRecognizer

PATTERNS = [Pattern("caf_number", r"(?<![\w,.])\d(?:\s?\d){6}(?![\w]|[,.]\d)", 0.1)]

CONTEXT = ["allocataire", "CAF", "Caf", "MSA", "matricule", "numéro d'allocataire", "n° alloc", "alloc", "APL",
           "RSA", "prime d'activité", "allocations familiales", "n° CAF"]  # fmt: skip


class CafNumberRecognizer(FrenchPatternRecognizer):
    ENTITY = "FR_CAF_NUMBER"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    CONTEXT_BEFORE = 60
