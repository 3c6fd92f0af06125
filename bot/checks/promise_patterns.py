"""What a commitment looks like in a French reply, on folded text (lower case, no accents): the verbs of
individual decisions in the forms that commit (futur, futur proche, passive, « vous recevrez »), dates, deadlines
and amounts (in figures or in words). The rules that decide whether a match is a promise are in promises.py."""

from __future__ import annotations

import re

_IN_CHARGE = r"(?:en|a\s+notre|a\s+sa|a\s+leur)\s+charge"
STRONG = (
    r"accept|valid|accord|approuv|rembours|vers(?=[a-z])|pa(?:y|ie)|regularis|debloqu|retabl|attribu|octro"
    r"|indemnis|annul|dedommag|exoner|restitu|revaloris|effac|credit|dispens|prolong|majore|augment|supprim"
    r"|abandonn|lev(?=e|er|ee|ees|era)|redui|echelonn|rouvr|reouvr|ramen|abaiss|diminu"
    rf"|pri(?=se?s?\s+{_IN_CHARGE})|prend(?=[a-z]*\s+{_IN_CHARGE})"
    r"|about|recredit|revers"
)
"""Decisions in the citizen's favour: a promise wherever the clause is about the citizen."""
WEAK = (
    r"rectifi|corrig|reexamin|reconsider|revis|acceler|delivr|renouvel|effectu|regl|resol|finalis|proced"
    r"|intervien|parvien|arriv|ouvr|ouvert|reprend|repris"
)
"""Steps on a case: a promise only about the citizen's own case (« votre dossier sera réexaminé »)."""
TO_YOU = r"rappel|recontact|contact|appel|remi[st]|offr|offert|envoy|adress"
"""Calling the citizen back, giving them something: a promise when said to them (« nous vous rappellerons »)."""
VERB_CLASSES = (("strong", STRONG), ("weak", WEAK), ("to_you", TO_YOU))

_STEM = rf"(?:{STRONG}|{WEAK}|{TO_YOU})"
_ADVERBS = r"(?:(?:bien|deja|desormais|donc|alors|vite|tres|tout|en partie|[a-z]{4,}ment)\s+)*"
_CLITICS = r"(?:(?:vous|nous|lui|leur|le|la|les|l'|y|en)\s*)*"

DECISION = re.compile(
    # passive: « sera versée », « vous est accordé », « a été validé », « va être rétablie »
    rf"\b(?P<aux>sera|seront|serez|est|sont|etes|ete|soit|soient"
    rf"|(?:vais|vas|va|allons|allez|vont|vient d'|viennent d')\s*etre)\s+{_ADVERBS}"
    rf"(?P<participle>{_STEM}[a-z]*)"
    # futur simple: « versera », « nous vous rembourserons », « un conseiller vous rappellera »
    rf"|\b(?P<future>{_STEM}[a-z]*(?:rai|ra|rons|rez|ront))\b"
    # futur proche: « nous allons régulariser », « le service va vous rembourser »
    rf"|\b(?:vais|va|allons|allez|vont)\s+{_CLITICS}(?P<infinitive>{_STEM}[a-z]*(?:er|ir|re))\b"
    # présent, active, a decision taken as it is said: « nous vous accordons », « nous annulons votre majoration »
    rf"|\b(?:nous\s+(?P<present_to>vous\s+)?(?P<present>(?:{STRONG})[a-z]*(?<!r)ons)"
    rf"|(?:on|je)\s+(?P<present_to_one>vous\s+)?(?P<present_one>(?:{STRONG})[a-z]*e))\b"
    # passé composé, active: « nous avons validé votre demande »
    rf"|\b(?:avons|ai|a|ont)\s+{_ADVERBS}(?P<done>{_STEM}[a-z]*)"
    # a decision taken or pledged: « nous avons décidé de vous accorder », « nous ne manquerons pas de vous
    # rembourser », « la caisse s'engage à vous rembourser »
    rf"|\b(?:(?:decid[a-z]*|manquer[a-z]*\s+pas)\s+d(?:e\s+|')|engag[a-z]*\s+a\s+)"
    rf"{_CLITICS}(?P<decided>{_STEM}[a-z]*)"
)
SPARED = re.compile(
    r"\bvous\s+ne\s+(?:serez|sera)\s+(?:pas|plus|jamais)\s+(?:penalise|sanctionne|radie|poursuivi|preleve"
    r"|facture|redevable)"
    r"|\bn'aurez\s+(?:(?:plus|donc|rien)\s+)*a\s+(?:payer|rembourser|regler|verser|justifier)"
    r"|\bne\s+vous\s+(?:sera|seront)\s+(?:pas|plus|jamais)\s+(?:reclame|preleve|facture|applique|demande)"
    r"|\baucune?\s+(?:penalite|majoration|sanction|somme|frais|retenue)\s+ne\s+vous\s+sera"
)
"""A sanction or a debt waived, said with a negation: a favourable decision all the same."""
_DECISION_NOUN = (
    r"(?:accord|attribution|octroi|validation|annulation|exoneration|remise|prise en charge|regularisation|deblocage"
    r"|retablissement|remboursement|versement|indemnisation|degrevement|restitution|revalorisation|reouverture)\b"
)
CONFIRMED = re.compile(
    rf"\b(?:confirm|annon|inform|notifi)[a-z]*\s+(?:que\s+)?(?:l'|le|la|les)\s*{_DECISION_NOUN}"
    rf"|\bproced[a-z]*\s+(?:[a-z]+\s+){{0,2}}?(?:a\s+la|a\s+l'|au|aux)\s*{_DECISION_NOUN}"
)
"""A decision announced or carried out by its noun (« nous vous confirmons l'accord », « le plaisir de vous
annoncer l'attribution », « nous procédons ce jour à la régularisation »)."""
RECEIVE = re.compile(
    r"\bvous\s+(?:(?:le|la|les|l'|en|y)\s*)?(?:recevrez|obtiendrez|percevrez|toucherez|beneficierez|recupererez"
    r"|aurez\s+(?:droit|gain|satisfaction|confirmation)"
    r"|allez\s+(?:(?:le|la|les|l'|en)\s*)?(?:recevoir|obtenir|percevoir|toucher|beneficier|recuperer))\b"
    r"|\bvous\s+(?:etes|serez)\s+(?:desormais\s+|donc\s+|bien\s+)?(?:eligible|admise?s?|prioritaire)\b"
)
PLEDGE = re.compile(
    r"\b(?:nous vous garantissons|nous garantissons|je vous garantis|je vous promets|nous vous promettons"
    r"|c'est promis|sans faute|je m'y engage|nous nous y engageons)\b"
)
"""Words that commit whatever follows."""
ENGAGE = re.compile(r"\b(?:nous nous engageons|je m'engage|nous nous chargeons|vous pouvez compter sur)\b")
"""A commitment that is a promise when it is about the citizen's case, not about the service in general."""
FAVOUR = re.compile(
    r"\b(?:reponse|issue|suite|decision|sort)\s+(?:[a-z]+\s+)?favorable\b|\b(?:un|d'un|l')\s*avis\s+favorable\b"
    r"|\b(?:sera|seront|est|sont)\s+(?:tres\s+|donc\s+|bien\s+)?favorables?\b"
    r"|\b(?:examin|reexamin|etudi|trait|instrui|consider|reconsider)[a-z]*\s+favorablement\b"
    r"|\ba la hausse\b|\bretroactivement\b|\bavec effet retroactif\b|\bgeste commercial\b"
    r"|\bgain de cause\b|\ben priorite\b|\bprioritairement\b|\ben urgence\b|\bsans difficulte\b"
    r"|\b(?:est|sera|devient|deviendra)\s+(?:desormais\s+)?prioritaire\b|\bclasse[a-z]*\s+sans\s+suite\b"
    r"|\b(?:traitement|examen|instruction)\s+prioritaire\b|\ba\s+titre\s+prioritaire\b|\bde\s+maniere\s+prioritaire\b"
    r"|\bf(?:aire|ait|aisons|erons|era)\s+droit\s+a\b"
    # an exception made, a sanction lifted: « nous ferons une exception », « les majorations vous seront retirées »
    r"|\bf(?:aire|ait|aisons|erons|era|ont|eront)\s+(?:une\s+)?exception\b|\ba\s+titre\s+(?:exceptionnel|derogatoire)\b"
    r"|\b(?:majorations?|penalites?|sanctions?|amendes?|frais\s+de\s+retard)\b(?:\s+[a-z'-]+){0,5}?\s+(?:vous\s+)?"
    r"(?:sera|seront|va\s+etre|vont\s+etre)\s+(?:[a-z]+ment\s+)?(?:retire|leve|remis|enleve)e?s?\b"
)

CASE = re.compile(
    r"\b(?:dossiers?|demandes?|aides?|allocations?|primes?|pensions?|indemnites?|indemnisation|remboursements?"
    r"|versements?|paiements?|virements?|prestations?|droits?|recours|reclamation|situation|trop-percus?|dettes?"
    r"|penalites?|majorations?|amendes?|sanctions?|radiation|attestations?|cartes?|titres?|permis|passeport"
    r"|rsa|apl|aah|bourses?|retraite|rappels?|arrieres?|solde|montants?|sommes?|frais|cotisations?|impots?"
    r"|taxes?|inscription|candidature|contrat|remise|degrevement|exoneration|avance|acompte|complement|factures?)\b"
)
"""Nouns of a citizen's case: money, rights, files."""
MESSAGE = re.compile(
    # up to three words before the noun, none of them a case's (« vous recevrez votre remboursement par courrier »)
    rf"\s+(?:(?!{CASE.pattern})[a-z']+\s*){{0,3}}?"
    r"(?:accuse|courriel|courrier|lettre|mail|e-mail|sms|notification|message|lien|code|identifiant|questionnaire"
    r"|enquete|convocation|invitation|formulaire|confirmation de (?:lecture|reception|votre rendez-vous)"
    r"|informations?|renseignements?|precisions?|explications?|conseils?|reponses? a vos questions"
    r"|accompagnement|aide\s+(?:de|d'un|d'une)\s+(?:conseill|agent|equipe)|echeancier|decompte|releve|recapitulatif)\b"
    r"|\s+de\s+l'aide\b"
)
"""After « vous recevrez », « vous obtiendrez »: a message or help, not a decision (« vous recevrez un accusé de
réception », « vous obtiendrez toutes les informations »)."""

MONTHS = r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
_NUMBER_WORD = (
    r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt"
    r"|trente|quarante|cinquante|soixante|cent|cents|mille|premier"
)
NUMBER = rf"(?:\d+(?:[,.]\d+)?(?!\d)|(?:{_NUMBER_WORD})(?:(?:-et-|\s+et\s+|-|\s+)(?:{_NUMBER_WORD}))*\b)"
_DAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_PERIOD = rf"mois|semaine|trimestre|semestre|annee|rentree|ete|automne|hiver|printemps|{MONTHS}"

DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:er)?|{NUMBER})\s*(?:{MONTHS})(?:\s+\d{{4}})?\b"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b"
    rf"|\ble\s+\d{{1,2}}(?:er)?\b(?!\s*(?:[h%€/,.]|heures?|ans|jours|mois|semaines|minutes|euros?|\d|{MONTHS}))"
    rf"|\b(?:{_DAYS})\s+(?:prochain|\d{{1,2}})\b|\b(?:des|ce|d'ici|avant|jusqu'a)\s+(?:{_DAYS})\b"
    r"|\b(?:des\s+)?(?:apres-)?demain\b|\baujourd'hui meme\b|\bdes aujourd'hui\b|\bdes ce jour\b"
    r"|\bdans la (?:journee|semaine)\b|\bcette semaine\b|\ben (?:fin|debut) de (?:semaine|mois)\b|\ba la rentree\b"
    r"|\bce mois-ci\b|\b(?:la semaine|le mois|le trimestre|l'annee) prochaine?\b"
    rf"|\b(?:(?:d'ici(?:\s+a)?|avant|des|a compter|a partir)\s+(?:de\s+|du\s+|d')?)(?:le\s+|la\s+|l')?"
    rf"(?:(?:fin|debut|mi)(?:\s+|-)(?:du\s+|de\s+la\s+|de\s+l'|d')?)?(?:{_PERIOD})\b"
    rf"|\b(?:debut|fin|mi-|courant|en|au mois d')\s*(?:{MONTHS})\b"
)
DEADLINE = re.compile(
    r"\b(?:sous|dans|d'ici|en|en moins d(?:e|')|au plus tard dans|d'ici a|dans un delai(?: maximum| maximal)? de"
    r"|sous un delai de|sous (?:un )?maximum de)(?:\s+|(?<='))(?:les\s+|des\s+)?"
    rf"(?:{NUMBER}|quelques)\s*(?:a\s+{NUMBER}\s*)?"
    r"(?:h\b|heures?|jours?(?:\s+ouvres|\s+ouvrables)?|semaines?|mois|ans?)"
    r"|\bsous (?:huitaine|quinzaine)\b"
    r"|\b(?:dans|sous)\s+(?:les|des)\s+(?:tout\s+)?(?:prochains|prochaines)\s+(?:jours|semaines|heures)\b"
)
AMOUNT = re.compile(rf"(?:\b\d[\d \u202f\u00a0.]*(?:,\d+)?|\b{NUMBER})\s*(?:€|euros?\b|eur\b)")
REFERENCE_DATE = re.compile(r"(?:\b(?:du|de votre|en date du)\s+)$")
"""Just before a date, the words of a past reference (« votre courrier du 3 février »)."""
