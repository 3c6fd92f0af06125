"""NIR (numéro de sécurité sociale): 15 characters, key = 97 − (13 first mod 97), Corsica 2A / 2B."""

from presidio_analyzer import Pattern

from bot.privacy.checksums import nir_key_valid
from bot.privacy.recognizers.base import FrenchPatternRecognizer

_S = r"[\s.\-]?"
PATTERNS = [
    Pattern(
        "nir",
        # department, commune and order: 8 characters in any grouping (« 75 056 123 », overseas « 974 22 318 »)
        rf"(?<![\w])[1-478]{_S}\d{{2}}{_S}(?:0[1-9]|1[0-2]|[2-9]\d){_S}(?:\d{{2}}|2[AaBb])(?:{_S}\d){{6}}{_S}\d{{2}}(?![\w])",
        0.3,
    ),
    Pattern(  # the key left out (« ma carte vitale 1 85 07 75 115 042 »): only near the words of the NIR
        "nir_without_key",
        rf"(?<![\w])[12]{_S}\d{{2}}{_S}(?:0[1-9]|1[0-2]|[2-9]\d){_S}(?:\d{{2}}|2[AaBb])(?:{_S}\d){{6}}(?!{_S}?\d)(?![\w])",
        0.3,
    ),
]

CONTEXT = ["sécurité sociale", "sécu", "secu", "NIR", "numéro social", "n° ss", "numéro d'assuré", "assuré social",
           "immatriculation", "carte vitale", "vitale", "INSEE", "ameli", "CPAM", "NSS"]  # fmt: skip


class NirRecognizer(FrenchPatternRecognizer):
    """A valid key masks the number anywhere; a wrong key (a typo) only near words like « sécurité sociale »."""

    ENTITY = "FR_NIR"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT

    def validate_result(self, pattern_text: str) -> bool | None:
        return True if nir_key_valid(pattern_text) else None
