"""Real passages, batch 1 (CAF, RSA, Pôle emploi, préfecture, court decisions). See README.md in this folder."""

from tests.data.privacy_real.record import R

RECORDS = [
    R(
        "https://www.marcqterredaccueil.fr/une-histoire-cafkaienne",
        "Ça commence par un WhatsApp du père de cette famille que nous accompagnons : « Il faut que tu fasses la "
        "déclaration trimestrielle des revenus à la CAF ». Très étonnée car nous sommes à la mi-juin, je jette un "
        "œil au compte CAF de la famille. Un encart rouge menaçant barre l'écran : « Vos versements sont "
        "interrompus ».",
        keep=["CAF"],
    ),
    R(
        "https://www.marcqterredaccueil.fr/une-histoire-cafkaienne",
        "Je me décide (imprudemment) à téléphoner : une heure sans réponse. Je cherche comment prendre un "
        "rendez-vous avec un conseiller CAF au plus près de la famille : je finis par en trouver un dans une "
        "semaine. J'attrape le Covid ; mon mari accompagne la maman au rendez-vous.",
        keep=["CAF"],
    ),
    R(
        "https://www.marcqterredaccueil.fr/une-histoire-cafkaienne",
        "Une dizaine de jours après, je reçois un WhatsApp affolé de la maman : « Pas d'argent de la CAF ce "
        "mois-ci. Comment je fais avec les enfants ? » (pas d'allocations familiales, pas d'APL !). Vous pouvez "
        "me joindre au 06 71 24 88 15, dossier allocataire 2317745.",
        pii=[("TELEPHONE", "06 71 24 88 15"), ("NUMERO_ALLOCATAIRE", "2317745")],
        keep=["CAF", "APL"],
        inserted=["06 71 24 88 15", "2317745"],
    ),
    R(
        "https://changerdecap.net/2022/03/11/temoignages-collectes/",
        "En 2021, madame obtient son numéro d'allocataire CAF et elle ouvre son compte personnel. Malgré relances "
        "sur relances, son dossier est toujours en instruction avec l'impossibilité de faire des démarches.",
        keep=["CAF"],
    ),
    R(
        "https://changerdecap.net/2022/03/11/temoignages-collectes/",
        "Nous avons demandé l'intervention de la médiatrice CAF, sans résultat. Nous avons interpellé par courrier "
        "le directeur de la CAF, toujours sans suite. Nous envisageons de nous adresser au Défenseur des Droits. "
        "Cela fait 13 mois que la CAF n'ouvre pas les droits de cette famille.",
        keep=["CAF"],
    ),
    R(
        "https://changerdecap.net/2022/03/11/temoignages-collectes/",
        "Sandra témoigne : « Le 19 juillet 2021, j'ai reçu un courrier concernant la période de septembre 2020 à "
        "mai 2021 et j'ai dû rembourser 2 428,59€. Le 12 janvier 2022, j'ai reçu un nouveau courrier indiquant que "
        "mes droits avaient changé. »",
        pii=[("PERSONNE", "Sandra")],
        keep=["2 428,59€"],
    ),
    R(
        "https://www.accueil-temporaire.com/argent/jai-perdu-980-e-a-cause-dun-oubli-lhistoire-qui-fait-trembler-les-allocataires-de-la-caf-50692",
        "Un simple oubli, et c'est tout un budget familial qui s'effondre. C'est ce qu'a vécu Claire, mère "
        "célibataire, après avoir omis un justificatif dans son dossier CAF. Résultat : près de 1 000 € d'aides "
        "envolés, sans fraude ni mauvaise intention.",
        pii=[("PERSONNE", "Claire")],
        keep=["CAF"],
    ),
    R(
        "https://www.accueil-temporaire.com/argent/jai-perdu-980-e-a-cause-dun-oubli-lhistoire-qui-fait-trembler-les-allocataires-de-la-caf-50692",
        "Claire pensait avoir tout bien fait. Comme chaque mois, elle avait réuni ses documents, rempli son dossier "
        "avec sérieux… ou presque. Un papier resté sur le coin de la table, une validation trop rapide, et voilà "
        "ses APL suspendues.",
        pii=[("PERSONNE", "Claire")],
        keep=["APL"],
    ),
    R(
        "https://www.accueil-temporaire.com/argent/jai-perdu-980-e-a-cause-dun-oubli-lhistoire-qui-fait-trembler-les-allocataires-de-la-caf-50692",
        "Dans cette affaire, aucune tricherie. Juste un oubli, comme cela peut arriver à tout le monde. Mais à la "
        "CAF, la rigueur est extrême. Pour Claire, six mois d'allocations ont été purement annulés, sans "
        "ménagement.",
        pii=[("PERSONNE", "Claire")],
        keep=["CAF"],
    ),
    R(
        "https://basta.media/temoignage-retraites-femmes-christine-64-ans-huit-enfants-au-rsa",
        "Mère de famille nombreuse, Christine n'a pas droit à la retraite. Elle vit du RSA et se débat avec la Caf "
        "qui lui a à nouveau suspendu son allocation début janvier, sans la prévenir et sans lui donner aucune "
        "information.",
        pii=[("PERSONNE", "Christine")],
        keep=["RSA", "Caf"],
    ),
    R(
        "https://basta.media/temoignage-retraites-femmes-christine-64-ans-huit-enfants-au-rsa",
        "« Quand je me suis séparée en 2010, à la suite de violences de sa part, je suis partie avec mes quatre "
        "derniers du domicile conjugal. L'assistante sociale m'a alors dit \"il va falloir vous inscrire à Pôle "
        "emploi\". C'était la première fois que j'entendais parler du RSA. »",
        keep=["Pôle emploi", "RSA"],
    ),
    R(
        "https://basta.media/temoignage-retraites-femmes-christine-64-ans-huit-enfants-au-rsa",
        "Depuis sa séparation, Christine doit faire, comme tous les allocataires du RSA, une déclaration "
        "trimestrielle de sa situation et de ses revenus. Son dernier fils vit encore avec elle. « Il touchait du "
        "chômage, je faisais les déclarations trimestrielles, je n'ai eu aucun problème. »",
        pii=[("PERSONNE", "Christine")],
        keep=["RSA"],
    ),
    R(
        "https://basta.media/temoignage-retraites-femmes-christine-64-ans-huit-enfants-au-rsa",
        "Début décembre, Christine réalise comme elle le doit la télédéclaration trimestrielle, joint le document "
        "de l'organisme de formation. Mon numéro allocataire est le 0894512, je suis joignable au 07 58 31 22 90.",
        pii=[("PERSONNE", "Christine"), ("NUMERO_ALLOCATAIRE", "0894512"), ("TELEPHONE", "07 58 31 22 90")],
        inserted=["0894512", "07 58 31 22 90"],
    ),
    R(
        "https://lamourpropre.fr/2025/10/12/%f0%9f%92%ac-faire-ses-declarations-une-question-de-dignite-pas-de-dependance",
        "Entre 2020 et 2024, j'ai subi une flopée de contrôles successifs. On m'a demandé d'envoyer – et non "
        "simplement de montrer – mes relevés bancaires, ceux de mes enfants, mes contrats, mes quittances, mes "
        "notes de frais. Tout. Sur près de deux ans.",
    ),
    R(
        "https://lamourpropre.fr/2025/10/12/%f0%9f%92%ac-faire-ses-declarations-une-question-de-dignite-pas-de-dependance",
        "Avant ma reprise d'études à 34 ans, j'ai obtenu une dérogation du Département pour pouvoir conserver le "
        "RSA en étant étudiante. À l'époque, cela passait par un PPAE signé avec Pôle emploi. Depuis la loi du "
        "Plein emploi 2025, j'ai signé un Contrat d'Engagement avec France Travail.",
        keep=["RSA", "Pôle emploi", "France Travail"],
    ),
    R(
        "http://cqfd-journal.org/spip.php?page=forum&id_article=1400",
        "Françoise était à la plage avec ses ongles rouges, un après-midi de juin 2011, quand je l'ai rencontrée "
        "la première fois. Je l'avais interrogée sur le travail et sur le nouveau RSA qui remplace le RMI depuis "
        "2008.",
        pii=[("PERSONNE", "Françoise")],
        keep=["RSA"],
    ),
    R(
        "http://cqfd-journal.org/spip.php?page=forum&id_article=1400",
        "Heureuse qui comme Françoise… Glandage dans la Drôme, un nom prédestiné. Françoise y vivait sans travail "
        "il y a trois ans. Nous l'avons retrouvée… (publié le 1er décembre 2014 par Christophe Goby)",
        pii=[("PERSONNE", "Françoise"), ("PERSONNE", "Christophe Goby")],
    ),
    R(
        "http://npa29quimper.over-blog.fr/article-c-est-mon-fils-de-16-ans-qui-va-me-nourrir-of-114491071.html",
        "« J'ai 52 ans et je suis au chômage depuis plus de trois ans. Je perçois le RSA, j'ai donc rendez-vous "
        "régulièrement avec mon assistante sociale. Début décembre, elle m'a donné une annonce d'emploi pour un "
        "contrat de vingt-deux heures dans une maison de retraite à Beaupréau. »",
        keep=["RSA", "Beaupréau"],
    ),
    R(
        "http://npa29quimper.over-blog.fr/article-c-est-mon-fils-de-16-ans-qui-va-me-nourrir-of-114491071.html",
        "Lors de mon dernier emploi, j'ai été polyvalente à l'école Chambord à Cholet : au secrétariat, à la "
        "bibliothèque ou encore à la sortie des classes. Juste avant, j'ai occupé un poste de secrétaire et "
        "d'animatrice au centre social Pasteur.",
        keep=["Cholet"],
    ),
    R(
        "http://npa29quimper.over-blog.fr/article-c-est-mon-fils-de-16-ans-qui-va-me-nourrir-of-114491071.html",
        "Hélas, ça n'a pas pu se concrétiser parce qu'en janvier, je suis passée du RSA socle au RSA activité, "
        "suite à ma déclaration trimestrielle de ressources de décembre. Comme si je bossais, alors que c'est mon "
        "fils ! À 16 ans, il est en contrat de professionnalisation dans la vente et il gagne 600 €.",
        keep=["RSA"],
    ),
    R(
        "https://fr.news.yahoo.com/rsa-condition-j-cru-j-120000097.html",
        "Plusieurs fois, Jean-François a été confronté à la maladie. Un cancer à l'âge de 30 ans, puis une fibrose "
        "pulmonaire. Jean-François a commencé à travailler dans le bâtiment à l'âge de 14 ans.",
        pii=[("PERSONNE", "Jean-François")],
    ),
    R(
        "https://fr.news.yahoo.com/rsa-condition-j-cru-j-120000097.html",
        "« Il y a trois ans, mon médecin m'a dit qu'il fallait que j'arrête », raconte cet habitant de Montargis "
        "(Loiret) de 58 ans. Sans travail quasiment du jour au lendemain, Jean-François sombre dans la dépression.",
        pii=[("PERSONNE", "Jean-François")],
        keep=["Montargis", "Loiret"],
    ),
    R(
        "https://fr.news.yahoo.com/rsa-condition-j-cru-j-120000097.html",
        "C'est non loin d'un de ses cours d'eau qui veinent la ville, à la maison du Département, que "
        "Jean-François a rendez-vous avec Aliou Gueye. Le jeune homme de 24 ans est le référent de 51 allocataires "
        "du RSA qui suivent le parcours social.",
        pii=[("PERSONNE", "Jean-François"), ("PERSONNE", "Aliou Gueye")],
        keep=["RSA"],
    ),
    R(
        "http://www.placegrenet.fr/2016/06/14/rsa-formation-professionnelle-on-perd-toute-aide-sociale-de-bonne-foi/93631",
        "Je suis sans ressources car j'ai perdu mon droit au RSA, pour la raison que j'ai voulu me réinsérer… "
        'Après plus d\'un an de "non-RSA", je souhaite vous apporter mon témoignage et mes réflexions sur ce '
        "système.",
        keep=["RSA"],
    ),
    R(
        "https://frustrationmagazine.fr/vivre-au-rsa/",
        "Léa B. nous a écrit suite à notre appel à témoignage. Mais le courrier de Léa est particulièrement "
        "frappant. Merci à Léa pour ces mots et le courage de raconter les choses telles qu'elles sont.",
        pii=[("PERSONNE", "Léa B.")],
    ),
    R(
        "https://frustrationmagazine.fr/vivre-au-rsa/",
        "Je dois faire une distinction entre être suivi par Pôle Emploi et le département : Quand on fait la "
        "demande de RSA, on choisit si notre sort va être remis entre les mains de Pôle Emploi ou du département.",
        keep=["Pôle Emploi", "RSA"],
    ),
    R(
        "https://www.rue89strasbourg.com/anatomie-rsa-alain-61-ans-cancer-diabete-715-euros-278924",
        "489 euros de revenu de solidarité active (RSA) et 226 euros d'aide au logement (APL). Alain connait ces "
        "chiffres par cœur. Il compte tout. « J'ai 61 ans, ça fait 11 ans que je suis au RSA. »",
        pii=[("PERSONNE", "Alain")],
        keep=["RSA", "APL"],
    ),
    R(
        "https://www.rue89strasbourg.com/anatomie-rsa-alain-61-ans-cancer-diabete-715-euros-278924",
        "Bénéficiaires du RSA, Alain, père de famille atteint d'un cancer, Sarah, mère célibataire, et Georges, "
        "trentenaire militant, décrivent leur quotidien.",
        pii=[("PERSONNE", "Alain"), ("PERSONNE", "Sarah"), ("PERSONNE", "Georges")],
        keep=["RSA"],
    ),
    R(
        "https://www.rue89strasbourg.com/anatomie-rsa-alain-61-ans-cancer-diabete-715-euros-278924",
        "Les 715 euros d'allocations qu'il reçoit tous les mois ne comblent pas les frais d'Alain : 580 euros de "
        "loyer pour son deux-pièces du parc privé, 80 euros de gaz et d'électricité « en moyenne ».",
        pii=[("PERSONNE", "Alain")],
        keep=["715 euros", "580 euros"],
    ),
    R(
        "https://www.journal-ipns.org/les-numeros/n-75-juin-2021/chroniques-d-exils-dematerialisation",
        "« Allo la Cimade : je n'arrive pas à prendre rendez-vous à la préfecture. » Situation banale d'une "
        "personne étrangère qui souhaite demander ou renouveler un titre de séjour et n'arrive pas à obtenir un "
        "rendez-vous.",
        keep=["préfecture"],
    ),
    R(
        "https://africultures.com/carte-de-sejour-angoisse-et-frustration-10961/",
        "Aujourd'hui, j'ai 23 ans. Né en Haïti, j'ai vécu cinq ans en Guyane française, avant d'arriver en "
        "Seine-Saint-Denis, en 2008, pour y effectuer mes études. Chaque année, depuis mes 18 ans, je me rends "
        "donc à la préfecture.",
        keep=["Seine-Saint-Denis", "préfecture"],
    ),
    R(
        "https://africultures.com/carte-de-sejour-angoisse-et-frustration-10961/",
        "Durant cette période, nous devions arriver la veille, vers 21 h-22 h pour pointer devant la porte numéro 1 "
        "de la préfecture afin d'être les premiers dans la queue. À 9 h 30, un agent de la préfecture distribuait "
        "un ticket aux premiers arrivés.",
        keep=["préfecture"],
    ),
    R(
        "http://www.resf78.ouvaton.org/spip.php?article216",
        "Pour ceux qui veulent déposer un dossier dans le cadre de l'application de la circulaire Valls du 28 "
        "novembre 2012, inutile de venir tôt le matin. J'en ai fait l'expérience mardi : arrivée à 11h30, 3 "
        "personnes devant moi à l'accueil. Odile Jouanne",
        pii=[("PERSONNE", "Odile Jouanne")],
    ),
    R(
        "https://rmc.bfmtv.com/actualites/societe/c-est-l-angoisse-le-parcours-du-combattant-de-mohammed-pour-deposer-sa-demande-de-titre-de-sejour_AV-202209150259.html",
        "Mohammed vit en France depuis près de 10 ans. De nationalité marocaine, il est installé dans le "
        "Val-de-Marne. Marié et père de deux petits garçons, il travaille comme technicien en climatisation, en "
        "CDI.",
        pii=[("PERSONNE", "Mohammed")],
        keep=["Val-de-Marne"],
    ),
    R(
        "https://rmc.bfmtv.com/actualites/societe/c-est-l-angoisse-le-parcours-du-combattant-de-mohammed-pour-deposer-sa-demande-de-titre-de-sejour_AV-202209150259.html",
        "\"C'est l'angoisse. Je ne peux pas voyager, je ne peux pas bouger. Si j'arrête mon travail, on va se "
        'retrouver dans la rue. Ma femme ne travaille pas, elle est en congé parental." Mon numéro de dossier '
        "ANEF est le 7504-2022-118347.",
        pii=[("REFERENCE_DOSSIER", "7504-2022-118347")],
        inserted=["7504-2022-118347"],
    ),
    R(
        "https://rmc.bfmtv.com/actualites/societe/c-est-l-angoisse-le-parcours-du-combattant-de-mohammed-pour-deposer-sa-demande-de-titre-de-sejour_AV-202209150259.html",
        'Pour aider Mohammed, "RMC s\'engage pour vous" a sollicité la préfecture du Val-de-Marne. Moins de trois '
        "heures plus tard, Mohammed a reçu, comme par magie, un rendez-vous pour le lendemain matin.",
        pii=[("PERSONNE", "Mohammed")],
        keep=["préfecture du Val-de-Marne"],
    ),
    R(
        "https://rmc.bfmtv.com/actualites/societe/c-est-l-angoisse-le-parcours-du-combattant-de-mohammed-pour-deposer-sa-demande-de-titre-de-sejour_AV-202209150259.html",
        "Il est en effet presque impossible d'obtenir un rendez-vous dans les préfectures de Paris, Bobigny, "
        "Créteil, Evry ou les sous-préfectures du Raincy, Nogent-sur-Marne, L'Haÿ les Roses.",
        keep=["Bobigny", "Créteil", "Nogent-sur-Marne"],
    ),
    R(
        "https://www.visa-algerie.com/titre-de-sejour-en-france-quatre-prefectures-a-eviter/",
        "Le cas de Mohamed, un citoyen de nationalité marocaine installé dans le Val-de-Marne depuis dix ans, "
        "raconté jeudi 15 septembre par RMC, est loin d'être le seul. Marié et père de deux enfants, il affirme "
        "n'avoir jamais eu de problème de renouvellement de son titre de séjour.",
        pii=[("PERSONNE", "Mohamed")],
        keep=["Val-de-Marne"],
    ),
    R(
        "https://www.visa-algerie.com/titre-de-sejour-en-france-quatre-prefectures-a-eviter/",
        "Ne pouvant pas se présenter sur place pour déposer une réclamation, Mohamed s'est tourné vers d'autres "
        "moyens pour faire entendre sa voix. Trois heures après cette sollicitation, il reçoit un rendez-vous pour "
        "le lendemain matin.",
        pii=[("PERSONNE", "Mohamed")],
    ),
    R(
        "https://juricaf.org/arret/FRANCE-COURDAPPELDAMIENS-20240404-2200391",
        "A l'audience publique du 21 décembre 2023 devant Monsieur Renaud Deloffre, conseiller, siégeant seul, "
        "sans opposition des avocats. GREFFIER LORS DES DEBATS : Mme Blanche Tharaud",
        pii=[("PERSONNE", "Renaud Deloffre"), ("PERSONNE", "Blanche Tharaud")],
    ),
    R(
        "https://juricaf.org/arret/FRANCE-COURDAPPELDAMIENS-20240404-2200391",
        "Représentée par Me Verfaillie, avocat au barreau d'Amiens substituant Me Cédric Putanier, avocat au "
        "barreau de Lyon. M. Philippe Mélin, président, Mme Graziella Hauduin, président.",
        pii=[
            ("PERSONNE", "Verfaillie"),
            ("PERSONNE", "Cédric Putanier"),
            ("PERSONNE", "Philippe Mélin"),
            ("PERSONNE", "Graziella Hauduin"),
        ],
    ),
    R(
        "https://juricaf.org/arret/FRANCE-COURDAPPELDAIXENPROVENCE-20220916-2106231",
        "Monsieur [F] [D], demeurant [Adresse 2], représenté par Me Séverine TARTANSON, avocat au barreau d'ALPES "
        "DE HAUTE-PROVENCE. INTIMEE : CPAM DES ALPES DE HAUTE PROVENCE, représenté par Me Stéphane CECCALDI, avocat "
        "au barreau de MARSEILLE.",
        pii=[("PERSONNE", "Séverine TARTANSON"), ("PERSONNE", "Stéphane CECCALDI")],
        keep=["CPAM"],
    ),
    R(
        "https://juricaf.org/arret/FRANCE-COURDAPPELDENIMES-20220913-20030811",
        "COMPOSITION DE LA COUR LORS DU DÉLIBÉRÉ : Monsieur Yves ROUQUETTE-DUGARET, Président, Madame Evelyne "
        "MARTIN, Conseillère, Mme Catherine REYTER LEVIS, Conseillère. GREFFIER : Mme Emmanuelle BERGERAS.",
        pii=[
            ("PERSONNE", "Yves ROUQUETTE-DUGARET"),
            ("PERSONNE", "Evelyne MARTIN"),
            ("PERSONNE", "Catherine REYTER LEVIS"),
            ("PERSONNE", "Emmanuelle BERGERAS"),
        ],
    ),
    R(
        "https://juricaf.org/arret/FRANCE-COURDAPPELDANGERS-20020117-200001998",
        "APPELANTE: CPAM DE LA SARTHE, Représentée par Madame Cécile PASTEAU, munie d'un pouvoir. Monsieur "
        "GUILLEMIN, Conseiller, a tenu seul l'audience, sans opposition des parties.",
        pii=[("PERSONNE", "Cécile PASTEAU"), ("PERSONNE", "GUILLEMIN")],
        keep=["CPAM"],
    ),
    R(
        "https://juricaf.org/arret/FRANCE-COURDAPPELDANGERS-20020117-200001998",
        "Annie Z... a saisi le Tribunal des Affaires de Sécurité Sociale du MANS d'un recours, aux motifs "
        "qu'Annie Z... aurait pu recevoir les soins appropriés à son état dans ce dernier établissement.",
        pii=[("PERSONNE", "Annie")],
    ),
    R(
        "https://juricaf.org/arret/FRANCE-COURDAPPELDAIXENPROVENCE-20240321-2210815",
        "Madame [Y] [W] demeurant [Adresse 2], représentée par Me Houdé KHADRAOUI-ZGAREN, avocat au barreau de "
        "NICE substitué par Me Jean-baptiste LE MORVAN, avocat au barreau d'AIX-EN-PROVENCE.",
        pii=[("PERSONNE", "Houdé KHADRAOUI-ZGAREN"), ("PERSONNE", "Jean-baptiste LE MORVAN")],
    ),
    R(
        "https://juricaf.org/arret/FRANCE-COURDAPPELDEPARIS-20230331-1901523",
        "INTIMEE : CPAM 77 - SEINE ET MARNE, représentée par Me Amy TABOURE, avocat au barreau de PARIS, "
        "substituée par Me Florence KATO. L'affaire a été débattue devant Monsieur Raoul CARBONARO, Président de "
        "chambre et Monsieur Gilles BUFFET, Conseiller.",
        pii=[
            ("PERSONNE", "Amy TABOURE"),
            ("PERSONNE", "Florence KATO"),
            ("PERSONNE", "Raoul CARBONARO"),
            ("PERSONNE", "Gilles BUFFET"),
        ],
        keep=["CPAM"],
    ),
    R(
        "https://juricaf.org/arret/FRANCE-COURDAPPELDAIXENPROVENCE-20220513-2105305",
        "L'affaire a été débattue le 30 Mars 2022, en audience publique, devant Madame Colette DECHAUX, Présidente "
        "de chambre, chargé d'instruire l'affaire. Monsieur [B] [O], comparant en personne.",
        pii=[("PERSONNE", "Colette DECHAUX")],
    ),
    R(
        "https://juricaf.org/arret/FRANCE-COURDECASSATION-19880413-8613161",
        "Sur le pourvoi formé par M. Khélifa X..., demeurant à Sainte-Geneviève des Bois (Essonne), au profit de "
        "la CAISSE PRIMAIRE D'ASSURANCE MALADIE (CPAM) DE L'ESSONNE.",
        pii=[("PERSONNE", "Khélifa")],
        keep=["CPAM"],
    ),
    R(
        "https://juricaf.org/arret/FRANCE-COURDECASSATION-19880413-8613161",
        "M. Donnadieu, conseiller doyen faisant fonction de président, Mme Barrairon, conseiller référendaire "
        "rapporteur, MM. Chazelet, Lesire, conseillers, M. Dorwling-Carter, avocat général, M. Azas, greffier de "
        "chambre.",
        pii=[
            ("PERSONNE", "Donnadieu"),
            ("PERSONNE", "Barrairon"),
            ("PERSONNE", "Chazelet"),
            ("PERSONNE", "Lesire"),
            ("PERSONNE", "Dorwling-Carter"),
            ("PERSONNE", "Azas"),
        ],
    ),
    R(
        "https://juricaf.org/arret/FRANCE-COURDECASSATION-19880413-8613161",
        "Sur le rapport de Mme Barrairon, les observations de Me Y..., successeur de Me Scemama, avocat de M. X..., "
        "de la SCP Desaché et Gatineau, avocat de la CPAM de l'Essonne.",
        pii=[("PERSONNE", "Barrairon"), ("PERSONNE", "Scemama"), ("PERSONNE", "Desaché"), ("PERSONNE", "Gatineau")],
        keep=["CPAM de l'Essonne"],
    ),
    R(
        "http://www.politis.fr/articles/2018/04/chomage-le-service-public-vous-desintegre-socialement-38740",
        "Mélanie, Jean-François, Marie et Yacine témoignent de leurs difficiles relations avec l'administration de "
        "Pôle Emploi.",
        pii=[("PERSONNE", "Mélanie"), ("PERSONNE", "Jean-François"), ("PERSONNE", "Marie"), ("PERSONNE", "Yacine")],
        keep=["Pôle Emploi"],
    ),
    R(
        "http://www.politis.fr/articles/2018/04/chomage-le-service-public-vous-desintegre-socialement-38740",
        "Pôle emploi, c'est un suivi purement administratif, les conseillers ne sont pas assez qualifiés pour "
        "accompagner la majorité des chômeurs. Je me suis inscrite à l'ANPE en 2002 en tant que directrice "
        "artistique. Un profil comme le mien, jusqu'en 2007, c'était la planète Mars pour Pôle emploi.",
        keep=["Pôle emploi"],
    ),
    R(
        "http://www.politis.fr/articles/2018/04/chomage-le-service-public-vous-desintegre-socialement-38740",
        "En mars, je craque et décide d'arrêter les cours. Là, une engueulade hallucinante. La conseillère me met "
        "la pression, me fait du chantage : si je ne retourne pas en formation, on m'enlève toutes mes "
        "allocations. Mélanie, identifiant France Travail 4518832K.",
        pii=[("PERSONNE", "Mélanie"), ("IDENTIFIANT_FRANCE_TRAVAIL", "4518832K")],
        inserted=["4518832K"],
    ),
    R(
        "http://media-pole.com/index.php/actualites/2128-des-chomeurs-racontent-pole-emploi",
        "Marie (1), 48 ans, consultante. « Je fais partie des gens qui ont un niveau d'études suffisant pour que "
        "Pôle emploi n'ait pas besoin de les suivre physiquement. Inscrite depuis un an, je n'ai rencontré "
        "personne, sauf aujourd'hui. »",
        pii=[("PERSONNE", "Marie")],
        keep=["Pôle emploi"],
    ),
    R(
        "http://media-pole.com/index.php/actualites/2128-des-chomeurs-racontent-pole-emploi",
        "Louise (1), 55 ans, aide-soignante. « J'ai un parcours tumultueux. Et je ne suis pas dans la tranche d'âge "
        "qui intéresse vraiment. J'ai travaillé dans une maison de retraite. Mais c'est fini. »",
        pii=[("PERSONNE", "Louise")],
    ),
    R(
        "http://media-pole.com/index.php/actualites/2128-des-chomeurs-racontent-pole-emploi",
        "Regardez (Louise montre un document), l'employeur a envoyé l'attestation sans signature et sans cachet de "
        "l'entreprise. Les conseillers de l'agence pourraient demander l'attestation par mail.",
        pii=[("PERSONNE", "Louise")],
    ),
    R(
        "https://limportant.fr/197510",
        "\"Monsieur, je viens d'apprendre que je suis radié\"... Ainsi débute l'une des nombreuses lettres écrites "
        "à Pôle Emploi par des chômeurs, et compilées telles quelles par une réalisatrice, Nora Philippe, dans un "
        "livre sorti mercredi.",
        pii=[("PERSONNE", "Nora Philippe")],
        keep=["Pôle Emploi"],
    ),
    R(
        "https://limportant.fr/197510",
        "J'ai constaté que vous m'aviez radié et j'aimerai régler la situation car cette radiation n'est pas "
        "justifiée. Merci de votre compréhension. J'ai vécu la même situation il y a 3 mois. Vous pouvez me "
        "rappeler au 06.12.47.93.05 ou m'écrire à k.benali93@gmail.com",
        pii=[("TELEPHONE", "06.12.47.93.05"), ("EMAIL", "k.benali93@gmail.com")],
        inserted=["06.12.47.93.05", "k.benali93@gmail.com"],
    ),
    R(
        "https://atlantico.fr/article/decryptage/quand-un-sexagenaire-ecrit-a-pole-emploi-pour-annoncer-sa-desinscription-du-chomage-nora-philippe-philippe-artieres-editions-textuel",
        'Extraits de "Cher Pôle Emploi : Lettres de chômeurs entre détresse et contestation", de Nora Philippe et '
        "Philippe Artières, aux éditions Textuel. Objet : désinscription du chômage suite conclusion de contrat en "
        "CDD. Bonjour Madame,",
        pii=[("PERSONNE", "Nora Philippe"), ("PERSONNE", "Philippe Artières")],
        keep=["Pôle Emploi"],
    ),
]
