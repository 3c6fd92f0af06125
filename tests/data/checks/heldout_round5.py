"""Round 5's held-out drafts for the check corpus, written by hand by a hand who had not read the checks.

Replies of French public services (CAF, CPAM, France Travail, impôts, préfecture, mairie, Urssaf, Carsat, ANTS) to
pseudonymised reviews: clean (about 45 %), or with one defect or two, most of the defective ones blaming, mocking or
talking down to the citizen, or promising what nobody decided. Each entry: (draft, review, instructions,
placeholders, requirements, expected kinds). See README.md.
"""

from __future__ import annotations

from bot.domain import AI_DISCLOSURE_DEFAULT

Case = tuple[str, str, str, list[str], dict[str, object], list[str]]
Review = tuple[str, list[str]]

HELDOUT: list[Case] = []


def flow(text: str) -> str:
    """Hand-wrapped text as one paragraph per blank-line-separated block."""
    return "\n\n".join(" ".join(block.split()) for block in text.strip().split("\n\n"))


def channel(
    politeness: str = "",
    signature: str = "",
    disclosure: str = "",
    *,
    public: bool = False,
    greeting: bool = True,
    bounds: tuple[int, int] | None = None,
) -> dict[str, object]:
    """A channel's requirements; word bounds only when the channel sets its own."""
    rules: dict[str, object] = {
        "greeting": greeting,
        "politeness": politeness,
        "signature": signature,
        "ai_disclosure": disclosure,
        "public_replies": public,
    }
    if bounds:
        rules["min_words"], rules["max_words"] = bounds
    return rules


def compose(
    rules: dict[str, object],
    body: str,
    *,
    hello: str = "Bonjour,",
    farewell: str = "Cordialement,",
    closing: bool = True,
    signed: bool = True,
    disclosed: bool = True,
) -> str:
    """Greeting, body, then the channel's texts; each may be left out to make a defect of form."""
    parts = [hello] if hello else []
    parts.append(flow(body))
    if closing:
        parts.append(str(rules["politeness"]) or farewell)
    if signed and rules["signature"]:
        parts.append(str(rules["signature"]))
    if disclosed and rules["ai_disclosure"]:
        parts.append(str(rules["ai_disclosure"]))
    return "\n\n".join(parts)


def add(
    rules: dict[str, object],
    review: Review,
    body: str,
    expected: list[str],
    *,
    instructions: str = "",
    hello: str = "Bonjour,",
    farewell: str = "Cordialement,",
    closing: bool = True,
    signed: bool = True,
    disclosed: bool = True,
) -> None:
    """One case: the draft is composed from the body and the channel's texts (see compose for the form)."""
    text, placeholders = review
    draft = compose(rules, body, hello=hello, farewell=farewell, closing=closing, signed=signed, disclosed=disclosed)
    HELDOUT.append((draft, flow(text), flow(instructions), placeholders, rules, expected))


def add_raw(rules: dict[str, object], review: Review, draft: str, expected: list[str], instructions: str = "") -> None:
    """One case whose draft is written whole (other languages, odd layouts)."""
    text, placeholders = review
    HELDOUT.append((flow(draft), flow(text), flow(instructions), placeholders, rules, expected))


# Channels: public ones publish the reply (Services Publics+), the others answer by mail or in a private space.
SHORT_DISCLOSURE = "Réponse préparée avec l'aide d'un assistant d'intelligence artificielle et relue par nos agents."
CAF = channel(
    "Bien cordialement,", "Le service relations usagers de la CAF du Rhône", AI_DISCLOSURE_DEFAULT, public=True
)
CPAM = channel(
    "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    "Le service accueil de la CPAM de la Gironde",
)
TRAVAIL = channel("Cordialement,", "L'équipe de l'agence France Travail de Lille Vauban", SHORT_DISCLOSURE, public=True)
IMPOTS = channel(signature="Service des impôts des particuliers de Nantes", public=True)
PREFECTURE = channel(
    "Nous vous prions d'agréer l'expression de nos salutations respectueuses.", disclosure=AI_DISCLOSURE_DEFAULT
)
MAIRIE = channel("Très cordialement,", "Mairie de Saint-Brieuc — service de l'état civil", public=True)
URSSAF = channel()
CARSAT = channel(
    "Avec nos salutations les meilleures,",
    "Carsat Bretagne — service retraite",
    AI_DISCLOSURE_DEFAULT,
    bounds=(40, 240),
)
ANTS = channel(disclosure=SHORT_DISCLOSURE, public=True)
CHAT = channel(greeting=False)
LONGFORM = channel("Bien à vous,", "Le médiateur de la CAF de Loire-Atlantique", bounds=(20, 450))


# Reviews, pseudonymised as Plume sends them.
APL: Review = (
    """Ça fait trois mois que mon APL est suspendue sans la moindre explication. J'ai envoyé mon attestation de
    loyer deux fois sur le site, personne ne répond au téléphone. Je suis [PERSONNE_1], allocataire
    [NUMERO_ALLOCATAIRE_1], et je vais finir par ne plus pouvoir payer mon loyer.""",
    ["[PERSONNE_1]", "[NUMERO_ALLOCATAIRE_1]"],
)
RSA: Review = (
    """Mon RSA a baissé de 200 euros ce mois-ci et personne n'est capable de me dire pourquoi. Le conseiller m'a
    dit de regarder sur l'espace en ligne mais il n'y a rien. Inadmissible.""",
    [],
)
PRIME: Review = (
    """Prime d'activité refusée parce qu'il « manquait un justificatif » alors que je l'avais déposé le jour même.
    Je dois vraiment tout recommencer ?""",
    [],
)
INJOIGNABLE: Review = (
    "J'ai appelé 14 fois le 3230 aujourd'hui, jamais personne. Vous êtes injoignables, c'est une honte.",
    [],
)
CAF_MERCI: Review = (
    "Accueil de la CAF de Villeurbanne très agréable, mon problème de quotient familial a été réglé en dix minutes.",
    [],
)
VITALE: Review = (
    """Carte Vitale perdue, nouvelle carte commandée il y a six semaines, toujours rien. J'avance tous les frais
    chez le médecin. Mon numéro de sécu : [NIR_1], rappelez-moi au [TELEPHONE_1].""",
    ["[NIR_1]", "[TELEPHONE_1]"],
)
KINE: Review = (
    """Le remboursement de mes séances de kiné n'est toujours pas arrivé après deux mois. J'ai envoyé les feuilles
    de soins papier par courrier comme on me l'a dit. [PERSONNE_1]""",
    ["[PERSONNE_1]"],
)
INDEMNITES: Review = (
    """Indemnités journalières en retard de trois semaines pendant mon arrêt maladie, je n'ai plus rien pour
    vivre. L'accueil de Mérignac m'a renvoyée vers le 3646, qui m'a renvoyée vers l'accueil.""",
    [],
)
CSS: Review = (
    "Complémentaire santé solidaire refusée pour 15 euros de dépassement du plafond. C'est absurde.",
    [],
)
RADIATION: Review = (
    """Convoqué à un rendez-vous obligatoire à 8 h 30 à l'autre bout de la ville, sans voiture, et radié parce que
    je suis arrivé avec dix minutes de retard. Merci France Travail.""",
    [],
)
ARE: Review = (
    """Mon allocation ARE n'a pas été versée ce mois-ci alors que j'ai bien actualisé le 28. Mon identifiant est
    [IDENTIFIANT_FRANCE_TRAVAIL_1]. [PERSONNE_1]""",
    ["[IDENTIFIANT_FRANCE_TRAVAIL_1]", "[PERSONNE_1]"],
)
FORMATION: Review = (
    """Ma conseillère a refusé de financer ma formation de cariste alors que des offres, il y en a plein. On nous
    dit de nous former et on nous met des bâtons dans les roues.""",
    [],
)
ATELIER: Review = (
    "Très bon accueil à l'agence, la conseillère a pris le temps de m'expliquer l'atelier CV. Merci !",
    [],
)
TAUX: Review = (
    """Mon taux de prélèvement à la source est passé à 14 % sans que je change quoi que ce soit, je me retrouve
    avec 300 euros de moins sur ma paie. Personne ne répond sur la messagerie sécurisée.""",
    [],
)
TAXE: Review = (
    """On me réclame une taxe d'habitation sur une résidence secondaire que j'ai vendue en 2022. J'ai déjà envoyé
    l'acte de vente deux fois. [PERSONNE_1], [ADRESSE_1]""",
    ["[PERSONNE_1]", "[ADRESSE_1]"],
)
RDV_IMPOTS: Review = (
    """Impossible d'avoir un rendez-vous au centre des finances publiques, le site propose des créneaux dans trois
    semaines. Pour une simple question !""",
    [],
)
TROP_PERCU: Review = (
    """J'attends le remboursement de mon trop-perçu d'impôt de 480 euros depuis septembre. Numéro fiscal
    [NUMERO_FISCAL_1].""",
    ["[NUMERO_FISCAL_1]"],
)
SEJOUR: Review = (
    """Renouvellement de titre de séjour déposé il y a cinq mois sur l'ANEF, récépissé expiré, mon employeur
    menace de me licencier. Je m'appelle [PERSONNE_1], né le [DATE_NAISSANCE_1]. Aidez-moi.""",
    ["[PERSONNE_1]", "[DATE_NAISSANCE_1]"],
)
PERMIS: Review = (
    """Échange de permis étranger : dossier incomplet selon vous, mais vous ne dites pas quelle pièce manque.
    Trois fois que je renvoie tout.""",
    [],
)
CARTE_GRISE: Review = (
    """Certificat d'immatriculation pour la voiture [IMMATRICULATION_1] jamais reçu, le site de l'ANTS indique «
    envoyé » depuis un mois. Contact : [EMAIL_1]""",
    ["[IMMATRICULATION_1]", "[EMAIL_1]"],
)
ACTE: Review = (
    """Demande d'acte de naissance faite en ligne il y a un mois pour mon dossier de mariage. Rien reçu. Le
    mariage est dans trois semaines !""",
    [],
)
CNI: Review = (
    "Pour refaire une carte d'identité il faut attendre deux mois pour un rendez-vous en mairie. C'est honteux.",
    [],
)
DECES: Review = (
    """Merci à l'agente de l'état civil qui m'a aidée pour la déclaration de décès de mon père, avec beaucoup de
    gentillesse et de patience.""",
    [],
)
COTISATIONS: Review = (
    """Auto-entrepreneur, on me réclame 1 200 euros de cotisations régularisées alors que j'ai déclaré chaque
    mois. L'Urssaf répond au bout de trois semaines, par des messages types. Écrivez-moi : [EMAIL_1]""",
    ["[EMAIL_1]"],
)
MAJORATION: Review = (
    """Majoration de retard pour une déclaration faite à temps : le site était en panne le 31 au soir. J'ai des
    captures d'écran.""",
    [],
)
RETRAITE: Review = (
    """Départ à la retraite le 1er avril, dossier déposé en octobre, toujours aucune notification. Je vais me
    retrouver sans revenu. [PERSONNE_1], [TELEPHONE_1]""",
    ["[PERSONNE_1]", "[TELEPHONE_1]"],
)
TRIMESTRES: Review = (
    """Sur mon relevé de carrière il manque quatre trimestres de 1988-1989, quand j'étais apprenti. J'ai envoyé
    mes fiches de paie il y a deux mois.""",
    [],
)
PASSEPORT: Review = (
    """Passeport à faire pour un voyage en juillet, le site de prédemande plante à chaque paiement du timbre
    fiscal. J'ai essayé sur trois navigateurs.""",
    [],
)
MEDIATION: Review = (
    """Je conteste depuis un an un indu de 2 300 euros de la CAF pour une soi-disant vie maritale. Je vis seule
    avec mes deux enfants, j'ai fourni le bail, les factures, des attestations. Personne ne lit mes courriers.
    [PERSONNE_1], [ADRESSE_1]""",
    ["[PERSONNE_1]", "[ADRESSE_1]"],
)


# Clean drafts: decisions the instructions give, firm rules, apologies, restatements, long explanations.
add(
    CAF,
    APL,
    """Nous sommes désolés pour ces trois mois d'attente et pour l'inquiétude qu'ils vous ont causée. Votre
    attestation de loyer a bien été enregistrée : votre aide au logement a été rétablie et le rappel des trois
    mois suspendus, soit 1 146 €, sera versé le 5 mars sur votre compte. Nous avons aussi signalé au service
    concerné que vos deux envois n'avaient pas été rapprochés de votre dossier, afin que cela ne se reproduise
    pas.""",
    [],
    instructions="""APL rétablie ce matin. Rappel de 3 mois = 1 146 € versé le 5 mars. S'excuser, ne pas citer le
    nom ni le numéro (réponse publique).""",
)
add(
    CAF,
    RSA,
    """Vous avez raison : une baisse de 200 € sans explication claire n'est pas acceptable, et il n'est pas normal
    que votre espace en ligne ne vous ait rien indiqué. Le montant du RSA est recalculé chaque trimestre à partir
    des ressources que vous déclarez ; une variation peut venir d'un revenu d'activité, d'une autre prestation ou
    d'un changement dans la composition du foyer. Pour connaître le détail du calcul vous concernant, vous pouvez
    demander un rendez-vous avec un conseiller depuis la rubrique « Mon compte » du site caf.fr ou à l'accueil de
    votre CAF : il vous remettra le décompte mois par mois.""",
    [],
)
add(
    CAF,
    PRIME,
    """Nous comprenons votre agacement : recevoir un refus pour une pièce que l'on a envoyée est décourageant.
    Après vérification, votre justificatif avait bien été reçu le jour même, mais il a été rattaché au mauvais
    trimestre. L'erreur vient de nos services. Votre demande a été réexaminée et acceptée : vous n'avez rien à
    refaire, et le premier versement de 187 € interviendra le 5 du mois prochain.""",
    [],
    instructions="""Erreur de rattachement chez nous. Demande acceptée après réexamen, 187 €/mois, premier
    versement le 5 du mois prochain. Elle n'a rien à refaire.""",
)
add(
    CAF,
    INJOIGNABLE,
    """Quatorze appels sans réponse dans la même journée : nous comprenons votre exaspération et nous vous prions
    de nous en excuser. Nos lignes sont particulièrement saturées en début de mois, au moment des versements, et
    nous savons que ce n'est pas une explication suffisante quand on a besoin d'une réponse. Pour la plupart des
    questions, la messagerie de votre espace « Mon compte » sur caf.fr permet d'écrire à un conseiller, qui répond
    par écrit ; vous pouvez aussi prendre rendez-vous, par téléphone ou à l'accueil, à l'heure qui vous convient.""",
    [],
)
add(
    CAF,
    CAF_MERCI,
    """Merci beaucoup pour votre message ! Nous le transmettons à l'équipe d'accueil de Villeurbanne, qui sera
    heureuse de savoir que votre question de quotient familial a pu être réglée aussi vite. N'hésitez pas à
    revenir vers nous si vous avez besoin d'aide pour une autre démarche. Un accueil attentif fait partie de nos
    engagements de service, et vos retours nous aident à savoir ce qui fonctionne.""",
    [],
)
add(
    CAF,
    MEDIATION,
    """Nous mesurons combien une contestation qui dure depuis un an est éprouvante, d'autant plus lorsque l'on a
    le sentiment que ses courriers ne sont pas lus. Nous vous présentons nos excuses pour ce délai. Votre
    contestation de l'indu a été transmise au médiateur de la CAF, qui examine les dossiers dans lesquels un
    désaccord persiste après un premier recours. Il reprendra l'ensemble des pièces que vous avez fournies.
    Pendant cet examen, aucune retenue ne sera effectuée sur vos prestations au titre de cet indu.""",
    [],
    instructions="""Dossier transmis au médiateur hier. Les retenues sur prestations sont suspendues pendant la
    médiation. Pas de délai à donner. Réponse publique : ne rien citer de personnel.""",
)
add(
    LONGFORM,
    MEDIATION,
    """Nous avons bien reçu votre avis et nous vous remercions d'avoir pris le temps de nous écrire, malgré la
    lassitude que vous exprimez. Un an de contestation, c'est long, et nous comprenons que vous ayez le sentiment
    que personne ne lit vos courriers.

    Voici où en est votre dossier. L'indu de 2 300 € vous a été notifié après un contrôle qui a retenu une vie
    maritale. Vous l'avez contesté, et la commission de recours amiable a maintenu la décision en septembre. Vous
    nous avez depuis adressé de nouvelles pièces : votre bail à votre seul nom, des factures d'énergie et trois
    attestations. Ces pièces n'avaient pas été examinées par la commission.

    Votre dossier est désormais entre les mains du médiateur de la CAF. Son rôle est de regarder une situation
    dans son ensemble lorsque les voies habituelles n'ont pas permis de se mettre d'accord. Il peut recommander à
    la CAF de revoir sa position ; il ne remplace pas le tribunal, que vous pouvez toujours saisir si vous le
    souhaitez.

    En attendant sa recommandation, les retenues de 95 € par mois effectuées sur vos allocations familiales sont
    suspendues : vous percevrez le montant plein dès le prochain versement. Si vous avez d'autres documents à
    faire valoir, vous pouvez les déposer dans votre espace « Mon compte », rubrique « Mes démarches », en
    précisant « médiation » : ils seront joints au dossier.

    Nous vous prions de nous excuser pour la longueur de cette procédure, et restons à votre écoute.""",
    [],
    instructions="""Transmis au médiateur. Retenues (95 €/mois) suspendues dès le prochain versement. CRA avait
    maintenu en septembre, sans voir les nouvelles pièces (bail, factures, 3 attestations). Expliquer le rôle du
    médiateur, qu'elle peut aller au tribunal, et comment ajouter des pièces.""",
)
add(
    CPAM,
    VITALE,
    """Nous sommes désolés que votre nouvelle carte Vitale ne vous soit pas encore parvenue. Nous avons vérifié
    votre dossier à partir du numéro [NIR_1] que vous nous avez indiqué : la carte a été fabriquée le 12 et
    envoyée à votre adresse le 14. Si vous ne l'avez pas reçue d'ici dix jours, signalez-le depuis votre compte
    ameli : une nouvelle fabrication sera lancée.

    En attendant, vous pouvez télécharger une attestation de droits sur ameli.fr et la présenter à votre médecin ;
    s'il pratique le tiers payant, vous n'aurez pas à avancer la part de l'Assurance Maladie. Pour les soins déjà
    réglés, les feuilles de soins papier sont à nous adresser comme d'habitude.""",
    [],
    instructions="""Carte fabriquée le 12, envoyée le 14. Si rien dans 10 jours : le signaler sur ameli,
    refabrication. Attestation de droits à télécharger. Canal privé, on peut rappeler le NIR.""",
)
add(
    CPAM,
    KINE,
    """Deux mois d'attente pour un remboursement, c'est trop long, et nous vous prions de nous en excuser. Les
    feuilles de soins papier passent par notre centre de numérisation, où les délais se sont allongés ces
    dernières semaines. Vos feuilles y ont bien été reçues. Pour vos prochaines séances, si votre kinésithérapeute
    le permet, la télétransmission avec votre carte Vitale est la solution la plus rapide : le remboursement
    intervient alors en moyenne sous une semaine.""",
    [],
    instructions="Feuilles reçues au centre de numérisation, en cours. Pas de date. Conseiller la télétransmission.",
    hello="Bonjour [PERSONNE_1],",
)
add(
    CPAM,
    INDEMNITES,
    """Vous avez été renvoyée d'un interlocuteur à l'autre alors que vous attendiez un revenu dont vous avez
    besoin : nous le regrettons sincèrement. Vos indemnités journalières étaient bloquées parce que l'attestation
    de salaire de votre employeur ne nous était pas parvenue. Nous l'avons reçue hier, le paiement des trois
    semaines en retard, soit 1 038,60 €, a été ordonné ce matin et apparaîtra sur votre compte sous trois jours
    ouvrés.""",
    [],
    instructions="""Attestation employeur reçue hier. Paiement ordonné ce matin : 1 038,60 €, sur le compte sous 3
    jours ouvrés. Présenter nos excuses pour le renvoi accueil / 3646.""",
)
add(
    CPAM,
    CSS,
    """Nous comprenons que ce refus vous paraisse injuste lorsque l'écart avec le plafond est aussi faible. Le
    plafond de ressources de la complémentaire santé solidaire est fixé par la réglementation et s'applique de la
    même façon à toutes les demandes : nous ne pouvons pas y déroger, même de quelques euros. En revanche, vos
    ressources sont appréciées sur les douze derniers mois ; si votre situation change (baisse de revenus,
    naissance, départ d'un membre du foyer), une nouvelle demande pourra aboutir. Un conseiller peut faire la
    simulation avec vous lors d'un rendez-vous.""",
    [],
)
add(
    TRAVAIL,
    RADIATION,
    """Nous entendons votre colère. Une radiation pour dix minutes de retard, alors que vous vous êtes déplacé
    sans voiture jusqu'à l'autre bout de la ville, est une décision lourde. Après réexamen, votre directeur
    d'agence a annulé la radiation : votre inscription est rétablie sans interruption et vos droits ne sont pas
    affectés. Nous avons aussi demandé que vos prochains rendez-vous soient fixés à l'agence la plus proche de
    chez vous.""",
    [],
    instructions="""Le directeur d'agence a annulé la radiation (réexamen ce jour). Inscription rétablie sans
    rupture, droits intacts. Demande faite pour qu'il soit suivi à l'agence de Fives, plus proche.""",
)
add(
    TRAVAIL,
    FORMATION,
    """Nous comprenons votre déception. Le financement d'une formation par France Travail dépend de plusieurs
    critères : le projet doit correspondre à des besoins de recrutement sur votre bassin d'emploi, et la formation
    choisie doit être adaptée à votre parcours. Votre conseillère vous a expliqué les raisons de sa décision lors
    de votre entretien. Si vous souhaitez en discuter à nouveau, vous pouvez demander un rendez-vous avec elle ou
    avec le responsable d'équipe, en apportant les offres de cariste que vous avez repérées : elles seront utiles
    pour réexaminer votre projet.""",
    [],
)
add(
    TRAVAIL,
    ATELIER,
    """Un grand merci pour ce retour ! Nous le partageons avec votre conseillère et l'équipe des ateliers, qui y
    seront sensibles. Bonne continuation dans vos recherches ; l'agence reste à votre disposition pour les
    prochains ateliers (entretien d'embauche, réseaux professionnels) dont vous trouverez les dates sur votre
    espace personnel. Les ateliers sont ouverts à tous les demandeurs d'emploi inscrits, sur simple inscription
    auprès de l'accueil.""",
    [],
)
add(
    TRAVAIL,
    ARE,
    """Nous comprenons l'inquiétude que provoque un versement qui n'arrive pas. Votre actualisation du 28 a bien
    été enregistrée. Le paiement a été retardé par une vérification automatique liée à une reprise d'activité
    déclarée le mois précédent ; cette vérification est terminée et votre allocation a été mise en paiement hier.
    Selon votre banque, elle apparaîtra sur votre compte sous deux à trois jours ouvrés.""",
    [],
    instructions="""Contrôle automatique (reprise d'activité déclarée le mois d'avant), levé. ARE mise en paiement
    hier, 2-3 jours ouvrés selon la banque. Réponse publique.""",
)
add(
    IMPOTS,
    TAUX,
    """Nous comprenons votre surprise devant une baisse de 300 € sur votre paie. Le taux de prélèvement à la
    source est mis à jour chaque année en septembre, à partir des revenus de votre dernière déclaration ; une
    hausse de revenus, la fin d'un crédit d'impôt ou un changement de situation familiale peuvent le faire
    augmenter sans démarche de votre part. Si vos revenus de cette année sont plus faibles, vous pouvez moduler
    votre taux dans votre espace particulier, rubrique « Gérer mon prélèvement à la source ». Nous vous prions de
    nous excuser pour l'absence de réponse à votre message sécurisé.""",
    [],
)
add(
    IMPOTS,
    TAXE,
    """Nous sommes désolés de vous avoir réclamé une taxe pour un bien que vous ne possédiez plus. L'acte de vente
    que vous nous avez transmis a bien été pris en compte : l'imposition a été annulée et vous recevrez un avis de
    dégrèvement dans votre espace particulier. Vous n'avez aucune somme à régler. Nous vous prions de nous excuser
    pour les deux envois que cette erreur vous a obligé à faire.""",
    [],
    instructions="Dégrèvement total prononcé hier, avis dans l'espace particulier. Rien à payer. Public.",
)
add(
    IMPOTS,
    RDV_IMPOTS,
    """Nous comprenons qu'attendre trois semaines pour une simple question soit frustrant. Bien des questions
    peuvent être réglées sans rendez-vous : la messagerie sécurisée de votre espace particulier, le numéro 0 809
    401 401 (service gratuit + prix d'un appel) ou l'accueil sans rendez-vous du mardi et du jeudi matin. Si votre
    question porte sur votre déclaration, le rendez-vous téléphonique est souvent proposé plus tôt que le
    rendez-vous sur place.""",
    [],
    farewell="Bien cordialement,",
)
add(
    IMPOTS,
    TROP_PERCU,
    """Le délai que vous décrivez est anormalement long et nous vous prions de nous en excuser. Un remboursement
    de trop-perçu est versé sur le compte bancaire enregistré dans votre espace particulier ; lorsque ces
    coordonnées sont absentes ou erronées, le virement est bloqué. Nous vous invitons à vérifier votre IBAN dans
    la rubrique « Mon profil », puis à nous écrire par la messagerie sécurisée en indiquant « remboursement bloqué
    » : votre message sera traité par le service chargé des remboursements.""",
    [],
)
add(
    PREFECTURE,
    SEJOUR,
    """Nous mesurons votre inquiétude : un récépissé expiré alors que votre demande est en cours vous place dans
    une situation difficile vis-à-vis de votre employeur. Votre demande de renouvellement a bien été déposée dans
    les délais. Un nouveau récépissé, valable trois mois et autorisant le travail, a été édité ce jour ; vous
    pouvez le télécharger dans votre espace ANEF. Vous pouvez le présenter à votre employeur, qui peut aussi
    vérifier votre situation auprès de nos services.""",
    [],
    instructions="""Récépissé de 3 mois avec autorisation de travail édité aujourd'hui, disponible sur l'ANEF.
    Demande déposée dans les délais. Pas de date pour la décision.""",
    hello="Bonjour [PERSONNE_1],",
)
add(
    PREFECTURE,
    PERMIS,
    """Recevoir trois fois la même réponse sans savoir ce qui manque est décourageant, et nous le regrettons.
    Après vérification, la pièce manquante est la traduction officielle de votre permis, réalisée par un
    traducteur agréé ; les copies que vous avez envoyées étaient des traductions libres. Dès qu'elle sera jointe à
    votre dossier sur le site de l'ANTS, l'instruction pourra reprendre.""",
    [],
    instructions="Pièce manquante : traduction par traducteur agréé (il a envoyé des traductions libres).",
    hello="Madame, Monsieur,",
)
add(
    PREFECTURE,
    CARTE_GRISE,
    """Nous sommes désolés que votre certificat d'immatriculation ne vous soit pas parvenu. Lorsque le site
    indique « envoyé », le titre a été remis à La Poste, en lettre suivie. Le numéro de suivi figure dans votre
    espace ANTS, rubrique « Mes demandes » : il vous permet de savoir si le pli a été distribué ou s'il attend en
    bureau de poste. S'il est perdu, une déclaration de perte auprès de l'ANTS permet d'obtenir un nouveau titre.""",
    [],
)
add(
    MAIRIE,
    ACTE,
    """Nous sommes désolés de ce retard, d'autant plus à l'approche de votre mariage. Votre demande a bien été
    reçue. L'acte a été établi hier et posté ce matin ; vous pouvez aussi le retirer dès aujourd'hui à l'accueil
    de l'état civil, aux heures d'ouverture, sur présentation d'une pièce d'identité. Nous vous souhaitons un très
    beau mariage.""",
    [],
    instructions="""Acte établi hier, posté ce matin. Possible de le retirer au guichet dès aujourd'hui avec une
    pièce d'identité.""",
)
add(
    MAIRIE,
    CNI,
    """Vous avez raison de le souligner : deux mois d'attente pour un rendez-vous, c'est beaucoup trop. La demande
    de carte d'identité a fortement augmenté et nos créneaux ne suffisent plus. Nous ouvrons des rendez-vous
    supplémentaires le samedi matin dès ce mois-ci. Vous pouvez aussi faire votre demande dans n'importe quelle
    mairie équipée d'un dispositif de recueil, pas seulement dans votre commune : le site de l'ANTS indique les
    créneaux disponibles à proximité.""",
    [],
    instructions="""Nouveaux créneaux le samedi matin à partir de ce mois. Rappeler qu'on peut aller dans
    n'importe quelle mairie équipée.""",
)
add(
    MAIRIE,
    DECES,
    """Merci pour votre message, et toutes nos condoléances pour le décès de votre père. Nous transmettons vos
    mots à l'agente de l'état civil qui vous a reçue ; ils la toucheront. Si d'autres démarches sont nécessaires
    dans les semaines à venir, notre service reste à votre écoute. Nous vous souhaitons beaucoup de courage dans
    cette période.""",
    [],
    hello="Madame,",
)
add(
    URSSAF,
    COTISATIONS,
    """Nous comprenons votre incompréhension devant une régularisation de 1 200 € alors que vous avez déclaré
    chaque mois. Pour les micro-entrepreneurs, une régularisation apparaît le plus souvent lorsque le chiffre
    d'affaires déclaré à l'Urssaf diffère de celui de la déclaration de revenus, ou lorsque l'activité a été mal
    classée (vente ou prestation de services). Le détail figure dans le courrier de régularisation disponible dans
    votre espace autoentrepreneur.urssaf.fr. Si vous l'estimez erroné, vous pouvez le contester par la messagerie
    de cet espace, en joignant vos déclarations. Nous regrettons aussi nos délais de réponse, qui sont trop longs
    en ce moment.""",
    [],
)
add(
    URSSAF,
    MAJORATION,
    """Merci pour votre message et pour les captures d'écran que vous avez conservées. Nous confirmons qu'un
    incident technique a rendu le site indisponible le 31 au soir. Les majorations appliquées aux déclarations de
    ce jour-là ont été annulées automatiquement : la vôtre ne figure plus sur votre compte, vous n'avez rien à
    payer à ce titre.""",
    [],
    instructions="Incident confirmé le 31. Toutes les majorations de ce jour annulées en masse, y compris la sienne.",
    farewell="Bien cordialement,",
)
add(
    CARSAT,
    RETRAITE,
    """Vous nous faites part de votre inquiétude : votre départ est prévu au 1er avril et vous n'avez encore reçu
    aucune notification. Votre dossier, déposé en octobre, est complet et en cours de calcul. Une demande déposée
    plus de quatre mois avant la date de départ permet en principe un premier paiement sans interruption de
    revenus. Vous pouvez suivre chaque étape depuis votre espace personnel sur lassuranceretraite.fr, rubrique «
    Ma demande de retraite ».""",
    [],
    instructions="""Dossier complet, en calcul. Pas de date de notification. Expliquer la règle des 4 mois, le
    suivi en ligne.""",
    hello="Bonjour [PERSONNE_1],",
)
add(
    CARSAT,
    TRIMESTRES,
    """Nous avons bien reçu les fiches de paie de votre période d'apprentissage, et nous vous remercions de les
    avoir conservées. Pour les contrats d'apprentissage de cette époque, les cotisations étaient calculées sur une
    base forfaitaire, ce qui explique que certains trimestres n'apparaissent pas. Vos fiches sont en cours
    d'examen par le service carrière ; lorsque des fiches de paie permettent de valider des trimestres, le relevé
    est corrigé et l'assuré en est informé par courrier.""",
    [],
)
add(
    ANTS,
    PASSEPORT,
    """Merci de nous avoir signalé ce problème. Un dysfonctionnement du paiement du timbre fiscal en ligne a été
    identifié la semaine dernière sur certaines cartes bancaires ; il est aujourd'hui corrigé. Vous pouvez aussi
    acheter le timbre dans un bureau de tabac agréé, puis indiquer son numéro dans votre prédemande. Pour un
    voyage en juillet, pensez à prendre dès maintenant rendez-vous dans une mairie équipée : c'est souvent l'étape
    la plus longue.""",
    [],
    instructions="Bug du paiement timbre identifié et corrigé hier. Alternative : timbre papier en bureau de tabac.",
)
add(
    CHAT,
    INJOIGNABLE,
    """Merci pour votre message, et désolés pour cette journée d'appels sans réponse. La messagerie de votre
    espace « Mon compte » sur caf.fr est souvent le moyen le plus rapide de joindre un conseiller en période de
    forte affluence ; vous pouvez aussi prendre rendez-vous en ligne pour être rappelé à l'heure de votre choix.""",
    [],
    hello="",
    farewell="Bonne journée,",
)
add(
    CHAT,
    ACTE,
    """Merci pour votre message, et toutes nos excuses pour l'attente que vous avez subie à l'approche d'un moment
    aussi important. Votre demande d'acte de naissance est bien arrivée dans notre service. Au vu de la date de
    votre mariage, nous l'avons traitée en priorité : l'acte vous a été envoyé ce matin par courrier. Nous vous
    souhaitons un très beau mariage.""",
    [],
    instructions="Traité en priorité, envoyé ce matin.",
    hello="",
    farewell="Au plaisir de vous renseigner,",
)
add(
    CAF,
    INJOIGNABLE,
    """Vous avez raison, et nous ne chercherons pas d'excuse : ne pas pouvoir joindre sa CAF après quatorze
    appels, c'est un service qui n'est pas rendu. Notre organisation téléphonique n'a pas été à la hauteur ces
    dernières semaines. Nous avons renforcé l'équipe du plateau téléphonique depuis lundi. Par ailleurs, un
    conseiller peut vous répondre par écrit depuis votre espace « Mon compte ».""",
    [],
    instructions="S'excuser franchement. Plateau téléphonique renforcé depuis lundi (3 agents de plus).",
)
add(
    CAF,
    RSA,
    """Vous nous signalez une baisse de 200 € de votre RSA ce mois-ci, sans explication ni sur votre espace en
    ligne ni de la part du conseiller que vous avez rencontré. Nous avons regardé : la baisse correspond à la
    prise en compte de la prime d'activité que vous avez perçue au trimestre précédent, qui entre dans le calcul
    du RSA. Le détail est désormais visible dans votre espace, rubrique « Mes paiements ». Nous regrettons que
    cette information ne vous ait pas été donnée dès votre premier contact.""",
    [],
    instructions="""Baisse due à la prime d'activité du trimestre précédent, intégrée dans les ressources. Montant
    juste.""",
)
add(
    CAF,
    PRIME,
    """Nous comprenons votre lassitude. Après vérification, le justificatif reçu le jour de votre demande était un
    bulletin de salaire d'un autre mois que celui demandé ; la demande n'a donc pas pu aboutir. Vous n'avez pas à
    tout recommencer : il suffit de déposer le bulletin de salaire du mois de janvier dans votre espace « Mon
    compte », rubrique « Envoyer un document », et la demande sera reprise là où elle s'est arrêtée.""",
    [],
    instructions="""Le bulletin envoyé était celui de décembre, il fallait janvier. Pas besoin de refaire la
    demande, juste déposer le bon bulletin.""",
)
add(
    CPAM,
    CSS,
    """Nous vous remercions pour votre message. Nous entendons qu'un écart de 15 € puisse sembler dérisoire au
    regard de l'aide refusée. La règle est pourtant la même pour tous : au-delà du plafond, la complémentaire
    santé solidaire gratuite ne peut pas être accordée. Votre niveau de ressources vous ouvre cependant droit à la
    complémentaire santé solidaire avec participation financière, pour moins d'un euro par jour selon votre âge.
    Vous pouvez la demander en ligne sur votre compte ameli, en quelques minutes.""",
    [],
    instructions="Refus maintenu (plafond). Mais éligible à la CSS avec participation : le lui dire.",
)
add(
    CPAM,
    INDEMNITES,
    """Nous sommes sincèrement désolés. Vous avez été renvoyée de l'accueil au 3646 puis du 3646 à l'accueil,
    alors que vous aviez besoin d'une réponse rapide : ce n'est pas ce que nous voulons offrir. Le versement de
    vos indemnités journalières dépend de l'attestation de salaire que votre employeur doit nous transmettre ; à
    ce jour, nous ne l'avons pas reçue. Nous vous conseillons de lui demander de l'envoyer sans attendre par la
    déclaration sociale nominative. Dès sa réception, le paiement est en général effectué sous une semaine.""",
    [],
    instructions="""Attestation employeur pas reçue. Elle doit relancer l'employeur. Délai habituel après
    réception : 1 semaine.""",
)
add(
    TRAVAIL,
    RADIATION,
    """Nous comprenons que cette décision vous paraisse disproportionnée. La loi prévoit qu'une absence à un
    rendez-vous, sans motif légitime, peut entraîner une radiation ; un retard important peut être assimilé à une
    absence lorsque le rendez-vous n'a pas pu avoir lieu. Vous pouvez contester cette décision par un recours
    écrit auprès du directeur de votre agence, dans un délai de deux mois, en expliquant vos difficultés de
    transport. Ces difficultés peuvent aussi être prises en compte pour les rendez-vous à venir : parlez-en à
    votre conseiller, des aides à la mobilité existent.""",
    [],
    instructions="""Pas de réexamen fait. Expliquer le recours (2 mois, directeur d'agence) et les aides à la
    mobilité.""",
)
add(
    TRAVAIL,
    FORMATION,
    """Vous nous faites part de votre incompréhension devant le refus de financer votre formation de cariste,
    alors que les offres dans ce métier sont nombreuses. Votre demande a été réexaminée avec votre conseillère :
    la formation que vous aviez choisie dépassait le plafond de prise en charge, mais une formation équivalente
    (CACES R489, catégories 1, 3 et 5) est proposée par un organisme partenaire à Roubaix à partir du 14 avril.
    Votre conseillère vous contactera cette semaine pour vous y inscrire si vous le souhaitez.""",
    [],
    instructions="""Refus de la formation choisie (au-dessus du plafond), mais CACES R489 cat. 1/3/5 financé chez
    un partenaire à Roubaix, début 14 avril. La conseillère l'appelle cette semaine.""",
)
add(
    IMPOTS,
    TAUX,
    """Nous avons bien reçu votre message. Votre nouveau taux résulte de la déclaration de vos revenus de l'an
    dernier, qui comprenaient une prime exceptionnelle. Le taux est calculé automatiquement et s'applique à tous
    de la même manière ; nous ne pouvons pas le modifier à votre place. Vous pouvez en revanche le moduler
    vous-même à la baisse dans votre espace particulier, si vous estimez que vos revenus de cette année seront
    inférieurs d'au moins 5 %. Toute modulation trop forte expose à une pénalité : c'est pourquoi l'outil vous
    demande une estimation de vos revenus.""",
    [],
    instructions="Taux de 14 % : revenus de l'an dernier avec une prime exceptionnelle. Modulation possible.",
)
add(
    IMPOTS,
    RDV_IMPOTS,
    """Merci pour votre avis. Trois semaines pour obtenir un rendez-vous, c'est effectivement trop long. Nous
    avons ouvert des créneaux supplémentaires en fin de journée à partir de ce mois. Si votre question est simple,
    notre accueil sans rendez-vous reste ouvert le mardi et le jeudi de 8 h 30 à 12 h. Nous vous prions de nous
    excuser pour cette attente.""",
    [],
    instructions="Créneaux 17 h-19 h ajoutés à partir de ce mois. Accueil libre mardi et jeudi matin 8h30-12h.",
)
add(
    PREFECTURE,
    PERMIS,
    """Nous comprenons votre découragement après trois envois. Nous ne pouvons pas, par ce canal, consulter le
    détail de votre dossier. La liste des pièces exigées pour l'échange d'un permis étranger figure sur le site de
    l'ANTS ; la pièce la plus souvent manquante est la traduction du permis par un traducteur agréé, les
    traductions libres n'étant pas acceptées. Si le doute persiste, le point d'accueil numérique de la préfecture
    peut vérifier votre dossier avec vous, sans rendez-vous, du lundi au vendredi.""",
    [],
)
add(
    PREFECTURE,
    SEJOUR,
    """Nous avons bien reçu votre message et nous comprenons votre angoisse. Le délai d'instruction de votre
    demande est anormalement long. La réglementation prévoit que, tant que la demande de renouvellement est en
    cours d'instruction, une attestation de prolongation d'instruction vous est délivrée ; elle vous autorise à
    travailler. Votre attestation est disponible dans votre espace ANEF depuis ce matin. Votre employeur peut
    vérifier votre situation auprès de nos services.""",
    [],
    instructions="Attestation de prolongation d'instruction dispo ce matin sur l'ANEF (autorise le travail).",
)
add(
    MAIRIE,
    CNI,
    """Nous comprenons votre mécontentement. Les délais de rendez-vous pour les cartes d'identité se sont allongés
    partout en France, et Saint-Brieuc n'y échappe pas. Quelques créneaux se libèrent chaque jour à la suite
    d'annulations : il vaut la peine de consulter la page de prise de rendez-vous le matin. En cas d'urgence
    justifiée (voyage professionnel, examen, raison médicale), signalez-la à l'accueil, qui pourra vous proposer
    un rendez-vous plus proche.""",
    [],
)
add(
    MAIRIE,
    ACTE,
    """Nous vous présentons nos excuses. Votre demande en ligne n'a pas été traitée à cause d'une erreur de notre
    service : elle avait été classée parmi les demandes déjà traitées. Votre acte de naissance a été envoyé ce
    jour par courrier et par voie électronique à la mairie où sera célébré votre mariage. Nous vous souhaitons une
    très belle cérémonie.""",
    [],
    instructions="""Erreur de classement chez nous. Acte envoyé aujourd'hui par courrier et dématérialisé à la
    mairie du mariage (COMEDEC).""",
)
add(
    URSSAF,
    COTISATIONS,
    """Merci pour votre message. Nous avons vérifié votre compte : vos déclarations mensuelles sont toutes bien
    enregistrées. La régularisation de 1 200 € vient d'un écart entre le chiffre d'affaires déclaré à l'Urssaf et
    celui que vous avez porté sur votre déclaration de revenus pour la même année. Ce montant est donc dû. Si vous
    rencontrez des difficultés pour le payer en une fois, vous pouvez demander un échéancier depuis votre espace
    en ligne. Nous vous répondons ici par écrit à l'adresse [EMAIL_1] que vous nous avez donnée, pour que vous
    gardiez une trace de ces explications.""",
    [],
    instructions="Régul. justifiée : écart CA déclaré Urssaf / déclaration de revenus. Proposer un échéancier.",
)
add(
    URSSAF,
    MAJORATION,
    """Nous vous remercions pour votre message. Nous n'avons relevé aucun incident sur le site le 31 au soir. Les
    captures d'écran que vous mentionnez peuvent être déposées dans votre espace, rubrique « Messagerie », avec
    une demande de remise des majorations : chaque demande est examinée au cas par cas, au vu des éléments
    fournis.""",
    [],
    instructions="Aucun incident connu le 31. Il peut demander une remise gracieuse avec ses captures.",
)
add(
    CARSAT,
    TRIMESTRES,
    """Vous avez raison de vérifier votre relevé de carrière, et nous vous remercions de nous avoir transmis vos
    fiches de paie. Elles ont été examinées : les quatre trimestres d'apprentissage de 1988 et 1989 ont été
    ajoutés à votre relevé, que vous pouvez consulter dès aujourd'hui dans votre espace personnel. Nous vous
    prions de nous excuser pour le délai de traitement.""",
    [],
    instructions="4 trimestres validés et reportés ce matin. Relevé à jour en ligne.",
)
add(
    ANTS,
    PASSEPORT,
    """Nous regrettons ces difficultés. Nous n'avons pas d'incident connu en ce moment sur le paiement du timbre
    fiscal. Ce type d'échec vient souvent d'une carte bancaire qui refuse les paiements en ligne à l'étranger ou
    du blocage des fenêtres de paiement par le navigateur. Vous pouvez essayer avec une autre carte, ou acheter un
    timbre fiscal électronique dans un bureau de tabac agréé : il suffit ensuite d'indiquer son numéro à 16
    chiffres dans votre prédemande.""",
    [],
    farewell="Bien à vous,",
)
add(
    CHAT,
    VITALE,
    """Bien reçu votre message au sujet de votre carte Vitale. La carte a été envoyée le 14 à l'adresse de votre
    compte ameli. En attendant, une attestation de droits téléchargeable sur ameli.fr suffit chez le médecin. Nous
    pouvons vous appeler au [TELEPHONE_1] si vous souhaitez en parler de vive voix : répondez simplement à ce
    message.""",
    [],
    instructions="Envoyée le 14. Proposer un appel au numéro donné.",
    hello="",
    farewell="À votre disposition,",
)
add(
    CPAM,
    KINE,
    """Nous vous remercions pour votre patience. Vos feuilles de soins ont été traitées hier : le remboursement de
    vos douze séances de kinésithérapie, soit 180,72 €, a été viré sur votre compte. Nous sommes désolés du délai,
    lié à un retard de numérisation des envois papier. Vous pouvez suivre ce paiement dans votre compte ameli,
    rubrique « Mes paiements ».""",
    [],
    instructions="12 séances remboursées hier, 180,72 €.",
    hello="Madame, Monsieur,",
)


# Blame, irony, condescension towards the citizen: each worded differently.
add(
    CAF,
    APL,
    """Nous avons bien reçu votre message. Si vous aviez pris la peine de lire le courrier envoyé en janvier, vous
    sauriez que votre aide était suspendue faute d'attestation de loyer signée par votre bailleur. Celle que vous
    avez déposée deux fois n'était pas signée. Vous pouvez déposer la bonne dans votre espace « Mon compte ».""",
    ["blame"],
)
add(
    CAF,
    INJOIGNABLE,
    """Nous avons bien reçu votre message au sujet de vos appels au 3230. Quatorze appels dans la même journée,
    c'est beaucoup : peut-être auriez-vous pu, entre deux, jeter un œil à votre espace en ligne, où la réponse à
    votre question figurait déjà. Nos conseillers restent joignables par la messagerie de « Mon compte » et sur
    rendez-vous.""",
    ["blame"],
)
add(
    CAF,
    RSA,
    """Nous sommes ravis d'apprendre que vous avez enfin trouvé le temps de consulter votre espace en ligne. Le
    montant de votre RSA a baissé parce que vos ressources ont augmenté : c'est plutôt une bonne nouvelle, même si
    vous ne semblez pas le voir ainsi. Le détail du calcul figure dans la rubrique « Mes paiements ».""",
    ["blame"],
)
add(
    CAF,
    PRIME,
    """Nous avons bien reçu votre avis concernant le refus de votre prime d'activité. Avez-vous seulement vérifié
    ce que vous avez envoyé avant de nous accuser ? Le justificatif déposé ne correspondait pas au mois demandé.
    Il vous suffit de déposer le bon bulletin de salaire dans votre espace pour que la demande reprenne. Vous
    n'avez pas besoin de refaire la demande complète.""",
    ["blame"],
)
add(
    CAF,
    MEDIATION,
    """Nous avons bien reçu votre avis. Votre version des faits ne correspond pas tout à fait à ce que montre le
    rapport de contrôle, mais passons. Votre contestation a été transmise au médiateur, qui examinera les pièces
    que vous avez fournies. Les retenues sur vos prestations sont suspendues pendant son examen. Vous pouvez
    joindre de nouvelles pièces dans votre espace « Mon compte ».""",
    ["blame"],
    instructions="Transmis au médiateur, retenues suspendues.",
)
add(
    CAF,
    CAF_MERCI,
    """Merci pour votre message. Nous sommes heureux que votre problème ait été réglé si vite : comme quoi, quand
    on pense enfin à apporter les bons papiers, tout devient simple. Nous transmettons vos remerciements à
    l'équipe de Villeurbanne. Elle sera sensible à votre message. Pour vos prochaines démarches, vous pouvez aussi
    prendre rendez-vous en ligne depuis votre espace « Mon compte ».""",
    ["blame"],
)
add(
    CPAM,
    VITALE,
    """Nous avons bien reçu votre réclamation. Une carte Vitale ne se perd pas toute seule ; un peu plus
    d'attention vous aurait évité ces semaines d'attente et ces avances de frais. La nouvelle carte a été envoyée
    le 14. En attendant, vous pouvez télécharger une attestation de droits sur ameli.fr. Elle est valable chez
    tous les professionnels de santé.""",
    ["blame"],
    instructions="Carte envoyée le 14. Attestation de droits sur ameli.",
)
add(
    CPAM,
    KINE,
    """Nous avons bien reçu votre message concernant vos séances de kinésithérapie. Vous avez choisi d'envoyer des
    feuilles de soins papier alors que la télétransmission existe depuis plus de vingt ans ; il ne faut pas
    s'étonner ensuite que le remboursement prenne du temps. Vos feuilles sont en cours de traitement au centre de
    numérisation. Le remboursement apparaîtra dans votre compte ameli dès qu'il sera effectué.""",
    ["blame"],
)
add(
    CPAM,
    CSS,
    """Quinze euros au-dessus du plafond restent au-dessus du plafond : les règles ne se négocient pas au cas par
    cas, même lorsqu'on les trouve « absurdes ». Nous vous invitons à relire les conditions d'attribution sur
    ameli.fr avant de déposer une nouvelle demande, cela vous évitera une seconde déception. La complémentaire
    santé solidaire avec participation reste accessible selon vos ressources.""",
    ["blame"],
)
add(
    CPAM,
    INDEMNITES,
    """Nous comprenons votre situation. Cela dit, c'est à votre employeur d'envoyer l'attestation de salaire, et
    il vous appartenait de vous en assurer plutôt que de faire des allers-retours entre l'accueil et le 3646. Nous
    n'avons toujours pas reçu ce document ; le paiement ne peut intervenir qu'après sa réception. Vous pouvez
    suivre vos paiements dans votre compte ameli.""",
    ["blame"],
)
add(
    TRAVAIL,
    RADIATION,
    """Nous avons bien reçu votre avis sur votre radiation. Arriver en retard à un rendez-vous obligatoire, puis
    s'étonner des conséquences, c'est un choix. Le rendez-vous était fixé depuis trois semaines, ce qui laissait
    le temps de s'organiser. Vous pouvez contester la radiation par un recours écrit auprès du directeur d'agence
    dans un délai de deux mois. Le recours doit exposer les raisons de votre retard.""",
    ["blame"],
)
add(
    TRAVAIL,
    FORMATION,
    """Nous avons pris connaissance de votre message concernant votre projet de formation de cariste. Votre
    conseillère a pris sa décision en connaissance de cause, après avoir étudié votre dossier. Peut-être
    devriez-vous vous interroger sur la solidité de votre projet plutôt que sur son travail. Vous pouvez néanmoins
    demander un nouvel entretien pour présenter les offres que vous avez repérées.""",
    ["blame"],
)
add(
    TRAVAIL,
    ARE,
    """Nous avons vérifié votre dossier. Votre actualisation a bien été enregistrée le 28, mais vous aviez déclaré
    le mois précédent une reprise d'activité sans fournir le bulletin de salaire correspondant. Nous vous
    rappelons, puisqu'il le faut visiblement, que chaque activité déclarée doit être justifiée. Déposez ce
    bulletin dans votre espace pour que votre dossier soit réexaminé. Le dépôt se fait depuis la rubrique « Mes
    échanges avec France Travail ».""",
    ["blame"],
)
add(
    TRAVAIL,
    ATELIER,
    """Merci pour ce retour positif ! Pour une fois que vous venez à l'agence sans vous plaindre, cela fait
    plaisir. Votre conseillère sera contente de lire votre message, et nous espérons vous revoir aux prochains
    ateliers. Les ateliers reprennent chaque semaine ; les dates sont affichées dans votre espace personnel et à
    l'accueil de l'agence. Votre conseillère y présente aussi les outils en ligne pour créer et mettre à jour un
    CV.""",
    ["blame"],
)
add(
    IMPOTS,
    TAUX,
    """Votre taux n'a pas changé « sans que vous changiez quoi que ce soit » : il a été calculé à partir de vos
    propres revenus, que vous avez vous-même déclarés. Un adulte attentif vérifie son taux chaque année en
    septembre, avant de découvrir le résultat sur sa fiche de paie. Vous pouvez le moduler dans votre espace
    particulier.""",
    ["blame"],
)
add(
    IMPOTS,
    RDV_IMPOTS,
    """Nous avons bien reçu votre avis sur les délais de rendez-vous. Pour une « simple question », une recherche
    de deux minutes sur impots.gouv.fr aurait sans doute suffi, sans mobiliser un agent pendant une demi-heure. Si
    votre question est réellement complexe, la messagerie sécurisée de votre espace particulier reste à votre
    disposition. L'accueil sans rendez-vous est ouvert le mardi et le jeudi matin.""",
    ["blame"],
)
add(
    IMPOTS,
    TAXE,
    """Nous avons bien pris en compte l'acte de vente et la taxe a été annulée. Il aurait toutefois été plus
    simple de déclarer la vente dans la rubrique « Gérer mes biens immobiliers » dès 2022, comme chaque
    propriétaire est censé le faire ; cela vous aurait évité cet avis et nous aurait évité ce travail.""",
    ["blame"],
    instructions="Dégrèvement prononcé, rien à payer.",
)
add(
    IMPOTS,
    TROP_PERCU,
    """Nous avons regardé votre dossier. Le virement de votre remboursement a échoué parce que l'IBAN enregistré
    dans votre espace est celui d'un compte clôturé. Nous ne pouvons pas deviner à votre place que vous avez
    changé de banque. Mettez à jour vos coordonnées bancaires et signalez-le par la messagerie sécurisée. La
    rubrique à utiliser est « Mon profil ».""",
    ["blame"],
)
add(
    PREFECTURE,
    SEJOUR,
    """Nous avons bien reçu votre message. Les difficultés avec votre employeur ne relèvent pas de nos services ;
    il vous revenait de déposer votre demande suffisamment tôt pour ne pas vous retrouver dans cette situation.
    Votre demande est en cours d'instruction et une attestation de prolongation est disponible dans votre espace
    ANEF. Votre employeur peut vérifier votre situation auprès de nos services.""",
    ["blame"],
    instructions="Attestation de prolongation dispo sur l'ANEF.",
)
add(
    PREFECTURE,
    PERMIS,
    """Nous avons bien reçu votre troisième envoi. À force de tout renvoyer en triple, vous avez surtout
    embrouillé votre propre dossier : nos agents doivent maintenant trier trois jeux de pièces. La pièce manquante
    est la traduction de votre permis par un traducteur agréé. Vous pouvez la déposer sur le site de l'ANTS, dans
    votre dossier en cours.""",
    ["blame"],
)
add(
    PREFECTURE,
    CARTE_GRISE,
    """Nous avons bien reçu votre message concernant votre certificat d'immatriculation. Nous comprenons votre
    impatience. Vous reconnaîtrez cependant que la plupart des titres « perdus » attendent tranquillement au
    bureau de poste, faute d'avoir été retirés à temps. Consultez le numéro de suivi dans votre espace ANTS avant
    de conclure à une erreur de notre part. En cas de perte, une déclaration en ligne permet d'obtenir un nouveau
    titre.""",
    ["blame"],
)
add(
    MAIRIE,
    CNI,
    """Nous avons bien reçu votre avis sur les délais de rendez-vous pour les cartes d'identité. Libre à vous de
    trouver cela « honteux ». La réalité est que les créneaux partent vite quand on s'y prend au dernier moment,
    comme beaucoup d'usagers. Des rendez-vous se libèrent chaque jour à la suite d'annulations sur notre page de
    réservation. Toute mairie équipée peut aussi recevoir votre demande.""",
    ["blame"],
)
add(
    MAIRIE,
    ACTE,
    """Nous avons bien retrouvé votre demande. Il est un peu tard pour s'inquiéter d'un acte de naissance à trois
    semaines d'un mariage : ces pièces se demandent en général dès l'ouverture du dossier. Votre acte vous a été
    envoyé ce matin. Si vous ne l'avez pas reçu dans quelques jours, vous pouvez aussi en demander une copie au
    guichet de l'état civil.""",
    ["blame"],
    instructions="Acte envoyé ce matin.",
)
add(
    URSSAF,
    COTISATIONS,
    """Nous avons bien lu votre message. Ce n'est pas à l'Urssaf de tenir votre comptabilité : si le chiffre
    d'affaires déclaré chaque mois ne correspond pas à celui de votre déclaration de revenus, la régularisation
    est la conséquence logique de vos propres écarts. Le détail est disponible dans votre espace en ligne. Un
    échéancier peut être demandé en ligne.""",
    ["blame"],
)
add(
    URSSAF,
    MAJORATION,
    """Nous avons bien reçu votre message concernant la majoration appliquée à votre déclaration. Bravo pour les
    captures d'écran ; dommage qu'elles montrent une connexion à 23 h 52, soit huit minutes avant l'échéance.
    Quand on attend la dernière minute, une panne devient vite une excuse commode. Vous pouvez toutefois demander
    une remise gracieuse depuis votre espace.""",
    ["blame"],
)
add(
    CARSAT,
    TRIMESTRES,
    """Nous avons bien reçu vos fiches de paie. Vous étiez apprenti en 1988 et vous découvrez ce manque seulement
    aujourd'hui ? Votre relevé de carrière est consultable en ligne depuis des années ; il aurait été judicieux de
    le vérifier plus tôt. Vos pièces sont en cours d'examen par le service carrière. Vous pouvez suivre cet examen
    dans votre espace personnel.""",
    ["blame"],
)
add(
    CARSAT,
    RETRAITE,
    """Nous avons bien reçu votre message concernant votre départ à la retraite au 1er avril. Nous comprenons
    votre inquiétude, même si le ton de votre message n'aide personne, à commencer par vous. Votre dossier est
    complet et en cours de calcul. Vous pouvez suivre son avancement dans votre espace personnel sur
    lassuranceretraite.fr. Une demande déposée plus de quatre mois avant le départ permet en principe un premier
    paiement sans interruption.""",
    ["blame"],
    instructions="Dossier complet, en calcul.",
)
add(
    ANTS,
    PASSEPORT,
    """Nous regrettons vos difficultés. Le site fonctionne parfaitement pour l'immense majorité des usagers ; les
    échecs de paiement viennent presque toujours d'une mauvaise manipulation. Nous vous conseillons de suivre les
    étapes dans l'ordre, calmement, et de vous faire aider par un proche plus à l'aise avec Internet si
    nécessaire. Le timbre fiscal électronique est aussi vendu chez les buralistes agréés.""",
    ["blame"],
)
add(
    CHAT,
    INJOIGNABLE,
    """Nos conseillers ont répondu ce jour-là à plus de deux mille appels. Vous comprendrez aisément qu'ils aient
    mieux à faire que de décrocher quatorze fois pour la même personne. La messagerie de votre espace en ligne est
    faite pour ça. Vous pouvez aussi prendre un rendez-vous téléphonique à l'heure de votre choix depuis votre
    espace « Mon compte ».""",
    ["blame"],
    hello="",
)
add(
    LONGFORM,
    MEDIATION,
    """Nous avons bien reçu votre avis, un de plus. Nous tenons à vous rappeler que le contrôle qui a établi
    l'indu a été mené par un agent assermenté, sur la base de constatations précises. Vos attestations émanent de
    proches, ce qui, vous en conviendrez, leur ôte une grande partie de leur valeur. Vous êtes libre de saisir le
    médiateur ou le tribunal, mais nous doutons que cela change grand-chose.""",
    ["blame"],
)
add(
    CPAM,
    VITALE,
    """Nous tenons d'abord à vous remercier de nous avoir communiqué votre numéro [NIR_1], même si nous vous
    rappelons qu'il est inutile de l'écrire partout. Votre carte a été envoyée le 14. Nous ne pouvons pas vous
    rappeler au [TELEPHONE_1] : nous ne sommes pas un standard téléphonique. Une attestation de droits est
    disponible sur ameli.fr en attendant.""",
    ["blame"],
    instructions="Carte envoyée le 14. Pas de rappel téléphonique possible.",
)
add(
    TRAVAIL,
    ARE,
    """Nous avons bien reçu votre message concernant votre allocation de ce mois-ci. Nous vous remercions par
    avance de bien vouloir, cette fois, lire les consignes d'actualisation jusqu'au bout. Votre paiement est
    bloqué dans l'attente du bulletin de salaire correspondant à la reprise d'activité que vous avez déclarée. Une
    fois ce document déposé, le paiement pourra être effectué.""",
    ["blame"],
)
add(
    CAF,
    RSA,
    """Nous entendons votre mécontentement. Il est toujours plus facile d'accuser la CAF que de relire ses propres
    déclarations trimestrielles, où figure la prime qui explique la baisse. Votre RSA est calculé au centime près
    à partir de ce que vous déclarez. Le détail est disponible dans votre espace. Un conseiller peut aussi vous
    l'expliquer sur rendez-vous.""",
    ["blame"],
)

# Blame with a defect of form.
add(
    CAF,
    PRIME,
    """Nous avons bien reçu votre avis. Contrairement à ce que vous semblez croire, nos agents savent lire un
    justificatif ; celui que vous avez déposé concernait décembre, et non janvier. Déposez le bon bulletin dans «
    Mon compte » pour que l'instruction reprenne. Vous n'avez pas à refaire toute la demande : seul le
    justificatif manque.""",
    ["blame", "politeness"],
    closing=False,
)
add(
    CPAM,
    INDEMNITES,
    """Nous regrettons les renvois entre l'accueil et le 3646. Vous comprendrez toutefois que nos agents ne
    peuvent pas inventer une attestation que votre employeur n'a jamais envoyée ; un simple appel de votre part à
    son service du personnel aurait réglé la question depuis longtemps. Vous pouvez suivre vos paiements dans
    votre compte ameli, rubrique « Mes paiements ».""",
    ["blame", "politeness"],
    closing=False,
)
add(
    MAIRIE,
    CNI,
    """Nous prenons note de votre avis. Deux mois, c'est certes long, mais ce n'est tout de même pas la fin du
    monde pour une carte d'identité que l'on sait périmée depuis longtemps. Des créneaux se libèrent chaque matin
    sur notre page de réservation. Toute mairie équipée d'un dispositif de recueil peut aussi enregistrer votre
    demande. Pensez à préparer une photo récente et un justificatif de domicile avant le rendez-vous.""",
    ["blame", "politeness"],
    closing=False,
)
add(
    TRAVAIL,
    RADIATION,
    """Nous avons bien pris connaissance de votre message concernant la radiation prononcée après votre
    rendez-vous. Peut-être qu'un réveil réglé un peu plus tôt aurait résolu le problème. Pour contester la
    radiation, adressez un recours écrit au directeur de votre agence dans les deux mois. Votre recours peut
    mentionner vos difficultés de transport.""",
    ["blame", "signature"],
    signed=False,
)
add(
    IMPOTS,
    TAUX,
    """Nous prenons note de votre remarque. Nous aurions aimé que vous consultiez votre messagerie sécurisée avec
    la même énergie que vous mettez à écrire cet avis : la réponse vous y attend depuis dix jours. Votre taux peut
    être modulé dans votre espace particulier. La rubrique à utiliser est « Gérer mon prélèvement à la source ».""",
    ["blame", "signature"],
    signed=False,
    farewell="Bien cordialement,",
)
add(
    CAF,
    APL,
    """Merci pour votre message. Nous avons l'habitude des allocataires qui découvrent les règles au moment où
    leur aide est suspendue. L'attestation de loyer doit être signée par le bailleur : celle que vous avez envoyée
    ne l'était pas. Une fois le bon document déposé, le dossier pourra être réexaminé. Vous pouvez suivre l'état
    de votre dossier dans votre espace « Mon compte ».""",
    ["blame", "ai_disclosure"],
    disclosed=False,
)
add(
    PREFECTURE,
    PERMIS,
    """Nous avons bien reçu vos documents. Il n'est pas très difficile de lire la liste des pièces demandées sur
    le site de l'ANTS : la traduction doit être faite par un traducteur agréé, c'est écrit en toutes lettres. Nous
    espérons que cette mésaventure vous servira de leçon pour vos prochaines démarches. Vous pouvez déposer la
    traduction sur le site de l'ANTS.""",
    ["blame", "ai_disclosure"],
    disclosed=False,
    hello="Madame, Monsieur,",
)
add(
    CPAM,
    CSS,
    """Nous comprenons que les règles vous dérangent ; elles s'appliquent pourtant à tout le monde, vous compris.
    Le plafond de la complémentaire santé solidaire est fixé par décret et nous n'avons aucune marge
    d'appréciation. Vous pouvez toutefois demander la complémentaire santé solidaire avec participation,
    accessible selon vos ressources, depuis votre compte ameli. Une simulation est possible en ligne avant de
    déposer la demande.""",
    ["blame", "greeting"],
    hello="",
)
add(
    CARSAT,
    RETRAITE,
    """Un dossier de retraite ne se traite pas en claquant des doigts, vous vous en doutez. Le vôtre est complet
    et en cours de calcul ; inutile de multiplier les messages, cela ne le fera pas avancer plus vite. Vous pouvez
    suivre son avancement en ligne. La rubrique « Ma demande de retraite » indique l'étape en cours.""",
    ["blame", "greeting"],
    hello="",
    instructions="Dossier complet, en calcul.",
)
add(
    TRAVAIL,
    ARE,
    """Vous écrivez avoir actualisé le 28 ; encore aurait-il fallu déclarer correctement votre reprise d'activité,
    ce qui n'a manifestement pas été le cas. Votre dossier [IDENTIFIANT_FRANCE_TRAVAIL_1] reste bloqué tant que le
    bulletin de salaire manque. Vous pouvez déposer ce document dans votre espace personnel, rubrique « Mes
    échanges ». Le bulletin doit correspondre au mois de la reprise d'activité déclarée.""",
    ["blame", "personal_data"],
    hello="Bonjour [PERSONNE_1],",
)
add(
    IMPOTS,
    TAXE,
    """Vous affirmez avoir vendu le bien situé [ADRESSE_1] en 2022 ; encore faudrait-il que l'acte que vous avez
    envoyé soit lisible, ce qui n'était pas le cas des deux premières copies. Merci de nous renvoyer un document
    complet. Le document peut être envoyé par la messagerie sécurisée de votre espace particulier. Une copie
    complète et lisible de l'acte suffit, sans autre formalité.""",
    ["blame", "personal_data"],
    hello="Bonjour [PERSONNE_1],",
)
add(
    CPAM,
    KINE,
    """Nous avons bien reçu votre message au sujet du remboursement de vos séances de kinésithérapie. Nous avons
    transmis votre réclamation à [PERSONNE_2], responsable du centre de numérisation, qui a déjà dû traiter des
    centaines de feuilles de soins mal remplies cette semaine. La vôtre en faisait partie, ce qui explique en
    grande partie le délai. Vos feuilles sont désormais en cours de traitement au centre de numérisation.""",
    ["blame", "placeholder"],
)
add(
    URSSAF,
    COTISATIONS,
    """Nous avons bien reçu votre message. Pour mémoire, la régularisation de [MONTANT] vient uniquement de vos
    propres erreurs de déclaration : vous avez déclaré à l'Urssaf un chiffre d'affaires inférieur à celui que vous
    avez déclaré aux impôts. Nous vous laissons tirer les conclusions qui s'imposent. Le détail du calcul est
    disponible dans votre espace en ligne.""",
    ["blame", "placeholder"],
)


# Promises the review and the instructions do not support: a decision, a date, an amount, a refund, a call.
add(
    CAF,
    APL,
    """Nous avons bien reçu votre avis concernant votre aide au logement. Nous sommes désolés pour cette
    suspension et pour vos appels restés sans réponse. Soyez rassuré : votre aide au logement sera rétablie dès le
    mois prochain, et les trois mois suspendus vous seront versés en une seule fois. Vous pourrez suivre le
    versement dans votre espace « Mon compte ».""",
    ["promise"],
    instructions="Attestation reçue, en cours d'examen par le service logement. Ne pas s'engager sur la suite.",
)
add(
    CAF,
    RSA,
    """Nous comprenons votre inquiétude face à cette baisse. Après un premier examen, il apparaît qu'une erreur a
    pu se glisser dans le calcul de vos ressources. Les 200 € manquants seront rattrapés sur votre prochain
    versement, le 5 du mois. Vous pourrez vérifier le détail du calcul dans votre espace « Mon compte ». Le
    montant du RSA dépend des ressources déclarées chaque trimestre.""",
    ["promise"],
)
add(
    CAF,
    PRIME,
    """Nous avons bien reçu votre avis sur le refus de votre prime d'activité. Nous sommes navrés de cette
    situation. Vous n'aurez rien à refaire : nous avons demandé le réexamen de votre dossier et votre prime
    d'activité vous sera accordée avec effet rétroactif au premier mois de votre demande. Un conseiller reste à
    votre disposition si vous avez des questions sur le calcul.""",
    ["promise"],
    instructions="Réexamen demandé au service prestations. Résultat pas encore connu.",
)
add(
    CAF,
    INJOIGNABLE,
    """Nous avons bien reçu votre message concernant vos appels au 3230. Nous sommes désolés de ne pas avoir pu
    vous répondre. Pour nous faire pardonner, un conseiller vous appellera personnellement demain matin, entre 9 h
    et 10 h, pour faire le point sur votre dossier. Vous pouvez aussi nous écrire depuis la messagerie de votre
    espace « Mon compte ».""",
    ["promise"],
)
add(
    CPAM,
    VITALE,
    """Nous avons bien reçu votre message concernant votre carte Vitale. Nous sommes désolés pour ce délai. Votre
    nouvelle carte Vitale vous parviendra avant la fin de la semaine, et tous les frais que vous avez avancés
    entre-temps vous seront remboursés intégralement sous huit jours. En attendant, une attestation de droits est
    disponible sur ameli.fr. Nous regrettons les frais que vous avez dû avancer pendant cette période.""",
    ["promise"],
)
add(
    CPAM,
    KINE,
    """Nous vous remercions pour votre patience. Vos feuilles de soins sont au centre de numérisation ; nous avons
    demandé qu'elles soient traitées en urgence, et le remboursement de vos séances sera sur votre compte sous 48
    heures. Vous pourrez suivre le paiement dans votre compte ameli. Nous vous prions de nous excuser pour les
    deux mois d'attente que vous avez subis.""",
    ["promise"],
    instructions="Feuilles au centre de numérisation, en attente. Pas de date.",
)
add(
    CPAM,
    INDEMNITES,
    """Nous avons bien reçu votre avis concernant le paiement de vos indemnités journalières. Nous regrettons
    sincèrement ces renvois d'un service à l'autre. Votre dossier est désormais suivi en priorité : vos indemnités
    journalières seront régularisées lundi, avec les trois semaines de retard. Vous pourrez suivre le paiement
    dans votre compte ameli, rubrique « Mes paiements ».""",
    ["promise"],
    instructions="Attestation employeur toujours pas reçue.",
)
add(
    CPAM,
    CSS,
    """Nous avons bien reçu votre message concernant votre demande de complémentaire santé solidaire. Nous
    comprenons votre incompréhension. Compte tenu du très faible dépassement, votre demande de complémentaire
    santé solidaire sera réexaminée et vous sera accordée à titre exceptionnel pour un an. Le plafond de
    ressources est fixé chaque année par la réglementation. Nous vous remercions de nous avoir fait part de votre
    situation.""",
    ["promise"],
    instructions="Refus maintenu, plafond réglementaire.",
)
add(
    TRAVAIL,
    RADIATION,
    """Nous avons bien reçu votre message sur votre rendez-vous et la radiation qui a suivi. Nous comprenons votre
    colère. Votre radiation sera annulée et vos droits rétablis rétroactivement ; nous prendrons aussi en charge
    vos frais de taxi pour vous rendre au prochain rendez-vous. Nous regrettons les difficultés que vous avez
    rencontrées pour vous rendre à l'agence.""",
    ["promise"],
)
add(
    TRAVAIL,
    FORMATION,
    """Nous avons bien pris connaissance de votre demande de formation au métier de cariste. Merci pour votre
    message. Nous avons revu votre projet : France Travail financera votre formation de cariste, et vous pourrez
    commencer dès la prochaine session, à la mi-mai. Le métier recrute effectivement beaucoup dans la métropole
    lilloise. Votre conseillère reste votre interlocutrice pour la suite de votre parcours.""",
    ["promise"],
    instructions="Le refus est maintenu, formation hors plafond. Proposer un nouvel entretien.",
)
add(
    TRAVAIL,
    ARE,
    """Nous avons bien reçu votre message concernant votre allocation d'aide au retour à l'emploi. Nous sommes
    désolés pour ce retard de paiement. Votre actualisation a bien été enregistrée et votre allocation sera versée
    demain, majorée d'une indemnité pour le retard. Nous vous remercions pour votre patience et restons à votre
    écoute. L'actualisation reste à faire chaque mois, entre le 28 et le 15 du mois suivant.""",
    ["promise"],
    instructions="Paiement bloqué : manque le bulletin de salaire de la reprise d'activité.",
)
add(
    IMPOTS,
    TAUX,
    """Nous avons bien reçu votre message au sujet de votre taux de prélèvement à la source. Nous comprenons votre
    surprise. Votre taux de prélèvement sera ramené à 7,5 % dès le mois prochain et les 300 € prélevés en trop
    vous seront restitués sur votre paie de mars. Nous vous prions de nous excuser pour l'absence de réponse sur
    la messagerie sécurisée.""",
    ["promise"],
)
add(
    IMPOTS,
    RDV_IMPOTS,
    """Nous avons bien reçu votre avis sur les délais de rendez-vous au centre des finances publiques. Nous sommes
    désolés de ces délais. Un créneau vous sera réservé en priorité dès la semaine prochaine : un agent vous
    contactera pour fixer l'heure qui vous convient. La messagerie sécurisée reste aussi à votre disposition. Nous
    vous prions de nous excuser pour ces délais, que nous savons contraignants.""",
    ["promise"],
)
add(
    IMPOTS,
    TROP_PERCU,
    """Nous avons bien reçu votre message concernant votre remboursement de trop-perçu. Nous vous prions de nous
    excuser pour ce délai. Les 480 € de trop-perçu vous seront remboursés avant la fin du mois, avec les intérêts
    moratoires correspondants. Vous pourrez suivre ce remboursement dans votre espace particulier. Nous regrettons
    que vous ayez dû attendre depuis septembre.""",
    ["promise"],
    instructions="Remboursement bloqué : IBAN erroné. Lui dire de mettre à jour ses coordonnées bancaires.",
)
add(
    PREFECTURE,
    SEJOUR,
    """Nous avons bien reçu votre message au sujet du renouvellement de votre titre de séjour. Nous mesurons votre
    inquiétude. Votre titre de séjour sera délivré sous quinze jours ; d'ici là, un nouveau récépissé vous sera
    envoyé par courrier dès demain. Votre employeur peut vérifier votre situation auprès de nos services. Nous
    savons combien cette situation pèse sur votre emploi et votre quotidien.""",
    ["promise"],
    instructions="Demande en instruction, pas de date. Attestation de prolongation disponible sur l'ANEF.",
)
add(
    PREFECTURE,
    PERMIS,
    """Nous avons bien reçu votre troisième envoi pour l'échange de votre permis de conduire étranger. Nous
    regrettons ces allers-retours. Votre dossier est maintenant complet et votre permis français vous sera adressé
    dans les trois semaines. Nous vous remercions pour votre patience tout au long de cette démarche. Vous pourrez
    suivre l'envoi du titre dans votre espace ANTS.""",
    ["promise"],
    instructions="Manque toujours la traduction par un traducteur agréé.",
)
add(
    MAIRIE,
    ACTE,
    """Nous avons bien reçu votre message concernant votre demande d'acte de naissance. Nous sommes désolés pour
    ce retard. Nous vous garantissons que votre acte de naissance sera entre vos mains avant votre mariage : nous
    le déposerons nous-mêmes dans votre boîte aux lettres si nécessaire. Nous vous souhaitons un très beau
    mariage. Nous vous prions de nous excuser pour ce mois d'attente.""",
    ["promise"],
)
add(
    MAIRIE,
    CNI,
    """Nous avons bien reçu votre avis sur les délais de rendez-vous pour les cartes d'identité. Vous avez raison,
    ce délai est excessif. Nous vous proposons un rendez-vous dès mardi prochain à 10 h ; il vous suffira de vous
    présenter à l'accueil avec votre ancienne carte et une photo. Nous vous prions de nous excuser pour l'attente
    que vous avez subie jusqu'ici.""",
    ["promise"],
)
add(
    URSSAF,
    COTISATIONS,
    """Nous vous remercions pour votre message et vous prions de nous excuser pour notre délai de réponse. Après
    vérification, la régularisation semble injustifiée : les 1 200 € réclamés seront annulés et vous n'aurez rien
    à payer. Vous en recevrez la confirmation dans votre espace en ligne. Nous regrettons nos délais de réponse,
    trop longs en ce moment.""",
    ["promise"],
    instructions="Régularisation justifiée (écart avec la déclaration de revenus). Proposer un échéancier.",
)
add(
    URSSAF,
    MAJORATION,
    """Nous avons bien reçu votre message concernant la majoration appliquée à votre déclaration. Merci pour vos
    captures d'écran. La majoration sera annulée et le montant déjà prélevé vous sera remboursé sous dix jours.
    Nous vous prions de nous excuser pour ce désagrément. Vos captures d'écran ont bien été jointes à votre
    dossier.""",
    ["promise"],
    instructions="Pas d'incident connu. Il peut demander une remise, examinée au cas par cas.",
    farewell="Bien à vous,",
)
add(
    CARSAT,
    RETRAITE,
    """Nous avons bien reçu votre message au sujet de votre départ à la retraite. Nous comprenons votre
    inquiétude. Votre retraite vous sera versée dès le 1er avril, sans interruption de revenus, et vous recevrez
    votre notification dans les prochains jours. Vous pouvez suivre votre dossier dans votre espace personnel sur
    lassuranceretraite.fr. Nous savons combien l'approche du départ peut être source d'inquiétude.""",
    ["promise"],
    instructions="Dossier complet, en calcul. Pas de date de notification.",
)
add(
    CARSAT,
    TRIMESTRES,
    """Nous vous remercions de nous avoir signalé ces trimestres d'apprentissage manquants. Merci pour vos fiches
    de paie. Les quatre trimestres manquants seront ajoutés à votre relevé de carrière d'ici la fin du mois, et
    votre date de départ sera recalculée en conséquence. Vous pourrez consulter votre relevé mis à jour dans votre
    espace personnel. Les fiches de paie que vous avez conservées sont précieuses pour ce type de vérification.""",
    ["promise"],
    instructions="Pièces en cours d'examen par le service carrière.",
)
add(
    ANTS,
    PASSEPORT,
    """Merci de nous avoir signalé ce problème de paiement du timbre fiscal sur le site de prédemande. Nous
    regrettons ces difficultés. Compte tenu de votre voyage, votre passeport sera fabriqué en urgence et vous sera
    remis avant le 1er juillet. Le timbre électronique est aussi vendu chez les buralistes agréés. Pensez aussi à
    prendre rendez-vous dans une mairie équipée pour déposer votre dossier.""",
    ["promise"],
)
add(
    LONGFORM,
    MEDIATION,
    """Nous avons bien reçu votre avis. Au vu des pièces que vous avez fournies, l'indu de 2 300 € sera annulé et
    les sommes déjà retenues sur vos allocations vous seront reversées le mois prochain. Nous vous présentons nos
    excuses pour la durée de cette procédure. Vous pourrez suivre ces versements dans votre espace « Mon compte ».""",
    ["promise"],
    instructions="Dossier transmis au médiateur. Ne pas préjuger de sa recommandation.",
)

# A promise with another defect.
add(
    CAF,
    APL,
    """Votre aide sera rétablie la semaine prochaine et le rappel vous sera versé dans la foulée. Nous sommes
    désolés pour ce délai, [PERSONNE_1], et nous avons noté votre numéro allocataire [NUMERO_ALLOCATAIRE_1] pour
    suivre personnellement votre dossier. Vous pouvez suivre vos paiements dans votre espace « Mon compte ». Nous
    savons combien ces trois mois ont été difficiles pour votre budget.""",
    ["promise", "personal_data"],
)
add(
    TRAVAIL,
    ARE,
    """Nous avons bien reçu votre message et nous comprenons votre inquiétude face à ce versement manquant. Nous
    avons vérifié le dossier de [PERSONNE_1] (identifiant [IDENTIFIANT_FRANCE_TRAVAIL_1]) : votre allocation sera
    versée d'ici vendredi. Votre actualisation du 28 a bien été prise en compte, et nous vous prions de nous
    excuser pour ce retard. Nous savons qu'un versement manquant met vite un budget en difficulté.""",
    ["promise", "personal_data"],
    instructions="Paiement bloqué, bulletin de salaire manquant.",
)
add(
    CPAM,
    KINE,
    """Nous avons bien reçu votre message au sujet de vos séances de kinésithérapie. Nous vous remercions pour
    votre patience. Nous avons demandé le traitement prioritaire de vos feuilles de soins : le remboursement de
    180 € sera effectué demain. Vous pourrez suivre ce paiement dans votre compte ameli. Nous regrettons le retard
    pris par le traitement des envois papier.""",
    ["promise", "signature"],
    signed=False,
    instructions="Feuilles reçues au centre de numérisation, non traitées.",
)
add(
    PREFECTURE,
    CARTE_GRISE,
    """Nous avons bien reçu votre message concernant votre certificat d'immatriculation, que le site indique comme
    envoyé. Nous sommes désolés. Un nouveau certificat d'immatriculation vous sera envoyé en recommandé cette
    semaine, sans frais et sans démarche de votre part. Nous vous prions de nous excuser pour ce désagrément. Le
    numéro de suivi de l'ancien envoi reste consultable dans votre espace ANTS.""",
    ["promise", "politeness"],
    closing=False,
)
add(
    CARSAT,
    RETRAITE,
    """Nous avons bien reçu votre message et nous comprenons votre inquiétude à quelques semaines de votre départ
    à la retraite. Votre dossier est traité en priorité : votre pension sera calculée cette semaine et le premier
    paiement interviendra le 9 avril. Vous pouvez suivre chaque étape depuis votre espace personnel sur
    lassuranceretraite.fr. La notification vous parviendra par courrier et dans votre espace personnel.""",
    ["promise", "politeness"],
    closing=False,
    instructions="Dossier en calcul. Pas de date.",
)
add(
    TRAVAIL,
    FORMATION,
    """Nous avons bien reçu votre message concernant le refus de financement de votre formation. Vous voulez une
    formation de cariste ? Très bien, puisque vous semblez mieux connaître le marché de l'emploi que votre
    conseillère, nous la financerons. Vous commencerez en juin. Votre conseillère vous donnera les détails de la
    session. Les sessions de formation se déroulent en général sur plusieurs semaines.""",
    ["blame", "promise"],
)
add(
    IMPOTS,
    TROP_PERCU,
    """Nous avons bien reçu votre message concernant votre trop-perçu de 480 €. Votre remboursement de 480 € sera
    viré lundi. La prochaine fois, vérifiez vos coordonnées bancaires avant de vous plaindre publiquement d'un
    retard dont vous êtes le seul responsable. Vos coordonnées bancaires se mettent à jour dans la rubrique « Mon
    profil ». Nous vous prions de nous excuser pour le délai de traitement.""",
    ["blame", "promise"],
)
add(
    CPAM,
    VITALE,
    """Nous avons bien reçu votre message concernant votre carte Vitale. Nous vous enverrons une nouvelle carte
    Vitale sous 48 heures. Entre nous, une carte Vitale se range dans un portefeuille, pas dans une poche de
    manteau ; cela vous évitera d'en commander une troisième. En attendant, une attestation de droits est
    disponible sur ameli.fr. Vous pouvez aussi télécharger l'application ameli pour accéder à vos droits.""",
    ["blame", "promise"],
)
add(
    MAIRIE,
    CNI,
    """C'est honteux, vraiment ? Pour vous faire plaisir, nous vous avons trouvé un créneau jeudi à 14 h, en
    passant devant les usagers qui attendent depuis deux mois sans se plaindre. Présentez-vous à l'accueil avec
    votre ancienne carte et une photo d'identité. Le jour du rendez-vous, prévoyez une vingtaine de minutes pour
    la prise d'empreintes.""",
    ["blame", "promise"],
)


# The citizen's personal data in a public reply.
ACTE_SIGNED: Review = (ACTE[0] + " [PERSONNE_1], [ADRESSE_1]", ["[PERSONNE_1]", "[ADRESSE_1]"])
add(
    CAF,
    APL,
    """Nous sommes désolés pour ces trois mois de suspension. Votre attestation de loyer a bien été reçue et votre
    dossier est en cours d'examen par le service logement. Vous pouvez suivre l'avancement dans votre espace « Mon
    compte ». Nous vous remercions pour votre patience. Nous savons combien ce délai pèse sur le paiement de votre
    loyer.""",
    ["personal_data"],
    hello="Bonjour [PERSONNE_1],",
    instructions="Attestation reçue, examen en cours.",
)
add(
    CAF,
    MEDIATION,
    """Nous comprenons votre lassitude. Votre contestation concernant le logement du [ADRESSE_1] a été transmise
    au médiateur de la CAF, qui reprendra l'ensemble des pièces que vous avez fournies. Les retenues sont
    suspendues pendant son examen. Vous pouvez joindre de nouvelles pièces dans votre espace « Mon compte ». Nous
    restons à votre écoute pendant toute la durée de la médiation.""",
    ["personal_data"],
    instructions="Transmis au médiateur, retenues suspendues.",
)
add(
    CAF,
    APL,
    """Nous avons bien reçu votre avis concernant la suspension de votre aide au logement. Nous vous prions de
    nous excuser pour ce délai. Le dossier de l'allocataire n° [NUMERO_ALLOCATAIRE_1] a été examiné ce matin :
    l'attestation de loyer est bien enregistrée, et l'aide a été rétablie. Nous regrettons que vos appels soient
    restés sans réponse pendant cette période.""",
    ["personal_data"],
    instructions="APL rétablie ce matin.",
)
add(
    TRAVAIL,
    ARE,
    """Nous comprenons votre inquiétude. Nous avons vérifié le dossier correspondant à l'identifiant
    [IDENTIFIANT_FRANCE_TRAVAIL_1] : votre actualisation du 28 a bien été enregistrée. Le paiement est en attente
    du bulletin de salaire de votre reprise d'activité ; vous pouvez le déposer dans votre espace personnel. Nous
    vous remercions pour votre patience. Nous regrettons ce retard de versement et l'inquiétude qu'il provoque.""",
    ["personal_data"],
    instructions="Paiement bloqué, bulletin de salaire manquant.",
)
add(
    IMPOTS,
    TAXE,
    """Nous avons bien reçu votre message concernant la taxe d'habitation qui vous a été réclamée. Nous sommes
    désolés de cette erreur. L'acte de vente du bien situé [ADRESSE_1] a bien été pris en compte et la taxe
    d'habitation a été annulée. Vous n'avez rien à régler. Nous regrettons que vous ayez dû envoyer ce document à
    deux reprises.""",
    ["personal_data"],
    instructions="Dégrèvement total, rien à payer.",
)
add(
    IMPOTS,
    TROP_PERCU,
    """Nous vous prions de nous excuser pour ce délai. Le remboursement lié au numéro fiscal [NUMERO_FISCAL_1] est
    bloqué parce que l'IBAN enregistré correspond à un compte clos ; vous pouvez le mettre à jour dans la rubrique
    « Mon profil » de votre espace particulier. Nous restons à votre disposition par la messagerie sécurisée. Nous
    regrettons que votre attente ait été aussi longue.""",
    ["personal_data"],
    instructions="IBAN erroné, compte clos. Le mettre à jour.",
)
add(
    MAIRIE,
    ACTE_SIGNED,
    """Nous avons bien reçu votre message concernant votre demande d'acte de naissance pour votre mariage. Nous
    sommes désolés de ce retard. L'acte de naissance de [PERSONNE_1] a été envoyé ce matin au [ADRESSE_1]. Nous
    vous souhaitons un très beau mariage. Vous pouvez aussi le retirer au guichet de l'état civil avec une pièce
    d'identité.""",
    ["personal_data"],
    instructions="Acte envoyé ce matin.",
)
add(
    ANTS,
    CARTE_GRISE,
    """Nous regrettons ce désagrément. Le certificat d'immatriculation du véhicule [IMMATRICULATION_1] a été remis
    à La Poste le 3 ; le numéro de suivi est disponible dans votre espace ANTS. Si le pli n'est pas distribué, une
    déclaration de perte permet d'obtenir un nouveau titre. Nous restons à votre disposition. Nous regrettons le
    temps que vous avez perdu à attendre ce document.""",
    ["personal_data"],
    instructions="Titre remis à La Poste le 3.",
)
add(
    ANTS,
    CARTE_GRISE,
    """Nous avons bien reçu votre avis concernant votre certificat d'immatriculation. Merci pour votre message.
    Nous vous avons répondu directement par courriel à l'adresse [EMAIL_1] avec le numéro de suivi de votre envoi.
    N'hésitez pas à revenir vers nous si le pli n'arrive pas. Le suivi indique si le pli a été distribué ou s'il
    attend en bureau de poste.""",
    ["personal_data"],
    instructions="Numéro de suivi envoyé par courriel.",
)
add(
    CAF,
    MEDIATION,
    """Après un an de procédure, votre exaspération se comprend, [PERSONNE_1]. Votre dossier est désormais entre
    les mains du médiateur, et les retenues sur vos prestations sont suspendues. Vous pouvez ajouter de nouvelles
    pièces dans votre espace « Mon compte », rubrique « Mes démarches », en précisant « médiation ». Nous vous
    prions de nous excuser pour la longueur de la procédure.""",
    ["personal_data", "greeting"],
    hello="",
    instructions="Transmis au médiateur, retenues suspendues.",
)
add(
    TRAVAIL,
    ARE,
    """Nous avons bien reçu votre avis concernant votre allocation de ce mois-ci. Merci pour votre message,
    [PERSONNE_1]. Votre actualisation a bien été reçue le 28. Le versement attend seulement le bulletin de salaire
    de votre reprise d'activité, à déposer dans votre espace. Nous vous remercions pour votre patience.
    L'actualisation du mois prochain se fera comme d'habitude, depuis votre espace.""",
    ["personal_data", "ai_disclosure"],
    disclosed=False,
    instructions="Bulletin de salaire manquant.",
)
add(
    CAF,
    APL,
    """Nous avons bien reçu votre message concernant la suspension de votre aide au logement depuis trois mois.
    Nous vous présentons nos excuses pour ce délai, [PERSONNE_1]. Votre attestation a bien été reçue et votre
    dossier d'aide au logement est en cours d'examen. Vous pouvez suivre son avancement dans votre espace « Mon
    compte ». Nous regrettons que vos appels soient restés sans réponse.""",
    ["personal_data", "ai_disclosure"],
    disclosed=False,
    instructions="Attestation reçue, en cours.",
)

# Placeholders left in the draft, or invented.
add(
    CAF,
    RSA,
    """Nous comprenons votre inquiétude face à cette baisse. Votre RSA a été recalculé à partir de vos ressources
    du trimestre précédent. Pour en parler, vous pouvez rencontrer [NOM DU CONSEILLER] à l'accueil de votre CAF.
    Le détail du calcul est disponible dans votre espace « Mon compte ». Nous vous prions de nous excuser pour le
    manque d'explications que vous avez reçu jusqu'ici.""",
    ["placeholder"],
)
add(
    CPAM,
    VITALE,
    """Nous avons bien reçu votre message concernant votre carte Vitale. Nous sommes désolés pour ce délai. Votre
    nouvelle carte a été envoyée le [DATE D'ENVOI]. En attendant, une attestation de droits est téléchargeable sur
    ameli.fr. Elle permet à votre médecin de pratiquer le tiers payant. Nous regrettons les frais que vous avez dû
    avancer.""",
    ["placeholder"],
)
add(
    CPAM,
    KINE,
    """Merci de nous avoir écrit au sujet de vos séances de kinésithérapie. Nous avons bien reçu vos feuilles de
    soins. Le remboursement de vos séances, soit XXX €, a été effectué le XX/XX. Nous vous prions de nous excuser
    pour ce délai. Vous pouvez le vérifier dans votre compte ameli. Pour vos prochaines séances, la
    télétransmission par votre kinésithérapeute accélère le remboursement.""",
    ["placeholder"],
)
add(
    TRAVAIL,
    RADIATION,
    """Nous avons bien reçu votre avis concernant votre radiation. Nous comprenons votre colère. Vous pouvez
    contester cette radiation par un recours écrit adressé à {directeur_agence} dans un délai de deux mois, en
    expliquant vos difficultés de transport. Les aides à la mobilité peuvent aussi être évoquées avec votre
    conseiller. Nous regrettons que vos contraintes de transport n'aient pas été prises en compte lors de la
    convocation.""",
    ["placeholder"],
)
add(
    IMPOTS,
    RDV_IMPOTS,
    """Nous avons bien reçu votre avis sur les délais de rendez-vous. Nous comprenons votre agacement. Notre
    accueil sans rendez-vous est ouvert le [JOURS ET HORAIRES À COMPLÉTER]. Vous pouvez aussi nous écrire par la
    messagerie sécurisée de votre espace particulier. Le rendez-vous téléphonique est aussi souvent proposé plus
    tôt. Nous regrettons que le délai proposé en ligne soit aussi long.""",
    ["placeholder"],
)
add(
    PREFECTURE,
    SEJOUR,
    """Nous avons bien reçu votre message et nous comprenons votre inquiétude. Une attestation de prolongation
    d'instruction est disponible dans votre espace ANEF ; vous pouvez la présenter à votre employeur. Pour toute
    question, contactez [PERSONNE_3] au [TELEPHONE_2]. Nous vous prions de nous excuser pour ce délai
    d'instruction. Nous savons combien cette attente est difficile vis-à-vis de votre employeur.""",
    ["placeholder"],
    hello="Bonjour [PERSONNE_1],",
    instructions="Attestation de prolongation dispo sur l'ANEF.",
)
add(
    URSSAF,
    COTISATIONS,
    """Vous nous interrogez sur la régularisation de vos cotisations. Merci pour votre message. Nous vous avons
    répondu en détail par courriel à l'adresse [EMAIL_2]. La régularisation correspond à un écart entre vos
    déclarations mensuelles et votre déclaration de revenus. Un échéancier peut être demandé depuis votre espace
    en ligne. Nous regrettons le délai de réponse de nos services.""",
    ["placeholder"],
)
add(
    CARSAT,
    RETRAITE,
    """Nous avons bien reçu votre message concernant votre départ à la retraite au 1er avril. Votre dossier de
    retraite est complet et en cours de calcul. Nous avons bien noté votre numéro [TELEPHONE_1] et votre référence
    de dossier [REFERENCE_DOSSIER_1] ; vous pouvez suivre l'avancement dans votre espace personnel. Nous
    comprenons votre inquiétude à l'approche de votre départ.""",
    ["placeholder"],
    hello="Bonjour [PERSONNE_1],",
    instructions="Dossier complet, en calcul.",
)
add(
    MAIRIE,
    DECES,
    """Merci pour votre message, qui nous touche. Nous le transmettrons à <prénom de l'agente>, qui vous a reçue.
    Nous vous présentons nos sincères condoléances. Si d'autres démarches sont nécessaires dans les semaines à
    venir, notre service reste à votre disposition. Nous sommes très touchés que vous ayez pris le temps de nous
    écrire dans un moment pareil.""",
    ["placeholder"],
)
add(
    CHAT,
    PRIME,
    """Votre demande de prime d'activité a été réexaminée le [date] : il manquait le bulletin de salaire de [mois
    concerné]. Vous pouvez le déposer dans votre espace « Mon compte ». Vous n'avez pas à refaire la demande
    complète. Nous regrettons de ne pas vous l'avoir indiqué plus tôt.""",
    ["placeholder"],
    hello="",
)
add(
    CAF,
    CAF_MERCI,
    """Quel plaisir de lire votre message sur l'accueil de Villeurbanne et votre quotient familial réglé en dix
    minutes ! Merci pour votre message ! Nous transmettons vos remerciements à l'équipe d'accueil de Villeurbanne.
    Vos remerciements lui font toujours plaisir, et à nous aussi.

    [Insérer ici une phrase sur les horaires d'ouverture]""",
    ["placeholder"],
)
add(
    PREFECTURE,
    PERMIS,
    """Nous regrettons ces allers-retours. La pièce manquante est la traduction officielle de votre permis, par un
    traducteur agréé. Vous pouvez la déposer sur le site de l'ANTS en rappelant la référence [RÉFÉRENCE DU
    DOSSIER]. Nous vous remercions pour votre patience. Nous savons combien ces envois répétés sont décourageants.""",
    ["placeholder", "politeness"],
    closing=False,
)
add(
    LONGFORM,
    MEDIATION,
    """Nous comprenons votre lassitude. Votre dossier a été transmis à notre médiateur, [PERSONNE_2], qui
    reprendra l'ensemble des pièces fournies. Les retenues sur vos prestations sont suspendues. Vous pouvez
    ajouter d'autres pièces dans votre espace « Mon compte ». Nous savons combien cette année de démarches a été
    éprouvante pour vous.""",
    ["placeholder", "signature"],
    signed=False,
    instructions="Transmis au médiateur, retenues suspendues.",
)
add(
    ANTS,
    PASSEPORT,
    """Le paiement du timbre fiscal peut échouer si votre navigateur bloque la fenêtre de paiement. Vous pouvez
    aussi acheter un timbre électronique chez un buraliste agréé et saisir son numéro, ou contacter le support au
    [TELEPHONE_SUPPORT]. Pour un voyage en juillet, pensez à prendre rendez-vous dans une mairie équipée dès que
    possible. Nous regrettons la gêne occasionnée.""",
    ["placeholder", "greeting"],
    hello="",
)


# Defects of form: a text the channel requires is missing.
add(
    CAF,
    RSA,
    """Nous avons bien reçu votre avis concernant la baisse de votre RSA. Le montant est recalculé chaque
    trimestre à partir des ressources déclarées ; le détail du calcul figure dans votre espace « Mon compte »,
    rubrique « Mes paiements ». Un conseiller peut vous l'expliquer sur rendez-vous. Nous regrettons que
    l'information ne vous ait pas été donnée plus tôt.""",
    ["greeting"],
    hello="",
)
add(
    MAIRIE,
    CNI,
    """Les délais de rendez-vous pour les cartes d'identité sont en effet longs en ce moment. Des créneaux se
    libèrent chaque jour à la suite d'annulations, et vous pouvez faire votre demande dans toute mairie équipée.
    Nous vous prions de nous excuser pour cette attente, que nous savons pénible. Vous pouvez consulter les
    créneaux disponibles chaque matin sur notre page de réservation.""",
    ["greeting"],
    hello="",
)
add(
    IMPOTS,
    TAUX,
    """Votre taux de prélèvement a été mis à jour en septembre à partir de votre dernière déclaration de revenus.
    Si vous prévoyez une baisse de revenus cette année, vous pouvez le moduler dans votre espace particulier,
    rubrique « Gérer mon prélèvement à la source ». Nous vous prions de nous excuser pour l'absence de réponse à
    votre message.""",
    ["greeting"],
    hello="",
)
add(
    CPAM,
    INDEMNITES,
    """Votre message a retenu toute notre attention. Le paiement de vos indemnités journalières attend
    l'attestation de salaire de votre employeur ; dès sa réception, il sera effectué en une semaine environ. Nous
    regrettons les renvois entre l'accueil et le 3646. Vous pouvez suivre vos paiements dans votre compte ameli.
    Nous savons combien ce retard est difficile pendant un arrêt maladie.""",
    ["greeting"],
    hello="",
    instructions="Attestation employeur manquante, délai habituel 1 semaine après réception.",
)
add(
    CAF,
    CAF_MERCI,
    """Merci pour ce retour très positif ! Nous le transmettons à l'équipe d'accueil de Villeurbanne, qui sera
    ravie de savoir que votre question a été réglée aussi rapidement. Vos retours nous aident à améliorer
    l'accueil de nos usagers. Nous espérons vous accueillir aussi bien lors de vos prochaines démarches.""",
    ["politeness"],
    closing=False,
)
add(
    PREFECTURE,
    CARTE_GRISE,
    """Merci de nous avoir signalé ce problème de réception. Nous sommes désolés que votre certificat
    d'immatriculation ne vous soit pas parvenu. Le numéro de suivi de l'envoi figure dans votre espace ANTS ; s'il
    est perdu, une déclaration de perte permet d'obtenir un nouveau titre. Nous regrettons le désagrément de cet
    envoi non reçu.""",
    ["politeness"],
    closing=False,
)
add(
    CARSAT,
    TRIMESTRES,
    """Vous avez bien fait de vérifier votre relevé de carrière. Nous vous remercions pour l'envoi de vos fiches
    de paie. Elles sont en cours d'examen par le service carrière ; lorsque des fiches de paie permettent de
    valider des trimestres manquants, le relevé est corrigé et l'assuré en est informé. Nous vous remercions pour
    votre patience.""",
    ["politeness"],
    closing=False,
)
add(
    CPAM,
    CSS,
    """Nous comprenons votre déception. Le plafond de ressources de la complémentaire santé solidaire s'applique à
    toutes les demandes, même pour un faible dépassement. Vous pouvez en revanche demander la complémentaire santé
    solidaire avec participation, accessible pour moins d'un euro par jour. La demande se fait en quelques minutes
    sur votre compte ameli. Nous savons qu'un refus pour quelques euros peut sembler très injuste.""",
    ["politeness"],
    closing=False,
)
add(
    CAF,
    PRIME,
    """Nous sommes désolés de ce refus. Votre justificatif concernait le mois de décembre au lieu de janvier ; il
    vous suffit de déposer le bon bulletin de salaire dans votre espace « Mon compte », sans refaire toute la
    demande. Nous vous prions de nous excuser pour ce désagrément. Le dépôt se fait en quelques minutes, rubrique
    « Envoyer un document ».""",
    ["signature"],
    signed=False,
)
add(
    TRAVAIL,
    ATELIER,
    """Merci beaucoup pour votre message ! Nous le transmettons à votre conseillère et à l'équipe des ateliers.
    Les dates des prochains ateliers sont disponibles dans votre espace personnel. Nous espérons vous revoir
    bientôt à l'agence. Vos encouragements font plaisir à toute l'équipe.""",
    ["signature"],
    signed=False,
)
add(
    MAIRIE,
    DECES,
    """Nous vous remercions pour ce message et vous présentons nos sincères condoléances. Vos mots seront transmis
    à l'agente qui vous a reçue. Notre service reste à votre disposition pour les démarches à venir. Nous vous
    souhaitons beaucoup de courage. Nous espérons que les démarches qui vous restent seront aussi simples que
    possible.""",
    ["signature"],
    signed=False,
)
add(
    IMPOTS,
    RDV_IMPOTS,
    """Nous comprenons votre agacement. Beaucoup de questions trouvent une réponse sans rendez-vous : par la
    messagerie sécurisée de votre espace particulier, au 0 809 401 401, ou à l'accueil sans rendez-vous du mardi
    et du jeudi matin. Nous vous prions de nous excuser pour ces délais. Nous savons que trois semaines d'attente,
    c'est long pour une question simple.""",
    ["signature"],
    signed=False,
    farewell="Bien cordialement,",
)
add(
    CAF,
    INJOIGNABLE,
    """Nous sommes désolés de ne pas avoir pu répondre à vos appels. Nos lignes sont très chargées en début de
    mois ; la messagerie de votre espace « Mon compte » permet d'écrire à un conseiller, qui vous répond par
    écrit. Vous pouvez aussi prendre rendez-vous à l'heure de votre choix. Nous savons combien ces appels sans
    réponse sont éprouvants.""",
    ["ai_disclosure"],
    disclosed=False,
)
add(
    TRAVAIL,
    FORMATION,
    """Nous comprenons votre déception. Le financement d'une formation dépend des besoins de recrutement locaux et
    du plafond de prise en charge. Vous pouvez demander un nouvel entretien avec votre conseillère pour réexaminer
    votre projet avec les offres que vous avez repérées. Nous restons à votre disposition. Nous savons qu'un refus
    de formation est décevant quand on a un projet précis.""",
    ["ai_disclosure"],
    disclosed=False,
)
add(
    PREFECTURE,
    SEJOUR,
    """Nous avons bien reçu votre message concernant le renouvellement de votre titre de séjour. Nous comprenons
    votre inquiétude. Une attestation de prolongation d'instruction, qui vous autorise à travailler, est
    disponible dans votre espace ANEF. Votre employeur peut vérifier votre situation auprès de nos services. Nous
    regrettons la longueur de l'instruction de votre dossier.""",
    ["ai_disclosure"],
    disclosed=False,
    instructions="Attestation de prolongation dispo sur l'ANEF.",
)
add(
    ANTS,
    PASSEPORT,
    """Merci de nous avoir signalé ce problème sur le site de prédemande de passeport. Nous regrettons ces
    difficultés de paiement. Vous pouvez essayer avec une autre carte bancaire, ou acheter un timbre fiscal
    électronique chez un buraliste agréé puis saisir son numéro dans votre prédemande. Nous vous souhaitons un bon
    voyage en juillet.""",
    ["ai_disclosure"],
    disclosed=False,
)
add(
    CARSAT,
    RETRAITE,
    """Votre dossier est complet et en cours de calcul. Une demande déposée plus de quatre mois avant la date de
    départ permet en principe un premier paiement sans interruption de revenus ; vous pouvez suivre chaque étape
    en ligne sur lassuranceretraite.fr. Nous vous remercions pour votre patience. Nous comprenons votre inquiétude
    à l'approche de votre départ.""",
    ["ai_disclosure", "signature"],
    signed=False,
    disclosed=False,
    instructions="Dossier complet, en calcul.",
)

# Length outside the bounds (the channel's texts not counted).
add(CAF, RSA, "Nous regardons.", ["length"])
add(URSSAF, MAJORATION, "Bien reçu, merci.", ["length"])
add(TRAVAIL, RADIATION, "Votre message a été transmis.", ["length"])
add(
    CARSAT,
    TRIMESTRES,
    """Nous avons bien reçu vos fiches de paie et nous vous en remercions.""",
    ["length"],
)
add(
    CPAM,
    INDEMNITES,
    """Nous avons bien reçu votre avis et nous tenons d'abord à vous présenter nos excuses pour les renvois
    successifs entre l'accueil de Mérignac et le 3646. Nous savons que, pendant un arrêt maladie, chaque jour sans
    revenu compte, et nous comprenons votre exaspération.

    Pour que vous compreniez où en est votre dossier, voici comment se déroule le versement des indemnités
    journalières. Lorsque votre médecin vous prescrit un arrêt de travail, il transmet l'avis d'arrêt à
    l'Assurance Maladie, le plus souvent par voie électronique. Votre employeur, de son côté, doit nous adresser
    une attestation de salaire, qui nous permet de calculer le montant de vos indemnités à partir de vos salaires
    des trois mois précédant l'arrêt. Depuis quelques années, cette attestation est transmise par la déclaration
    sociale nominative, que l'employeur envoie chaque mois ; certains employeurs utilisent encore l'attestation en
    ligne sur net-entreprises.fr.

    Tant que cette attestation ne nous est pas parvenue, nous ne pouvons pas calculer vos indemnités, et donc pas
    les verser. C'est la situation de votre dossier aujourd'hui : l'avis d'arrêt de travail a bien été reçu, mais
    l'attestation de salaire manque. Nous vous conseillons de contacter le service du personnel ou le gestionnaire
    de paie de votre employeur, en lui demandant de vérifier que l'attestation a bien été envoyée et, si ce n'est
    pas le cas, de la transmettre sans attendre.

    Dès sa réception, le calcul est effectué automatiquement et le paiement intervient en général dans un délai
    d'une semaine. Les indemnités sont versées tous les quatorze jours environ, pour toute la durée de votre
    arrêt, et vous pouvez suivre chaque paiement dans votre compte ameli, rubrique « Mes paiements ». Un relevé
    mensuel y est aussi disponible : il vous sera utile pour votre déclaration de revenus.

    Si votre employeur pratique la subrogation, c'est-à-dire s'il continue à vous verser votre salaire pendant
    l'arrêt, les indemnités lui sont versées directement, et c'est à lui qu'il faut s'adresser. Votre bulletin de
    salaire l'indique en général par une ligne spécifique.

    Si vous rencontrez des difficultés financières importantes en attendant le paiement, le service social de
    l'Assurance Maladie peut vous recevoir. Il peut, selon votre situation, vous orienter vers une aide
    exceptionnelle ou vers d'autres dispositifs. Vous pouvez le contacter en appelant le 3646 et en demandant
    expressément le service social, ou en vous présentant à l'accueil de Mérignac en précisant cette demande dès
    votre arrivée.

    Enfin, nous avons pris note de votre remarque sur l'orientation entre l'accueil et le téléphone. Elle a été
    transmise au responsable de l'accueil de Mérignac, afin que les agents puissent, à l'avenir, vérifier
    eux-mêmes l'état d'un dossier plutôt que de renvoyer vers le 3646. Ce type de retour nous aide à améliorer
    notre service, et nous vous remercions d'avoir pris le temps de nous l'adresser malgré une période difficile.

    Nous restons à votre disposition pour toute question complémentaire, par la messagerie de votre compte ameli
    ou à l'accueil.""",
    ["length"],
    instructions="""Attestation employeur manquante. Expliquer tout le circuit, service social si besoin. Remontée
    faite à l'accueil.""",
)
add(
    IMPOTS,
    TAUX,
    """Nous avons bien reçu votre message concernant l'augmentation de votre taux de prélèvement à la source et
    nous comprenons votre surprise en découvrant une baisse de 300 € sur votre paie. Nous vous prions également de
    nous excuser pour l'absence de réponse à votre message sécurisé.

    Le prélèvement à la source fonctionne de la manière suivante. Chaque année, au printemps, vous déclarez vos
    revenus de l'année précédente. À partir de cette déclaration, l'administration calcule votre impôt et en
    déduit un taux de prélèvement, qui est transmis à votre employeur et appliqué à partir du mois de septembre.
    Ce taux reste ensuite en vigueur jusqu'au mois d'août de l'année suivante, sauf si vous le modifiez vous-même.

    Plusieurs raisons peuvent expliquer une hausse de taux sans changement apparent de votre situation. La plus
    fréquente est une hausse de vos revenus l'année précédente : une prime, des heures supplémentaires au-delà du
    plafond exonéré, un revenu exceptionnel ou des revenus de placement. Une autre cause courante est la fin d'un
    avantage fiscal, par exemple une réduction ou un crédit d'impôt dont vous bénéficiiez et qui ne figure plus
    dans votre déclaration. Enfin, un changement dans la composition du foyer, comme un enfant devenu majeur et
    rattaché ou non à votre foyer fiscal, peut modifier le nombre de parts et donc le taux.

    Le détail du calcul figure dans votre avis d'impôt, disponible dans votre espace particulier, rubrique «
    Documents ». La ligne « taux de prélèvement à la source » y est accompagnée du revenu pris en compte.

    Si vous estimez que vos revenus de cette année seront nettement inférieurs à ceux de l'année passée, vous
    pouvez moduler votre taux à la baisse, dans la rubrique « Gérer mon prélèvement à la source ». L'outil vous
    demande une estimation de vos revenus de l'année en cours ; la modulation n'est possible que si l'écart entre
    le prélèvement calculé avec le nouveau taux et celui calculé avec le taux actuel dépasse un certain seuil.
    Attention : une modulation excessive peut entraîner une pénalité lors de la régularisation de l'année
    suivante.

    Vous pouvez également opter pour un taux individualisé si vous êtes en couple et que vos revenus sont très
    différents de ceux de votre conjoint, ou pour le taux neutre si vous ne souhaitez pas que votre employeur
    connaisse votre taux personnel. Dans ce dernier cas, vous devrez verser vous-même un complément chaque mois.

    Enfin, sachez que le prélèvement à la source n'est qu'un acompte : si le montant prélevé dans l'année dépasse
    votre impôt réel, la différence vous est remboursée en été, après votre déclaration.

    Nous restons à votre disposition par la messagerie sécurisée ou à l'accueil du centre des finances publiques.""",
    ["length"],
)
add(
    CARSAT,
    RETRAITE,
    """Nous avons bien reçu votre message et nous comprenons votre inquiétude à quelques semaines de votre départ
    à la retraite. Nous tenons à vous expliquer précisément où en est votre dossier et ce qui va se passer dans
    les prochaines semaines.

    Votre demande de retraite, déposée en octobre, a été enregistrée et reconnue complète. Elle est actuellement à
    l'étape du calcul : nos services vérifient l'ensemble de votre carrière, trimestre par trimestre, à partir des
    informations transmises par vos employeurs successifs et par les autres régimes auxquels vous avez pu cotiser.
    Cette étape peut prendre plusieurs semaines, en particulier lorsque la carrière comporte des périodes à
    l'étranger, des périodes de chômage ou de maladie, ou des emplois dans plusieurs régimes.

    Une fois le calcul terminé, une notification vous est envoyée. Elle indique le nombre de trimestres retenus,
    le salaire annuel moyen, le taux appliqué et le montant de votre pension. Vous la recevrez par courrier et
    dans votre espace personnel. Lisez-la attentivement : si vous constatez une erreur ou un oubli, vous disposez
    de deux mois pour demander une révision.

    La règle générale est la suivante : une demande déposée au moins quatre mois avant la date de départ choisie
    permet de recevoir le premier paiement sans interruption de revenus. C'est votre cas. La pension est versée
    mensuellement, à terme échu, c'est-à-dire que la pension d'avril est versée début mai.

    Pensez aussi à votre retraite complémentaire : la demande unique que vous avez faite en ligne a été transmise
    à l'Agirc-Arrco, qui calcule et verse sa propre part.

    Vous pouvez suivre chaque étape depuis votre espace personnel sur lassuranceretraite.fr, rubrique « Ma demande
    de retraite », où l'état de votre dossier est mis à jour au fil du traitement.""",
    ["length"],
    hello="Bonjour [PERSONNE_1],",
    instructions="Dossier complet, en calcul. Expliquer notification, délais, règle des 4 mois, Agirc-Arrco.",
)


# Not French.
NEUTRAL = channel()
add_raw(
    NEUTRAL,
    INJOIGNABLE,
    """Hello,

    We are sorry you could not reach us by phone. Our lines are very busy at the beginning of the month, when
    payments are made. You can send a message to an adviser from your online account on caf.fr, or book an
    appointment at a time that suits you. We apologise for the inconvenience.

    Kind regards,""",
    ["language", "greeting"],
)
add_raw(
    NEUTRAL,
    TAUX,
    """Dear taxpayer,

    Your withholding rate is updated every September based on your latest tax return. If you expect your income to
    be lower this year, you can adjust the rate yourself in your personal space on impots.gouv.fr, under "Manage
    my withholding tax". We apologise for not answering your secure message sooner.

    Best regards, Nantes Individual Tax Office""",
    ["language", "greeting"],
)
add_raw(
    NEUTRAL,
    SEJOUR,
    """Bonjour,

    Thank you for your message. We understand how stressful an expired receipt can be when your employer is asking
    for proof of your right to work. An extension certificate has been issued and can be downloaded from your ANEF
    account. Your employer can contact the prefecture to check your status. We apologise for the length of the
    procedure.

    Yours faithfully,""",
    ["language"],
    "Attestation de prolongation dispo sur l'ANEF.",
)
add_raw(
    NEUTRAL,
    PERMIS,
    """Bonjour,

    Your file is still incomplete because the translation of your licence must be made by a sworn translator; free
    translations are not accepted. Once you upload the certified translation on the ANTS website, the processing
    of your exchange request will resume. If you have any questions, you can visit the prefecture's digital help
    desk without an appointment.

    Best wishes,""",
    ["language"],
)
add_raw(
    NEUTRAL,
    COTISATIONS,
    """Hola:

    Hemos recibido su mensaje. La regularización de 1 200 euros se debe a una diferencia entre el volumen de
    negocios declarado cada mes a la Urssaf y el que figura en su declaración de la renta. Puede consultar el
    detalle en su espacio en línea y solicitar un calendario de pagos si lo necesita.

    Atentamente,""",
    ["language", "greeting"],
)
add_raw(
    NEUTRAL,
    TRIMESTRES,
    """Guten Tag,

    vielen Dank für die Zusendung Ihrer Gehaltsabrechnungen. Sie werden derzeit von unserer Abteilung für
    Versicherungsverläufe geprüft. Wenn sie die fehlenden Quartale belegen, wird Ihr Versicherungsverlauf
    berichtigt und Sie werden schriftlich informiert. Sie können den Stand Ihrer Anfrage jederzeit in Ihrem
    persönlichen Bereich verfolgen. Wir bitten um Entschuldigung für die lange Bearbeitungszeit.

    Mit freundlichen Grüßen""",
    ["language", "greeting"],
)
add_raw(
    NEUTRAL,
    ACTE,
    """Buongiorno,

    ci scusiamo per il ritardo. La sua richiesta di atto di nascita è stata ricevuta e l'atto le è stato inviato
    stamattina per posta. Può anche ritirarlo allo sportello dello stato civile presentando un documento
    d'identità. Le auguriamo un bellissimo matrimonio. Ci scusiamo ancora per il disagio.

    Cordiali saluti""",
    ["language", "greeting"],
    "Acte envoyé ce matin, retrait possible au guichet.",
)
add_raw(
    ANTS,
    PASSEPORT,
    """Bonjour,

    We are sorry for the trouble with the online payment. A bug affecting some bank cards was fixed yesterday, so
    you can try again now. You can also buy an electronic tax stamp at an approved tobacconist and enter its
    16-digit number in your pre-application. For a trip in July, please book your appointment at a town hall as
    soon as possible.

    Cordialement,"""
    + "\n\n"
    + SHORT_DISCLOSURE,
    ["language"],
    "Bug du paiement timbre corrigé hier.",
)


# More reviews, and more clean drafts: calm answers to angry reviews, rules stated firmly, thanks.
NAISSANCE: Review = (
    """Bébé né en décembre, déclaration de grossesse faite dans les temps, et toujours pas de prime à la naissance
    en février. On a dû acheter la poussette à crédit. Super.""",
    [],
)
MEDECIN: Review = (
    """Mon médecin traitant est parti à la retraite, aucun médecin n'accepte de nouveaux patients et du coup je
    suis moins bien remboursé. C'est ça l'accès aux soins ?""",
    [],
)
INSCRIPTION: Review = (
    """Inscription à France Travail impossible en ligne : le site me dit que mon numéro de sécurité sociale est
    déjà utilisé. J'ai appelé le 3949, on m'a dit de passer en agence, l'agence m'a dit d'appeler le 3949.""",
    [],
)
PENSION: Review = (
    """Je verse une pension alimentaire pour mes deux enfants et on refuse de la déduire parce que je n'ai pas les
    justificatifs de virement de janvier. Ma banque les a perdus, pas moi !""",
    [],
)
NATURALISATION: Review = (
    """Demande de naturalisation déposée il y a 26 mois. Entretien passé, puis plus rien. Aucune réponse aux
    mails. [PERSONNE_1], dossier [REFERENCE_DOSSIER_1]""",
    ["[PERSONNE_1]", "[REFERENCE_DOSSIER_1]"],
)
CANTINE: Review = (
    """La facture de cantine de mon fils a doublé alors que mes revenus n'ont pas changé. La mairie m'a dit que le
    quotient n'était pas à jour. Qui doit le mettre à jour ?""",
    [],
)
CESU: Review = (
    """J'emploie une aide à domicile via le Cesu depuis 10 ans. Depuis le changement de site, impossible de
    déclarer les heures de février, le bouton ne marche pas. Et je ne veux pas que ma salariée soit payée en
    retard.""",
    [],
)
PERMIS_B: Review = (
    """Réussi mon permis il y a deux mois, toujours pas reçu le titre. Le certificat provisoire expire bientôt. Je
    suis livreur, j'en ai besoin. [TELEPHONE_1]""",
    ["[TELEPHONE_1]"],
)
MERCI_URSSAF: Review = (
    "Conseiller Urssaf au top, il m'a aidé à mettre en place mon échéancier sans me juger. Merci.",
    [],
)
RAPPEL_IMPOTS: Review = (
    "Mauvais accueil au guichet des impôts, l'agent a soupiré pendant tout l'échange et ne m'a pas regardé.",
    [],
)

add(
    CAF,
    NAISSANCE,
    """Félicitations pour la naissance de votre enfant, et toutes nos excuses pour ce retard qui vous a mis en
    difficulté au moment où vous en aviez le plus besoin. La prime à la naissance est versée au cours du deuxième
    mois qui suit la naissance ; pour une naissance en décembre, elle aurait dû vous parvenir en février. Après
    vérification, votre dossier était complet : la prime, d'un montant de 1 019,40 €, a été mise en paiement hier.""",
    [],
    instructions="Retard de notre côté, dossier complet. Prime 1 019,40 € mise en paiement hier.",
)
add(
    CAF,
    NAISSANCE,
    """Toutes nos félicitations pour la naissance de votre enfant. La prime à la naissance est versée au cours du
    deuxième mois qui suit la naissance, à condition que la déclaration de grossesse ait été faite dans les
    quatorze premières semaines et que les ressources du foyer ne dépassent pas le plafond. Pour une naissance en
    décembre, le versement intervient donc en février. Si rien n'apparaît dans votre espace « Mon compte » à la
    fin du mois, un conseiller peut vérifier votre dossier sur rendez-vous.""",
    [],
)
add(
    CPAM,
    MEDECIN,
    """Nous comprenons votre inquiétude : trouver un nouveau médecin traitant est devenu difficile dans de
    nombreux territoires. Sachez que, lorsque votre médecin traitant part à la retraite et que vous n'en trouvez
    pas d'autre, vous pouvez le signaler à votre caisse : vous n'êtes pas pénalisé sur vos remboursements pendant
    la période de recherche. Notre service d'accompagnement peut aussi vous communiquer la liste des médecins
    acceptant de nouveaux patients dans votre secteur. Pour cela, il suffit de nous écrire depuis la messagerie de
    votre compte ameli, en indiquant « recherche de médecin traitant ».""",
    [],
)
add(
    CPAM,
    MEDECIN,
    """Vous soulevez une difficulté réelle, que beaucoup d'assurés rencontrent aujourd'hui. Les règles de
    remboursement prévoient une majoration de la participation lorsque l'on consulte sans médecin traitant ; il
    existe toutefois des exceptions, notamment lorsque votre médecin a cessé son activité. Nous avons vérifié
    votre dossier : la situation de départ à la retraite de votre médecin a été enregistrée, et vos consultations
    sont de nouveau remboursées au taux normal depuis le 1er du mois.""",
    [],
    instructions="Départ du médecin enregistré, remboursement taux normal rétabli depuis le 1er du mois.",
)
add(
    TRAVAIL,
    INSCRIPTION,
    """Nous sommes désolés d'avoir renvoyé votre demande d'un canal à l'autre. Ce message d'erreur apparaît
    lorsqu'une ancienne inscription est encore associée à votre numéro de sécurité sociale. Notre équipe a clôturé
    cette ancienne inscription ce matin : vous pouvez désormais vous inscrire en ligne normalement. Votre
    inscription prendra effet à la date à laquelle vous l'aviez tentée pour la première fois, si vous nous la
    rappelez en réponse à ce message.""",
    [],
    instructions="""Ancienne inscription de 2019 clôturée ce matin. Il peut s'inscrire. On peut antidater à la
    date de la 1re tentative s'il nous la donne.""",
)
add(
    TRAVAIL,
    INSCRIPTION,
    """Nous comprenons votre agacement d'avoir été renvoyé entre le 3949 et l'agence : ce n'est pas normal, et
    nous vous prions de nous en excuser. Lorsque le site indique que votre numéro de sécurité sociale est déjà
    utilisé, l'inscription peut être faite directement en agence, avec une pièce d'identité et votre carte Vitale.
    Les agents d'accueil de toutes nos agences ont été informés de cette procédure.""",
    [],
    instructions="""Inscription en agence possible avec pièce d'identité + carte Vitale. Consigne rappelée aux
    accueils.""",
)
add(
    IMPOTS,
    PENSION,
    """Nous comprenons votre frustration. La pension alimentaire versée à vos enfants est déductible si vous
    pouvez prouver son versement ; à défaut de relevé de virement, d'autres preuves sont admises, comme une
    attestation de l'autre parent ou le jugement qui fixe la pension accompagné des relevés des autres mois. Vous
    pouvez nous les transmettre par la messagerie sécurisée de votre espace particulier, rubrique « Écrire »,
    motif « Je signale une erreur sur le calcul de mon impôt ».""",
    [],
)
add(
    IMPOTS,
    PENSION,
    """Merci pour votre message. Nous avons bien reçu l'attestation de votre banque, qui reconnaît la perte de ses
    relevés et confirme les virements de janvier. La déduction de la pension alimentaire a été admise pour l'année
    entière ; votre impôt a été recalculé et le dégrèvement de 412 € figure dans votre espace particulier. Nous
    vous remercions pour votre patience.""",
    [],
    instructions="Attestation bancaire reçue. Déduction admise, dégrèvement 412 €.",
)
add(
    PREFECTURE,
    NATURALISATION,
    """Nous comprenons votre impatience après plus de deux ans d'attente. Votre dossier a bien franchi l'étape de
    l'entretien d'assimilation. Il a été transmis au ministère de l'Intérieur, qui prend la décision finale ; ce
    délai ne dépend plus de la préfecture. Vous pouvez suivre l'avancement de votre demande dans votre espace
    personnel de la plateforme de naturalisation, à l'aide de la référence [REFERENCE_DOSSIER_1].""",
    [],
    hello="Bonjour [PERSONNE_1],",
    instructions="Transmis au ministère (SDANF) en octobre. Plus de notre ressort.",
)
add(
    PREFECTURE,
    NATURALISATION,
    """Nous vous présentons nos excuses pour l'absence de réponse à vos courriels. Votre demande de
    naturalisation, enregistrée sous la référence [REFERENCE_DOSSIER_1], a fait l'objet d'une décision favorable.
    Vous serez convoqué à une cérémonie d'accueil dans la citoyenneté française, dont la date vous sera
    communiquée par courrier. Toutes nos félicitations. Nous vous remercions pour votre patience tout au long de
    cette procédure.""",
    [],
    instructions="Décret de naturalisation publié la semaine dernière. Convocation à la cérémonie par courrier.",
    hello="Madame, Monsieur,",
)
add(
    MAIRIE,
    CANTINE,
    """Vous avez raison de poser la question. Le tarif de la cantine est calculé à partir du quotient familial que
    la CAF nous transmet chaque année en janvier. Si votre quotient n'a pas été transmis, le tarif maximal
    s'applique par défaut. Vous pouvez nous transmettre vous-même votre attestation de quotient familial,
    téléchargeable sur caf.fr, à l'accueil du service enfance ou par le portail famille : le bon tarif sera
    appliqué dès la facture suivante.""",
    [],
    instructions="""Quotient pas reçu de la CAF pour cette famille. Tarif max par défaut. Ils peuvent fournir
    l'attestation eux-mêmes. Tarif corrigé dès la facture suivante.""",
)
add(
    MAIRIE,
    CANTINE,
    """Nous sommes désolés pour cette erreur de facturation. Le quotient familial transmis par la CAF n'avait pas
    été enregistré dans notre logiciel. C'est désormais fait : la facture de janvier a été recalculée au tarif
    correspondant à votre quotient, et la différence de 64,20 € sera déduite de la facture de février. Vous n'avez
    aucune démarche à faire.""",
    [],
    instructions="Erreur de saisie chez nous. Janvier recalculé, 64,20 € déduits de la facture de février.",
)
add(
    URSSAF,
    CESU,
    """Merci de nous avoir signalé ce problème, et désolés pour la gêne occasionnée. Un dysfonctionnement du
    bouton de déclaration a été identifié sur le nouveau site Cesu pour certains navigateurs ; il a été corrigé
    hier soir. Vous pouvez déclarer les heures de février dès maintenant. Le salaire de votre employée sera
    prélevé et versé selon le calendrier habituel si la déclaration est faite avant la fin du mois.""",
    [],
    instructions="Bug bouton corrigé hier soir. Pas de retard pour la salariée si déclaration avant fin du mois.",
)
add(
    URSSAF,
    CESU,
    """Nous comprenons votre souci de payer votre salariée à temps. En cas de difficulté sur le site, vous pouvez
    déclarer les heures depuis l'application mobile Cesu+, ou par téléphone au 0 806 802 378 (service gratuit +
    prix d'un appel). Une déclaration faite par téléphone est traitée dans les mêmes délais qu'une déclaration en
    ligne.""",
    [],
)
add(
    URSSAF,
    MERCI_URSSAF,
    """Merci pour votre message, qui fait très plaisir. Nous le transmettons à votre conseiller. Nous vous
    souhaitons une bonne continuation dans votre activité ; n'hésitez pas à nous recontacter si votre situation
    évolue. Vos retours nous aident à savoir ce qui fonctionne dans nos accueils. Nous sommes heureux que
    l'échéancier vous permette de poursuivre votre activité sereinement.""",
    [],
)
add(
    ANTS,
    PERMIS_B,
    """Félicitations pour votre permis ! Nous comprenons que ce délai vous inquiète, car vous en avez besoin pour
    travailler. Le titre est fabriqué après la transmission du résultat de l'examen, et vous pouvez suivre sa
    production dans votre espace ANTS, rubrique « Mes démarches ». Si le certificat provisoire arrive à expiration
    avant la réception du titre, vous pouvez télécharger un nouveau certificat, valable jusqu'à la remise de votre
    permis.""",
    [],
)
add(
    CHAT,
    PERMIS_B,
    """Votre titre de permis de conduire a été produit le 18 et remis à La Poste le 20. Vous devriez le recevoir
    sous quelques jours. Si ce n'est pas le cas, nous pouvons vous appeler au [TELEPHONE_1] pour faire le point :
    répondez simplement à ce message. Le suivi de l'envoi est aussi disponible dans votre espace ANTS.""",
    [],
    instructions="Produit le 18, remis à La Poste le 20.",
    hello="",
    farewell="Belle journée,",
)
add(
    IMPOTS,
    RAPPEL_IMPOTS,
    """Nous vous remercions d'avoir pris le temps de nous signaler cet accueil. Vous attendiez écoute et
    considération, et ce n'est pas ce que vous avez reçu : nous le regrettons sincèrement. Votre message a été
    transmis à la responsable de l'accueil, qui en parlera avec l'équipe. Chaque usager doit être reçu avec
    attention, quelle que soit sa demande.""",
    [],
)
add(
    CAF,
    RSA,
    """Vous nous dites que personne n'a pu vous expliquer la baisse de 200 € de votre RSA, et que votre espace en
    ligne ne vous apprend rien : vous avez raison de nous le signaler, et nous vous remercions de l'avoir fait. Un
    conseiller de votre CAF peut vous remettre le détail du calcul, mois par mois, lors d'un rendez-vous ; vous
    pouvez en prendre un depuis votre espace « Mon compte », rubrique « Rendez-vous ».""",
    [],
)
add(
    TRAVAIL,
    RADIATION,
    """Votre message décrit une situation difficile : un rendez-vous très tôt le matin, loin de chez vous, sans
    voiture, et une radiation pour un retard de dix minutes. Nous l'avons transmis à la direction de l'agence. Si
    vous le souhaitez, vous pouvez contester la radiation par un recours gracieux auprès du directeur d'agence,
    dans un délai de deux mois ; il est examiné en tenant compte des circonstances que vous décrivez.""",
    [],
    instructions="Transmis à la direction. Rappeler le recours gracieux (2 mois).",
)
add(
    CPAM,
    INDEMNITES,
    """Nous avons bien reçu votre avis, et nous vous remercions de votre franchise. Être orientée de l'accueil
    vers le 3646, puis du 3646 vers l'accueil, sans jamais obtenir de réponse, est exactement ce que nous voulons
    éviter. Vos indemnités ont été calculées ce matin : 1 038,60 € pour les trois semaines en retard, versés sur
    votre compte sous trois jours ouvrés.""",
    [],
    instructions="IJ calculées ce matin : 1 038,60 €, 3 jours ouvrés.",
)
add(
    PREFECTURE,
    CARTE_GRISE,
    """Nous sommes désolés. Le pli contenant votre certificat d'immatriculation nous a été retourné par La Poste
    avec la mention « destinataire inconnu à l'adresse ». Pour recevoir un nouvel envoi, vérifiez l'adresse
    inscrite dans votre dossier sur le site de l'ANTS, puis signalez-nous la correction en réponse à ce message ;
    le titre sera réexpédié dès réception.""",
    [],
    instructions="Pli revenu NPAI. Réexpédition dès que l'adresse est corrigée.",
)
add(
    CAF,
    CAF_MERCI,
    """Merci beaucoup pour votre message. Nous l'avons transmis à l'équipe d'accueil de Villeurbanne, qui en a été
    très touchée. Un quotient familial à jour, c'est parfois ce qui permet d'avoir le bon tarif à la cantine ou au
    centre de loisirs : nous sommes heureux d'avoir pu vous aider rapidement. N'hésitez pas à revenir vers nous
    pour vos prochaines démarches.""",
    [],
)
add(
    CARSAT,
    RETRAITE,
    """Nous avons une bonne nouvelle : le calcul de votre retraite est terminé. Votre notification vous a été
    adressée hier par courrier et elle est déjà disponible dans votre espace personnel. Votre pension prendra
    effet au 1er avril comme vous l'aviez demandé ; le premier versement interviendra le 9 mai, la pension étant
    payée à terme échu.""",
    [],
    instructions="Notification envoyée hier. Effet 1er avril, 1er paiement le 9 mai (terme échu).",
)
add(
    LONGFORM,
    APL,
    """Nous avons bien reçu votre avis et nous tenons d'abord à vous dire que nous comprenons votre inquiétude :
    trois mois sans aide au logement, c'est un vrai risque pour le paiement de votre loyer, et vous avez eu raison
    de nous alerter.

    Voici ce qui s'est passé. Chaque année, certaines aides au logement sont réexaminées et une attestation de
    loyer est demandée. Vous l'avez envoyée deux fois, mais les deux envois ont été enregistrés dans un dossier
    clos, celui de votre ancien logement ; votre dossier actuel, lui, indiquait toujours une pièce manquante.
    C'est une erreur de nos services, et non de votre part.

    Nous l'avons corrigée : vos deux envois ont été rattachés au bon dossier, votre aide a été rétablie, et le
    rappel des trois mois suspendus, soit 1 146 €, sera versé le 5 mars. Votre aide reprendra ensuite son rythme
    habituel.

    Si votre bailleur vous a envoyé une relance ou des frais de retard, vous pouvez lui transmettre l'attestation
    de paiement disponible dans votre espace « Mon compte », rubrique « Mes attestations » : elle montre le
    montant et la date du rappel. Si votre situation est tendue d'ici là, le service social de la CAF peut vous
    recevoir ; vous pouvez demander un rendez-vous par la même rubrique.

    Nous vous renouvelons nos excuses pour ces trois mois d'incertitude, et pour les appels restés sans réponse.""",
    [],
    instructions="""Les deux envois étaient dans l'ancien dossier (ancien logement) : notre erreur. Rattachés, APL
    rétablie, rappel 1 146 € le 5 mars. Attestation de paiement pour le bailleur. Service social si besoin.""",
)
add(
    LONGFORM,
    INJOIGNABLE,
    """Quatorze appels dans une journée sans jamais obtenir quelqu'un : nous comprenons que vous soyez en colère,
    et nous vous prions de nous excuser.

    Nos lignes sont le plus chargées du 1er au 10 de chaque mois, au moment des versements, et le lundi matin. En
    dehors de ces périodes, le temps d'attente est nettement plus court, en particulier en milieu d'après-midi.
    Nous savons que cela ne règle pas votre problème du jour.

    Plusieurs moyens permettent de joindre un conseiller sans passer par le téléphone. La messagerie de votre
    espace « Mon compte » vous permet d'écrire à un conseiller, qui répond par écrit, avec une trace de l'échange.
    Vous pouvez aussi prendre un rendez-vous, téléphonique ou à l'accueil, à l'heure de votre choix : c'est le
    conseiller qui vous appelle. Enfin, l'accueil de votre CAF reçoit sans rendez-vous pour les situations
    urgentes.

    Si vous nous indiquez, en réponse à ce message, l'objet de vos appels, nous pourrons vous orienter plus
    précisément.""",
    [],
)
add(
    CPAM,
    VITALE,
    """Votre nouvelle carte Vitale a été envoyée le 14. Si elle ne vous est pas parvenue d'ici dix jours, vous
    pouvez le signaler depuis votre compte ameli. En attendant, l'attestation de droits téléchargeable sur
    ameli.fr permet à votre médecin de pratiquer le tiers payant. Nous sommes désolés pour les frais que vous avez
    dû avancer ; pour les soins déjà réglés, les feuilles de soins papier sont à nous adresser comme d'habitude.""",
    [],
    instructions="Carte envoyée le 14.",
    hello="Madame, Monsieur,",
)
add(
    PREFECTURE,
    SEJOUR,
    """Nous avons bien reçu votre message, et nous comprenons l'urgence de votre situation. Nous avons vérifié
    votre dossier à partir de votre nom et de votre date de naissance, [DATE_NAISSANCE_1] : votre demande de
    renouvellement est bien en cours d'instruction. Une attestation de prolongation d'instruction, valable trois
    mois et vous autorisant à travailler, est disponible dans votre espace ANEF. Votre employeur peut la vérifier
    auprès de nos services.""",
    [],
    hello="Bonjour [PERSONNE_1],",
    instructions="Attestation de prolongation (3 mois, travail autorisé) sur l'ANEF. Canal privé.",
)
add(
    CARSAT,
    RETRAITE,
    """Nous avons bien reçu votre message. Votre dossier de retraite, déposé en octobre, est complet. Il est en
    cours de calcul, et nous avons noté que vous souhaitiez être rappelé au [TELEPHONE_1] : un conseiller vous
    appellera jeudi matin pour faire le point avec vous. Vous pouvez suivre votre dossier en ligne. Nous
    comprenons votre inquiétude à l'approche de votre départ.""",
    [],
    hello="Madame, Monsieur,",
    instructions="Dossier complet en calcul. Rappel téléphonique programmé jeudi matin par un conseiller.",
)
add(
    URSSAF,
    COTISATIONS,
    """Merci pour votre message, et désolés pour le délai de réponse. Un conseiller a réexaminé vos déclarations :
    le chiffre d'affaires de mars avait été saisi deux fois dans notre système. La régularisation a été annulée ;
    vous n'avez rien à payer. Une confirmation écrite vous a été envoyée à l'adresse [EMAIL_1]. Nous vous
    remercions pour votre patience.""",
    [],
    instructions="Doublon de saisie sur mars. Régul. annulée. Confirmation envoyée par mail.",
)
add(
    CPAM,
    KINE,
    """Vos feuilles de soins sont bien arrivées au centre de numérisation, qui a pris du retard ces dernières
    semaines ; nous vous prions de nous en excuser. Elles sont en cours de traitement. Vous pouvez suivre le
    remboursement dans votre compte ameli, rubrique « Mes paiements », où il apparaîtra dès qu'il sera effectué.
    Nous regrettons ce délai, plus long qu'à l'habitude.""",
    [],
    hello="Bonjour [PERSONNE_1],",
)
add(
    CAF,
    PRIME,
    """Nous sommes désolés de ce refus, qui vous oblige à revenir vers nous. La prime d'activité est calculée à
    partir des ressources des trois mois précédant la demande ; chaque mois doit être justifié. Le document reçu
    concernait un autre mois que celui attendu. Vous pouvez le compléter depuis votre espace « Mon compte », sans
    refaire votre demande.""",
    [],
)
add(
    TRAVAIL,
    ATELIER,
    """Merci pour votre message ! C'est exactement l'esprit de nos ateliers : prendre le temps, expliquer, et
    repartir avec un CV prêt à être envoyé. Nous transmettons vos remerciements à votre conseillère. Les prochains
    ateliers sont annoncés dans votre espace personnel ; n'hésitez pas à vous y inscrire. Nous vous souhaitons une
    bonne continuation dans vos recherches.""",
    [],
)
add(
    MAIRIE,
    DECES,
    """Toutes nos condoléances pour la perte de votre père. Merci d'avoir pris le temps, dans un moment aussi
    difficile, de nous écrire ces mots. Ils seront transmis à notre collègue de l'état civil. Si d'autres
    démarches sont nécessaires, notre service reste à votre écoute. Prenez soin de vous.""",
    [],
    hello="Madame,",
)
add(
    IMPOTS,
    TROP_PERCU,
    """Nous vous prions de nous excuser pour ce délai. Votre remboursement de 480 € a été bloqué par un contrôle
    de cohérence, aujourd'hui levé. Le virement a été émis hier vers le compte enregistré dans votre espace
    particulier. Vous pouvez le vérifier dans votre espace particulier, rubrique « Paiements ». Nous restons à
    votre disposition par la messagerie sécurisée.""",
    [],
    instructions="Contrôle levé. Virement 480 € émis hier.",
)
add(
    ANTS,
    CARTE_GRISE,
    """Nous regrettons que votre certificat d'immatriculation ne vous soit pas parvenu. Le titre a été remis à La
    Poste le 3 ; le numéro de suivi figure dans votre espace ANTS, rubrique « Mes demandes ». Si le pli n'a pas
    été distribué, vous pouvez faire une déclaration de perte en ligne pour obtenir un nouveau titre.""",
    [],
    instructions="Titre remis à La Poste le 3.",
)
add(
    CHAT,
    CSS,
    """Le plafond de la complémentaire santé solidaire gratuite est le même pour tous, et votre demande le dépasse
    de 15 €. Vous pouvez en revanche bénéficier de la complémentaire santé solidaire avec participation, pour
    moins d'un euro par jour : la demande se fait en quelques minutes sur votre compte ameli. Un conseiller peut
    vous aider à faire la demande si vous le souhaitez.""",
    [],
    instructions="Refus maintenu, proposer la CSS avec participation.",
    hello="",
)
add(
    CHAT,
    MERCI_URSSAF,
    """Merci beaucoup pour ce retour ! Nous le transmettons à votre conseiller, qui sera ravi de le lire. Bonne
    continuation dans votre activité, et n'hésitez pas à revenir vers nous si besoin. Vos retours nous aident à
    améliorer notre accompagnement. Au plaisir de vous aider à nouveau.""",
    [],
    hello="",
    farewell="Bonne journée,",
)
add(
    CAF,
    NAISSANCE,
    """Félicitations pour l'arrivée de votre enfant. Nous comprenons votre agacement, d'autant que vous avez dû
    vous endetter pour l'équiper. Votre dossier était bloqué dans l'attente de l'acte de naissance, que la mairie
    ne nous avait pas transmis. Nous l'avons reçu ce matin et la prime à la naissance sera versée le 10 de ce
    mois. Nous vous prions de nous excuser pour ce retard.""",
    [],
    instructions="Acte de naissance reçu ce matin de la mairie. Prime versée le 10.",
)
add(
    IMPOTS,
    RAPPEL_IMPOTS,
    """Merci pour ce signalement. Un accueil sans attention ni regard n'est pas conforme à ce que vous êtes en
    droit d'attendre d'un service public, et nous vous présentons nos excuses. Nous avons partagé votre remarque
    avec l'équipe d'accueil. Vous pouvez aussi nous écrire si vous souhaitez nous donner plus de détails. Nous
    vous remercions pour votre franchise.""",
    [],
    farewell="Bien cordialement,",
)
add(
    TRAVAIL,
    FORMATION,
    """Merci pour votre message. Pour qu'une formation soit financée, votre conseillère vérifie que le métier
    recrute près de chez vous, que la formation correspond à votre parcours et que son coût reste dans les limites
    de prise en charge. Le métier de cariste recrute effectivement beaucoup dans la métropole lilloise. Un nouvel
    entretien a été fixé avec votre conseillère le 12 à 14 h pour réexaminer votre projet.""",
    [],
    instructions="RDV fixé le 12 à 14 h avec sa conseillère pour réexaminer.",
)
add(
    PREFECTURE,
    PERMIS,
    """Nous avons bien reçu vos trois envois, et nous vous prions de nous excuser de ne pas vous avoir indiqué
    plus tôt la pièce manquante. Il s'agit de la traduction de votre permis par un traducteur agréé près une cour
    d'appel. Une fois cette traduction déposée sur le site de l'ANTS, votre dossier sera complet. Nous vous
    remercions pour votre patience.""",
    [],
    instructions="Manque la traduction par traducteur agréé.",
)
add(
    MAIRIE,
    CNI,
    """Vous avez raison : deux mois pour un rendez-vous, c'est trop long. Nous vous prions de nous excuser pour
    cette attente. Toute mairie équipée d'un dispositif de recueil peut enregistrer votre demande, quelle que soit
    votre commune de résidence ; les créneaux disponibles dans le département sont consultables sur le site de
    l'ANTS. Des créneaux supplémentaires se libèrent aussi chaque matin après les annulations.""",
    [],
)
add(
    CPAM,
    CSS,
    """Nous vous remercions pour votre message. Votre demande a été réexaminée : une pension d'invalidité avait
    été comptée deux fois dans vos ressources. Une fois l'erreur corrigée, vos ressources sont sous le plafond, et
    la complémentaire santé solidaire vous est accordée pour douze mois à compter du 1er du mois prochain. Nous
    vous prions de nous excuser pour cette erreur.""",
    [],
    instructions="""Erreur : pension d'invalidité comptée 2 fois. CSS accordée 12 mois à compter du 1er du mois
    prochain.""",
)
add(
    URSSAF,
    MAJORATION,
    """Merci pour votre message et pour vos captures d'écran. Votre demande de remise de la majoration a été
    examinée : au vu des éléments fournis, la majoration de 48 € a été annulée. Vous n'avez aucune démarche
    supplémentaire à faire. Nous vous remercions pour votre patience.""",
    [],
    instructions="Remise accordée au vu des captures. Majoration 48 € annulée.",
)
add(
    CARSAT,
    TRIMESTRES,
    """Vous avez bien fait de signaler ces trimestres manquants. Les périodes d'apprentissage antérieures à 2014
    ont souvent été mal reportées, car les cotisations étaient calculées sur une base forfaitaire. Vos fiches de
    paie sont en cours d'examen par le service carrière ; vous pouvez suivre l'état de votre demande dans votre
    espace personnel. Nous vous remercions pour votre vigilance.""",
    [],
)
add(
    CAF,
    CAF_MERCI,
    """Quel plaisir de lire votre message ! Merci d'avoir pris le temps de nous écrire. Nous partageons vos
    remerciements avec l'équipe de l'accueil de Villeurbanne. Les accueils de la CAF reçoivent avec ou sans
    rendez-vous ; vos retours nous aident à savoir ce qui fonctionne bien. Au plaisir de vous accueillir à
    nouveau.""",
    [],
)
add(
    ANTS,
    PERMIS_B,
    """Nous comprenons votre inquiétude, d'autant que vous avez besoin de votre permis pour travailler. Votre
    titre est en cours de fabrication. Si votre certificat provisoire arrive à expiration avant sa réception, vous
    pouvez en télécharger un nouveau depuis votre espace ANTS : il reste valable jusqu'à la remise de votre
    permis. Nous vous souhaitons bonne route.""",
    [],
    instructions="Titre en fabrication. Nouveau certificat provisoire téléchargeable.",
)
add(
    CPAM,
    MEDECIN,
    """Nous comprenons votre inquiétude. Le départ d'un médecin traitant non remplacé ne doit pas vous pénaliser :
    il suffit de nous le signaler depuis la messagerie de votre compte ameli. Vos consultations sont alors
    remboursées au taux habituel pendant que vous cherchez un nouveau médecin. Notre service d'accompagnement peut
    aussi vous aider dans cette recherche. Nous savons que cette situation est source d'inquiétude.""",
    [],
)
add(
    TRAVAIL,
    INSCRIPTION,
    """Merci de nous avoir signalé ce blocage. Le message « numéro de sécurité sociale déjà utilisé » signifie le
    plus souvent qu'une ancienne inscription n'a pas été clôturée. Un conseiller peut la clôturer et finaliser
    votre inscription avec vous : présentez-vous à l'accueil de l'agence avec une pièce d'identité, en précisant
    ce message d'erreur. Nous avons rappelé la procédure à l'équipe d'accueil.""",
    [],
    instructions="Consigne rappelée à l'accueil. Il doit venir avec une pièce d'identité.",
)
add(
    IMPOTS,
    PENSION,
    """Nous entendons votre agacement : vous n'êtes pas responsable de la perte de ces relevés par votre banque.
    Pour que la pension de janvier soit prise en compte, une attestation de votre banque, ou une attestation de
    l'autre parent confirmant la réception des sommes, suffira. Vous pouvez nous la transmettre par la messagerie
    sécurisée de votre espace particulier.""",
    [],
)
add(
    MAIRIE,
    CANTINE,
    """Nous comprenons votre étonnement devant une facture qui double. Le quotient familial utilisé pour la
    cantine est celui que la CAF nous transmet en début d'année ; cette année, le vôtre ne nous est pas parvenu,
    et c'est le tarif le plus élevé qui s'est appliqué. Il vous suffit de déposer votre attestation de quotient
    familial sur le portail famille pour que la facturation soit corrigée.""",
    [],
    instructions="QF non transmis. Dépôt de l'attestation sur le portail famille, facturation corrigée.",
)
add(
    URSSAF,
    CESU,
    """Nous sommes désolés pour ce problème. Nous n'avons pas d'incident en cours sur le bouton de déclaration ;
    il arrive qu'un ancien favori mène vers une page de l'ancien site. Connectez-vous depuis l'adresse
    cesu.urssaf.fr, puis rubrique « Déclarer ». Si le blocage persiste, vous pouvez déclarer par téléphone au 0
    806 802 378. Nous vous prions de nous excuser pour la gêne occasionnée.""",
    [],
)
add(
    PREFECTURE,
    NATURALISATION,
    """Nous comprenons qu'une attente de plus de deux ans, sans réponse à vos courriels, soit difficile à vivre,
    et nous vous prions de nous excuser pour ce silence. Votre dossier, référence [REFERENCE_DOSSIER_1], a été
    transmis au ministère de l'Intérieur après votre entretien ; la décision relève désormais de ses services.
    Vous pouvez suivre son avancement en ligne avec cette référence.""",
    [],
    instructions="Transmis au ministère après l'entretien. Pas de délai.",
)
add(
    CARSAT,
    TRIMESTRES,
    """Merci pour votre message et pour l'envoi de vos fiches de paie. Nous les avons examinées : elles permettent
    de valider deux des quatre trimestres manquants, qui figurent désormais sur votre relevé. Pour les deux
    autres, une attestation de votre maître d'apprentissage ou de la chambre des métiers est nécessaire ; vous
    pouvez la déposer dans votre espace personnel.""",
    [],
    instructions="2 trimestres validés. Pour les 2 autres : attestation employeur ou chambre des métiers.",
)
add(
    CAF,
    MEDIATION,
    """Nous avons bien reçu votre avis et nous comprenons votre épuisement après un an de démarches. Votre dossier
    a été réexaminé avec les pièces que vous avez fournies : la vie maritale n'est pas retenue, et l'indu de 2 300
    € est annulé. Les sommes déjà retenues sur vos prestations vous seront reversées lors du prochain paiement.
    Nous vous présentons nos excuses pour la durée de cette procédure.""",
    [],
    instructions="""Recommandation du médiateur suivie : indu annulé en totalité. Sommes retenues reversées au
    prochain paiement. S'excuser. Public : rien de personnel.""",
)
add(
    TRAVAIL,
    RADIATION,
    """Merci pour votre message. Nous comprenons votre sentiment d'injustice. Les rendez-vous obligatoires
    permettent de faire le point sur votre recherche d'emploi ; en cas d'empêchement ou de retard, prévenir
    l'agence par votre espace personnel ou au 3949 permet, dans la plupart des cas, de reporter le rendez-vous.
    Pour votre radiation, un recours est possible auprès du directeur d'agence dans un délai de deux mois.""",
    [],
)
add(
    ANTS,
    PASSEPORT,
    """Merci pour votre signalement. Pour un voyage en juillet, vous avez encore le temps, mais nous vous
    conseillons de ne pas tarder : prenez rendez-vous dans une mairie équipée dès que votre prédemande est
    enregistrée. Si le paiement en ligne échoue, le timbre fiscal électronique est aussi vendu chez les buralistes
    agréés. Nous vous souhaitons un bon voyage.""",
    [],
)
add(
    CHAT,
    CANTINE,
    """Le quotient familial de votre foyer ne nous avait pas été transmis par la CAF. Nous l'avons reçu hier : la
    facture de janvier a été recalculée, et la différence sera déduite de la prochaine facture. Merci de nous
    avoir signalé cette anomalie. Nous vous prions de nous excuser pour cette facture.""",
    [],
    instructions="QF reçu hier de la CAF. Janvier recalculé, différence déduite de février.",
    hello="",
    farewell="Bonne journée,",
)
