"""Real passages, batch 24: round 6's held-out split, written blind by a new hand (health and social security in
Mayotte, Guadeloupe and Guyane, housing in La Réunion, the CAFAT in New Caledonia, late Carsat pensions, a court
decision on a CAF claim), pages in no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_KAWENI = "https://cahiersdesante.fr/editions/la-sante-a-mayotte-aujourdhui-et-loperation-wuambushu"
_CHIDO = "https://www.france-assos-sante.org/actualite/la-priorite-serait-de-reconstruire-mayotte-a-100"
_DESERT = "https://lanticapitaliste.org/opinions/international/mayotte-est-un-veritable-desert-medical-lacces-aux-soins-y-est-toujours"
_BOUKAN = "https://boukan.press/mayotte-en-sous-france/"
_MAHORAIS = "https://2017-2022.nosdeputes.fr/15/intervention/992245"
_PAP = "https://combat-ouvrier.com/2021/01/10/co-n1252-28-novembre-2020-guadeloupe-securite-sociale-les-employes-manifestent"
_MARIEGALANTE = "https://foufougong.fr/le-centre-de-securite-sociale-de-marie-galante-va-t-il-fermer"
_CAYENNE = "https://monewsguyane.com/?p=26022"
_CGSS972 = "https://www.zayactu.org/2021/10/une-lettre-ouverte-du-service-retraite-de-la-cgss-martinique-adressee-a-la-population"
_ABYMES = "https://lecourrierdeguadeloupe.com/retraites-la-reforme-va-accentuer-la-grande-pauvrete-en-guadeloupe"
_SHLMR = (
    "http://www.ipreunion.com/actualites-reunion/reportage/2020/10/14/logement-insalubre-logement-insalubre,125769.html"
)
_SIDR = (
    "http://www.ipreunion.com/actualites-reunion/reportage/2018/01/17/logements-sociaux-logements-sociaux,75388.html"
)
_VOITURE = "https://obxspb.tempavatar.xyz/logement-en-crise-de-plus-en-plus-de-reunionnais-dorment-dans-leur-voiture-podcast/?replytocom=463259"
_PAPIER = (
    "https://indianoceanie.info/2025/05/20/la-reunion-des-logements-sur-papier-des-gens-dans-la-rue-cherchez-lerreur"
)
_LEPORT = "https://www.temoignages.re/social/logement/66-000-personnes-dans-l-urgence,21570"
_ABBE = "https://imazpress.com/actus-reunion/la-fondation-abbe-pierre-alerte-sur-le-mal-logement-a-la-reunion"
_RASLEBOL = "https://la1ere.francetvinfo.fr/reunion/devant-la-prefecture-ces-reunionnais-crient-leur-ras-le-bol-face-a-la-crise-du-logement-1531804.html"
_CAMILLE = "https://linfo.re/la-reunion/societe/mal-logement-a-st-denis-camille-vit-avec-son-copain-dans-un-t1-de-22m2-a-450-euros-par-mois"
_CAFATLETTRE = "https://ladepeche.nc/2025/06/29/lettre-ouverte-a-qui-de-droit-et-de-travers/"
_LIFOU = "https://ladepeche.nc/2025/07/28/lifou-prive-de-cafat-apres-de-nouvelles-attaques-sur-ses-locaux"
_CRCE = "https://senateurscrce.fr/spip.php?page=article_amp&id_article=9167"
_CARSATPDL = "https://www.francebleu.fr/infos/economie-social/pays-de-la-loire-les-accueils-de-la-carsat-sont-fermes-jusqu-au-16-decembre-8878710"
_GEISMAR = "https://www.nosdeputes.fr/16/intervention/200971"
_GRENOBLE = "https://juricaf.org/arret/FRANCE-COURDAPPELDEGRENOBLE-20240516-2203547"

RECORDS = [
    R(
        _KAWENI,
        "Le centre de santé où je travaille est au Rond-Point SFR (à Mayotte les ronds-points sont désignés par le bâtiment le plus remarquable qui s’y trouve) à l’entrée du quartier de Kaweni, où se trouve un des plus importants bidonvilles de la capitale, Mamoudzou.",
        keep=["Mayotte", "Kaweni", "Mamoudzou"],
    ),
    R(
        _CHIDO,
        "On fait le point avec la présidente de France Assos Santé Mayotte, Antufaty Hafidhou, qui était de passage dans l’Hexagone, la semaine dernière, pour assister, le 26 juin, à l’Assemblée générale annuelle de France Assos Santé.",
        pii=[("PERSONNE", "Antufaty Hafidhou")],
    ),
    R(
        _CHIDO,
        "A. H – Les débris, ruines d’immeubles ou de maisons anéantis, n’ont pas encore été tous ramassés. Et bien entendu, toutes les habitations ne sont pas réparées, j’ai une sœur, par exemple, qui tremble à chaque fois qu’il pleut, car elle n’a qu’une bâche pour s’en protéger.",
        pii=[("PERSONNE", "A. H")],
    ),
    R(
        _DESERT,
        "Daniel Gros est retraité de l’Éducation nationale, ancien CPE du lycée de Mamoudzou où il vit toujours dans le quartier de Boboka.",
        pii=[("PERSONNE", "Daniel Gros")],
        keep=["Mamoudzou", "Boboka"],
    ),
    R(
        _DESERT,
        "20 ans plus tard, c’est le visa Balladur de 1995, qui soumet à visa toute entrée à Mayotte et à titre de circulation toutes les personnes qui y vivent mais qui sont nées dans une autre île de l’archipel.",
        pii=[("PERSONNE", "Balladur")],
        keep=["Mayotte"],
    ),
    R(
        _BOUKAN,
        "L’accès au système de santé est gratuit dès lors que les personnes sont affiliées à la Caisse de Sécurité sociale de Mayotte (CSSM), soit seulement 66 % des habitants.",
        keep=["Caisse de Sécurité sociale de Mayotte", "CSSM"],
    ),
    R(
        _BOUKAN,
        "Sous l’injonction du régime dérogatoire applicable à Mayotte mis en place pour « limiter l’attractivité sociale et administrative », des mots de Gérald Darmanin, alors ministre de l’Intérieur, ni la Couverture Maladie universelle ni l’Aide Médicale d’État ne sont applicables.",
        pii=[("PERSONNE", "Gérald Darmanin")],
        keep=["Mayotte", "Aide Médicale d’État"],
    ),
    R(
        _MAHORAIS,
        "Quant aux pensions de retraite pour une carrière complète, elles plafonnent souvent à 300 euros par mois. Le SMIC, quant à lui, est décoté de 20 % par rapport au SMIC national.",
    ),
    R(
        _PAP,
        "Le maire de Saint-François a écrit à la direction de la Sécurité sociale. Il s’indigne de la fermeture de la Sécurité sociale dans sa commune et de l’obligation faite à sa population d’aller à Pointe-à- Pitre.",
        keep=["Saint-François", "Sécurité sociale"],
    ),
    R(
        _PAP,
        "Ce 23 novembre, le personnel de la Sécurité sociale a fait devant les locaux de Pointe-à-Pitre une démonstration de colère pour dénoncer « un démantèlement de la Sécurité sociale en Guadeloupe ».",
        keep=["Sécurité sociale", "Pointe-à-Pitre", "Guadeloupe"],
    ),
    R(
        _MARIEGALANTE,
        "« Saint-François a été fermé de cette façon. Il n’y avait pas non plus de document écrit », avance avec force Franck Laublas, le secrétaire général de la branche Sécurité Sociale de l’UGTG.",
        pii=[("PERSONNE", "Franck Laublas")],
        keep=["Saint-François"],
    ),
    R(
        _MARIEGALANTE,
        "On conseille d’appeler le 3646 mais pour avoir quelqu’un au bout du fil, ce serait la croix et la bannière. Et la situation est la même dans tous les centres d’accueil de Guadeloupe.",
        keep=["3646", "Guadeloupe"],
    ),
    R(
        _MARIEGALANTE,
        "« J’ai des questions sur…ma retraite complémentaire », dit-elle d’une voix fragile et peu assurée. « On me demande tellement de choses, je crois que je vais laisser tomber ». Quand l’agente lui indique qu’il faut contacter une autre caisse, l’Agirc- Arco et que c’est à Dothémare, la petite dame repart découragée avec sous le bras son dossier.",
        keep=["Dothémare"],
    ),
    R(
        _CAYENNE,
        "MICRO-TROTTOIR – On vous a posé la question ce matin dans les rues de Cayenne pendant la mobilisation. Voici vos réponses.\nGérard Prévot, du CFE-CGC, salarié à EDF.",
        pii=[("PERSONNE", "Gérard Prévot")],
        keep=["Cayenne"],
    ),
    R(
        _CAYENNE,
        "Rappelez-vous, à l’époque, Macron voulait qu’on passe sur le système des fonds de pension américains, c’est ça qu’ils veulent nous vendre. Dans 10 ans, je vous garantis qu’une autre réforme va nous orienter vers ce système-là. »\nFlorent Hennion, enseignant et cosecrétaire départemental de la FSU Guyane.",
        pii=[("PERSONNE", "Macron"), ("PERSONNE", "Florent Hennion")],
    ),
    R(
        _CGSS972,
        "Le service retraite de la CGSS Martinique adresse à la population martiniquaise, une lettre ouverte afin d’informer sur ce qui se passe réellement au sein du service.",
        keep=["CGSS Martinique"],
    ),
    R(
        _CGSS972,
        "Les départs à la retraite ne sont pas toujours remplacés. Ces 5 dernières années avec le papy-boom, il y a eu une augmentation de plus de 20% des demandes et avec le manque d’effectif, c’est encore plus difficile.",
    ),
    R(
        _ABYMES,
        '25 février "An Kanla" aux Abymes, les sénateurs Victoire Jasmin (PS), Victorin Lurel (PS), les députés Christian Baptiste (apparenté PS) et Elie Califer (apparenté PS) alertent sur les méfaits de la loi de réforme des retraites en Guadeloupe.',
        pii=[
            ("PERSONNE", "Victoire Jasmin"),
            ("PERSONNE", "Victorin Lurel"),
            ("PERSONNE", "Christian Baptiste"),
            ("PERSONNE", "Elie Califer"),
        ],
        keep=["Abymes", "Guadeloupe"],
    ),
    R(
        _ABYMES,
        "Betty Besry directrice du service retraite de la Caisse générale de sécurité sociale (CGSS) a, le 25 février dernier, présenté au restaurant An kan la aux Abymes, une étude réalisée par les CGSS des départements et régions d’Outre-mer (Drom).",
        pii=[("PERSONNE", "Betty Besry")],
        keep=["Caisse générale de sécurité sociale", "CGSS", "Abymes"],
    ),
    R(
        _SHLMR,
        "Laure*, maman de 27 ans de deux marmots, respectivement âgés de deux ans et quatre mois, en a fait les frais.",
        pii=[("PERSONNE", "Laure")],
    ),
    R(
        _SHLMR,
        "Images et vidéos à l'appui lorsqu'elle nous contacte, la jeune mère célibataire est à bout. \"Je ne sais plus où demander de l'aide, ma demande c'est le n° 974 07 18 034521\", nous écrit-t-elle avant de s'excuser \"pour le pavé\".",
        pii=[("REFERENCE_DOSSIER", "974 07 18 034521")],
        inserted=["974 07 18 034521"],
    ),
    R(
        _SHLMR,
        "\"J'ai l'impression qu'on ne me prend pas au sérieux. Même après leur avoir montré les photos, j'ai l'impression que je les emmerde\", se désole-t-elle, impuissante face à l'insalubrité de son appartement.",
    ),
    R(
        _SIDR,
        'Comme c\'est le cas de Romande, une mère de famille qui vit à Sainte-Marie dans un logement social "livré neuf il y a trois ans" avec ses trois enfants dont son fils Alderson, 17 ans et lourdement handicapé.',
        pii=[("PERSONNE", "Romande"), ("PERSONNE", "Alderson")],
        keep=["Sainte-Marie"],
    ),
    R(
        _SIDR,
        '"Alderson est souvent à l\'hôpital pour enfants de Saint-Denis, il enchaîne les aller-retours" raconte Romande. "Les odeurs sont très mauvaises pour lui" explique-t-elle.',
        pii=[("PERSONNE", "Alderson"), ("PERSONNE", "Romande")],
        keep=["Saint-Denis"],
    ),
    R(
        _SIDR,
        "D'apparence, l'appartement et l'immeuble sont \"plutôt jolis à voir\" raconte Marie.",
        pii=[("PERSONNE", "Marie")],
    ),
    R(
        _VOITURE,
        "Malheureusement, les elus, les maires gardent les logements pour gagner des electeurs, c est du vecu.\nDormir a trou d eau est « encore » autoriser, mais devant la prefecture elle risque d avoir une amende!",
        keep=["trou d eau", "prefecture"],
    ),
    R(
        _VOITURE,
        "Il y a beaucoup de logements sociaux en construction, et malgre mon smic, on m’ a dit « madame vous n aurez pas de logement labas, car on ne fait pas de mixité…. » (la mairie)….. si vous votez pour telle personne, on vous liberera un logement.\nnadia 0692 45 18 73",
        pii=[("PERSONNE", "nadia"), ("TELEPHONE", "0692 45 18 73")],
        inserted=["nadia", "0692 45 18 73"],
    ),
    R(
        _PAPIER,
        "« J’ai 28 ans, je bosse en CDD. Impossible de louer dans le privé. Je dors dans ma voiture, devant chez ma mère. C’est ça, mon quotidien », raconte Thomas, un Saint-Paulois qui a perdu tout espoir d’avoir un jour « les clés de chez lui ».",
        pii=[("PERSONNE", "Thomas")],
    ),
    R(
        _PAPIER,
        "Et pendant que des familles s’entassent, que des jeunes errent, des élus réclament le pouvoir d’attribuer eux-mêmes les logements dans leur commune. Certains crient au clientélisme déguisé. Pendant ce temps, rien n’avance.\nCe que demande la CNL\nErick Fontaine est clair : « Il faut arrêter de mentir aux gens ».",
        pii=[("PERSONNE", "Erick Fontaine")],
    ),
    R(
        _LEPORT,
        "Vendredi dernier, lors de la présentation, à l’Université, du rapport 2007 de la Fondation Abbé Pierre sur le mal-logement en France, Michel Oberlé, Délégué régional de l’ARMOS (Association Régionale des Maîtres d’Ouvrages Sociaux), rappelait que la production de logements sociaux dépend aussi de la volonté des communes de favoriser ou non cette dynamique.",
        pii=[("PERSONNE", "Michel Oberlé")],
    ),
    R(
        _ABBE,
        "\"On le rappelle, la principale dépense dans le budget des ménages c'est le logement. On rencontre des familles qui consacrent 50 à 80 % de leur budget au paiement des loyers\", dit-il. \"En l'espace de cinq ans, le prix des loyers a pris 21% d'augmentation et 6% l'année dernière. Une situation dramatique.\"",
    ),
    R(
        _ABBE,
        'Cependant, pour Matthieu Hoarau, "ce chiffre est à prendre avec des pincettes car nombreux sont ceux qui, par peur ou par pression du propriétaire ont quitté leur logement et se retrouvent sans ',
        pii=[("PERSONNE", "Matthieu Hoarau")],
    ),
    R(
        _RASLEBOL,
        'Johanne Chung / Laurent Figon / Ophélie Maraval •\n\n"Zanimo i vive mieu ke nou", "Stop aux bailleurs voleurs", ou encore "Aret fé logemen en karton"... les pancartes brandies devant la préfecture à Saint-Denis ce samedi matin en disent long sur l\'agacement de ceux qui étaient ici réunis.',
        pii=[("PERSONNE", "Johanne Chung"), ("PERSONNE", "Laurent Figon"), ("PERSONNE", "Ophélie Maraval")],
        keep=["préfecture", "Saint-Denis"],
    ),
    R(
        _CAMILLE,
        "Camille, jeune étudiante, vit dans un appartement de 22m2 à Saint-Denis pour un prix de 450 euros par mois. Une situation que subit la jeune étudiante :",
        pii=[("PERSONNE", "Camille")],
        keep=["Saint-Denis"],
    ),
    R(
        _CAMILLE,
        '"Parfois je dis à mon copain que j’ai envie de partir et que je suis fatiguée de vivre ici. Mais il me remet les pieds sur terre car on n’a pas les moyens. On se dit qu’on va attendre qu’un de nous deux ait un salaire pour pouvoir déménager un jour", déclare-t-elle.',
    ),
    R(
        _CAFATLETTRE,
        "En l’occurrence : à la CAFAT, aux banques, et à ceux qui conçoivent les règles sans jamais avoir à les subir\n\nMadame, Monsieur, chers décideurs,",
        keep=["CAFAT"],
    ),
    R(
        _CAFATLETTRE,
        "Après plusieurs années de démarches harassantes, elle a enfin obtenu une indemnité de la CAFAT pour son handicap (dossier n° 0458712/H). Un soulagement… de courte durée.",
        pii=[("REFERENCE_DOSSIER", "0458712/H")],
        keep=["CAFAT"],
        inserted=["0458712/H"],
    ),
    R(
        _LIFOU,
        "La CAFAT a annoncé la fermeture de son bureau de Lifou ce lundi 28 juillet, après de nouvelles dégradations sur ses installations à Wé.",
        keep=["CAFAT", "Lifou", "Wé"],
    ),
    R(
        _LIFOU,
        "La CAFAT assure que ses équipes restent mobilisées à distance, via le mail [email protected] ou le numéro 25 58 10, mais alerte sur les conséquences concrètes de ces violences pour la population.",
        keep=["CAFAT", "25 58 10"],
    ),
    R(
        _CRCE,
        "Madame Marisol Touraine\nMinistre des Affaires Sociales, de la Santé et\ndes Droits des femmes\n14, avenue Duquesne\n75350 Paris 07\n\nMadame la Ministre,",
        pii=[("PERSONNE", "Marisol Touraine")],
        keep=["14, avenue Duquesne\n75350 Paris 07"],
    ),
    R(
        _CRCE,
        "Je tiens à attirer votre attention sur les dysfonctionnements de la CARSAT Nord-Picardie.\n\nEn effet, dans le Nord Pas de Calais et en Picardie, 6 000 personnes sont actuellement privées du versement de leur retraites depuis en moyenne trois mois.",
        keep=["CARSAT Nord-Picardie"],
    ),
    R(
        _CARSATPDL,
        '"On déroule un plan d\'action pour préparer à traiter à temps, les dossiers de départs en retraite, qui sont très nombreux pour le mois de janvier. Le volume de dossier représente l\'équivalent de deux mois" explique Dominique Bourgouin, la directrice adjointe "retraite" à la Carsat des Pays de la Loire.',
        pii=[("PERSONNE", "Dominique Bourgouin")],
        keep=["Carsat des Pays de la Loire"],
    ),
    R(
        _GEISMAR,
        "Intervention de Luc Geismar\n\nSéance en hémicycle du mardi 7 mars 2023 à 9h00\nQuestions orales sans débat — Situation dramatique des carsat",
        pii=[("PERSONNE", "Luc Geismar")],
    ),
    R(
        _GEISMAR,
        "La veille de la date prévue pour son départ, c'est-à-dire le 30 septembre 2022, il a reçu un simple appel téléphonique l'informant que son dossier venait d'arriver sur le bureau de l'agent et qu'une erreur s'était produite : son départ était repoussé d'un an, soit le 1er octobre 2023.",
    ),
    R(
        _GRENOBLE,
        "APPELANTE :\n\nMme [O] [L]\n\nnée le 07 mai 1989 à [Localité 5]\n\n[Adresse 2]\n\n[Localité 3]\n\nreprésentée par Me Julien TAMBE de la SCP FICHTER TAMBE, avocat au barreau de GRENOBLE",
        pii=[("DATE_NAISSANCE", "07 mai 1989"), ("PERSONNE", "Julien TAMBE"), ("PERSONNE", "FICHTER")],
        keep=["GRENOBLE"],
    ),
    R(
        _GRENOBLE,
        "INTIMEE :\n\nLa CAF DE LA DROME Prise en la personne de son représentant légal en exercice.\n\n[Adresse 1]\n\n[Localité 4]\n\nreprésentée par Me Virginie FOURNIER de la SELARL FOURNIER AVOCATS, avocat au barreau de GRENOBLE substituée par Me Julie PERRON, avocat au barreau de GRENOBLE",
        pii=[("PERSONNE", "Virginie FOURNIER"), ("PERSONNE", "Julie PERRON")],
        keep=["CAF DE LA DROME", "GRENOBLE"],
    ),
    R(
        _GRENOBLE,
        "LORS DU DÉLIBÉRÉ :\n\nM. Jean-Pierre DELAVENAY, Président,\n\nMme Elsa WEIL, Conseiller,\n\nMme Hélène BLONDEAU-PATISSIER, Conseiller,",
        pii=[
            ("PERSONNE", "Jean-Pierre DELAVENAY"),
            ("PERSONNE", "Elsa WEIL"),
            ("PERSONNE", "Hélène BLONDEAU-PATISSIER"),
        ],
    ),
]
