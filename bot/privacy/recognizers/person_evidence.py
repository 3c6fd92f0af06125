"""Rare names that no lexicon knows, from what the sentence says about them: « Iram : "On m'a expulsé…" »,
« …», confie Heiter », « Oumy, 34 ans », « Heiter perçoit… »."""

import re

from presidio_analyzer import RecognizerResult

from bot.privacy.allowlist import overlaps_protected
from bot.privacy.lexicon import COMMON_WORDS, is_first_name, is_place, is_territory
from bot.privacy.names import is_name_word
from bot.privacy.recognizers.person_base import PersonRecognizer
from bot.privacy.recognizers.person_relatives import RELATIVES
from bot.privacy.word_spans import words

_SPEECH = (
    r"raconte|racontait|explique|expliquait|témoigne|confie|confiait|déplore|ajoute|souligne|précise|regrette|"
    r"assure|affirme|poursuit|résume|insiste|lance|soupire|indique|rappelle|estime|reconnaît|s['’]indigne|"
    r"s['’]inquiète|s['’]agace|dit|glisse|conclut|dénonce|accuse|conteste|proteste|s['’]insurge|s['’]emporte|"
    r"peste|tempête|fulmine|martèle|ironise|détaille|décrit|relate|évoque|s['’]étonne|avoue|admet|note|observe|"
    r"remarque|se\s+souvient|se\s+désole|se\s+plaint|s['’]énerve|s['’]exclame|s['’]emporte|sourit|souffle|"
    r"murmure|répond|réagit|renchérit|nuance|tranche|signale|alerte|prévient|témoignait|expliquait"
)
_SAID_BY = re.compile(rf"(?i:{_SPEECH})\s+$")
"""An inverted attribution just before the word: « », raconte Heiter »."""
_SAYS = re.compile(r"\s*:\s*[«\"“]")
"""A quotation right after the word: « Iram : "On m'a…" »."""
AGE = re.compile(r"\s*,\s*\d{1,3}\s+ans(?![\w])")
"""An age in apposition, the comma typed after a space or not: « Oumy, 34 ans », « Aïssata , 25 ans »."""
_COMPOUND_TENSE = (
    r"(?:a|avait|aurait|aura|avaient|auraient)\s+(?:(?:déjà|pourtant|alors|aussi|bien|même|enfin|finalement)\s+)?"
    r"[a-zéèêàâîôûç]{2,}(?:é|ée|i|u|is|it|ert|int|eint|aint)(?![\w'’-])"
)
"""A verb of any kind in a compound tense (« aurait envoyé », « avait pourtant obtenu », « a pris »)."""
_LIFE = (
    r"perçoit|percevait|touche|touchait|vit|vivait|habite|habitait|travaille|travaillait|attend|attendait|élève|"
    r"cherche|reçoit|recevait|espère|souhaite|demande|réclame|décide|a\s+(?:été|dû|reçu|appelé|perdu|demandé|écrit|"
    r"obtenu|attendu|contacté|envoyé|déposé|eu|pu|voulu|décidé|expliqué|raconté|témoigné|travaillé|vécu|payé|"
    r"retrouvé|quitté|appris|découvert|tenté|essayé|dit)|est\s+(?:allée?|venue?|partie?|née?|décédée?|restée?|"
    r"arrivée?|retournée?|à\s+la\s+retraite|au\s+chômage|mère|père|allocataire|bénéficiaire|inscrite?|malade|"
    r"handicapée?|âgée?|veuve?|mariée?|divorcée?|enceinte|en\s+(?:grande\s+)?(?:précarité|détresse|difficulté|arrêt\s+maladie|situation\s+irrégulière)|sans\s+(?:papiers|ressources|logement|emploi|domicile|titre\s+de\s+séjour))|m['’]a|m['’]ont|m['’]avait|nous\s+a|nous\s+avait"
)
_HAS = (
    r"a\s+(?:un|une)\s+(?:blog|fils|fille|enfant|mari|femme|compagne?|conjointe?|frère|sœur|mère|père|emploi|"
    r"travail|logement|rendez-vous|dossier|compte|handicap|bébé)"
)
_KIN = rf"(?:est|était)\s+(?:ma|mon|notre)\s+(?:{RELATIVES})|(?:sont|étaient)\s+(?:mes|nos)\s+(?:{RELATIVES})"
"""« Constance est ma fille », « Patience et Constance sont mes filles »."""
_ACTS = re.compile(
    rf"(?:[^\S\n]*,[^\S\n]*qui)?[^\S\n]+(?:ne\s+|n['’]|s['’]|se\s+)?(?:{_SPEECH}|{_LIFE}|{_KIN})(?![\w'’])"
)
"""A verb whose subject is a person right after the word, or in a relative clause on it: « Heiter perçoit… »,
« Pascale a appelé… », « Lacene, qui habite… »."""
_IN_COMPOUND_TENSE = re.compile(rf"(?:[^\S\n]*,[^\S\n]*qui)?[^\S\n]+{_COMPOUND_TENSE}")
"""Any verb in a compound tense: weak, as a body or a platform acts too (« Parcoursup a planté »), so it counts for
a first name that is also a word (« Prudence aurait envoyé »), standing alone (see `_alone`)."""
_HAS_ONE = re.compile(rf"[^\S\n]+{_HAS}(?![\w'’])")
"""Having a child, a spouse, a blog, a job: said of persons (« Lartemizia a un blog »), standing alone."""
_DETERMINER_BEFORE = re.compile(
    r"(?i:(?<![\w])(?:le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces|son|sa|ses|mon|ma|mes|notre|votre|leur))\s*$"
)


def acts_after(text: str, start: int, end: int) -> bool:
    """Whether the word at `start:end` is the subject of a verb said of persons, and no determiner or place
    preposition makes it a thing or a place (« la Rose a reçu… », « à Samer vit… » are not)."""
    before = text[max(0, start - 30) : start]
    if _DETERMINER_BEFORE.search(before) or _PLACE_BEFORE.search(before):
        return False
    if _ACTS.match(text, end):
        return True
    weak = _HAS_ONE.match(text, end) or (is_first_name(text[start:end]) and _IN_COMPOUND_TENSE.match(text, end))
    return bool(weak) and _alone(text, start)


def _alone(text: str, start: int) -> bool:
    """Not the tail of a body's name (« Allocations Familiales », « Urssaf Paca ») nor an elided noun
    (« L'employée »): no capitalised word nor elision right before, and none glued to it."""
    if re.match(r"(?:[cdjlmnst]|qu)['’]", text[start : start + 3], re.IGNORECASE):
        return False
    before = text[max(0, start - 40) : start]
    return not (before and not before[-1].isspace()) and not _capitalised_before(before)


def _capitalised_before(before: str) -> bool:
    match = re.search(r"(\S+)[^\S\n]+$", before)
    return bool(match and re.search(r"(?:^|['’])[A-ZÀ-Ý]|['’]$", match.group(1)))


_PEOPLE = (
    r"mère|père|maman|papa|parent|retraitée?|allocataire|bénéficiaire|usagère|usager|étudiante?|lycéenne|lycéen|"
    r"chômeuse|chômeur|demandeuse|demandeur|salariée?|intérimaire|agricultrice|agriculteur|éleveuse|éleveur|"
    r"infirmière|infirmier|aide-soignante?|auxiliaire|habitante?|locataire|propriétaire|veuve|veuf|épouse|époux|"
    r"grand-mère|grand-père|fille|fils|sœur|frère|cheffe?|gérante?|artisane?|ouvrière|ouvrier|"
    r"employée?|fonctionnaire|professeure?|enseignante?|institutrice|instituteur|militante?|bénévole|riveraine?|"
    r"lectrice|lecteur|cliente?|patiente?|assurée?|contribuable|adhérente?|porte-parole|présidente?|"
    r"fondatrice|fondateur|cofondatrice|cofondateur|trentenaire|quadragénaire|quinquagénaire|sexagénaire|"
    r"septuagénaire|octogénaire|nonagénaire|travailleuse|travailleur|livreuse|livreur|chauffeuse|chauffeur"
)
_APPOSITION = re.compile(
    rf"\*?\s*,\s*(?:(?:une?|la|le|l['’]|cette|ce)\s+)?(?:jeune\s+|ancienne?\s+|future?\s+)?(?:{_PEOPLE})(?![\w'’-])",
    re.IGNORECASE,
)
"""A person noun in apposition: « Kourtelina, mère isolée, », « Yanis, un habitant du quartier »."""
_APPOSED_AFTER = re.compile(
    rf"(?i:(?<![\w])(?:{_PEOPLE}))(?:[^\S\n]+[\w'’\-]+){{0,4}}?[^\S\n]*,[^\S\n]*$", re.IGNORECASE
)
"""The person noun before, the name closing the apposition: « une habitante de Kerbors, Maëlys Trégou »."""
_FOOTNOTE = re.compile(r"\*(?=[\s,.;:)])")
"""The asterisk of « le prénom a été changé » glued to the name: « Kourtelina*, … »."""
_FAMILY_BEFORE = re.compile(r"(?i:(?<![\w])(?:chez\s+)?les)\s+$")
"""« les Kervella », « chez les Tanguy »: a family by its surname (a plural word or a town ends otherwise)."""

_PLACE_BEFORE = re.compile(
    r"(?i:(?<![\w])(?:à|au|aux|de|d['’]|du|des|en|sur|vers|près\s+de|depuis|dans\s+(?:les?|la|l['’])))\s*$"
)
"""A place comes after « à », « de », « en »…: evidence against a person."""

_CASE_OF = re.compile(
    r"(?i:(?<![\w])(?:cas|situation|histoire|témoignage|parcours|combat|quotidien|mari|époux|épouse|compagne?|"
    r"conjointe?|fils|fille|mère|père|maman|papa|sœur|frère|grand-mère|grand-père|petite?-fils|petite?-fille))"
    r"(?:[^\S\n]+[^\W\d_]+)?[^\S\n]+(?:de|d['’])[^\S\n]*$"
)
"""« le cas de Nadège », « la situation précaire de Bintou », « la maman d'Ilyès »: a person's case or kin (a town's
« cas » is rare, and a town of the gazetteer or a territory is excluded)."""

_OPENS_SENTENCE = re.compile(r"(?:^|[.!?…]|\n)[^\S\n]*[«\"“]?[^\S\n]*$")
_THEN_A_PORTRAIT = re.compile(
    r"[^\S\n]*,[^\S\n]+(?i:(?:son|sa|ses|leur|leurs)[^\S\n]+[^\W\d_]"
    r"|l[ae][^\S\n]+(?:voix|regard|visage|mine|gorge|trentaine|quarantaine|cinquantaine|soixantaine))"
)
"""A sentence opened by the word and a portrait in apposition, as the press writes them: « Nawelle, son cartable sur
le dos, attend… », « Zidienne, la voix nouée, raconte… »; a body in apposition is described otherwise (« Vitam,
membre du réseau, »), and an adverb or an interjection comes before a subject (« Halas, je… »)."""
_NOT_A_NAME_SHAPE = re.compile(r"(?:ment|ée?s?|ez|ons)$|[\-'’]")
"""Adverbs, participles, imperatives and compounds (« Séparée, elle… », « Rappelez-vous, … », « Au-delà, … »)."""

_ELIDED = re.compile(r"^(?:[cdjlmnst]|qu)['’]")

SCORE = 0.6


class EvidencePersonRecognizer(PersonRecognizer):
    """A capitalised word that is no common French word, no acronym and no public word is a name when the sentence
    treats it as a speaker (quoted after it, attribution before it), as the subject of a verb said of persons, or
    gives it an age, and no place preposition precedes it. One piece of evidence suffices; the word itself is never
    enough."""

    SCORE = SCORE

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[no-untyped-def]
        results: list[RecognizerResult] = []
        for word in words(text):
            if not word.is_capitalised or len(word.text) < 3 or _ELIDED.sub("", word.text.lower()) in COMMON_WORDS:
                continue  # « L'affaire a été débattue »: an elided article before a common word
            if not is_name_word(word) or overlaps_protected(text, word.start, word.end):
                continue
            if person_evidence(text, word.start, word.end):
                results.append(self.result(word.start, word.end))
        return results


def _a_place(name: str) -> bool:
    return is_place(name) or is_territory(name)


def _opens_a_sentence(text: str, start: int, end: int) -> bool:
    """A word no list knows opening a sentence, then a portrait in apposition (see `_THEN_A_PORTRAIT`)."""
    return (
        _OPENS_SENTENCE.search(text, max(0, start - 5), start) is not None
        and _THEN_A_PORTRAIT.match(text, end) is not None
        and not _NOT_A_NAME_SHAPE.search(text[start:end].lower())
    )


def person_evidence(text: str, start: int, end: int) -> bool:
    """Whether the sentence treats the word at `start:end` as a person: it speaks (« », confie Heiter »,
    « Iram : "…" »), acts (« Heiter perçoit »), has an age (« Oumy, 34 ans »), a person noun in apposition
    (« Kourtelina, mère isolée »), the asterisk of a changed first name, or names a family (« les Kervella »);
    after no place preposition, and a town of the gazetteer only when it speaks or has an age."""
    before = text[max(0, start - 30) : start]
    if _FOOTNOTE.match(text, end):
        return True  # « le cas de Louna* »: only a person's name is changed, even after « de »
    if _CASE_OF.search(text, max(0, start - 40), start) and not _a_place(text[start:end]):
        return True
    if _PLACE_BEFORE.search(before):
        return False
    if _SAID_BY.search(before) or _SAYS.match(text, end) or AGE.match(text, end):
        return True
    if _a_place(text[start:end]):
        return False  # « Quimperlé, une habitante raconte », « Quimperlé a fermé son agence »
    return bool(
        _APPOSITION.match(text, end)
        or _APPOSED_AFTER.search(text[max(0, start - 60) : start])
        or _opens_a_sentence(text, start, end)
        or acts_after(text, start, end)
        or (_FAMILY_BEFORE.search(before) and text[end - 1].lower() not in "sx")
    )
