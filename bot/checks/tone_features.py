"""Blame, irony and condescension by features rather than phrasings: each sentence of the folded draft is scored
on what its words do (cast doubt on the citizen's word, reproach them in the past, insist, talk down, praise with
irony) and flagged when one strong feature, or two weaker ones of different kinds, are there. The service's
self-criticism (« nous aurions dû »), apologies, thanks and rules stated plainly carry at most one weak feature."""

from __future__ import annotations

import re

from bot.checks.french import fold

_YOU = r"(?:vous|votre|vos)"

_STRONG = re.compile(
    "|".join(
        (
            # doubt cast on the citizen's word
            r"\bpretend(?:ez|iez|u|ue|us|ues|re)\b|\bsoi-?disant\b|\bselon\s+vous\b|\ba\s+vous\s+(?:lire|entendre|croire)\b"
            r"|\bvous\s+dites\s+avoir\b|\b(?:votre|vos)\s+(?:[a-z'-]+\s+)?«",  # « votre « urgence » »
            # what the citizen should have done, in the past or the conditional
            r"\bvous\s+aurai(?:t|ent)\s+(?:(?:sans\s+doute|certainement|surement|pourtant|probablement)\s+)?"
            r"(?:appris|permis|evite|epargne|montre|indique|suffi|renseigne|informe)\b"
            r"|\baurai(?:t|ent)\s+(?:(?:sans\s+doute|certainement|surement|pourtant|probablement)\s+)?"
            r"(?:permis|suffi)\s+(?:d'|de\s)?(?:eviter|vous|epargner)"
            r"|\b(?:auriez|aviez)-vous\s+(?:(?:pu|du|gagne|eu|interet)|[a-z]+e)\b"
            r"|\bil\s+(?:etait|est)\s+de\s+votre\s+(?:devoir|ressort|responsabilite|interet)\b"
            r"|\bvous\s+(?:avez|aviez)\s+(?:(?:bien|beaucoup|trop|longtemps)\s+)?tarde\b"
            r"|\b(?:il\s+est\s+)?(?:dommage|regrettable|facheux)\s+que\s+vous\s+n'ayez\s+pas\s+"
            r"(?!(?:ete|recu|eu|pu|obtenu|percu|beneficie)\b)"
            # sarcasm, irony, exaggerated praise
            r"|\bdaign|\bnous\s+ne\s+manquerons\s+pas\s+de\b[^.;!?]{0,80}\b(?:des\s+que|quand|lorsque)\s+vous\b"
            r"|\b(?:felicitations|bravo|chapeau)\s+pour\s+(?:votre|vos|cette|ce)\s+"
            r"(?!(?:naissance|mariage|reussite|diplome|nouvel|nouveau|nouvelle|projet)\b)"
            r"|\b(?:patience|perseverance|tenacite|insistance|assiduite|constance)\s+"
            r"(?:exemplaire|admirable|remarquable|legendaire|infinie|a\s+toute\s+epreuve|sans\s+faille)\b"
            r"|\bpresque\s+un\s+record\b|\bun\s+(?:vrai|veritable)\s+record\b"
            r"|\bvu\s+le\s+nombre\s+de\s+(?:relances|messages|appels|courriers|courriels|reclamations)\b"
            r"|\bn'(?:est|etait)\s+(?:visiblement\s+|manifestement\s+|sans\s+doute\s+)?pas\s+votre\s+"
            r"(?:qualite|vertu|fort|point\s+fort)"
            # talking down
            r"|\b(?:les|aux|des)\s+(?:personnes|usagers|gens|publics?)\s+(?:[a-z]+\s+)?(?:peu|pas|moins)\s+"
            r"(?:a\s+l'aise|habitue|familier|doue|habile|degourdi)"
            r"|\bles\s+moins\s+(?:habiles|doues|degourdis|attentifs|aguerris|a\s+l'aise)\b"
            r"|\b(?:puisse|puissent|peut|peuvent)\s+(?:vous\s+)?(?:representer|constituer|demander|etre)\s+un\s+"
            r"(?:effort|exploit|defi|epreuve)\b"
            r"|\bsans\s+(?:se|vous)\s+plaindre\b|\bpatientent\s+sans\b"
            r"|\bce\s+que\s+(?:beaucoup|nombre|la\s+plupart|bien)\s+(?:de|des)\s+[a-z]+\s+(?:oublient|ignorent|negligent"
            r"|omettent|confondent)\b"
            r"|\bpas\s+(?:toujours\s+)?aussi\s+(?:aimables?|polie?s?|courtois(?:e|es)?)\s+qu"
            r"|\bcomme\s+(?:[a-z']+\s+){0,3}?(?:indique|precise|explique|dit|ecrit|rappele|mentionne)e?s?\s+"
            r"(?:deja|a\s+plusieurs\s+reprises|maintes\s+fois|plusieurs\s+fois|a\s+de\s+nombreuses\s+reprises)\b"
            r"|\bfaut-il\s+(?:vraiment\s+|encore\s+|donc\s+)?(?:preciser|rappeler|redire|repeter|expliquer|dire)\b"
            r"|\bvous\s+n'(?:etes|etiez)\s+(?:(?:sans\s+doute|certainement|surement|probablement)\s+)?pas\s+sans\s+"
            r"(?:savoir|ignorer)\b"
        )
    )
)
"""One of these alone is blame or irony."""

_INSIST = re.compile(
    r"\b(?:pourtant|clairement|evidemment|bien\s+entendu|rappelons|nous\s+vous\s+rappelons|vraiment|toujours"
    r"|deja|encore\s+une\s+fois|a\s+plusieurs\s+reprises|maintes\s+fois|comme\s+indique|comme\s+precise"
    r"|comme\s+explique|a\s+l'avenir|la\s+prochaine\s+fois|entierement|uniquement|enfin|infiniment|simplement"
    r"|il\s+suffit|il\s+suffisait|vous\s+comprendrez|comme\s+tout\s+le\s+monde|comme\s+les\s+autres"
    r"|comme\s+chacun|noir\s+sur\s+blanc|attentivement)\b"
)
"""Insistence and condescension markers: weak alone (« nous vous rappelons volontiers que vous pouvez »)."""
_FAULT = re.compile(
    r"\bvous\s+(?:n'(?:avez|aviez)\s+pas\s+(?!(?:ete|recu|eu|pu|obtenu|percu|beneficie|encore\s+recu|besoin|tort)\b)"
    r"|devez|deviez|etes\s+tenue?s?|avez\s+oublie|aviez\s+oublie)"
    r"|\bce\s+que\s+vous\s+n'|\bvous\s+n'ayez\s+pas\s+(?!(?:ete|recu|eu|pu|obtenu|percu|beneficie)\b)"
    r"|\b(?:ce|cet|cette)\s+(?:genre|type|sorte)\s+de\s+(?:probleme|desagrement|situation|difficulte|erreur|retard)"
    r"|\b(?:lire|relire|consulter|verifier|ouvrir)\s+(?:(?:attentivement|regulierement|correctement)\s+)?"
    r"(?:les|la|le|nos|vos|votre|l')\s*(?:consignes|notice|courriers?|instructions|messages?|messagerie|boite"
    r"|convocation|documents?|guide)"
    r"|\b(?:dernier|derniere)\s+(?:jour|moment|minute)\b|\bprendre\s+un\s+risque\b"
    r"|\bil\s+(?:vous\s+)?manque\b|\bpieces\s+manquantes\b|\bincomplet\b"
    r"|\b(?:notice|guide|formulaire|courrier|site|page|convocation|fiche)\s+(?:(?!pas\b)[a-z'-]+\s+){0,3}?"
    r"(?:tres\s+|parfaitement\s+|pourtant\s+)?(?:complete?|detaillee?|claire?|explicite|limpide)\b"
    r"|\b(?:tout|tous|toutes)\s+(?:etait|etaient)\s+(?:pourtant\s+)?(?:ecrit|indique|precise|explique)"
    r"|\bvous\s+n'(?:etes|etiez)\s+pas\s+(?:le|la)\s+seule?\b|\bcelles?\s+des\s+autres\b"
    r"|\b(?:usagers|personnes|gens)\s+qui\s+ne\s+(?:sont|savent|lisent)\b"
)
"""A fault or failing of the citizen, or a rule turned against them: weak alone (a rule stated plainly)."""

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_RHETORICAL = re.compile(r"\?\s*$")


def _scored(sentence: str) -> bool:
    if _STRONG.search(sentence):
        return True
    insist = bool(_INSIST.search(sentence))
    fault = bool(_FAULT.search(sentence))
    about_you = bool(re.search(rf"\b{_YOU}\b", sentence))
    if insist and fault:
        return True
    # a rhetorical question that reproaches, an exclamation that mocks
    marked = bool(_RHETORICAL.search(sentence)) or sentence.rstrip().endswith("!")
    return marked and about_you and (insist or fault) and not sentence.lstrip().startswith(("n'hesitez", "merci"))


def feature_spans(draft: str) -> list[tuple[int, int]]:
    """Spans of the sentences of `draft` whose features add up to blame, irony or condescension."""
    folded = fold(draft)
    spans = []
    for match in _SENTENCE.finditer(folded):
        text = match.group()
        if _scored(text):
            start = match.start() + len(text) - len(text.lstrip())
            spans.append((start, match.start() + len(text.rstrip())))
    return spans
