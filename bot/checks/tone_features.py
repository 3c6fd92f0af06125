"""Blame, irony and condescension by features rather than phrasings: each sentence of the folded draft is scored
on what its words do (cast doubt on the citizen's word, reproach them in the past, insist, talk down, praise with
irony). A sentence is flagged when one strong feature is there, or weaker ones (insistence, a lesson, a fault of
the citizen, each with its weight) of two kinds add up, or a weaker one comes in a rhetorical question or an
exclamation about the citizen. The service's self-criticism (« nous aurions dû »), apologies, thanks and rules
stated plainly weigh too little."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

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
            r"|\b(?:representer|constituer|etre|relever\s+d(?:e\s+|'))\s*(?:un|une|l')\s*(?:exploit|prouesse)\b"
            r"|\bsans\s+(?:se|vous)\s+plaindre\b|\bpatientent\s+sans\b"
            r"|\bce\s+que\s+(?:beaucoup|nombre|la\s+plupart|bien)\s+(?:de|des)\s+[a-z]+\s+(?:oublient|ignorent|negligent"
            r"|omettent|confondent)\b"
            r"|\bpas\s+(?:toujours\s+)?aussi\s+(?:aimables?|polie?s?|courtois(?:e|es)?)\s+qu"
            r"|\bcomme\s+(?:[a-z']+\s+){0,3}?(?:indique|precise|explique|dit|ecrit|rappele|mentionne)e?s?\s+"
            r"(?:deja|a\s+plusieurs\s+reprises|maintes\s+fois|plusieurs\s+fois|a\s+de\s+nombreuses\s+reprises)\b"
            r"|\bnous\s+doutons\b|\bvous\s+semblez\s+(?:considerer|croire|penser|estimer|imaginer|oublier|ignorer"
            r"|confondre|vouloir|attendre|exiger)\b"
            r"|\bnous\s+aurions\s+(?:aime|souhaite|apprecie|prefere)\s+que\s+vous\b"
            r"|\bsi\s+vous\s+aviez\s+(?:(?:bien|seulement|simplement|correctement|deja|tout\s+de\s+suite)\s+)?"
            r"(?!(?:besoin|des|une?|la|le|les|d'|l'|encore|toujours|droit|raison|tort)\b)[a-z]+(?:e|i|u|is|it|t)\b"
            r"|\bpour\s+qui\s+(?:voulait|veut|voudrait|prend|prenait|prendrait|se\s+donne|se\s+donnait)\b"
            r"|\b(?:dont|que)\s+vous\s+(?:etes|etiez)\s+(?:(?:seule?s?|pourtant|vous-meme)\s+)?(?:a\s+l'origine"
            r"|responsables?|la\s+cause)\b|\bvous\s+(?:etes|etiez)\s+(?:seule?s?\s+)?a\s+l'origine\b"
            r"|\b(?:ravie?s?|heureux|heureuses|contente?s?)\s+de\s+(?:constater|voir|apprendre)\s+que\s+vous\s+"
            r"(?:[a-z'-]+\s+){0,2}?(?:enfin|finalement)\b"
            r"|\bcomment\s+vous\s+(?:avez|aviez|auriez)\s+pu\b|\ba\s+croire\s+que\b|\bvotre\s+memoire\b"
            r"|\b(?:vos|votre|ces|ses)\s+(?:[a-z]+\s+)?(?:recriminations?|jeremiades?|lamentations?|elucubrations?"
            r"|gesticulations?|allegations?|pretentions?|recriminations?)\b"
            r"|\bvous\s+n'ignorez\s+(?:(?:certainement|surement|sans\s+doute|probablement|pourtant)\s+)?pas\b"
            r"|\bvous\s+(?:reconnaitrez|admettrez|conviendrez)\b"
            r"|\b(?:un\s+peu|beaucoup|bien)\s+plus\s+de\s+(?:patience|rigueur|attention|vigilance|soin|courtoisie"
            r"|politesse|calme|serieux|retenue|mesure)\b"
            r"|\bce\s+que\s+vous\s+n'(?:avez|aviez)\s+(?:pas|jamais)\s+fait\b"
            r"|\bque\s+vous\s+(?:affirmez|dites|assurez|declarez|soutenez|pensez|croyez)\s+(?:nous\s+)?avoir\b"
            r"|\bnous\s+vous\s+laissons\s+juge\b"
            r"|\b(?:votre|vos)\s+[a-z]+\s+(?:aurai(?:t|ent)\s+ete|serai(?:t|ent))\s+(?:bien\s+)?plus\s+(?:credibles?"
            r"|recevables?|convaincante?s?|lisibles?|complete?s?|serieuse?s?|utiles?)\b"
            r"|\bnous\s+ne\s+sommes\s+(?:en\s+rien|pas)\s+responsables?\b(?=[^.;]{0,60}\b(?:vous|votre|vos)\b)"
            r"|\bn'(?:est|etait)\s+(?:visiblement\s+|manifestement\s+|sans\s+doute\s+|apparemment\s+)?pas\s+"
            r"(?:une\s+(?:priorite|habitude|preoccupation)\s+pour\s+vous|votre\s+(?:priorite|habitude|preoccupation))\b"
            r"|\bsi\s+(?:chaque|tous\s+les|tout\s+le\s+monde|chacun)\b[^.;]{0,50}\bcomme\s+vous\b"
            r"|\b(?:dommage|regrettable|facheux|etonnant|surprenant|curieux)\s+que\s+vous\s+(?:ne\s+)?(?:nous\s+)?ayez\s+"
            r"(?:(?:pas|attendu|tarde|choisi|prefere|omis|oublie|neglige|ignore|cru|juge|decide)\b)"
            r"|\bque\s+ne\s+(?:nous\s+|l'|les\s+|le\s+|la\s+)?[a-z]+-vous\b"
            r"|\b(?:perplexes?|sceptiques?|dubitati(?:f|fs|ve|ves))\b(?=[^.;!?]{0,60}\b(?:vous|votre|vos)\b)"
            r"|\b(?:votre|vos)\s+(?:affirmations?|allegations?|version|declarations?|dires)\s+selon\s+laquelle\b"
            r"|\bvous\s+(?:etes|etiez)\s+(?:bien\s+)?(?:le|la)\s+seule?\s+(?:[a-z]+\s+)?a\s+(?:rencontrer|eprouver|vous\s+plaindre"
            r"|ne\s+pas|trouver|avoir\s+(?:du\s+mal|des\s+difficultes|un\s+probleme|un\s+souci))\b"
            r"|\b(?:cesser|arreter|cessez|arretez)\s+de\s+(?:nous\s+)?(?:harceler|inonder|submerger|insulter|menacer"
            r"|relancer|ecrire|appeler|solliciter)|\bharcel"
            r"|\bne\s+(?:nous\s+)?(?:semble|parait)\s+pas\s+(?:excessif|exagere|abusif|deraisonnable|trop)\b"
            r"|\bpas\s+trop\s+demander\b"
            r"|\benfin\s+(?:comprise?s?|lue?s?|entendue?s?|assimilee?s?)\b|\b(?:comprendrez|lirez)\s+enfin\b"
            r"|\benieme\b|\bencore\s+(?:faut|faudrait|fallait|aurait)-il\b"
            r"|\bdout(?:ons|er|ions)\s+(?:fortement\s+|serieusement\s+|un\s+peu\s+)?(?:que|de)\b"
            r"|\ben\s+dire\s+autant\b|\bce\s+n'est\s+pas\s+votre\s+cas\b"
            r"|\b(?:correctement|dument|bien|mieux)\s+(?:remplie?s?|completee?s?|renseignee?s?|redigee?s?|signee?s?)\b"
            r"[^.;]{0,30}\baurai(?:t|ent)\s+(?:evite|permis|suffi|epargne)"
            r"|\bcontrairement\s+a\s+ce\s+que\s+(?:votre|vos)\b"
            r"|\b(?:usagers|personnes|gens|allocataires|assures)\s+qui\s+n'ont\s+(?:meme\s+)?pas\s+(?:lu|pris\s+la\s+peine"
            r"|consulte|suivi|respecte|verifie)\b"
            r"|\b(?:ton|langage|attitude|comportement)\s+(?:un\s+peu\s+|bien\s+)?plus\s+(?:courtois|polie?|respectueux"
            r"|respectueuse|aimable|mesuree?|correcte?)\b"
            r"|\bsans\s+vouloir\s+vous\s+(?:contredire|contrarier|faire\s+la\s+lecon|donner\s+tort|accabler)"
            r"|\b(?:redige|rempli|ecrit|fait|envoye|prepare)e?s?\s+(?:a\s+la\s+hate|a\s+la\s+va-vite|sans\s+soin"
            r"|n'importe\s+comment)\b"
            r"|\bvous\s+(?:est|sont|etait|etaient)\s+(?:visiblement\s+|manifestement\s+|totalement\s+|completement\s+)?"
            r"(?:etrangere?s?|inconnue?s?)\b"
            r"|\bpeut-etre\s+(?:faudrait|faut|devriez|auriez)-(?:il|vous)\b"
            r"|\b(?:avons|ai|a|ont)\s+(?:bien\s+|beaucoup\s+)?ri\b|\bnous\s+a\s+(?:bien\s+|beaucoup\s+)?(?:amuses?"
            r"|fait\s+sourire|fait\s+rire)\b"
            r"|\b(?:devriez|auriez\s+du|etes\s+cense|etes\s+censee)\s+le\s+savoir\b"
            r"|\bfaut-il\s+(?:vraiment\s+|encore\s+|donc\s+)?(?:preciser|rappeler|redire|repeter|expliquer|dire)\b"
            r"|\bvous\s+n'(?:etes|etiez)\s+(?:(?:sans\s+doute|certainement|surement|probablement)\s+)?pas\s+sans\s+"
            r"(?:savoir|ignorer)\b",
        )
    )
)
"""One of these alone is blame or irony."""

_NOT_HAPPENED_TO = r"(?!(?:ete|recu|eu|pu|obtenu|percu|beneficie|encore\s+recu|besoin|tort|a\b|rien\s+a)\b)"
"""After « vous n'avez pas »: what happened to the citizen, or what they need not do, is no failing of theirs."""

_WEIGHTED = (
    # pointed insistence and repetition
    (
        "insist",
        1.0,
        r"\b(?:pourtant|clairement|evidemment|bien\s+entendu|reellement|encore\s+une\s+fois"
        r"|une\s+fois\s+(?:encore|de\s+plus)|une\s+nouvelle\s+fois|a\s+(?:plusieurs|dix|maintes|de\s+nombreuses)"
        r"\s+reprises|maintes\s+fois|\w+\s+fois\s+par\s+(?:jour|semaine|mois)|a\s+l'avenir|la\s+prochaine\s+fois"
        r"|noir\s+sur\s+blanc|attentivement|vous-memes?|infiniment|vous\s+comprendrez|manifestement|visiblement"
        r"|ce\s+qui\s+explique"
        r"|(?:assez|plutot|bien)\s+(?:curieux|etonnant|surprenant|etrange))\b",
    ),
    # mild insistence: common in plain replies, weighs only with something else
    (
        "insist",
        0.5,
        r"\b(?:vraiment|toujours|deja|comme\s+indique|comme\s+precise|comme\s+explique|entierement|uniquement"
        r"|directement|enfin|finalement|simplement|il\s+suffit|il\s+suffisait|desormais|curieux|etrange"
        r"|sans\s+(?:aucune\s+)?(?:difficulte|probleme|peine)|relire)\b",
    ),
    # « pour la troisième fois », « comme tout le monde »: the citizen set against the rule or the others
    (
        "insist",
        1.5,
        r"\bpour\s+la\s+[a-z]+ieme\s+fois\b|\bcomme\s+(?:tout\s+le\s+monde|les\s+autres|chacun"
        r"|n'importe\s+qu(?:el|elle|i))\b",
    ),
    # a lesson or a put-down
    (
        "lesson",
        1.0,
        # reminding, not calling back: « nous vous rappelons que », « vous rappeler, une nouvelle fois, que »
        r"\b(?:vous\s+rappel[a-z]*(?=\s*,|\s+que\b|\s+l'|\s+les\s+(?:regles|conditions|delais))|rappelons\s+que"
        r"|il\s+serait\s+(?:bon|sage|judicieux|utile|temps)\s+(?:de|que)|nous\s+vous\s+saurions\s+gre"
        r"|(?:nul|pas)\s+besoin\s+de|inutile\s+de\s+(?:nous|vous)|avant\s+de\s+(?:critiquer|nous\s+reprocher"
        r"|reprocher|vous\s+plaindre|nous\s+relancer|nous\s+ecrire|nous\s+accuser|mettre\s+en\s+cause)"
        r"|nous\s+ne\s+pouvons\s+que\s+(?:constater|regretter|deplorer|vous\s+rappeler)|deviner"
        r"|(?:il\s+)?n'appartient\s+pas\s+a\s+(?:nos|nous|l'administration|nos\s+services)"
        r"|(?:que|dont)\s+vous\s+(?:denoncez|nous\s+reprochez|reprochez|pretendez|critiquez|exigez)"
        r"|nous\s+(?:reprocher|accuser)|ne\s+change\s+rien|(?:conseillons|recommandons|invitons|engageons)"
        r"\s+(?:vivement|fortement|instamment)|rien\s+ne\s+sert\s+de|vous\s+voudrez\s+bien"
        r"|vous\s+auriez\s+(?:eu\s+)?(?:tout\s+)?(?:a\s+fait\s+)?interet\s+a|deja\s+(?:fourni|donne|explique|indique|communique|precise)e?s?)\b",
    ),
    # told to read what was sent: it was not read
    (
        "fault",
        1.0,
        r"\b(?:lire|relire|consulter|ouvrir)\s+(?:(?:attentivement|regulierement|correctement)\s+)?"
        r"(?:les|la|le|nos|vos|votre|l')\s*(?:consignes|notice|courriers?|courriels?|instructions|messages?|messagerie"
        r"|boite|convocation|documents?|guide|reponses?)\b",
    ),
    (
        "lesson",
        0.5,
        r"\b(?:sachez\s+que|nous\s+vous\s+(?:indiquons|precisons|repetons|redisons)\s+(?:que|a\s+nouveau|de\s+nouveau))\b",
    ),
    # a fault or failing of the citizen
    (
        "fault",
        1.0,
        rf"\bvous\s+(?:n'(?:avez|aviez)\s+pas\s+{_NOT_HAPPENED_TO}|deviez|etes\s+tenue?s?|(?:avez|aviez)\s+oublie"
        r"|omett\w*|(?:avez|aviez)\s+omis|neglig\w*|oubliez|tardez)"
        rf"|\bvous\s+n'ayez\s+pas\s+{_NOT_HAPPENED_TO}"
        r"|\bvous\s+(?:avez|aviez)\s+(?:prefere|choisi\s+de|decide\s+de|juge\s+(?:bon|preferable|inutile))"
        r"|\bprendre\s+(?:vos|votre)\s+[a-z]+(?:\s+[a-z]+)?\s+au\s+serieux\b"
        # a habit of failing: « vous ne consultez jamais », « vous ne répondiez jamais »
        r"|\bvous\s+ne\s+(?!(?:serez|aurez|devrez|pourrez|perdrez|etes|etiez|recevez|receviez)\b)[a-z]+(?:ez|iez)\s+jamais\b"
        r"|\b(?:ce|cet|cette)\s+(?:genre|type|sorte)\s+de\s+(?:probleme|desagrement|situation|difficulte|erreur|retard"
        r"|reclamation|plainte)"
        r"|\bprendre\s+un\s+risque\b|\bil\s+(?:vous\s+)?manque\s+(?:la\s+moitie|l'essentiel|la\s+plupart|beaucoup)"
        r"|\babsence\s+de\s+(?:la|votre|vos|toute)\s+(?:piece|justificatif|reponse|document)"
        r"|\b(?:notice|guide|formulaire|courrier|site|page|convocation|fiche)\s+(?:(?!pas\b)[a-z'-]+\s+){0,3}?"
        r"(?:tres\s+|parfaitement\s+|pourtant\s+)?(?:complete?|detaillee?|claire?|explicite|limpide)\b"
        r"|\b(?:tout|tous|toutes)\s+(?:etait|etaient)\s+(?:pourtant\s+)?(?:ecrit|indique|precise|explique)"
        r"|\bvous\s+n'(?:etes|etiez)\s+pas\s+(?:le|la)\s+seule?\b|\bcelles?\s+des\s+autres\b"
        r"|\b(?:usagers|personnes|gens)\s+qui\s+ne\s+(?:sont|savent|lisent)\b"
        r"|\b(?:resulte|decoule|provient|s'explique)\s+(?:[a-z]+\s+)?(?:de|par)\s+(?:votre|vos)\b"
        r"|\b(?:avant|devant|plus\s+prioritaire)\s+(?:toutes\s+les|tous\s+les|celles?\s+des|ceux\s+des)\s+autres\b"
        r"|\b(?:etaient|etait)\s+disponibles?\s+depuis\b"
        # others manage, the tool works: the failing is the citizen's
        r"|\b(?:les\s+autres|la\s+plupart\s+des|beaucoup\s+d')\s*(?:usagers|allocataires|assures|contribuables"
        r"|parents|gens|personnes|demandeurs|administres)\b"
        r"|\b(?:fonctionne|marche|fonctionnait|marchait)\s+(?:parfaitement|tres\s+bien|normalement|sans\s+probleme)\b"
        r"|\bsavoir\s+s'en\s+servir\b|\b(?:savoir|savent|sait|savons)\s+lire\b|\ben\s+majuscules\b|\b(?:dernier|derniere)\s+(?:jour|moment|minute)\b",
    ),
    # facts and rules of a plain reply, that weigh only with insistence or a lesson
    (
        "fault",
        0.5,
        r"\bvous\s+devez\b|\bil\s+(?:vous\s+)?manque\b|\bpieces\s+manquantes\b|\bincomplete?s?\b"
        r"|\b(?:votre|vos)\s+propres?\b|\bde\s+votre\s+(?:part|fait)\b"
        r"|\bvotre\s+(?:impatience|insistance|agacement|enervement|susceptibilite)\b"
        r"|\btrop\s+(?:complique|compliquee|difficile)\b",
    ),
)
_FEATURES = tuple((kind, weight, re.compile(pattern)) for kind, weight, pattern in _WEIGHTED)
"""Weaker features with their kind and weight: a sentence weighing 2 or more, from two kinds at least, is blame
(« vous n'avez évidemment pas à vous justifier, et vous n'avez visiblement pas tort » only insists)."""
THRESHOLD = 2.0
KINDS = ("insist", "lesson", "fault")

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_RHETORICAL = re.compile(r"\?\s*$")
_Span = tuple[int, int]


@dataclass
class Sentence:
    start: int
    end: int
    strong: list[_Span] = field(default_factory=list)
    found: dict[int, list[re.Match[str]]] = field(default_factory=dict)
    """The matches of each weaker feature (by its index in _FEATURES)."""


def _blaming(sentence: Sentence, text: str) -> list[_Span]:
    """Where the sentence's features that make it blame are, or nothing if they do not add up; `text` is the
    sentence's folded text. A weaker feature counts twice at most."""
    if sentence.strong:
        return sentence.strong[:1]
    weights = kind_weights(sentence)
    weight, kinds = sum(weights.values()), sum(value > 0 for value in weights.values())
    where = [match.span() for matches in sentence.found.values() for match in matches]
    if weight >= THRESHOLD and kinds >= 2:
        return where
    # a rhetorical question that reproaches, an exclamation that mocks
    if is_marked(text) and weight >= 1 and not text.lstrip().startswith(("n'hesitez", "merci")):
        return where
    return []


def kind_weights(sentence: Sentence) -> dict[str, float]:
    """What the sentence's weaker features weigh, by kind (each feature counted twice at most)."""
    weights = dict.fromkeys(KINDS, 0.0)
    for index, matches in sentence.found.items():
        kind, feature_weight, _ = _FEATURES[index]
        weights[kind] += feature_weight * min(len({match.group() for match in matches}), 2)
    return weights


def is_marked(text: str) -> bool:
    """A rhetorical question or an exclamation about the citizen (`text`: a folded sentence)."""
    return (bool(_RHETORICAL.search(text)) or text.rstrip().endswith("!")) and bool(re.search(rf"\b{_YOU}\b", text))


LONGEST_QUOTE = 90
"""A finding quotes from the first feature to the last, or only the first when that runs longer."""


def sentences(folded: str) -> list[Sentence]:
    """The sentences of the folded draft with their features: each pattern is run once over the whole text (faster
    than sentence by sentence), and a match belongs to the sentence it lies in."""
    found = [Sentence(match.start(), match.end()) for match in _SENTENCE.finditer(folded)]
    starts = [sentence.start for sentence in found]

    def sentence_of(match: re.Match[str]) -> Sentence | None:
        at = bisect.bisect_right(starts, match.start()) - 1
        return found[at] if at >= 0 and match.end() <= found[at].end else None

    for match in _STRONG.finditer(folded):
        if (sentence := sentence_of(match)) is not None:
            sentence.strong.append(match.span())
    for index, (_, _, pattern) in enumerate(_FEATURES):
        for match in pattern.finditer(folded):
            if (sentence := sentence_of(match)) is not None:
                sentence.found.setdefault(index, []).append(match)
    return found


def feature_spans(draft: str) -> list[_Span]:
    """Spans of `draft` where the features of a sentence add up to blame, irony or condescension: from the first
    feature to the last (one short line in the thread)."""
    folded = fold(draft)
    spans = []
    for sentence in sentences(folded):
        where = sorted(_blaming(sentence, folded[sentence.start : sentence.end]))
        if where:
            first_start, first_end = where[0]
            end = max((e for _, e in where if e - first_start <= LONGEST_QUOTE), default=first_end)
            spans.append((first_start, end))
    return spans
