"""Real passages, batch 2 (retraites, ANTS, MDPH, riverains, Défenseur des droits). See README.md."""

from tests.data.privacy_real.record import R

_FTV = "https://www.francetvinfo.fr/economie/retraite-sans-pension-j-ai-demande-de-l-argent-a-mon-fils_1710085.html"
_RMC_RETRAITE = "https://rmc.bfmtv.com/actualites/non-versement-des-retraites-j-ai-le-moral-a-zero_AN-201412160311.html"
_DIACONAT = "https://www.diaconat-grenoble.org/2023/10/pension-allocation-retraite-quand-tout-se-bloque-le-temoignage-de-martine/"
_MERIDIEN = "https://le-meridien.fr/?p=160937"
_FO66 = "https://fo66.fr/?p=12081"
_MEDIACITES = "https://www.mediacites.fr/enquete/nantes/2022/09/22/retraites-jusqua-six-mois-de-retard-dans-le-versement-des-pensions-en-pays-de-la-loire/"
_LO = "https://journal.lutte-ouvriere.org/journal/article/2014-12-18-retraites-votre-dossier-est-en-cours_35977.html"
_SQ = "http://sqmag.fr/le-ras-le-bol-des-riverains/"
_18 = "https://18dumois.info/paroles-de-riverains.html"
_MAIRES = "https://mairesdefrance.com/m/article/print.php?id=1093"
_GAZETTE = "https://lagazette-yvelines.fr/2018/07/05/agaces-par-les-travaux-les-habitants-de-la-residence-du-parc-se-sentent-oublies/"
_AULNAY = "https://www.aulnaylibre.com/archive/2009-03/"
_DAG = "https://dialoguesagauche.blogspot.com/2015/05/les-favignolles-compte-rendu-de-la.html"
_SNPM = "http://syndicat-snpm.fr/les-incivilites-empoisonnent-la-vie-du-quartier-de-mirateau"
_PERMIS3 = "https://francetvinfo.fr/societe/securite-routiere/trois-ans-pour-recevoir-un-permis-de-conduire-ladministration-au-point-mort_3497763.html"
_TOM = "https://rmc.bfmtv.com/actualites/societe/en-voiture-je-suis-en-fraude-il-attend-son-permis-de-conduire-depuis-six-mois_AV-202205180350.html"
_YONNE = "https://www.francebleu.fr/infos/societe/trois-mois-sans-reponse-dans-l-yonne-la-galere-des-cartes-grises-en-ligne-1516210204"
_MAYOTTE = "https://old.lejournaldemayotte.fr/2015/11/22/permis-de-conduire-toujours-deux-sans-trois-en-prefecture"
_ANNEMARIE = "https://rmc.bfmtv.com/actualites/societe/transports/vous-ne-pouvez-pas-conduire-la-bataille-d-une-automobiliste-pour-retrouver-son-permis-fantome_AV-202209010145.html"
_FLEIG = "https://m.ru24.net/foreign/296895636"
_EUROPE1 = "http://europe1.fr/societe/ils-sont-contraints-dattaquer-letat-pour-obtenir-leur-carte-grise-3671228"
_BOUSSOLE = "https://cmsv2-prod.maboussoleaidants.fr/index.php/handicap-labyrinthe-demarches-pour-ma-fille-aidant"
_SUPERMUM = "https://www.supermumloves.com/?p=478"
_THESE = "https://123dok.net/article/aides-sociales-qu%C3%AAte-cause-cr%C3%A9ation-mod%C3%A8le-explicatif-personnalis%C3%A9.zlglnmjg"
_PAGEORAMA = "https://pageorama.com/?p=mdph_un_parcours_du_combattant"
_CAF_MDPH = (
    "https://caf.fr/allocataires/vies-de-famille/articles/reconnaissance-du-handicap-un-nouveau-depart-pour-son-enfant"
)
_LE7 = "https://www.le7.info/article/23487-le-defenseur-des-droits-bien-occupe"
_CAIRN = "https://preprod.cairn.info/revue-informations-sociales-2018-3-page-68.htm"

RECORDS = [
    R(
        _FTV,
        "Derrière la comptabilité du retard de la Carsat, il y a le quotidien très critique de nombreux retraités. "
        "C'est le cas de Myriam dans le Nord, à Loos, près de Lille. Agée de 61 ans, elle a cessé de travailler au "
        "1er novembre.",
        pii=[("PERSONNE", "Myriam")],
        keep=["Carsat", "Lille"],
    ),
    R(
        _FTV,
        "Elle ne reçoit que les 137 euros de la retraite de son mari décédé. Myriam n'a ni l'envie, ni les moyens de "
        'préparer les fêtes de fin d\'année. Elle a même été contrainte de "demander à son fils" un coup de pouce.',
        pii=[("PERSONNE", "Myriam")],
        keep=["137 euros"],
    ),
    R(
        _FTV,
        "Alertée par les situations douloureuses engendrées par les retards, la sénatrice communiste du Nord, "
        "Michelle Demessine sera reçue jeudi après-midi par le conseiller social de François Hollande.",
        pii=[("PERSONNE", "Michelle Demessine"), ("PERSONNE", "François Hollande")],
    ),
    R(
        _RMC_RETRAITE,
        "Ce mardi, sur RMC, Josiane témoigne des difficultés actuelles. Ancienne concierge, à la retraite "
        "depuis le 1er septembre, elle doit percevoir 800 euros mensuels, mais elle attend toujours son premier "
        "versement.",
        pii=[("PERSONNE", "Josiane")],
        keep=["800 euros"],
    ),
    R(
        _RMC_RETRAITE,
        "\"Je pensais que ma retraite serait plus gaie. Je m'étais imaginée tranquille, à faire des petits "
        'voyages, à sortir. Mais non…" "J\'ai le moral à zéro. J\'ai envie de pleurer". Josiane, numéro de sécurité '
        "sociale 2 54 03 59 350 112 83.",
        pii=[("PERSONNE", "Josiane"), ("NIR", "2 54 03 59 350 112 83")],
        inserted=["2 54 03 59 350 112 83"],
    ),
    R(
        _RMC_RETRAITE,
        'Josiane est à ce point atterrée qu\'elle estime "qu\'elle aurait dû continuer à travailler". "On a '
        'le droit à la retraite. On a cotisé, on a travaillé pour ça."',
        pii=[("PERSONNE", "Josiane")],
    ),
    R(
        _DIACONAT,
        "Je suis née en 1959. J'ai travaillé dans divers emplois, principalement dans le secrétariat. Puis, à la "
        "suite de deux fractures, j'ai obtenu une invalidité catégorie 1 qui me permettait de travailler à mi-temps.",
    ),
    R(
        _DIACONAT,
        "J'ai perdu ma mère le 4 décembre 2019 et il a fallu faire face à toutes les situations. En octobre "
        "2020, trois mois avant mon 62e anniversaire, j'ai reçu un courrier de la CARSAT qui me demandait de prendre "
        "une décision par rapport à ma retraite.",
        keep=["CARSAT"],
    ),
    R(
        _DIACONAT,
        "« Quand on est pauvre, on est indigne » disait l'acteur Jean Yanne. Le témoignage de Martine, qui est "
        "passée par l'Échoppe et nous a raconté son histoire.",
        pii=[("PERSONNE", "Jean Yanne"), ("PERSONNE", "Martine")],
    ),
    R(
        _MERIDIEN,
        "Chaque jour, Heiter Shiers jette un œil sur le site de la Caisse de retraites. Si cette "
        "franco-britannique ne travaille plus depuis janvier, elle ne touche toujours pas de pension.",
        pii=[("PERSONNE", "Heiter Shiers")],
    ),
    R(
        _MERIDIEN,
        "Heiter perçoit donc seulement la complémentaire, soit 1.000 euros par mois, au lieu des 1.800 prévus. "
        "« Je ne peux pas payer ma location. C'est difficile. Il y a les factures, l'électricité, la voiture… »",
        pii=[("PERSONNE", "Heiter")],
    ),
    R(
        _MERIDIEN,
        "Retraitée depuis octobre, Brigitte Le Gall est quant à elle censée toucher 1.500 euros chaque mois, "
        "mais son dossier est resté bloqué. « Heureusement que j'ai deux filles qui m'ont prêté de l'argent. »",
        pii=[("PERSONNE", "Brigitte Le Gall")],
    ),
    R(
        _MERIDIEN,
        "25.000 à 30.000 dossiers partout en France sont en retard de traitement, confirme la CNAV. Mon dossier "
        "retraite porte le numéro 2023RET0458812, merci de le débloquer.",
        pii=[("REFERENCE_DOSSIER", "2023RET0458812")],
        keep=["CNAV"],
        inserted=["2023RET0458812"],
    ),
    R(
        _FO66,
        "Marie-Hélène est à la retraite depuis le 1er septembre dernier. Tout comme Patricia. Renée, elle, a dû "
        "attendre un an avant de percevoir ses premiers droits.",
        pii=[("PERSONNE", "Marie-Hélène"), ("PERSONNE", "Patricia"), ("PERSONNE", "Renée")],
    ),
    R(
        _FO66,
        "Hier matin, elles manifestaient aux côtés des syndicats et du parti communiste représenté par Nicolas "
        "Garcia, devant la Carsat (Caisse d'assurance retraite et de santé au travail).",
        pii=[("PERSONNE", "Nicolas Garcia")],
        keep=["Carsat"],
    ),
    R(
        _FO66,
        "Après avoir dépensé toutes ses économies pour vivre, cette jeune retraitée qui avait travaillé dans la "
        "grande distribution a dû se résoudre à demander le RSA en octobre dernier.",
        keep=["RSA"],
    ),
    R(
        _MEDIACITES,
        "« Les agents ne supportent plus ça », résume Sarah Papin, élue CGT au CSE de la Caisse d'assurance "
        "retraite et de santé au travail (Carsat) des Pays de la Loire.",
        pii=[("PERSONNE", "Sarah Papin")],
        keep=["Carsat"],
    ),
    R(
        _MEDIACITES,
        "« Il nous faut en moyenne trois à quatre mois pour traiter un dossier, estime de son côté la "
        "direction de la Carsat. Le dernier quart, plus complexe peut prendre plus de six mois. »",
        keep=["Carsat"],
    ),
    R(
        _LO,
        "« Le versement de ma première pension devait tomber début juillet 2014... Cinq mois plus tard, je n'ai "
        "toujours rien reçu. » « J'ai pris contact avec la Carsat Centre six mois avant l'échéance. »",
        keep=["Carsat"],
    ),
    R(
        _LO,
        "« Aujourd'hui je n'arrive plus à établir le contact, je tombe toujours sur un répondeur, j'ai envoyé une "
        "bonne dizaine de courriers... sans réponse. » Écrivez-moi : jp.lemarchand@orange.fr",
        pii=[("EMAIL", "jp.lemarchand@orange.fr")],
        inserted=["jp.lemarchand@orange.fr"],
    ),
    R(
        _SQ,
        "« Combien de temps allons-nous devoir supporter cela ? », ont martelé une vingtaine d'habitants lors d'une "
        "rencontre avec des élus conduite par Thomas Dudebout, maire adjoint.",
        pii=[("PERSONNE", "Thomas Dudebout")],
    ),
    R(
        _18,
        "« C'est honteux, on ne peut pas y croire », ont explosé Catherine et Jean-Pierre, deux habitants de longue "
        "date de la rue Riquet. Et Catherine d'ajouter : « La police ne se déplace pas et on a l'impression que tout le "
        "monde s'en fout. »",
        pii=[("PERSONNE", "Catherine"), ("PERSONNE", "Jean-Pierre")],
    ),
    R(
        _18,
        "« Ce qui arrive là, c'est la suite logique de tout un processus de paupérisation », analyse Bernard, voisin "
        "du jardin. Il a envoyé pas moins de 400 mails en trois ans à l'adjoint chargé des espaces verts, Gilles Ménède.",
        pii=[("PERSONNE", "Bernard"), ("PERSONNE", "Gilles Ménède")],
    ),
    R(
        _18,
        "« Je suis pour que cesse le laxisme, je suis pour verbaliser », s'indigne Catherine. Johanna voit déjà des "
        "familles quitter le quartier et s'inquiète de l'environnement dans lequel elle éduque ses enfants.",
        pii=[("PERSONNE", "Catherine"), ("PERSONNE", "Johanna")],
    ),
    R(
        _MAIRES,
        "« Le 8 janvier 2021, je reçois un courrier d'habitants : ils me parlent, dans leur quartier, de "
        "harcèlement et d'intrusions… J'appelle la gendarmerie. La fille vient d'être condamnée pour agression. »",
    ),
    R(
        _MAIRES,
        "« Quelques jours plus tard, j'envoie à la mère et à sa fille nos conclusions : hélas pour elles, la "
        "terrasse est légale. Elles sont mécontentes. Peu après, M6 m'appelle. »",
        keep=["M6"],
    ),
    R(
        _GAZETTE,
        "« C'était chaud ce matin. Heureusement que je suis arrivé, avant que ça ne dérape », témoigne Ciré "
        "Diallo, 42 ans, président de l'association de riverains de la résidence du Parc.",
        pii=[("PERSONNE", "Ciré Diallo")],
    ),
    R(
        _GAZETTE,
        "« Bravo pour votre attitude Monsieur Diallo, quand c'est bien, il faut le dire », félicite mardi un "
        "gendarme encore présent sur les lieux.",
        pii=[("PERSONNE", "Diallo")],
    ),
    R(
        _GAZETTE,
        "Les travaux ont d'ailleurs été arrêtés dès leur premier jour par les riverains, qui dénonçaient dans un "
        "courrier adressé au bailleur social Domaxis des mesures insuffisantes prises contre la poussière.",
        keep=["Domaxis"],
    ),
    R(
        _AULNAY,
        "Monsieur Ségura poursuit : on vous a entendus, on va prendre en compte vos demandes. Une dizaine de "
        "logements combinés avec une crèche. Monsieur Ségura : mais si ça ne va pas on en rediscutera.",
        pii=[("PERSONNE", "Ségura")],
    ),
    R(
        _AULNAY,
        "Monsieur Ferrand demande quand de nouveaux plans seront disponibles et revient sur l'ouverture de la rue "
        "du Sausset. Mais Monsieur Ferrand réaffirme son opposition et celle de tous les riverains de la rue du Sausset.",
        pii=[("PERSONNE", "Ferrand")],
    ),
    R(
        _DAG,
        "La conseillère municipale Touria Demej a fait passer aussi ses excuses. Yvon Chéry (de Dialogues à Gauche) a "
        "introduit la réunion.",
        pii=[("PERSONNE", "Touria Demej"), ("PERSONNE", "Yvon Chéry")],
    ),
    R(
        _DAG,
        "Véronique Lafarcinade (directrice d'école) a continué la réunion : le contrat de ville réunit plusieurs "
        "acteurs, dont la Mairie de Romorantin. Sylvie Hemme annonce que Touria Demej est prête à rencontrer les "
        "habitants.",
        pii=[("PERSONNE", "Véronique Lafarcinade"), ("PERSONNE", "Sylvie Hemme"), ("PERSONNE", "Touria Demej")],
        keep=["Mairie de Romorantin"],
    ),
    R(
        _SNPM,
        "Armand Porcheron en est l'une des principales victimes. «On a commencé par devoir construire un mur "
        "d'enceinte autour de la maison car avec les containers à ordures implantés en face, on avait des mouches.»",
        pii=[("PERSONNE", "Armand Porcheron")],
    ),
    R(
        _SNPM,
        "Armand et son épouse ont déposé plainte à la gendarmerie. Jean-Claude Ferrarini a lui aussi fait les frais "
        "des tagueurs sur sa clôture.",
        pii=[("PERSONNE", "Armand"), ("PERSONNE", "Jean-Claude Ferrarini")],
    ),
    R(
        _SNPM,
        "Avec leurs voisins, Serge Robin et Jean-Pierre Roméo notamment, Armand et Jean-Claude ont signé et fait "
        "circuler une pétition dans le quartier.",
        pii=[
            ("PERSONNE", "Serge Robin"),
            ("PERSONNE", "Jean-Pierre Roméo"),
            ("PERSONNE", "Armand"),
            ("PERSONNE", "Jean-Claude"),
        ],
    ),
    R(
        _SNPM,
        "Ils ont vu Mirateau devenir une cité mixte au gré des ans mais aussi l'adresse du centre des impôts et plus "
        "récemment du Pôle emploi. J'habite au 14 impasse des Tilleuls, juste en face.",
        pii=[("ADRESSE", "14 impasse des Tilleuls")],
        keep=["Pôle emploi"],
        inserted=["14 impasse des Tilleuls"],
    ),
    R(
        _PERMIS3,
        "Depuis 3 ans, Julien Bourlet conduit sans permis… même s'il a réussi l'examen. « C'est une angoisse, je "
        "ne conduis jamais en étant serein, » confie-t-il, au volant.",
        pii=[("PERSONNE", "Julien Bourlet")],
    ),
    R(
        _PERMIS3,
        "« J'ai déjà effectué deux demandes via le site de l'ANTS, à chaque fois elles ont été rejetées ! » "
        "s'énerve Julien Bourlet. Au total : 97,50 euros de frais... pour rien.",
        pii=[("PERSONNE", "Julien Bourlet")],
        keep=["ANTS", "97,50 euros"],
    ),
    R(
        _TOM,
        "Tom a brillamment obtenu son permis de conduire, il y a presque six mois. Il fait partie des compagnons du "
        "devoir en mécanique à Nantes et il a absolument besoin de conduire pour son travail.",
        pii=[("PERSONNE", "Tom")],
        keep=["Nantes"],
    ),
    R(
        _TOM,
        "C'est l'auto-école qui a fait la demande pour Tom dès qu'il a réussi l'examen. Sauf qu'il y a en ce moment "
        "des gros retards dans la délivrance des papiers par cet organisme, l'ANTS.",
        pii=[("PERSONNE", "Tom")],
        keep=["ANTS"],
    ),
    R(
        _TOM,
        "\"Ça me met en faux. Je suis dans la fraude et j'ai peur que l'on m'enlève mon permis de conduire. Dès que je "
        "croise la police, j'ai la boule au ventre\". Mon numéro de demande ANTS : 22-0537-118842.",
        pii=[("REFERENCE_DOSSIER", "22-0537-118842")],
        keep=["ANTS"],
        inserted=["22-0537-118842"],
    ),
    R(
        _YONNE,
        "\"J'ai 40 dossiers en attente. Certaines personnes m'ont déposé une demande en novembre, et aujourd'hui "
        "n'ont toujours pas de carte grise.\" Ludovic gère une société d'immatriculation à Saint-Georges-sur-Baulche.",
        pii=[("PERSONNE", "Ludovic")],
        keep=["Saint-Georges-sur-Baulche"],
    ),
    R(
        _YONNE,
        "Et quand Ludovic essaie d'appeler l'ANTS, il n'y a personne au bout du fil. \"On doit passer 10, 20, 30 "
        "coups de fil par jour pour espérer avoir quelqu'un.\"",
        pii=[("PERSONNE", "Ludovic")],
        keep=["ANTS"],
    ),
    R(
        _YONNE,
        "\"L'ANTS nous fait des demandes farfelues. Par exemple, on me demande un quitus fiscal pour une "
        'remorque immatriculée GH-412-TR."',
        pii=[("IMMATRICULATION", "GH-412-TR")],
        keep=["ANTS"],
        inserted=["GH-412-TR"],
    ),
    R(
        _MAYOTTE,
        "«Vous avez de la chance!» Farida n'en croit pas ces oreilles en entendant cette exclamation. Victime "
        "d'un vol à l'arrachée en début d'année, avec son sac à main ce sont tous ses papiers qui sont partis.",
        pii=[("PERSONNE", "Farida")],
    ),
    R(
        _MAYOTTE,
        "Tout finit par rentrer dans l'ordre, et Farida voit partir son dossier dans les mains d'une guichetière. "
        "C'est en rentrant de vacances en mai 2015 qu'elle constatera que son permis était arrivé à La Poste.",
        pii=[("PERSONNE", "Farida")],
        keep=["La Poste"],
    ),
    R(
        _ANNEMARIE,
        "L'équipe de \"RMC s'engage pour vous\" a été contactée par Anne-Marie qui, après avoir perdu ses "
        "papiers, a été confrontée à une grosse difficulté pour son permis de conduire.",
        pii=[("PERSONNE", "Anne-Marie")],
    ),
    R(
        _ANNEMARIE,
        "\"Je leur ai dit que j'avais mon permis depuis 44 ans, raconte Anne-Marie. Il est du 1er février 1978 et "
        'il a été fait à Saint-Germain-en-Laye."',
        pii=[("PERSONNE", "Anne-Marie")],
        keep=["Saint-Germain-en-Laye"],
    ),
    R(
        _ANNEMARIE,
        "Elle appelle donc l'ANTS, l'organisme qui s'en charge, et là, surprise…. \"Ils m'ont dit : madame, vous "
        "n'avez pas de permis, vous n'êtes pas dans nos fichiers.\"",
        keep=["ANTS"],
    ),
    R(
        _FLEIG,
        "Après plus de quarante ans de conduite sans fausse route, Nathalie Fleig ne s'attendait pas à subir le même "
        "sort que les délinquants routiers. Voilà près de seize mois que cette habitante de Saint-Genès-Champespe ne "
        "peut plus prendre le volant.",
        pii=[("PERSONNE", "Nathalie Fleig")],
        keep=["Saint-Genès-Champespe"],
    ),
    R(
        _FLEIG,
        "La sexagénaire et son mari, Claude, décident de refaire leurs permis de conduire. « Le mien était dans un "
        "état lamentable, à chaque fois les gendarmes m'invitaient à le changer », se souvient Nathalie.",
        pii=[("PERSONNE", "Claude"), ("PERSONNE", "Nathalie")],
    ),
    R(
        _FLEIG,
        "Plus qu'une coquille, l'ANTS indique à Nathalie que son permis a été purement et simplement écrasé. « À "
        "chaque fois, on me disait que le dossier était en cours. »",
        pii=[("PERSONNE", "Nathalie")],
        keep=["ANTS"],
    ),
    R(
        _EUROPE1,
        "C'est ce que vient de faire Caroline. Elle attend depuis quatre mois l'immatriculation de sa voiture "
        'arrivée de Belgique, malgré un dossier complet. "On ne peut pas avoir un être humain avec lequel dialoguer".',
        pii=[("PERSONNE", "Caroline")],
    ),
    R(
        _EUROPE1,
        "Des plaintes comme celle de Caroline, maître Jean-Marc Descoubes en reçoit dix par jour en ce moment sur "
        'son bureau. "L\'Etat veut absolument éviter les condamnations", explique-t-il.',
        pii=[("PERSONNE", "Caroline"), ("PERSONNE", "Jean-Marc Descoubes")],
    ),
    R(
        _BOUSSOLE,
        "Ma fille Loann est née grande prématurée. Très tôt, elle a subi une batterie de tests, elle a fêté son "
        "premier anniversaire à l'hôpital. À onze ans et demi, elle a déjà été greffée deux fois.",
        pii=[("PERSONNE", "Loann")],
    ),
    R(
        _BOUSSOLE,
        "Dans notre cas, Loann ne peut pas manger trop salé, elle ne peut pas manger d'agrumes non plus, à cause "
        "de sa greffe. Le PAI peut concerner n'importe quel enfant, il n'y a pas encore besoin d'avoir fait les "
        "démarches auprès de la MDPH.",
        pii=[("PERSONNE", "Loann")],
        keep=["MDPH"],
    ),
    R(
        _BOUSSOLE,
        "Quand elle commence à comprendre que la vie de sa fille ne sera pas tout à fait comme celle des autres "
        "enfants, Virginie entame les démarches. PAI, PPS, dossier MDPH, AEEH, PCH…",
        pii=[("PERSONNE", "Virginie")],
        keep=["MDPH"],
    ),
    R(
        _SUPERMUM,
        "Mon fils est multiDYS et TDA. À son entrée en primaire, j'ai appris ce qu'est la MDPH. Je le dis en "
        "toute sincérité : décrocher une aide de la MDPH relève du parcours du combattant !",
        keep=["MDPH"],
    ),
    R(
        _SUPERMUM,
        "Je veux juste souligner qu'il s'agit d'un partage d'expérience avec la MDPH du Gard. Pour me joindre : "
        "06 83 52 10 47 (après 18h).",
        pii=[("TELEPHONE", "06 83 52 10 47")],
        keep=["MDPH"],
        inserted=["06 83 52 10 47"],
    ),
    R(
        _THESE,
        "E2 : « C'est l'assistante sociale du CAMSP qui m'a aidée à monter le premier dossier. Maintenant je l'ai "
        "fait toute seule, parce qu'on connait la démarche hein ... »",
    ),
    R(
        _THESE,
        "E1 : « Personne n'avait trop su m'aider… Et donc, après, je me suis déplacée, je suis allée à la MDPH. J'ai "
        "passé des coups de fil. J'ai tout fait par mes propres moyens vraiment… »",
        keep=["MDPH"],
    ),
    R(
        _THESE,
        "E12 : « Donc non, paperasse, il y a à faire. Et en plus, les dates pour l'AVS et les dates pour renouveler "
        "l'AEEH sont les mêmes. Donc, c'est dur parce que ça vous fait deux dossiers à faire à chaque fois. »",
    ),
    R(
        _PAGEORAMA,
        "J'ai dû batailler pendant des mois pour obtenir une aide financière pour les séances d'orthophonie de "
        "mon fils. Ma demande a finalement été rejetée sans aucune explication.",
    ),
    R(
        _PAGEORAMA,
        "J'ai attendu plus d'un an pour obtenir une réponse à ma demande de reconnaissance de handicap pour mon "
        "fils. Pendant ce temps, il n'a pu bénéficier d'aucune aide. Dossier MDPH n° 2021-14-07733.",
        pii=[("REFERENCE_DOSSIER", "2021-14-07733")],
        keep=["MDPH"],
        inserted=["2021-14-07733"],
    ),
    R(
        _CAF_MDPH,
        "« C'est le moyen d'ouvrir un dialogue autour de la situation de son enfant avec tous les partenaires "
        "concernés », explique Geneviève Laurent, présidente de l'Association nationale des équipes contribuant à "
        "l'action médico-sociale précoce.",
        pii=[("PERSONNE", "Geneviève Laurent")],
    ),
    R(
        _LE7,
        "Verbalisé par la gendarmerie pour un défaut d'assurance en mars 2020, Bernard reçoit une amende de 750€ "
        "qu'il conteste. A sa grande surprise, le Poitevin découvre une amende majorée à 1 500€.",
        pii=[("PERSONNE", "Bernard")],
        keep=["750€", "1 500€"],
    ),
    R(
        _LE7,
        "« C'est une affaire que j'ai suivie et il a fallu être patient ! », reconnaît Michel Grémillon. Des histoires "
        "de cette nature, le bénévole en a accumulé quelques-unes depuis 2013.",
        pii=[("PERSONNE", "Michel Grémillon")],
    ),
    R(
        _LE7,
        "« Par exemple, il suffit d'oublier une pièce sur la plateforme MaPrimeRénov' pour que le dossier soit "
        "refusé... » Arnault Varanne",
        pii=[("PERSONNE", "Arnault Varanne")],
        keep=["MaPrimeRénov'"],
    ),
    R(
        _CAIRN,
        "Cheffe du pôle « Protection sociale et solidarité » au DDD, Vanessa Leconte distingue deux grandes "
        "catégories de réclamations reçues par le DDD concernant les services publics.",
        pii=[("PERSONNE", "Vanessa Leconte")],
    ),
]
