"""Public names known by their shape and the words around them: towns in capitals or with their department
(« barreau de METZ », « Apt (84) »), acronyms after an article (« la FCPE »), offices named after a saint
(« préfecture Saint Anne »). The allow-list keeps them."""

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


_CAPITALS = re.compile(r"[A-ZÀ-Ö]{2}")
_SAINT = re.compile(r"\bS(?:ain)?te?\b")


def public_names(text: str) -> list[tuple[int, int]]:
    """Spans of the public names above in `text` (each pattern only when its cheap sign is in the text)."""
    found: list[tuple[int, int]] = []
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
