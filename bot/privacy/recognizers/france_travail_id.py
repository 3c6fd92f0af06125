"""Identifiant France Travail (ex-Pôle emploi): 7 digits and a letter, e.g. 1234567A, or copied in groups:
« 3 814 275 W », « 381 42 75W » (the letter then upper case, and not an elided word: « 2 000 000 d'euros »)."""

import re

from presidio_analyzer import Pattern

from bot.privacy.recognizers.base import FrenchPatternRecognizer

_GROUPED = r"(?<![\w.,])(?!\d{1,3}(?:[ .\u00a0]\d{3})+ F\b)\d(?:[ .\u00a0]?\d){6}[ \u00a0]?(?-i:[A-Z])(?![\w'’])"
"""Not an amount in francs grouped by thousands: « 1 250 000 F »."""
PATTERNS = [
    Pattern("france_travail_id", r"(?<![\w])\d{7}\s?[A-Z](?![\w])", 0.6),
    Pattern("france_travail_id_grouped", _GROUPED, 0.6),
]

CONTEXT = ["France Travail", "Pôle emploi", "pole emploi", "identifiant", "demandeur d'emploi", "inscrit",
           "inscription", "conseiller", "actualisation", "ARE"]  # fmt: skip


class FranceTravailIdRecognizer(FrenchPatternRecognizer):
    ENTITY = "FR_FRANCE_TRAVAIL_ID"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    FLAGS = re.MULTILINE | re.IGNORECASE
