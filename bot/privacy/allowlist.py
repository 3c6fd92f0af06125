"""Public-service words that are never masked: bodies, sites, cerfa forms, hotlines, amounts, placeholders."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.privacy.lexicon import is_first_name, is_french_first_name, is_place, is_territory
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

_TOWN_WORD = rf"[{UPPER}][{LETTER}'’]*"
_PLACE_NAME = (
    rf"(?:(?:Saint|Sainte|St|Ste|Le|La|Les|De|Da|Du|Des|Dos|El|Ben|Van)[\s-])?{_TOWN_WORD}"
    rf"(?:-(?:(?:sur|sous|en|lès|les|le|la|de|du|des|et)-)?{_TOWN_WORD}"
    rf"|\s(?:sur|sous|en|lès)\s{_TOWN_WORD}){{0,4}}"
)
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
    rf"(?i:{_PLACES})\s+(?i:de\s+la|de\s+l['’]|de|du|des|d['’])\s*{_PLACE_NAME}",
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

_PLACE_NOUNS = (
    "habitant|habitante|habitants|habitantes|ville|commune|village|bourg|hameau|quartier|gare|région|originaire|"
    "maire|environs|centre|hôpital|collège|lycée|école|tribunal|station|arrêt|secteur|agglomération|métropole|"
    "canton|département|sortie|route|plage|port|côté|près|proche|proximité|banlieue|campagne|plateau|vallée|île|"
    "pays|baie|forêt|bassin|agglo|communauté\\s+de\\s+communes|intercommunalité|venu|venue|venus|venues|"
    "revenu|revenue|revenus|revenues|arrivé|arrivée|arrivés|arrivées|parti|partie|partis|parties"
)
_PLACE_IN_CONTEXT = re.compile(
    rf"(?<![\w'’])(?:(?i:à|en|vers|jusqu['’]à|depuis)\s+|(?i:{_PLACE_NOUNS})\s+(?i:de|d['’]|du|à)\s*)"
    rf"(?P<place>{_PLACE_NAME})(?![\w'’-])"
    rf"|(?P<heading>{_PLACE_NAME}),?[^\S\n]+le[^\S\n]+(?:\d|1er)"
    rf"|(?<![\w'’])(?i:de\s+la|du|des|de\s+l['’]|dans\s+(?:les?|la|l['’])|en)\s*(?P<area>{_PLACE_NAME})(?![\w'’-])"
)
"""A town after a word of place (« à Samer », « une habitante de Samer », « gare de Pont-Croix ») or heading a
letter (« Pont-Croix, le 17 juillet »); a department or a region after « de la », « du », « dans le », « en »
(« le Préfet de la Marne »); kept when the gazetteer knows it, it is no first name usual in France
(« à Martine ») and no first name follows it (« à Fontaine Paul »)."""


_NAMED = (
    rf"(?P<name>[{UPPER}][{LETTER}'’\-]+"
    rf"(?:[^\S\n]+(?:(?:de|d['’]|du|des|la|le)[^\S\n]*)?[{UPPER}][{LETTER}'’\-]+){{0,3}})"
)
_NAMED_AFTER = re.compile(
    r"(?<![\w])(?i:école(?:\s+(?:primaire|maternelle|élémentaire))?|collège|lycée(?:\s+professionnel)?|"
    r"groupe\s+scolaire|hôpital|clinique|médiathèque|bibliothèque|gymnase|stade|piscine|station|métro|crèche|"
    r"ehpad|centre\s+(?:hospitalier|social|médical))\s+" + _NAMED
)
"""A school, a hospital, a station named after someone: « l'école Aimé Césaire », « lycée Condorcet »."""


_STOP_NAME = rf"[{UPPER}][{LETTER}'’\-]*(?:[^\S\n][{UPPER}][{LETTER}'’\-]*){{0,2}}"
_ITINERARY = re.compile(rf"{_STOP_NAME}(?:[^\S\n]+[–—>→][^\S\n]+{_STOP_NAME}){{2,}}")
_TRANSPORT = re.compile(
    r"(?i:(?<![\w])(?:métro|ligne|station|tram(?:way)?|bus|arrêt|RER|gare|trajet|correspondance)s?(?![\w]))"
)


def _itineraries(text: str) -> list[tuple[int, int]]:
    """Three stops or more joined by dashes or arrows, with a word of transport within 300 characters: stations
    (« Marengo – Jean Jaurès – Capitole. Il est plutôt sympa ce métro »), not persons."""
    return [
        match.span()
        for match in _ITINERARY.finditer(text)
        if _TRANSPORT.search(text, max(0, match.start() - 300), match.end() + 300)
    ]


_STREET_NAMED_AFTER = re.compile(
    r"(?<![\w])(?:(?i:rue|avenue|boulevard|bd|all[ée]e|impasse|quai|square|esplanade|parvis|chemin|promenade|"
    r"immeuble|r[ée]sidence|b[âa]timent|lotissement)|"
    r"(?<![àÀ][^\S\n])(?i:(?:la|le|du|de\s+la|sur\s+la|sur\s+le|dans\s+la|dans\s+le)\s+)"
    r"(?i:cours|place|route|passage|tour|villa|hameau|cité))\s+" + _NAMED
)
"""A street or a building named after someone: « rue Maurice Ravel », « sur le cours Napoléon », « immeuble
Gopal ». A street type that is also a common word (« cours », « place », « passage », « tour »…) counts only after an
article or a preposition other than « à la » / « au » (« à la place Marie Dupont m'a reçue »), and « cité » only
with its accent: « et cite Jean-Pierre Martin » is an agent naming a person, and a person kept in clear would reach
the model. A name followed by what a person does (« rue Jean Moulin m'a répondu ») is no place either. A numbered
street stays an address: the address recognizer's span is wider than the name kept here."""
_NAME_ENDS_CLAUSE = re.compile(r"[^\S\n]*(?:[,.;:!?)/–—\n]|$)")
_PERSON_ACTS_NEXT = re.compile(
    r"[^\S\n]+(?i:(?:m|t|l|s|n)['’]|(?:a|ai|as|est|était|avait|ont|me|te|se|nous|vous|lui|leur|qui|y)(?![\w'’]))"
)


def _named_places(text: str) -> list[tuple[int, int]]:
    """The name of a place named after a person, when it has two words or more, or one that is no first name (a
    first name alone after « piscine » may be a person's: « à la piscine Karim m'a dit »); after a street or a
    building, a lone first name that ends its clause too (« sur le cours Napoléon, entre… »)."""
    found = []
    for pattern, street in ((_NAMED_AFTER, False), (_STREET_NAMED_AFTER, True)):
        for match in pattern.finditer(text):
            name = match.group("name")
            lone_first_name = len(name.split()) == 1 and is_first_name(name)
            if street and _PERSON_ACTS_NEXT.match(text, match.end("name")):
                continue
            if not lone_first_name or (street and _NAME_ENDS_CLAUSE.match(text, match.end("name"))):
                found.append(match.span("name"))
    return found


def _first_name_follows(text: str, end: int) -> bool:
    """« à Fontaine Paul »: a surname before its first name, not a town."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and is_first_name(following.group(1))


_NEXT_WORD = re.compile(rf"[^\S\n]+([{LETTER}][{LETTER}'’\-]*)")


_ITEM = rf"{_TOWN_WORD}(?:[^\S\n]+{_TOWN_WORD}){{0,2}}"
_PLACE_LIST = re.compile(
    rf"(?<![\w'’])(?i:{_PLACE_NOUNS})[^\S\n]+(?i:de|d['’]|du|à)[^\S\n]*{_ITEM}"
    rf"(?:[^\S\n]*,[^\S\n]*(?:et[^\S\n]+)?(?i:de[^\S\n]+|d['’]|du[^\S\n]+){_ITEM})+"
)
_LIST_ITEM = re.compile(rf"(?:(?<=\bde)|(?<=\bdu)|(?<=[dD]['’]))[^\S\n]*(?P<item>{_ITEM})")
_AT_THE_PLACE = re.compile(rf"(?<![\w'’])(?i:au|aux)[^\S\n]+(?P<place>{_PLACE_NAME})(?![\w'’-])")


def _listed_places(text: str) -> list[tuple[int, int]]:
    """Places listed after a word of place, each with its « de » (« Habitants de Morne Pavillon, de Basse Gondeau,
    d'Acajou »): the list says what they are; an item holding a first name is left to the name rules."""
    found = []
    for listing in _PLACE_LIST.finditer(text):
        for match in _LIST_ITEM.finditer(text, listing.start(), listing.end()):
            item = match.group("item")
            if is_place(item) or not any(is_first_name(part) for part in item.split()):
                found.append(match.span("item"))
    return found


def _places_after_au(text: str) -> list[tuple[int, int]]:
    """« au Lamentin », « au Havre »: a town of the gazetteer whose name takes the article, not a first name."""
    return [
        match.span("place")
        for match in _AT_THE_PLACE.finditer(text)
        if any(is_place(f"{article}{match.group('place')}") for article in ("", "Le ", "Les "))
        and not is_first_name(match.group("place"))
        and not _first_name_follows(text, match.end("place"))
    ]


def _places_in_context(text: str) -> list[tuple[int, int]]:
    found = _listed_places(text) + _places_after_au(text)
    for match in _PLACE_IN_CONTEXT.finditer(text):
        group = next(name for name in ("place", "heading", "area") if match.group(name))
        place = match.group(group)
        if group == "area":
            if is_territory(place) and not _first_name_follows(text, match.end(group)):
                found.append(match.span(group))
        elif _first_name_follows(text, match.end(group)):
            continue
        elif (is_place(place) and not is_french_first_name(place)) or (
            group == "place" and _unknown_place(text, match.start(), match.span(group))
        ):
            found.append(match.span(group))
    return found


_ADDRESSED = re.compile(
    r"(?i:(?<![\w])(?:dit|dire|demand[ée]e?s?|demande|[ée]crit|[ée]crire|parl[ée]|parle|r[ée]pondu|indiqu[ée]|"
    r"indique|expliqu[ée]|explique|envoy[ée]e?s?|adress[ée]e?s?|t[ée]l[ée]phon[ée]|vers[ée]e?s?|donn[ée]e?s?|"
    r"remise?s?|confi[ée]e?s?|signal[ée]|pr[ée]sent[ée]e?|visite|merci|bravo|quant|gr[âa]ce|d[ée]cern[ée]e?|"
    r"attribu[ée]e?|rendu|pens[ée]e?s?|appartient|appartenait|aupr[èe]s)[^\S\n]+)$"
)
"""Words after which « à » gives a person, not a place: « j'ai écrit à », « merci à », « quant à »."""
_CAPITALISED_NEXT = re.compile(rf"[^\S\n]+[{UPPER}]")
_WORD_BEFORE = re.compile(rf"([{UPPER}][{LETTER}'’\-]+)[^\S\n]+$")


def _unknown_place(text: str, trigger: int, span: tuple[int, int]) -> bool:
    """A word the gazetteer lacks (« à Jaffna », « maire de Tardets », « venue d'Epinay ») is a place after a word
        of place or movement when it is no first name of any list, not a surname in capitals, not followed by another
        capitalised word (« à Dupont Karim »), and « à » does not follow a verb of saying or giving (« écrit à ») nor a
    first name (« Jacques à Toubon », a slip for « Jacques Toubon »)."""
    place = text[span[0] : span[1]]
    return (
        len(place) >= 3
        and not place.isupper()
        and not any(is_first_name(part) for part in re.split(r"[\s\-]+", place))
        and not _CAPITALISED_NEXT.match(text, span[1])
        and not _ADDRESSED.search(text, max(0, trigger - 30), trigger)
        and not ((before := _WORD_BEFORE.search(text, 0, trigger)) and is_first_name(before.group(1)))
    )


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
        for s, e in _places_in_context(text)
        + _named_places(text)
        + _itineraries(text)
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
