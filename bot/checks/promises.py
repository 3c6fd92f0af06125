"""Soft check: a commitment (an individual decision, a date, an amount, a deadline) that the agents' instructions do
not support. Clause by clause: a negated, hedged or past clause commits to nothing; a decision is a promise only
about the citizen; a commitment repeated from the instructions is supported, and a date or an amount the review
gives may be recalled (not promised)."""

from __future__ import annotations

import re

from bot.checks.findings import Finding, Kind, Severity, quoted
from bot.checks.french import (
    Clause,
    clauses,
    fold,
    is_conditional,
    is_future,
    is_modal,
    is_negated,
    is_past_only,
    parts,
    squash,
    with_digits,
)
from bot.checks.promise_patterns import (
    AMOUNT,
    CASE,
    CONFIRMED,
    DATE,
    DEADLINE,
    DECISION,
    ENGAGE,
    FAVOUR,
    MESSAGE,
    PLEDGE,
    RECEIVE,
    REFERENCE_DATE,
    SPARED,
    VERB_CLASSES,
)

_CONTENT = re.compile(r"\d+|[a-z]{4,}")
_GENERIC = frozenset({"votre", "vous", "nous", "dossier", "demande", "sera", "seront", "service", "dans", "avec"})
_ABOUT_CITIZEN = re.compile(r"\b(?:vous|votre|vos)\b")
_YOUR_CASE = re.compile(rf"\b(?:votre|vos)\s+(?:[a-z'-]+\s+){{0,2}}?{CASE.pattern}")
_YOU_BEFORE = re.compile(r"\bvous\s+(?:(?:en|y|le|la|les|l')\s*)?(?:[a-z]+\s+)?$")


_FRAME = re.compile(
    r"\b(?:nous|je)\s+vous\s+(?:informons|informe|rappelons|rappelle|precisons|precise|signalons|signale|indiquons"
    r"|indique|confirmons|confirme|remercions|remercie|prions|invitons|invite)\b"
)
"""« Nous vous informons que… »: addressed to the citizen, not about them (« …la réforme entrera en vigueur le »)."""


_MESSAGE_SUBJECT = re.compile(
    r"\b(?:la|le|l'|une?|cette|ce|cet)\s*(?:confirmation|courrier|courriel|reponse|accuse|convocation|notification"
    r"|sms|message|lettre|mail|attestation|recepisse|recapitulatif|lien|code)\b[^,;]{0,30}$"
)
"""Before a step verb: a message or a document of the procedure is its subject, not a decision on the case."""
_PURPOSE = re.compile(r"\b(?:pour|afin)\s+qu|\bdemande[a-z]*\s+(?:[a-z]+\s+){0,4}?qu")
"""« Nous avons relancé le service pour qu'il soit traité en priorité »: what was asked, not what is promised."""


def _about_citizen(clause: str) -> bool:
    clause = _FRAME.sub(" ", clause)
    return bool(_ABOUT_CITIZEN.search(clause) or CASE.search(clause))


def _verb_class(verb: str) -> str:
    """The class of the verb that starts `verb` (the rest of the clause follows: « pris en charge »)."""
    return next(name for name, stems in VERB_CLASSES if re.match(stems, verb))


def _a_rule(before: str, to_you: bool) -> bool:
    """A present or past passive that states how things go (« l'aide est versée le 5 », « la consultation vous est
    remboursée à 70 % »), not a decision on the citizen's case (« votre aide est accordée », « le dégrèvement
    sollicité vous est accordé »)."""
    return not (re.search(r"\b(?:votre|vos)\b", before) or (to_you and CASE.search(before)))


def _decision(match: re.Match[str], clause: str) -> bool:
    """A decision verb in a committing form is a promise when it is about the citizen (see promise_patterns)."""
    names = ("participle", "future", "infinitive", "done", "decided", "present", "present_one")
    group = next(name for name in names if match.group(name))
    kind = _verb_class(clause[match.start(group) :])
    before = clause[: match.start()]
    to_you = bool(_YOU_BEFORE.search(before[-30:])) or match.group("aux") == "serez"
    aux = match.group("aux") or ""
    if aux in {"est", "sont", "ete"} and _a_rule(before, to_you):
        return False
    if kind != "strong" and _MESSAGE_SUBJECT.search(before):
        return False  # « la confirmation vous parviendra », « une attestation vous sera délivrée »: steps
    if aux in {"est", "sont", "etes", "ete"} and kind != "strong":
        return False  # « une attestation vous est délivrée », « un accusé vous a été envoyé »: steps, not decisions
    if aux in {"soit", "soient"} and not is_future(clause):
        return False  # « nous ferons le nécessaire pour que votre aide soit rétablie », not « nous souhaitons que… »
    to_come = group in {"future", "infinitive"} or aux.startswith(("ser", "va", "vont", "all", "vais", "soi"))
    if group.startswith("present"):  # « nous vous accordons un délai », « on annule votre majoration »
        to_you = bool(match.group("present_to") or match.group("present_to_one"))
        return to_you or bool(_YOUR_CASE.search(clause[match.start() :]))
    if match.group("done"):  # « nous avons validé votre demande »; « nous avons ouvert votre dossier » is a step
        return kind == "strong" and bool(_YOUR_CASE.search(clause))
    if kind == "to_you":  # « nous vous rappellerons »; « il vous adressera un échéancier » is a step
        return to_you and not MESSAGE.match(clause, match.end())
    if kind == "weak":
        return to_you or bool(_YOUR_CASE.search(clause)) or (to_come and bool(CASE.search(clause)))
    return to_you or _about_citizen(clause)


def _shares_words(text: str, instructions: str) -> bool:
    """The instructions say the same thing: two content words (or numbers) of the text, by their first letters."""
    words = {word[:5] for word in _CONTENT.findall(text) if word not in _GENERIC}
    return len({word for word in words if word in instructions}) >= 2


def _stem_supported(verb: str, instructions: str) -> bool:
    """The instructions use the verb that starts `verb` (« confirme que le remboursement est accordé »)."""
    for _, stems in VERB_CLASSES:
        stem = re.match(stems, verb)
        if stem and re.search(rf"\b{re.escape(stem.group())}[a-z]", instructions):
            return True
    return False


def _commitments(clause: str) -> list[tuple[re.Match[str], str]]:
    """Decisions of the clause (matches of the folded clause), each with a word to say what it is."""
    found = [(m, "décision") for m in DECISION.finditer(clause) if _decision(m, clause)]
    found += [(m, "décision") for m in CONFIRMED.finditer(clause)]
    found += [(m, "décision") for m in RECEIVE.finditer(clause) if not MESSAGE.match(clause, m.end())]
    found += [(m, "engagement") for m in PLEDGE.finditer(clause)]
    if CASE.search(clause):
        found += [(m, "engagement") for m in ENGAGE.finditer(clause)]
    if _about_citizen(clause):
        asked = is_past_only(clause)
        found += [
            (m, "décision") for m in FAVOUR.finditer(clause) if not (asked and _PURPOSE.search(clause[: m.start()]))
        ]
    return found


def _decision_supported(match: re.Match[str], clause: str, said: str) -> bool:
    return (
        squash(match.group()) in said
        or _stem_supported(clause[match.start(match.lastindex or 0) :], said)
        or _shares_words(clause, said)
    )


def _supported(claim: str, source: str) -> bool:
    """The claim, or all its numbers, are in `source` (« 150 € » is supported by « les 150 euros prélevés »)."""
    if squash(claim) in source or with_digits(squash(claim)) in with_digits(source):
        return True  # « sous trente jours » is supported by « sous 30 jours »
    if re.search(r"\d", claim):
        numbers = set(re.findall(r"\d+", claim))
        return bool(numbers) and numbers <= set(re.findall(r"\d+", source))
    # a figure in words: « dans les dix jours » is supported by « sous 10 jours » or « sous dix jours »
    numbers = set(re.findall(r"\d+", with_digits(claim)))
    return bool(numbers) and numbers <= set(re.findall(r"\d+", with_digits(source)))


def _part_of(spans: list[tuple[int, int]], clause: str, at: int) -> str:
    return next(clause[start:end] for start, end in spans if start <= at <= end)


_Span = tuple[int, int, str]
"""A promise found: start and end in the draft, and what it is (« date », « décision »…)."""


def _span(clause: Clause, match: re.Match[str], what: str) -> _Span:
    return clause.start + match.start(), clause.start + match.end(), what


_VAGUE = re.compile(r"\b(?:prochain|prochaine|prochains|prochaines|quelques)\b")
"""A deadline without a figure (« dans les prochains jours »): only when the sentence is not one the instructions
support (« le remboursement a été validé ; il apparaîtra dans les prochains jours »)."""


def _not_a_date(draft: str, clause: Clause, match: re.Match[str]) -> bool:
    """« le rappel des mois suspendus »: folded « des » was « des », not « dès »."""
    at = clause.start + match.start()
    return draft[at : at + 3].lower() == "des"


_RESTATED = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?vous\s+(?:nous\s+)?(?:(?:ecriv|indiqu|di|signal|expliqu|rapport|precis|mentionn|relat"
    r"|decriv|racont|soulign|affirm|evoqu)[a-z]*|faites\s+part)\s+(?:que\b|qu'|avoir\b|etre\b)"
)
"""« Vous nous écrivez que votre consultation a été annulée »: the citizen's account restated, not a commitment."""


def _clause_findings(clause: Clause, known: str, said: str, draft: str, sentence: str) -> list[_Span]:
    """A condition hedges the whole clause; a negation, a modal or the past only their own part of it; a clause
    that restates the citizen's account commits to nothing. `sentence` is the folded sentence around the clause."""
    text = clause.text
    if _RESTATED.search(text):
        return []
    findings = [_span(clause, m, "décision") for m in SPARED.finditer(text) if not _shares_words(sentence, said)]
    if is_conditional(text):
        return findings
    part_spans = parts(text)

    def committing(part: str) -> bool:
        return not (is_negated(part) or is_modal(part))

    commitments = [(m, what) for m, what in _commitments(text) if committing(_part_of(part_spans, text, m.start()))]
    for match, what in commitments:
        if not _decision_supported(match, text, said):
            findings.append(_span(clause, match, what))
    if not _about_citizen(text):
        return findings  # a rule (« le RSA est de 635,71 € »), not something promised to this citizen
    source = said if commitments else known  # the review's own figures may be recalled, not promised
    for pattern, what in ((DATE, "date"), (DEADLINE, "délai"), (AMOUNT, "montant")):
        for match in pattern.finditer(text):
            part = _part_of(part_spans, text, match.start())
            if not committing(part) or is_past_only(part) or not (commitments or is_future(part)):
                continue
            if pattern is DATE and (REFERENCE_DATE.search(text[: match.start()]) or _not_a_date(draft, clause, match)):
                continue
            if pattern is DEADLINE and _VAGUE.search(match.group()) and _shares_words(sentence, said):
                continue
            if not _supported(match.group(), source):
                findings.append(_span(clause, match, what))
    return findings


_FORBIDS_PROMISES = re.compile(r"\b(?:promet|promesse|garanti|engag|annonce)")


def _what_instructions_say(instructions: str) -> str:
    """The folded instructions, without the clauses that forbid promising (« ne promets pas de remboursement »)."""
    kept = [c.text for c in clauses(instructions) if not (is_negated(c.text) and _FORBIDS_PROMISES.search(c.text))]
    return squash(" ".join(kept))


def promise_findings(draft: str, review: str, instructions: str) -> list[Finding]:
    """Commitments of the draft that neither the instructions nor (for stated facts) the review support."""
    said = _what_instructions_say(instructions)
    known = squash(review) + " " + said
    folded = fold(draft)
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(folded)]

    def sentence_of(clause: Clause) -> str:
        return next((folded[a:b] for a, b in sentences if a <= clause.start < b), clause.text)

    found = [_clause_findings(clause, known, said, draft, sentence_of(clause)) for clause in clauses(draft)]
    return [_finding(draft, spans) for spans in found if spans]


_SENTENCE = re.compile(r"[^.!?\n]+")

_LONGEST_QUOTE = 90


def _finding(draft: str, spans: list[_Span]) -> Finding:
    """One finding per clause: « sera versée » and « le 12 mars » are one promise, one line in the thread; the quote
    runs from the first to the last, unless that is long."""
    spans = sorted(spans)
    start = spans[0][0]
    end = max((e for _, e, _ in spans if e - start <= _LONGEST_QUOTE), default=spans[0][1])
    raw = draft[start:end]
    text = raw.strip()
    start += len(raw) - len(raw.lstrip())
    what = ", ".join(dict.fromkeys(what for _, _, what in spans))
    return Finding(
        Kind.PROMISE,
        Severity.SOFT,
        f"Promesse à vérifier ({what})\u202f: {quoted(text)} n'est pas dans les consignes.",
        start,
        start + len(text),
    )
