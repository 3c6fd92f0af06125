"""Real passages, batch 21: round 5's held-out split, written blind by a new hand (cantines, CPAM and sick notes,
Polish, Romanian and Ukrainian newcomers, Guyane and La Réunion's CAF, a CAF counsellor's day), pages in no earlier
split. See README.md."""

from tests.data.privacy_real.record import R

_20MGIR = "https://www.20minutes.fr/bordeaux/3123747-20210914-gironde-enfant-ramene-chez-policier-dette-cantine-conditions-honorables-douces-maire"
_ORANGEGIR = (
    "http://actu.orange.fr/france/gironde-les-pratiques-d-une-cantine-scolaire-font-polemique-magic-CNT000000FetcG.html"
)
_FMF = "https://www.fmfpro.org/chronique-dun-arret-maladie-annonce-dans-lh-eure/"
_QDM = "https://pneumologie.lequotidiendumedecin.fr/actus-medicales/arrets-de-travail-repetitifs-les-caisses-mettent-la-pression-sur-les-patients"
_CAFEBABEL = (
    "https://cafebabel.com/fr/article/immigration-en-france-le-parcours-du-polo-combattant-5ae00503f723b35a145dca61"
)
_BOGDANA = "https://www.europe1.fr/international/immersion-dans-la-vie-de-bogdana-une-refugiee-ukrainienne-exilee-en-france-4107454"
_ADELA = "https://cafedesroumains.com/2013/05/01/adela-la-france-malgre-tout1149/"
_PLOMBIER = "https://www.bfmtv.com/international/zoom-sur-le-fameux-plombier-polonais_AN-200806270006.html"
_GUYCAF = "https://la1ere.francetvinfo.fr/guyane/2014/11/20/la-greve-de-la-caf-au-point-mort-208638.html"
_PIROGUE = "http://newsletter-elus-partenaires.pole-emploi.org/communique/209662/La-pirogue-France-Services-de-l-Est-Guyanais-premiere-pour-territoire-national"
_AN = "https://questions.assemblee-nationale.fr/dyn/14/questions/QANR5L14QE38869"
_ASH = "https://ash.tm.fr/hebdo/2782/vos-pratiques/polyvalence-tous-terrains-383802.php"
_TEMOIGNAGES = "https://www.temoignages.re/social/luttes-sociales/cafouillage-les-usagers-patientent,23220"
_MARXISTE = (
    "https://marxiste.org/actualite-francaise/monde-du-travail/2136-la-journee-de-travail-d-une-conseillere-de-la-caf"
)

RECORDS = [
    R(
        _20MGIR,
        "Jeudi, un enfant de sept ans scolarisé dans le village de Saint-Médard-de-Guizières, en Gironde, a été raccompagné chez lui par un policier municipal en raison d’une dette de cantine de 800 euros.",
        keep=["Saint-Médard-de-Guizières", "Gironde"],
    ),
    R(
        _20MGIR,
        "« Les enfants doivent être laissés à l’écart des conflits entre leurs parents et l’administration », a rappelé, Claire Hédon, dans un communiqué.",
        pii=[("PERSONNE", "Claire Hédon")],
    ),
    R(
        _20MGIR,
        "Contactée par 20 Minutes, Mireille Conte Jaubert, la maire de la petite commune reste droite dans ses bottes : « Je ne regrette rien ».",
        pii=[("PERSONNE", "Mireille Conte Jaubert")],
        keep=["20 Minutes"],
    ),
    R(
        _ORANGEGIR,
        "Les pratiques de la mairie de La Teste, en Gironde, sont pointées du doigt par certains parents. Un mère évoque ainsi le cas d'un enfant qui a mangé des raviolis tous les midis pendant 3 semaines.",
        keep=["mairie de La Teste", "Gironde"],
    ),
    R(
        _ORANGEGIR,
        '"Je suis bien consciente qu\'il y avait eu des retards de paiement car nous avions connu certaines difficultés durant quelques mois" facture cantine n° FAC-2016-07-00381, famille Lopes Da Silva',
        pii=[("REFERENCE_DOSSIER", "FAC-2016-07-00381"), ("PERSONNE", "Lopes Da Silva")],
        inserted=["FAC-2016-07-00381", "Lopes Da Silva"],
    ),
    R(
        _FMF,
        "Je saisis donc consciencieusement un imprimé du fameux carton que j’avais bien rangé, et là — surprise du chef : l’avis d’arrêt maladie est au nom d’un “Docteur M.” de Vernon.",
        keep=["Vernon"],
    ),
    R(
        _FMF,
        "Je contacte donc la CPAM 27 , en bonne élève stressée. Leur réponse ? « Vous pouvez toujours rapporter les imprimés de votre confrère à une antenne de l’Assurance Maladie. »",
        keep=["CPAM 27", "Assurance Maladie"],
    ),
    R(
        _FMF,
        "Moi, je suis “Docteur V.” de Marcilly-sur-Eure. Même initiale, mais visiblement pas le même service de livraison.",
        keep=["Marcilly-sur-Eure"],
    ),
    R(
        _QDM,
        "« Mon fils a eu trois gastro-entérites et un état grippal dans la même année, pour un total de 9 jours d’arrêt. » Son n° de sécu : 1 05 06 24 322 117 46",
        pii=[("NIR", "1 05 06 24 322 117 46")],
        inserted=["1 05 06 24 322 117 46"],
    ),
    R(
        _QDM,
        "Deux caisses primaires, l’une de Dordogne, l’autre des Hauts-de-Seine, ont envoyé récemment des courriers à des patients ayant eu plusieurs arrêts de travail au cours de l’année écoulée.",
        keep=["Dordogne", "Hauts-de-Seine"],
    ),
    R(
        _CAFEBABEL,
        "Un cadre doit, une fois la promesse d'embauche obtenue, attendre dès les premières heures heures du matin devant la préfecture pour espérer passer ou être reçu.",
        keep=["préfecture"],
    ),
    R(
        _CAFEBABEL,
        "Le travailleur, se voit ensuite convoqué pour une visite médicale par l'ANAEM. Ma convocation porte la réf. ANAEM/75/08/114392 — Wojciech Kamiński",
        pii=[("REFERENCE_DOSSIER", "ANAEM/75/08/114392"), ("PERSONNE", "Wojciech Kamiński")],
        keep=["ANAEM"],
        inserted=["ANAEM/75/08/114392", "Wojciech Kamiński"],
    ),
    R(
        _BOGDANA,
        "\"Avec ses papiers, je peux aller travailler et mes enfants peuvent aller à l'école\", explique Bogdana, réfugiée ukrainienne désormais habitante de Plessis Luzarches, commune du Val-D'Oise.",
        pii=[("PERSONNE", "Bogdana")],
        keep=["Plessis Luzarches", "Val-D'Oise"],
    ),
    R(
        _BOGDANA,
        "Cette mère de famille est en passe de trouver un emploi d'hôtesse d'accueil dans l'aéroport voisin, grâce aux cinq langues qu'elle maîtrise et à l'aide de Philippe.",
        pii=[("PERSONNE", "Philippe")],
    ),
    R(
        _BOGDANA,
        '"Les formulaires sont un peu compliqués. Seule, une personne étrangère a du mal à remplir les papiers, à se rendre à la banque ou changer sa ligne de téléphone." Bogdana Kovalenko : 07 53 18 62 09',
        pii=[("PERSONNE", "Bogdana Kovalenko"), ("TELEPHONE", "07 53 18 62 09")],
        inserted=["Bogdana Kovalenko", "07 53 18 62 09"],
    ),
    R(
        _ADELA,
        "Adela, la France malgré tout\npar Madalina Alexe\nAdela est jeune diplômée en gestion de projets. En 2009, elle a quitté Bucarest pour commencer une nouvelle vie à Paris.",
        pii=[("PERSONNE", "Adela"), ("PERSONNE", "Madalina Alexe")],
        keep=["Bucarest", "Paris"],
    ),
    R(
        _ADELA,
        "Nous avons retrouvé Adela au Jardin du Luxembourg, son endroit préféré dans Paris : “Joe Dassin, Le Jardin du Luxembourg, j’adorais cette chanson à l’époque du lycée.",
        pii=[("PERSONNE", "Adela"), ("PERSONNE", "Joe Dassin")],
        keep=["Jardin du Luxembourg", "Paris"],
    ),
    R(
        _ADELA,
        "Originaire d’Oradea (au nord de la Roumanie), Adela a étudié la langue et la littérature françaises, dans le cadre de la faculté de lettres modernes.",
        pii=[("PERSONNE", "Adela")],
        keep=["Oradea", "Roumanie"],
    ),
    R(
        _PLOMBIER,
        "Pour en savoir plus sur ces travailleurs polonais, Céline Pitelet a rencontré Rafael, qui est polonais et qui a créé à Paris une société qui met en relation les ouvriers polonais avec les entreprises françaises.",
        pii=[("PERSONNE", "Céline Pitelet"), ("PERSONNE", "Rafael")],
        keep=["Paris"],
    ),
    R(
        _PLOMBIER,
        "Exemple avec Janus, qui a 40 ans et 6 enfants restés en Pologne. Il est arrivé lundi soir en France pour une mission de 4 mois en tant que mécanicien sur un chantier au Bourget.",
        pii=[("PERSONNE", "Janus")],
        keep=["Pologne", "France", "Bourget"],
    ),
    R(
        _GUYCAF,
        "La directrice Isabelle Malinge qui a découvert cette anomalie en 2012 propose le paiement de 5 années, les grévistes exigent la totalité et le départ de leur directrice.",
        pii=[("PERSONNE", "Isabelle Malinge")],
    ),
    R(
        _GUYCAF,
        "Si les bureaux du siège de la CAF à Cayenne sont ouverts, ceux de Matoury, Kourou et Saint-Laurent du Maroni sont fermés.\nLe reportage de Vanessa Porphyre et Abel Parnasse",
        pii=[("PERSONNE", "Vanessa Porphyre"), ("PERSONNE", "Abel Parnasse")],
        keep=["CAF", "Cayenne", "Matoury", "Kourou", "Saint-Laurent du Maroni"],
    ),
    R(
        _GUYCAF,
        "Le syndicat UTG (Union des Travailleurs Guyanais) réclame notamment le recrutement de conseillers supplémentaires, actuellement 134 agents gèrent 46 000 allocataires.",
        keep=["UTG", "Union des Travailleurs Guyanais"],
    ),
    R(
        _PIROGUE,
        "Cette pirogue administrative est désormais labellisée « la pirogue France Services de l’Est Guyanais », «une première pour le territoire national» selon Frédéric Bouteille, Sous–Préfet des communes de l’intérieur.",
        pii=[("PERSONNE", "Frédéric Bouteille")],
        keep=["France Services"],
    ),
    R(
        _PIROGUE,
        "Elle partait de la ville de Saint Georges de l’Oyapock en direction des villages de Camopi et de trois sauts situés à l’extrême sud-est de la Guyane.",
        keep=["Saint Georges de l’Oyapock", "Camopi", "Guyane"],
    ),
    R(
        _AN,
        "Deuxième agence la plus surchargée de France, avec 279 demandeurs d'emploi par agent, l'agence de la zone Collery, à Cayenne, connaît une situation particulièrement critique.",
        keep=["Collery", "Cayenne"],
    ),
    R(
        _AN,
        "M. Gabriel Serville attire l'attention de M. le ministre du travail, de l'emploi, de la formation professionnelle et du dialogue social sur la situation alarmante dans laquelle se trouve le \"Pôle emploi Guyane\".",
        pii=[("PERSONNE", "Gabriel Serville")],
        keep=["Pôle emploi Guyane"],
    ),
    R(
        _ASH,
        "Il est 8 h 30, Albérique Victor s’installe dans la pirogue motorisée qui doit la mener à Papaïchton pour rencontrer deux élèves qui lui ont été signalés par leur établissement scolaire.",
        pii=[("PERSONNE", "Albérique Victor")],
        keep=["Papaïchton"],
    ),
    R(
        _ASH,
        "« La Guyane est peuplée de plus d’immigrés que de natifs du département », indique Mylène Pauillac, chef du service social départemental.",
        pii=[("PERSONNE", "Mylène Pauillac")],
        keep=["Guyane"],
    ),
    R(
        _TEMOIGNAGES,
        "Hier matin, il y avait encore affluence à la CAF (Caisse d’Allocation Familiale) de Saint-Denis. Bondé, le hall d’accueil ressemblait à une salle d’enregistrement d’aéroport parsemé de files d’attente.",
        keep=["CAF", "Caisse d’Allocation Familiale", "Saint-Denis"],
    ),
    R(
        _TEMOIGNAGES,
        "« Je ne sais pas faire marcher cette machine, vous savez, je vis dix ans en arrière » Mr PAYET Jean-Max, allocataire 974 0512 883",
        pii=[("PERSONNE", "PAYET Jean-Max"), ("NUMERO_ALLOCATAIRE", "974 0512 883")],
        inserted=["PAYET Jean-Max", "974 0512 883"],
    ),
    R(
        _MARXISTE,
        "Je travaille comme conseillère dans un accueil public de la CAF, en région PACA. J’arrive souvent à 8 heures au travail, déjà préoccupée.",
        keep=["CAF", "PACA"],
    ),
    R(
        _MARXISTE,
        "Que puis-je lui dire, à part ces phrases que nous savons par cœur ? « Les délais sont les délais, Madame. Il y a énormément de personnes dans votre situation. »",
    ),
]
