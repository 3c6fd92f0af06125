"""Real passages, batch 33: round 8's held-out split, written blind by a new hand (long nights in emergency rooms,
school buses withdrawn from villages in the Indre, Corrèze, Manche and Saint-Martin, Corsican tax offices closing,
asylum seekers' ADA card, a mother whose RSA fell), pages in no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_URGENCES_AVIS = "https://hopital.numero-de-telephone.com/ville/chauve"
_CHALLANS = "https://journal.lutte-ouvriere.org/2019/08/13/nos-lecteurs-ecrivent-attente-aux-urgences_133815.html"
_BRANCARD = "http://www.jusquicitoutvabien.blog/tag/urgences/"
_SURVOL = "https://n.survol.fr/n/depuis-quand-est-ce-normal-service-public?replytocom=1957"
_CORREZE = "http://aster-ecole.bayardserviceweb.com/projet/petition-pour-le-maintien-du-bus-scolaire"
_PETITES_COSSES = (
    "https://www.francebleu.fr/infos/transports/une-famille-de-l-indre-bataille-pour-que-le-bus-scolaire-de-leur-"
    "fille-s-arrete-devant-chez-eux-1612646173"
)
_MARIGNE = (
    "https://www.francebleu.fr/infos/education/suppression-du-car-scolaire-marigne-laille-les-parents-en-colere-"
    "1497623840"
)
_SXM = "https://www.sxminfo.fr/126776/09/11/2020/lettre-ouverte-des-parents-sans-etiquette-pas-de-sous-pas-de-bus/"
_AIZENAY = "https://www.pressreader.com/france/le-journal-du-pays-yonnais/20180222/281483571863679"
_TREMBLAY = (
    "https://france3-regions.francetvinfo.fr/centre-val-de-loire/2014/03/05/sept-communes-du-tremblay-serazeux-"
    "privees-de-transport-scolaire-427121.html"
)
_MANCHE = (
    "http://alternative50.over-blog.com/article-refusons-la-suppression-de-2500-arrets-de-cars-scolaires-dans-la-"
    "manche-97930927.html"
)
_GARANCE = "https://web.lifelines.name/read/8a315526-a21d-5db9-8716-16f00eee3d28"
_LEVIE = "https://www.francebleu.fr/infos/societe/levie-veut-garder-sa-tresorerie-1606730206"
_PIANA = "https://www.francebleu.fr/infos/societe/services-publics-dans-le-rural-plus-de-perception-a-piana-1520867239"
_SARTENE = (
    "https://france3-regions.francetvinfo.fr/corse/corse-du-sud/sartene/sartene-250-personnes-mobilisees-contre-"
    "fermeture-agence-impots-1618221.html"
)
_SALINES = (
    "https://actu-corse-express.fr/les-habitants-dajaccio-denoncent-linutilite-dune-nouvelle-antenne-france-services"
)
_VICO = (
    "https://www.mairie-vico.fr/Rassemblement-de-protestation-devant-la-tresorerie-de-Vicu-et-rencontre-avec-le-"
    "secretaire-general-de-la-prefecture_a320.html"
)
_RSA_MERE = (
    "https://salonfeminin.fr/rsa-et-aides-sociales-une-mere-en-difficulte-temoigne-face-aux-baisses-inattendues/"
)
_LORIENT = "https://capdl.fr/pour-une-autre-gestion-des-cartes-ada/"
_AMADOU = "https://sunuker.net/carte-ada-beaucoup-de-familles-payent-leur-loyer-en-liquide-et-maintenant-ce-nest-plus-possible/"
_AMY = "https://reseau-amy.org/non-au-changement-de-fonctionnement-de-la-carte-ada-des-demandeurs-dasile/"
_SANS_MONNAIE = (
    "https://www.huffingtonpost.fr/entry/cette-autre-mesure-qui-va-pourrir-la-vie-des-demandeurs-dasile_fr_"
    "5dbff5d7e4b0615b8a95b3f5"
)

RECORDS = [
    R(
        _URGENCES_AVIS,
        "Une catastrophe, une aberration… Les mots paraissent si faibles ! Ma mère de 81 ans (née le 14/03/1942) est "
        "allée aux urgences qui portent mal leur nom… Entrée à 12h via les pompiers, elle ne sera prise en charge "
        "qu'à 18h.",
        pii=[("DATE_NAISSANCE", "14/03/1942")],
        inserted=["14/03/1942"],
    ),
    R(
        _URGENCES_AVIS,
        "Il a traité ma mère avec dédain et l'a renvoyée chez elle à 2 heures du matin avec pour lot de consolation "
        'une ordonnance pour un IRM : "ici nous ne pouvons rien pour vous !". Mon père de 93 ans s\'était endormi '
        "pensant que sa femme passerait la nuit à l'hôpital.",
    ),
    R(
        _URGENCES_AVIS,
        "Nous n'en resterons pas là ! Tout médecin qu'il est, il ne doit plus agir de la sorte en toute impunité. Le "
        "serment d'Hippocrate a un sens qu'il semble avoir oublié.\nJoignable au 07 52 18 44 09",
        pii=[("PERSONNE", "Hippocrate"), ("TELEPHONE", "07 52 18 44 09")],
        inserted=["07 52 18 44 09"],
    ),
    R(
        _CHALLANS,
        "Ma mère, âgée de 93 ans, a fait une chute à son domicile de vacances dans l’île de Noirmoutier, chute qui a "
        "nécessité de la conduire aux Urgences les plus proches, à Challans en Vendée, à une heure de route.",
        keep=["Noirmoutier", "Challans", "Vendée"],
    ),
    R(
        _CHALLANS,
        "Devoir faire attendre une vieille dame jusqu’à 2 heures du matin pour la prendre en charge, voilà qui en dit "
        "long sur l’état du service de santé.\n\nFraternellement.\nJ. Le Goff, Saint-Nazaire",
        pii=[("PERSONNE", "J. Le Goff")],
        keep=["Saint-Nazaire"],
        inserted=["J. Le Goff"],
    ),
    R(
        _BRANCARD,
        "Hier aux urgences il n’y avait plus de brancard. Hier les gens criaient pour qu’on s’occupent d’eux, ils "
        "gémissaient dans l’espoir d’être traité plus rapidement. Hier j’ai eu l’impression d’être dans un pays en "
        "guerre qui entassait ses blessés dans les couloirs.",
    ),
    R(
        _SURVOL,
        "Histoire que ce soit plus explicite : Je n’entendais surtout pas transformer ça en critique des personnels "
        "hospitaliers. C’est au mieux un problème de direction, plus probablement un problème de politique "
        "nationale.",
    ),
    R(
        _SURVOL,
        "Des attentes de plusieurs heures c’est forcément soit un manque d’organisation gravissime, soit un manque de "
        "moyens important (et on se situe probablement dans ce cas là).\n— ericd.paris@free.fr",
        pii=[("EMAIL", "ericd.paris@free.fr")],
        inserted=["ericd.paris@free.fr"],
    ),
    R(
        _CORREZE,
        "Mais, cette année, les enfants Corréziens, dont la distance entre leur domicile et leur établissement "
        "scolaire est inférieure à un kilomètre et demi, sont simplement exclus de ce service public.",
    ),
    R(
        _CORREZE,
        "Déjà, en ce début d'année scolaire 2012, des élèves voyagent dans des bus à moitié remplis alors que leurs "
        "camarades les regardent passer !\nSigné : Nadège Faure, 06 45 72 19 38",
        pii=[("PERSONNE", "Nadège Faure"), ("TELEPHONE", "06 45 72 19 38")],
        inserted=["Nadège Faure", "06 45 72 19 38"],
    ),
    R(
        _PETITES_COSSES,
        '"C\'est une situation ubuesque", soufflent Fabien et Sabrina Petolon. Pour que leur fille Ana puisse se '
        "rendre au collège de La Châtre, ils la conduisent tous les matins à l'arrêt de ramassage scolaire de "
        "Saint-Chartier ... alors que ce même bus passe devant chez eux, tous les matins et tous les soirs.",
        pii=[("PERSONNE", "Fabien"), ("PERSONNE", "Sabrina Petolon"), ("PERSONNE", "Ana")],
        keep=["La Châtre", "Saint-Chartier"],
    ),
    R(
        _PETITES_COSSES,
        "\"Chaque matin c'est la course. Tout est chronométré à la minute près et si on rate le bus, il faut aller "
        "jusqu'à la Châtre\", déplore Sabrina Petolon, qui doit également amener sa fille Miya, 4 ans, à l'école "
        "maternelle.",
        pii=[("PERSONNE", "Sabrina Petolon"), ("PERSONNE", "Miya")],
    ),
    R(
        _PETITES_COSSES,
        "Le trajet du bus scolaire doit être modifié pour permettre à Ana de monter devant chez elle, aux Petites "
        "Cosses. © Radio France - François Chagnaud",
        pii=[("PERSONNE", "Ana"), ("PERSONNE", "François Chagnaud")],
        keep=["Petites Cosses"],
    ),
    R(
        _PETITES_COSSES,
        "Après le décès de sa fille Inès l'an dernier, Sabrina reprend une formation en CAP et cherche du travail. "
        "Mais à cause de ces allers-retours matinaux, elle craint ne pas pouvoir être disponible pour embaucher tôt "
        "le matin.",
        pii=[("PERSONNE", "Inès"), ("PERSONNE", "Sabrina")],
    ),
    R(
        _MARIGNE,
        "Matin et soir, Léo, 7 ans, prend le bus pour parcourir les 3,5 km qui le séparent de son école. Nathalie, sa "
        "mère, ne sait pas du tout comment elle va se débrouiller, l'an prochain.",
        pii=[("PERSONNE", "Léo"), ("PERSONNE", "Nathalie")],
    ),
    R(
        _MARIGNE,
        "Le fils de Nathalie prend le bus tous les jours, l'an prochain, elle risque de devoir changer ses horaires "
        "de travail pour le déposer à l'école. © Radio France - Maïwenn Lamy",
        pii=[("PERSONNE", "Nathalie"), ("PERSONNE", "Maïwenn Lamy")],
    ),
    R(
        _MARIGNE,
        "Il y a quelques mois seulement, Anne-Gaëlle Chabagno, arrivée à la tête de la commune en 2014, a réalisé que "
        "la commune était dans l'illégalité : \"La responsabilité juridique en cas d'accident me revient de plein "
        'droit. A titre personnel et pas au nom de Madame le maire", explique-t-elle.',
        pii=[("PERSONNE", "Anne-Gaëlle Chabagno")],
    ),
    R(
        _SXM,
        "Mr le Président, Mme la Préfète,\n\nNous souhaitons attirer votre attention sur les risques que génère "
        "l’interruption du service du transport scolaire.",
    ),
    R(
        _SXM,
        "Nous avons pris connaissance des explications qui ont été apportées par les services de la Collectivité en "
        "réponse aux multiples interpellations des parents ; un problème technique dû à une interprétation divergente "
        "des textes par le Trésor Public serait à l’origine de la situation.",
        keep=["Trésor Public"],
    ),
    R(
        _SXM,
        "Cette situation concerne les enfants du primaire jusqu’au lycée, donc de très jeunes enfants se retrouvent à "
        "marcher le long des routes.\nLes intempéries des derniers jours ne font que renforcer les risques\nContact : "
        "parents.sansetiquette.sxm@gmail.com / 0690 41 27 83",
        pii=[("EMAIL", "parents.sansetiquette.sxm@gmail.com"), ("TELEPHONE", "0690 41 27 83")],
        inserted=["parents.sansetiquette.sxm@gmail.com", "0690 41 27 83"],
    ),
    R(
        _AIZENAY,
        "Des collégiens interdits de transports scolaires\n\n- Delphine Blanchard\n\nAizenay. La scène se déroule le "
        "8 janvier dernier, alors que des élèves du collège Soljenitsyne veulent rentrer chez eux, et prendre le car "
        "du retour.",
        pii=[("PERSONNE", "Delphine Blanchard")],
        keep=["Aizenay", "collège Soljenitsyne"],
    ),
    R(
        _AIZENAY,
        "« Des agents mandatés par le Conseil régional les empêchent d’entrer dans le car, alors même qu’ils avaient "
        "pu faire le trajet aller . Et cela devant les autres élèves. La stigmatisation de ces collégiens devant leurs "
        "camarades de classe est quelque chose d’inacceptable », explique Mathias Triballeau",
        pii=[("PERSONNE", "Mathias Triballeau")],
        keep=["Conseil régional"],
    ),
    R(
        _AIZENAY,
        "Jean-Claude Lamoureux, administrateur départemental en charge des questions du transport scolaire souligne "
        ": « Nous avons vérifié et la Région a bien fait son travail de relance auprès de ces parents.",
        pii=[("PERSONNE", "Jean-Claude Lamoureux")],
    ),
    R(
        _TREMBLAY,
        "Le maire de Tremblay-les villages et président du Sivom, Francis Cousin, a en effet pris la décision seul et "
        "sans explications de supprimer les transports scolaires à partir du 10 mars prochain. « On a le sentiment "
        "que c’est une prise d’otages des élèves. On se demande ce que vont devenir nos enfants lundi matin » "
        "commente Sébastien Ruffray, président des parents d'élèves.",
        pii=[("PERSONNE", "Francis Cousin"), ("PERSONNE", "Sébastien Ruffray")],
    ),
    R(
        _TREMBLAY,
        "Les parents d'élèves ont depuis été reçus par le sous-préfet de Dreux. Il devrait se substituer au Sivom "
        "pour assurer le transport scolaire le 10 mars prochain.",
        keep=["sous-préfet de Dreux"],
    ),
    R(
        _MANCHE,
        "Monsieur le Président du Conseil Général de la Manche\n\n  \n\nIl est loin le temps où Monsieur le Président "
        "du Conseil Général plaidait auprès du ministre de l’Education Nationale la prise en compte de nos "
        "spécificités territoriales lors de la carte scolaire 2011 et rejetait la rationalisation des moyens !",
        keep=["Conseil Général de la Manche"],
    ),
    R(
        _MANCHE,
        "Marcher pendant plusieurs centaines de mètres, voire kilomètres, sur des bas-côtés non sécurisés, non "
        "éclairés de routes départementales ou communales en rase campagne ? Belle avancée !\nSigné : Pascale "
        "Hébert, 14 route de la Lande, 50410 Percy",
        pii=[("PERSONNE", "Pascale Hébert"), ("ADRESSE", "14 route de la Lande, 50410 Percy")],
        inserted=["Pascale Hébert", "14 route de la Lande, 50410 Percy"],
    ),
    R(
        _GARANCE,
        "«Quand j’ai vu le montant, c’était la panique à bord. J’ai appelé tout de suite ma mère, ma sœur. Je n’ai "
        "pas ce genre de somme de côté…» Garance, 19 ans, étudiante, a dû faire face à un désagréable pic "
        "d’adrénaline en recevant un avis de taxe d’habitation d’environ 1930 euros pour l’appartement qu’elle "
        "occupe à Paris.",
        pii=[("PERSONNE", "Garance")],
    ),
    R(
        _LEVIE,
        '"Non au processus de désertification" dénonce Pierre de Peretti, président des commerçants de Levie',
        pii=[("PERSONNE", "Pierre de Peretti")],
        keep=["Levie"],
    ),
    R(
        _LEVIE,
        "La réunion de la dernière chance pour la population de l’Alta-Rocca dans sa bataille pour conserver sa "
        "trésorerie : elle aura lieu ce mardi 1er décembre en Préfecture d’Ajaccio.",
        keep=["Alta-Rocca", "Préfecture d’Ajaccio"],
    ),
    R(
        _PIANA,
        'Pour Aline Castellani, maire de cette commune de 400 habitants, "le choix des pouvoirs publics est plus que '
        'regrettable". Désormais, les administrés du canton doivent se rendre à la perception de Vico pour régler '
        "leurs formalités en matière d'impôts.",
        pii=[("PERSONNE", "Aline Castellani")],
        keep=["perception de Vico"],
    ),
    R(
        _PIANA,
        "\"Les gens ont un sentiment d'injustice, confie l'édile. Les personnes âgées sont les premières touchées par "
        "ce phénomène de disparition des services publics de proximité.",
    ),
    R(
        _SARTENE,
        "« Nous comptions jusqu’à 100 habitants à l’année, il y a de ça 20 à 25 ans. Nous sommes 40 maintenant. Ca "
        "baisse. Je comprends un peu la baisse des services, mais je ne l’accepte pas », soutient Dolis Quilichini, "
        "maire de Sorbollano.",
        pii=[("PERSONNE", "Dolis Quilichini")],
        keep=["Sorbollano"],
    ),
    R(
        _SARTENE,
        "« Ils enlèvent tous les bureaux, tous les personnels et les gens et les personnes âgées ne peuvent pas se "
        "déplacer », indique une habitante. « On habite ici et on aimerait bien que la ville reste aussi bien qu’elle "
        "est », complète une autre.",
    ),
    R(
        _SALINES,
        "Lors de la cérémonie d’inauguration de la 17e antenne France Services dans les locaux rénovés de La Poste "
        "aux Salines, le préfet de Corse Jérôme Filippini a déclaré que l’accès aux services publics serait désormais "
        "facilité pour tous.",
        pii=[("PERSONNE", "Jérôme Filippini")],
        keep=["France Services", "La Poste"],
    ),
    R(
        _SALINES,
        "« C’est une bonne chose pour La Poste », a souligné Jean-Philippe Poma, directeur régional de La Poste, sans "
        "se demander si cette présence est vraiment nécessaire ou utile aux habitants.",
        pii=[("PERSONNE", "Jean-Philippe Poma")],
        keep=["La Poste"],
    ),
    R(
        _VICO,
        "Matthieu Caillaud, secrétaire départemental du syndicat FO des finances publiques, évoque le piège qui "
        'consiste à "faire croire que les Maisons des services peuvent se substituer aux institutions telles que la '
        'CPAM, Pôle emploi, la Carsat, ou les services des impôts".',
        pii=[("PERSONNE", "Matthieu Caillaud")],
        keep=["CPAM", "Pôle emploi", "Carsat"],
    ),
    R(
        _VICO,
        "Enfonçant le clou, il met en cause directement l'administration de vouloir passer en force, accusant Mme "
        "Assouline, directrice régionale des finances publiques, de ne pas respecter la parole du préfet de Corse, ni "
        "la volonté des élus locaux.",
        pii=[("PERSONNE", "Assouline")],
    ),
    R(
        _VICO,
        "Le 1er décembre, le préfet Lelarge a en effet annoncé que la fermeture des trésoreries de Levie et "
        "Sainte-Marie Siché, prévue au 1er janvier 2021, était suspendue à la mise en place d'une commission ad hoc",
        pii=[("PERSONNE", "Lelarge")],
        keep=["Levie", "Sainte-Marie Siché"],
    ),
    R(
        _RSA_MERE,
        "« Hier, j’étais à 765,77 € de RSA (allocataire n° 3841207). Aujourd’hui, je suis tombée à 615,77 €. Ils "
        "m’ont retiré 150 €, et je ne comprends plus rien« , explique cette mère.",
        pii=[("NUMERO_ALLOCATAIRE", "3841207")],
        inserted=["3841207"],
    ),
    R(
        _RSA_MERE,
        "« Les gens disent : ‘Va travailler !’, mais pour moi, c’est impossible. Mon fils n’a que 2 heures d’école "
        "par jour à cause de son handicap.«",
    ),
    R(
        _LORIENT,
        "Plus récemment, un changement dans le fonctionnement du robot téléphonique d’assistance a introduit la "
        "possibilité de faire opposition sur la carte en tapant, à un moment donné, un 2 au lieu d’un 1 (auparavant "
        "on passait obligatoirement par un opérateur pour cette opération). Plusieurs personnes ont ainsi vu leur "
        "carte bloquée par erreur, obligées de prendre un rendez-vous à Rennes",
        keep=["Rennes"],
    ),
    R(
        _LORIENT,
        "Notre courriel est, à ce jour, resté sans réponse.\nContact : collectif.accueil.lorient@orange.fr",
        pii=[("EMAIL", "collectif.accueil.lorient@orange.fr")],
        inserted=["collectif.accueil.lorient@orange.fr"],
    ),
    R(
        _AMADOU,
        "Amadou*, demandeur d’asile ivoirien, vit à Paris avec sa compagne et leur jumelles de 4 ans\n« Je suis "
        "demandeur d’asile ivoirien et je ne suis pas satisfait du nouveau fonctionnement de la carte de l’Ofii.",
        pii=[("PERSONNE", "Amadou")],
        keep=["Ofii"],
    ),
    R(
        _AMADOU,
        "La propriétaire des lieux veut que nous payions chaque mois le loyer de 400 euros en espèces. Je touche un "
        "peu plus de 550 euros par mois d’allocation ADA pour ma famille (n° étranger 7503184926). Comment vais-je "
        "faire si je ne peux pas retirer de liquide ?",
        pii=[("REFERENCE_DOSSIER", "7503184926")],
        inserted=["7503184926"],
    ),
    R(
        _AMADOU,
        "Si je ne trouve pas de solution, j’ai peur de devoir dormir dans la rue. Et ça, ce n’est pas possible : les "
        "filles sont trop petites et il fait bien trop froid dehors.",
    ),
    R(
        _AMY,
        "- refus : certains commerçants méfiants ne reconnaissent pas cette carte et la refusent ;\n- plus d’argent "
        "liquide : dans la théorie, certains magasins (notamment ceux de la chaîne Casino) pratiquent le cashback, "
        "mais peu le proposent",
    ),
    R(
        _SANS_MONNAIE,
        "″Cela reste une allocation extrêmement faible et c’est la seule ressource qu’ont les demandeurs d’asile pour "
        "se loger, s’habiller, se nourrir. Tout, en fait”, explique Florent Guéguen.",
        pii=[("PERSONNE", "Florent Guéguen")],
    ),
    R(
        _SANS_MONNAIE,
        "“L’objectif premier de cette réforme, c’est que l’allocation pour demandeurs d’asile serve exclusivement "
        "pour subvenir à leurs besoins et pas pour générer de l’économie informelle”, explique Didier Leschi, "
        "directeur de l’Office français de l’Immigration et Intégration (OFII).",
        pii=[("PERSONNE", "Didier Leschi")],
        keep=["OFII"],
    ),
]
