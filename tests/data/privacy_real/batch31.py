"""Real passages, batch 31: round 8's held-out split, written blind by a new hand (dry taps in Guadeloupe, grant
holders queuing at the Crous, farmers and the MSA, a post office that opens late, a carte Vitale gone blank, appeal
decisions on the AAH), pages in no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_GOSIER = (
    "https://www.planet.fr/revue-du-web-reportage-robinets-a-sec-bouteilles-pour-se-doucher-en-guadeloupe-les-"
    "habitants-excedes-par-les-coupures-deau-incessantes.2383587.1912"
)
_BARRAGES = "https://vntv.net/video/x7bugcw"
_GOYAVE = (
    "https://www.francetvinfo.fr/meteo/canicule/guadeloupe-le-cauchemar-des-coupures-d-eau-incessantes_5309917.html"
)
_MALVEILLANCE = (
    "https://www.tf1info.fr/justice-faits-divers/video-reportage-guadeloupe-des-actes-de-malveillance-privent-d-eau-"
    "des-dizaines-de-milliers-d-habitants-2290566.html"
)
_POINTS_EAU = "https://www.staging.libe.io/france/2020/04/16/des-guadeloupeens-prives-d-eau-courante_1785482"
_BOURSIERS = (
    "http://www.bondyblog.fr/201710261424/pourquoi-le-bondy-blog-a-decide-de-venir-en-aide-aux-etudiants-"
    "boursiers-de-creteil/"
)
_FILE_CROUS = "http://www.bondyblog.fr/201010080028/bourses-et-logements-universitaires-les-crous-a-la-ramasse/"
_JA41 = "https://horizons-journal.fr/ja-41-propose-aux-agriculteurs-dechanger-avec-la-msa"
_NIMES = "http://parisnews.eu/info/t-2412040354.html"
_BREBIS = "http://niddebrebis.blogspot.com/2015/09/msa-le-fleau-de-lagriculteur.html"
_VITALE = "http://mesaventureshandicapes-normaux.over-blog.com/2017/04/290.encore-une-histoire-de-sous-dessus.html"
_GUICHETS = "http://jeudhistoire.fr/forum/viewtopic.php?f=65&t=8436"
_BAZET = "https://www.nrpyrenees.fr/2020/11/18/la-poste-a-nouveau-fermee-9206491.php"
_COLIS = "http://paulasmack.canalblog.com/archives/2016/01/19/33176335.html"
_AIX_2022 = "https://juricaf.org/arret/FRANCE-COURDAPPELDAIXENPROVENCE-20220603-2006126"
_CREUSE = "https://juricaf.org/arret/FRANCE-COURDECASSATION-20141127-1326048"
_AIX_2024 = "https://juricaf.org/arret/FRANCE-COURDAPPELDAIXENPROVENCE-20240412-2207191"
_ORLEANS = "https://master.juricaf.org/arret/FRANCE-COURDAPPELDORLEANS-20220621-2002417"
_VAUCLUSE = "https://juricaf.org/arret/FRANCE-COURDAPPELDAIXENPROVENCE-20220930-2108198"

RECORDS = [
    R(
        _GOSIER,
        '"Il faut être patient, mais ça nous gonfle." Ce vendredi 26 novembre est un jour comme tant d\'autres à '
        "Mare Gaillard, commune du Gosier, en Guadeloupe. Une coupure d'eau, la troisième de la semaine, a de "
        "nouveau asséché les robinets.",
        keep=["Mare Gaillard", "Gosier", "Guadeloupe"],
    ),
    R(
        _GOSIER,
        '"Il y a parfois des communiqués à la radio pour nous prévenir, mais pas toujours", explique Marie, '
        "gérante d'un petit établissement en bord de route. Elle s'affaire autour d'un gril, où elle s'apprête à "
        "préparer de la viande.",
        pii=[("PERSONNE", "Marie")],
    ),
    R(
        _BARRAGES,
        "« Depuis des mois nous n’avons pas une goutte d’eau dans nos robinets », a indiqué à l’AFP Anny Phéron, "
        "l’une des porte-paroles du mouvement, pour justifier leur action.",
        pii=[("PERSONNE", "Anny Phéron")],
    ),
    R(
        _BARRAGES,
        "« Je suis obligée de me lever entre minuit et deux heures du matin pour vérifier le retour de l’eau au "
        "robinet, remplir mes réserves. On est épuisés », s’indigne Mme Eustache, 62 ans.",
        pii=[("PERSONNE", "Eustache")],
    ),
    R(
        _GOYAVE,
        "Article rédigé par\nRégion Guadeloupe La 1ère, M.L. Plaisir, O. Duflo, R. Defrance, J.L. Elisée, T. Artis "
        "- France 3\nFrance Télévisions",
        pii=[
            ("PERSONNE", "M.L. Plaisir"),
            ("PERSONNE", "O. Duflo"),
            ("PERSONNE", "R. Defrance"),
            ("PERSONNE", "J.L. Elisée"),
            ("PERSONNE", "T. Artis"),
        ],
    ),
    R(
        _GOYAVE,
        "Les habitants désespèrent. À Goyave (Guadeloupe), Anouk Berthelot, gérante d'un gîte, est en difficulté "
        "pour accueillir des clients. Elle a investi 10 000 euros dans un système de rétention pour tenter d'avoir de "
        "l'eau en continu.",
        pii=[("PERSONNE", "Anouk Berthelot")],
        keep=["Goyave", "Guadeloupe"],
    ),
    R(
        _GOYAVE,
        "À quelques kilomètres de là, Priscilla Cyprien, une jeune mère de famille, rêve de vivre ailleurs. Loin de "
        "sa maison et de son système D à base de bidons. \"Souvent, dans le quartier, on a de l'eau au milieu de la "
        'nuit. Des fois à 3 heures du matin, on est en train de faire la vaisselle", raconte-t-elle.',
        pii=[("PERSONNE", "Priscilla Cyprien")],
    ),
    R(
        _GOYAVE,
        "\"J'ai, certains jours, frôlé la dépression, à cause de cette question d'eau parce que ce n'est pas "
        "vivable\", souligne Priscilla. Pourtant, il n'y a aucun problème de sécheresse sur l'île : la précieuse "
        "ressource se perd dans des canalisations vétustes.",
        pii=[("PERSONNE", "Priscilla")],
    ),
    R(
        _MALVEILLANCE,
        "Sans eau, le quotidien est compliqué. Certains optent pour le système D, comme la famille Didelon, "
        "rencontrée par notre équipe, qui stocke de l'eau en bouteilles et en bonbonnes dans son petit appartement.",
        pii=[("PERSONNE", "Didelon")],
    ),
    R(
        _POINTS_EAU,
        "«En fait, on bafoue totalement nos droits élémentaires, dénonce Stéphanie, agente hospitalière. Au début, "
        "je me faisais violence pour aller deux fois par jour aux points d'eau, mais je me suis épuisée moralement "
        "et physiquement.»",
        pii=[("PERSONNE", "Stéphanie")],
    ),
    R(
        _BOURSIERS,
        "Suite à cet article, le Crous de Créteil nous a contactés, surpris de découvrir autant de cas d’étudiants "
        "toujours en attente de leurs bourses. Les cas pourtant étaient bien vérifiés et concrets.",
        keep=["Crous de Créteil"],
    ),
    R(
        _BOURSIERS,
        "En trois jours, nous avons reçu une soixantaine de mails d’étudiants en détresse, des messages parfois "
        "inquiétants comme celui de Noëlie : « La bourse commence à devenir une urgence étant en formation d’art je "
        "dois faire des dépenses importantes… Mon emploi du temps ne me permet pas de travailler et mon père refuse "
        "de m’aider financièrement",
        pii=[("PERSONNE", "Noëlie")],
    ),
    R(
        _BOURSIERS,
        "Voire alarmants comme celui de Guillaume. »Je suis à découvert, je n’ai plus de possibilité de retirer de "
        "l’argent, ai emprunté de l’argent à mes amis« .",
        pii=[("PERSONNE", "Guillaume")],
    ),
    R(
        _FILE_CROUS,
        "Une maman est venue s’occuper du dossier de bourses de ses enfants : « Ils sont en cours. Deux sont en "
        "prépa et ma fille est en double-cursus. Ils n’ont pas le temps de se déplacer donc je viens à leur place.",
    ),
    R(
        _FILE_CROUS,
        "Pour beaucoup, la rentrée ayant déjà commencé, il n’y a pas d’autre choix que de rater des cours. C’est le "
        "cas d’Aurélie, étudiante en littérature. Certains repartiront bredouilles si le service ferme ses portes "
        "avant qu’ils n’aient atteint le guichet.",
        pii=[("PERSONNE", "Aurélie")],
    ),
    R(
        _FILE_CROUS,
        "Le Crous de Paris tente de gérer la situation comme il peut. Jusqu’à la fin du mois d’octobre, le service "
        "est ouvert jusqu’a 15h30 contre 13 heures habituellement. Mais inutile d’appeler le service au téléphone. "
        "Personne pour répondre.",
        keep=["Crous de Paris"],
    ),
    R(
        _JA41,
        "Son directeur, Étienne Le Maur, sa sous-directrice, Juliette Chatelut, et son président, Pascal Cormery, "
        "ont répondu aux questions des exploitants.",
        pii=[("PERSONNE", "Étienne Le Maur"), ("PERSONNE", "Juliette Chatelut"), ("PERSONNE", "Pascal Cormery")],
    ),
    R(
        _JA41,
        "« On est souvent critique à l’égard de la MSA. Au lieu de manifester, on s’est dit qu’il était intéressant "
        "d’échanger. J’espère que cette réunion permettra à tous d’y voir plus clair sur le fonctionnement de la MSA "
        "», explique le président de JA 41, Fabien Bourgueil, en préambule.",
        pii=[("PERSONNE", "Fabien Bourgueil")],
        keep=["MSA"],
    ),
    R(
        _NIMES,
        "Manifestation d’agriculteurs le 18 novembre à Nîmes (Gard). MIKAËL ANISSET / LE MIDI LIBRE / MAXPPP",
        pii=[("PERSONNE", "MIKAËL ANISSET")],
        keep=["Nîmes"],
    ),
    R(
        _NIMES,
        "En arrivant sur place,Cédric Saur,président de la mutuelle en Languedoc,visage fermé et cigarette à la "
        "main,ne peut que constater les dégâts. A l’intérieur des locaux,Hervé Finiels,le coordinateur de l’équipe "
        "d’accueil,tente encore d’évacuer l’odeur nauséabonde persistante avec des bâtons d’encens",
        pii=[("PERSONNE", "Cédric Saur"), ("PERSONNE", "Hervé Finiels")],
    ),
    R(
        _NIMES,
        "« Nombreux parmi eux ne comprennent pas notre rôle et expriment leur colère face aux cotisations à "
        "payer,explique Frédéric Bertin,qui intervient auprès des agriculteurs en difficultés économiques. Trop "
        "souvent,on est synonyme de percepteur,de relances incessantes,mais nous ne sommes pas que ça !",
        pii=[("PERSONNE", "Frédéric Bertin")],
    ),
    R(
        _BREBIS,
        "Par Jacques Clouteau\nRetour à la ferme-Osbern(CC BY-NC 2.0)\nC’était en 2000, juste avant l’arrivée de "
        "l’euro. C’est l’histoire de Pascal, un agriculteur établi en Bretagne.",
        pii=[("PERSONNE", "Jacques Clouteau"), ("PERSONNE", "Osbern"), ("PERSONNE", "Pascal")],
    ),
    R(
        _BREBIS,
        "La guigne se mit de la partie, la chienne du monde comme le dit Pierre-Jakez Hélias. Tout ce qui pouvait "
        "arriver à un éleveur durant une vie, Pascal le supporta en seulement une année : maladies, décès, "
        "entraînant de lourds frais de vétérinaire, d’aliments et au final la perte totale du troupeau.",
        pii=[("PERSONNE", "Pierre-Jakez Hélias"), ("PERSONNE", "Pascal")],
    ),
    R(
        _BREBIS,
        "En décembre, sa trésorerie était dans le rouge foncé. En janvier il n’a pas pu honorer ses cotisations à la "
        "MSA, la sinistre Mutualité Sociale Agricole. En avril non plus, et en juillet encore moins.",
        keep=["MSA", "Mutualité Sociale Agricole"],
    ),
    R(
        _VITALE,
        "L’autre jour je vais chez le toubib comme d’habitude. Nous parlons de tout et de rien et avant que je "
        "parte, le toubib demande ma carte Vital, comme d’habitude.",
    ),
    R(
        _VITALE,
        "Je suis baba. Que dire ? Je ne lui ai rien fait à cette carte. D’habitude (?) je suis pris en charge à 100 % "
        "pour ce qui concerne mon joli moignon et l’artérite qui me va si bien.",
    ),
    R(
        _VITALE,
        "Je vais à la pharmacie trois jours plus tard et j’explique ce qui se passe avec ma carte Vital (N° sécu 1 52 "
        "03 64 445 012 14). La belle pharmacienne prend la carte et la met dans une borne de recharge.",
        pii=[("NIR", "1 52 03 64 445 012 14")],
        inserted=["1 52 03 64 445 012 14"],
    ),
    R(
        _VITALE,
        "Je ne me rends même pas compte que mon médecin si sympa ne fait pas le tiers payant et je paye cash les 23 "
        "euros.\nMon RIB : FR22 3000 4019 5700 0103 9812 641",
        pii=[("IBAN", "FR22 3000 4019 5700 0103 9812 641")],
        inserted=["FR22 3000 4019 5700 0103 9812 641"],
    ),
    R(
        _GUICHETS,
        "J'ai même vu un jeune blanc blanc-bec se faire embarquer par la police car il avait crié aux employés que "
        'c\'était "un tas de faignasses qui en plus se foutaient de la gueule du monde" (sic), la directrice a '
        "appelé la police qui l'a embarqué manu-militari.",
    ),
    R(
        _GUICHETS,
        "Le matin, une demi-heure avant l'ouverture il y a déjà 10 à 15 personnes qui attendent dehors, l'ouverture "
        "se fait toujours avec au moins 4 ou 5 minutes de retard, et très souvent à l'ouverture il n'y a qu'un "
        "guichet ouvert.",
    ),
    R(
        _BAZET,
        "Après une petite semaine de réouverture, nouvelle affiche sur la porte du bureau de poste bazétois "
        'indiquant "Votre bureau de poste sera fermé du lundi 16 novembre au mercredi 18 novembre 2020". Les '
        "personnes qui se présentaient devant la porte close étaient fort mécontentes.",
    ),
    R(
        _BAZET,
        "Les clientes et les clients doivent trouver illico d’autres solutions de repli et bientôt on nous dira que "
        "le bureau n’est plus rentable et qu’il faut le fermer… mais à qui la faute ?",
    ),
    R(
        _COLIS,
        "Cette semaine, je devais aller à la Poste pour aller chercher un colis (avis de passage n° 6A19284735012) "
        "livré en mon absence = livré pendant les heures de bureau = pendant les heures où je bosse = pendant les "
        "heures où je ne suis donc JAMAIS à mon domicile.",
        pii=[("REFERENCE_DOSSIER", "6A19284735012")],
        keep=["la Poste"],
        inserted=["6A19284735012"],
    ),
    R(
        _COLIS,
        "Mardi, j'ai prévenu ma chef que je quitterai mon poste plus tôt pour aller à la Poste qui ferme tôt. "
        "J'allais devoir encore plus courir car, ayant un RDV juste derrière, le timing se serrait.",
        keep=["la Poste"],
    ),
    R(
        _AIX_2022,
        "Monsieur [J] [B], demeurant [Adresse 1]\n\nreprésenté par Me Gisèle RAYNAUD BREMOND, avocat au barreau "
        "d'AIX-EN-PROVENCE substitué par Me Amélie BOUTIN-CHENOT, avocat au barreau d'AIX-EN-PROVENCE",
        pii=[("PERSONNE", "Gisèle RAYNAUD BREMOND"), ("PERSONNE", "Amélie BOUTIN-CHENOT")],
    ),
    R(
        _AIX_2022,
        "CAF DE [Localité 4], demeurant [Adresse 3]\n\nreprésentée par Mme [L] [N] en vertu d'un pouvoir spécial",
        keep=["CAF"],
    ),
    R(
        _CREUSE,
        "Attendu que pour rejeter celui-ci, l'arrêt énonce que les ressources du demandeur au bénéfice de "
        "l'allocation aux adultes handicapés s'apprécient non pas dans les conditions de l'article R. 532-3 du code "
        "de la sécurité sociale",
    ),
    R(
        _AIX_2024,
        "Copie exécutoire délivrée\n\nle :\n\nà :\n\n- Me Meissa BOUTERAA\n\n- Me Emmanuelle ROVERA\n\n- CAF DES "
        "ALPES MARITIMES",
        pii=[("PERSONNE", "Meissa BOUTERAA"), ("PERSONNE", "Emmanuelle ROVERA")],
        keep=["CAF DES ALPES MARITIMES"],
    ),
    R(
        _AIX_2024,
        "MDPH DES ALPES-MARITIMES, demeurant [Adresse 3]\n\nreprésenté par Me Emmanuelle ROVERA, avocat au barreau "
        "de NICE",
        pii=[("PERSONNE", "Emmanuelle ROVERA")],
        keep=["MDPH DES ALPES-MARITIMES"],
    ),
    R(
        _ORLEANS,
        "Monsieur [C] [V]\n[Adresse 1]\n[Localité 3]\nReprésenté par Me Sylvie MAZARDO de la SELARL SYLVIE MAZARDO, "
        "avocat au barreau d'ORLEANS",
        pii=[("PERSONNE", "Sylvie MAZARDO"), ("PERSONNE", "SYLVIE MAZARDO")],
    ),
    R(
        _ORLEANS,
        "Madame Sophie GRALL, Président de chambre,\nMadame Carole CHEGARAY, Président de chambre,\nMonsieur Laurent "
        "SOUSA, Conseiller\nGreffier :\nMonsieur Alexis DOUET, Greffier lors des débats et du prononcé de l'arrêt.",
        pii=[
            ("PERSONNE", "Sophie GRALL"),
            ("PERSONNE", "Carole CHEGARAY"),
            ("PERSONNE", "Laurent SOUSA"),
            ("PERSONNE", "Alexis DOUET"),
        ],
    ),
    R(
        _VAUCLUSE,
        "Copie exécutoire délivrée\n\nle :\n\nà :\n\n- Me Muriel DROUET\n\n- MDPH DU VAUCLUSE\n\n- CAF DU VAUCLUSE\n\n- "
        "CONSEIL DEPARTEMENTAL DU VAUCLUSE",
        pii=[("PERSONNE", "Muriel DROUET")],
        keep=["MDPH DU VAUCLUSE", "CAF DU VAUCLUSE", "CONSEIL DEPARTEMENTAL DU VAUCLUSE"],
    ),
    R(
        _VAUCLUSE,
        "CAF DU VAUCLUSE, demeurant [Adresse 3]\n\nnon comparant, a été dispensée en application des dispositions de "
        "l'article 946 alinéa 2 du code de procédure civile, d'être représentée à l'audience.",
        keep=["CAF DU VAUCLUSE"],
    ),
]
