"""Public names known by their shape and the words around them: towns in capitals or with their department
(« barreau de METZ », « Apt (84) »), acronyms after an article (« la FCPE »), offices named after a saint
(« préfecture Saint Anne »), places named « Saint … » (« les enfants de Saint Vincent de Mercuze »), a witness's town
(« Éric de Lille »), districts and zones (« quartier Gondeau », « Zone Franche de Dillon ») and a public body's
mailbox. The allow-list keeps them."""

from __future__ import annotations

import re

from bot.privacy.lexicon import is_first_name, is_place
from bot.privacy.word_spans import LETTER, UPPER

INSTITUTIONS = (
    r"barreau|tribunal|TJ|TGI|TA|CAA|CPH|prud.hommes|cour|bureau|juridictionnelle|ville|commune|préfecture|"
    r"sous-préfecture|mairie|agence|"
    r"centre|région|académie|rectorat|hôpital|clinique|CHU|CHR|gare|aéroport|port|diocèse|caisse|CAF|CPAM|URSSAF|"
    r"conseil|antenne|direction|métropole|université|parquet|greffe|commissariat|gendarmerie|service|"
    r"services|pôle|plateforme|département|ministère|trésorerie|hôtel|institut|office"
)
"""Nouns that open the name of an institution or an office."""
_CAPS_TOWN = re.compile(
    rf"(?<![\w'’])(?:(?i:{INSTITUTIONS})[^\S\n]+(?:de|d['’])|à)[^\S\n]*"
    r"(?P<town>[A-ZÀ-Ö][A-ZÀ-Ö'’]+(?:[ \-](?:SUR|SOUS|EN|LÈS|LES|LE|LA|DE|DU|DES|ET)?[ \-]?[A-ZÀ-Ö][A-ZÀ-Ö'’]+){0,3})"
    r"(?![\w'’-])"
)
"""A town written in capitals after an institution's « de » or after « à »: « avocat au barreau de METZ », « le
tribunal de NANTERRE »; not after any « de » (« le dossier de FONTAINE » is a person's)."""

_TOWN_WITH_DEPARTMENT = re.compile(
    rf"(?<![\w])(?P<town>[{UPPER}][{LETTER}'’]*(?:-[{LETTER}'’]+){{0,4}})[^\S\n]*\((?:\d{{2}}|2[AB]|97\d)\)"
)
"""A town followed by its department's number: « Nathalie d'Apt (84) »."""

_ACRONYM_AFTER_ARTICLE = re.compile(
    r"(?<![\w'’])(?:(?:la|le|les|au|aux|une?) |l['’])(?P<acronym>[A-Z]{2,6})(?![\w'’-])"
)
"""An acronym after a lower-case article is an organisation (« la FCPE », « le président de la CCPH »): a person is
no « la ». « du », « des » are left out: they are particles of surnames (« Pierre du BOIS »)."""

_OFFICE_OF_A_SAINT = re.compile(
    rf"(?i:préfecture|sous-préfecture|mairie|hôpital|clinique|gare|église|paroisse|école|collège|lycée)"
    rf"[^\S\n]+(?P<name>(?:Saint|Sainte|St|Ste)[\s\-][{UPPER}][{LETTER}'’\-]*)"
)
"""An office or a building named after a saint: « préfecture Saint Anne », « gare Saint-Charles »."""


_NAME_WORD = rf"[{UPPER}][{LETTER}'’]*"
_SAINT_PLACE = re.compile(
    rf"(?<![\w'’\-])(?:Saint|Sainte|St|Ste)[ \-]{_NAME_WORD}"
    rf"(?:[ \-](?:(?:de|du|des|la|le|les|l['’]|d['’]|sur|sous|en|lès)[ \-]?)?{_NAME_WORD}){{0,3}}"
)
"""A saint's name is a place (a town, a district, a church, a street), unless a name precedes it: « Léa Sainte Rose »
is a person whose surname is a town's."""
_NAME_BEFORE = re.compile(rf"[{UPPER}][{LETTER}'’\-]*[^\S\n]+$")

_WITNESS_TOWN = re.compile(
    rf"(?<![\w'’])(?=(?P<first>[{UPPER}][{LETTER}\-]+)[^\S\n]+(?:de[^\S\n]+|d['’])(?P<town>{_NAME_WORD}(?:-{_NAME_WORD})*)"
    rf"(?![\w'’\-])(?![^\S\n]+[{UPPER}]))"
)
"""A look-ahead, so that « Témoignage de Karim » does not hide « Karim de Roubaix »."""
"""The press names a witness by first name and town (« Éric de Lille », « Nathalie d'Apt »): a town of the
gazetteer after a lone first name is the town, not a noble particle (« Charles de Gaulle »: not a town)."""

_DISTRICT = re.compile(
    r"(?<![\w'’])(?:(?P<quarter>(?i:quartier))|(?i:zone(?:[^\S\n]+(?:franche|industrielle|artisanale|commerciale|"
    r"portuaire|d['’]activit[ée]s?))?)|ZAC|ZI|ZA)[^\S\n]+"
    rf"(?P<de>(?:de[^\S\n]+(?:la[^\S\n]+)?|du[^\S\n]+|des[^\S\n]+|d['’]))?"
    rf"(?P<name>{_NAME_WORD}(?:[ \-](?:(?:de|du|des|la|le)[ \-])?{_NAME_WORD}){{0,2}})"
)
"""A district or an activity zone by its name (« quartier Gondeau », « quartier de Boboka », « zone Collery »):
a place; not a lone first name after « quartier de » (« le quartier de Karim » is his)."""

_PUBLIC_MAILBOX = re.compile(
    r"(?<![\w.+\-])(?P<local>[\w.+\-]+)@(?:[\w\-]+\.)*"
    r"(?:gouv\.fr|caf\.fr|ameli\.fr|assurance-maladie\.fr|urssaf\.fr|francetravail\.fr|pole-emploi\.fr|msa\.fr|"
    r"carsat-?[\w\-]*\.fr|ants\.gouv\.fr|service-public\.fr|laposte\.fr)(?![\w\-])"
)
"""A public body's mailbox (« pref-reclamation-suggestion@essonne.gouv.fr »); not an agent's, whose local part
holds a first name or reads « initial.surname » (« marie.dupont@… », « j.martin@… »)."""


def _personal_local_part(local: str) -> bool:
    parts = [part for part in re.split(r"[._\-]+", local) if part]
    return any(is_first_name(part.capitalize()) for part in parts) or (len(parts) == 2 and len(parts[0]) == 1)


_SAINT_TAIL = re.compile(
    rf"[ \-](?P<particle>(?:de|du|des|la|le|les|l['’]|d['’]|sur|sous|en|lès)[ \-]?)?(?P<word>{_NAME_WORD})"
)


def _without_a_person_after(match: re.Match[str]) -> tuple[int, int]:
    """The saint's place up to a first name written after it with no particle: « le maire de Saint-Denis Mathieu
    Hanotin » keeps « Saint-Denis », not its mayor; « Saint Vincent de Mercuze » stays whole."""
    head = re.match(rf"(?:Saint|Sainte|St|Ste)[ \-]{_NAME_WORD}", match.group())
    end = match.start() + (head.end() if head else 0)
    for tail in _SAINT_TAIL.finditer(match.string, end, match.end()):
        if tail.start() != end or (not tail.group("particle") and is_first_name(tail.group("word"))):
            break
        end = tail.end()
    return match.start(), end


def _shape_names(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    if _SAINT.search(text):
        found += [
            _without_a_person_after(match)
            for match in _SAINT_PLACE.finditer(text)
            if not _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
        ]
    found += [
        match.span("town")
        for match in _WITNESS_TOWN.finditer(text)
        if is_first_name(match.group("first"))
        and is_place(match.group("town"))
        and not is_first_name(match.group("town"))
    ]
    found += [
        match.span("name")
        for match in _DISTRICT.finditer(text)
        if not (
            match.group("quarter")
            and match.group("de")
            and len(match.group("name").split()) == 1
            and is_first_name(match.group("name"))
        )
    ]
    return found


def public_mailboxes(text: str) -> list[tuple[int, int]]:
    """Spans of the public bodies' mailboxes in `text`: whole, so that their site is not kept alone."""
    if "@" not in text:
        return []
    return [match.span() for match in _PUBLIC_MAILBOX.finditer(text) if not _personal_local_part(match.group("local"))]


_CAPITALS = re.compile(r"[A-ZÀ-Ö]{2}")
_SAINT = re.compile(r"\bS(?:ain)?te?\b")


def public_names(text: str) -> list[tuple[int, int]]:
    """Spans of the public names above in `text` (each pattern only when its cheap sign is in the text)."""
    found = _shape_names(text)
    if _CAPITALS.search(text):
        found += [match.span("acronym") for match in _ACRONYM_AFTER_ARTICLE.finditer(text)]
        found += [
            match.span("town")
            for match in _CAPS_TOWN.finditer(text)
            if is_place(match.group("town")) and not is_first_name(match.group("town").capitalize())
        ]
    if _SAINT.search(text):
        found += [match.span("name") for match in _OFFICE_OF_A_SAINT.finditer(text)]
    if "(" in text:
        found += [match.span("town") for match in _TOWN_WITH_DEPARTMENT.finditer(text) if is_place(match.group("town"))]
    return found
