"""Pseudonymised reviews of several public services, for the grounding bench (bench/grounding.py).

Written once, in two families at the same time: HISTORY sentences make the approved threads, NEW sentences (other
wordings of the same troubles) make the reviews to draft. Retrieval was never tuned on them. Each review mixes its
service's sentences with complaints every service gets (waiting, phone, website), the hard part for a search.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SERVICES: dict[str, dict[str, list[str]]] = {
    "caf": {
        "history": [
            "Ma prime d'activité n'a pas été versée ce mois-ci.",
            "La CAF me réclame {amount} € de trop-perçu sur mes APL.",
            "Mon allocation logement a baissé sans explication depuis {month}.",
            "Le RSA de mon foyer est suspendu depuis que j'ai déclaré mes ressources trimestrielles.",
            "Mon numéro d'allocataire [NUMERO_ALLOCATAIRE_1] ne fonctionne plus sur caf.fr.",
            "Les allocations familiales pour mon troisième enfant ne sont jamais arrivées.",
            "On me demande encore l'attestation de loyer pour l'aide au logement.",
            "Ma déclaration trimestrielle RSA a été perdue par la caisse d'allocations familiales.",
            "Le complément familial a été supprimé après la naissance de ma fille.",
            "La prestation d'accueil du jeune enfant n'est pas versée depuis {month}.",
        ],
        "new": [
            "Plus aucun versement de ma prime d'activité depuis mon changement de situation.",
            "Un indu de {amount} € d'aide au logement m'est réclamé alors que j'ai tout déclaré.",
            "Mes APL ont été recalculées et je ne touche presque plus rien.",
            "Mon RSA est bloqué en attendant des justificatifs que j'ai déjà envoyés à la CAF.",
            "Les allocations familiales ne tiennent pas compte de la garde alternée.",
            "Aucune réponse de l'allocataire conseiller sur ma prestation jeune enfant.",
        ],
    },
    "sante": {
        "history": [
            "La CPAM ne m'a pas remboursé mes soins dentaires.",
            "Ma carte Vitale n'est jamais arrivée malgré ma demande sur ameli.",
            "Mes indemnités journalières d'arrêt maladie ne sont pas payées depuis {month}.",
            "L'assurance maladie a perdu ma feuille de soins.",
            "Impossible de déclarer mon médecin traitant sur mon compte ameli.",
            "Ma complémentaire santé solidaire a été refusée sans motif.",
            "Le remboursement de mes lunettes par la sécurité sociale est bloqué.",
            "Mon arrêt de travail n'a pas été pris en compte par la caisse primaire.",
            "Les frais d'hospitalisation de mon fils n'ont pas été remboursés.",
            "Mon attestation de droits à l'assurance maladie est introuvable.",
        ],
        "new": [
            "Aucun remboursement de la CPAM pour mes consultations chez le kiné.",
            "J'attends toujours ma nouvelle carte Vitale depuis des mois.",
            "Les indemnités de mon arrêt maladie ont été versées en retard et incomplètes.",
            "Ameli affiche un médecin traitant qui n'est pas le mien.",
            "Ma demande de complémentaire santé solidaire reste sans réponse.",
            "La sécurité sociale refuse de rembourser l'hospitalisation de ma mère.",
        ],
    },
    "impots": {
        "history": [
            "Le prélèvement à la source de mon impôt sur le revenu est faux.",
            "J'ai reçu une majoration de {amount} € alors que j'ai déclaré à temps.",
            "Ma taxe foncière a doublé sans explication.",
            "Mon espace particulier sur impots.gouv.fr est bloqué.",
            "Le service des impôts des particuliers ne répond pas à ma réclamation.",
            "Mon avis d'imposition ne tient pas compte de mes frais réels.",
            "La taxe d'habitation sur ma résidence secondaire est erronée.",
            "Le remboursement de mon crédit d'impôt pour emploi à domicile n'est pas arrivé.",
            "Mon taux de prélèvement n'a pas été mis à jour après mon mariage.",
            "Un acompte d'impôt a été prélevé deux fois sur mon compte.",
        ],
        "new": [
            "Mon taux de prélèvement à la source est beaucoup trop élevé depuis {month}.",
            "Une pénalité de retard m'est imposée alors que ma déclaration de revenus était dans les temps.",
            "La taxe foncière de ma maison a augmenté de façon incompréhensible.",
            "Le crédit d'impôt de ma garde d'enfant n'a jamais été remboursé.",
            "Impossible de me connecter à impots.gouv.fr pour corriger ma déclaration.",
            "Le SIP ne traite pas ma réclamation sur la taxe d'habitation.",
        ],
    },
    "titres": {
        "history": [
            "Aucun rendez-vous disponible en mairie pour faire mon passeport.",
            "Ma carte d'identité est en cours de fabrication depuis {duration}.",
            "Ma demande de carte grise est bloquée sur le site de l'ANTS.",
            "Mon permis de conduire n'a pas été envoyé après l'examen.",
            "La pré-demande de passeport en ligne a planté au paiement du timbre fiscal.",
            "Le changement d'adresse sur mon certificat d'immatriculation est refusé par l'ANTS.",
            "Mon titre sécurisé n'est toujours pas disponible en mairie.",
            "La préfecture ne délivre plus les cartes grises et l'ANTS ne répond pas.",
            "Le renouvellement de ma carte nationale d'identité traîne.",
            "Mon permis a été invalidé par erreur sur le portail de l'ANTS.",
        ],
        "new": [
            "Impossible de renouveler mon passeport avant l'été, plus de créneaux en mairie.",
            "Le dossier de ma carte grise est en instruction depuis {duration} à l'ANTS.",
            "Je n'ai jamais reçu mon nouveau permis de conduire.",
            "Ma carte d'identité perdue ne peut pas être refaite avant {duration}.",
            "Le timbre fiscal de ma demande de passeport a été débité mais la demande n'existe plus.",
            "L'immatriculation de mon véhicule d'occasion est bloquée.",
        ],
    },
    "emploi": {
        "history": [
            "Mon conseiller France Travail ne répond jamais à mes messages.",
            "Mes allocations chômage ARE sont suspendues depuis {month}.",
            "J'ai été radié de France Travail pour une absence à un rendez-vous jamais reçu.",
            "Mon actualisation mensuelle n'a pas été prise en compte.",
            "La formation financée par mon CPF a été refusée par France Travail.",
            "Le calcul de mon allocation de retour à l'emploi est faux.",
            "On me demande de rembourser {amount} € d'allocations chômage.",
            "Mon inscription comme demandeur d'emploi est bloquée.",
            "L'attestation employeur n'a jamais été transmise à France Travail.",
            "Aucun accompagnement pour ma recherche d'emploi depuis {duration}.",
        ],
        "new": [
            "Radiation de la liste des demandeurs d'emploi sans aucun avertissement.",
            "Mon allocation chômage a été recalculée à la baisse.",
            "France Travail ne valide pas ma formation malgré l'accord de mon conseiller.",
            "Mon actualisation a échoué et je n'ai pas été payé ce mois-ci.",
            "Un trop-perçu d'allocations de {amount} € m'est réclamé par France Travail.",
            "Je n'arrive pas à m'inscrire comme demandeur d'emploi en ligne.",
        ],
    },
    "sejour": {
        "history": [
            "Impossible d'obtenir un rendez-vous à la préfecture pour mon titre de séjour.",
            "Mon récépissé de demande de titre de séjour a expiré.",
            "La naturalisation de mon époux est en attente depuis {duration}.",
            "Le renouvellement de ma carte de résident n'avance pas.",
            "L'ANEF affiche ma demande de titre de séjour comme incomplète.",
            "Mon autorisation de travail est bloquée par la préfecture.",
            "Le regroupement familial de mes enfants n'a pas de réponse.",
            "Ma carte de séjour pluriannuelle a été refusée sans explication.",
            "La préfecture a perdu mon dossier de demande d'asile.",
            "Mon visa long séjour n'a pas été validé à temps.",
        ],
        "new": [
            "Aucun créneau en préfecture pour renouveler mon titre de séjour étudiant.",
            "Mon récépissé arrive à expiration et je risque de perdre mon emploi.",
            "Ma demande de naturalisation ne bouge plus depuis {duration}.",
            "La plateforme ANEF refuse mes pièces justificatives pour ma carte de résident.",
            "Sans titre de séjour valide, mon autorisation de travail est suspendue.",
            "Le dossier de regroupement familial de ma femme est en attente.",
        ],
    },
    "retraite": {
        "history": [
            "Ma pension de retraite n'est pas versée depuis {month}.",
            "L'Assurance retraite n'a pas pris en compte mes trimestres à l'étranger.",
            "Mon relevé de carrière est incomplet sur info-retraite.",
            "La pension de réversion de ma mère est bloquée.",
            "Ma demande de retraite progressive a été refusée.",
            "La CNAV me réclame {amount} € de trop-perçu de retraite.",
            "Le minimum vieillesse ASPA de mon père a été suspendu.",
            "Ma retraite complémentaire n'a pas été liquidée.",
            "Le calcul de ma pension oublie mes périodes de chômage.",
            "Mon dossier de départ en retraite anticipée pour carrière longue traîne.",
        ],
        "new": [
            "Premier versement de ma retraite toujours en attente.",
            "Des trimestres de ma carrière manquent sur mon relevé de situation individuelle.",
            "La réversion après le décès de mon mari n'est pas versée.",
            "Ma pension a baissé sans explication de la caisse de retraite.",
            "L'allocation de solidarité aux personnes âgées de ma tante est bloquée.",
            "Mon départ anticipé pour carrière longue n'est pas reconnu.",
        ],
    },
    "etat_civil": {
        "history": [
            "La mairie a perdu l'acte de naissance de mon fils.",
            "Mon acte de mariage comporte une erreur sur le nom de jeune fille.",
            "La demande d'acte de décès de mon grand-père est restée sans réponse.",
            "Le livret de famille n'a pas été mis à jour après la naissance.",
            "L'inscription sur les listes électorales a été refusée par la mairie.",
            "Le PACS en mairie a été annulé la veille du rendez-vous.",
            "La reconnaissance anticipée de mon enfant n'apparaît pas sur l'acte.",
            "Le changement de prénom demandé à l'état civil n'avance pas.",
            "La copie intégrale d'acte de naissance demandée en ligne n'est jamais arrivée.",
            "La transcription de mon mariage célébré à l'étranger est bloquée.",
        ],
        "new": [
            "Mon extrait d'acte de naissance comporte une faute d'orthographe.",
            "Le service état civil ne délivre pas l'acte de décès de mon père.",
            "Notre livret de famille est toujours faux après la naissance de notre fille.",
            "Je ne suis pas inscrit sur les listes électorales malgré ma demande en mairie.",
            "La célébration de notre mariage a été reportée sans prévenir.",
            "Ma demande de changement de nom est sans réponse.",
        ],
    },
}

GENERIC = [
    "Personne ne répond au téléphone, j'ai attendu {minutes} minutes.",
    "Le site internet ne fonctionne pas, j'ai essayé plusieurs fois.",
    "J'ai envoyé trois courriers et deux mails sans réponse.",
    "L'agent au guichet a été désagréable avec moi.",
    "C'est inadmissible de traiter les usagers ainsi.",
    "Je suis obligé de prendre un jour de congé pour me déplacer.",
    "Je ne sais plus quoi faire et je suis à bout.",
    "Merci quand même à la personne qui m'a reçu, elle était aimable.",
    "Vos délais sont beaucoup trop longs.",
    "Je demande simplement qu'on me rappelle au [TELEPHONE_1].",
    "Ma situation financière est très difficile à cause de ce retard.",
    "J'attends depuis {duration} une réponse claire.",
]
INTROS = ["Bonjour,", "Madame, Monsieur,", "Bonjour, je suis [PERSONNE_1].", "", "Bonsoir,"]
CLOSINGS = ["Cordialement, [PERSONNE_1]", "Merci d'avance.", "", "Bien à vous, [PERSONNE_1]", "[PERSONNE_1]"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "septembre", "octobre"]
DURATIONS = ["deux mois", "six semaines", "trois mois", "un an", "quatre mois"]


@dataclass(frozen=True)
class Review:
    service: str
    text: str
    reply: str


def _fill(sentence: str, rng: random.Random) -> str:
    return sentence.format(
        amount=rng.choice([120, 480, 1250, 2300]),
        month=rng.choice(MONTHS),
        duration=rng.choice(DURATIONS),
        minutes=rng.choice([20, 45, 60]),
    )


def review(service: str, family: str, rng: random.Random) -> Review:
    """One review of `service` from the `family` of sentences ("history" or "new")."""
    own = rng.sample(SERVICES[service][family], k=rng.choice([1, 1, 2]))
    generic = rng.sample(GENERIC, k=rng.choice([1, 2, 3]))
    body = [_fill(sentence, rng) for sentence in own + generic]
    rng.shuffle(body)
    text = "\n".join(part for part in [rng.choice(INTROS), " ".join(body), rng.choice(CLOSINGS)] if part)
    reply = f"Bonjour [PERSONNE_1],\nMerci pour votre message au sujet de {own[0].lower()}\nCordialement."
    return Review(service, text, reply)


def reviews(count: int, family: str, seed: int) -> list[Review]:
    """`count` reviews spread over every service, in a random order."""
    rng = random.Random(seed)
    names = sorted(SERVICES)
    return [review(names[n % len(names)], family, rng) for n in range(count)]
