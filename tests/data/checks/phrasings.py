"""Phrasings for the check corpus generator, written for realism, not after the checks' patterns.

Each list is split in two halves by the generator: first half for dev, second half for held-out."""

from __future__ import annotations

GREETINGS = [
    "Bonjour,",
    "Madame, Monsieur,",
    "Bonjour Madame, Monsieur,",
    "Chère usagère, cher usager,",
    "Bonjour et merci pour votre message,",
    "Bonsoir,",
    "Madame, Monsieur, bonjour,",
    "Bonjour à vous,",
]

BODIES = [
    "Merci d'avoir pris le temps de nous faire part de votre expérience à l'accueil de notre agence.",
    "Nous comprenons votre agacement face à l'attente au téléphone, qui a été particulièrement longue ces "
    "dernières semaines.",
    "Votre retour sur la clarté du formulaire en ligne nous aide à améliorer nos démarches.",
    "Nous avons partagé votre message avec l'équipe concernée afin qu'elle en tienne compte.",
    "Nos conseillers peuvent vous recevoir sur rendez-vous pour examiner votre situation avec vous.",
    "Vous pouvez prendre rendez-vous depuis votre espace personnel ou en appelant le numéro indiqué sur notre site.",
    "Nous sommes sincèrement désolés que votre démarche ait été plus compliquée que prévu.",
    "Votre avis positif fait plaisir à toute l'équipe, qui s'efforce chaque jour de bien accueillir le public.",
    "Nous travaillons à réduire les délais de traitement, et votre témoignage nous le rappelle utilement.",
    "Si votre situation a changé, un conseiller pourra vérifier avec vous les pièces à fournir.",
    "Nous regrettons que les informations reçues n'aient pas été assez claires.",
    "L'équipe d'accueil a bien pris note de vos remarques sur l'affichage des horaires.",
    "La messagerie de votre espace personnel reste le moyen le plus sûr de nous écrire au sujet de votre dossier.",
    "Nous vous remercions pour votre patience et pour la précision de votre témoignage.",
    "Vos remarques sur l'accessibilité du bâtiment ont été transmises au responsable du site.",
    "Nous sommes heureux que l'échange avec notre conseillère vous ait permis d'avancer dans vos démarches.",
    "Il arrive que les pièces envoyées par courrier mettent plus de temps à être enregistrées, ce qui peut "
    "expliquer ce décalage.",
    "Un conseiller reste à votre disposition pour faire le point sur votre demande.",
    "Nous prenons votre remarque au sérieux et en avons parlé lors de notre réunion d'équipe.",
    "Nous comprenons qu'une réponse tardive soit source d'inquiétude, surtout dans une période difficile.",
]

CLOSINGS = [
    "Cordialement,",
    "Bien cordialement,",
    "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    "Avec nos remerciements,",
]

TEAMS = [
    {"politeness": "Bien cordialement,", "signature": "L'équipe de la CAF du Rhône", "disclosure": ""},
    {"politeness": "", "signature": "", "disclosure": ""},
    {"politeness": "Nous restons à votre écoute.", "signature": "France Travail Lille Centre", "disclosure": "yes"},
    {
        "politeness": "",
        "signature": "Le service des impôts des particuliers\nCentre des finances publiques de Tours",
        "disclosure": "",
    },
    {"politeness": "Avec toute notre considération,", "signature": "", "disclosure": "yes"},
    {"politeness": "Cordialement,", "signature": "CPAM de la Gironde – accueil", "disclosure": "yes"},
]

REVIEWS = [
    ("Trois heures d'attente à l'accueil pour rien, personne ne savait répondre à ma question.", []),
    ("Très bon accueil, la conseillère a pris le temps de tout m'expliquer. Merci !", []),
    (
        "Je suis [PERSONNE_1], j'attends mon versement depuis deux mois, mon numéro est [NUMERO_ALLOCATAIRE_1].",
        ["[PERSONNE_1]", "[NUMERO_ALLOCATAIRE_1]"],
    ),
    ("Impossible de joindre quelqu'un, rappelez-moi au [TELEPHONE_1] svp.", ["[TELEPHONE_1]"]),
    ("Mon courrier envoyé le 3 février n'a jamais été traité. Écrivez-moi à [EMAIL_1].", ["[EMAIL_1]"]),
    ("Dossier [REFERENCE_DOSSIER_1] : on m'a demandé quatre fois les mêmes pièces.", ["[REFERENCE_DOSSIER_1]"]),
    ("Je m'appelle [PERSONNE_1] et personne ne m'a répondu depuis un mois.", ["[PERSONNE_1]"]),
    ("Le site ne fonctionne pas sur téléphone, j'ai dû venir au guichet.", []),
]

PROMISES = [
    "Vous recevrez votre paiement le 12 mars.",
    "Nous vous rembourserons 150 € dès la semaine prochaine.",
    "Votre dossier sera accepté sans difficulté.",
    "Votre demande sera traitée sous 48 heures.",
    "Un conseiller vous rappellera demain matin.",
    "Votre allocation sera versée intégralement avant la fin du mois.",
    "Nous allons régulariser votre situation et annuler la pénalité.",
    "Le trop-perçu de 320 euros vous sera restitué.",
    "Vous serez indemnisé pour le préjudice subi.",
    "Votre prime d'activité va être rétablie dans les prochains jours.",
    "Vous percevrez l'aide dès le 1er avril.",
    "Nous nous engageons à traiter votre dossier d'ici 10 jours.",
    "Votre droit au RSA vous est accordé à compter de ce mois-ci.",
    "Le remboursement de 89,50 € interviendra lundi prochain.",
    "Nous vous garantissons une réponse favorable.",
    "Vous obtiendrez votre attestation dans un délai de 5 jours ouvrés.",
    "Votre recours a toutes les chances d'aboutir et sera validé par le service.",
    "Votre pension sera revalorisée de 60 euros par mois.",
    "Nous procéderons au versement le 15/06.",
    "Vous aurez une réponse définitive sous huit jours.",
]

SUPPORTED_PROMISES = [
    ("Vous recevrez votre paiement le 12 mars.", "Dis-lui que le paiement arrive le 12 mars."),
    ("Votre demande sera traitée sous 48 heures.", "Précise que la demande sera traitée sous 48 heures."),
    ("Nous vous rembourserons les 150 € prélevés à tort.", "Confirme qu'on rembourse les 150 € prélevés à tort."),
    ("Votre dossier a été validé par le service.", "Indique que le dossier est validé."),
    ("Nous avons bien reçu votre courrier du 3 février.", ""),
    ("Votre allocation sera versée le 5 avril.", "Le versement est prévu le 5 avril, dis-le."),
    ("Un conseiller vous rappellera dans les 2 jours.", "Un conseiller rappelle dans les 2 jours."),
    ("Le montant de 75 euros vous sera remboursé.", "Rembourse 75 euros : confirme-le."),
]

GAPS = [
    "Pour toute question, contactez [Nom du conseiller] au [numéro de téléphone].",
    "Votre rendez-vous est fixé le [date] à [heure].",
    "Signé : XXX",
    "Le responsable de l'agence, <prénom nom>, reste joignable.",
    "Vous pouvez nous écrire à [adresse e-mail du service].",
    "Référence à rappeler : {référence}",
    "Horaires d'ouverture : à compléter.",
    "Nous vous invitons à consulter la page [lien vers la FAQ].",
    "Votre interlocuteur sera [NOM DE L'AGENT].",
    "Délai indicatif : xxxx jours.",
]

BLAME = [
    "Comme indiqué clairement sur notre site, les pièces doivent être envoyées en un seul envoi.",
    "Vous auriez dû vérifier votre espace personnel avant de vous déplacer.",
    "Il suffisait de remplir le formulaire en ligne.",
    "Si vous aviez lu le courrier, vous auriez su qu'il fallait un justificatif.",
    "Contrairement à ce que vous affirmez, nous avons bien répondu à votre message.",
    "Comme chacun le sait, les délais sont plus longs en été.",
    "Il vous appartenait de signaler votre changement de situation.",
    "Vous n'avez manifestement pas pris la peine de consulter la notice.",
    "Comme c'est pourtant très clairement expliqué dans la notice, le dossier doit être complet.",
    "Il aurait suffi de nous appeler.",
    "Le retard est dû à votre erreur dans le formulaire.",
    "Nous ne pouvons pas deviner ce que vous n'écrivez pas.",
]

ENGLISH = [
    "Hello, thank you for your feedback about our office. We are sorry for the long wait and we will share your "
    "comments with the team so that the service can improve. Best regards, the team.",
    "Thanks a lot for taking the time to write this review. Our advisers are available by appointment from Monday "
    "to Friday and they will be happy to help you with your application.",
    "We appreciate your message and understand your frustration. The online form should now work on phones, and "
    "you can also call our helpline if you need any assistance with the process.",
    "Dear user, we have forwarded your complaint to the relevant department, who will look into the matter and "
    "get back to you as soon as they can. Kind regards.",
    "Many thanks for your kind words about our staff, who work hard every day to welcome visitors and answer all "
    "of their questions in the best possible way.",
    "Gracias por su mensaje. Lamentamos mucho la espera en nuestra oficina y hemos compartido sus comentarios con "
    "el equipo para mejorar la atención al público en los próximos meses.",
]
