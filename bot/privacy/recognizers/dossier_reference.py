"""Dossier, demand and letter references, right after the words that introduce them."""

import re

from presidio_analyzer import Pattern

from bot.privacy.recognizers.base import FrenchPatternRecognizer

_INTRO = (
    r"dossier|demande|pr[ée]-?demande|r[ée]f[ée]rence|r[ée]f\.?|ref\.?|r[ée]clamation|ticket|requ[êe]te|suivi|"
    r"courrier|t[ée]l[ée]d[ée]clarant|contrat|facture|affaire|recours|plainte|d[ée]claration|avis|"
    r"num[ée]ro\s+client|num[ée]ro\s+d['’]usager|permis(?:\s+de\s+conduire)?|attestation|quittance|amende|"
    r"enregistrement|titre|AR|accus[ée]\s+de\s+r[ée]ception|identifiant|matricule|contravention|FPS|"
    r"num[ée]ro\s+(?:d['’])?[ée]tranger|AGDREF|num[ée]ro\s+unique|INE|r[ée]c[ée]piss[ée]|recommand[ée]e?|colis|"
    r"envoi|lettre|PV|proc[èe]s-verbal"
)
_NUMBER_WORD = r"(?:n\s*[°º]|no\.?|num[ée]ro|num\.?|#|:)"
_VERB = r"(?:\s*,?\s*(?:est|c['’]est|porte|a\s+pour|était|sera)(?:\s+(?:le|la|l['’]|bien|celui-ci)){0,2})?"
"""« mon dossier porte le numéro 2024-518233 », « numéro de demande c'est le DOS4471208 »."""
_GAP = (
    rf"(?:(?:\s+(?:(?:de|du|la|le|mon|ma|cette|ce)\s+|d['’]\s*)(?:[lLdD]['’])?\w+){{0,2}}(?:\s+[A-Z]{{2,6}})?{_VERB}"
    rf"\s*{_NUMBER_WORD}?\s*{_NUMBER_WORD}?"
    rf"|(?:\s+[^\W\d_][\w'’\-]*){{1,3}}(?:{_VERB}\s*{_NUMBER_WORD}|\s*{_NUMBER_WORD}))\s*"
)
"""Either function words and a noun, elided or not (« numéro de demande c'est le », « référence de l'avis
d'impôt »), or up to three words of any kind ending on a
number word (« dossier retraite porte le numéro », « dossier social étudiant n° »): the number word says what the
words between describe."""
_REFERENCE = r"(?=[\w/\-]*\d[\w/\-]*\d[\w/\-]*\d[\w/\-]*\d)[A-Za-z0-9][A-Za-z0-9/\-]{3,28}[A-Za-z0-9](?![\w*])"

_GROUP = r"[A-Za-z]{0,2}\d[A-Za-z0-9]{0,7}"
_SEPARATOR = r"(?:[ \u00a0\u202f]?[\-–][ \u00a0\u202f]?|[ \u00a0\u202f])"
_SPACED = rf"{_GROUP}(?:{_SEPARATOR}{_GROUP}){{1,7}}(?![\w*])(?!\s*(?:€|(?i:euros?|eur)\b))"
"""A reference as citizens copy it from a form, in groups separated by spaces or spaced dashes: « n° 1A 178 445 2936
4 », « 2024 - 03 - 18877 »; each group has a digit within its first three characters, so the words after the number
are not taken in; an amount (« 12 345 678 euros ») is not one."""
_SPACED_DIGITS = 8
"""A spaced reference needs this many digits: fewer is an amount, a count or a year (« amende de 1 250 »)."""

_LONG_GROUPS = (
    r"(?=\d)(?<![\w/.,\-])(?=(?:[ \u00a0\u202f/.]?\d){10})(?!\d{1,3}(?:([ \u00a0\u202f.])\d{3})(?:\1\d{3})*(?![\w/.]))"
    r"(?!(?:(?:19|20)\d\d[ /]?)+(?!\d))\d{1,6}(?:([ \u00a0\u202f/.])\d{1,10})(?:\2\d{1,10}){1,4}(?![\w*/])(?![.,]\d)"
)
"""Digits in three or more groups split by spaces, slashes or dots (one kind in a row), long enough to be an
identifier whatever the words before say: « 757 4183920617 48 », « 80 2314 9957 », « 57463/02/2022/3799 »: ten digits
or more, not grouped by thousands like an amount, not a row of years."""

PATTERNS = [
    Pattern(
        "dossier_reference_numbered",
        rf"\b(?i:num[ée]ro|n\s*[°º])(?:\s+(?i:de\s+|d['’])\w+)?(?:\s+[A-Z]{{2,6}})?{_VERB}\s*:?\s*(?P<value>{_SPACED}|{_REFERENCE})",
        0.75,
    ),
    Pattern("dossier_reference_long_groups", _LONG_GROUPS, 0.6),
    Pattern("dossier_reference", rf"\b(?i:{_INTRO}){_GAP}(?P<value>{_REFERENCE})", 0.75),
    Pattern("dossier_reference_spaced", rf"\b(?i:{_INTRO}){_GAP}(?P<value>{_SPACED})", 0.75),
]
"""The introducing words are matched too (faster than a look-behind); only the `value` group is masked."""

CONTEXT = ["dossier", "demande", "référence", "réclamation", "numéro"]

_YEAR = re.compile(r"(?:19|20)\d{2}")
_SERVICE_PHONE = re.compile(r"0[1-9]\d{8}")
"""Ten digits from 0: a telephone number, the phone recognizer's to judge (a service's number stays)."""
_DATE = re.compile(r"\d{1,2}[/\-.]\d{1,2}(?:[/\-.]\d{2,4})?$|(?:19|20)\d{2}$")


_DATE_INSIDE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])")
"""A date among the groups: « du 12/03/2021 14/05/2022 » is a period, not a reference."""


class DossierReferenceRecognizer(FrenchPatternRecognizer):
    """A reference needs at least four digits; dates and years are not references."""

    ENTITY = "FR_REFERENCE"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT

    def validate_result(self, pattern_text: str) -> bool | None:
        if _DATE.match(pattern_text) or _DATE_INSIDE.search(pattern_text):
            return False
        if all(len(group) == 5 for group in pattern_text.split()) and " " in pattern_text:
            return False  # postcodes in a row: « 75001 75002 75003 »
        if " " in pattern_text or "\u00a0" in pattern_text or "\u202f" in pattern_text:
            digits = re.sub(r"\D", "", pattern_text)
            if len(digits) < _SPACED_DIGITS or _SERVICE_PHONE.fullmatch(digits):
                return False
            if all(_YEAR.fullmatch(group) for group in pattern_text.split()):
                return False
        return None
