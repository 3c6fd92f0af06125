"""Real passages, batch 11: third held-out round (permis, retraites, mairies, letters to a mayor, forums), pages in
no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_CHARLOTTE = "https://www.charlotteauvolant.net/permis-de-conduire-suspension/"
_PLUSTRANSFO = "https://www.plus.transformation.gouv.fr/experiences/6933134_suspension-permis-etranger-apres-usage-stupefiant-et-echange-permis"
_TOUTSURTOUT = "http://toutsurtout.biz/lecture-message-628949-topic-89970-un-permis-de-conduire-en-cours-de-validite-depuis-1993.html"
_ALEXIA = "https://alexia.fr/questions/380968/quand-la-mairie-favorise-les-nuisances-de-voisinage-quels-sont-les-recours/recentes.htm"
_BEUVRY = "http://beuvry-avenir.over-blog.fr/article-article-d-un-internaute-beuvrygeois-119746386.html"
_LETTRESMODELES = "http://lettres-modeles.blogspot.com/2010/10/tapage-nocturne.html"
_RMCPASCALE = "https://rmc.bfmtv.com/actualites/economie/travail/j-ai-l-impression-de-ne-pas-exister-retraitee-depuis-4-mois-pascale-n-a-jamais-touche-sa-pension_AV-202208300151.html"
_TF1INFORETRAITE = "https://www.tf1info.fr/societe/pensions-de-retraite-pourquoi-certaines-sont-versees-jusqu-a-six-mois-en-retard-2229588.html"
_AGEVILLAGE = "https://www.agevillage.com/actualites/d%C3%A9mat%C3%A9rialisation-des-d%C3%A9marches-des-difficult%C3%A9s-persistantes-pour-les-plus-%C3%A2g%C3%A9s"
_FRANCEINTER = "https://www.franceinter.fr/emissions/l-invite-de-6h20/l-invite-de-6h20-du-mercredi-16-fevrier-2022"
_LEJSL = "https://www.lejsl.com/societe/2022/02/16/dematerialisation-13-millions-de-francais-sont-en-difficulte-alerte-la-defenseure-des-droits"

RECORDS = [
    R(
        _CHARLOTTE,
        "Aujourd’hui, j’ai conduit sans permis de conduire. Je n’ai pas eu le choix. Ma femme étant en déplacement professionnel, j’ai dû accompagner mes enfants à l’école.",
    ),
    R(
        _CHARLOTTE,
        "Sans entrer dans les détails, il s’avère que mes trois derniers points ont été retirés pour un « stationnement dangereux » daté du 30 septembre 2014 à 20h28. C’était aux alentours du Parc des Princes.",
        keep=["Parc des Princes"],
    ),
    R(
        _CHARLOTTE,
        "avis de contravention n° 8 741 239 055 120 087, plaque EK-218-QD, je conteste",
        pii=[("REFERENCE_DOSSIER", "8 741 239 055 120 087"), ("IMMATRICULATION", "EK-218-QD")],
        inserted=["8 741 239 055 120 087", "EK-218-QD"],
    ),
    R(
        _PLUSTRANSFO,
        "Le permis m’a été retiré administrativement pour une durée de 6 mois. J’ai ensuite attendu 5 mois une convocation à une audition policière.",
    ),
    R(
        _PLUSTRANSFO,
        "Après cette audition, la police a contacté la préfecture et m’a informé que ma visite médicale était fixée au 16 décembre 2025.",
        keep=["préfecture"],
    ),
    R(
        _PLUSTRANSFO,
        "Cependant, sur le site de l’ANTS, je ne peux valider la demande qu’après avoir reçu le document Cerfa avec l’avis médical « apte à la conduite ».",
        keep=["ANTS"],
    ),
    R(
        _PLUSTRANSFO,
        "J’ai immédiatement téléchargé le Cerfa sur le site de l’ANTS et demandé un document provisoire afin de pouvoir continuer mon activité professionnelle (je suis travailleur indépendant), car j’ai un petit enfant d’un an, un autre de cinq ans.",
        keep=["ANTS"],
    ),
    R(
        _PLUSTRANSFO,
        "ma demande ANTS porte le numéro 21 06 77 40 213 et je suis né le 04 04 1988 à Prague, merci de regarder mon dossier",
        pii=[("REFERENCE_DOSSIER", "21 06 77 40 213"), ("DATE_NAISSANCE", "04 04 1988")],
        keep=["ANTS", "Prague"],
        inserted=["21 06 77 40 213", "04 04 1988"],
    ),
    R(
        _TOUTSURTOUT,
        "Apprendre 29 ans après avoir obtenu son permis de conduire à la préfecture de l'Aube qu'il pourrait être faux, c'est effectivement ubuesque. Récemment, Marie B., une Auboise installée à Nice, en a fait l'amère expérience.",
        pii=[("PERSONNE", "Marie")],
        keep=["préfecture de l'Aube", "Nice"],
    ),
    R(
        _TOUTSURTOUT,
        "Fin août, Marie se fait contrôler par les gendarmes dans l'arrière-pays. Son permis, elle l'a obtenu en août 1993 à Troyes, elle n'a aucune raison de se méfier.",
        pii=[("PERSONNE", "Marie")],
        keep=["Troyes"],
    ),
    R(
        _TOUTSURTOUT,
        "« Soit je l'ai, soit je ne l'ai pas mon permis mais il ne peut pas être en cours de validité depuis 29 ans », déplore Marie.",
        pii=[("PERSONNE", "Marie")],
    ),
    R(
        _TOUTSURTOUT,
        "Nouvelle preuve de sa bonne foi, Marie enchaîne les centaines de kilomètres qui séparent Nice de Troyes. Elle quittera finalement l'enceinte sans son permis, désormais entre les mains de la police.",
        pii=[("PERSONNE", "Marie")],
        keep=["Nice", "Troyes", "police"],
    ),
    R(
        _ALEXIA,
        "Bonjour, Je ne sais pas à qui m'adresser. A vrai dire, je suis encore sous le choc de ce qui m'est arrivé hier soir.",
    ),
    R(
        _ALEXIA,
        "Hier, je vais le plaindre à la Mairie, photos à l'appui. Le soir même, ça sonne à l'interphone. Avec un ton peu cordial, la maire me signale être en bas avec un élu pour constater ma plainte.",
        keep=["Mairie"],
    ),
    R(
        _ALEXIA,
        "Lorsque d'ailleurs notre maison a été inondée, comme d'autres du village, nous n'avons pas reçu de sacs de sable, ni d'aide de la Mairie pour déboucher les regards...",
        keep=["Mairie"],
    ),
    R(
        _ALEXIA,
        "merci de vos réponses. mme lefebvre sandrine, impasse des Saules, 59840 Pérenchies",
        pii=[("PERSONNE", "lefebvre sandrine"), ("ADRESSE", "impasse des Saules, 59840 Pérenchies")],
        inserted=["mme lefebvre sandrine", "impasse des Saules, 59840 Pérenchies"],
    ),
    R(
        _BEUVRY,
        "Madame le Maire, Des travaux de borduration et vraisemblablement de trottoirs viennent de commencer rue Marguerite YOURCENAR...! Tout le monde est surpris......les riverains ,les membres du Comité de Quartier de la Z.A.C, ne sont pas prévenus.",
    ),
    R(
        _BEUVRY,
        "Que fait le Maître d’ouvrage ? (La Commune). Qui surveille ? Monsieur le Garde-champêtre ne doit pas passer souvent dans cette rue, sinon comment peut-on tolérer de tels agissements ?",
        keep=["Garde-champêtre"],
    ),
    R(
        _LETTRESMODELES,
        "Monsieur le Maire, Deux fois par an a lieu, dans la rue ..., une f ête foraine. Cependant ma femme et moi, qui habitons cette rue, ne pouvons plus supporter cette fête.",
    ),
    R(
        _LETTRESMODELES,
        "Nous vous remercions par avance de bien vouloir donner suite à notre demande. Veuillez agréer, Monsieur le Maire, l'expression de notre considération. Jean-Marc et Nadège Poulain, tel 03.27.45.61.08",
        pii=[("PERSONNE", "Jean-Marc"), ("PERSONNE", "Nadège Poulain"), ("TELEPHONE", "03.27.45.61.08")],
        inserted=["Jean-Marc et Nadège Poulain", "03.27.45.61.08"],
    ),
    R(
        _RMCPASCALE,
        "Pascale est à la retraite après 40 ans de carrière dans l'hôtellerie-restauration, d’abord salariée puis à son compte.",
        pii=[("PERSONNE", "Pascale")],
    ),
    R(
        _RMCPASCALE,
        "Depuis, elle ne cesse de relancer la Caisse de Retraite CARSAT Sud-Est dont elle dépend. Sans succès.",
        keep=["CARSAT Sud-Est"],
    ),
    R(
        _RMCPASCALE,
        "\"Mon dossier est compliqué, je l'entends mais je suis comme tout le monde, j'ai travaillé 40 ans, je pense que je peux percevoir cette pension\", ajoute Pascale.",
        pii=[("PERSONNE", "Pascale")],
    ),
    R(
        _RMCPASCALE,
        'Le directeur retraite, Jérome Olles, fait son mea culpa: "L\'explication est très simple. On a eu un dysfonctionnement interne sur ce dossier".',
        pii=[("PERSONNE", "Jérome Olles")],
    ),
    R(
        _TF1INFORETRAITE,
        "Pour Martine, la vie paisible de retraitée attendra encore un peu. Cette ancienne employée de banque a arrêté de travailler le 1er janvier 2022.",
        pii=[("PERSONNE", "Martine")],
    ),
    R(
        _TF1INFORETRAITE,
        '"J’ai envoyé le dossier en temps et en heure et ils me disent qu’ils ne l’ont jamais reçu. Je me battrai jusqu’à ce qu’ils me payent mes trois mois, je suis désolée", clame-t-elle. martine.gauthier59@orange.fr',
        pii=[("EMAIL", "martine.gauthier59@orange.fr")],
        inserted=["martine.gauthier59@orange.fr"],
    ),
    R(
        _AGEVILLAGE,
        "Dématérialisation des démarches : des difficultés persistantes pour les plus âgés Auteur Raphaëlle Murignieux",
        pii=[("PERSONNE", "Raphaëlle Murignieux")],
    ),
    R(
        _AGEVILLAGE,
        "Claire Hédon ne mâche pas ses mots. « La dématérialisation, telle qu’elle a été conduite jusqu’à présent, s’accompagne d’un report systémique sur l’usager de tâches et de coûts qui incombaient auparavant à l’administration. »",
        pii=[("PERSONNE", "Claire Hédon")],
    ),
    R(
        _FRANCEINTER,
        "La Défenseure des droits, Claire Hédon © AFP / LUDOVIC MARIN",
        pii=[("PERSONNE", "Claire Hédon"), ("PERSONNE", "LUDOVIC MARIN")],
        keep=["Défenseure des droits"],
    ),
    R(
        _FRANCEINTER,
        "\"Ce qui épuise nos réclamants, c'est qu'ils n'arrivent plus à joindre personne, qu'ils ne peuvent plus ni téléphoner ni exposer leur situation\". pareil pour moi, identifiant france travail 3918442T, personne ne répond",
        pii=[("IDENTIFIANT_FRANCE_TRAVAIL", "3918442T")],
        keep=["france travail"],
        inserted=["3918442T"],
    ),
    R(
        _LEJSL,
        "Propos recueillis par Etienne Ouvrier - 16 févr. 2022 à 06:00 - Temps de lecture : Claire Hédon, la Défenseure des droits, appelle à une réflexion autour du « droit à la connexion ». Photo Mathieu Delmestre",
        pii=[("PERSONNE", "Etienne Ouvrier"), ("PERSONNE", "Claire Hédon"), ("PERSONNE", "Mathieu Delmestre")],
        keep=["Défenseure des droits"],
    ),
]
