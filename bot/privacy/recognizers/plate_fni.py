"""Number plates, old FNI system: 1234 AB 75, 123 ABC 2A, 12 A 971 (digits, letters, department)."""

from presidio_analyzer import Pattern

from bot.privacy.recognizers.base import FrenchPatternRecognizer

PATTERNS = [
    Pattern("fni", r"(?<![\w])\d{2,4}[\s\-]?[A-Z]{2,3}[\s\-]?(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])(?![\w])", 0.55),
    Pattern(
        "fni_short", r"(?<![\w])\d{1,4}[\s\-]?[A-Z]{1,3}[\s\-]?(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])(?![\w])", 0.3
    ),
    Pattern(
        "fni_lower", r"(?<![\w])\d{2,4}[\s\-]?[a-z]{2,3}[\s\-]?(?:0[1-9]|[1-8]\d|9[0-5]|2[ab]|97[1-6])(?![\w])", 0.3
    ),
]

CONTEXT = ["immatriculation", "immatriculé", "plaque", "véhicule", "voiture", "carte grise", "FNI", "moto", "ANTS"]


class FniPlateRecognizer(FrenchPatternRecognizer):
    ENTITY = "FR_PLATE_FNI"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
