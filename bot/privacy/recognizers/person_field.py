"""Names in form fields and forwarded e-mail headers: « Nom : DUPONT », « De : Marie Dupont <…> »."""

from bot.privacy.recognizers.person_base import PersonRecognizer

PATTERNS = [
    r"^[ \t>*]*(?:de|from|exp[ée]diteur|[àa]|to|cc|pour|sign[ée]|signature|demandeur|usager|allocataire|assur[ée]e?|"
    r"b[ée]n[ée]ficiaire|titulaire|contact|auteur|r[ée]dig[ée] par|envoy[ée] par)\s*(?:\(e\)|\(s\))?\s*:[ \t]*",
    r"(?<![\w])(?:nom(?:\s+et\s+pr[ée]nom|\s+de\s+naissance|\s+d['’]usage|\s+de\s+famille|\s+marital)?|"
    r"pr[ée]noms?(?:\s+et\s+nom)?|nom\s*/\s*pr[ée]nom|identit[ée])\s*(?:\(s\))?\s*:[ \t]*",
]


class FieldPersonRecognizer(PersonRecognizer):
    PATTERNS = PATTERNS
    SCORE = 0.85
    GROW_LOWER = True
    MAX_WORDS = 5
