"""Postal addresses: number (bis, ter), street type, street name, then an optional postcode and town."""

import re

from presidio_analyzer import Pattern

from bot.privacy.allowlist import overlaps_protected
from bot.privacy.public_names import INSTITUTIONS
from bot.privacy.recognizers.base import FrenchPatternRecognizer
from bot.privacy.word_spans import LETTER, UPPER

_TYPES = (
    r"rue|avenue|av\.?|boulevard|bd|bld|blvd|place|pl\.|all[ée]e|impasse|imp\.|chemin|ch\.|route|rte|quai|cours|"
    r"square|sq\.|r[ée]sidence|r[ée]s\.|lotissement|lot\.|lieu-dit|lieu dit|hameau|passage|voie|cit[ée]|sentier|"
    r"faubourg|fbg|rond-point|esplanade|promenade|parvis|villa|domaine|clos|mont[ée]e|traverse|chauss[ée]e|ruelle|"
    r"venelle|mail|cour|parc"
)
_AREAS = r"quartier|zone|za|zi|zac"
"""A district or a zone is an address only with a number or a postcode: unnumbered, it is a place (« le quartier
Gondeau au Lamentin »)."""
_NAME_WORD = (
    rf"(?:(?:de|du|des|la|le|les|l['’]|d['’]|au|aux|et|saint|sainte|st|ste|sur|sous|en)\s?|"
    rf"\d{{1,2}}(?:er)?\s|(?:18|19|20)\d{{2}}\b|[{LETTER}][{LETTER}'’\-.]*)"
)
_STREET = rf"(?<![\w\-])(?i:{_TYPES}|{_AREAS})\s+(?:{_NAME_WORD}[ \t]*){{1,7}}"
_PARTICLE = r"(?:de|du|des|la|le|les|l['’]|d['’]|au|aux|saint|sainte|st|ste)\b"
_STREET_NAMED = rf"(?<![\w\-])(?i:{_TYPES})\s+(?=(?i:{_PARTICLE})|[{UPPER}\d])(?:{_NAME_WORD}[ \t]*){{1,7}}"
"""A street without a number: its name starts with a particle, a capital or a figure (« rue des lilas », « Cité
Bellevue »), so that a verb which is also a street type starts no address (« cite aussi Paul Martin »); a type
glued to a word before it by a hyphen is none (« l'adresse e-mail de la préfecture »)."""
_NUMBER = (
    r"(?:(?i:n\s*[°º]|no\.?)\s*)?(?!(?:19|20)\d{2},)\d{1,4}(?:\s?(?i:bis|ter|quater|[a-d])\b)?,?\s*"
    r"(?:(?i:de\s+la|de\s+l['’]|du|des)\s*)?"
)
"""« 12 rue… », « 12 bis, rue… », « n° 12 de l'avenue… », « au 3 du boulevard… »."""
_COMPLEMENT = r"(?:(?i:app(?:artement|art|t)?\.?|b[âa]t(?:iment)?\.?|esc(?:alier)?\.?|[ée]tage|porte)\s*\w{1,4},?\s+)?"
_INSIDE = r"(?:,?\s*(?i:app(?:artement|art|t)?\.?|b[âa]t(?:iment)?\.?|esc(?:alier)?\.?|[ée]tage|porte)\s*\w{1,4})*"
"""The building, staircase, flat between the street and the postcode: « Résidence les Mimosas, bât. B, appt 12 »."""
_TOWN = (
    rf"(?:{_INSIDE},?\s*(?:\d{{5}}|\d{{2}}\s\d{{3}})\s+[{UPPER}][{LETTER}'’\-]*"
    rf"(?:[\s\-](?:(?:sur|sous|en|lès|les|le|la|de|du|des)[\s\-])?[{UPPER}][{LETTER}'’]*){{0,3}}"
    r"(?:\s(?i:cedex)(?:\s\d{1,2})?)?)?"
)

_PLACE_WORD = rf"[{UPPER}][{LETTER}'’\-]*"
_OFFICE_AHEAD = rf"(?!(?:(?:Le|La|Les|L['’])[ \t]?)?(?i:{INSTITUTIONS})(?![\w'’]))"
_PLACE = (
    rf"(?=[{UPPER}])(?<![{UPPER}][{LETTER}'’\-]*[ \t]){_OFFICE_AHEAD}{_PLACE_WORD}"
    rf"(?:[ \t](?:(?:de|du|des|la|le|les|l['’]|d['’])[ \t]?)?{_PLACE_WORD}){{0,3}}"
)
_POSTCODE_TOWN = (
    rf"(?:\d{{5}}|\d{{2}}\s\d{{3}})[ \t]+[{UPPER}][{LETTER}'’\-]*"
    rf"(?:[ \t\-](?:(?:sur|sous|en|lès|les|le|la|de|du|des)[ \t\-])?[{UPPER}][{LETTER}'’]*){{0,3}}(?![ \t]*(?i:cedex))"
)
"""A postcode and a town on the same line; a CEDEX is an organisation's, never a citizen's."""
"""A named place without a street type: « La Croix Blanche », « Les Prés Hauts », « Le Bourg »; not an office
(« Le Centre Hospitalier, 29000 Quimper »)."""

PATTERNS = [
    Pattern("address_place_postcode", rf"(?<![\w'’\-]){_PLACE},[ \t]*{_POSTCODE_TOWN}", 0.8),
    Pattern("address_place_block", rf"^[ \t]*(?P<value>{_PLACE}[ \t]*\n[ \t]*{_POSTCODE_TOWN})[ \t]*$", 0.8),
    Pattern("address_numbered", rf"(?<![\w,]){_COMPLEMENT}{_NUMBER}{_STREET}{_TOWN}", 0.85),
    Pattern("address_street", rf"(?<![\w]){_STREET_NAMED}{_TOWN}", 0.3),
    Pattern("address_line", rf"^[ \t]*{_STREET_NAMED}{_TOWN}[ \t]*$", 0.8),
    Pattern("address_town", rf"(?<![\w]){_STREET}{_TOWN.removesuffix('?')}", 0.8),
]
"""A street without a number is an address near « j'habite », « adresse »…, on a line of its own (the address block
of a letter or a signature) or followed by a postcode; a named place followed by a postcode and a town is one too
(« La Croix Blanche, 58290 Moulins-Engilbert »), or on the line above them (a letter's address block)."""

CONTEXT = ["j'habite", "habite", "domicilié", "domiciliée", "demeurant", "adresse", "réside", "résidant", "résidente",
           "vis", "déménagé", "déménagement", "logement", "domicile", "courrier"]  # fmt: skip

_STOP = re.compile(
    r"\s+(?:et|mais|depuis|alors|car|donc|puis|pour|avec|sans|(?-i:chez)|à|a|où|qui|que|je|j'|nous|vous|il|elle|on|"
    r"est|sont|suis|ai|avons|avez|ont|mon|ma|mes|votre|notre|le\s+\d|depuis|quand|lorsque|comme)\b.*$",
    re.IGNORECASE | re.DOTALL,
)


_FIRST_WORD = re.compile(rf"[{LETTER}][{LETTER}'’\-]*")


def _starts_with_a_public_name(text: str, start: int) -> bool:
    word = _FIRST_WORD.match(text, start)
    return word is not None and overlaps_protected(text, start, word.end())


class AddressRecognizer(FrenchPatternRecognizer):
    """A numbered street is an address; a bare street name only near « j'habite », « adresse »…"""

    ENTITY = "FR_ADDRESS"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    CONTEXT_SCORE = 0.8

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # type: ignore[no-untyped-def]
        results = [  # « Préfecture du Rhône, 69003 Lyon » is the office's address
            result
            for result in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if not _starts_with_a_public_name(text, result.start)
        ]
        for result in results:  # cut the street name where ordinary prose starts again
            span = text[result.start : result.end]
            cut = _STOP.search(span[6:])
            if cut:
                result.end = result.start + 6 + cut.start()
            while result.end > result.start and not text[result.end - 1].isalnum():
                result.end -= 1
        return results
