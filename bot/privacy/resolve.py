"""From raw detections to final spans: public words spared, overlaps settled, names grown and propagated."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.privacy.allowlist import overlaps_protected, within_protected
from bot.privacy.labels import PRIORITY
from bot.privacy.lexicon import (
    COMMON_WORDS,
    PUBLIC_FIGURES,
    is_ambiguous_first_name,
    is_first_name,
    is_place,
    is_territory,
)
from bot.privacy.names import NOT_NAMES, grow, is_first_name_word, is_name_word
from bot.privacy.word_spans import FUNCTION_WORDS, LETTER, Word, fold, only_spaces_between, words

MERGEABLE = frozenset({"PERSONNE", "ADRESSE"})
"""Labels whose overlapping detections are joined into one span."""


@dataclass
class Span:
    label: str
    start: int
    end: int
    score: float


def spare_public_words(text: str, spans: list[Span]) -> list[Span]:
    """Names lose their public words (a name cannot include « CAF »); a detection inside a public word (a number
    inside an amount, a public mailbox) is dropped; other detections, more specific than the word, stay."""
    kept: list[Span] = []
    for span in spans:
        if not overlaps_protected(text, span.start, span.end):
            kept.append(span)
        elif span.label == "PERSONNE":
            kept += [
                Span(span.label, word.start, word.end, span.score)
                for word in words(text)
                if span.start <= word.start
                and word.end <= span.end
                and is_name_word(word, lower_ok=True)
                and not overlaps_protected(text, word.start, word.end)
            ]
        elif (span.label not in LOOSE or _reference_holding_a_public_word(text, span)) and not within_protected(
            text, span.start, span.end
        ):
            kept.append(span)
    return kept


_GLUED_DIGITS = 5


def _reference_holding_a_public_word(text: str, span: Span) -> bool:
    """A reference that spells its body, glued by dashes or slashes (« MDPH-75-2023-004512 », « CAF/2024/118873 »):
    the digits are the citizen's, whatever the acronym."""
    value = text[span.start : span.end]
    return (
        bool(re.search(r"[A-Za-z][\-/]\d|\d[\-/][A-Za-z]", value)) and sum(c.isdigit() for c in value) >= _GLUED_DIGITS
    )


LOOSE = frozenset({"REFERENCE_DOSSIER", "NUMERO_ALLOCATAIRE", "CNI"})


_CLAUSE_START = frozenset('.!?:;,\n(«"“—–-')


def spare_common_words(text: str, spans: list[Span]) -> list[Span]:
    """A name of one capitalised word that starts a sentence or a clause, is a common French word and no known
    first name, is the start of the sentence, not a person: « Motif : », « Hein ? », « Madame, Objet… »."""
    tokens = words(text)
    kept = []
    for span in spans:
        inside = [word for word in tokens if span.start <= word.start < span.end]
        if span.label == "PERSONNE" and len(inside) == 1 and _common_clause_start(text, inside[0]):
            continue
        kept.append(span)
    return kept


def list_neighbours(text: str, spans: list[Span]) -> list[Span]:
    """Names are listed together: a capitalised word joined by « , », « et » or « ou » to a detected name is a name too,
    unless it is a common word that is no first name (« Liza, [PERSONNE_1] et [PERSONNE_2] », « Desaché et
    Gatineau »; not « Jean et Lyon »)."""
    tokens = words(text)
    names = [s for s in spans if s.label == "PERSONNE"]
    found: list[Span] = []
    frontier = names
    while frontier:
        added: list[Span] = []
        for span in frontier:
            inside = [i for i, word in enumerate(tokens) if span.start <= word.start < span.end]
            if not inside:
                continue
            for index, step in ((inside[0] - 1, -1), (inside[-1] + 1, 1)):
                if 0 <= index < len(tokens) and tokens[index].text in ("et", "ou"):
                    index += step
                if not 0 <= index < len(tokens):
                    continue
                word = tokens[index]
                left, right = sorted((word, tokens[inside[0] if step < 0 else inside[-1]]), key=lambda w: w.start)
                gap = " ".join(text[left.end : right.start].split())
                if gap not in (",", "et", "ou") or not _listed_name(text, word):
                    continue
                if gap == "," and not (
                    is_first_name(word.text) or _list_goes_on(text, tokens, index, step, (inside[0], inside[-1]))
                ):
                    continue  # « C. Lonergan, Gatineau »: a name and its town, not a list
                if any(s.start < word.end and word.start < s.end for s in spans + found + added):
                    continue
                added.append(Span("PERSONNE", word.start, word.end, 0.7))
        found += added
        frontier = added
    return found


def _list_goes_on(text: str, tokens: tuple[Word, ...], index: int, step: int, span: tuple[int, int]) -> bool:
    """Whether the list has a third item: a separator beyond the new word `tokens[index]`, or beyond the name
    (`span`: its first and last word) on its other side (« Liza, Camilla, Assia »)."""
    beyond_name = span[0] - 1 if step > 0 else span[1] + 1
    for near, far in ((index, index + step), (span[0] if step > 0 else span[1], beyond_name)):
        if not (0 <= far < len(tokens) and 0 <= near < len(tokens)):
            continue
        left, right = sorted((tokens[near], tokens[far]), key=lambda w: w.start)
        if " ".join(text[left.end : right.start].split()) == "," or tokens[far].text in ("et", "ou"):
            return True
    return False


_PARTICIPLE = ("é", "ée", "és", "ées", "ant", "ment")


def _listed_name(text: str, word: Word) -> bool:
    return (
        is_name_word(word)
        and not word.is_upper
        and (word.text.lower() not in COMMON_WORDS or is_first_name(word.text))
        and (not word.text.lower().endswith(_PARTICIPLE) or is_first_name(word.text))  # « Interrogé, X confirme »
        and not overlaps_protected(text, word.start, word.end)
    )


def _common_clause_start(text: str, word: Word) -> bool:
    before = text[: word.start].rstrip(" \t\u00a0")
    return (
        word.is_capitalised
        and (not before or before[-1] in _CLAUSE_START)
        and not _ABBREVIATION_DOT.search(before)
        and word.text.lower() in COMMON_WORDS
        and not is_first_name(word.text)
        and word.text not in PUBLIC_FIGURES
    )


_ABBREVIATION_DOT = re.compile(r"(?:^|[^\w])(?:[A-Z]|Mr|Mme|Mlle|Dr|Pr|Me|MM)\.$")
"""The dot of « M. », « Dr. » or an initial ends no sentence: « M. Neveu » is a name."""


"""Detections made on looser evidence: dropped as soon as they touch a public word."""


def settle_overlaps(spans: list[Span]) -> list[Span]:
    """Join overlapping spans of a mergeable label; otherwise keep the strongest, then the longest; an address is as
    strong as the names inside it (« Le Petit Bois, 35133 Lécousse », the town read as a name)."""
    order = {label: rank for rank, label in enumerate(PRIORITY)}
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.label, s.start)):
        last = merged[-1] if merged else None
        if last and last.label == span.label and span.label in MERGEABLE and span.start < last.end:
            last.end, last.score = max(last.end, span.end), max(last.score, span.score)
        else:
            merged.append(Span(span.label, span.start, span.end, span.score))
    for span in merged:  # a town taken for a name inside an address: the whole address goes
        if span.label == "ADRESSE":
            inside = [o.score for o in merged if o.label == "PERSONNE" and span.start <= o.start and o.end <= span.end]
            span.score = max([span.score, *inside])
    kept: list[Span] = []
    for span in sorted(merged, key=lambda s: (-s.score, order.get(s.label, 99), -(s.end - s.start), s.start)):
        if all(span.end <= other.start or span.start >= other.end for other in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def grow_names(text: str, spans: list[Span]) -> list[Span]:
    """Extend each name over the name words right after it ("Marie" -> "Marie Le Goff"), and over a known first
    name on either side, in any case ("vallet" -> "vallet arthur-jules")."""
    tokens = words(text)
    for span in spans:
        if span.label != "PERSONNE":
            continue
        inside = [position for position, word in enumerate(tokens) if span.start <= word.start < span.end]
        if not inside:
            continue
        first, last = inside[0], grow(text, tokens, inside[0], inside[-1], limit=6)
        while last + 1 < len(tokens) and last - first < 5 and _first_name_beside(text, tokens[last], tokens[last + 1]):
            last += 1
        while first > 0 and last - first < 5 and _first_name_beside(text, tokens[first], tokens[first - 1]):
            first -= 1
        if first > 0 and _by_line(text, tokens[first - 1], tokens[first], tokens[last]):
            first -= 1
        while first > 0 and last - first < 5 and _unknown_word_before(text, tokens[first - 1], tokens[first]):
            first -= 1
        span.start, span.end = min(span.start, tokens[first].start), max(span.end, tokens[last].end)
    return spans


def _by_line(text: str, word: Word, name: Word, last: Word) -> bool:
    """A line holding only a capitalised word and the name after it (« Iurre Bidegain » as a by-line): the word,
    when it is no common word, public word or place, is the name's first word."""
    line_start = text.rfind("\n", 0, word.start) + 1
    line_end = text.find("\n", last.end)
    return (
        not text[line_start : word.start].strip()
        and not text[last.end : len(text) if line_end < 0 else line_end].strip()
        and only_spaces_between(text, word, name)
        and word.is_capitalised
        and is_name_word(word)
        and word.text.lower() not in COMMON_WORDS
        and not is_place(word.text)
        and not overlaps_protected(text, word.start, word.end)
    )


def _unknown_word_before(text: str, word: Word, name: Word) -> bool:
    """A capitalised word glued before a name that no list knows, neither a common word, a place nor a public word,
    is the name's first word (« le ministre Pap Ndiaye »: a first name the lexicon lacks); not when it opens a
    sentence, where a verb is capitalised too (« Appelez Lucie Bernard »); after a comma it may."""
    before = text[: word.start].rstrip(" \t\u00a0")
    return (
        bool(before)
        and (before[-1] == "," or before[-1] not in _CLAUSE_START)
        and only_spaces_between(text, word, name)
        and word.is_capitalised
        and is_name_word(word)
        and fold(word.text) not in _FOLDED_COMMON
        and not is_place(word.text)
        and not is_territory(word.text)
        and not overlaps_protected(text, word.start, word.end)
    )


def _first_name_beside(text: str, word: Word, other: Word) -> bool:
    """`other`, next to `word` with only spaces between, is a known first name that is not also a common word."""
    left, right = sorted((word, other), key=lambda w: w.start)
    return (
        only_spaces_between(text, left, right)
        and is_first_name_word(other)
        and not is_ambiguous_first_name(other.text)
        and not overlaps_protected(text, other.start, other.end)
    )


def repeated_names(text: str, spans: list[Span], known: list[str]) -> list[Span]:
    """Every other occurrence of a word of a detected or known name is masked too ("Dupont" after "Marie Dupont"),
    in lower case too unless it is a common word (« Marie Petit » does not mask « un petit retard ») or the name
    was written in lower case."""
    vocabulary: dict[str, bool] = {}
    for name in [text[s.start : s.end] for s in spans if s.label == "PERSONNE"] + known:
        for word in re.findall(rf"[{LETTER}'’\-]+", name):
            folded = fold(word)
            if len(word) >= 3 and folded not in _FOLDED_FUNCTION_WORDS and word.lower() not in NOT_NAMES:
                vocabulary[folded] = vocabulary.get(folded, False) or word[0].islower()
    if not vocabulary:
        return []
    found = []
    tokens = words(text)
    for index, word in enumerate(tokens):
        lower_ok = vocabulary.get(fold(word.text))
        if lower_ok is None or overlaps_protected(text, word.start, word.end):
            continue
        if (
            word.is_lower
            and not lower_ok
            and not _beside_another(text, tokens, index, vocabulary)
            and (word.text.lower() in COMMON_WORDS or word.text.lower() in FUNCTION_WORDS)
        ):
            continue  # « un petit retard » after « Marie Petit »; « karen, 06… » after « Karen » is her
        if not any(s.start < word.end and word.start < s.end for s in spans):
            found.append(Span("PERSONNE", word.start, word.end, 0.7))
    return found


def _beside_another(text: str, tokens: tuple[Word, ...], index: int, vocabulary: dict[str, bool]) -> bool:
    """« nath lefort » after « Nath LEFORT »: two words of known names side by side, whatever their case."""
    neighbours = [tokens[i] for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
    return any(
        fold(other.text) in vocabulary
        and only_spaces_between(text, *sorted((other, tokens[index]), key=lambda w: w.start))
        for other in neighbours
    )


def known_values(text: str, spans: list[Span], known: list[tuple[str, str]]) -> list[Span]:
    """Values of the conversation's vault written again (an agent's instruction quoting a reference)."""
    found: list[Span] = []
    for label, value in known:
        if label == "PERSONNE" or len(value) < 4:
            continue
        for match in re.finditer(re.escape(value), text, re.IGNORECASE):
            if not any(s.start < match.end() and match.start() < s.end for s in spans + found):
                found.append(Span(label, match.start(), match.end(), 0.9))
    return found


_FOLDED_FUNCTION_WORDS = frozenset(fold(word) for word in FUNCTION_WORDS)
_FOLDED_COMMON = frozenset(fold(word) for word in COMMON_WORDS) | _FOLDED_FUNCTION_WORDS
