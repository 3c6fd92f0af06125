"""Real passages, batch 23: round 6's held-out split, written blind by a new hand (water cuts in Martinique, queues
and online appointments at the préfectures of Versailles, Lyon, Montpellier and Palaiseau), pages in no earlier
split. See README.md."""

from tests.data.privacy_real.record import R

_LAMENTIN = "https://www.francetvinfo.fr/sante/environnement-et-sante/la-martinique-touchee-par-des-coupures-d-eau-en-serie_3615171.html"
_USAGERS972 = "https://la1ere.francetvinfo.fr/martinique/les-usagers-830202.html"
_TROPIQUES = "https://tropiquesfm.com/news/coupures-d-eau-les-usages-en-colere-en-martinique-20618"
_REPETITION = "https://www.francetvinfo.fr/france/martinique/martinique-des-coupures-deau-a-repetition_5172688.html"
_COUPEPLEINE = "https://la1ere.francetvinfo.fr/martinique/coupures-d-eau-la-coupe-est-pleine-827254.html"
_BASSEPOINTE = "https://francetvinfo.fr/societe/martinique-les-coupures-deau-exasperent-la-population_4645133.html"
_RESF78 = "http://resf78.ouvaton.org/spip.php?article256"
_MAISONFOU = "http://www.entreprise.news/prefecture-francaise-cette-maison-rend-fou/"
_MONTPELLIER = (
    "https://www.20minutes.fr/montpellier/860916-20120117-consciente-lacunes-prefecture-veut-ameliorer-accueil"
)
_LYONFROID = "https://lyoncapitale.fr/actualite/Prefecture-l-attente-dans-le-froid"
_HERAULT = "https://www.francebleu.fr/infos/societe/satisfaction-des-usagers-de-la-prefecture-de-l-herault-sauf-pour-le-traitement-des-dossiers-des-etrangers-3220030"
_PALAISEAU = "https://www.plus.transformation.gouv.fr/experiences/6903387_la-prefecture-de-palaiseau-le-service-public-le-plus-inhumain-qui-soit"
_BONDY = "https://lyonbondyblog.fr/LBB/a-la-prefecture-les-etrangers-rongent-leur-frein"

RECORDS = [
    R(
        _LAMENTIN,
        "Beaucoup de personnes bloquent les routes pour manifester leur mécontentement. \"On dit stop à cette prise d'otage\", s'insurge une manifestante. \"Nous voulons que ça cesse et qu'on ait de l'eau dans les robinets.\"",
    ),
    R(
        _LAMENTIN,
        "\"Le principe minimum de l'alimentation en eau pour tous les citoyens n'est pas respecté, le service public ne fonctionne pas sur le Lamentin ouest et il est inadmissible que des familles soient privées d'eau comme ça\", proteste le maire du Lamentin David Zobda.",
        pii=[("PERSONNE", "David Zobda")],
        keep=["Lamentin"],
    ),
    R(
        _USAGERS972,
        "Sonia habite le Lamentin. Elle poste sur les réseaux sociaux la photo des bouteilles d'eau qu'elle s'apprêtait à remplir en expliquant son désarroi.",
        pii=[("PERSONNE", "Sonia")],
        keep=["Lamentin"],
    ),
    R(
        _USAGERS972,
        "\"Parmi le lot de messages compatissants, une collègue que je n'avais pas vue depuis 2 ans m'a proposée spontanément son aide. Le lendemain, j'avais deux bidons de 40 litres d'eau devant ma porte. Je me sens tellement à fleur de peau que j'ai versé une petite larme devant tant d'amour et de compassion\".",
    ),
    R(
        _USAGERS972,
        "Laura habite dans le quartier Gondeau au Lamentin. Elle subit aussi les coupures d'eau mais elle s'en sort grâce à une citerne",
        pii=[("PERSONNE", "Laura")],
        keep=["Gondeau", "Lamentin"],
    ),
    R(
        _TROPIQUES,
        "Coupures d’eau : les usages en colère en Martinique !\nPublié : 6 mai 2020 à 10h41 par Arnaud Joly",
        pii=[("PERSONNE", "Arnaud Joly")],
        keep=["Martinique"],
    ),
    R(
        _TROPIQUES,
        "« J'utilise de la vaisselle jetable pour ne pas avoir à utiliser de l'eau des bouteilles ! Bonjour l'écologie !! Je cuisine avec un peu d'eau et je garde les bouteilles pour me laver les mains et faire des toilettes dans une bassine ! Rendez-vous compte ! Nous sommes bien en Martinique ?",
        keep=["Martinique"],
    ),
    R(
        _TROPIQUES,
        "Le pire c'est que mes factures sont mensualisées (contrat n° 0072215498) et que l'opérateur prélève tous les mois une moyenne de 22,50 euros pour ma consommation d'eau. Quelle consommation d'eau ? »",
        pii=[("REFERENCE_DOSSIER", "0072215498")],
        inserted=["0072215498"],
    ),
    R(
        _REPETITION,
        'Ce matin-là, seules quelques gouttes sortent du robinet de Jeannette Robertin. La retraitée ne dispose que d’un seau d’eau potable pour tenir la journée entière. "On est tous condamnés à payer l’eau et à ne pas avoir l’eau", déclare-t-elle.',
        pii=[("PERSONNE", "Jeannette Robertin")],
    ),
    R(
        _REPETITION,
        "À 5 euros le mètre cube, l’eau est ici l’une des plus chères de France. À Basse-Pointe, certains ont donc arrêté de payer leurs factures pendant plusieurs mois pour protester.\nLéa Sainte Rose a investi 1 200 euros dans une citerne pour récupérer l’eau de pluie.",
        pii=[("PERSONNE", "Léa Sainte Rose")],
        keep=["Basse-Pointe"],
    ),
    R(
        _COUPEPLEINE,
        "Stéphane, usager, lance un appel aux usagers victimes des coupures d'eau et appelle à un blocage d'Odyssi ce mercredi 29 avril 2020.",
        pii=[("PERSONNE", "Stéphane")],
    ),
    R(
        _COUPEPLEINE,
        "Plusieurs quartiers sont privés d'eau depuis une semaine, pour beaucoup d'entre eux. Le Lamentin, et surtout Acajou, en fait partie. Que fait Odyssi ? Silence radio...",
        keep=["Lamentin", "Acajou"],
    ),
    R(
        _COUPEPLEINE,
        "Habitants de Morne Pavillon, de Basse Gondeau, de Long Pré, de Californie, d'Acajou, d'Acajou Prolongé, etc..., descendons massivement manifester devant le siège d'Odyssi, à la Zone Franche de Dillon, et exigeons des comptes.\n\n-Stéphane. Usager du quartie",
        pii=[("PERSONNE", "Stéphane")],
        keep=["Morne Pavillon", "Basse Gondeau", "Long Pré", "Acajou", "Dillon"],
    ),
    R(
        _BASSEPOINTE,
        '"Avant le Covid, on faisait déjà des réserves, on remplit des sceaux, on est toujours à l’affût", explique une habitante de Basse-Pointe, Rosiane Cabit.',
        pii=[("PERSONNE", "Rosiane Cabit")],
        keep=["Basse-Pointe"],
    ),
    R(
        _RESF78,
        "C’est aussi la rentrée dans les locaux rénovés de la Préfecture de Versailles, 1 avenue de l’Europe !",
        keep=["Préfecture de Versailles", "1 avenue de l’Europe"],
    ),
    R(
        _RESF78,
        'Vous trouverez en pj le compte des 2 "veilleurs de la file d’attente" ce jour-là, Jacques et Claire, merci à eux.',
        pii=[("PERSONNE", "Jacques"), ("PERSONNE", "Claire")],
    ),
    R(
        _RESF78,
        "Les plus matinaux ont dit être arrivés à 5h (il faisait très frais, 11°) ; Daniel, Claire et moi, nous comptons à 8h15 : 60 personnes mais ce sera le double à 8h45.",
        pii=[("PERSONNE", "Daniel"), ("PERSONNE", "Claire")],
    ),
    R(
        _MAISONFOU,
        "La simple déclaration de perte de carte grise d’un véhicule d’entreprise (la Kangoo immatriculée FG-482-TR) se transforme alors en mauvais tour de manège qui se répète : plusieurs heures d’attente pour quelques minutes d’une attraction que l’on aimerait éviter.",
        pii=[("IMMATRICULATION", "FG-482-TR")],
        inserted=["FG-482-TR"],
    ),
    R(
        _MAISONFOU,
        "La sympathique demoiselle derrière son guichet me signifiant qu’il ne manquait que l’extrait K-bis de la société pour que mon dossier soit complet, j’ai dû reconnaître cet oubli de bonne foi et rentrer au bureau pour 10h.",
    ),
    R(
        _MONTPELLIER,
        "Nombreux sont ceux qui font la queue au mauvais endroit, ne se repèrant pas dans le hall, faute de signalétique. — c.rossignol / mds / 20 minutes",
        pii=[("PERSONNE", "c.rossignol")],
        keep=["20 minutes"],
    ),
    R(
        _MONTPELLIER,
        "Depuis le 1er janvier, les mairies ont cessé de fournir des dossiers. Celle de Lunel en traitait ainsi 600 chaque année. « Ce sont des gens qui venaient de toute façon à la préfecture pour récupérer leur récépissé », explique Philippe Molière, chef du bureau du séjour et délivrance de titres.",
        pii=[("PERSONNE", "Philippe Molière")],
        keep=["Lunel", "préfecture"],
    ),
    R(
        _MONTPELLIER,
        "Le traitement du dossier n'en sera que plus rapide », assure Béatrice Faddi, directrice de l'immigration et de l'intégration, qui avoue néanmoins s'être fait une « frayeur, au début ».",
        pii=[("PERSONNE", "Béatrice Faddi")],
    ),
    R(
        _LYONFROID,
        "Préfecture\n©J.Bernard\n\nPréfecture : l’attente, dans le froid",
        pii=[("PERSONNE", "J.Bernard")],
    ),
    R(
        _LYONFROID,
        "Il est midi à la préfecture, rue de Bonnel (Lyon 3e), et les températures peinent à dépasser les cinq degrés.",
        keep=["préfecture", "rue de Bonnel", "Lyon 3e"],
    ),
    R(
        _LYONFROID,
        "“Il y a une dame qui attend depuis 5 h du matin”, lâche, amer, Ahmed Mhamdi. L’homme, la trentaine, patiente dans la préfecture depuis seulement quelques heures, il doit faire refaire sa pièce d’identité.",
        pii=[("PERSONNE", "Ahmed Mhamdi")],
        keep=["préfecture"],
    ),
    R(
        _LYONFROID,
        "De l’autre côté, en queue de peloton, il y a Hamza Najib, étudiant en génie civil et urbain, qui patiente pour faire renouveler son titre de séjour étudiant.",
        pii=[("PERSONNE", "Hamza Najib")],
    ),
    R(
        _LYONFROID,
        "Seulement à quelques mètres de lui, Ignacio Vergara, en cinquième année de mathématiques à l’ENS, vient lui aussi pour son titre de séjour. Habitué des files d’attente, l’étudiant tempère : “Cela fait quatre fois que je viens, c’est toujours la même chose, c’est une question d’habitude.”",
        pii=[("PERSONNE", "Ignacio Vergara")],
    ),
    R(
        _HERAULT,
        "90 % des usagers de la préfecture de l'Hérault à Montpellier sont satisfaits, c'est ce qui ressort de l'enquête menée en 2022, c'est 7 points de plus que l'an dernier. A Béziers, le taux est de 86 % en légère baisse en raison sans doute des travaux menés actuellement.",
        keep=["préfecture de l'Hérault", "Montpellier", "Béziers"],
    ),
    R(
        _HERAULT,
        "Ce jeudi, lors du comité local des usagers en présence du secrétaire général de la préfecture, Frédéric Poisot , on a surtout parlé des étrangers qui viennent renouveler leurs papiers ou demander un premier titre de séjour.",
        pii=[("PERSONNE", "Frédéric Poisot")],
        keep=["préfecture"],
    ),
    R(
        _PALAISEAU,
        "Je souhaite partager mon expérience concernant la gestion de ma demande de carte de séjour « Vie privée et familiale » par la préfecture de Palaiseau.",
        keep=["préfecture de Palaiseau"],
    ),
    R(
        _PALAISEAU,
        "Ma première demande, en 2024, était basée sur un PACS. Pendant plus d’un an, rien n’a été fait, et il n’y avait aucune trace de mon dossier sur l’ANEF (n° étranger 7503048216), ce qui m’a empêchée d’effectuer la moindre démarche et de commencer une nouvelle demande après mon mariage.",
        pii=[("REFERENCE_DOSSIER", "7503048216")],
        keep=["ANEF"],
        inserted=["7503048216"],
    ),
    R(
        _PALAISEAU,
        "J’avais même envoyé un courrier recommandé avec tous les documents demandés (recommandé n° 1A 187 654 3210 7), mais lors de ma visite suivante, le personnel a prétendu ne rien savoir à son sujet, malgré la preuve de réception que je présentais.",
        pii=[("REFERENCE_DOSSIER", "1A 187 654 3210 7")],
        inserted=["1A 187 654 3210 7"],
    ),
    R(
        _PALAISEAU,
        "La réponse de l’agent a été indifférente : « Je ne sais pas, cela prendra du temps, s’il vous plaît partez, je n’ai que cinq minutes par personne. » Aucune considération n’a été donnée à l’urgence de ma situation.",
    ),
    R(
        _PALAISEAU,
        "Lorsque j’ai escaladé la situation via pref-reclamation-suggestion@essonne.gouv.fr, on m’a répondu que ma demande serait transmise à la même adresse e-mail de la préfecture qui n’a jamais répondu, ce qui est totalement inefficace.",
        keep=["pref-reclamation-suggestion@essonne.gouv.fr", "préfecture"],
    ),
    R(
        _BONDY,
        "Cette file d’attente, pour ceux qui l’ignoreraient, est celle du service des étrangers de la préfecture du Rhône. Les plus mauvais jours, quelle que soit la météo, elle peut contenir près de 500 personnes.",
        keep=["préfecture du Rhône"],
    ),
    R(
        _BONDY,
        "« En fait, vous faites une première fois la queue pour récupérer votre ticket. S’il vous manque ne serait-ce qu’une photocopie, l’on vous renvoie chez vous.",
    ),
]
