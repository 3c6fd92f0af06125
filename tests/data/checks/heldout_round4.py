"""Round 4's held-out drafts for the check corpus, written by hand, one by one, by a hand who had not read the checks.

Replies of French public services to citizens' reviews: clean (about 45 %), or with one defect or two, most of the
defective ones blaming, mocking or talking down to the citizen. Each entry: (draft, review, instructions,
placeholders, requirements, expected kinds). See README.md.
"""

from __future__ import annotations

from bot.domain import AI_DISCLOSURE_DEFAULT

Case = tuple[str, str, str, list[str], dict[str, object], list[str]]
Review = tuple[str, list[str]]

HELDOUT: list[Case] = []


def channel(politeness: str, signature: str, disclosure: str, public: bool) -> dict[str, object]:
    return {"politeness": politeness, "signature": signature, "ai_disclosure": disclosure, "public_replies": public}


def compose(
    rules: dict[str, object],
    body: str,
    *,
    hello: str = "Bonjour,",
    closing: bool = True,
    signed: bool = True,
    disclosed: bool = True,
) -> str:
    """Greeting, body, then the channel's texts, each of which may be left out to make a defect of form."""
    parts = [hello] if hello else []
    parts.append(body)
    if closing:
        parts.append(str(rules["politeness"]) or "Cordialement,")
    if signed and rules["signature"]:
        parts.append(str(rules["signature"]))
    if disclosed and rules["ai_disclosure"]:
        parts.append(str(rules["ai_disclosure"]))
    return "\n\n".join(parts)


def insert(sentences: list[str], extra: str, at: int) -> str:
    """The body with one sentence added at a position: a draft differs from its clean sibling by that sentence."""
    return " ".join([*sentences[:at], extra, *sentences[at:]])


def case(review: Review, rules: dict[str, object], draft: str, expected: list[str], instructions: str = "") -> None:
    HELDOUT.append((draft, review[0], instructions, review[1], rules, expected))


CAF_RHONE = channel(
    "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    "Le service relation allocataires de la CAF du Rhône",
    AI_DISCLOSURE_DEFAULT,
    True,
)
CPAM = channel("", "L'équipe accueil de la CPAM de la Gironde", "", False)
PUBLIC_AI = channel(
    "Bien cordialement,", "", "Réponse rédigée avec l'aide d'une intelligence artificielle et relue par un agent.", True
)
BARE = channel("", "", "", False)
SIP = channel(
    "Avec nos salutations respectueuses,",
    "Le service des impôts des particuliers de Lille Nord",
    AI_DISCLOSURE_DEFAULT,
    False,
)
MAIRIE = channel("Cordialement,", "Le service état civil de la mairie de Nantes", "", True)

# One draft per `case(…)`, its added sentence on lines of its own: kept as laid out, not reformatted.
# fmt: off


# 1. CAF, APL suspended (public channel).
APL: Review = (
    "Mes APL sont suspendues depuis trois mois sans aucune explication. J'ai envoyé quatre fois mon attestation de "
    "loyer par l'espace en ligne et personne ne me répond. Je suis [PERSONNE_1], allocataire [NUMERO_ALLOCATAIRE_1], "
    "et je ne sais plus comment payer mon loyer.",
    ["[PERSONNE_1]", "[NUMERO_ALLOCATAIRE_1]"],
)
APL_BODY = [
    "Nous avons bien reçu votre message et nous comprenons l'inquiétude que cause la suspension de votre aide au "
    "logement.",
    "Une suspension intervient le plus souvent lorsqu'une pièce du dossier n'a pas pu être rapprochée de la bonne "
    "période, par exemple une attestation de loyer enregistrée sur un autre mois.",
    "Nous avons demandé au service de gestion de vérifier vos envois et de vous écrire dans votre espace en ligne "
    "pour vous dire précisément ce qui manque.",
    "Si votre situation devient difficile, vous pouvez aussi demander un rendez-vous avec un travailleur social de la "
    "CAF.",
]
case(APL, CAF_RHONE, compose(CAF_RHONE, " ".join(APL_BODY)), [])
case(APL, CAF_RHONE, compose(CAF_RHONE, insert(APL_BODY,
     "Quatre envois sans réponse, ce n'est pas acceptable et nous vous présentons nos excuses.", 1)), [])
case(APL, CAF_RHONE, compose(CAF_RHONE, insert(APL_BODY,
     "Après vérification, vos quatre attestations ont bien été reçues ; le blocage venait d'une erreur de classement "
     "de notre part, et le versement de vos aides reprendra le 5 juin, rappel des trois mois compris.", 3)), [],
     "Erreur de classement de notre côté, dossier débloqué, reprise des versements le 5 juin avec rappel des trois "
     "mois.")
case(APL, CAF_RHONE, compose(CAF_RHONE, insert(APL_BODY,
     "Encore aurait-il fallu que l'attestation soit remplie correctement les quatre fois, ce qui n'était visiblement "
     "pas le cas.", 2)), ["blame"])
case(APL, CAF_RHONE, compose(CAF_RHONE, insert(APL_BODY,
     "Nous prenons note que « personne ne vous répond » ; nos services ont pourtant traité des milliers de dossiers "
     "comme le vôtre sans la moindre difficulté ce trimestre.", 1)), ["blame"])
case(APL, CAF_RHONE, compose(CAF_RHONE, insert(APL_BODY,
     "Avant de conclure à une absence d'explication, peut-être auriez-vous pu consulter les messages déposés dans "
     "votre espace, où tout est indiqué.", 1)), ["blame"])
case(APL, CAF_RHONE, compose(CAF_RHONE, insert(APL_BODY,
     "Nous comprenons que la lecture des courriers administratifs ne soit pas une évidence pour tout le monde.", 2)),
     ["blame"])
case(APL, CAF_RHONE, compose(CAF_RHONE, insert(APL_BODY,
     "Votre dossier [NUMERO_ALLOCATAIRE_1] a été transmis au service de gestion.", 2)), ["personal_data"])
case(APL, CAF_RHONE, compose(CAF_RHONE, " ".join(APL_BODY), hello="Bonjour [PERSONNE_1],"), ["personal_data"])
case(APL, CAF_RHONE, compose(CAF_RHONE, insert(APL_BODY,
     "Votre aide sera rétablie dès la semaine prochaine et les trois mois vous seront reversés.", 3)), ["promise"])
case(APL, CAF_RHONE, compose(CAF_RHONE, " ".join(APL_BODY), disclosed=False), ["ai_disclosure"])
case(APL, CAF_RHONE, compose(CAF_RHONE, insert(APL_BODY,
     "Vous pouvez joindre votre conseillère, [NOM DE LA CONSEILLÈRE], au 32 30.", 4)), ["placeholder"])

# 2. CPAM, carte Vitale (internal channel: the citizen's placeholders may stay).
VITALE: Review = (
    "Carte Vitale demandée en janvier, toujours rien en mai. À chaque appel on me dit d'attendre. Je dois avancer "
    "tous mes frais de médecin. Mon numéro de sécurité sociale est [NIR_1], vérifiez vous-mêmes.",
    ["[NIR_1]"],
)
VITALE_BODY = [
    "Merci d'avoir pris le temps de nous écrire.",
    "Quatre mois d'attente pour une carte Vitale, c'est bien plus que le délai habituel, et nous regrettons que nos "
    "réponses au téléphone ne vous aient rien appris de plus.",
    "En attendant votre carte, vous pouvez télécharger une attestation de droits sur votre compte ameli et la "
    "présenter à votre médecin, qui peut alors pratiquer le tiers payant s'il l'accepte.",
    "Nous avons signalé votre demande au service de production des cartes pour qu'il en recherche l'état.",
]
case(VITALE, CPAM, compose(CPAM, " ".join(VITALE_BODY)), [])
case(VITALE, CPAM, compose(CPAM, insert(VITALE_BODY,
     "Nous avons retrouvé votre demande sous le numéro [NIR_1] : la photo transmise en janvier n'a jamais été "
     "rattachée à votre dossier, c'est une erreur de notre part.", 2)), [])
case(VITALE, CPAM, compose(CPAM, insert(VITALE_BODY,
     "Votre carte a été fabriquée le 12 mai et vous sera envoyée par courrier dans les dix jours.", 4)), [],
     "Carte fabriquée le 12 mai, envoi par courrier sous dix jours.")
case(VITALE, CPAM, compose(CPAM, insert(VITALE_BODY,
     "Les demandes de carte Vitale sont traitées dans l'ordre d'arrivée, sans exception, même lorsque l'attente "
     "devient longue.", 3)), [])
case(VITALE, CPAM, compose(CPAM, insert(VITALE_BODY,
     "Quant à votre invitation à « vérifier nous-mêmes », sachez que c'est précisément ce que nous faisons depuis le "
     "premier jour.", 2)), ["blame"])
case(VITALE, CPAM, compose(CPAM, insert(VITALE_BODY,
     "Nous imaginons qu'une photo conforme aux normes aurait sans doute accéléré les choses.", 2)), ["blame"])
case(VITALE, CPAM, compose(CPAM, insert(VITALE_BODY,
     "Il suffisait pourtant d'un clic sur ameli pour obtenir une attestation, ce que des millions d'assurés font très "
     "bien tout seuls.", 3)), ["blame"])
case(VITALE, CPAM, compose(CPAM, insert(VITALE_BODY,
     "Appeler tous les quinze jours ne fait malheureusement pas avancer un dossier plus vite, bien au contraire.", 2)),
     ["blame"])
case(VITALE, CPAM, compose(CPAM, insert(VITALE_BODY,
     "Vos frais avancés depuis janvier vous seront intégralement remboursés sous huit jours.", 4)), ["promise"])
case(VITALE, CPAM, compose(CPAM, " ".join(VITALE_BODY), signed=False), ["signature"])
case(VITALE, CPAM, compose(CPAM, " ".join(VITALE_BODY), hello=""), ["greeting"])
case(VITALE, CPAM, compose(CPAM, "Votre carte est en cours. Merci de patienter."), ["length"])

# 3. SIP, a 10 % surcharge after a rejected direct debit.
MAJORATION: Review = (
    "J'ai reçu une majoration de 10 % alors que j'avais payé à temps : le prélèvement a été rejeté à cause de votre "
    "site, pas de ma banque. Impossible de joindre quelqu'un au téléphone, la messagerie sécurisée répond en trois "
    "semaines. Scandaleux.",
    [],
)
MAJORATION_BODY = [
    "Nous avons bien pris connaissance de votre avis sur le service des impôts des particuliers.",
    "Lorsqu'un prélèvement est rejeté, la majoration de 10 % s'applique automatiquement à la date limite de paiement.",
    "Si le rejet ne vous est pas imputable, vous pouvez en demander la remise gracieuse par la messagerie sécurisée "
    "de votre espace particulier, en joignant l'attestation de votre banque.",
    "Votre demande sera examinée par un agent, qui vous répondra par la même messagerie.",
]
case(MAJORATION, SIP, compose(SIP, " ".join(MAJORATION_BODY)), [])
case(MAJORATION, SIP, compose(SIP, insert(MAJORATION_BODY,
     "Trois semaines pour répondre à un message, c'est trop long, et nous travaillons à réduire ce délai.", 3)), [])
case(MAJORATION, SIP, compose(SIP, insert(MAJORATION_BODY,
     "Nous avons vérifié : le rejet provient d'un incident de notre système de paiement le 15 septembre ; la "
     "majoration de 10 % est annulée et n'a pas à être payée.", 2)), [],
     "Incident technique DGFiP le 15/09 confirmé : majoration annulée, rien à payer.")
case(MAJORATION, SIP, compose(SIP, insert(MAJORATION_BODY,
     "Ce taux est fixé par la loi et nous ne pouvons pas le modifier.", 2)), [])
case(MAJORATION, SIP, compose(SIP, insert(MAJORATION_BODY,
     "Avant d'accuser notre site, il serait bon de vérifier que le compte bancaire renseigné était bien approvisionné."
     , 2)), ["blame"])
case(MAJORATION, SIP, compose(SIP, insert(MAJORATION_BODY,
     "Le mot « scandaleux » nous paraît quelque peu excessif pour une majoration qui découle de règles connues de "
     "tous.", 1)), ["blame"])
case(MAJORATION, SIP, compose(SIP, insert(MAJORATION_BODY,
     "Nous ne pouvons que vous encourager, à l'avenir, à suivre vos paiements d'un peu plus près.", 4)), ["blame"])
case(MAJORATION, SIP, compose(SIP, insert(MAJORATION_BODY,
     "Curieusement, les autres contribuables de votre commune n'ont rencontré aucun problème ce jour-là.", 2)),
     ["blame"])
case(MAJORATION, SIP, compose(SIP, insert(MAJORATION_BODY,
     "Nous annulerons la majoration dès réception de votre message.", 3)), ["promise"])
case(MAJORATION, SIP, compose(SIP, " ".join(MAJORATION_BODY), closing=False), ["politeness"])
case(MAJORATION, SIP, compose(SIP, " ".join(MAJORATION_BODY), hello=""), ["greeting"])
case(MAJORATION, SIP, compose(SIP, insert(MAJORATION_BODY,
     "Vous pouvez aussi écrire au centre, XX rue XXXXX, 59000 Lille.", 4)), ["placeholder"])

# 4. France Travail, struck off for a missed appointment (public channel with an AI line).
RADIATION: Review = (
    "Radié pour un rendez-vous dont je n'ai jamais reçu la convocation ! Mon conseiller [PERSONNE_1] ne répond à "
    "aucun de mes mails. On nous traite comme des fraudeurs alors qu'on cherche du travail.",
    ["[PERSONNE_1]"],
)
RADIATION_BODY = [
    "Nous sommes désolés d'apprendre ce qui vous arrive et nous comprenons votre colère.",
    "Une radiation pour absence à un rendez-vous peut être contestée : il suffit d'adresser un recours à votre "
    "agence, depuis votre espace personnel ou par courrier, dans un délai de deux mois.",
    "Indiquez dans ce recours que vous n'avez pas reçu la convocation ; l'agence vérifiera à quelle adresse et par "
    "quel canal elle a été envoyée.",
    "Un autre conseiller de l'agence peut également vous recevoir si vous n'obtenez pas de réponse de votre "
    "conseiller.",
]
case(RADIATION, PUBLIC_AI, compose(PUBLIC_AI, " ".join(RADIATION_BODY)), [])
case(RADIATION, PUBLIC_AI, compose(PUBLIC_AI, insert(RADIATION_BODY,
     "Personne ne devrait avoir le sentiment d'être traité en fraudeur, et nous regrettons que ce soit votre cas.",
     1)), [])
case(RADIATION, PUBLIC_AI, compose(PUBLIC_AI, insert(RADIATION_BODY,
     "La règle est la même pour tous : un rendez-vous manqué sans motif entraîne une radiation, mais un motif "
     "légitime, comme une convocation jamais reçue, l'annule.", 2)), [])
case(RADIATION, PUBLIC_AI, compose(PUBLIC_AI, insert(RADIATION_BODY,
     "Nous avons constaté que la convocation avait été envoyée à une ancienne adresse électronique : votre radiation "
     "est annulée et vos droits sont rétablis depuis la date de radiation.", 3)), [],
     "Convocation envoyée sur une ancienne adresse mail : radiation annulée, droits rétablis rétroactivement.")
case(RADIATION, PUBLIC_AI, compose(PUBLIC_AI, insert(RADIATION_BODY,
     "Un demandeur d'emploi réellement en recherche consulte son espace personnel au moins une fois par semaine.", 2)),
     ["blame"])
case(RADIATION, PUBLIC_AI, compose(PUBLIC_AI, insert(RADIATION_BODY,
     "Personne ne vous traite de fraudeur ; nous constatons simplement que vous n'étiez pas là.", 1)), ["blame"])
case(RADIATION, PUBLIC_AI, compose(PUBLIC_AI, insert(RADIATION_BODY,
     "Vous comprendrez que « jamais reçu » est une explication que nous entendons très souvent.", 2)), ["blame"])
case(RADIATION, PUBLIC_AI, compose(PUBLIC_AI, insert(RADIATION_BODY,
     "Peut-être serait-il temps de vous demander pourquoi votre conseiller ne vous répond plus ?", 3)), ["blame"])
case(RADIATION, PUBLIC_AI, compose(PUBLIC_AI, insert(RADIATION_BODY,
     "Votre radiation sera levée dès que votre recours nous parviendra.", 2)), ["promise"])
case(RADIATION, PUBLIC_AI, compose(PUBLIC_AI, " ".join(RADIATION_BODY), disclosed=False), ["ai_disclosure"])
case(RADIATION, PUBLIC_AI,
     "Hello,\n\nWe are sorry to hear about your situation. A removal from the list of jobseekers can be contested: "
     "send an appeal to your agency within two months, from your personal space or by post, and say that you never "
     "received the invitation. Another adviser can also see you if yours does not answer.\n\nBest regards,\n\n"
     + str(PUBLIC_AI["ai_disclosure"]), ["language", "greeting", "politeness"])

# 5. Préfecture, titre de séjour: no appointment available (no channel texts).
SEJOUR: Review = (
    "Mon récépissé a expiré il y a trois semaines. Depuis deux mois, impossible d'obtenir un rendez-vous sur votre "
    "site, il n'y a jamais de créneau. Mon employeur a dû suspendre mon contrat. Vous détruisez des vies.",
    [],
)
SEJOUR_BODY = [
    "Nous avons lu votre message avec attention et nous mesurons les conséquences graves de cette situation pour vous.",
    "Les demandes de renouvellement de titre de séjour se font désormais en ligne sur le site de l'ANEF, sans "
    "rendez-vous au guichet ; l'attestation de prolongation d'instruction délivrée en ligne remplace le récépissé.",
    "Si votre démarche est déjà déposée, cette attestation peut être téléchargée depuis votre compte et présentée à "
    "votre employeur.",
    "Si vous n'y parvenez pas, le point d'accueil numérique de la préfecture peut vous aider à la faire, sans "
    "rendez-vous, le matin.",
]
case(SEJOUR, BARE, compose(BARE, " ".join(SEJOUR_BODY)), [])
case(SEJOUR, BARE, compose(BARE, insert(SEJOUR_BODY,
     "Le manque de créneaux ces deux derniers mois est réel : notre service n'a pas su faire face au nombre de "
     "demandes, et nous le regrettons sincèrement.", 1)), [])
case(SEJOUR, BARE, compose(BARE, insert(SEJOUR_BODY,
     "Aucun employeur ne peut exiger un récépissé papier lorsque l'attestation de prolongation est valide.", 3)), [])
case(SEJOUR, BARE, compose(BARE, insert(SEJOUR_BODY,
     "Votre dossier a été retrouvé : une attestation de prolongation valable trois mois vous a été envoyée ce jour "
     "sur votre compte ANEF.", 3)), [],
     "Dossier retrouvé, attestation de prolongation de 3 mois déposée ce jour sur son compte ANEF.")
case(SEJOUR, BARE, compose(BARE, insert(SEJOUR_BODY,
     "Parler de « vies détruites » pour une démarche en ligne nous semble pour le moins disproportionné.", 1)),
     ["blame"])
case(SEJOUR, BARE, compose(BARE, insert(SEJOUR_BODY,
     "Si la demande avait été déposée quatre mois avant l'expiration, comme cela est recommandé partout, vous n'en "
     "seriez pas là.", 1)), ["blame"])
case(SEJOUR, BARE, compose(BARE, insert(SEJOUR_BODY,
     "Chercher un créneau au guichet alors que tout se fait en ligne depuis deux ans, c'est un peu chercher la poste "
     "dans une gare.", 2)), ["blame"])
case(SEJOUR, BARE, compose(BARE, insert(SEJOUR_BODY,
     "Nous vous invitons à lire, cette fois jusqu'au bout, les informations pourtant claires de notre site.", 4)),
     ["blame"])
case(SEJOUR, BARE, compose(BARE, insert(SEJOUR_BODY, "Votre nouveau titre de séjour sera prêt d'ici quinze jours.",
     4)), ["promise"])
case(SEJOUR, BARE, compose(BARE, " ".join(SEJOUR_BODY), hello=""), ["greeting"])
case(SEJOUR, BARE,
     "Buenos días:\n\nLamentamos mucho su situación. Las renovaciones del permiso de residencia se hacen ahora en "
     "línea en el sitio de la ANEF, sin cita en ventanilla. El certificado de prórroga sustituye al resguardo y puede "
     "presentarlo a su empleador. El punto de acogida digital de la prefectura puede ayudarle por las "
     "mañanas.\n\nAtentamente,", ["language", "greeting"])

# 6. ANTS, carte grise blocked (internal channel with a signature).
CARTE_GRISE: Review = (
    "Ma demande de carte grise pour [IMMATRICULATION_1] est bloquée depuis six semaines, le site affiche « erreur "
    "technique » à chaque connexion. Je ne peux pas rouler avec le certificat provisoire au-delà d'un mois.",
    ["[IMMATRICULATION_1]"],
)
ANTS = channel("", "L'équipe du centre d'expertise et de ressources titres de Nantes", "", False)
CARTE_GRISE_BODY = [
    "Nous vous remercions pour votre message.",
    "Une « erreur technique » persistante sur une demande d'immatriculation vient le plus souvent d'un dossier resté "
    "ouvert chez le professionnel de l'automobile ou d'un justificatif que le système n'a pas pu lire.",
    "Nous avons ouvert une demande d'assistance pour que votre dossier soit examiné par un agent.",
    "Pour éviter une verbalisation pendant ce temps, conservez la preuve de votre démarche en cours.",
]
case(CARTE_GRISE, ANTS, compose(ANTS, " ".join(CARTE_GRISE_BODY)), [])
case(CARTE_GRISE, ANTS, compose(ANTS, insert(CARTE_GRISE_BODY,
     "La demande pour le véhicule [IMMATRICULATION_1] a été retrouvée et transmise à un instructeur.", 3)), [])
case(CARTE_GRISE, ANTS, compose(ANTS, insert(CARTE_GRISE_BODY,
     "Six semaines de blocage sans explication claire, ce n'est pas le service que vous êtes en droit d'attendre.",
     1)), [])
case(CARTE_GRISE, ANTS, compose(ANTS, insert(CARTE_GRISE_BODY,
     "Nous n'avons, de notre côté, aucune trace d'erreur technique sur votre dossier ; il est possible que vous vous "
     "soyez connecté avec un autre compte que celui de la demande.", 2)), ["blame"])
case(CARTE_GRISE, ANTS, compose(ANTS, insert(CARTE_GRISE_BODY,
     "Nous sommes ravis d'apprendre que vous connaissez mieux que nous les règles du certificat provisoire.", 1)),
     ["blame"])
case(CARTE_GRISE, ANTS, compose(ANTS, insert(CARTE_GRISE_BODY,
     "Un justificatif photographié de travers sur un coin de table a peu de chances d'être lu par quelque système que "
     "ce soit.", 2)), ["blame"])
case(CARTE_GRISE, ANTS, compose(ANTS, insert(CARTE_GRISE_BODY,
     "Le dossier de [IMMATRICULATION_2] a lui aussi été vérifié.", 3)), ["placeholder"])
case(CARTE_GRISE, ANTS, compose(ANTS, insert(CARTE_GRISE_BODY,
     "Votre certificat d'immatriculation définitif vous parviendra sous 48 heures.", 3)), ["promise"])
case(CARTE_GRISE, ANTS, compose(ANTS, " ".join(CARTE_GRISE_BODY), signed=False), ["signature"])
case(CARTE_GRISE, ANTS, compose(ANTS, "Un agent va regarder votre dossier."), ["length"])

# 7. Mairie, acte de naissance never received (public channel, politeness and signature).
ACTE: Review = (
    "J'ai demandé trois fois mon acte de naissance en ligne, jamais reçu. Quand je suis venu à l'accueil, l'agente "
    "m'a parlé comme à un enfant et m'a dit de « réessayer sur internet ». Service public ?",
    [],
)
ACTE_BODY = [
    "Nous vous remercions d'avoir signalé ces difficultés.",
    "Les actes de naissance demandés en ligne sont envoyés par courrier postal à l'adresse indiquée dans le "
    "formulaire, en principe sous dix jours ouvrés.",
    "Nous allons vérifier dans notre registre des demandes ce que sont devenues les vôtres.",
    "Vous pouvez aussi obtenir l'acte immédiatement au guichet de l'état civil, sur présentation d'une pièce "
    "d'identité, du lundi au samedi matin.",
]
case(ACTE, MAIRIE, compose(MAIRIE, " ".join(ACTE_BODY)), [])
case(ACTE, MAIRIE, compose(MAIRIE, insert(ACTE_BODY,
     "L'accueil qui vous a été réservé n'est pas celui que nous attendons de nos équipes ; nous en avons parlé avec "
     "elles et vous prions de nous en excuser.", 1)), [])
case(ACTE, MAIRIE, compose(MAIRIE, insert(ACTE_BODY,
     "Nous aurions dû vous remettre l'acte au guichet ce jour-là plutôt que de vous renvoyer vers internet.", 3)), [])
case(ACTE, MAIRIE, compose(MAIRIE, insert(ACTE_BODY,
     "Vos trois demandes ont été retrouvées : elles portaient une adresse incomplète. Un acte a été envoyé hier à "
     "l'adresse corrigée.", 3)), [], "Les 3 demandes avaient une adresse incomplète ; acte renvoyé hier.")
case(ACTE, MAIRIE, compose(MAIRIE, insert(ACTE_BODY,
     "Vos trois demandes portaient une adresse incomplète ; à l'impossible, nul n'est tenu, même La Poste.", 2)),
     ["blame"])
case(ACTE, MAIRIE, compose(MAIRIE, insert(ACTE_BODY,
     "Notre agente, qui exerce depuis vingt ans, sait parfaitement s'adresser aux adultes qui se comportent comme "
     "tels.", 1)), ["blame"])
case(ACTE, MAIRIE, compose(MAIRIE, insert(ACTE_BODY,
     "Service public, oui : ce qui ne veut pas dire que nos agents doivent accomplir les démarches à votre place.",
     3)), ["blame"])
case(ACTE, MAIRIE, compose(MAIRIE, insert(ACTE_BODY,
     "Permettez-nous de douter que vous ayez réellement saisi trois demandes : notre registre n'en compte qu'une.",
     2)), ["blame"])
case(ACTE, MAIRIE, compose(MAIRIE, " ".join(ACTE_BODY), closing=False), ["politeness"])
case(ACTE, MAIRIE, compose(MAIRIE, insert(ACTE_BODY,
     "Le guichet est ouvert de [HORAIRES] au rez-de-chaussée de l'hôtel de ville.", 4)), ["placeholder"])

# 8. Urssaf, contributions computed on a wrong turnover (internal channel, AI line and signature).
URSSAF_TEAM = channel(
    "Bien à vous,",
    "Le service des travailleurs indépendants de l'Urssaf Pays de la Loire",
    AI_DISCLOSURE_DEFAULT,
    False,
)
COTISATIONS: Review = (
    "Mes cotisations de micro-entrepreneur ont été calculées sur un chiffre d'affaires qui n'est pas le mien, trois "
    "fois trop élevé. J'ai laissé mon numéro, le [TELEPHONE_1], pour être rappelé : rien depuis un mois.",
    ["[TELEPHONE_1]"],
)
COTISATIONS_BODY = [
    "Nous vous remercions de nous avoir fait part de cette situation.",
    "Les cotisations d'un micro-entrepreneur sont calculées sur le chiffre d'affaires qu'il déclare chaque mois ou "
    "chaque trimestre ; si un montant erroné a été enregistré, il peut être corrigé.",
    "Pour cela, envoyez-nous depuis votre espace en ligne un message « Déclaration – rectification » en indiquant la "
    "période et le bon montant.",
    "Un gestionnaire reprendra alors le calcul et vous adressera un nouvel échéancier.",
]
case(COTISATIONS, URSSAF_TEAM, compose(URSSAF_TEAM, " ".join(COTISATIONS_BODY)), [])
case(COTISATIONS, URSSAF_TEAM, compose(URSSAF_TEAM, insert(COTISATIONS_BODY,
     "Un mois sans rappel après une demande de contact, ce n'est pas normal, et nous vous prions de nous en excuser.",
     1)), [])
case(COTISATIONS, URSSAF_TEAM, compose(URSSAF_TEAM, insert(COTISATIONS_BODY,
     "Un conseiller vous appellera au [TELEPHONE_1] jeudi matin pour reprendre la déclaration avec vous.", 4)), [],
     "Rappel programmé jeudi matin au numéro donné par l'usager.")
case(COTISATIONS, URSSAF_TEAM, compose(URSSAF_TEAM, insert(COTISATIONS_BODY,
     "Nous avons constaté qu'une erreur de saisie de notre part avait multiplié votre chiffre d'affaires du deuxième "
     "trimestre par trois ; il a été corrigé et le trop-perçu de 412 euros vous sera remboursé.", 3)), [],
     "Erreur de saisie interne sur le T2, corrigée ; remboursement du trop-perçu : 412 €.")
case(COTISATIONS, URSSAF_TEAM, compose(URSSAF_TEAM, insert(COTISATIONS_BODY,
     "Tant que la rectification n'est pas faite, les échéances restent dues : c'est la règle, même en cas de "
     "contestation.", 3)), [])
case(COTISATIONS, URSSAF_TEAM, compose(URSSAF_TEAM, insert(COTISATIONS_BODY,
     "Le chiffre d'affaires enregistré est celui que vous avez saisi vous-même ; nos services ne l'inventent pas.",
     1)), ["blame"])
case(COTISATIONS, URSSAF_TEAM, compose(URSSAF_TEAM, insert(COTISATIONS_BODY,
     "Être chef d'entreprise suppose, il nous semble, de savoir relire une déclaration avant de la valider.", 2)),
     ["blame"])
case(COTISATIONS, URSSAF_TEAM, compose(URSSAF_TEAM, insert(COTISATIONS_BODY,
     "Un numéro laissé une fois ne garantit pas un rappel, surtout quand on ne décroche pas quand nous appelons.", 1)),
     ["blame"])
case(COTISATIONS, URSSAF_TEAM, compose(URSSAF_TEAM, insert(COTISATIONS_BODY,
     "Trois fois trop élevé ? Nous serions curieux de savoir comment une telle erreur aurait pu venir de nous.", 1)),
     ["blame"])
case(COTISATIONS, URSSAF_TEAM, compose(URSSAF_TEAM, insert(COTISATIONS_BODY,
     "Les majorations de retard de ce trimestre vous seront retirées.", 4)), ["promise"])
case(COTISATIONS, URSSAF_TEAM, compose(URSSAF_TEAM, " ".join(COTISATIONS_BODY), disclosed=False), ["ai_disclosure"])
case(COTISATIONS, URSSAF_TEAM, compose(URSSAF_TEAM, insert(COTISATIONS_BODY,
     "Votre gestionnaire est {gestionnaire_nom}.", 4)), ["placeholder"])

# 9. Hospital emergency room, eight hours without information (public channel, AI line).
URGENCES: Review = (
    "Huit heures d'attente aux urgences avec ma mère de 85 ans, sur un brancard dans le couloir. Personne ne nous a "
    "donné la moindre information, on a dû supplier pour un verre d'eau. Honteux.",
    [],
)
URGENCES_BODY = [
    "Nous avons bien reçu votre témoignage et nous sommes sincèrement désolés de ce que votre mère et vous avez vécu.",
    "Le soir de votre venue, le service des urgences a accueilli un nombre de patients bien supérieur à sa capacité, "
    "et les patients dont l'état était jugé moins urgent ont attendu très longtemps.",
    "Cela n'excuse pas l'absence d'information ni le manque d'attention aux besoins simples d'une personne âgée.",
    "Votre message a été transmis au cadre de santé des urgences, qui le partagera avec l'équipe.",
]
case(URGENCES, PUBLIC_AI, compose(PUBLIC_AI, " ".join(URGENCES_BODY)), [])
case(URGENCES, PUBLIC_AI, compose(PUBLIC_AI, " ".join(URGENCES_BODY), hello="Madame, Monsieur,"), [])
case(URGENCES, PUBLIC_AI, compose(PUBLIC_AI, insert(URGENCES_BODY,
     "Une personne de 85 ans n'aurait pas dû attendre huit heures sur un brancard sans qu'on lui propose à boire.",
     3)), [])
case(URGENCES, PUBLIC_AI, compose(PUBLIC_AI, insert(URGENCES_BODY,
     "Vous pouvez, si vous le souhaitez, saisir la commission des usagers de l'hôpital, qui examine chaque "
     "réclamation écrite.", 4)), [])
case(URGENCES, PUBLIC_AI, compose(PUBLIC_AI, insert(URGENCES_BODY,
     "Depuis le mois dernier, un agent d'accueil passe toutes les heures auprès des patients en attente pour leur "
     "donner des nouvelles et leur proposer de l'eau.", 4)), [])
case(URGENCES, PUBLIC_AI, compose(PUBLIC_AI, insert(URGENCES_BODY,
     "Les urgences sont faites pour les urgences, et une bonne partie de nos patients ce soir-là auraient pu "
     "consulter leur médecin traitant.", 2)), ["blame"])
case(URGENCES, PUBLIC_AI, compose(PUBLIC_AI, insert(URGENCES_BODY,
     "Nos soignants, qui ont travaillé douze heures d'affilée ce soir-là, apprécieront le qualificatif de « honteux »."
     , 3)), ["blame"])
case(URGENCES, PUBLIC_AI, compose(PUBLIC_AI, insert(URGENCES_BODY,
     "« Supplier » est sans doute un bien grand mot pour une demande à laquelle l'équipe a répondu.", 3)), ["blame"])
case(URGENCES, PUBLIC_AI, compose(PUBLIC_AI, insert(URGENCES_BODY,
     "Si votre mère avait été prise en charge plus tôt par son médecin, sans doute n'aurait-elle pas eu besoin de "
     "venir aux urgences un samedi soir.", 2)), ["blame"])
case(URGENCES, PUBLIC_AI, compose(PUBLIC_AI, insert(URGENCES_BODY,
     "Pour mémoire, l'attente aux urgences dépend de la gravité de l'état de chacun et non de l'heure d'arrivée, "
     "comme l'indique en grand l'affiche de la salle d'attente.", 2)), ["blame"])
case(URGENCES, PUBLIC_AI, compose(PUBLIC_AI, insert(URGENCES_BODY,
     "Votre mère sera désormais prise en charge en priorité lors de ses prochaines venues.", 4)), ["promise"])
case(URGENCES, PUBLIC_AI, compose(PUBLIC_AI, " ".join(URGENCES_BODY), closing=False), ["politeness"])

# 10. Carsat, retirement pension not paid after five months (public channel, full requirements).
CARSAT = channel(
    "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
    "Carsat Bretagne, service retraite",
    AI_DISCLOSURE_DEFAULT,
    True,
)
RETRAITE: Review = (
    "Dossier de retraite déposé il y a cinq mois, toujours pas un euro de pension. Je vis sur mes économies, qui "
    "fondent. Vous pouvez m'écrire au [ADRESSE_1], puisque votre site ne marche jamais.",
    ["[ADRESSE_1]"],
)
RETRAITE_BODY = [
    "Nous vous remercions pour votre message et nous comprenons votre inquiétude.",
    "Une demande de retraite déposée complète est normalement payée dès le mois qui suit la date de départ choisie ; "
    "un retard de cette durée signifie qu'un élément bloque l'instruction.",
    "Il s'agit souvent d'une période de carrière à l'étranger ou dans un autre régime, pour laquelle nous attendons "
    "une confirmation.",
    "Nous avons demandé à un technicien retraite de reprendre votre dossier et de vous écrire pour vous dire ce qui "
    "manque.",
]
case(RETRAITE, CARSAT, compose(CARSAT, " ".join(RETRAITE_BODY)), [])
case(RETRAITE, CARSAT, compose(CARSAT, insert(RETRAITE_BODY,
     "Cinq mois sans ressources, c'est une situation que nous aurions dû repérer bien plus tôt.", 1)), [])
case(RETRAITE, CARSAT, compose(CARSAT, insert(RETRAITE_BODY,
     "En cas de difficulté financière, une avance sur pension peut être demandée à notre service social.", 4)), [])
case(RETRAITE, CARSAT, compose(CARSAT, insert(RETRAITE_BODY,
     "Votre dossier est désormais complet : votre pension a été mise en paiement et le premier versement, rappel des "
     "cinq mois compris, interviendra le 9 du mois prochain.", 4)), [],
     "Dossier complet, pension mise en paiement, premier versement le 9 du mois prochain avec rappel des 5 mois.")
case(RETRAITE, CARSAT, compose(CARSAT, insert(RETRAITE_BODY,
     "Un courrier vous a été adressé en mars pour vous demander un relevé de carrière ; il est resté sans réponse à "
     "ce jour.", 3)), [])
case(RETRAITE, CARSAT, compose(CARSAT, insert(RETRAITE_BODY,
     "Le courrier que nous vous avons adressé en mars attend toujours votre réponse ; il est difficile de vous payer "
     "une pension quand on ne nous répond pas.", 3)), ["blame"])
case(RETRAITE, CARSAT, compose(CARSAT, insert(RETRAITE_BODY,
     "Notre site fonctionne très bien pour les centaines de milliers de personnes qui l'utilisent chaque mois.", 1)),
     ["blame"])
case(RETRAITE, CARSAT, compose(CARSAT, insert(RETRAITE_BODY,
     "Préparer sa retraite, cela commence un an avant, et non cinq mois après comme semblent le croire certains.", 2)),
     ["blame"])
case(RETRAITE, CARSAT, compose(CARSAT, insert(RETRAITE_BODY,
     "Nous vous écrirons au [ADRESSE_1] comme vous le demandez.", 4)), ["personal_data"])
case(RETRAITE, CARSAT, compose(CARSAT, insert(RETRAITE_BODY,
     "Vous recevrez votre première pension avant la fin du mois.", 4)), ["promise"])
case(RETRAITE, CARSAT, compose(CARSAT, " ".join(RETRAITE_BODY), signed=False), ["signature"])
case(RETRAITE, CARSAT, compose(CARSAT, " ".join(RETRAITE_BODY), hello="", disclosed=False),
     ["greeting", "ai_disclosure"])

# 11. Mairie, school canteen refused for a file one day late (internal channel, nothing required).
CANTINE: Review = (
    "Inscription à la cantine refusée pour mon fils [PERSONNE_1] parce que le dossier est arrivé UN jour après la "
    "date limite. Je travaille, je ne peux pas venir le chercher à midi. Règlement absurde et inhumain.",
    ["[PERSONNE_1]"],
)
CANTINE_BODY = [
    "Nous avons bien reçu votre message au sujet de l'inscription de votre enfant à la restauration scolaire.",
    "La date limite d'inscription permet à nos équipes de prévoir le nombre de repas et d'encadrants pour la rentrée "
    "; les dossiers arrivés après cette date sont placés sur une liste d'attente.",
    "Les places libérées au fil des semaines sont proposées dans l'ordre de cette liste, en priorité aux familles "
    "dont les deux parents travaillent.",
    "Le service éducation peut vous recevoir pour étudier une solution d'accueil le midi en attendant.",
]
case(CANTINE, BARE, compose(BARE, " ".join(CANTINE_BODY)), [])
case(CANTINE, BARE, compose(BARE, " ".join(CANTINE_BODY), hello="Bonjour Madame, Monsieur,"), [])
case(CANTINE, BARE, compose(BARE, insert(CANTINE_BODY,
     "Nous comprenons que, pour un seul jour de retard, cette règle vous paraisse dure.", 1)), [])
case(CANTINE, BARE, compose(BARE, insert(CANTINE_BODY,
     "La règle de la date limite s'applique à toutes les familles de la commune, et nous ne pouvons pas y faire "
     "d'exception.", 2)), [])
case(CANTINE, BARE, compose(BARE, insert(CANTINE_BODY,
     "Une place s'est libérée à l'école de [PERSONNE_1] : son inscription est acceptée à compter du lundi 15 "
     "septembre.", 4)), [], "Place libérée, inscription acceptée à partir du lundi 15/09.")
case(CANTINE, BARE, compose(BARE, insert(CANTINE_BODY,
     "Notre formulaire en ligne aurait dû vous rappeler la date limite par courriel une semaine avant ; ce rappel n'a "
     "pas été envoyé cette année, par une erreur de notre part.", 2)), [])
case(CANTINE, BARE, compose(BARE, insert(CANTINE_BODY,
     "Si l'on acceptait chaque dossier arrivé « juste un jour » après, il n'y aurait plus de date limite.", 2)),
     ["blame"])
case(CANTINE, BARE, compose(BARE, insert(CANTINE_BODY,
     "Les autres familles, qui travaillent elles aussi, ont réussi à déposer leur dossier à temps.", 2)), ["blame"])
case(CANTINE, BARE, compose(BARE, insert(CANTINE_BODY,
     "« Inhumain » : nous laissons chacun juger de la pertinence du mot pour un formulaire de cantine.", 1)), ["blame"])
case(CANTINE, BARE, compose(BARE, insert(CANTINE_BODY,
     "Peut-être qu'un agenda, ou une simple alarme sur votre téléphone, vous éviterait ce genre de mésaventure l'an "
     "prochain.", 4)), ["blame"])
case(CANTINE, BARE, compose(BARE, insert(CANTINE_BODY,
     "Nous ferons une exception pour votre fils et il pourra manger à la cantine dès lundi.", 4)), ["promise"])
case(CANTINE, BARE, compose(BARE, insert(CANTINE_BODY, "Le service éducation est joignable au 02 40 __ __ __.", 4)),
     ["placeholder"])

# 12. MSA, a thankful review (public channel, politeness and AI line, no signature).
MSA = channel("Bien cordialement,", "", AI_DISCLOSURE_DEFAULT, True)
MERCI: Review = (
    "Je voulais remercier la conseillère de la MSA de Saint-Lô qui a débloqué en une semaine le dossier d'indemnités "
    "journalières de mon mari, après deux mois d'attente. Enfin quelqu'un qui écoute.",
    [],
)
MERCI_BODY = [
    "Merci beaucoup pour votre message, qui fait plaisir à toute l'équipe.",
    "Nous avons transmis vos remerciements à la conseillère qui a suivi le dossier de votre mari.",
    "Nous regrettons en revanche les deux mois d'attente qui ont précédé : un dossier d'indemnités journalières ne "
    "devrait pas rester bloqué aussi longtemps, et nous cherchons à comprendre pourquoi il l'a été.",
    "N'hésitez pas à revenir vers nous si vous avez d'autres questions.",
]
case(MERCI, MSA, compose(MSA, " ".join(MERCI_BODY)), [])
case(MERCI, MSA, compose(MSA, " ".join(MERCI_BODY), hello="Madame,"), [])
case(MERCI, MSA, compose(MSA, insert(MERCI_BODY,
     "Écouter, comprendre et trouver une solution, c'est exactement ce que nous attendons de chacun de nous.", 2)), [])
case(MERCI, MSA, compose(MSA, insert(MERCI_BODY,
     "Ce retard venait d'une attestation de salaire que nous avions mal enregistrée ; la faute nous en revient.", 3)),
     [])
case(MERCI, MSA, compose(MSA, insert(MERCI_BODY,
     "Il faut dire que le dossier de votre mari est devenu bien plus simple à traiter une fois toutes les pièces "
     "enfin fournies.", 2)), ["blame"])
case(MERCI, MSA, compose(MSA, insert(MERCI_BODY,
     "« Enfin quelqu'un qui écoute » : nos autres conseillers, qui écoutent aussi, apprécieront.", 2)), ["blame"])
case(MERCI, MSA, compose(MSA, insert(MERCI_BODY,
     "Comme quoi, avec un peu de patience de votre part, les choses finissent toujours par s'arranger.", 3)), ["blame"])
case(MERCI, MSA, compose(MSA, insert(MERCI_BODY,
     "Votre mari recevra en plus un geste commercial de 150 euros pour le désagrément.", 3)), ["promise"])
case(MERCI, MSA, compose(MSA, " ".join(MERCI_BODY), closing=False), ["politeness"])
case(MERCI, MSA,
     "Bonjour,\n\nMerci beaucoup pour votre message, qui fait plaisir à toute l'équipe. We have passed your thanks on "
     "to the adviser who handled your husband's file. We are sorry about the two months of waiting before that: such "
     "a file should never stay blocked for so long, and we are looking into why it did.\n\nBien cordialement,\n\n"
     + AI_DISCLOSURE_DEFAULT, ["language"])

# 13. CAF, prime d'activité recalculated (internal channel with a signature and an AI line).
CAF_SUD = channel("", "Le pôle prime d'activité de la CAF de l'Hérault", AI_DISCLOSURE_DEFAULT, False)
PRIME: Review = (
    "Ma prime d'activité est passée de 240 à 35 euros sans prévenir. J'ai déclaré mes revenus comme chaque trimestre. "
    "Quand j'ai demandé pourquoi au guichet, on m'a répondu « c'est le calcul » et c'est tout.",
    [],
)
PRIME_BODY = [
    "Nous vous remercions pour votre message.",
    "Le montant de la prime d'activité est recalculé chaque trimestre à partir des revenus déclarés pour les trois "
    "mois précédents ; une hausse de salaire, un changement dans le foyer ou une autre ressource peuvent le faire "
    "baisser fortement.",
    "Le détail du calcul figure dans votre espace Mon Compte, rubrique « Mes paiements ».",
    "Si un élément vous semble faux, vous pouvez nous le signaler par un message et un agent reprendra le calcul avec "
    "vous.",
]
case(PRIME, CAF_SUD, compose(CAF_SUD, " ".join(PRIME_BODY)), [])
case(PRIME, CAF_SUD, compose(CAF_SUD, insert(PRIME_BODY,
     "« C'est le calcul » n'est pas une explication, et vous étiez en droit d'en obtenir une au guichet.", 1)), [])
case(PRIME, CAF_SUD, compose(CAF_SUD, insert(PRIME_BODY,
     "Une baisse aussi forte aurait dû vous être annoncée par un courrier expliquant le nouveau montant.", 2)), [])
case(PRIME, CAF_SUD, compose(CAF_SUD, insert(PRIME_BODY,
     "Dans votre cas, la baisse vient de l'indemnité de fin de contrat versée en juin, qui compte comme un revenu "
     "d'activité pour ce trimestre.", 3)), [], "Baisse due à l'indemnité de fin de contrat de juin (revenu du T2).")
case(PRIME, CAF_SUD, compose(CAF_SUD, insert(PRIME_BODY,
     "Après vérification, une erreur de report de vos revenus d'avril est à l'origine de la baisse ; votre prime a "
     "été recalculée à 238 euros et la différence vous sera versée le 25.", 3)), [],
     "Erreur de report des revenus d'avril. Prime recalculée : 238 €. Rappel versé le 25.")
case(PRIME, CAF_SUD, compose(CAF_SUD, insert(PRIME_BODY,
     "Nous ne pouvons pas modifier le montant calculé, qui découle des règles nationales de la prestation.", 3)), [])
case(PRIME, CAF_SUD, compose(CAF_SUD, insert(PRIME_BODY,
     "Déclarer ses revenus « comme chaque trimestre » ne dispense pas de les déclarer exactement.", 2)), ["blame"])
case(PRIME, CAF_SUD, compose(CAF_SUD, insert(PRIME_BODY,
     "Le calcul, c'est effectivement le calcul : nous ne voyons pas bien quelle autre réponse vous espériez.", 1)),
     ["blame"])
case(PRIME, CAF_SUD, compose(CAF_SUD, insert(PRIME_BODY,
     "Il va de soi que la prime d'activité n'a jamais eu vocation à être un revenu garanti, ce que vous semblez "
     "découvrir.", 2)), ["blame"])
case(PRIME, CAF_SUD, compose(CAF_SUD, insert(PRIME_BODY,
     "Avez-vous seulement pris la peine d'ouvrir la rubrique « Mes paiements » avant d'écrire ?", 3)), ["blame"])
case(PRIME, CAF_SUD, compose(CAF_SUD, insert(PRIME_BODY,
     "Votre prime reviendra à son montant habituel dès le trimestre prochain.", 4)), ["promise"])
case(PRIME, CAF_SUD, compose(CAF_SUD, " ".join(PRIME_BODY), signed=False), ["signature"])
case(PRIME, BARE, compose(BARE, "Le montant dépend de vos revenus déclarés, voir Mon Compte."), ["length"])
PRIME_DETAILS = [
    "Pour être complet, voici comment se construit le montant que vous percevez.",
    "La prime d'activité se compose d'un montant forfaitaire, qui dépend de la composition du foyer, auquel s'ajoute "
    "une part des revenus professionnels du foyer, puis d'un éventuel bonus individuel pour chaque membre du foyer "
    "qui travaille et dont les revenus dépassent un certain seuil.",
    "De ce total sont retirées les ressources du foyer : revenus d'activité, indemnités de chômage, pensions, "
    "certaines prestations familiales et, le cas échéant, un forfait logement si vous êtes propriétaire, hébergé "
    "gratuitement ou bénéficiaire d'une aide au logement.",
    "Les revenus pris en compte sont ceux des trois mois du trimestre de référence, déclarés par vous, et le montant "
    "ainsi calculé reste fixe pendant les trois mois suivants, quelle que soit l'évolution de votre situation entre "
    "deux déclarations.",
    "C'est pourquoi une somme versée une seule fois, comme une prime de fin d'année, une indemnité de fin de contrat "
    "ou un rappel de salaire, peut faire baisser fortement la prime pendant tout un trimestre, avant que le montant "
    "ne remonte lorsque ce revenu exceptionnel sort de la période de référence.",
    "Les changements de situation familiale, comme une naissance, une séparation ou l'arrivée d'un enfant majeur qui "
    "travaille, modifient eux aussi le montant forfaitaire et le calcul des ressources.",
    "Enfin, un montant inférieur à quinze euros par mois n'est pas versé, ce qui explique que certains allocataires "
    "voient leur prime disparaître complètement pendant un trimestre.",
    "Toutes ces règles sont nationales : elles sont les mêmes dans chaque CAF et aucun agent ne peut les adapter à "
    "une situation particulière, même lorsque le résultat paraît injuste.",
]
case(PRIME, CAF_SUD, compose(CAF_SUD, " ".join([*PRIME_BODY, *PRIME_DETAILS])), ["length"])
case(PRIME, CAF_SUD, compose(CAF_SUD, " ".join([*PRIME_BODY[:2], *PRIME_DETAILS, *PRIME_BODY[2:],
     "Nous espérons que ces explications détaillées vous permettront de mieux comprendre l'évolution de votre prime "
     "d'activité et restons à votre disposition pour toute question complémentaire sur votre dossier."])), ["length"])

# 14. La Poste, a registered letter from the tax office never delivered (public channel, nothing else required).
OPEN = channel("", "", "", True)
RECOMMANDE: Review = (
    "Le facteur a mis un avis de passage pour un recommandé alors que j'étais chez moi toute la journée. Au bureau de "
    "poste, on m'a dit que la lettre était repartie à l'expéditeur après huit jours. C'était un courrier des impôts. "
    "Merci pour rien.",
    [],
)
RECOMMANDE_BODY = [
    "Nous sommes désolés pour ce contretemps, d'autant qu'il s'agissait d'un courrier important.",
    "Une lettre recommandée non remise est conservée quinze jours au bureau de poste ; un retour à l'expéditeur après "
    "huit jours n'est pas conforme à nos règles.",
    "Nous avons signalé l'avis de passage déposé alors que vous étiez présent au responsable de la distribution de "
    "votre secteur, qui fera le point avec le facteur.",
    "Vous pouvez aussi contacter le service des impôts expéditeur, qui pourra vous renvoyer le courrier ou vous en "
    "donner le contenu.",
]
case(RECOMMANDE, OPEN, compose(OPEN, " ".join(RECOMMANDE_BODY)), [])
case(RECOMMANDE, OPEN, compose(OPEN, " ".join(RECOMMANDE_BODY), hello="Bonjour Madame, Monsieur,"), [])
case(RECOMMANDE, OPEN, compose(OPEN, insert(RECOMMANDE_BODY,
     "Vous aviez raison de vous étonner : l'erreur vient de notre bureau, qui a appliqué le mauvais délai de garde.",
     2)), [])
case(RECOMMANDE, OPEN, compose(OPEN, insert(RECOMMANDE_BODY,
     "Un facteur doit sonner et attendre avant de déposer un avis de passage ; ce n'est manifestement pas ce qui "
     "s'est passé ce jour-là.", 3)), [])
case(RECOMMANDE, OPEN, compose(OPEN, insert(RECOMMANDE_BODY,
     "Le délai de garde de quinze jours est le même pour tous les envois recommandés, y compris ceux des "
     "administrations.", 2)), [])
case(RECOMMANDE, OPEN, compose(OPEN, insert(RECOMMANDE_BODY,
     "Nos facteurs ne déposent un avis que lorsque personne ne répond ; sans doute la sonnette n'a-t-elle pas été "
     "entendue.", 2)), ["blame"])
case(RECOMMANDE, OPEN, compose(OPEN, insert(RECOMMANDE_BODY,
     "Nous vous remercions pour votre « merci pour rien », que nous transmettons bien volontiers à l'équipe.", 0)),
     ["blame"])
case(RECOMMANDE, OPEN, compose(OPEN, insert(RECOMMANDE_BODY,
     "Huit jours pour passer au bureau de poste, cela laissait tout de même un peu de marge.", 2)), ["blame"])
case(RECOMMANDE, OPEN, compose(OPEN, insert(RECOMMANDE_BODY,
     "Le facteur a été sanctionné et ne desservira plus votre rue.", 3)), ["promise"])
case(RECOMMANDE, OPEN, "Bonjour,\n\nDésolés pour le recommandé, voyez avec les impôts.\n\nCordialement,", ["length"])

# 15. Collège, a parent's complaint about an unanswered request (internal channel, signature).
COLLEGE = channel("Cordialement,", "La principale adjointe du collège Jules-Verne", "", False)
ABSENCES: Review = (
    "Trois mails à la vie scolaire pour justifier l'absence de ma fille [PERSONNE_1], malade une semaine, et aucune "
    "réponse. Aujourd'hui je reçois un courrier qui parle d'absentéisme. On marche sur la tête.",
    ["[PERSONNE_1]"],
)
ABSENCES_BODY = [
    "Nous avons bien reçu votre message et nous vous remercions de nous avoir écrit.",
    "Les absences pour maladie sont justifiées dès lors que la famille en informe l'établissement, par mail, par le "
    "carnet de correspondance ou par l'espace numérique de travail.",
    "Nous avons demandé à la vie scolaire de retrouver vos trois messages et de mettre à jour le dossier de votre "
    "fille.",
    "Le courrier que vous avez reçu est envoyé automatiquement au-delà d'un certain nombre de demi-journées d'absence.",
]
case(ABSENCES, COLLEGE, compose(COLLEGE, " ".join(ABSENCES_BODY)), [])
case(ABSENCES, COLLEGE, compose(COLLEGE, " ".join(ABSENCES_BODY), hello="Madame, Monsieur,"), [])
case(ABSENCES, COLLEGE, compose(COLLEGE, insert(ABSENCES_BODY,
     "Vos trois mails sont bien arrivés : l'absence de [PERSONNE_1] est justifiée et le courrier reçu est sans objet "
     "; nous vous prions de nous excuser pour cette erreur.", 3)), [],
     "Les 3 mails ont été retrouvés, absence justifiée, courrier d'absentéisme annulé.")
case(ABSENCES, COLLEGE, compose(COLLEGE, insert(ABSENCES_BODY,
     "Trois messages restés sans réponse, c'est trois fois de trop : la vie scolaire aurait dû vous répondre dès le "
     "premier.", 1)), [])
case(ABSENCES, COLLEGE, compose(COLLEGE, insert(ABSENCES_BODY,
     "Ce courrier n'aurait pas dû partir alors que vos justificatifs nous étaient parvenus.", 4)), [])
case(ABSENCES, COLLEGE, compose(COLLEGE, insert(ABSENCES_BODY,
     "Nous vous souhaitons, ainsi qu'à votre fille, un bon rétablissement.", 4)), [])
case(ABSENCES, COLLEGE, compose(COLLEGE, insert(ABSENCES_BODY,
     "La loi impose à l'établissement de signaler les absences répétées, quelle qu'en soit la cause, et nous sommes "
     "tenus de la respecter.", 4)), [])
case(ABSENCES, COLLEGE, compose(COLLEGE, insert(ABSENCES_BODY,
     "Nous ne marchons pas sur la tête : nous appliquons la loi, ce qui n'est pas tout à fait la même chose.", 4)),
     ["blame"])
case(ABSENCES, COLLEGE, compose(COLLEGE, insert(ABSENCES_BODY,
     "Un certificat médical, remis le jour du retour comme le prévoit le règlement intérieur que vous avez signé, "
     "aurait évité tout cela.", 2)), ["blame"])
case(ABSENCES, COLLEGE, compose(COLLEGE, insert(ABSENCES_BODY,
     "Encore faut-il que les mails soient envoyés à la bonne adresse, ce dont nous ne sommes pas certains ici.", 2)),
     ["blame"])
case(ABSENCES, COLLEGE, compose(COLLEGE, " ".join(ABSENCES_BODY), signed=False), ["signature"])
case(ABSENCES, COLLEGE, compose(COLLEGE, insert(ABSENCES_BODY,
     "La conseillère principale d'éducation, Mme [NOM], vous recevra si vous le souhaitez.", 3)), ["placeholder"])

# 16. More clean drafts and personal data, on the same reviews in other channels.
case(APL, CPAM, compose(CPAM, insert(APL_BODY,
     "Le dossier de [PERSONNE_1], allocataire [NUMERO_ALLOCATAIRE_1], a été signalé comme prioritaire au service de "
     "gestion.", 3)), [])
case(APL, CAF_RHONE, compose(CAF_RHONE, insert(APL_BODY,
     "Pour que nous puissions retrouver votre dossier, indiquez votre numéro d'allocataire dans votre message, sans "
     "le publier ici.", 4)), [])
case(APL, CAF_RHONE, compose(CAF_RHONE, " ".join(APL_BODY), hello="Madame, Monsieur,"), [])
case(VITALE, PUBLIC_AI, compose(PUBLIC_AI, insert(VITALE_BODY,
     "Nous avons retrouvé votre demande sous le numéro [NIR_1].", 2)), ["personal_data"])
case(VITALE, PUBLIC_AI, compose(PUBLIC_AI, insert(VITALE_BODY,
     "Sans votre numéro de sécurité sociale, que nous vous invitons à ne jamais publier, nous avons tout de même pu "
     "retrouver votre demande grâce à votre message.", 2)), [])
case(CANTINE, MAIRIE, compose(MAIRIE, insert(CANTINE_BODY,
     "La demande de [PERSONNE_1] est la troisième sur la liste d'attente de son école.", 3)), ["personal_data"])
case(ABSENCES, PUBLIC_AI, compose(PUBLIC_AI, insert(ABSENCES_BODY,
     "Nous avons transmis le dossier de [PERSONNE_1] à la conseillère principale d'éducation.", 3)), ["personal_data"])
case(CANTINE, MAIRIE, compose(MAIRIE, insert(CANTINE_BODY,
     "La demande de votre enfant est la troisième sur la liste d'attente de son école.", 3)), [])
case(RADIATION, PUBLIC_AI, compose(PUBLIC_AI, insert(RADIATION_BODY,
     "Votre conseiller a bien été informé de votre message.", 4)), [])
case(RADIATION, BARE, compose(BARE, insert(RADIATION_BODY,
     "Nous avons transmis votre message à [PERSONNE_1].", 4)), [])
case(RETRAITE, CARSAT, compose(CARSAT, insert(RETRAITE_BODY,
     "Votre adresse postale est bien enregistrée dans votre dossier ; nous ne la reprenons pas ici, cette réponse "
     "étant publique.", 4)), [])
case(MAJORATION, SIP, compose(SIP, " ".join(MAJORATION_BODY), hello="Madame, Monsieur,"), [])
case(MAJORATION, SIP, compose(SIP, insert(MAJORATION_BODY,
     "Nous savons qu'il est aujourd'hui trop difficile de nous joindre par téléphone et nous renforçons l'accueil "
     "téléphonique à partir du mois prochain.", 4)), [], "Renfort de l'accueil téléphonique prévu le mois prochain.")
case(URGENCES, PUBLIC_AI, compose(PUBLIC_AI, insert(URGENCES_BODY,
     "Vous aviez raison d'insister pour qu'on s'occupe de votre mère.", 3)), [])
case(SEJOUR, BARE, compose(BARE, insert(SEJOUR_BODY,
     "Nous ne pouvons pas délivrer de récépissé papier : la procédure en ligne est obligatoire pour tous depuis le "
     "décret de 2021.", 2)), [])
case(CARTE_GRISE, ANTS, compose(ANTS, " ".join(CARTE_GRISE_BODY), hello="Bonjour Madame, bonjour Monsieur,"), [])
case(COTISATIONS, URSSAF_TEAM, compose(URSSAF_TEAM, insert(COTISATIONS_BODY,
     "Votre déclaration sera reprise par un gestionnaire, mais nous ne pouvons pas vous dire aujourd'hui quel montant "
     "sera retenu.", 4)), [])
case(ACTE, MAIRIE,
     "Hello,\n\nThank you for telling us about these difficulties. Birth certificates requested online are sent by "
     "post to the address given in the form, usually within ten working days. You can also get one straight away at "
     "the registry office with an identity document, Monday to Saturday morning.\n\nCordialement,\n\n"
     + str(MAIRIE["signature"]), ["language", "greeting"])
case(URGENCES, PUBLIC_AI, compose(PUBLIC_AI, " ".join(URGENCES_BODY), disclosed=False), ["ai_disclosure"])
case(MERCI, MSA, compose(MSA, insert(MERCI_BODY,
     "Votre message sera aussi partagé avec l'équipe qui a traité le dossier pendant les deux premiers mois, pour "
     "qu'elle en tire les leçons.", 3)), [])
case(PRIME, CAF_SUD, compose(CAF_SUD, " ".join(PRIME_BODY), hello="Madame, Monsieur,"), [])
case(PRIME, CAF_SUD, compose(CAF_SUD, insert(PRIME_BODY,
     "Nous savons qu'une baisse de cette ampleur, sans avertissement, peut mettre un budget en difficulté.", 1)), [])
case(RECOMMANDE, OPEN, compose(OPEN, insert(RECOMMANDE_BODY,
     "Vous n'aviez rien à faire de plus : c'était à nous de vous remettre ce courrier.", 3)), [])
case(ACTE, MAIRIE, compose(MAIRIE, " ".join(ACTE_BODY), hello="Madame, Monsieur,"), [])
case(ACTE, MAIRIE, compose(MAIRIE, insert(ACTE_BODY,
     "Une demande en ligne ne dispense pas d'un accueil attentif au guichet, et c'est ce que vous auriez dû trouver.",
     2)), [])
case(CANTINE, BARE, compose(BARE, insert(CANTINE_BODY,
     "Votre fils est aujourd'hui quatrième sur la liste d'attente de son école ; nous ne pouvons pas vous dire quand "
     "une place se libérera.", 3)), [], "4e sur la liste d'attente ; pas de date possible.")
case(RETRAITE, CARSAT, compose(CARSAT, " ".join(RETRAITE_BODY), hello="Madame, Monsieur,"), [])
# fmt: on
