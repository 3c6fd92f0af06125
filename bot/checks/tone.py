"""Soft check: blame or irony towards the citizen. Matched on folded text (lower case, no accents), grouped by what
the wording does to the reader; the service blaming itself (« nous aurions dû ») and rules stated plainly
(« il faut fournir », « il suffit de vous connecter ») are not blame."""

from __future__ import annotations

import re

from bot.checks.blame_model import learned_spans
from bot.checks.french import clauses, fold
from bot.checks.tone_features import feature_spans

_NOT_US = (
    r"(?!\s*(?:(?:bien\s+sur|evidemment|naturellement|bien|donc|alors|certainement)\s+)?(?:vous|lui|leur|que\s+nous"
    r"|notre\s+part|notre\s+cote)\b)"
)
"""After « il fallait »: « il fallait venir », « il fallait nous prévenir » blame the citizen; « il fallait (bien
sûr) vous prévenir », « il aurait fallu que nous » blame the service."""
_EASY = (
    r"(?:clair|claire|clairement|simple|simplement|facile|evident|indique|ecrit|explique|precise|mentionne|affiche"
    r"|informee?s?|prevenue?s?|avertie?s?|rappele)"
)

_CLEARLY = r"(?:clairement|explicitement|en\s+toutes\s+lettres|noir\s+sur\s+blanc)"
_SAID = r"(?:indique|precise|ecrit|explique|mentionne|affiche|stipule|rappele|dit|souligne|signale)e?s?"
_SAYER = (
    r"(?:cela\s+est|c'est|c'etait|il\s+est|il\s+etait|nous\s+l'(?:indiquons|avons|avions|ecrivons|precisons)"
    r"|nous\s+vous\s+l'(?:avons|avions)|on\s+vous\s+l'a|l'(?:indique|explique|ecrit|affiche|mentionne))"
)
"""« Comme [c'est | nous l'avons | l'indique] [pourtant très] clairement [indiqué] »: not « comme le prévoit
explicitement la loi »."""

_COUNTERFACTUAL = (
    # what the citizen should have done
    r"\bvous\s+(?:auriez|aviez)\s+(?:(?:pourtant|bien|simplement|tout simplement)\s+)?(?:du|pu|mieux fait)\b"
    r"(?!\s+(?:recevoir|obtenir|percevoir|beneficier|avoir|etre|en\s+etre))"  # « vous auriez dû être prévenu »
    rf"|\bil\s+(?:vous\s+)?(?:aurait\s+fallu|fallait|suffisait|aurait\s+suffi|eut\s+fallu){_NOT_US}"
    r"|\bencore\s+(?:eut|aurait)-il\s+fallu\b|\bvous\s+n'aviez\s+qu'a\b|\bil\s+ne\s+tenait\s+qu'a\s+vous\b"
    r"|\bsi\s+vous\s+aviez\s+(?:(?:bien|correctement|attentivement|simplement|seulement)\s+)?"
    r"(?:lu|consulte|pris|suivi|respecte|regarde|verifie|envoye|fourni|rempli|fait attention|tenu compte|anticipe)"
    r"|\bla\s+solution\s+etait\s+(?:pourtant\s+|pourtant\s+bien\s+|bien\s+|tres\s+)?simple\b"
    r"|\bvous\s+pouviez\s+(?:tres bien|parfaitement|tout a fait|aussi bien)\b|\brien\s+ne\s+vous\s+empechait\b"
    r"|\bvous\s+auriez\s+(?:gagne|evite|economise|vu|su|compris|remarque|constate|lu)\b|\baurai(?:t|ent)\s+suffi\b"
    r"|\bvous\s+aurai(?:t|ent)\s+(?:evite|epargne)\b"
    rf"|\bil\s+(?:aurait|eut)\s+ete\s+(?:(?:bien|beaucoup)\s+)?"
    rf"(?:plus\s+)?(?:simple|rapide|preferable|judicieux|sage|facile|utile|opportun|prudent|avise)"
    rf"\s+(?:pour\s+vous\s+)?de{_NOT_US}"
    r"|\b(?:auriez|aviez)-vous\s+(?:du|pu)\b"  # « peut-être auriez-vous dû »
)
_RESPONSIBILITY = (
    # the fault put on the citizen, or taken off the service
    r"\b(?:responsabilite|faute|tort)\b(?:\s+[a-z'-]+){0,6}?\s+vous\s+(?:incombe|revient|appartient)\b"
    r"|\bc'est\s+a\s+vous\s+qu'il\s+(?:revenait|appartenait|incombait)\b"
    r"|\b(?:n'est|n'etait|ne\s+releve)\s+pas\s+de\s+notre\s+(?:ressort|responsabilite|fait|faute)\b"
    r"|\bvous\s+(?:etes|etiez)\s+censee?s?\s+(?:connaitre|savoir|avoir\s+lu|lire|etre\s+au\s+courant)\b"
    r"|\b(?:votre|cette)\s+(?:reclamation|plainte|remarque|critique|demande)\s+(?:est\s+)?(?:totalement\s+|donc\s+)?"
    r"(?:sans\s+fondement|infondee|injustifiee)\b|\bsans\s+fondement\b"
    r"|\bil\s+vous\s+(?:appartenait|incombait|revenait)\b|\bc'etait\s+a\s+vous\s+de\b|\bvous\s+etiez\s+tenue?s?\s+de\b"
    r"|(?<!si )(?<!que )\bvous\s+deviez\b"
    r"|\b(?:relevait|releve|est|etait)\s+de\s+votre\s+(?:seule\s+|entiere\s+)?responsabilite\b"
    r"|\b(?:votre|vos)\s+(?:propres?\s+)?"
    r"(?:erreurs?|negligences?|fautes?|oublis?|inattention|imprudence|retard|manque\s+d(?:e\s|'))"
    r"|\b(?:erreur|oubli|negligence|omission|faute|manque de vigilance)\s+de\s+votre\s+part\b|\bpar\s+votre\s+faute\b"
    r"|\bvous\s+(?:avez|aviez)\s+(?:manifestement\s+|visiblement\s+)?(?:omis|neglige)\b"
    r"|\bvous\s+(?:etes|etiez)\s+seule?s?\s+responsables?\b|\bvous\s+etiez\s+responsables?\b"
    r"|\bimputable\s+a\s+(?:vous|votre)\b"
)
_CONTRADICTION = (
    # the citizen's word put in doubt
    r"\bcontrairement\s+a\s+(?:ce\s+que\s+vous\s+[a-z]+|vos\s+(?:dires|affirmations|propos|allegations|pretentions))"
    r"|\bvous\s+pretendez\b|\bvous\s+affirmez\s+a\s+tort\b|\bquoi\s+que\s+vous\s+en\s+(?:pensiez|disiez)\b"
    r"|\bvous\s+semblez\s+(?:ignorer|oublier|confondre|croire|penser|ne\s+pas)\b"
    r"|\bvous\s+vous\s+(?:etes|etiez)\s+(?:visiblement\s+|manifestement\s+)?(?:trompee?s?|meprise?s?)\b"
    r"|\bvous\s+(?:faites|avez\s+fait)\s+erreur\b|\bvous\s+vous\s+trompez\b"
    r"|\bvous\s+n'etes\s+pas\s+sans\s+savoir\b"
    r"|\bnul\s+n'est\s+cense\s+ignorer\b|\bvous\s+n'(?:etes|etiez)\s+pas\s+sans\s+ignorer\b"
    r"|\bfaute\s+d'avoir\s+(?:lu|consulte|respecte|suivi|pris\s+la\s+peine|verifie)\b"
    r"|\bvous\s+n'(?:avez|aviez)\s+(?:(?:manifestement|visiblement|sans doute|apparemment|meme|probablement)\s+)?"
    r"pas\s+(?:pris la peine|lu|su|compris|respecte|suivi|fait attention|verifie|consulte|tenu compte|ete attenti)"
    r"|\bvous\s+n'ayez\s+(?:meme\s+)?pas\s+(?:pris la peine|lu|fait attention|tenu compte)"
)
_IRONY = (
    # what was « clearly » said, « simple », « obvious »
    rf"\bcomme\s+(?:{_SAYER}\s+)?(?:{_SAID}\s+)?(?:(?:pourtant|deja|tres|bien|parfaitement|si)\s+)*{_CLEARLY}"
    r"(?!\s+(?:[a-z]+\s+)?(?:dans|par)\s+(?:votre|vos)\b)"  # « comme indiqué clairement dans votre message »
    rf"|\bpourtant\s+(?:ete\s+)?(?:(?:tres|bien|si|assez|parfaitement|dument)\s+)?{_EASY}\b|\b{_EASY}s?\s+pourtant\b"
    r"|\bce\s+n'(?:est|etait)\s+(?:pourtant\s+)?pas\s+(?:si\s+|bien\s+|tres\s+)?"
    r"(?:complique|difficile|sorcier|la\s+mer\s+a\s+boire)"
    r"|\bil\s+(?:est|etait)\s+(?:pourtant\s+)?(?:evident|simple|facile)\s+de\b"
    r"|\bcomme\s+(?:nous\s+vous\s+l'avons|on\s+vous\s+l'a|il\s+vous\s+a\s+ete)\s+"
    r"(?:deja|a\s+plusieurs\s+reprises|maintes\s+fois|plusieurs\s+fois)\b"
    r"|\b(?:pour\s+la|une)\s+(?:enieme|nieme|dixieme|centieme)\s+fois\b"
    r"|\b(?:nul|pas)\s+besoin\s+d'etre\s+(?:un\s+)?(?:expert|specialiste|grand\s+clerc|ingenieur|juriste|genie)\b"
    rf"|\b(?:est|etait|sont|etaient)\s+(?:(?:pourtant|tres|bien|parfaitement)\s+)*{_CLEARLY}\s+{_SAID}"
    r"|\bcomme\s+(?:[a-z']+\s+){0,4}?(?:deja|a\s+(?:de\s+nombreuses|plusieurs|maintes)\s+reprises|maintes\s+fois"
    r"|plusieurs\s+fois)\s+(?:dit|explique|indique|ecrit|repete|precise|rappele|mentionne|signale)\b"
    r"|\bplus\s+attentivement\b|\bavec\s+plus\s+d'attention\b"
    r"|\bne\s+(?:pouvons|pouvions|pourrons|sommes|peut)\s+pas\s+(?:[a-z']+\s+){0,4}?a\s+votre\s+place\b"
    # sarcasm markers
    r"|\bcomme\s+(?:tout\s+le\s+monde|chacun)\s+(?:le\s+)?sait\b|\bcomme\s+vous\s+(?:devriez|devez)\s+le\s+savoir\b"
    r"|\b(?:(?:bien\s+)?evidemment|bien\s+sur|naturellement|a\s+l'evidence|de\s+toute\s+evidence),?\s+"
    r"(?:[a-z']+\s+){0,4}?(?:il\s+fallait|il\s+faut|il\s+aurait|vous\s+deviez|vous\s+devez|vous\s+auriez|vous\s+aviez"
    r"|vous\s+n'avez|vous\s+ne\s+pouviez|il\s+suffisait|c'etait|ce\s+n'est|devai(?:t|ent)"
    r"|etai(?:t|ent)\s+(?:obligatoires?|indispensables?|necessaires?|requise?s?|indiquee?s?|precisee?s?|ecrite?s?))\b"
    r"|\bcomme\s+par\s+hasard\b|\bquelle\s+surprise\b|\bbravo,?\s+vous\b"
    r"|\ba\s+l'evidence\b|\bde\s+toute\s+evidence\b"
    r"|\bbravo\s+pour\b|\bpatience\s+legendaire\b|\bla\s+moindre\s+des\s+choses\b|\ben\s+(?:toute\s+)?logique\s+vous\b"
    r"|\bnous\s+ne\s+(?:pouvons|pouvions)\s+(?:que\s+)?(?:pas\s+)?(?:deviner|lire\s+dans\s+vos\s+pensees)"
    r"|\bnous\s+ne\s+sommes\s+pas\s+(?:des\s+)?devins\b"
    r"|\bvous\s+comprendrez\s+(?:aisement|facilement|sans\s+peine|sans\s+mal)\b"
    r"|\b(?:faut-il|est-il\s+(?:besoin|necessaire)\s+de)\s+(?:vous\s+)?rappeler\b"
    r"|\bn'(?:est|etait)\s+(?:visiblement\s+|manifestement\s+)?pas\s+votre\s+(?:fort|point\s+fort)\b"
    r"|\bavec\s+un\s+(?:peu|minimum)\s+(?:plus\s+)?d'(?:attention|anticipation|organisation|rigueur)\b"
    r"|\bun\s+minimum\s+d'(?:attention|anticipation|organisation|rigueur)\b"
    r"|\b(?:merci\s+de|veuillez|pensez\s+a|nous\s+vous\s+invitons\s+a|nous\s+vous\s+demandons\s+de"
    r"|nous\s+vous\s+saurions\s+gre\s+de)\s+"
    r"(?:[a-z'-]+\s+){0,6}?a\s+l'avenir\b"
    # next time, do as you should have: « la prochaine fois, pensez à vérifier »
    r"|\b(?:a\s+l'avenir|la\s+prochaine\s+fois|dorenavant),?\s+(?:merci|veuillez|pensez|nous\s+vous\s+invitons"
    r"|il\s+(?:vous\s+)?faudra|vous\s+devrez|prenez|verifiez|lisez|consultez|evitez|soyez)\b"
    r"|\bce\s+n'est\s+pas\s+(?:a\s+nous|notre\s+role|a\s+l'administration|a\s+nos\s+services)\s+de\b"
    r"|\b(?:chacun|tout\s+le\s+monde)\s+sait\s+(?:bien\s+)?que\b"
    r"|\bnous\s+sommes\s+(?:surpris|etonnes|surprise?s?)\s+que\s+vous\b|\bnous\s+nous\s+etonn[a-z]*\s+que\s+vous\b"
    # a finding against the citizen, stated formally
    r"|\bforce\s+est\s+de\s+constater\s+que\b(?=[^.;:]{0,90}\b(?:vous|votre|vos)\b)"
    r"|\b(?:jamais|pas)\s+(?:encore\s+)?ete\s+[a-z]+\s+par\s+vos\s+soins\b"
    r"|\b(?:votre|vos)\s+(?:courriers?|messages?|formulaires?|demandes?|declarations?)\b[^.;:]{0,40}?"
    r"\b(?:confus|confuse|illisibles?|incomprehensibles?|incoherente?s?|mal\s+redigee?s?|approximati(?:f|ve)s?)\b"
    r"|\btenue?s?\s+(?:pour\s+)?responsables?\s+de\s+(?:votre|vos)\b"
    r"|\b(?:exclusivement|uniquement|entierement|seulement)\s+(?:du|de\s+la|de\s+l'|des|de)\s+(?:[a-z'-]+\s+){0,3}?"
    r"(?:votre|vos)\b"
    r"|\b(?:regrettons|deplorons)\s+(?:le\s+ton|la\s+teneur|les\s+termes)\s+de\s+votre\b"
    r"|\b(?:le\s+ton|la\s+teneur|les\s+termes)\s+de\s+votre\s+(?:message|courrier|avis)\b[^.;:]{0,40}"
    r"\b(?:inacceptables?|pas\s+acceptables?|deplacee?s?|inappropriee?s?|excessi(?:f|ve)s?|agressi(?:f|ve)s?)\b"
    r"|\bvous\s+ne\s+lisez\s+pas\b"
    r"|\bencore\s+faut-il\b"
    r"|\bsans\s+vouloir\s+vous\s+(?:offenser|vexer|froisser|blesser)\b"
    r"|\ba\s+la\s+portee\s+de\s+(?:tous|tout\s+le\s+monde)\b"
    r"|\bvous\s+(?:etes|etiez|savez|saviez|connaissez|connaissiez)\s+pourtant\b"
    r"|\b(?:cru|juge)\s+(?:bon|utile|necessaire)\s+de\b|\bvous\s+(?:admettrez|conviendrez)\b"
    r"|\bnous\s+ne\s+sommes\s+pas\s+(?:la|ici)\s+pour\b"
    r"|\bil\s+faudrait\s+(?:quand|tout\s+de)\s+meme\b|\bvous\s+pourriez\s+(?:quand|tout\s+de)\s+meme\b"
)
BLAME = re.compile("|".join((_COUNTERFACTUAL, _RESPONSIBILITY, _CONTRADICTION, _IRONY)))


_WORD_START = re.compile(r"(?<![a-z-])[a-z]")  # « s'il aurait fallu » starts at « il »


_FAILURE = re.compile(
    r"\bvous\s+(?:n'(?:avez|aviez|etes|etiez)\s+(?:(?:meme|toujours|encore|jamais|visiblement|manifestement"
    r"|apparemment)\s+)?(?:pas|jamais|toujours\s+pas)\b"
    # what happened to the citizen, or what they need not do, is no failing of theirs
    r"(?!\s+(?:ete|recu|eu|pu|obtenu|percu|beneficie|encore\s+recu|a\b|besoin|tort|de\s+souci|d'inquietude))"
    r"|ne\s+(?:lisez|respectez|consultez|suivez|savez|comprenez|verifiez)\b"
    r"|(?:avez|aviez)\s*(?:,\s*[a-z'-]+(?:\s+[a-z'-]+){0,2}\s*,)?\s*"  # « vous avez, semble-t-il, oublié »
    r"(?:(?:visiblement|manifestement|apparemment|encore|pourtant|de\s+nouveau)\s+)?"
    r"(?:mal(?!\s+ete)|oublie|ignore|confondu)\b)"
)
"""The citizen's own failing (« vous n'avez pas envoyé », « vous avez mal rempli »): a plain fact alone..."""
_REPROACHING = re.compile(
    r"\b(?:pourtant|visiblement|manifestement|apparemment|evidemment|clairement|tout\s+simplement|semble-t-il"
    r"|une\s+fois\s+de\s+plus|encore\s+une\s+fois|a\s+nouveau|toujours\s+pas|meme\s+pas|une\s+nouvelle\s+fois)\b"
)
"""...but blame with a word that reproaches (« vous n'avez visiblement pas », « une fois de plus, vous avez
oublié »)."""


def blame_spans(draft: str) -> list[tuple[int, int]]:
    """Spans of the draft that blame the citizen or speak to them with irony: the rules' (`rule_spans`), and the
    sentences the learned score finds (`blame_model`, where no rule fired)."""
    spans = rule_spans(draft)
    for span in learned_spans(draft):
        if not any(start < span[1] and span[0] < end for start, end in spans):
            spans.append(span)
    return sorted(spans)


def rule_spans(draft: str) -> list[tuple[int, int]]:
    """Spans found by the rules: the patterns above (tried at word starts only: every one starts with a word, and
    the long alternation is the slow part), and a failing of the citizen said with a reproaching word in the same
    clause; and sentences whose features add up (tone_features)."""
    folded = fold(draft)
    spans: list[tuple[int, int]] = []
    for start in _WORD_START.finditer(folded):
        if spans and start.start() < spans[-1][1]:
            continue
        match = BLAME.match(folded, start.start())
        if match:
            spans.append(match.span())
    for clause in clauses(draft):
        failing = _FAILURE.search(clause.text)
        if failing and _REPROACHING.search(clause.text):
            span = (clause.start + failing.start(), clause.start + failing.end())
            if not any(start < span[1] and span[0] < end for start, end in spans):
                spans.append(span)
    for span in feature_spans(draft):
        if not any(start < span[1] and span[0] < end for start, end in spans):
            spans.append(span)
    return sorted(spans)
