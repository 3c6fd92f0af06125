"""Real passages, batch 10: third held-out round, written by a new hand before reading the engine's rules (CAF,
CPAM, impôts, préfecture, Pôle emploi / France Travail, mairies; testimonies and letters), pages in no earlier
split. See README.md."""

from tests.data.privacy_real.record import R

_TF1CAF = (
    "https://www.tf1.fr/tf1/jt-13h/videos/retards-a-la-caf-des-agences-ferment-pour-traiter-les-dossiers-84688637.html"
)
_FTVCAF = "https://francetvinfo.fr/economie/menages/allocations-familiales/allocations-familiales-la-caf-debordee_2245857.html"
_MARSEILLE = "http://marseilleblog.viabloga.com/news/j-ai-teste-pour-vous-les-nouveaux-horaires-de-la-caf"
_FTVRETARD = "https://www.francetvinfo.fr/economie/menages/allocations-familiales/a-la-caf-les-retards-dans-le-paiement-de-certaines-allocations-s-accumulent-du-jamais-vu-sur-une-periode-aussi-longue_5146705.html"
_BFMCAF = "https://l.bfmtv.com/societe/caf-vers-un-accueil-exclusivement-sur-rendez-vous_AN-201409100005.html"
_FBLEU67 = "https://www.francebleu.fr/infos/societe/la-caf-du-bas-rhin-debordee-jusqu-a-deux-mois-et-demi-a-trois-mois-pour-traiter-un-dossier-1665142407"
_ZACLYS = "https://blogz.zaclys.com/claire-wxyz/quand-un-service-public-deraille-1"
_SENECHAL = "https://www.asenechal-avocat.com/post-unique/obtention-d-un-rendez-vous-en-préfecture"
_DREAMERS = "https://lesdreamers.org/articles/allo-la-prefecture/"
_CFJ = "https://ateliers.cfjlab.fr/2015/10/27/chomage-radier-est-une-sanction-trop-violente/"
_LO = "https://journal.lutte-ouvriere.org/journal/article/2010-10-06-nos-lecteurs-ecrivent-les-radiations-expeditives-de-pole-emploi_23293.html"
_FBLEU40 = "https://www.francebleu.fr/infos/economie-social/landes-pole-emploi-aurait-elle-recours-des-radiations-dites-abusives-1466497603"
_ECULLY = "https://centpourcentecully.fr/accueil-mairie-ecully-avis-habitants"
_STDENIS = "https://www.saintdenismaville.fr/etat-civil-deborde/"
_ECONOSTRUM = "https://econostrum.info/bug-taxe-dhabitation-que-faire"
_STREETPRESS = "https://streetpress.com/sujet/1697711051-enfer-trop-percus-caf-remboursement-dettes-pole-emploi"
_GAM3C = "http://gam3c.ouvaton.org/spip.php?article116"
_CRAPS = "http://association-craps.fr/actualites/perte-ou-vol-de-carte-vitale-mode-demploi/"

RECORDS = [
    R(
        _TF1CAF,
        "Depuis neuf heures ce jeudi matin, plus aucun accueil du public dans les agences drômoises de la Caisse d'allocations familiales (CAF) et ce jusqu'au 21 juin inclus.",
        keep=["Caisse d'allocations familiales", "CAF"],
    ),
    R(
        _TF1CAF,
        "La directrice, Brigitte Meysin, assure que les allocations habituelles seront bien versées dans les temps.",
        pii=[("PERSONNE", "Brigitte Meysin")],
    ),
    R(
        _TF1CAF,
        "Dans la Drôme, le délai moyen de traitement des dossiers est de vingt jours, c'est quatre jours de plus que dans les départements voisins. TF1 | Reportage C. Blampain, E. Nappi",
        pii=[("PERSONNE", "Blampain"), ("PERSONNE", "Nappi")],
        keep=["Drôme"],
    ),
    R(
        _FTVCAF,
        "À Nancy (Meurthe-et-Moselle), où nous nous sommes rendus, certains allocataires font part de leur exaspération. \"Cela fait trois mois que j'attends pour un dossier et ce n'est toujours pas traité\", explique une femme.",
        keep=["Nancy", "Meurthe-et-Moselle"],
    ),
    R(
        _FTVCAF,
        "\"Par téléphone il y a trop de temps d'attente\", déclare un homme qui préfère lui aussi se rendre directement dans une agence. mon numéro allocataire c'est le 2 345 871 si quelqu'un de la caf lit ça",
        pii=[("NUMERO_ALLOCATAIRE", "2 345 871")],
        keep=["caf"],
        inserted=["2 345 871"],
    ),
    R(
        _MARSEILLE,
        "J'ai testé pour vous... les nouveaux horaires de la CAF Lundi 09/03/2009 | Posté par Maÿliss Francisco (EJCM)",
        pii=[("PERSONNE", "Maÿliss Francisco")],
        keep=["CAF"],
    ),
    R(
        _MARSEILLE,
        "Retour à la CAF le lendemain matin, 8h30. Déjà 19 personnes se massent devant les portes. (ma référence de réclamation : RC-2009-03-0045781)",
        pii=[("REFERENCE_DOSSIER", "RC-2009-03-0045781")],
        keep=["CAF"],
        inserted=["RC-2009-03-0045781"],
    ),
    R(
        _MARSEILLE,
        "Sur mon petit papier durement obtenu est inscrit : Temps d'attente estimé : 12 minutes. 22 personnes devant moi, il est 8h55.",
    ),
    R(
        _MARSEILLE,
        "\"-Non, mais vous savez, c'est une décision prise au niveau national, c'est la même chose dans toutes les CAF\".",
        keep=["CAF"],
    ),
    R(
        _FTVRETARD,
        "La situation devient difficile pour certains allocataires. Ionut ne sait plus à quel saint se vouer.",
        pii=[("PERSONNE", "Ionut")],
    ),
    R(
        _FTVRETARD,
        "\"J'ai envoyé beaucoup de lettres et de mails, raconte Ionut. J'ai eu il y a deux semaine une personne de la CAF. Elle m'a dit de ne pas m'inquiéter et que ça prenait un peu de temps ,mais toujours rien.\"",
        pii=[("PERSONNE", "Ionut")],
        keep=["CAF"],
    ),
    R(
        _FTVRETARD,
        "\"C'est très compliqué en ce moment, je n'ai plus de sous je n'arrive pas à la fin du mois parce que je n'ai pas mes allocations\", explique Ionut. vous pouvez me rappeler au 07 68 21 90 43",
        pii=[("PERSONNE", "Ionut"), ("TELEPHONE", "07 68 21 90 43")],
        inserted=["07 68 21 90 43"],
    ),
    R(
        _FTVRETARD,
        "La CAF de Paris, par exemple, examine encore des demandes arrivées il y a six mois. Selon Guillaume Danard de la CFDT, il y avait 2,5 millions de pièces en attente de traitement fin 2020.",
        pii=[("PERSONNE", "Guillaume Danard")],
        keep=["CAF de Paris"],
    ),
    R(
        _BFMCAF,
        "En ce début d'après-midi de milieu de semaine à la CAF de Colombes, dans les Hauts-de-Seine, les locaux semblent étonnamment vides.",
        keep=["CAF de Colombes", "Hauts-de-Seine"],
    ),
    R(
        _BFMCAF,
        '"Certains publics sont vulnérables, ils apprécient de voir qu\'on prend le temps de faire le tour de leur situation", assure Fred Latour, le directeur adjoint de la CAF du département.',
        pii=[("PERSONNE", "Fred Latour")],
        keep=["CAF"],
    ),
    R(
        _BFMCAF,
        "\"On a reçu jusqu'à 640 personnes dans une même journée pour des démarches dont 80% auraient pu être faites à domicile sur Internet\", souligne Christine Alliesse, la responsable d'agence.",
        pii=[("PERSONNE", "Christine Alliesse")],
    ),
    R(
        _BFMCAF,
        "Bientôt, les usagers ne pourront plus se rendre à la CAF que sur rendez-vous. - Philippe Huguen - AFP",
        pii=[("PERSONNE", "Philippe Huguen")],
        keep=["CAF"],
    ),
    R(
        _FBLEU67,
        "Si vous passez devant le bâtiment tout près du parc du Heyritz à Strasbourg, vous n'avez pas pu les manquer.",
        keep=["Strasbourg"],
    ),
    R(
        _FBLEU67,
        "\"Du retard pour les dossiers les plus anciens qui peuvent aller jusqu'à deux mois et demi à trois mois\" reconnaît Karine Auguy, directrice adjointe en charge du service à l'allocataire.",
        pii=[("PERSONNE", "Karine Auguy")],
    ),
    R(
        _FBLEU67,
        '"Cela fait des mois que je viens et que je demande pour le dossier pour ma fille handicapée" confirme Naïma, une allocataire. "C\'est fatiguant, catastrophique" lâche-t-elle dans la file d\'attente.',
        pii=[("PERSONNE", "Naïma")],
    ),
    R(
        _FBLEU67,
        "détaille Francis Brisbois, le directeur de la CAF du Bas-Rhin. Devant la CAF du Bas-Rhin à Strasbourg © Radio France - Antoine Balandra",
        pii=[("PERSONNE", "Francis Brisbois"), ("PERSONNE", "Antoine Balandra")],
        keep=["CAF du Bas-Rhin", "Strasbourg"],
    ),
    R(
        _FBLEU67,
        "ma fille est née le 14 mars 2011, dossier MDPH déposé en janvier, allocataire n° 0 812 457 depuis 2009, toujours rien",
        pii=[("DATE_NAISSANCE", "14 mars 2011"), ("NUMERO_ALLOCATAIRE", "0 812 457")],
        keep=["MDPH"],
        inserted=["14 mars 2011", "0 812 457"],
    ),
    R(
        _ZACLYS,
        "Je vous saisis de manière urgente pour Monsieur D qui s'est présenté ce jour avec son partenaire, Monsieur L, pour enregistrement de sa demande de titre de séjour.",
    ),
    R(
        _ZACLYS,
        "Cette demande de RDV a été faite le 21 novembre 2023 et nous avions enfin pu obtenir un RDV ce jour. Le dossier a été préparé par mes soins.",
    ),
    R(
        _ZACLYS,
        "Monsieur s'est retrouvé face à un agent, guichet 49, qui lui a instamment conseillé de ne pas déposer de demande de titre de séjour car il était certain qu'un refus de séjour avec obligation de quitter le territoire lui serait opposé par la Préfète.",
    ),
    R(
        _ZACLYS,
        "Sans retour de votre part dans des délais très brefs, je saisirai le Défenseur des droits de cette situation.",
        keep=["Défenseur des droits"],
    ),
    R(
        _ZACLYS,
        "Bonjour, Suite à votre demande, je vous informe qu'un rendez-vous a été fixé à M. D le 05/11/2024 à 8h30. La convocation, envoyée sur votre adresse mail, est à transmettre à l'intéressé.",
    ),
    R(
        _ZACLYS,
        "numéro étranger 7 501 238 946, récépissé expiré le 02/10/2024, joignable au 06-12-48-77-30",
        pii=[("REFERENCE_DOSSIER", "7 501 238 946"), ("TELEPHONE", "06-12-48-77-30")],
        inserted=["7 501 238 946", "06-12-48-77-30"],
    ),
    R(
        _SENECHAL,
        "Mes clientes sont titulaires d'un titre de séjour et doivent le renouveler avant qu'ils expirent. Prévoyantes, elles essaient de prendre un rendez-vous sur l'agenda de la préfecture 2 mois avant la date fatidique.",
        keep=["préfecture"],
    ),
    R(
        _SENECHAL,
        "Nous avons donc été contraints de saisir le Tribunal administratif afin de forcer la préfecture à convoquer mes clientes.",
        keep=["Tribunal administratif", "préfecture"],
    ),
    R(
        _SENECHAL,
        "A l'issue de cette procédure, le Tribunal a finalement condamné la préfecture à les convoquer et leur remettre un récépissé les autorisant à travailler, outre le paiement des frais d'avocat (TA Cergy-Pontoise, Ordc 22/08/2023, n° 2309412).",
        keep=["préfecture", "TA Cergy-Pontoise"],
    ),
    R(
        _DREAMERS,
        "Vous envoyez un mail aux services de la préfecture qui vous redirige vers la plateforme…",
        keep=["préfecture"],
    ),
    R(
        _DREAMERS,
        "Puis vous apprenez que le problème se pose depuis plusieurs années comme en témoigne le site aguichetsfermés de la Cimade où vous pouvez consulter les départements qui allouent ou non des rendez-vous.",
        keep=["Cimade"],
    ),
    R(
        _CFJ,
        "“J’ai bien galéré !” se rappelle Frédéric Hoareau. A 40 ans, ce menuisier de formation enchaîne depuis des années les boulots à mi‐temps, en complétant son salaire avec ses allocations chômages.",
        pii=[("PERSONNE", "Frédéric Hoareau")],
    ),
    R(
        _CFJ,
        "“A l’époque je n’avais pas Internet dans mon logement, je me rendais à la maison des chômeurs de Montpellier pour consulter mon compte. La convocation est arrivée par mail le jeudi soir pour un rendez‐vous le lundi.",
        keep=["Montpellier"],
    ),
    R(
        _CFJ,
        "Le cas de Frédéric n’est pas isolé. Rien qu’au mois de septembre 2015, 43 000 personnes ont été radiées pour non respect des obligations imposées par Pôle emploi.",
        pii=[("PERSONNE", "Frédéric")],
        keep=["Pôle emploi"],
    ),
    R(
        _CFJ,
        "Des sanctions aussi violentes que la perte de salaire, ça n’existe que pour les chômeurs”, s’énerve Rose‐Marie Pechallat, cofondatrice de Recours Radiation.",
        pii=[("PERSONNE", "Rose‐Marie Pechallat")],
    ),
    R(
        _CFJ,
        "identifiant pole emploi 4127385L, radié le 3 juin, frederic.hoareau34@laposte.net pour me répondre svp",
        pii=[("IDENTIFIANT_FRANCE_TRAVAIL", "4127385L"), ("EMAIL", "frederic.hoareau34@laposte.net")],
        keep=["pole emploi"],
        inserted=["4127385L", "frederic.hoareau34@laposte.net"],
    ),
    R(
        _LO,
        "De retour de congés, début septembre, je me connecte à Pôle emploi par Internet pour « pointer », comme chaque mois. Impossible d'accéder à mon compte.",
        keep=["Pôle emploi"],
    ),
    R(
        _LO,
        "Mais, pour son malheur, il ignore, que si ANPE et Assedic ont bien fusionné dans Pôle emploi, à Chelles (Seine-et-Marne), le bâtiment possède deux entrées séparées.",
        keep=["ANPE", "Assedic", "Pôle emploi", "Chelles", "Seine-et-Marne"],
    ),
    R(
        _LO,
        "Pour radier un chômeur, tous les prétextes sont bons et c'est toujours ça d'économisé. Une lectrice, m. durand, 12 rue des Tanneurs 77500 Chelles",
        pii=[("PERSONNE", "durand"), ("ADRESSE", "12 rue des Tanneurs 77500 Chelles")],
        inserted=["m. durand", "12 rue des Tanneurs 77500 Chelles"],
    ),
    R(
        _FBLEU40,
        "Un phénomène confirmé par la Clés, l'association Chômeurs Landes Emplois Solidarité : régulièrement, il lui arrive d'accueillir dans ses locaux des personnes qui présente le même problème.",
        keep=["Landes"],
    ),
    R(
        _FBLEU40,
        "C'est le cas de Bruno, un ancien plombier de 49 ans. Cela faisait six ans qu'il était inscrit à Pole Emploi et pas un problème... jusqu'à la semaine dernière.",
        pii=[("PERSONNE", "Bruno")],
        keep=["Pole Emploi"],
    ),
    R(
        _FBLEU40,
        "\"Le seul problème c'est que je n'ai jamais reçu la convocation. Et lorsque j'ai voulu me reconnecter sur internet pour vérifier mon compte le compte a été bloqué, explique le Landais.",
    ),
    R(
        _FBLEU40,
        "Daniel Dartigolles, directeur territorial de Pole Emploi, explique que le 0% d'erreur n'existe pas, et préfère parler de problèmes de communication.",
        pii=[("PERSONNE", "Daniel Dartigolles")],
        keep=["Pole Emploi"],
    ),
    R(
        _ECULLY,
        "Depuis plusieurs années, des habitants d’Écully partagent publiquement leur expérience en mairie et au CCAS.",
        keep=["Écully", "mairie", "CCAS"],
    ),
    R(
        _ECULLY,
        "D’autres retours mentionnent une difficulté persistante à contacter la mairie par téléphone ou à obtenir des réponses claires.",
        keep=["mairie"],
    ),
    R(
        _STDENIS,
        "Vendredi 29 mai, le service de l’Etat-Civil de la mairie était en grève.",
        keep=["Etat-Civil", "mairie"],
    ),
    R(
        _STDENIS,
        "« La mairie ouvre à 8 h 30, et à 8 h 45, il y a 150 tickets distribués, on ne peut plus accueillir personne. Quand des gens posent un jour de congés, qu’ils arrivent et qu’il n’y a plus de tickets, il y a de quoi être énervé…».",
        keep=["mairie"],
    ),
    R(
        _STDENIS,
        "Des habitants d’autres villes viennent aussi faire leurs formalités à Saint-Denis, car celles-ci s’effectuent sans rendez-vous, sur le principe du premier arrivé, premier servi…",
        keep=["Saint-Denis"],
    ),
    R(
        _ECONOSTRUM,
        "Grégory Berthelot, le sous-directeur de la gestion fiscale des particuliers à la DGFIP, explique, quant à lui, que « dès lors qu'on a deux adresses, on considère qu'une des deux correspond à une résidence secondaire ».",
        pii=[("PERSONNE", "Grégory Berthelot")],
        keep=["DGFIP"],
    ),
    R(
        _ECONOSTRUM,
        "Dans le détail, les personnes victimes de ce bug sont conviées à adresser un mail via la messagerie sécurisée de l'espace « Particulier » sur le site des impôts ou par téléphone au numéro 0 809 401 401.",
        keep=["0 809 401 401"],
    ),
    R(
        _ECONOSTRUM,
        "mon numéro fiscal est le 30 12 458 219 874 et l'avis de taxe d'habitation porte la référence 23 75 1234567 89, je n'ai pas de résidence secondaire !!",
        pii=[("NUMERO_FISCAL", "30 12 458 219 874"), ("REFERENCE_DOSSIER", "23 75 1234567 89")],
        inserted=["30 12 458 219 874", "23 75 1234567 89"],
    ),
    R(
        _STREETPRESS,
        "Une après-midi de septembre 2021, Sarah ouvre le site de la Caisse d’allocations familiales (Caf) du Tarn (81) pour mettre à jour sa situation, comme d’habitude.",
        pii=[("PERSONNE", "Sarah")],
        keep=["Caisse d’allocations familiales", "Tarn"],
    ),
    R(
        _STREETPRESS,
        "« Au début, comme je vois mal, j’ai cru que c’était 1.600 euros… C’est des erreurs qui ont déjà pu arriver », se souvient la Toulousaine de 35 ans.",
    ),
    R(
        _STREETPRESS,
        "Quand Sarah se rend à l’agence de la Caf de sa ville pour comprendre ce qu’il lui arrive, un conseiller lui confirme qu’elle doit rembourser cette somme.",
        pii=[("PERSONNE", "Sarah")],
        keep=["Caf"],
    ),
    R(
        _GAM3C,
        "Qu’elles sachent qu’elles peuvent s’adresser à la CAF (Caisse d’Allocations Familiales) ou au CCAS (Centre Communal d’Action Sociale) de leur mairie.",
        keep=["CAF", "CCAS", "mairie"],
    ),
    R(
        _CRAPS,
        "Second cas, vous pouvez déclarer la perte ou le vol de votre carte Vitale par téléphone au 36.46 ou par courrier (à la CPAM).",
        keep=["36.46", "CPAM"],
    ),
    R(
        _CRAPS,
        "j'ai perdu ma carte vitale, mon numéro de sécu c'est 2 84 07 75 112 048 36 et je suis née le 21/07/1984, la cpam de paris ne répond pas",
        pii=[("NIR", "2 84 07 75 112 048 36"), ("DATE_NAISSANCE", "21/07/1984")],
        keep=["cpam de paris"],
        inserted=["2 84 07 75 112 048 36", "21/07/1984"],
    ),
]
