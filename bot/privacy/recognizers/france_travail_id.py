"""Identifiant France Travail (ex-Pôle emploi): 7 digits and a letter, e.g. 1234567A."""

import re

from presidio_analyzer import Pattern

from bot.privacy.recognizers.base import FrenchPatternRecognizer

PATTERNS = [Pattern("france_travail_id", r"(?<![\w])\d{7}\s?[A-Z](?![\w])", 0.6)]

CONTEXT = ["France Travail", "Pôle emploi", "pole emploi", "identifiant", "demandeur d'emploi", "inscrit",
           "inscription", "conseiller", "actualisation", "ARE"]  # fmt: skip


class FranceTravailIdRecognizer(FrenchPatternRecognizer):
    ENTITY = "FR_FRANCE_TRAVAIL_ID"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    FLAGS = re.MULTILINE | re.IGNORECASE
