"""Public-service words that are never masked: bodies, sites, cerfa forms, hotlines, amounts, placeholders."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.privacy.places_in_context import PLACE_NAME, itineraries, named_places, places_in_context
from bot.privacy.public_names import public_mailboxes, public_names
from bot.privacy.word_spans import LETTER, UPPER

BODIES = [
    "CAF", "CNAF", "CPAM", "CNAM", "CRAM", "Ameli", "ameli.fr", "Assurance maladie", "Assurance retraite", "ANTS",
    "France Travail", "Pôle emploi", "Pole emploi", "URSSAF", "Urssaf", "DGFiP", "DGFIP", "DDFiP", "DRFiP", "SIP",
    "SIE", "impots.gouv.fr", "impots.gouv", "Trésor public", "Finances publiques", "MSA", "CARSAT", "Carsat", "CNAV",
    "Agirc-Arrco", "France Services", "Maison France Services", "FranceConnect", "France Connect",
    "service-public.fr", "Service Public", "Services Publics+", "ANAH", "Anah", "MaPrimeRénov'", "MDPH", "CROUS",
    "Crous", "CPF", "Mon Compte Formation", "OFII", "OFPRA", "Défenseur des droits", "La Poste", "Préfecture",
    "préfecture", "Sous-préfecture", "sous-préfecture", "Mairie", "mairie", "Hôtel de ville", "Conseil départemental",
    "Conseil régional", "PMI", "Cerfa", "cerfa", "Carte Vitale", "carte Vitale", "Vitale", "RSA", "APL", "AAH", "ALS",
    "ALF", "PAJE", "ARE", "ASS", "CSS", "CMU", "PUMa", "ASPA", "Prime d'activité", "prime d'activité", "Caf", "caf",
    "cpam", "ants", "urssaf", "france travail", "pôle emploi", "Education nationale", "Éducation nationale",
    "Légifrance", "Médiateur", "médiateur", "Trésorerie", "CNIL", "Ministère de l'Intérieur", "SIV", "France Titres",
    "ANTAI", "Antai", "CESU", "Pajemploi", "info-retraite.fr", "lassuranceretraite.fr", "caf.fr", "francetravail.fr",
    "urssaf.fr", "ants.gouv.fr", "Services Publics +", "Je donne mon avis", "Mon espace santé", "Doctolib",
    "CCAS", "CIAS", "Ccas", "Cias", "centre communal d'action sociale", "centre intercommunal d'action sociale",
    "Caisse d'allocations familiales", "Caisse primaire d'assurance maladie", "Mission locale", "Pôle Emploi",
    "Assurance Maladie", "Assurance Retraite", "Sécurité sociale", "Maison départementale des personnes handicapées",
    "CGSS", "CNSA", "ARS", "CNAF", "Cnav", "Assurance vieillesse", "assurance vieillesse", "Ameli.fr", "ANAH",
    "Défenseure des droits", "Caisse nationale d'assurance vieillesse", "Agence nationale des titres sécurisés",
    "Police municipale", "Police nationale", "Gendarmerie nationale", "Police aux frontières", "Garde champêtre",
    "Tribunal de police", "Bureau des contraventions", "Sapeurs-pompiers",
]  # fmt: skip
"""Names of public bodies, sites and benefits, written as users write them; an acronym of three letters or more
is also protected capitalised (« Cnav », « Urssaf », « Cpam »)."""

ORGANISATIONS = [
    "Le Parisien", "Ouest-France", "Ouest France", "Libération", "Le Monde", "Le Figaro", "BFM TV", "BFMTV", "RMC",
    "France Info", "franceinfo", "France Bleu", "France Inter", "France 2", "France 3", "TF1", "M6", "20 Minutes",
    "La Dépêche", "Le Point", "L'Express", "Mediapart", "AFP", "SNCF", "RATP", "EDF", "Engie", "GDF", "Enedis",
    "Orange", "SFR", "Bouygues Telecom", "Darty", "Norauto", "Carrefour", "Auchan", "Lidl", "Intermarché",
    "Amazon", "Google", "Facebook", "WhatsApp", "Twitter", "Instagram", "Emmaüs", "Secours populaire",
    "Secours catholique", "Restos du cœur", "Croix-Rouge", "Cimade", "CGT", "CFDT", "FO",
]  # fmt: skip
"""Media, firms, unions and charities a review names: organisations, not persons; kept like public bodies. Not
those that are also common surnames (Leclerc)."""

PLACES = [
    "préfecture", "sous-préfecture", "mairie", "hôtel de ville", "CAF", "CPAM", "MSA", "URSSAF", "agence",
    "agence France Travail", "trésorerie", "centre des finances publiques", "SIP", "tribunal", "conseil départemental",
    "département", "commune", "ville", "Caf", "Cpam", "maison France Services", "France Services", "CARSAT",
    "Carsat", "Urssaf", "antenne", "centre", "bureau de poste", "police", "gendarmerie", "commissariat",
]  # fmt: skip
"""Offices followed by their place ("préfecture de Lyon", "CAF du Rhône"): the place is kept too."""

_SERVICE_NUMBER = r"(?<![\d+])0\s?8(?:[\s.\-]?\d){8}(?!\d)"
_OWN_NUMBER = re.compile(
    r"(?i:-moi|\bme\s+(?:joindre|rappeler|contacter|appeler|t[ée]l[ée]phoner)|joignable|"
    r"\b(?:mon|notre)\s+(?:num[ée]ro(?:\s+de\s+t[ée]l[ée]phone)?|t[ée]l[ée]phone|t[ée]l|tel|portable|fixe|mobile))"
    r"[^.!?\n\d]{0,25}$"
)
"""Words that give the 08 number after them as the writer's own: « rappelez-moi au », « mon numéro : »."""

_PLACES = "|".join(re.escape(place) for place in sorted(PLACES, key=len, reverse=True))
_BODIES = "|".join(
    # names of several words in any case (« Pôle Emploi », « CAISSE D'ALLOCATIONS FAMILIALES »); acronyms as written
    f"(?i:{re.escape(body)})" if " " in body or "'" in body else re.escape(body)
    for body in sorted(
        {*BODIES, *ORGANISATIONS, *(b.capitalize() for b in BODIES if b.isupper() and len(b) >= 3)},
        key=len,
        reverse=True,
    )
)

PATTERNS = [
    rf"(?i:{_PLACES})\s+(?i:de\s+la|de\s+l['’]|de|du|des|d['’])\s*{PLACE_NAME}",
    r"(?i:cerfa)\s*(?:n\s*[°º]|no\.?|numéro)?\s*\d{5}\s*\*\s*\d{2}",
    rf"(?<![\w.])(?:{_BODIES})(?![\w])",
    r"(?<!\d)\d{5}\s?\*\s?\d{2}(?!\d)",
    r"(?<![\d+/])(?<!\d\s)3\d\s?\d{2}(?!\s?\d)(?!\s?[A-Z]{1,3}\b)",
    _SERVICE_NUMBER,
    r"(?<![\d,.])\d{1,3}(?:[\s.\u00a0\u202f]\d{3})*(?:,\d{1,2})?\s?(?:€|euros?\b|EUR\b)",
    r"(?i:\b(?:contact|accueil|info|noreply|no-reply|ne-pas-repondre|nepasrepondre|courrier|service)[\w.-]*"
    r"@[\w.-]*(?:gouv\.fr|caf\.fr|ameli\.fr|urssaf\.fr|francetravail\.fr|msa\.fr|service-public\.fr))",
    r"\b(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.gouv\.fr(?:/\S*)?",
    r"\[\s*[A-Za-zÀ-ÿ]+(?:[\s_-][A-Za-zÀ-ÿ]+)*[\s_-]+\d+\s*\]",
]
"""What is protected: bodies, offices with their place, cerfa numbers, 3xxx hotlines and 08 service numbers,
amounts, public mailboxes and sites, and placeholders already in the text (an agent quoting the draft)."""

_ALLOWED = re.compile("|".join(f"(?:{pattern})" for pattern in PATTERNS))

_SERVICE = re.compile(_SERVICE_NUMBER)


@lru_cache(maxsize=8)
def protected_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of `text` that must stay as they are; an 08 number announced as the writer's own is not one."""
    mailboxes = public_mailboxes(text)
    spans = mailboxes + [
        match.span()
        for match in _ALLOWED.finditer(text)
        if not (_SERVICE.fullmatch(match.group()) and _own_number_before(text, match.start()))
        and not any(match.start() < stop and begin < match.end() for begin, stop in mailboxes)
    ]
    places = [
        (s, e)
        for s, e in places_in_context(text)
        + named_places(text)
        + itineraries(text)
        + _office_numbers(text)
        + _office_addresses(text)
        + public_names(text)
        if not any(s < stop and begin < e for begin, stop in spans)
    ]
    return tuple(sorted(spans + places))


_LANDLINE = re.compile(r"(?<![\d+])0[1-5](?:[\s.\-]?\d{2}){4}(?!\d)")
_OFFICE = re.compile(
    r"(?i:(?<![\w])(?:bureau|service|standard|accueil|mairie|préfecture|commissariat|gendarmerie|tribunal|"
    r"agence|plateforme|guichet|secrétariat|trésorerie|permanence|greffe|caisse|centre)s?(?![\w]))"
)
_WRITER = re.compile(
    r"(?i:(?<![\w])(?:[jm]['’]|(?:je|me|moi|mon|ma|mes|nous|notre|nos|joindre|joignable|rappel\w*|"
    r"contact\w*|portable|mobile|fixe|domicile|perso\w*|t[ée]l\.?)(?![\w])))"
)


def _office_numbers(text: str) -> list[tuple[int, int]]:
    """A landline (01 to 05) given as an office's: an office is named in the 200 characters before it, the writer
    never speaks of themself before it nor just after it, and it does not open a line (a signature). Anything else
    stays the writer's, fail-closed (« On vous le donne : 03 88… » after « appeler le bureau »)."""
    found = []
    for match in _LANDLINE.finditer(text):
        start, end = match.span()
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip() or not _OFFICE.search(text, max(0, start - 200), start):
            continue
        if _WRITER.search(text, 0, start) or _WRITER.search(text, end, end + 60):
            continue
        found.append((start, end))
    return found


_NUMBERED_STREET = re.compile(
    r"(?<![\w])\d{1,4}(?:\s?(?i:bis|ter))?,?\s+(?i:rue|avenue|boulevard|bd|place|all[ée]e|impasse|chemin|route|quai|"
    r"cours|square|esplanade|parvis|passage)"
    rf"(?:\s+(?:(?:de|du|des|la|le|les|l['’]|d['’])\s?){{0,2}}[{UPPER}][{LETTER}'’\-]*){{1,4}}"
    rf"(?:,?\s*\d{{5}}\s+[{UPPER}][{LETTER}'’\-]*(?:\s(?i:cedex)(?:\s\d{{1,2}})?)?)?"
)
_OFFICE_OR_BODY = re.compile(rf"(?<![\w.])(?:{_BODIES})(?![\w])|{_OFFICE.pattern}")
"""Bodies first: « CAISSE D'ALLOCATIONS FAMILIALES » is one name, not « CAISSE » and words after it."""
_GAP = 30


def _office_addresses(text: str) -> list[tuple[int, int]]:
    """A numbered street right after an office or a public body is the office's (« au Crous, 58 rue du Taur »,
    « (CAF 91), 2, Impasse du Télégraphe »), unless the writer speaks of themself in between or just after (« la
    CAF écrit à mon domicile, 5 rue… », « à l'accueil, 12 rue X est bien mon adresse »): fail closed."""
    found = []
    for street in _NUMBERED_STREET.finditer(text):
        start, end = street.span()
        offices = list(_OFFICE_OR_BODY.finditer(text, max(0, start - _GAP - 60), start))
        if not offices or start - offices[-1].end() > _GAP:
            continue
        gap = text[offices[-1].end() : start]
        if re.search(r"[.!?]", gap) or _WRITER.search(gap) or _WRITER.search(text, end, end + 40):
            continue
        found.append((start, end))
    return found


def _own_number_before(text: str, start: int) -> bool:
    return _OWN_NUMBER.search(text, max(0, start - 40), start) is not None


def overlaps_protected(text: str, start: int, end: int) -> bool:
    return any(start < stop and begin < end for begin, stop in protected_spans(text))


def within_protected(text: str, start: int, end: int) -> bool:
    """Whether the span lies inside one protected span (a number inside an amount, a mailbox…)."""
    return any(begin <= start and end <= stop for begin, stop in protected_spans(text))
