"""Small French text helpers shared by the checks: folding, clauses, and what a clause's verbs say of time and
certainty (future, past, negated, hedged). Regular expressions only: fast, pure, no model."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass


def _folded_char(char: str) -> str:
    lowered = char.lower()
    if lowered in "’‘":
        return "'"
    if lowered in "\t\u202f\u00a0":
        return " "
    base = "".join(c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c))
    return base if len(base) == 1 else (lowered if len(lowered) == 1 else char)


_FOLDED_RANGES = (range(0x250), range(0x1E00, 0x1F00), range(0x2000, 0x2070), range(0x20AC, 0x20AD))
"""Latin letters with their accents, and the punctuation and spaces of French typography; other characters (rare in
a French reply) are kept as they are."""
_FOLD_TABLE = {
    code: folded for codes in _FOLDED_RANGES for code in codes if (folded := _folded_char(chr(code))) != chr(code)
}


@functools.lru_cache(maxsize=64)
def fold(text: str) -> str:
    """Lower case without accents, with plain apostrophes and spaces: « Sera versée » → « sera versee ».

    One character per character, so spans found in the folded text are spans of the draft. Cached: every check
    folds the same draft."""
    return text.translate(_FOLD_TABLE)


def squash(text: str) -> str:
    """Folded, with every run of spaces and line breaks made one space: for comparing texts."""
    return re.sub(r"\s+", " ", fold(text))


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    text: str
    """The folded text of the draft's span."""


# A clause ends at a sentence mark, a semicolon or colon, a line break, or before « mais » / « cependant ».
_CLAUSE_END = re.compile(r"[.!?…;:]+(?=\s|$)|\n+|,?\s+(?=(?:mais|cependant|toutefois|en revanche)\b)")


@functools.lru_cache(maxsize=64)
def clauses(draft: str) -> tuple[Clause, ...]:
    """The draft cut into clauses, each with its span in the draft and its folded text (cached, like `fold`)."""
    folded = fold(draft)
    out, cursor = [], 0
    for match in _CLAUSE_END.finditer(folded):
        if match.start() > cursor:
            out.append(Clause(cursor, match.start(), folded[cursor : match.start()]))
        cursor = match.end()
    if cursor < len(folded):
        out.append(Clause(cursor, len(folded), folded[cursor:]))
    return tuple(out)


_NOT_FUTURE = (
    r"(?!(?:vrai|extra|environs|front|affront|rez|centra|cadra|opera|camera|sahara|esperons|esperez|considerons"
    r"|preferons|preferez|declarons|declarez|assurons|assurez|rencontrez|rencontrons|entrez|montrez|demeurons"
    r"|deplorons|mesurons|ignorons|enregistrez|inserez|adorons)\b)"
)
"""Words ending like a futur simple that are not one (« nous espérons », « vous déclarez »)."""
_FUTURE = re.compile(
    rf"\b{_NOT_FUTURE}[a-z]{{2,}}(?:rai|ra|rons|rez|ront)\b"  # futur simple: sera, versera, recevrez, rappelleront
    r"|\b(?:vais|vas|va|allons|allez|vont)\s+(?:(?:vous|nous|lui|leur|le|la|les|l'|y|en|bientot|rapidement)\s*)*"
    r"[a-z]+(?:er|ir|re|oir)\b"  # futur proche: va être, allons vous verser
    r"|\b(?:prochaine?s?|prochainement|demain|bientot|d'ici|a compter d|a partir d|des reception|des que|desormais"
    r"|vous avez droit|vous beneficiez)\b"
)
_SCHEDULED = re.compile(r"\b(?:prevue?s?|programmee?s?|planifiee?s?|fixee?s?|reservee?s?|attendue?s?|convoquee?s?)\b")
"""Something set for later (« votre rendez-vous est fixé au 14 mars »), unless the clause is in the past (« était
fixé »)."""
_PAST = re.compile(
    r"\b(?:avons|avez|ont|ai|avait|avaient|aviez|avions|etait|etaient|etiez|ete|dernier|derniere|hier|passe)\b"
    r"|\b(?:a|as)\s+(?:(?:bien|deja|pourtant|effectivement)\s+)?[a-z]+(?:e|i|is|it|u|t)\b"
)
_NEGATED = re.compile(
    r"\b(?:ne|n')\s*(?:[a-z'-]+\s+){0,4}?(?:pas|jamais|guere|aucune?|rien|point)\b|(?<!sans )\baucune?\b|\bnullement\b"
)
_PLEDGING = r"\s+(?:vous\s+)?(?:etre\s+)?(?:assur|garanti|confirm|certain|sur\b|rassur|compter)"
"""After « je peux », « vous pouvez »: a pledge, not a possibility (« je peux vous assurer que »)."""
_MODAL = re.compile(
    rf"\b(?:pourr(?:a|ai|ons|ez|ont|ait|aient|ions|iez)|(?:peu[tx]|pouvons|pouvez)(?!{_PLEDGING})"
    r"|peuvent|pouvoir|puisse\w*"
    r"|devr(?:a|ait|aient|ions|iez)|serai(?:t|ent)|aurai(?:t|ent)|possibl\w*|eventuel\w*|peut-etre|probabl\w*"
    r"|susceptibles?)\b"
)
"""A possibility or a conditional mood: it hedges its own part of the sentence."""
_CONDITION = re.compile(
    r"\b(?:le cas echeant|si (?:besoin|necessaire|vous le souhaitez)|au besoin"
    r"|sous reserve|en principe|en general|generalement|habituellement|en moyenne|environ"
    r"|normalement|a condition|des lors que|en cas de|dans le cas ou"
    r"|selon (?:votre|vos|les|la|le) (?:situation|ressources|cas|conditions|dossier|droits|profil|regles?)"
    # eligibility, not a condition on something the citizen will send: « si vous remplissez les conditions »
    r"|si (?:vous|votre|vos)\s+(?:[a-z'-]+\s+){0,3}?(?:remplis\w*|eligibles?|droit|conditions|correspond\w*"
    r"|relev\w*|concernee?s?|permet|change\w*|evolu\w*|se\s+modifi\w*))\b"
    # an obligation or an invitation for the citizen: a deadline they must meet is no promise of ours
    r"|\b(?:vous devez|vous devrez|veuillez|merci de|pensez a|n'oubliez pas|il vous faut|il faut|n'hesitez"
    r"|vous disposez|sans (?:nouvelles?|reponse|retour) de votre part)\b"
)
"""A condition, a usual figure or an obligation of the citizen: it hedges the whole sentence."""
_HABIT = re.compile(
    r"\b(?:chaque (?:mois|annee|semaine|trimestre|fois)|tous les mois|mensuellement|en regle generale"
    r"|automatiquement|systematiquement)\b"
)
"""In a clause with nothing to come, a habit or a rule (« votre aide est versée le 5 de chaque mois »)."""


def is_future(clause: str) -> bool:
    return bool(_FUTURE.search(clause) or _SCHEDULED.search(clause))


_IMPERFECT = re.compile(r"\b(?:etait|etaient|etiez|avait|avaient|aviez)\b")


def is_past_only(clause: str) -> bool:
    """The clause tells what happened (passé composé, imparfait), nothing to come; « a été programmé » still sets
    something for later, « était fixé » no longer does."""
    if not _PAST.search(clause) or _FUTURE.search(clause):
        return False
    return not _SCHEDULED.search(clause) or bool(_IMPERFECT.search(clause))


_AFFIRMATIVE_NEGATION = re.compile(
    r"\bne\s+manquer[a-z]*\s+pas\b|\bne\s+fait\s+(?:aucun|pas\s+de|plus\s+aucun)\s+doute\b"
)
"""« Nous ne manquerons pas de », « il ne fait aucun doute »: negations that assert."""


def is_negated(clause: str) -> bool:
    return bool(_NEGATED.search(_AFFIRMATIVE_NEGATION.sub(" ", clause)))


def is_modal(part: str) -> bool:
    """A possibility or a conditional mood in this part of a sentence: no commitment of ours there."""
    return bool(_MODAL.search(part))


def is_conditional(clause: str) -> bool:
    """A condition, a usual figure, a habit or an obligation of the citizen: the clause commits to nothing."""
    return bool(_CONDITION.search(clause) or (_HABIT.search(clause) and not _FUTURE.search(clause)))


_PART_END = re.compile(r",\s+|\s+(?:et|puis)\s+|\s+(?=(?:qui|dont)\b)")


def parts(clause: str) -> list[tuple[int, int]]:
    """Spans of the clause's parts, cut at commas, « et » and before a relative « qui », « dont » (« votre aide sera
    versée le 12, et vous pourrez… », « l'agent qui vous a reçu le 14 avril »); not before « que », whose clause a
    negation governs (« nous ne pouvons pas garantir que… »)."""
    spans, cursor = [], 0
    for match in _PART_END.finditer(clause):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(clause)))
    return spans


_UNITS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
_SCALES = {"cent": 100, "cents": 100, "mille": 1000}
_NUMBER_WORDS = re.compile(
    rf"\b(?:{'|'.join([*_UNITS, *_SCALES])})(?:(?:-et-|\s+et\s+|-|\s+)(?:{'|'.join([*_UNITS, *_SCALES])}))*\b"
)


def _value(words: str) -> str:
    total = current = 0
    for word in re.split(r"-et-|\s+et\s+|-|\s+", words):
        if word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] == 1000:
                total, current = total + current, 0
        elif word == "vingt" and current % 100 == 4:  # quatre-vingt
            current = current - 4 + 80
        else:
            current += _UNITS[word]
    return str(total + current)


def with_digits(folded: str) -> str:
    """Folded text with numbers in words written in figures (« sous trente jours » → « sous 30 jours »), to compare
    a draft's figures with the instructions'. « un », « une » alone stay words (articles)."""
    return _NUMBER_WORDS.sub(lambda m: m.group() if m.group() in {"un", "une"} else _value(m.group()), folded)
