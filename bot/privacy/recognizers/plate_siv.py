"""Number plates, SIV system (since 2009): AB-123-CD, with dashes, spaces or nothing between the groups."""

import re

from presidio_analyzer import Pattern

from bot.privacy.recognizers.base import FrenchPatternRecognizer

_L = "[A-HJ-NP-TV-Z]"
PATTERNS = [
    Pattern("siv_separated", rf"(?<![\w-]){_L}{{2}}[\s\-]\d{{3}}[\s\-]{_L}{{2}}(?![\w-])", 0.85),
    Pattern("siv_compact", rf"(?<![\w-]){_L}{{2}}\d{{3}}{_L}{{2}}(?![\w-])", 0.7),
    Pattern("siv_lower", r"(?<![\w-])[a-hj-np-tv-z]{2}[\s\-]?\d{3}[\s\-]?[a-hj-np-tv-z]{2}(?![\w-])", 0.4),
]

CONTEXT = ["immatriculation", "immatriculé", "plaque", "véhicule", "voiture", "carte grise", "certificat", "moto",
           "SIV", "ANTS", "PV", "amende", "FPS"]  # fmt: skip


class SivPlateRecognizer(FrenchPatternRecognizer):
    ENTITY = "FR_PLATE"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    FLAGS = re.MULTILINE
