"""A tuning corpus for grounding retrieval (`bench.grounding --corpus dev`), written apart from the bench's own.

The bench's corpus (bench/grounding_corpus.py) measures; this one is where retrieval is tuned, so that the measure
stays honest. Other wordings, ten services, some of them neighbours that share vocabulary (MSA pays both health
and family benefits to farmers, Carsat and the MSA both pay pensions, La Poste and the ANTS both send documents),
generic complaints of their own, and replies that sometimes answer the generic complaint too (« nous sommes
désolés de l'attente au téléphone »), as real replies do.
"""

from __future__ import annotations

import random

from bench.grounding_corpus import Review

SERVICES: dict[str, dict[str, list[str]]] = {
    "ants": {
        "history": [
            "Ma demande de titre est en attente de validation sur le site de l'ANTS depuis {duration}.",
            "Le certificat d'immatriculation de ma moto ne m'a jamais été expédié.",
            "Je ne parviens pas à déclarer la cession de mon véhicule en ligne.",
            "Mon permis de conduire international n'est pas délivré.",
            "Le code de cession fourni par l'ANTS est refusé par l'acheteur.",
            "La photo d'identité numérique est rejetée à chaque essai par le téléservice.",
            "Mon ancien permis rose doit être échangé mais la démarche n'aboutit pas.",
            "Le duplicata de ma carte grise volée est introuvable.",
        ],
        "new": [
            "La vente de ma voiture reste bloquée car la déclaration de cession ne passe pas.",
            "Toujours pas de nouveau certificat d'immatriculation après mon déménagement.",
            "Le téléservice refuse la photo numérique de mon permis.",
            "Mon échange de permis de conduire ne progresse pas.",
        ],
    },
    "msa": {
        "history": [
            "La MSA ne m'a pas versé mes indemnités après mon accident sur l'exploitation.",
            "Mes cotisations d'exploitant agricole ont été appelées deux fois.",
            "La mutualité sociale agricole refuse ma prime d'activité de salarié agricole.",
            "Mon affiliation comme cotisant solidaire n'est pas enregistrée.",
            "Le remboursement de mes soins par la MSA tarde depuis {month}.",
            "Ma pension de retraite agricole est plus faible que prévu.",
            "Le calcul de mes cotisations sociales agricoles est incompréhensible.",
            "Mon dossier d'installation de jeune agriculteur n'a pas de suite à la MSA.",
        ],
        "new": [
            "Les cotisations de mon exploitation agricole ont doublé cette année.",
            "La caisse agricole ne rembourse toujours pas mes soins.",
            "Mon statut de cotisant solidaire n'apparaît pas dans mon espace MSA.",
            "Après ma blessure à la ferme, aucune indemnité n'est arrivée.",
        ],
    },
    "carsat": {
        "history": [
            "La Carsat n'a pas enregistré mes trimestres de service militaire.",
            "Ma demande de retraite déposée il y a {duration} n'est pas instruite.",
            "Le montant de ma pension ne correspond pas à l'estimation reçue.",
            "Mon relevé de carrière oublie mes années d'apprentissage.",
            "La Carsat ne verse pas la réversion de mon épouse décédée.",
            "Mon rachat de trimestres d'études a été refusé.",
            "La date de mon départ à la retraite a été décalée sans raison.",
            "Le service social de la Carsat ne m'a jamais recontacté.",
        ],
        "new": [
            "Mes années d'apprenti ne figurent pas sur ma carrière.",
            "Ma pension de retraite versée est inférieure à ce que l'on m'avait annoncé.",
            "Aucune nouvelle de mon dossier de réversion depuis le décès de mon conjoint.",
            "La Carsat n'instruit pas ma demande de départ.",
        ],
    },
    "etat_civil": {
        "history": [
            "La mairie ne m'a pas transmis la copie de mon acte de naissance.",
            "Notre déclaration de naissance comporte une erreur de prénom.",
            "La rectification de l'acte de mariage de mes parents traîne.",
            "Le livret de famille demandé après notre divorce n'est pas arrivé.",
            "La mairie refuse d'enregistrer la reconnaissance de mon fils.",
            "Le certificat de décès de ma grand-mère a une date erronée.",
            "Mon dossier de mariage en mairie a été égaré par l'état civil.",
            "La mention de divorce n'est pas portée en marge de mon acte.",
        ],
        "new": [
            "L'officier d'état civil a mal orthographié le prénom de ma fille sur son acte.",
            "Je n'ai jamais reçu l'extrait d'acte de mariage demandé à la mairie.",
            "Notre livret de famille n'a toujours pas été délivré.",
            "La mairie a perdu notre dossier pour le mariage de juin.",
        ],
    },
    "la_poste": {
        "history": [
            "Mon colis est indiqué livré alors que je ne l'ai jamais reçu.",
            "Le facteur laisse un avis de passage sans même sonner.",
            "Ma lettre recommandée a été distribuée à un voisin.",
            "Le bureau de poste de mon quartier ferme sans prévenir.",
            "Le suivi de mon envoi Colissimo est bloqué depuis {duration}.",
            "Mon courrier est distribué chez une autre personne du quartier.",
            "La réexpédition de mon courrier après déménagement ne fonctionne pas.",
            "Le colis a été renvoyé à l'expéditeur sans tentative de livraison.",
        ],
        "new": [
            "Mon paquet Colissimo apparaît comme distribué mais n'est jamais arrivé.",
            "Le facteur ne monte jamais et dépose un avis de passage.",
            "Mon recommandé a été remis à quelqu'un d'autre.",
            "Le transfert de mon courrier vers ma nouvelle adresse n'est pas appliqué.",
        ],
    },
    "urssaf": {
        "history": [
            "L'Urssaf m'a prélevé des cotisations de micro-entrepreneur sur un chiffre d'affaires nul.",
            "Ma déclaration de chiffre d'affaires sur autoentrepreneur.urssaf.fr est refusée.",
            "Une majoration de retard m'est appliquée par l'Urssaf malgré mon paiement.",
            "La radiation de ma micro-entreprise n'est pas prise en compte.",
            "Le Cesu n'a pas versé le salaire de mon assistante maternelle.",
            "Mon échéancier de cotisations n'est pas respecté par l'Urssaf.",
            "L'attestation de vigilance demandée par mon client est introuvable.",
            "La mise en demeure reçue porte sur des cotisations déjà réglées.",
        ],
        "new": [
            "Je dois payer des cotisations alors que ma micro-entreprise n'a rien facturé.",
            "La fermeture de mon activité d'auto-entrepreneur n'est toujours pas enregistrée.",
            "Une mise en demeure de l'Urssaf pour une somme déjà payée.",
            "Le salaire de notre employée à domicile n'a pas été versé par le Cesu.",
        ],
    },
    "cpam": {
        "history": [
            "Mes indemnités de congé maternité n'ont pas été versées par la CPAM.",
            "La prise en charge de mon transport sanitaire a été refusée.",
            "Ma carte européenne d'assurance maladie n'est jamais arrivée.",
            "Le remboursement de mon appareil auditif est en attente.",
            "Mon affection de longue durée n'a pas été reconnue par l'assurance maladie.",
            "Ma mutuelle ne reçoit pas les décomptes de la caisse primaire.",
            "Le remboursement de mes séances de kinésithérapie est bloqué.",
            "Ma déclaration de grossesse n'est pas enregistrée sur ameli.",
        ],
        "new": [
            "Le congé maternité n'est pas indemnisé par la caisse primaire.",
            "Les frais d'ambulance pour mes dialyses ne sont pas pris en charge.",
            "Les décomptes de remboursement ne parviennent pas à ma mutuelle.",
            "Ma demande d'ALD pour mon diabète est sans réponse de la CPAM.",
        ],
    },
    "impots": {
        "history": [
            "Mon remboursement d'impôt annoncé après la déclaration n'est pas arrivé.",
            "L'avis de taxe foncière de mon appartement contient une erreur de surface.",
            "Le prélèvement mensuel de mon impôt continue après mon départ à l'étranger.",
            "Ma demande de délai de paiement au centre des finances publiques est sans réponse.",
            "La pension alimentaire versée n'a pas été déduite de mon revenu imposable.",
            "La messagerie sécurisée de mon espace fiscal ne permet pas d'envoyer de pièce.",
            "Le dégrèvement de taxe d'habitation promis n'apparaît pas.",
            "Le numéro fiscal de ma fille majeure n'a jamais été créé.",
        ],
        "new": [
            "Le trop payé d'impôt sur le revenu ne m'a pas été restitué.",
            "La surface indiquée sur ma taxe foncière est fausse.",
            "Les finances publiques ignorent ma demande d'étalement du paiement.",
            "La pension alimentaire n'a pas été déduite dans mon avis d'imposition.",
        ],
    },
    "france_travail": {
        "history": [
            "France Travail a suspendu mon indemnisation sans m'avertir.",
            "Mon entretien de suivi a été annulé à la dernière minute.",
            "Le paiement de mon allocation a été amputé de plusieurs jours.",
            "Ma demande d'aide à la création d'entreprise ARCE est restée sans réponse.",
            "Le contrôle de ma recherche d'emploi a abouti à une sanction injuste.",
            "Mes droits au chômage ont été mal calculés après mon licenciement.",
            "Mon contrat d'engagement jeune n'a jamais démarré.",
            "France Travail me réclame un indu sur mes allocations.",
        ],
        "new": [
            "Mon indemnisation chômage a été coupée par France Travail du jour au lendemain.",
            "Le contrôle de recherche d'emploi m'a sanctionné alors que je postule chaque semaine.",
            "Aucune réponse sur l'ARCE pour lancer mon entreprise.",
            "Mes allocations ont été calculées sur un mauvais salaire de référence.",
        ],
    },
    "caf": {
        "history": [
            "La CAF a stoppé mon aide personnalisée au logement sans explication.",
            "Mon allocation de rentrée scolaire n'a pas été versée en août.",
            "La caisse d'allocations familiales me réclame un trop-perçu de {amount} €.",
            "Mon allocation aux adultes handicapés a été recalculée à la baisse.",
            "Ma demande d'aide au logement étudiant n'avance pas.",
            "La pension alimentaire impayée n'est pas prise en charge par l'ARIPA.",
            "Le complément mode de garde pour notre nounou n'est pas versé.",
            "Mon dossier allocataire indique une mauvaise composition du foyer.",
        ],
        "new": [
            "L'allocation de rentrée de mes enfants n'a jamais été payée.",
            "Mon AAH a baissé depuis la mise en couple.",
            "Mon APL d'étudiant est toujours en cours d'étude à la CAF.",
            "Le complément de libre choix du mode de garde est bloqué.",
        ],
    },
}

GENERIC = [
    "Impossible de joindre quelqu'un par téléphone, la ligne sonne dans le vide.",
    "Votre site affiche une erreur à chaque connexion.",
    "Mes courriels restent sans réponse depuis {duration}.",
    "On m'a renvoyé d'un service à l'autre sans solution.",
    "L'accueil a été froid et méprisant.",
    "Je trouve ce fonctionnement scandaleux.",
    "J'ai dû poser une demi-journée pour venir au guichet.",
    "Je suis épuisé par ces démarches interminables.",
    "La conseillère au téléphone a été très gentille malgré tout.",
    "Les délais de traitement sont déraisonnables.",
    "Merci de me rappeler rapidement au [TELEPHONE_1].",
    "Je me retrouve dans une situation financière compliquée.",
    "Pouvez-vous enfin me donner une réponse écrite ?",
    "J'ai attendu plus d'une heure au guichet.",
]
GENERIC_ANSWERS = [
    "Nous sommes désolés de l'attente que vous avez subie au téléphone.",
    "Nous regrettons les délais de traitement actuels.",
    "Nous comprenons votre agacement face à ces démarches.",
    "Votre message a été transmis au responsable de l'accueil.",
]
INTROS = ["Bonjour,", "Madame, Monsieur,", "", "Bonjour à vous,", "Bonjour, [PERSONNE_1] ici."]
CLOSINGS = ["Cordialement.", "[PERSONNE_1]", "", "Merci de votre aide, [PERSONNE_1]", "Salutations."]
MONTHS = ["janvier", "mars", "mai", "juillet", "novembre"]
DURATIONS = ["trois semaines", "cinq mois", "plusieurs mois", "deux ans"]


def _fill(sentence: str, rng: random.Random) -> str:
    return sentence.format(amount=rng.choice([90, 640, 1800]), month=rng.choice(MONTHS), duration=rng.choice(DURATIONS))


def _reply(own: str, rng: random.Random) -> str:
    """A team's reply: names the topic, sometimes answers the generic complaint first or only thanks."""
    topic = own[0].lower() + own[1:].rstrip(".")
    body = rng.choice(
        [
            f"Nous avons bien pris en compte votre signalement : « {topic} ».",
            f"Votre dossier a été examiné. Concernant ce point ({topic}), un agent vous recontactera.",
            f"Vous nous indiquez que {topic}. Nous faisons le nécessaire.",
        ]
    )
    parts = [rng.choice(GENERIC_ANSWERS), body] if rng.random() < 0.4 else [body]
    return "\n".join(["Bonjour [PERSONNE_1],", *parts, "Bien cordialement, le service relations usagers."])


def review(service: str, family: str, rng: random.Random) -> Review:
    """One review of `service` from the `family` of sentences ("history" or "new")."""
    own = rng.sample(SERVICES[service][family], k=rng.choice([1, 1, 2]))
    generic = rng.sample(GENERIC, k=rng.choice([1, 2, 3, 3]))
    body = [_fill(sentence, rng) for sentence in own + generic]
    rng.shuffle(body)
    text = "\n".join(part for part in [rng.choice(INTROS), " ".join(body), rng.choice(CLOSINGS)] if part)
    return Review(service, text, _reply(_fill(own[0], rng), rng))


def reviews(count: int, family: str, seed: int) -> list[Review]:
    """`count` reviews spread over every service, in a random order."""
    rng = random.Random(seed)
    names = sorted(SERVICES)
    return [review(names[n % len(names)], family, rng) for n in range(count)]
