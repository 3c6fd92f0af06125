"""Real passages, batch 30: round 8's held-out split, written blind by a new hand (residents' letters to a mayor
about noise, a councillor and a town hall's reception desk, village wishes and council minutes, a cheque énergie
holder), pages in no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_PUTEAUX = "https://www.monputeaux.com/2013/07/nuissances-sonores-rue-collin-puteaux.html"
_AUXERRE = (
    "http://www.auxerretv.com/content/index.php?post/2015/10/04/Le-ras-le-bol-de-riverains-de-la-rue-Anatole-"
    "France-%C3%A0-Auxerre"
)
_ECURIES = "http://courdespetitesecuries.blogspirit.com/archive/2003/10/23/une-lettre-d-un-habitant.html"
_LUCET = "https://acteurs.publi-contact.net/p11859-elise-lucet/lettre-4189"
_SIFFLEMENT = "https://www.mairesdefrance.com/m/article/print.php?id=2050"
_PEIPIN = "https://peipin.fr/discours-de-la-ceremonie-des-voeux-du-maire-de-peipin-du-10-janvier-2023"
_COTIGNAC = "http://doczz.fr/doc/851167/50-kb-12-01-2015-discours-de-la-c%C3%A9r%C3%A9monie-des-v%C5%93ux-de-la"
_SAUVETAT = "https://la-sauvetat-du-dropt.fr/tag/voeux-du-maire"
_COMITE = "https://noverify53.rssing.com/chan-23685888/article2613.html"
_BACHANT = "http://www.mairie-bachant.fr/la-mairie"
_ESTANDEUIL = "https://fdocuments.fr/document/bulletin-municipal-de-la-commune-daestandeuil-ensemble-compter-du-2.html"
_BESSAIS = "https://intramuros.org/bessais-le-fromental/page/seance18-09-2023"
_ARTHEZ = "https://arthezmonvillage.fr/2023/12/injures-et-menaces-envers-les-agents-de-laccueil-de-mairie"
_SAINT_DENIS = (
    "https://m.zinfos974.com/Etat-civil-de-St-Denis-Le-personnel-debraye-face-aux-agressions-des-usagers_a137592.html"
)
_MAYOTTE = "https://mayottehebdo.com/actualite/en_bref/18-09-2009-etat-civil"
_CHEQUE = "https://heteronomie.fr/?p=29387"
_CONVOCATION = "http://louisecourtin.blogspot.com/2011/12/2-la-convocation.html"

RECORDS = [
    R(
        _PUTEAUX,
        "Voici une lettre ouverte adressée au maire de Puteaux par une habitante de la rue Collin concernant les "
        "nuisances sonores en face du McDonald’s, publiée dans la rubrique A vous la parole :",
        keep=["Puteaux"],
    ),
    R(
        _PUTEAUX,
        "Madame le maire,\nNous sommes des habitants du centre-ville de Puteaux, à proximité du croisement de la Rue "
        "Collin et de la Jean Jaures en face du Mc Donald’s.\nNous vous interpellons sur la dégradation de notre "
        "cadre de vie, due aux nuisances sonores nocturnes, ayant lieu de 22h30 à 1h30 du matin tous les jours, par "
        "le même groupe d’individus non respectueux du voisinage.",
        keep=["Puteaux", "Jean Jaures"],
    ),
    R(
        _PUTEAUX,
        "Sans votre intervention, la qualité de vie de ce quartier est amenée à se dégrader et à devenir invivable "
        "pour tout le voisinage.\nIl serait regrettable qu’un petit groupe de personnes en viennent à dégrader la "
        "qualité de vie de tout un quartier.\n\nNous vous remercions de votre écoute et de votre soutien.\n\nUne "
        "habitante de la rue Collin\nTél : 06 71 42 18 93",
        pii=[("TELEPHONE", "06 71 42 18 93")],
        inserted=["06 71 42 18 93"],
    ),
    R(
        _AUXERRE,
        '"Monsieur le Maire, Monsieur le Préfet,\n\n"De nouveau, les nuits sont très agitées, rue Anatole France, '
        "en raison de l'activité du bar à chicha Royal Room. Passages répétés de voitures (dont la même Clio "
        "EK-482-PW), discussions dans la rue, cris, hurlements, bruit des basses qui résonnent dans nos murs, etc.",
        pii=[("IMMATRICULATION", "EK-482-PW")],
        keep=["rue Anatole France"],
        inserted=["EK-482-PW"],
    ),
    R(
        _AUXERRE,
        '"La nuit dernière samedi à dimanche, nous avons appelé la police trois fois : à 23 heures, à minuit, à une '
        'heure du matin. Le policier de garde nous a dit qu\'une voiture de police avait fait deux "passages" dans '
        'la rue. À l\'évidence, les "passages" ne suffisent pas.',
    ),
    R(
        _AUXERRE,
        "Cela fait quatre mois que cela dure. Cela fait quatre mois que nous avons alerté la Mairie et M. la "
        'Préfecture. Nous en avons RAS LE BOL ! Nous voulons dormir !\n\n"Quand les services municipaux, les '
        "services de l'État, vont-ils enfin intervenir ?\"",
        keep=["Mairie", "Préfecture"],
    ),
    R(
        _AUXERRE,
        "Jean-Bernard Dupré, 4 rue Anatole France\nChristelle Lafond, 4 rue Anatole France\nDenis Martin, 6 rue "
        "Anatole France",
        pii=[
            ("PERSONNE", "Jean-Bernard Dupré"),
            ("ADRESSE", "4 rue Anatole France"),
            ("PERSONNE", "Christelle Lafond"),
            ("PERSONNE", "Denis Martin"),
            ("ADRESSE", "6 rue Anatole France"),
        ],
    ),
    R(
        _AUXERRE,
        "Brigitte Ségui, 6 rue Anatole France\nFabrice Guillon, 8 rue Anatole France\nContact : "
        "riverains.anatole.france@laposte.net",
        pii=[
            ("PERSONNE", "Brigitte Ségui"),
            ("ADRESSE", "6 rue Anatole France"),
            ("PERSONNE", "Fabrice Guillon"),
            ("ADRESSE", "8 rue Anatole France"),
            ("EMAIL", "riverains.anatole.france@laposte.net"),
        ],
        inserted=["riverains.anatole.france@laposte.net"],
    ),
    R(
        _ECURIES,
        "M. Tony Dreyfuss\nMaire du Xe\n72 rue du Fb Saint-Martin\n75010 Paris\nParis le 23 septembre 2003\n"
        "Monsieur le Député et Maire du Xe,",
        pii=[("PERSONNE", "Tony Dreyfuss")],
        keep=["72 rue du Fb Saint-Martin", "75010 Paris"],
    ),
    R(
        _ECURIES,
        "Je viens d’apprendre grâce à l’obligeance de mon voisin, M. …, que doit se tenir jeudi 25 une réunion "
        "concernant les aménagements de la cour des Petites Écuries, réunion dont je n’ai pas du tout été informé. "
        "Je comptais d’ailleurs faire, ces jours-ci, un courrier sur le sujet.",
        keep=["cour des Petites Écuries"],
    ),
    R(
        _ECURIES,
        "J’ai appelé à plusieurs reprises le commissariat, sans, à ce que je vois encore ce soir, grand effet. Vous "
        "me direz peut-être que les problèmes de sécurité, de trafic, etc., ne dépendent pas de la mairie du Xe !\n"
        "P. Morin, 9 cour des Petites-Écuries",
        pii=[("PERSONNE", "P. Morin"), ("ADRESSE", "9 cour des Petites-Écuries")],
        keep=["commissariat", "mairie du Xe"],
        inserted=["P. Morin", "9 cour des Petites-Écuries"],
    ),
    R(
        _LUCET,
        "Lettre pour Élise Lucet\n\nLettre ouverte de Valérie DEWULF à Élise Lucet\n“Inaction des élus ”",
        pii=[("PERSONNE", "Élise Lucet"), ("PERSONNE", "Valérie DEWULF")],
    ),
    R(
        _LUCET,
        "Le bruit généré chaque dimanche par un club de foot local particulièrement bruyant et grossier dans les "
        "annonces micro, par une sono qui dépasse largement le niveau de décibels autorisé et surtout surtout, par "
        "l’inaction d’un maire pourtant prévenu à maintes reprises.",
    ),
    R(
        _LUCET,
        "J’ai élaboré deux pétitions (bruit au stade et vitesse dans la rue) qui ont été signées par mes voisins qui "
        "avaient déjà, pour beaucoup et avant moi, porté réclamations en mairie sans résultats ! Les pétitions sont "
        "parties en préfecture copies en mairie.\nLa préfecture n’a pas répondu depuis septembre….\nValérie DEWULF – "
        "06 12 87 40 53",
        pii=[("PERSONNE", "Valérie DEWULF"), ("TELEPHONE", "06 12 87 40 53")],
        keep=["mairie", "préfecture"],
        inserted=["Valérie DEWULF", "06 12 87 40 53"],
    ),
    R(
        _SIFFLEMENT,
        "Nous sommes début février 2022 quand, sur Facebook, je lis un message indiquant qu’un sifflement perturbe la "
        "vie de concitoyens dans un de nos quartiers. J’en parle au maire et, le lendemain, nous allons sur place "
        "avec un policier municipal.",
    ),
    R(
        _SIFFLEMENT,
        "Quelques habitants sortent de leur maison pour nous dire que, depuis trois mois, ils entendent un sifflement "
        "strident et intermittent qui leur pollue la vie. Il peut durer une à trente minutes, survenir dix à vingt "
        "fois par jour – y compris la nuit – mais personne n’arrive à identifier sa source.",
    ),
    R(
        _PEIPIN,
        "Je tiens à remercier Daniel Spagnou, maire de Sisteron, qui est un peu notre mentor et qui nous fait "
        "l’honneur de sa présence.",
        pii=[("PERSONNE", "Daniel Spagnou")],
        keep=["Sisteron"],
    ),
    R(
        _PEIPIN,
        "Ayons d’ailleurs une pensée pour tous ceux qui nous ont quittés au cours de ces derniers mois, notamment pour "
        "notre ami Didier, notre Didou qui nous manque terriblement, et plus généralement pour tous ceux qui sont "
        "dans la peine, dans la souffrance et la difficulté.",
        pii=[("PERSONNE", "Didier"), ("PERSONNE", "Didou")],
    ),
    R(
        _PEIPIN,
        "Et puis, comme l’a si bien dit Jacques Brel, nous vous souhaitons\n— des rêves à n’en plus finir et l’envie "
        "furieuse d’en réaliser quelques-uns ; — d’aimer ce qu’il faut aimer, et d’oublier ce qu’il faut oublier ;",
        pii=[("PERSONNE", "Jacques Brel")],
    ),
    R(
        _COTIGNAC,
        "Je remercie Monsieur Jean-Louis ALENA, Conseiller Général,\nLes maires des communes voisines,\nTous les élus "
        "du Conseil Municipal,\nLe Major PETITCOLIN, Commandant de la communauté de brigades de Carcès-Barjols,\n"
        "Monsieur EVEN, Percepteur de Cotignac-Carcès,",
        pii=[("PERSONNE", "Jean-Louis ALENA"), ("PERSONNE", "PETITCOLIN"), ("PERSONNE", "EVEN")],
        keep=["Conseil Municipal", "Carcès-Barjols", "Cotignac-Carcès"],
    ),
    R(
        _COTIGNAC,
        "Merci d’être venus très nombreux au rassemblement à la mémoire des 12 victimes de l’attentat au\nsiège de "
        "Charlie Hebdo.\nCe geste républicain qui s’étend dans toutes les communes de France est important pour la "
        "défense\ndes valeurs de la République.",
    ),
    R(
        _SAUVETAT,
        "Samedi 20 janvier en fin de journée, une importante représentation de la population sauvetatoise répondait "
        "à l’invitation du Maire Jean-Luc Gardeau et de son conseil municipal pour la traditionnelle cérémonie des "
        "vœux.",
        pii=[("PERSONNE", "Jean-Luc Gardeau")],
    ),
    R(
        _SAUVETAT,
        "Jean-Luc Gardeau souhaite que 2024 soit l’occasion de renforcer le lien social et l’échange, via les "
        "manifestations organisées par les associations, via les lieux de rencontre que sont les deux commerces du "
        "village, le multiservices Coccimarket et le bar-tabac des Fées Gourmandises.",
        pii=[("PERSONNE", "Jean-Luc Gardeau")],
    ),
    R(
        _COMITE,
        "La présidente du comité des fêtes depuis 2 années, Marie-Paule Devillers, a annoncé sa démission : « Un "
        "comité des fêtes est une association de bénévoles. Il y a deux ans, nous étions 15.",
        pii=[("PERSONNE", "Marie-Paule Devillers")],
    ),
    R(
        _COMITE,
        "Suite à la démission de la présidente, les 4 autres personnes composant le bureau ont fait part eux aussi de "
        "leur démission, évoquant « une charge de travail trop importante ». Il s’agit d’Adeline Drujeon, "
        "Jean-Pierre Davroult, Laurent Pégard et de Michel Mondon.",
        pii=[
            ("PERSONNE", "Adeline Drujeon"),
            ("PERSONNE", "Jean-Pierre Davroult"),
            ("PERSONNE", "Laurent Pégard"),
            ("PERSONNE", "Michel Mondon"),
        ],
    ),
    R(
        _COMITE,
        "Les personnes souhaitant rejoindre le bureau du comité des fêtes devront remplir un coupon-réponse qu’ils "
        "remettront à la mairie, avant le 25 février. Le lendemain, ce sujet sera abordé en réunion de conseil "
        "municipal.",
        keep=["mairie"],
    ),
    R(
        _BACHANT,
        "Un grand merci à l’Office des Fêtes et de la Culture et à tous ceux qui ont permis\nd’organiser ces "
        "manifestations et célébrations essentielles pour la vie et la cohésion de notre commune.",
    ),
    R(
        _BACHANT,
        "Au programme : Fête foraine, concours de pétanque, brocante, course cycliste et\nbarbecue avec animation "
        "musicale avec le groupe Bouc et Miss’Hair.\nVous pourrez venir nous retrouver sous chapiteau place de "
        "l’église de 19h00 à 23h00.",
    ),
    R(
        _ESTANDEUIL,
        "Hommage à Charlie Hebdo Je suis Cabu, je suis Franck, je suis Ahmed, je suis Elsa, je suis Michel, je suis "
        "Wolinski, je suis Tignous, je suis Frédéric, je suis Charb, je suis Bernard, je suis Mustapha, je suis "
        "Honoré...",
        pii=[
            ("PERSONNE", "Cabu"),
            ("PERSONNE", "Franck"),
            ("PERSONNE", "Ahmed"),
            ("PERSONNE", "Elsa"),
            ("PERSONNE", "Michel"),
            ("PERSONNE", "Wolinski"),
            ("PERSONNE", "Tignous"),
            ("PERSONNE", "Frédéric"),
            ("PERSONNE", "Charb"),
            ("PERSONNE", "Bernard"),
            ("PERSONNE", "Mustapha"),
            ("PERSONNE", "Honoré"),
        ],
    ),
    R(
        _ESTANDEUIL,
        "Non, non et non, Charlie n'est pas mort. Bonne année à toutes et à tous. Laurence CABARET-LOMBARDY Le mot du "
        "maire",
        pii=[("PERSONNE", "Laurence CABARET-LOMBARDY")],
    ),
    R(
        _BESSAIS,
        "L’an deux mil vingt-trois, le dix-huit septembre à dix-neuf heures le conseil municipal dument convoqué "
        "s’est réuni au lieu habituel de ses séances, sous la présidence de monsieur AUDONNET Serge maire.",
        pii=[("PERSONNE", "AUDONNET Serge")],
    ),
    R(
        _BESSAIS,
        "Présents : M. S. AUDONNET, Mme CAPRON, M. MASTRAGOSTINO, Mme JAMET, M. BOTTINEAU, M. CYPRES Mme LENOIR, M. "
        "DEQUIEDT\nAbsents : M. GELLÉ, M. D. AUDONNET, Mme BAILLARD",
        pii=[
            ("PERSONNE", "S. AUDONNET"),
            ("PERSONNE", "CAPRON"),
            ("PERSONNE", "MASTRAGOSTINO"),
            ("PERSONNE", "JAMET"),
            ("PERSONNE", "BOTTINEAU"),
            ("PERSONNE", "CYPRES"),
            ("PERSONNE", "LENOIR"),
            ("PERSONNE", "DEQUIEDT"),
            ("PERSONNE", "GELLÉ"),
            ("PERSONNE", "D. AUDONNET"),
            ("PERSONNE", "BAILLARD"),
        ],
    ),
    R(
        _BESSAIS,
        "Pouvoirs : M. GELLÉ a donné pouvoir à Mme CAPRON\nM. D. AUDONNET a donné pouvoir à M. BOTTINEAU\nMme "
        "BAILLARD a donné pouvoir à M. S. AUDONNET\nSecrétaire : Mme CAPRON a été élue secrétaire de séance",
        pii=[
            ("PERSONNE", "GELLÉ"),
            ("PERSONNE", "CAPRON"),
            ("PERSONNE", "D. AUDONNET"),
            ("PERSONNE", "BOTTINEAU"),
            ("PERSONNE", "BAILLARD"),
            ("PERSONNE", "S. AUDONNET"),
        ],
    ),
    R(
        _ARTHEZ,
        "La situation est ainsi dénoncée avec force par le secrétaire général, René Nabarra, sur le site officiel de "
        "la commune d’Arthez de Béarn : « Depuis plusieurs semaines, on assiste au sein du secrétariat de mairie à "
        "une dérive dans les comportements de certains usagers qui profèrent, sans état d’âme, injures et menaces en "
        "direction des agents",
        pii=[("PERSONNE", "René Nabarra")],
        keep=["Arthez de Béarn", "secrétariat de mairie"],
    ),
    R(
        _ARTHEZ,
        "Le secrétaire général tient à rappeler des éléments importants : le secrétariat de mairie, l’espace France "
        "Services et l’Agence postale communale assurent un service public de proximité indispensable à la "
        "population.",
        keep=["secrétariat de mairie", "France Services", "Agence postale communale"],
    ),
    R(
        _SAINT_DENIS,
        "Une quinzaine d’employées du service de l’Etat civil de la mairie de Saint-Denis ont protesté ce matin "
        "contre les incivilités qui se produisent de temps en temps dans leur service, alimentant un sentiment d’« "
        "insécurité », selon les termes d’une employée",
        keep=["mairie de Saint-Denis"],
    ),
    R(
        _SAINT_DENIS,
        "Pas plus tard qu’hier, un usager s’est montré particulièrement agressif : avec une carrure imposante, une "
        "voix qui porte, l’usager du service public a frappé du poing sur la table tout en menaçant les agents. "
        "L’intervention de la police municipale a été suivie par son interpellation par la police nationale, "
        "direction le commissariat Malartic pour y être entendu en garde à vue.",
        keep=["police municipale", "commissariat Malartic"],
    ),
    R(
        _MAYOTTE,
        "\"Les mairies ont été construites sans penser à l'accueil des administrés\", estime un officier d'état civil "
        "de Dembéni. \"A Mamoudzou il y a des guichets, des sièges pour l'attente, les gens ont été filtrés à "
        "l'entrée, dirigés vers le bon service, par les secrétaires…",
        keep=["Dembéni", "Mamoudzou"],
    ),
    R(
        _MAYOTTE,
        '"Les gens rentrent et sortent de la mairie comme dans un moulin", confirme un agent de Chiconi, "si un '
        "jour quelqu'un s'énerve, nous ne serons pas en sécurité.\"",
        keep=["Chiconi"],
    ),
    R(
        _CHEQUE,
        "Je suis bénéficiaire du Chèque énergie (n° fiscal 30 12 456 789 214). Ce dispositif me permet de payer une "
        "partie de ma facture de gaz ou d’électricité. J’ai deux fournisseurs distincts.",
        pii=[("NUMERO_FISCAL", "30 12 456 789 214")],
        inserted=["30 12 456 789 214"],
    ),
    R(
        _CHEQUE,
        "J’ai d’abord appelé le service du Chèque énergie qui m’a invitée à prévenir mon fournisseur. Du côté de mon "
        "fournisseur, une dame m’a expliqué qu’il fallait distinguer le chèque de son attestation.",
    ),
    R(
        _CHEQUE,
        "— Personne ne m’a jamais appelé pour ça…\nDont acte. J’ai tenté d’insister, elle a raccroché limite au nez !",
    ),
    R(
        _CONVOCATION,
        "Tiens ! ça me fait penser que je n'ai toujours pas reçu ma convocation de Pôle Emploi... 72h, mon oeil ! Je "
        "savais bien que ça prendrait plus de temps.",
        keep=["Pôle Emploi"],
    ),
    R(
        _CONVOCATION,
        "J'appelle le numéro indiqué dans le mail. Trois fois. Quelqu'un finit par décrocher.\nJ'explique que je "
        "n'ai pas reçu de convocation (identifiant 2964185N), que je viens d'avoir leur message.",
        pii=[("IDENTIFIANT_FRANCE_TRAVAIL", "2964185N")],
        inserted=["2964185N"],
    ),
]
