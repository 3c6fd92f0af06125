"""Numbers the writer calls theirs: a possessive, a noun of identifier, then digits, however short or grouped.

« mon numéro d'adhérent est 558 441 », « sa carte n° 0034 551 », « notre code client : 40 17 22 »: the possessive
says the number is somebody's, so five digits are enough, in any grouping; the length rules of the unannounced runs
(unannounced_number.py) are for numbers no word announces.
"""

import re

from presidio_analyzer import Pattern

from bot.privacy.recognizers.base import FrenchPatternRecognizer

_OWNER = r"(?:mon|ma|mes|son|sa|ses|notre|nos|votre|vos|leur|leurs)"
_NOUN = (
    r"(?:num[ée]ros?|n\s*[°º]|no\.?|identifiants?|codes?|matricules?|r[ée]f[ée]rences?|r[ée]f\.?|dossiers?|comptes?|"
    r"contrats?|cartes?|badges?|adh[ée]sions?|abonnements?|licences?|contrats?)"
)
_WORDS = r"(?:[^\S\n]+(?:de[^\S\n]+|d['’]|du[^\S\n]+)?[^\W\d_][\w'’\-]*){0,3}?"
_VERB = r"(?:[^\S\n]*,?[^\S\n]*(?:est|c['’]est|:)(?:[^\S\n]+(?:le|la|l['’]))?)?"
_DIGITS = r"\d(?:[ \u00a0./\-]?\d){4,17}"
_VALUE = rf"(?P<value>{_DIGITS})(?![\w/\-])(?![.,]\d)(?![^\S\n]*(?:€|(?i:euros?|eur|%)(?![\w])))"

PATTERNS = [
    Pattern(
        "owned_number",
        rf"(?<![\w])(?i:{_OWNER})[^\S\n]+(?i:{_NOUN}){_WORDS}{_VERB}[^\S\n]*(?i:n\s*[°º][^\S\n]*)?:?[^\S\n]*{_VALUE}",
        0.8,
    )
]

_DATE = re.compile(r"\d{1,2}([/.\-])\d{1,2}\1(?:\d{4}|\d{2})")
_YEAR = re.compile(r"(?:19|20)\d{2}")


class OwnedNumberRecognizer(FrenchPatternRecognizer):
    """Five digits or more after « mon numéro … », « ma carte … »: somebody's identifier; not a date, not a year."""

    ENTITY = "FR_REFERENCE"
    PATTERNS = PATTERNS

    def validate_result(self, pattern_text: str) -> bool | None:
        if _DATE.fullmatch(pattern_text) or _YEAR.fullmatch(pattern_text):
            return False
        return None
