"""Carte nationale d'identité: old 12 digits, new 9 characters (letters and digits), by context only."""

from presidio_analyzer import Pattern

from bot.privacy.recognizers.base import FrenchPatternRecognizer

PATTERNS = [
    Pattern("cni_old", r"(?<![\w])\d{4}\s?\d{4}\s?\d{4}(?![\w])", 0.2),
    Pattern("cni_new", r"(?<![\w])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{9}(?![\w])", 0.2),
]

CONTEXT = ["carte d'identité", "carte nationale d'identité", "CNI", "pièce d'identité", "titre d'identité",
           "identité n°", "carte d'identite", "numéro de carte", "document d'identité"]  # fmt: skip


class IdCardRecognizer(FrenchPatternRecognizer):
    ENTITY = "FR_ID_CARD"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    CONTEXT_BEFORE = 60
