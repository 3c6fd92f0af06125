"""First names of relatives: « mon fils Lucas », « ma fille, léa », « mes enfants Emma et Hugo »."""

from presidio_analyzer import RecognizerResult

from bot.privacy.lexicon import is_first_name
from bot.privacy.names import is_name_word, name_after
from bot.privacy.recognizers.person_base import PersonRecognizer
from bot.privacy.word_spans import COMMON_VERBS, words

RELATIVES = (
    r"fils|fille|filles|enfant|enfants|b[ée]b[ée]|petit-fils|petite-fille|petits-enfants|mari|[ée]poux|[ée]pouse|"
    r"femme|compagnon|compagne|conjoint|conjointe|concubin|concubine|partenaire|p[èe]re|m[èe]re|papa|maman|fr[èe]re|"
    r"s(?:œ|oe)ur|demi-fr[èe]re|demi-s(?:œ|oe)ur|grand-m[èe]re|grand-p[èe]re|grands-parents|parents|neveu|ni[èe]ce|"
    r"oncle|tante|cousin|cousine|beau-p[èe]re|belle-m[èe]re|beau-fr[èe]re|belle-s(?:œ|oe)ur|belle-fille|gendre|"
    r"fianc[ée]e?|ami|amie|voisin|voisine|tuteur|tutrice|aidant|aidante|curateur|curatrice|filleul|filleule|"
    r"a[îi]n[ée]e?|cadet|cadette|jumeaux|jumelles|ex-mari|ex-femme|ex-conjoint|belle-famille"
)
PATTERNS = [
    rf"(?<![\w])(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs)\s+(?:{RELATIVES})(?![\w\-])"
    r"(?:\s+(?:a[îi]n[ée]e?|cadet|cadette|majeure?|mineure?|handicap[ée]e?|[âa]g[ée]e?s?\s+de\s+\d+\s+ans|de\s+\d+\s+ans))?"
    r"\s*,?\s*",
]


class RelativePersonRecognizer(PersonRecognizer):
    """The name must look like one: capitalised, or a known first name when written in lower case."""

    PATTERNS = PATTERNS
    SCORE = 0.8
    LOWER_CASE_NAMES = True
    MAX_WORDS = 3

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[no-untyped-def]
        results: list[RecognizerResult] = []
        tokens = words(text)
        for match in self._trigger.finditer(text):
            position = match.end()
            while True:
                span = name_after(text, position, lower_ok=True, limit=self.MAX_WORDS)
                if span is None or not _plausible(text[span[0] : span[1]]):
                    break
                results.append(self.result(*span))
                following = [word for word in tokens if word.start >= span[1]][:2]
                if (
                    len(following) < 2
                    or following[0].text.lower() not in ("et", "ou")
                    or not (is_name_word(following[1]) or is_first_name(following[1].text))
                ):
                    break
                position = following[0].end
        return results


def _plausible(name: str) -> bool:
    """Capitalised, a known first name, or a lower-case word that is not a verb or adjective often found there."""
    first = name.split()[0]
    return first[0].isupper() or is_first_name(first) or (first not in COMMON_VERBS and not first.endswith(_VERBISH))


_VERBISH = ("ait", "aient", "era", "ent", "é", "ée", "és", "ées", "ir", "er")
