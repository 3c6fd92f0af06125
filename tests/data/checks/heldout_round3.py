"""Round 3's held-out drafts for the check corpus, written by hand, one by one, by a hand who had not read the checks.

Replies of French public services to citizens' reviews (Services Publics+, « Je donne mon avis »): clean, or with one
or two defects. Each entry: (draft, review, instructions, placeholders, requirements, expected kinds). See README.md.
"""

from __future__ import annotations

from bot.domain import AI_DISCLOSURE_DEFAULT

Case = tuple[str, str, str, list[str], dict[str, object], list[str]]
Review = tuple[str, list[str]]


def team(politeness: str, signature: str, disclosure: str, public: bool) -> dict[str, object]:
    return {"politeness": politeness, "signature": signature, "ai_disclosure": disclosure, "public_replies": public}


def reply(
    rules: dict[str, object],
    body: str,
    *,
    hello: str = "Bonjour,",
    closing: bool | str = True,
    signed: bool = True,
    disclosed: bool = True,
) -> str:
    """A draft as an agent would send it: greeting, body, then what the channel asks for (unless left out)."""
    parts = [hello] if hello else []
    parts.append(body)
    if closing:
        parts.append(closing if isinstance(closing, str) else str(rules["politeness"]) or "Cordialement,")
    if signed and rules["signature"]:
        parts.append(str(rules["signature"]))
    if disclosed and rules["ai_disclosure"]:
        parts.append(str(rules["ai_disclosure"]))
    return "\n\n".join(parts)


HELDOUT: list[Case] = []


def add(review: Review, rules: dict[str, object], draft: str, expected: list[str], instructions: str = "") -> None:
    HELDOUT.append((draft, review[0], instructions, review[1], rules, expected))


NONE = team("", "", "", False)
NONE_PUBLIC = team("", "", "", True)

# Data below: one call per draft, laid out by hand for reading.
# fmt: off
# --- CAF de la Gironde: prime d'activité suspendue (public replies) ---
CAF = team("Bien cordialement,", "Le service relations usagers de la CAF de la Gironde", "", True)
CAF_REVIEW: Review = (
    "Prime d'activité suspendue depuis deux mois sans la moindre explication. J'ai envoyé trois messages depuis mon "
    "espace, aucune réponse. Je m'appelle [PERSONNE_1], allocataire [NUMERO_ALLOCATAIRE_1], et je ne peux plus payer "
    "mon loyer.",
    ["[PERSONNE_1]", "[NUMERO_ALLOCATAIRE_1]"],
)
CAF_BODY = (
    "Nous sommes sincèrement désolés de la suspension de votre prime d'activité et de l'absence de réponse à vos "
    "trois messages, qui n'est pas acceptable. Une suspension intervient le plus souvent lorsqu'une déclaration "
    "trimestrielle de ressources manque ou qu'un contrôle est en cours. Nous avons demandé à un conseiller d'examiner "
    "votre dossier et de vous répondre par la messagerie de votre espace personnel."
)
add(CAF_REVIEW, CAF, reply(CAF, CAF_BODY), [])
add(CAF_REVIEW, CAF, reply(CAF, CAF_BODY + " Vous pouvez aussi joindre nos conseillers au 3230, du lundi au vendredi "
    "de 9 h à 16 h.", hello="Madame, Monsieur,"), [])
add(CAF_REVIEW, CAF, reply(CAF, CAF_BODY, hello="Bonjour [PERSONNE_1],"), ["personal_data"])
add(CAF_REVIEW, CAF, reply(CAF, CAF_BODY + " Le dossier [NUMERO_ALLOCATAIRE_1] a été signalé au service concerné."),
    ["personal_data"])
add(CAF_REVIEW, {**CAF, "public_replies": False}, reply(CAF, CAF_BODY, hello="Bonjour [PERSONNE_1],"), [])
add(CAF_REVIEW, CAF, reply(CAF, CAF_BODY + " Votre prime sera rétablie dès la semaine prochaine, avec le rappel des "
    "deux mois."), ["promise"])
add(CAF_REVIEW, CAF, reply(CAF, "Merci pour votre message, et pardon pour ce long silence. Le contrôle de votre "
    "dossier est terminé depuis le 12 mars : votre prime d'activité est rétablie et le rappel des deux mois "
    "suspendus, soit 418 €, sera versé le 5 avril sur votre compte. Nous regrettons les difficultés que cette "
    "suspension vous a causées pour payer votre loyer."), [],
    "Contrôle terminé le 12 mars, prime rétablie, rappel de 2 mois (418 €) versé le 5 avril.")
add(CAF_REVIEW, CAF, reply(CAF, CAF_BODY + " Nous vous rappelons toutefois qu'il vous appartient de déclarer vos "
    "ressources chaque trimestre, ce que vous n'avez visiblement pas fait."), ["blame"])
add(CAF_REVIEW, CAF, reply(CAF, "Avez-vous seulement pensé à vérifier votre déclaration trimestrielle avant de "
    "publier cet avis ? " + CAF_BODY), ["blame"])
add(CAF_REVIEW, CAF, reply(CAF, CAF_BODY, signed=False), ["signature"])
add(CAF_REVIEW, CAF, reply(CAF, CAF_BODY, hello="Bonjour [PERSONNE_1],", closing=False),
    ["politeness", "personal_data"])
add(CAF_REVIEW, CAF, reply(CAF, CAF_BODY.replace("par la messagerie de votre espace personnel", "au [numéro de "
    "téléphone du service]")), ["placeholder"])
add(CAF_REVIEW, CAF, reply(CAF, "Vous nous indiquez que votre prime d'activité est suspendue depuis deux mois et que "
    "vos trois messages sont restés sans réponse. C'est à nous de vous expliquer une suspension, et nous ne l'avons "
    "pas fait : nous vous prions de nous en excuser. Votre dossier a été transmis à un conseiller, qui reprendra "
    "avec vous chaque étape.", hello="Madame, Monsieur,"), [])

# --- CPAM du Rhône: remboursements de kinésithérapie (public, AI disclosure) ---
CPAM = team("Cordialement,", "Le service relation clients de la CPAM du Rhône", AI_DISCLOSURE_DEFAULT, True)
CPAM_REVIEW: Review = (
    "Mes séances de kinésithérapie ne sont plus remboursées depuis mars. Au téléphone on me dit d'attendre, sur place "
    "on me renvoie vers le site. Je suis [PERSONNE_1], numéro de sécurité sociale [NIR_1].",
    ["[PERSONNE_1]", "[NIR_1]"],
)
CPAM_NOTE = "Feuilles de soins bloquées : prescription expirée le 28 février. Demander une nouvelle prescription."
CPAM_BODY = (
    "Nous comprenons votre agacement : attendre plusieurs mois le remboursement de soins réguliers pèse lourdement "
    "sur un budget. Les feuilles de soins de votre kinésithérapeute nous parviennent bien, mais elles sont bloquées "
    "parce que la prescription médicale est arrivée à échéance fin février. Nous vous invitons à demander une "
    "nouvelle prescription à votre médecin : dès qu'elle nous sera transmise, les paiements pourront reprendre."
)
add(CPAM_REVIEW, CPAM, reply(CPAM, CPAM_BODY), [], CPAM_NOTE)
add(CPAM_REVIEW, CPAM, reply(CPAM, CPAM_BODY + " Sans prescription valide, l'Assurance Maladie ne peut pas rembourser "
    "les séances : cette règle s'applique à tous les assurés.", hello="Madame, Monsieur,"), [], CPAM_NOTE)
add(CPAM_REVIEW, CPAM, reply(CPAM, CPAM_BODY, disclosed=False), ["ai_disclosure"], CPAM_NOTE)
add(CPAM_REVIEW, CPAM, reply(CPAM, CPAM_BODY, signed=False, disclosed=False), ["signature", "ai_disclosure"],
    CPAM_NOTE)
add(CPAM_REVIEW, CPAM, reply(CPAM, CPAM_BODY + " Nous avons vérifié le dossier associé au numéro [NIR_1]."),
    ["personal_data"], CPAM_NOTE)
add(CPAM_REVIEW, CPAM, reply(CPAM, CPAM_BODY + " Nous vous rembourserons l'ensemble des séances depuis mars, soit "
    "340 €, d'ici quinze jours."), ["promise"], CPAM_NOTE)
add(CPAM_REVIEW, CPAM, reply(CPAM, "Nous sommes ravis d'apprendre que vous connaissez mieux que nos services les "
    "règles de remboursement. " + CPAM_BODY), ["blame"], CPAM_NOTE)
add(CPAM_REVIEW, CPAM, reply(CPAM, CPAM_BODY + " Nous comprenons que les démarches en ligne puissent sembler "
    "compliquées à certaines personnes ; elles sont pourtant à la portée de tous."), ["blame"], CPAM_NOTE)
add(CPAM_REVIEW, CPAM, reply(CPAM, "We understand your frustration: waiting several months for the reimbursement of "
    "regular treatment is a real burden. Your physiotherapist's claims do reach us, but they are on hold because the "
    "medical prescription expired at the end of February. Please ask your doctor for a new prescription so that "
    "payments can resume."), ["language"], CPAM_NOTE)
add(CPAM_REVIEW, CPAM, reply(CPAM, "Merci de nous avoir signalé ce blocage. Vous avez raison : on aurait dû vous "
    "expliquer dès votre premier appel pourquoi vos séances n'étaient plus remboursées. La prescription de vos "
    "séances a expiré fin février ; une nouvelle prescription de votre médecin permettra de débloquer les paiements, "
    "comme pour tous les assurés dans votre cas."), [], CPAM_NOTE)

# --- France Travail, agence de Lens: rendez-vous annulés (not public, signature) ---
FT = team("", "Votre agence France Travail de Lens", "", False)
FT_REVIEW: Review = (
    "Mon rendez-vous a été annulé deux fois par l'agence la veille, par SMS. Je n'ai plus de conseiller depuis "
    "janvier et mon allocation risque d'être coupée. [PERSONNE_1], tél. [TELEPHONE_1]",
    ["[PERSONNE_1]", "[TELEPHONE_1]"],
)
FT_NOTE = "Nouveau conseiller désigné, il proposera un rendez-vous."
FT_BODY = (
    "Nous vous présentons nos excuses pour ces deux annulations de dernière minute : elles sont dues à l'absence "
    "imprévue de plusieurs conseillers, et nous savons combien elles compliquent vos démarches. L'annulation d'un "
    "rendez-vous par l'agence n'a aucune conséquence sur le versement de votre allocation. Un nouveau conseiller "
    "a été désigné pour reprendre votre suivi et vous proposera un rendez-vous."
)
add(FT_REVIEW, FT, reply(FT, FT_BODY, hello="Bonjour [PERSONNE_1],", closing=False), [], FT_NOTE)
add(FT_REVIEW, FT, reply(FT, FT_BODY, closing="Bien cordialement,"), [], FT_NOTE)
add(FT_REVIEW, FT, reply(FT, FT_BODY + " Votre rendez-vous est fixé au mardi 14 mai à 9 h 30.", closing=False),
    ["promise"], FT_NOTE)
add(FT_REVIEW, FT, reply(FT, FT_BODY.replace("vous proposera un rendez-vous.", "vous recevra le mardi 14 mai à "
    "9 h 30, à l'agence."), closing="Cordialement,"), [],
    "Nouveau conseiller désigné ; rendez-vous fixé au mardi 14 mai à 9 h 30 à l'agence.")
add(FT_REVIEW, FT, reply(FT, FT_BODY.replace("Un nouveau conseiller a", "Votre nouvelle conseillère, Mme [NOM], "
    "a").replace("vous proposera", "elle vous proposera"), closing=False), ["placeholder"], FT_NOTE)
add(FT_REVIEW, FT, reply(FT, FT_BODY + " Nous avons également transmis votre message à [PERSONNE_2], responsable "
    "d'équipe."), ["placeholder"], FT_NOTE)
add(FT_REVIEW, FT, reply(FT, FT_BODY + " Nous notons cependant que vous n'aviez pas non plus répondu à notre "
    "convocation de décembre."), ["blame"], FT_NOTE)
add(FT_REVIEW, FT, reply(FT, FT_BODY + " À l'avenir, nous vous invitons à faire preuve d'un peu plus de patience : "
    "nos conseillers font ce qu'ils peuvent.", closing=False), ["blame"], FT_NOTE)
add(FT_REVIEW, FT, reply(FT, FT_BODY, hello=""), ["greeting"], FT_NOTE)
add(FT_REVIEW, FT, reply(FT, "Nous transmettons à votre conseiller. Bonne journée.", closing=False), ["length"],
    FT_NOTE)
add(FT_REVIEW, FT, reply(FT, "Hola, lamentamos mucho las dos cancelaciones de última hora: se deben a la ausencia "
    "imprevista de varios asesores. La cancelación de una cita por parte de la agencia no tiene ninguna consecuencia "
    "sobre el pago de su subsidio. Un nuevo asesor ha sido designado y le propondrá una cita.", hello="",
    closing="Saludos cordiales,"), ["language", "greeting"], FT_NOTE)
add(FT_REVIEW, FT, reply(FT, "Merci d'avoir pris le temps d'écrire. Deux annulations la veille, par simple SMS, "
    "après des semaines sans conseiller : nous comprenons que vous vous soyez senti laissé de côté, et c'est notre "
    "organisation qui est en cause. Soyez rassuré : une annulation décidée par l'agence n'a pas de conséquence "
    "sur votre allocation. Votre nouveau conseiller prendra contact avec vous pour fixer un rendez-vous.",
    hello="Madame, Monsieur,", closing=False), [], FT_NOTE)

# --- Service des impôts des particuliers de Nantes: majoration (public, formal closing) ---
SIP = team("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
           "Le service des impôts des particuliers de Nantes", "", True)
SIP_REVIEW: Review = (
    "On m'a appliqué une majoration de 10 % alors que j'ai déclaré mes revenus en ligne dans les temps. Impossible de "
    "joindre quelqu'un au téléphone, la messagerie renvoie des réponses automatiques.",
    [],
)
SIP_BODY = (
    "Nous avons bien pris connaissance de votre avis et regrettons les difficultés rencontrées pour joindre nos "
    "services. La majoration de 10 % est appliquée lorsque la déclaration est enregistrée après la date limite fixée "
    "pour votre département. Si vous disposez de l'accusé de réception de votre déclaration en ligne, vous pouvez le "
    "joindre à une réclamation depuis la messagerie sécurisée de votre espace particulier sur impots.gouv.fr : elle "
    "sera examinée par un agent."
)
SIP_LONG = (
    " Pour bien comprendre le calcul, rappelons d'abord que la date limite de dépôt de la déclaration en ligne dépend "
    "du numéro de votre département de résidence au 1er janvier : elle est plus précoce pour les départements 01 à "
    "19, intermédiaire pour les départements 20 à 54 et plus tardive pour les départements 55 à 976. Lorsque la "
    "déclaration est déposée après cette date, le logiciel applique automatiquement une majoration de 10 % sur les "
    "droits dus, sans intervention d'un agent, puis l'avis d'impôt en tient compte. Cette majoration peut être "
    "portée à 20 % ou 40 % lorsque la déclaration n'est déposée qu'après une ou deux mises en demeure, ce qui n'est "
    "pas votre cas. Lorsque la déclaration a été signée en ligne à temps mais que l'enregistrement a échoué, par "
    "exemple à la suite d'une interruption de la connexion au moment de la validation, l'accusé de réception "
    "électronique fait foi : il comporte la date et l'heure de la signature ainsi qu'un numéro d'enregistrement. Si "
    "vous ne retrouvez pas cet accusé dans votre messagerie personnelle, il reste consultable dans la rubrique « "
    "Documents » de votre espace particulier, à la ligne de la déclaration de revenus concernée. Votre réclamation "
    "doit préciser l'impôt concerné, l'année, le montant contesté et les motifs de votre demande, et être "
    "accompagnée de cet accusé. Vous pouvez la déposer par la messagerie sécurisée, par courrier adressé au service "
    "ou directement à l'accueil du centre des finances publiques, aux horaires d'ouverture affichés sur notre site. "
    "En cas de désaccord avec la réponse, vous pourrez saisir le conciliateur fiscal départemental, puis, le cas "
    "échéant, le tribunal administratif. Enfin, si le paiement de la majoration vous met en difficulté, sachez qu'un "
    "étalement du paiement peut être demandé auprès du même service, en expliquant votre situation."
)
add(SIP_REVIEW, SIP, reply(SIP, SIP_BODY, hello="Madame, Monsieur,"), [])
add(SIP_REVIEW, SIP, reply(SIP, "La date limite de déclaration s'impose à tous les contribuables et nos services ne "
    "peuvent pas y déroger. " + SIP_BODY), [])
add(SIP_REVIEW, SIP, reply(SIP, "Nous vous remercions pour votre message et vous prions de nous excuser pour cette "
    "erreur. Après vérification, votre déclaration en ligne a bien été déposée le 18 mai, dans les délais : la "
    "majoration est annulée et un dégrèvement de 146 € a été prononcé. Nous regrettons aussi que vous n'ayez pu "
    "joindre personne au téléphone et transmettons votre remarque au responsable de l'accueil.",
    hello="Madame, Monsieur,"), [],
    "Accusé de réception retrouvé : déclaration du 18 mai dans les délais, majoration annulée (dégrèvement de 146 €).")
add(SIP_REVIEW, SIP, reply(SIP, SIP_BODY + " Nous annulerons bien entendu la majoration dès réception de votre "
    "réclamation."), ["promise"])
add(SIP_REVIEW, SIP, reply(SIP, "Fallait-il vraiment attendre le dernier jour pour déclarer vos revenus ? "
    + SIP_BODY), ["blame"])
add(SIP_REVIEW, SIP, reply(SIP, SIP_BODY + " Il ne vous aura sans doute pas échappé que la date limite figurait en "
    "première page de votre espace.", hello="Madame, Monsieur,"), ["blame"])
add(SIP_REVIEW, SIP, reply(SIP, SIP_BODY, closing=False), ["politeness"])
add(SIP_REVIEW, SIP, reply(SIP, SIP_BODY + " Vous pouvez également nous rendre visite au centre des finances "
    "publiques, [adresse du centre], du lundi au vendredi."), ["placeholder"])
add(SIP_REVIEW, SIP, reply(SIP, SIP_BODY + SIP_LONG, hello="Madame, Monsieur,"), ["length"])
add(SIP_REVIEW, SIP, reply(SIP, "Nous avons bien pris connaissance de votre avis. La majoration de 10 % est "
    "appliquée lorsque la déclaration est enregistrée après la date limite. Please note that our phone lines are "
    "extremely busy during the tax season. If you have the acknowledgement of receipt of your online return, we kindly "
    "ask you to attach it to a claim sent through the secure messaging of your personal account, where an officer "
    "will review it."), ["language"])

# --- Préfecture: renouvellement de titre de séjour (public, own AI-disclosure line) ---
PREF = team("", "", "Cette réponse a été rédigée avec l'aide d'une intelligence artificielle et vérifiée par un agent "
            "de la préfecture.", True)
PREF_REVIEW: Review = (
    "Titre de séjour : mon récépissé expire dans dix jours, aucun créneau de rendez-vous depuis quatre mois sur le "
    "site. Je vais perdre mon emploi. [PERSONNE_1], né le [DATE_NAISSANCE_1].",
    ["[PERSONNE_1]", "[DATE_NAISSANCE_1]"],
)
PREF_BODY = (
    "Nous mesurons l'inquiétude que provoque l'expiration prochaine de votre récépissé, surtout lorsque votre emploi "
    "en dépend. Les demandes de renouvellement de titre de séjour se font désormais en ligne sur le site de "
    "l'administration numérique pour les étrangers en France (ANEF), sans rendez-vous préalable. L'attestation de "
    "dépôt délivrée par le site permet de justifier de la régularité du séjour auprès de l'employeur pendant "
    "l'instruction."
)
add(PREF_REVIEW, PREF, reply(PREF, PREF_BODY), [])
add(PREF_REVIEW, PREF, reply(PREF, PREF_BODY, hello="Madame, Monsieur,", closing=False), [])
add(PREF_REVIEW, PREF, reply(PREF, PREF_BODY, disclosed=False), ["ai_disclosure"])
add(PREF_REVIEW, PREF, reply(PREF, PREF_BODY + " Nous rappelons que les démarches doivent être anticipées au moins "
    "deux mois avant l'expiration : attendre la dernière minute expose forcément à ce genre de difficulté.",
    disclosed=False), ["blame", "ai_disclosure"])
add(PREF_REVIEW, PREF, reply(PREF, PREF_BODY, hello="Bonjour [PERSONNE_1],"), ["personal_data"])
add(PREF_REVIEW, PREF, reply(PREF, PREF_BODY + " Nous avons retrouvé votre demande au nom de [PERSONNE_1], né le "
    "[DATE_NAISSANCE_1].", closing=False), ["personal_data"])
add(PREF_REVIEW, PREF, reply(PREF, PREF_BODY + " Votre nouveau titre de séjour vous sera délivré avant l'expiration "
    "de votre récépissé."), ["promise"])
add(PREF_REVIEW, PREF, reply(PREF, PREF_BODY + " Votre demande déposée sur l'ANEF est complète : une attestation de "
    "prolongation d'instruction, valable trois mois, vous a été délivrée aujourd'hui et se trouve dans votre "
    "espace."), [],
    "Demande ANEF complète, attestation de prolongation d'instruction délivrée ce jour, valable 3 mois.")
add(PREF_REVIEW, PREF, reply(PREF, PREF_BODY + " Il suffisait de lire le site, où tout est expliqué, plutôt que de "
    "chercher pendant quatre mois un rendez-vous qui n'existe plus."), ["blame"])
add(PREF_REVIEW, NONE, "Hello,\n\nWe understand how worrying it is to see your receipt about to expire, especially "
    "when your job depends on it. Renewal applications for residence permits are now made online on the ANEF "
    "website, without any prior appointment. The filing certificate issued by the website proves that your stay is "
    "lawful while your application is being processed.\n\nKind regards,", ["language", "greeting"])

# --- ANTS: carte grise en attente (not public, nothing required) ---
ANTS_REVIEW: Review = (
    "Carte grise : demande faite le 2 février pour mon véhicule [IMMATRICULATION_1], toujours « en cours "
    "d'instruction ». Je roule avec le certificat provisoire qui expire bientôt.",
    ["[IMMATRICULATION_1]"],
)
ANTS_BODY = (
    "Merci pour votre message. Nous comprenons votre inquiétude à l'approche de la fin de validité de votre "
    "certificat provisoire d'immatriculation. Certaines demandes de changement de titulaire nécessitent une "
    "vérification complémentaire, qui allonge le délai d'instruction. Vous pouvez suivre l'avancement depuis votre "
    "espace sur le site de l'ANTS et, si une pièce manque, un message vous y sera adressé."
)
add(ANTS_REVIEW, NONE, reply(NONE, ANTS_BODY + " Votre demande pour le véhicule [IMMATRICULATION_1] est bien "
    "enregistrée."), [])
add(ANTS_REVIEW, NONE, reply(NONE, ANTS_BODY, closing=False), [])
add(ANTS_REVIEW, NONE, reply(NONE, ANTS_BODY + " Votre certificat d'immatriculation définitif vous sera envoyé sous "
    "huit jours."), ["promise"])
add(ANTS_REVIEW, NONE, reply(NONE, "Félicitations, vous faites partie des rares usagers à ne pas avoir trouvé la "
    "rubrique « Suivi de ma demande ». " + ANTS_BODY), ["blame"])
add(ANTS_REVIEW, NONE, reply(NONE, ANTS_BODY, hello=""), ["greeting"])
add(ANTS_REVIEW, NONE, reply(NONE, ANTS_BODY + " Le véhicule [IMMATRICULATION_2] est lui aussi concerné."),
    ["placeholder"])
add(ANTS_REVIEW, NONE, reply(NONE, ANTS_BODY, closing="Cordialement,\n{{agent.nom}}, centre d'expertise"),
    ["placeholder"])
add(ANTS_REVIEW, NONE_PUBLIC, reply(NONE, ANTS_BODY + " Le dossier du véhicule [IMMATRICULATION_1] est en cours de "
    "vérification."), ["personal_data"])

# --- Mairie de Villeurbanne, état civil (not public) ---
MAIRIE = team("Bien à vous,", "Le service état civil de la mairie de Villeurbanne", "", False)
MAIRIE_REVIEW: Review = (
    "Trois demandes d'acte de naissance pour mon fils [PERSONNE_2] depuis janvier, aucune réponse. J'habite "
    "[ADRESSE_1], je peux venir sur place mais le guichet est fermé le samedi. [PERSONNE_1]",
    ["[PERSONNE_1]", "[PERSONNE_2]", "[ADRESSE_1]"],
)
MAIRIE_NOTE = (
    "Incident sur l'outil de demandes en ligne en janvier-février, corrigé ; acte envoyé par courrier le 3 avril."
)
MAIRIE_BODY = (
    "Nous vous prions de nous excuser pour ces trois demandes restées sans réponse. Elles ont bien été enregistrées, "
    "mais n'ont pas été traitées à cause d'un incident sur notre outil de demandes en ligne, désormais corrigé. Le "
    "service état civil est ouvert du lundi au vendredi de 8 h 30 à 17 h, et le jeudi jusqu'à 19 h pour les "
    "personnes qui travaillent en journée."
)
add(MAIRIE_REVIEW, MAIRIE, reply(MAIRIE, MAIRIE_BODY + " L'acte de naissance de [PERSONNE_2] vous a été envoyé par "
    "courrier le 3 avril.", hello="Bonjour [PERSONNE_1],"), [], MAIRIE_NOTE)
add(MAIRIE_REVIEW, MAIRIE, reply(MAIRIE, MAIRIE_BODY, hello="Madame, Monsieur,"), [], MAIRIE_NOTE)
add(MAIRIE_REVIEW, MAIRIE, reply(MAIRIE, MAIRIE_BODY, signed=False), ["signature"], MAIRIE_NOTE)
add(MAIRIE_REVIEW, MAIRIE, reply(MAIRIE, MAIRIE_BODY, closing=False), ["politeness"], MAIRIE_NOTE)
add(MAIRIE_REVIEW, {**MAIRIE, "public_replies": True}, reply(MAIRIE, MAIRIE_BODY + " L'acte vous a été envoyé le "
    "3 avril au [ADRESSE_1]."), ["personal_data"], MAIRIE_NOTE)
add(MAIRIE_REVIEW, MAIRIE, reply(MAIRIE, MAIRIE_BODY + " Nous vous enverrons l'acte dans les 48 heures."),
    ["promise"])
add(MAIRIE_REVIEW, MAIRIE, reply(MAIRIE, MAIRIE_BODY + " Nous vous signalons toutefois que vos trois demandes en "
    "double ont surtout contribué à encombrer le service."), ["blame"], MAIRIE_NOTE)
add(MAIRIE_REVIEW, MAIRIE, reply(MAIRIE, MAIRIE_BODY + " Pour information, ces horaires figurent sur la porte de la "
    "mairie comme sur notre site : un simple coup d'œil vous aurait évité de vous déplacer un samedi."), ["blame"],
    MAIRIE_NOTE)
add(MAIRIE_REVIEW, MAIRIE, reply(MAIRIE, "Please accept our apologies for your three requests that went unanswered. "
    "They were registered but not processed because of an incident on our online request tool, which has now been "
    "fixed. The registry office is open Monday to Friday from 8:30 am to 5 pm, and until 7 pm on Thursdays."),
    ["language"], MAIRIE_NOTE)
add(MAIRIE_REVIEW, MAIRIE, reply(MAIRIE, "Vous avez raison d'être mécontent : trois demandes sans la moindre réponse, "
    "ce n'est pas le service que la mairie doit à ses habitants. Un incident sur notre outil de demandes en ligne, "
    "aujourd'hui corrigé, explique ce silence, sans l'excuser. L'acte de naissance de votre fils vous a été envoyé "
    "par courrier le 3 avril."), [], MAIRIE_NOTE)

# --- La Poste: recommandé non remis (public, nothing required) ---
POSTE_REVIEW: Review = (
    "Colis recommandé jamais livré, avis de passage déposé alors que j'étais chez moi toute la journée. Et le bureau "
    "de poste du quartier est fermé le samedi. Joignable au [TELEPHONE_1].",
    ["[TELEPHONE_1]"],
)
POSTE_BODY = (
    "Nous sommes désolés pour ce recommandé non remis et comprenons votre mécontentement : un avis de passage déposé "
    "alors que vous étiez présent n'est pas le service que nous vous devons. Votre remarque a été transmise au "
    "responsable de la distribution de votre secteur. Votre envoi est conservé quinze jours au bureau indiqué sur "
    "l'avis, et vous pouvez aussi demander une nouvelle présentation en ligne."
)
add(POSTE_REVIEW, NONE_PUBLIC, reply(NONE, POSTE_BODY), [])
add(POSTE_REVIEW, NONE_PUBLIC, reply(NONE, POSTE_BODY, hello="Madame, Monsieur,",
    closing="Cordialement,\n\nLe service clients de La Poste"), [])
add(POSTE_REVIEW, NONE_PUBLIC, reply(NONE, POSTE_BODY + " Nous avons bien noté votre numéro, le [TELEPHONE_1]."),
    ["personal_data"])
add(POSTE_REVIEW, NONE_PUBLIC, reply(NONE, POSTE_BODY + " Sans doute n'avez-vous pas entendu le facteur sonner.",
    hello=""), ["greeting", "blame"])
add(POSTE_REVIEW, NONE_PUBLIC, reply(NONE, "Nous ne doutons pas un instant que vous étiez chez vous toute la journée. "
    + POSTE_BODY), ["blame"])
add(POSTE_REVIEW, NONE_PUBLIC, reply(NONE, POSTE_BODY + " Un geste commercial de 20 € vous sera accordé en "
    "dédommagement."), ["promise"])
add(POSTE_REVIEW, NONE_PUBLIC, reply(NONE, "Désolés. Votre réclamation est transmise."), ["length"])
add(POSTE_REVIEW, NONE_PUBLIC, reply(NONE, "Le bureau de votre quartier est fermé le samedi depuis septembre, faute de "
    "fréquentation suffisante ; le bureau principal, rue de la République, est ouvert le samedi de 9 h à 12 h. "
    + POSTE_BODY), [])
add(POSTE_REVIEW, NONE, reply(NONE, POSTE_BODY + " Notre service clients pourra vous joindre au [TELEPHONE_1] si "
    "vous le souhaitez."), [])

# --- Urssaf: cotisations réclamées deux fois (not public, politeness and AI disclosure) ---
URSSAF = team("Cordialement,", "", AI_DISCLOSURE_DEFAULT, False)
URSSAF_REVIEW: Review = (
    "Micro-entrepreneur, l'Urssaf me réclame 1 240 € de cotisations que j'ai déjà payées en janvier. Six semaines "
    "sans réponse à mes messages. Mon adresse mail : [EMAIL_1].",
    ["[EMAIL_1]"],
)
URSSAF_BODY = (
    "Nous vous remercions de votre message et vous présentons nos excuses pour ce délai de réponse. Lorsqu'un "
    "paiement n'a pas été rattaché à la bonne échéance, un appel de cotisations peut être émis à tort. Pour que nous "
    "puissions rapprocher votre paiement de janvier, transmettez-nous depuis votre espace en ligne la preuve de "
    "paiement (relevé bancaire ou confirmation de télépaiement). Votre réclamation sera ensuite examinée par un "
    "gestionnaire."
)
add(URSSAF_REVIEW, URSSAF, reply(URSSAF, URSSAF_BODY), [])
add(URSSAF_REVIEW, URSSAF, reply(URSSAF, URSSAF_BODY + " Une copie de notre réponse vous est aussi adressée à "
    "[EMAIL_1].", hello="Madame, Monsieur,"), [])
add(URSSAF_REVIEW, URSSAF, reply(URSSAF, "Nous vous présentons nos excuses pour ce délai et pour la relance que vous "
    "avez reçue à tort. Votre paiement de janvier avait été affecté à une autre échéance ; il a été régularisé le "
    "22 mai et la relance de 1 240 € est annulée. Vous n'avez aucune démarche à faire."), [],
    "Paiement de janvier retrouvé, mal affecté ; régularisé le 22 mai, la relance de 1 240 € est annulée.")
add(URSSAF_REVIEW, URSSAF, reply(URSSAF, URSSAF_BODY + " Nous allons annuler la relance de 1 240 € et vous "
    "rembourser les frais bancaires."), ["promise"])
add(URSSAF_REVIEW, URSSAF, reply(URSSAF, URSSAF_BODY, disclosed=False), ["ai_disclosure"])
add(URSSAF_REVIEW, URSSAF, reply(URSSAF, URSSAF_BODY, closing=False, disclosed=False),
    ["politeness", "ai_disclosure"])
add(URSSAF_REVIEW, URSSAF, reply(URSSAF, URSSAF_BODY + " Une erreur de votre part dans la référence du virement "
    "explique à elle seule cette situation ; nous vous invitons à l'avenir à vérifier vos saisies."), ["blame"])
add(URSSAF_REVIEW, URSSAF, reply(URSSAF, "Était-il si difficile de conserver votre preuve de paiement ? "
    + URSSAF_BODY), ["blame"])
add(URSSAF_REVIEW, NONE, "Hello,\n\nThank you for your message and please accept our apologies for the delay. When a "
    "payment has not been matched with the right due date, a contribution call may be issued by mistake. Please "
    "send us proof of your January payment from your online account so that a case manager can review your "
    "claim.\n\nBest regards,", ["language", "greeting"])
add(URSSAF_REVIEW, URSSAF, reply(URSSAF, "Nous avons bien reçu votre message et comprenons votre exaspération : "
    "recevoir une relance pour des cotisations déjà réglées, puis attendre six semaines une réponse, n'est pas "
    "acceptable. Nous aurions dû vous répondre bien plus tôt. Merci de nous transmettre la preuve de votre paiement "
    "de janvier depuis votre espace : elle permettra au gestionnaire de votre dossier de vérifier l'affectation."),
    [])

# --- MSA d'Armorique: avis positif (not public) ---
MSA = team("Bien cordialement,", "La MSA d'Armorique", "", False)
MSA_REVIEW: Review = (
    "Très bon accueil à l'agence de Loudéac. La conseillère [PERSONNE_2] a pris le temps de m'expliquer mes droits à "
    "la retraite agricole et m'a aidé à remplir mon dossier. Merci ! [PERSONNE_1]",
    ["[PERSONNE_1]", "[PERSONNE_2]"],
)
MSA_BODY = (
    "Un grand merci pour ce message chaleureux, qui fait plaisir à toute l'équipe de l'agence de Loudéac. Nous avons "
    "transmis vos remerciements à votre conseillère, qui y sera très sensible. Prendre le temps d'expliquer les "
    "droits de chacun fait partie de nos missions, et nous sommes heureux que cet échange vous ait été utile. "
    "N'hésitez pas à revenir vers nous pour toute autre question."
)
add(MSA_REVIEW, MSA, reply(MSA, MSA_BODY), [])
add(MSA_REVIEW, MSA, reply(MSA, MSA_BODY.replace("à votre conseillère", "à [PERSONNE_2]"),
    hello="Bonjour [PERSONNE_1],"), [])
add(MSA_REVIEW, {**MSA, "public_replies": True}, reply(MSA, MSA_BODY, hello="Bonjour [PERSONNE_1],"),
    ["personal_data"])
add(MSA_REVIEW, {**MSA, "public_replies": True}, reply(MSA, MSA_BODY + " Encore merci, [PERSONNE_1], et à bientôt."),
    ["personal_data"])
add(MSA_REVIEW, MSA, reply(MSA, MSA_BODY, signed=False), ["signature"])
add(MSA_REVIEW, MSA, reply(MSA, MSA_BODY + " Comme quoi, quand on prend la peine de venir à l'agence plutôt que de se "
    "plaindre en ligne, tout se passe bien !"), ["blame"])
add(MSA_REVIEW, MSA, reply(MSA, MSA_BODY + " Votre retraite sera versée dès le mois prochain, au taux plein."),
    ["promise"])
add(MSA_REVIEW, MSA, reply(MSA, "Merci beaucoup pour votre message !", hello=""), ["length", "greeting"])
add(MSA_REVIEW, MSA, reply(MSA, "Quel plaisir de lire votre message ! Nous l'avons partagé avec toute l'équipe de "
    "Loudéac, et en particulier avec votre conseillère. Les démarches de retraite agricole sont souvent complexes ; "
    "savoir qu'un rendez-vous vous a permis d'y voir clair est la meilleure des récompenses pour nos conseillers.",
    hello="Madame, Monsieur,"), [])

# --- CHU de Rouen, urgences (public, signature) ---
HOP = team("", "La direction des usagers, des risques et de la qualité, CHU de Rouen", "", True)
HOP_REVIEW: Review = (
    "Huit heures aux urgences avec ma mère de 85 ans, sur un brancard dans un couloir, sans qu'on nous propose même un "
    "verre d'eau. Personne pour nous informer. [PERSONNE_1]",
    ["[PERSONNE_1]"],
)
HOP_BODY = (
    "Nous vous remercions d'avoir pris le temps de nous faire part de cette expérience, et nous vous présentons nos "
    "sincères excuses pour l'attente et le manque d'attention dont votre mère et vous-même avez souffert. Rester huit "
    "heures sur un brancard sans information ni hydratation n'est pas acceptable, quelle que soit l'affluence. Votre "
    "témoignage a été transmis au chef de service des urgences et au cadre de santé, qui l'examineront avec l'équipe."
)
add(HOP_REVIEW, HOP, reply(HOP, HOP_BODY, hello="Madame, Monsieur,", closing=False), [])
add(HOP_REVIEW, HOP, reply(HOP, HOP_BODY + " Si vous le souhaitez, vous pouvez également saisir la commission des "
    "usagers de l'établissement en écrivant à la direction des usagers."), [])
add(HOP_REVIEW, HOP, reply(HOP, HOP_BODY + " Le jour de votre venue, le service a accueilli 240 patients, près du "
    "double de sa fréquentation habituelle ; cela explique l'attente, sans excuser l'absence d'information.",
    closing="Avec nos salutations respectueuses,"), [])
add(HOP_REVIEW, HOP, reply(HOP, HOP_BODY, hello="Bonjour [PERSONNE_1],"), ["personal_data"])
add(HOP_REVIEW, HOP, reply(HOP, HOP_BODY + " Nous rappelons néanmoins que les urgences sont réservées aux situations "
    "graves et que le médecin traitant reste le premier recours."), ["blame"])
add(HOP_REVIEW, HOP, reply(HOP, "Nous sommes navrés que notre service d'urgences n'ait pas été à la hauteur d'un "
    "hôtel quatre étoiles. " + HOP_BODY), ["blame"])
add(HOP_REVIEW, HOP, reply(HOP, HOP_BODY + " Votre mère sera prise en charge sans attente lors de sa prochaine "
    "venue."), ["promise"])
add(HOP_REVIEW, HOP, reply(HOP, HOP_BODY, signed=False), ["signature"])
add(HOP_REVIEW, HOP, reply(HOP, HOP_BODY + " Vous pouvez écrire au cadre de santé, M. XXXX, à l'adresse indiquée sur "
    "notre site."), ["placeholder"])
add(HOP_REVIEW, HOP, reply(HOP, HOP_BODY, hello=""), ["greeting"])

# --- Collège Jean-Moulin: professeur absent (not public, nothing required) ---
ECOLE_REVIEW: Review = (
    "Mon fils n'a pas eu de professeur de mathématiques pendant six semaines au collège, et personne ne nous a "
    "informés. Comment rattraper le programme ?",
    [],
)
ECOLE_NOTE = "Remplaçant arrivé le 4 mars ; heures de soutien le mercredi matin jusqu'aux vacances de printemps."
ECOLE_BODY = (
    "Nous comprenons votre inquiétude et regrettons que les familles n'aient pas été informées plus tôt de cette "
    "absence. Le professeur de mathématiques a été absent pour raison de santé et le remplacement n'a pu être assuré "
    "immédiatement, faute de candidat disponible. Un professeur remplaçant a pris ses fonctions le 4 mars, et des "
    "heures de soutien sont organisées le mercredi matin pour aider les élèves à rattraper les chapitres non traités."
)
ECOLE_LONG = (
    " Permettez-nous de vous détailler la manière dont les remplacements sont organisés, afin que vous compreniez "
    "mieux ce qui s'est passé. Lorsqu'un professeur est absent pour une durée supérieure à quinze jours, le chef "
    "d'établissement signale l'absence au service du rectorat chargé des remplacements, qui recherche d'abord un "
    "professeur titulaire sur zone de remplacement disponible dans le secteur, puis, à défaut, un professeur "
    "contractuel. En mathématiques, ces recherches sont particulièrement difficiles cette année, car le nombre de "
    "candidats est bien inférieur aux besoins de l'académie. Pendant ce délai, l'établissement peut organiser des "
    "heures d'étude encadrées, mais il ne peut pas confier l'enseignement à une personne qui n'a pas été recrutée "
    "à cet effet. Le remplaçant qui a pris ses fonctions le 4 mars a rencontré l'équipe de mathématiques afin de "
    "reprendre la progression là où elle s'était arrêtée et de définir les chapitres prioritaires pour la fin de "
    "l'année. Les heures de soutien du mercredi matin sont ouvertes à tous les élèves des classes concernées, sans "
    "inscription préalable, jusqu'aux vacances de printemps. Les professeurs principaux feront également un point "
    "avec chaque famille lors des rencontres parents-professeurs du troisième trimestre, et le conseil de classe "
    "tiendra compte de cette période dans l'appréciation des résultats. Enfin, nous avons revu notre manière "
    "d'informer les familles : toute absence longue sera désormais signalée par un message sur l'espace numérique "
    "de travail dans la semaine où elle commence, avec les mesures prises pour y répondre. Nous restons à votre "
    "disposition pour un rendez-vous avec la direction ou avec le professeur principal de votre fils."
)
add(ECOLE_REVIEW, NONE, reply(NONE, ECOLE_BODY), [], ECOLE_NOTE)
add(ECOLE_REVIEW, NONE, reply(NONE, ECOLE_BODY, hello="Madame, Monsieur,",
    closing="Cordialement,\n\nLe principal du collège Jean-Moulin"), [], ECOLE_NOTE)
add(ECOLE_REVIEW, NONE, reply(NONE, ECOLE_BODY + " Nous vous rappelons que le suivi de la scolarité de votre enfant "
    "relève aussi de votre responsabilité, notamment par la consultation régulière de l'ENT."), ["blame"],
    ECOLE_NOTE)
add(ECOLE_REVIEW, NONE, reply(NONE, ECOLE_BODY + " Il n'est pas nécessaire d'être enseignant pour comprendre qu'un "
    "remplacement ne se trouve pas en un claquement de doigts."), ["blame"], ECOLE_NOTE)
add(ECOLE_REVIEW, NONE, reply(NONE, ECOLE_BODY + " Votre fils aura le même professeur jusqu'à la fin de l'année et "
    "aura rattrapé tout le programme d'ici juin."), ["promise"], ECOLE_NOTE)
add(ECOLE_REVIEW, NONE, reply(NONE, "Lamentamos que las familias no hayan sido informadas antes de esta ausencia. "
    "El profesor de matemáticas estuvo ausente por motivos de salud y no se pudo encontrar un sustituto de inmediato. "
    "Un profesor sustituto empezó el 4 de marzo y se organizan clases de apoyo los miércoles por la mañana.",
    closing="Saludos,"), ["language"], ECOLE_NOTE)
add(ECOLE_REVIEW, NONE, reply(NONE, ECOLE_BODY + ECOLE_LONG, hello="Madame, Monsieur,"), ["length"], ECOLE_NOTE)
add(ECOLE_REVIEW, NONE, reply(NONE, ECOLE_BODY, hello=""), ["greeting"], ECOLE_NOTE)
add(ECOLE_REVIEW, NONE, reply(NONE, ECOLE_BODY + " L'équipe du collège [NOM DU COLLÈGE] reste à votre disposition."),
    ["placeholder"], ECOLE_NOTE)
add(ECOLE_REVIEW, NONE, reply(NONE, "Vous avez raison : six semaines sans cours de mathématiques, sans que les "
    "familles soient prévenues, c'est trop long, et l'information aurait dû vous parvenir dès la deuxième semaine. "
    "Le remplaçant est arrivé le 4 mars. Pour les chapitres manqués, des heures de soutien ont lieu le mercredi "
    "matin, ouvertes à tous les élèves de la classe.", closing="Bien à vous,"), [], ECOLE_NOTE)

# --- Carsat Bourgogne-Franche-Comté: retraite non versée (public, politeness, signature, AI disclosure) ---
CARSAT = team("Cordialement,", "Le service retraite de la Carsat Bourgogne-Franche-Comté", AI_DISCLOSURE_DEFAULT, True)
CARSAT_REVIEW: Review = (
    "Dossier de retraite complet déposé il y a sept mois, toujours pas de pension. Je vis sans aucun revenu depuis "
    "mars. [PERSONNE_1], numéro de sécurité sociale [NIR_1], [TELEPHONE_1].",
    ["[PERSONNE_1]", "[NIR_1]", "[TELEPHONE_1]"],
)
CARSAT_BODY = (
    "Nous comprenons pleinement votre détresse : se retrouver sans revenu après une vie de travail est une situation "
    "que nous regrettons profondément. Les délais de traitement des demandes de retraite se sont allongés cette année "
    "dans notre région, et nous vous présentons nos excuses pour cette attente. Si vous n'avez plus aucune "
    "ressource, vous pouvez demander un versement provisoire de votre retraite en appelant le 3960 ou par la "
    "messagerie de votre espace personnel."
)
add(CARSAT_REVIEW, CARSAT, reply(CARSAT, CARSAT_BODY), [])
add(CARSAT_REVIEW, CARSAT, reply(CARSAT, "Nous vous présentons toutes nos excuses pour ce délai, beaucoup trop long. "
    "Votre dossier a été validé le 9 juin : le premier paiement de votre retraite, d'un montant de 1 186 €, "
    "interviendra le 9 juillet, accompagné du rappel des mensualités dues depuis mars. Nous mesurons combien ces "
    "mois sans revenu ont été difficiles.", hello="Madame, Monsieur,"), [],
    "Dossier validé le 9 juin, premier paiement de 1 186 € le 9 juillet avec rappel depuis mars.")
add(CARSAT_REVIEW, CARSAT, reply(CARSAT, CARSAT_BODY + " Votre pension sera versée avant la fin du mois, avec le "
    "rappel depuis mars."), ["promise"])
add(CARSAT_REVIEW, CARSAT, reply(CARSAT, CARSAT_BODY + " Votre dossier, enregistré sous le numéro [NIR_1], est en "
    "cours d'examen."), ["personal_data"])
add(CARSAT_REVIEW, CARSAT, reply(CARSAT, CARSAT_BODY, disclosed=False), ["ai_disclosure"])
add(CARSAT_REVIEW, CARSAT, reply(CARSAT, CARSAT_BODY, closing=False), ["politeness"])
add(CARSAT_REVIEW, CARSAT, reply(CARSAT, CARSAT_BODY + " Il est regrettable que vous n'ayez pas déposé votre demande "
    "six mois avant la date souhaitée, comme nous le recommandons partout."), ["blame"])
add(CARSAT_REVIEW, CARSAT, reply(CARSAT, CARSAT_BODY + " Nous nous permettons de souligner que vos pièces "
    "justificatives ne nous sont parvenues qu'après deux relances de nos services.", hello="Madame, Monsieur,"),
    ["blame"])
add(CARSAT_REVIEW, CARSAT, reply(CARSAT, "We fully understand your distress: having no income after a working life is "
    "a situation we deeply regret. Processing times for retirement claims have increased this year in our region. "
    "If you have no resources left, you can ask for a provisional payment of your pension by calling 3960."),
    ["language"])
add(CARSAT_REVIEW, CARSAT, reply(CARSAT, CARSAT_BODY + " Votre premier paiement interviendra le 15 du mois prochain.",
    hello="Bonjour [PERSONNE_1],"), ["personal_data", "promise"])
add(CARSAT_REVIEW, CARSAT, reply(CARSAT, CARSAT_BODY.replace("Nous comprenons", "Vous nous écrivez que votre dossier "
    "complet a été déposé il y a sept mois et que vous n'avez plus de revenu depuis mars. Nous comprenons")), [])

# --- CAF du Nord: aide au logement, pièces redemandées (not public, politeness, signature, AI disclosure) ---
CAF2 = team("Cordialement,", "Caisse d'allocations familiales du Nord", AI_DISCLOSURE_DEFAULT, False)
CAF2_REVIEW: Review = (
    "Demande d'APL faite en ligne il y a trois mois, on me demande sans cesse les mêmes pièces. J'ai déjà envoyé mon "
    "bail quatre fois ! [PERSONNE_1], IBAN [IBAN_1]",
    ["[PERSONNE_1]", "[IBAN_1]"],
)
CAF2_BODY = (
    "Nous sommes désolés d'avoir dû vous redemander plusieurs fois les mêmes documents : ce n'est pas normal et nous "
    "comprenons votre exaspération. Lorsqu'un bail est transmis sous forme de photo, il arrive qu'une page soit "
    "illisible ou manquante, ce qui bloque l'étude du droit. Un conseiller a repris votre dossier : il vous indiquera "
    "par la messagerie de votre espace ce qui manque exactement, en une seule fois."
)
add(CAF2_REVIEW, CAF2, reply(CAF2, CAF2_BODY, hello="Bonjour [PERSONNE_1],"), [])
add(CAF2_REVIEW, CAF2, reply(CAF2, CAF2_BODY), [])
add(CAF2_REVIEW, CAF2, reply(CAF2, CAF2_BODY + " Nous vous conseillons, à l'avenir, de scanner vos documents "
    "correctement plutôt que de les photographier de travers."), ["blame"])
add(CAF2_REVIEW, CAF2, reply(CAF2, "Quatre envois du même bail : voilà une belle preuve de persévérance, à défaut de "
    "lisibilité. " + CAF2_BODY), ["blame"])
add(CAF2_REVIEW, CAF2, reply(CAF2, CAF2_BODY + " Votre aide au logement sera versée dès le 5 du mois prochain, avec "
    "effet rétroactif."), ["promise"])
add(CAF2_REVIEW, CAF2, reply(CAF2, CAF2_BODY.replace("Un conseiller a", "Votre conseillère, [PERSONNE_4], a"),
    disclosed=False), ["ai_disclosure", "placeholder"])
add(CAF2_REVIEW, CAF2, reply(CAF2, "Nous vous prions de nous excuser pour ces demandes répétées. Votre dossier est "
    "désormais complet et votre droit à l'aide au logement est ouvert : vous percevrez 247 € par mois à compter de "
    "juin, et le premier versement aura lieu le 5 juillet sur le compte que vous nous avez indiqué."), [],
    "Droit APL ouvert ce jour : 247 € par mois à compter de juin, premier versement le 5 juillet.")
add(CAF2_REVIEW, NONE, "We are sorry we had to ask you several times for the same documents; this is not normal and "
    "we understand your frustration. When a lease is sent as a photo, a page is sometimes unreadable or missing. An "
    "adviser has taken over your file and will tell you exactly what is missing, all at once.\n\nKind regards,",
    ["language", "greeting"])
add(CAF2_REVIEW, CAF2, reply(CAF2, CAF2_BODY + " Nous avons bien enregistré vos coordonnées bancaires ([IBAN_1]) dans "
    "votre dossier."), [])

# --- Impôts, prélèvement à la source (public, politeness) ---
PAS = team("Cordialement,", "", "", True)
PAS_REVIEW: Review = (
    "Le taux de mon prélèvement à la source a doublé sans raison, je perds 180 € par mois. Je ne comprends rien aux "
    "explications du site.",
    [],
)
PAS_BODY = (
    "Nous comprenons que cette hausse de prélèvement soit difficile à vivre et que les explications en ligne ne "
    "soient pas toujours claires. Votre taux de prélèvement est recalculé chaque année en septembre à partir des "
    "revenus de votre dernière déclaration : si ces revenus ont augmenté, ou si un changement de situation a été "
    "déclaré, le taux augmente. Vous pouvez le vérifier et, si vos revenus ont baissé depuis, demander une modulation "
    "dans la rubrique « Gérer mon prélèvement à la source » de votre espace particulier."
)
PAS_LONG = (
    " Pour être tout à fait complet, voici comment se déroule le calcul. Le taux personnalisé est obtenu en divisant "
    "l'impôt dû sur les revenus de l'année précédente, hors revenus exceptionnels, par le montant de ces revenus. "
    "Il est appliqué de janvier à août sur la base de la déclaration de l'avant-dernière année, puis de septembre à "
    "décembre sur la base de la dernière déclaration. Si vous vivez en couple, le taux est commun au foyer, sauf si "
    "vous avez choisi un taux individualisé, qui tient compte des écarts de revenus entre conjoints. Il existe aussi "
    "un taux non personnalisé, dit taux neutre, que vous pouvez choisir si vous ne souhaitez pas que votre employeur "
    "connaisse votre taux : vous versez alors vous-même la différence chaque mois. La modulation à la baisse est "
    "possible lorsque le prélèvement estimé avec vos nouveaux revenus est inférieur de plus de 5 % à celui qui "
    "résulterait du taux actuel ; si l'estimation se révèle trop optimiste, une pénalité peut être appliquée l'année "
    "suivante. Une fois la modulation enregistrée, le nouveau taux est transmis à votre employeur ou à votre caisse "
    "de retraite, qui l'applique au plus tard le troisième mois suivant. La régularisation définitive intervient "
    "l'été suivant, lors de l'avis d'impôt : si trop a été prélevé, le surplus est remboursé ; dans le cas contraire, "
    "le solde est prélevé en plusieurs fois. Nos agents peuvent vous accompagner dans ces démarches à l'accueil du "
    "centre des finances publiques, sur rendez-vous, ou par téléphone au numéro indiqué sur votre avis d'impôt."
)
add(PAS_REVIEW, PAS, reply(PAS, PAS_BODY), [])
add(PAS_REVIEW, PAS, reply(PAS, PAS_BODY + " Nous ne pouvons pas modifier ce taux à votre place : la modulation est "
    "une démarche personnelle, et une estimation trop basse entraîne une pénalité l'année suivante.",
    hello="Madame, Monsieur,"), [])
add(PAS_REVIEW, PAS, reply(PAS, PAS_BODY + " Les explications du site sont pourtant rédigées pour être comprises de "
    "tous : une lecture attentive aurait suffi."), ["blame"])
add(PAS_REVIEW, PAS, reply(PAS, PAS_BODY + " Peut-être serait-il temps de vous intéresser d'un peu plus près à vos "
    "propres déclarations ?"), ["blame"])
add(PAS_REVIEW, PAS, reply(PAS, PAS_BODY, closing=False), ["politeness"])
add(PAS_REVIEW, PAS, reply(PAS, PAS_BODY + " Nous allons ramener votre taux à son niveau précédent et vous rembourser "
    "le trop-perçu de 540 €."), ["promise"])
add(PAS_REVIEW, PAS, reply(PAS, PAS_BODY + PAS_LONG), ["length"])
add(PAS_REVIEW, PAS, reply(PAS, PAS_BODY, hello=""), ["greeting"])
add(PAS_REVIEW, PAS, reply(PAS, "Merci pour votre message, et pardon si nos explications en ligne vous ont laissé "
    "dans le flou : c'est à nous de les rendre plus claires. Une hausse du taux en septembre vient presque toujours "
    "de la dernière déclaration de revenus. Si votre situation a changé depuis, une modulation peut être demandée "
    "dans votre espace particulier, et un agent peut vous y aider à l'accueil."), [])

# --- Hôpital de Saint-Nazaire, consultations (not public, politeness, signature, AI disclosure) ---
CONSULT = team("Bien cordialement,", "Service des consultations externes, hôpital de Saint-Nazaire",
               AI_DISCLOSURE_DEFAULT, False)
CONSULT_REVIEW: Review = (
    "Rendez-vous de cardiologie annulé par SMS la veille, après quatre mois d'attente, et nouveau rendez-vous dans "
    "cinq mois. Mon médecin m'avait dit que c'était urgent. [PERSONNE_1] [TELEPHONE_1]",
    ["[PERSONNE_1]", "[TELEPHONE_1]"],
)
CONSULT_BODY = (
    "Nous vous présentons nos excuses pour l'annulation de votre consultation de cardiologie, prévenue bien trop "
    "tard. Elle est liée à l'absence imprévue d'un praticien, et nous savons combien il est difficile d'attendre à "
    "nouveau après quatre mois. Si votre médecin estime que votre état nécessite un avis rapide, il peut contacter "
    "directement le secrétariat de cardiologie par la ligne réservée aux médecins : les demandes urgentes y sont "
    "examinées chaque jour."
)
add(CONSULT_REVIEW, CONSULT, reply(CONSULT, CONSULT_BODY), [])
add(CONSULT_REVIEW, CONSULT, reply(CONSULT, CONSULT_BODY + " Le secrétariat a noté votre numéro, [TELEPHONE_1], afin "
    "de vous prévenir si un créneau se libère plus tôt.", hello="Bonjour [PERSONNE_1],"), [])
add(CONSULT_REVIEW, CONSULT, reply(CONSULT, CONSULT_BODY.replace("Si votre médecin", "Votre rendez-vous a pu être "
    "avancé au 12 juin à 14 h avec le Dr Martin. Par ailleurs, si votre médecin")), [],
    "Nouveau rendez-vous avancé au 12 juin à 14 h avec le Dr Martin.")
add(CONSULT_REVIEW, CONSULT, reply(CONSULT, CONSULT_BODY + " Un nouveau rendez-vous vous sera proposé dans les quinze "
    "jours."), ["promise"])
add(CONSULT_REVIEW, CONSULT, reply(CONSULT, CONSULT_BODY, signed=False, disclosed=False),
    ["signature", "ai_disclosure"])
add(CONSULT_REVIEW, CONSULT, reply(CONSULT, CONSULT_BODY + " Nous regrettons que vous ayez choisi de publier un avis "
    "plutôt que d'appeler le secrétariat, qui aurait pu vous renseigner."), ["blame"])
add(CONSULT_REVIEW, CONSULT, reply(CONSULT, "Croyez-vous vraiment que nos cardiologues annulent des consultations "
    "par plaisir ? " + CONSULT_BODY), ["blame"])
add(CONSULT_REVIEW, CONSULT, reply(CONSULT, CONSULT_BODY + " Le secrétariat est joignable au 02 40 XX XX XX de 9 h à "
    "17 h."), ["placeholder"])
add(CONSULT_REVIEW, CONSULT, reply(CONSULT, CONSULT_BODY, hello="Madame, Monsieur,"), [])

# --- Ville de Montreuil, restauration scolaire (public, all texts required, own disclosure line) ---
CANTINE = team("Cordialement,", "Le service éducation de la ville de Montreuil", "Réponse préparée avec l'aide d'une "
               "intelligence artificielle et relue par un agent de la ville.", True)
CANTINE_REVIEW: Review = (
    "Inscription à la cantine refusée pour ma fille [PERSONNE_2] parce que le dossier est arrivé un jour après la date "
    "limite. Je travaille, je n'ai aucune solution pour le midi. [PERSONNE_1]",
    ["[PERSONNE_1]", "[PERSONNE_2]"],
)
CANTINE_NOTE = "Dossier arrivé après la date limite ; demande placée sur liste d'attente."
CANTINE_BODY = (
    "Nous comprenons combien ce refus vous met en difficulté pour l'organisation de vos journées de travail. Les "
    "inscriptions à la restauration scolaire sont closes à une date commune à toutes les familles, afin de prévoir "
    "le nombre de repas et d'encadrants. Des places se libèrent toutefois en cours d'année : votre demande a été "
    "placée sur liste d'attente, et le service éducation vous contactera dès qu'une place sera disponible."
)
add(CANTINE_REVIEW, CANTINE, reply(CANTINE, CANTINE_BODY), [], CANTINE_NOTE)
add(CANTINE_REVIEW, CANTINE, reply(CANTINE, CANTINE_BODY + " La date limite s'applique à toutes les familles, sans "
    "exception, par souci d'équité.", hello="Madame, Monsieur,"), [], CANTINE_NOTE)
add(CANTINE_REVIEW, CANTINE, reply(CANTINE, CANTINE_BODY.replace("pour l'organisation", "pour l'accueil de votre "
    "fille [PERSONNE_2] et l'organisation")), ["personal_data"], CANTINE_NOTE)
add(CANTINE_REVIEW, CANTINE, reply(CANTINE, CANTINE_BODY, disclosed=False), ["ai_disclosure"], CANTINE_NOTE)
add(CANTINE_REVIEW, CANTINE, reply(CANTINE, "Une date limite est une date limite : elle figurait sur le dossier, sur "
    "le site et dans le cahier de liaison. " + CANTINE_BODY), ["blame"], CANTINE_NOTE)
add(CANTINE_REVIEW, CANTINE, reply(CANTINE, CANTINE_BODY + " Nous ne pouvons évidemment pas organiser le service "
    "public de restauration autour des retards de chaque famille."), ["blame"], CANTINE_NOTE)
add(CANTINE_REVIEW, CANTINE, reply(CANTINE, CANTINE_BODY + " Votre fille pourra déjeuner à la cantine dès lundi "
    "prochain."), ["promise"], CANTINE_NOTE)
add(CANTINE_REVIEW, CANTINE, reply(CANTINE, "Nous comprenons combien ce refus vous met en difficulté. Nous ne pouvons "
    "malheureusement pas accorder de dérogation : la capacité du restaurant scolaire est atteinte. Votre demande est "
    "inscrite sur la liste d'attente, au troisième rang, et le service éducation vous contactera dès qu'une place se "
    "libérera. Le centre de loisirs voisin propose un accueil du midi, sur inscription."), [],
    "Dérogation refusée (capacité atteinte) ; liste d'attente, rang 3.")
add(CANTINE_REVIEW, CANTINE, reply(CANTINE, CANTINE_BODY, signed=False, closing=False), ["signature", "politeness"],
    CANTINE_NOTE)

# --- More drafts on the same reviews: other registers, firm rules, self-criticism, leftovers ---
add(CAF_REVIEW, CAF, reply(CAF, "La prime d'activité est calculée à partir des ressources déclarées chaque "
    "trimestre ; lorsqu'une déclaration n'est pas enregistrée, le versement est suspendu automatiquement. Cette "
    "règle vaut pour tous les allocataires. Il nous revenait cependant de vous l'expliquer dès votre premier "
    "message, et nous ne l'avons pas fait : un conseiller reprend votre dossier pour identifier la cause exacte.",
    hello="Madame, Monsieur,"), [])
add(CPAM_REVIEW, CPAM, reply(CPAM, "Vous nous indiquez avoir appelé plusieurs fois et avoir été renvoyé vers le site "
    "lors de votre passage à l'accueil. Nous regrettons de ne pas vous avoir donné plus tôt une explication claire. "
    + CPAM_BODY), [], CPAM_NOTE)
add(SIP_REVIEW, SIP, reply(SIP, "Vous avez raison sur un point : nos lignes téléphoniques sont saturées à cette "
    "période et nos réponses automatiques ne remplacent pas un échange avec un agent. Nous aurions dû vous "
    "répondre personnellement. " + SIP_BODY, hello="Madame, Monsieur,"), [])
add(PREF_REVIEW, PREF, reply(PREF, "Nous ne sommes pas en mesure de vous proposer un rendez-vous au guichet pour "
    "cette démarche : le renouvellement des titres de séjour passe exclusivement par le site de l'ANEF, pour toutes "
    "les personnes concernées. Le dépôt en ligne vous permettra d'obtenir immédiatement une attestation à présenter "
    "à votre employeur. Nous comprenons que cette réponse ne soit pas celle que vous attendiez."), [],
    "Pas de rendez-vous au guichet : renouvellement uniquement sur l'ANEF.")
add(ANTS_REVIEW, NONE, reply(NONE, ANTS_BODY, hello="Madame, Monsieur,", closing="Bien cordialement,\n\nLe centre "
    "d'expertise et de ressources titres"), [])
add(POSTE_REVIEW, NONE_PUBLIC, reply(NONE, "Merci de nous avoir signalé ce dysfonctionnement, et toutes nos excuses "
    "pour le dérangement. Un avis de passage laissé alors que vous étiez chez vous ne devrait jamais arriver : nous "
    "l'avons signalé au responsable de la distribution de votre quartier, qui fera le point avec le facteur.",
    closing="Bonne journée,"), [])
add(URSSAF_REVIEW, URSSAF, reply(URSSAF, "Les cotisations des micro-entrepreneurs sont calculées sur le chiffre "
    "d'affaires déclaré à chaque échéance, et chaque paiement doit être rattaché à l'échéance qu'il règle. Quand ce "
    "rattachement échoue, une relance part automatiquement, même si la somme a été versée. C'est ce que nous allons "
    "vérifier pour votre paiement de janvier, dès réception de votre justificatif.", hello="Madame, Monsieur,"), [])
add(MSA_REVIEW, MSA, reply(MSA, "Merci pour ce très beau retour, que nous avons transmis à votre conseillère et à son "
    "équipe. Il nous rappelle combien un rendez-vous pris le temps de préparer peut changer la façon de vivre des "
    "démarches parfois décourageantes. Au plaisir de vous accueillir de nouveau à Loudéac."), [])
add(HOP_REVIEW, HOP, reply(HOP, "Il aurait suffi que quelqu'un de l'équipe prenne quelques minutes pour vous "
    "informer et vous apporter de l'eau : cela n'a pas été fait, et nous le regrettons vivement. " + HOP_BODY,
    hello="Madame, Monsieur,"), [])
add(ECOLE_REVIEW, NONE, reply(NONE, "Nous aurions dû vous prévenir dès le début de l'absence, et nous vous prions "
    "de nous excuser de ne pas l'avoir fait. " + ECOLE_BODY, hello="Bonjour Madame, bonjour Monsieur,"), [],
    ECOLE_NOTE)
add(CARSAT_REVIEW, {**CARSAT, "public_replies": False}, reply(CARSAT, CARSAT_BODY + " Votre dossier, enregistré sous "
    "le numéro [NIR_1], a été signalé à un responsable.", hello="Bonjour [PERSONNE_1],"), [])
add(FT_REVIEW, FT, reply(FT, FT_BODY + " Nous restons à votre écoute d'ici là.", hello="Madame, Monsieur,",
    closing="Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées."), [], FT_NOTE)
add(CONSULT_REVIEW, CONSULT, reply(CONSULT, "Vous nous écrivez que votre consultation a été annulée la veille, après "
    "quatre mois d'attente, alors que votre médecin la jugeait urgente. " + CONSULT_BODY), [])
add(CANTINE_REVIEW, CANTINE, reply(CANTINE, "Bonne nouvelle : une place s'est libérée au restaurant scolaire. "
    "L'inscription de votre fille est acceptée à partir du lundi 6 octobre ; vous n'avez aucune démarche "
    "supplémentaire à faire. Nous vous remercions de votre patience et comprenons combien ces semaines ont été "
    "compliquées à organiser."), [], "Une place s'est libérée : inscription acceptée à partir du lundi 6 octobre.")
add(PAS_REVIEW, PAS, reply(PAS, "Vous avez raison de le souligner : nos explications sur le prélèvement à la source "
    "restent trop techniques. " + PAS_BODY, hello="Madame, Monsieur,"), [])
add(CONSULT_REVIEW, CONSULT, reply(CONSULT, CONSULT_BODY + " Nous avons transmis votre message au Dr [PERSONNE_3."),
    ["placeholder"])
add(FT_REVIEW, FT, reply(FT, FT_BODY + " L'équipe de l'agence <nom de l'agence> reste à votre disposition.",
    closing=False), ["placeholder"], FT_NOTE)
add(URSSAF_REVIEW, URSSAF, reply(URSSAF, URSSAF_BODY + " Pour toute question, appelez le [à compléter]."),
    ["placeholder"])
add(ECOLE_REVIEW, NONE, reply(NONE, "Nous avons transmis votre message au principal."), ["length"], ECOLE_NOTE)
add(MSA_REVIEW, MSA, reply(MSA, "Thank you so much for your kind message, which the whole team in Loudéac was "
    "delighted to read. We have passed your thanks on to your adviser. Taking the time to explain everyone's rights "
    "is part of our job, and we are glad this meeting was useful to you."), ["language"])
# fmt: on
