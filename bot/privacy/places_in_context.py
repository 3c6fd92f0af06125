"""Places a review names that stay in clear: towns and areas in context, places named after a person (schools,
streets, buildings), listed places and transport itineraries; never a person taken for a place."""

from __future__ import annotations

import re

from bot.privacy.lexicon import is_first_name, is_french_first_name, is_place, is_territory
from bot.privacy.word_spans import LETTER, UPPER

_TOWN_WORD = rf"[{UPPER}][{LETTER}'’]*"
PLACE_NAME = (
    rf"(?:(?:Saint|Sainte|St|Ste|Le|La|Les|De|Da|Du|Des|Dos|El|Ben|Van)[\s-])?{_TOWN_WORD}"
    rf"(?:-(?:(?:sur|sous|en|lès|les|le|la|de|du|des|et)-)?{_TOWN_WORD}"
    rf"|\s(?:sur|sous|en|lès)\s{_TOWN_WORD}){{0,4}}"
)

_PLACE_NOUNS = (
    "habitant|habitante|habitants|habitantes|ville|commune|village|bourg|hameau|quartier|gare|région|originaire|"
    "maire|environs|centre|hôpital|collège|lycée|école|tribunal|station|arrêt|secteur|agglomération|métropole|"
    "canton|département|sortie|route|plage|port|côté|près|proche|proximité|banlieue|campagne|plateau|vallée|île|"
    "pays|baie|forêt|bassin|agglo|communauté\\s+de\\s+communes|intercommunalité|venu|venue|venus|venues|"
    "revenu|revenue|revenus|revenues|arrivé|arrivée|arrivés|arrivées|parti|partie|partis|parties"
)
_PLACE_IN_CONTEXT = re.compile(
    rf"(?<![\w'’])(?:(?i:à|en|vers|jusqu['’]à|depuis)\s+|(?i:{_PLACE_NOUNS})\s+(?i:de|d['’]|du|à)\s*)"
    rf"(?P<place>{PLACE_NAME})(?![\w'’-])"
    rf"|(?P<heading>{PLACE_NAME}),?[^\S\n]+le[^\S\n]+(?:\d|1er)"
    rf"|(?<![\w'’])(?i:de\s+la|du|des|de\s+l['’]|dans\s+(?:les?|la|l['’])|en)\s*(?P<area>{PLACE_NAME})(?![\w'’-])"
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


def itineraries(text: str) -> list[tuple[int, int]]:
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


def named_places(text: str) -> list[tuple[int, int]]:
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
_AT_THE_PLACE = re.compile(rf"(?<![\w'’])(?i:au|aux)[^\S\n]+(?P<place>{PLACE_NAME})(?![\w'’-])")


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


def places_in_context(text: str) -> list[tuple[int, int]]:
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
