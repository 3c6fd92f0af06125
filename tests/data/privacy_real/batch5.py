"""Real passages, batch 5 (retraites, logement, courrier des lecteurs, étudiants). See README.md."""

from tests.data.privacy_real.record import R

_PENSION = "https://www.pension-retraite.com/comment-saisir-le-mediateur-de-votre-caisse-de-retraite-quand-votre-dossier-est-bloque-depuis-6-mois"
_ONAC = "https://emploiplus.com/formation/itemlist/category/228-la-retraite.html"
_IMAZ = "https://imazpress.com/actus-reunion/-la-reunion-de-nombreux-retraites-sont-sans-ressources-depuis-des-mois"
_F3NPDC = "https://france3-regions.francetvinfo.fr/nord-pas-de-calais/2014/12/13/un-millier-de-nouveaux-retraites-attendent-encore-de-toucher-leur-pension-dans-le-nord-pas-de-calais-et-la-picardie-612506.html"
_RTL_RETRAITE = "https://www.rtl.fr/actu/debats-societe/enquete-rtl-retraites-alerte-sur-les-retards-de-versements-de-pensions-7900205917"
_ORNITO = "https://blogs.mediapart.fr/ornito/blog/040723/report-de-demandes-de-retraite-linformatique-de-la-carsat-dans-le-decor"
_BILOA = "https://www.staging.libe.io/societe/2000/12/19/une-chambre-chez-le-cousin_348274"
_IRAM = "https://rmc.bfmtv.com/actualites/hausse-des-expulsions-de-familles-prioritaires-dalo-l-etat-doit-avoir-honte_AN-201508120167.html"
_VIVIANE = "https://www.rtl.fr/actu/debats-societe/une-expulsion-devant-son-enfant-c-est-terrible-temoigne-une-mere-de-famille-expulsee-de-son-logement-7785550532"
_SAMIA = "https://www.francebleu.fr/infos/societe/a-l-approche-de-la-treve-hivernale-l-angoisse-d-une-mere-celibataire-menacee-d-expulsion-1572373098"
_DOLORES = "http://yvelines.secours-catholique.org/Parcours-d-une-vie"
_FATOU = "https://www.mediapart.fr/journal/france/260410/expulsee-malgre-deux-enfants-et-un-droit-au-logement"
_EDITH = "https://www.rtl.be/actu/monde/international/explosion-familiale-insomnies-honte-la-vie-apres-les-expulsions-locatives/2024-03-29/article/653403"
_LEDROIT1 = "https://www.ledroit.com/opinions/votre-opinion/a-vous-la-parole-9d750427ea0a1486192ca95c02addb4f"
_LEDROIT2 = "http://www.lapresse.ca/le-droit/opinions/201610/02/01-5026619-a-vous-la-parole.php"
_LEDROIT3 = "https://www.ledroit.com/opinions/a-vous-la-parole-e1c254c1b48595ecdcd2924a16619cfd"
_LAVAL = "https://www.francebleu.fr/infos/sante-sciences/mon-quotidien-c-est-de-repondre-a-vos-attentes-la-lettre-ouverte-des-urgentistes-lavallois-aux-1568196699"
_INTER = "https://www.franceinter.fr/je-suis-echelon-7-et-j-ai-ete-refuse-partout-sans-logement-attribue-par-le-crous-des-etudiants-revoltes"
_LETUDIANT = "https://www.letudiant.fr/lifestyle/logement_2/des-etudiants-face-aux-refus-de-logements-crous-cest-ma-seule-solution-pour-faire-des-etudes.html"
_BONDY1 = (
    "https://www.bondyblog.fr/societe/education/la-galere-des-etudiants-toujours-en-attente-de-leurs-bourses-du-crous/"
)
_LIBE_TOIT = "https://www.staging.libe.io/villes/2006/10/13/toit-toit-mon-toit_54125"
_LIFELINES = "https://web.lifelines.name/read/74099661-ef82-5092-8272-86f90f1c2a34"
_HAITI24 = "https://haiti24.net/les-conditions-des-etudiants-boursiers-se-degradent-toujours-plus-le-probleme-cest-quon-travaille-on-a-des-aides-mais-on-est-toujours-pauvres"
_BONDY2 = "https://www.bondyblog.fr/societe/education/le-crous-en-crise-laisse-des-etudiants-dans-la-galere/"
_YAHOO_CROUS = "https://fr.news.yahoo.com/bourses-aides-ponctuelles-logements-propose-162621900.html"

RECORDS = [
    R(
        _PENSION,
        "Six mois. Six mois que votre demande de retraite a été déposée, et depuis, c'est le silence assourdissant. Le 3960 tourne en boucle, vos messages sur l'espace personnel restent sans réponse concrète.",
        keep=["3960"],
    ),
    R(
        _ONAC,
        "Le 6 février 2017, le service du personnel - retraite de l'ONAC répond par e-mail que le professeur doit contacter chaque organisme de caisse de retraite complémentaire.",
    ),
    R(
        _ONAC,
        "Pour la demande de la pension civile, il faut télécharger le formulaire Cerfa 12230-14. Le 8 février 2017, le professeur envoie par courrier le formulaire renseigné. Contact : d.mbappe-ngoma@laposte.net",
        pii=[("EMAIL", "d.mbappe-ngoma@laposte.net")],
        inserted=["d.mbappe-ngoma@laposte.net"],
    ),
    R(
        _IMAZ,
        "Alain Grondin est à la retraite depuis le mois de janvier. Dès juillet 2023, l'ancien téléconseiller d'une société d'immobilier a déposé son dossier complet à la CGSS.",
        pii=[("PERSONNE", "Alain Grondin")],
    ),
    R(
        _IMAZ,
        "\"Comme je n'avais aucune nouvelle de mon dossier j'ai appelé et c'est là que j'ai appris que mon dossier, qu'on me confirmait complet, a été envoyé en Guadeloupe\", raconte-t-il.",
    ),
    R(
        _IMAZ,
        '"Loyer, facture, crédit, eau, électricité, impôt, assurance je dois tout payer alors que je ne perçois toujours pas ma retraite", confie le sénior de 69 ans. "Je suis obligé de me priver, mi lé dann fénoir", témoigne Alain Grondin.',
        pii=[("PERSONNE", "Alain Grondin")],
    ),
    R(
        _IMAZ,
        "Le 2 janvier 2024, Alain Grondin part à la retraite. Mon numéro de sécurité sociale est le 1 55 09 974 11 042 37, rappelez-moi au 06 92 45 18 73.",
        pii=[("PERSONNE", "Alain Grondin"), ("NIR", "1 55 09 974 11 042 37"), ("TELEPHONE", "06 92 45 18 73")],
        inserted=["1 55 09 974 11 042 37", "06 92 45 18 73"],
    ),
    R(
        _F3NPDC,
        "\"On nous dit qu'il y a encore 1 000 dossiers en retard, d'après mes informations, il y en a 3 000\", s'indigne Patricia Duvieubourg, une militante caritative du Calaisis.",
        pii=[("PERSONNE", "Patricia Duvieubourg")],
    ),
    R(
        _F3NPDC,
        '"Les agences seront ouvertes deux jours par semaine (le jeudi et le vendredi). Et seulement sur rendez-vous", avait annoncé début octobre Patrice Rossez de la sous-direction de l\'assurance retraite.',
        pii=[("PERSONNE", "Patrice Rossez")],
    ),
    R(
        _RTL_RETRAITE,
        "\"J'ai mis ma vie entre parenthèses\". Ce sont les mots d'Héléna, 64 ans. La retraitée d'origine italienne a travaillé toute sa vie en tant que maître nageuse.",
        pii=[("PERSONNE", "Héléna")],
    ),
    R(
        _RTL_RETRAITE,
        "Les mois passent, Héléna reste sans argent, fait appel à ses amis, ses enfants, n'en dort plus la nuit. Au printemps 2022, elle doit même monter un dossier de RSA.",
        pii=[("PERSONNE", "Héléna")],
        keep=["RSA"],
    ),
    R(
        _RTL_RETRAITE,
        "Pour Renaud Villard, le Directeur Général de la Cnav, il ne s'agirait que d'une situation marginale, autour de 20.000 dossiers sur 820.000.",
        pii=[("PERSONNE", "Renaud Villard")],
        keep=["Cnav"],
    ),
    R(
        _ORNITO,
        'Très rapidement, un courrier vous parvient, indiquant que l\'annulation est traitée, et que "vous devrez refaire une demande ultérieurement". La retraite complémentaire AGIRC-ARCCO semble le seul régime à prévenir.',
    ),
    R(
        _BILOA,
        "Marie-Louise Biloa se souvient: «Ce matin-là, j'avais amené ma fille chez l'orthophoniste. Lorsque je suis rentrée, ma mère était prostrée dans le couloir. Il y avait le commissaire de police et l'huissier.»",
        pii=[("PERSONNE", "Marie-Louise Biloa")],
    ),
    R(
        _BILOA,
        "Cette mère de famille de 40 ans, a été expulsée le 13 octobre du logement qu'elle occupait à Noisy-le-Grand. Les quatre ont évité la rue en trouvant refuge dans la famille d'un cousin à Saint-Mandé.",
        keep=["Noisy-le-Grand", "Saint-Mandé"],
    ),
    R(
        _BILOA,
        "L'histoire de Marie-Louise est celle d'une femme prise dans la spirale de la précarité. «Pour prouver ma bonne foi, on se sacrifiait pour régler 3 000 F tous les mois.»",
        pii=[("PERSONNE", "Marie-Louise")],
    ),
    R(
        _IRAM,
        "Parmi eux, il y a Iram: \"On m'a expulsé le 7 juillet, avec mes trois enfants de 10 ans et demi, 8 ans et 15 mois, confie-t-elle. Ils n'ont rien voulu savoir.\"",
        pii=[("PERSONNE", "Iram")],
    ),
    R(
        _IRAM,
        "\"J'ai fait ma première demande de logement social en 2006 à la mairie du XIXème arrondissement. Jusqu'à aujourd'hui, je n'ai jamais eu de propositions\". Numéro unique de demandeur : 075061906123456789.",
        pii=[("REFERENCE_DOSSIER", "075061906123456789")],
        inserted=["075061906123456789"],
    ),
    R(
        _IRAM,
        "Une situation d'autant plus incompréhensible qu'Iram \"travaille pour la ville de Paris en tant qu'animatrice\".",
        pii=[("PERSONNE", "Iram")],
    ),
    R(
        _VIVIANE,
        "Viviane et sa fille de 9 ans ont été expulsées de leur logement la semaine dernière. La mère de famille est accompagnée de Jean-Baptiste Eyraud, porte-parole de l'association Droit Au Logement (DAL).",
        pii=[("PERSONNE", "Viviane"), ("PERSONNE", "Jean-Baptiste Eyraud")],
    ),
    R(
        _VIVIANE,
        "\"Cela fait quatre ans que le propriétaire me demande de partir. C'est à ce moment que j'ai entamé des démarches auprès de la mairie de Paris pour être aidée\", reprend Viviane.",
        pii=[("PERSONNE", "Viviane")],
        keep=["mairie de Paris"],
    ),
    R(
        _VIVIANE,
        "\"J'appréhende beaucoup la rentrée scolaire de ma fille, jeudi. Toutes nos affaires sont restées à l'intérieur de l'appartement\", au 8 rue Saint-Maur.",
        pii=[("ADRESSE", "8 rue Saint-Maur")],
        inserted=["8 rue Saint-Maur"],
    ),
    R(
        _SAMIA,
        "A 34 ans, Samia remplit toutes les cases pour obtenir un relogement. Elle gagne sa vie en tant que fonctionnaire et s'occupe seule de ses trois filles mineures dans un appartement exigu de 29 mètres carré à Paris.",
        pii=[("PERSONNE", "Samia")],
    ),
    R(
        _SAMIA,
        "Malgré les démarches qui s'accumulent, Samia n'arrive pas à voir le bout du tunnel. \"Je me sens démunie\", affirme t-elle. Samia a fait une demande pour sept logements différents.",
        pii=[("PERSONNE", "Samia")],
    ),
    R(
        _SAMIA,
        "Samia peut toutefois compter sur la solidarité des militants du DAL, l'association Droit Au Logement, qui accompagne les personnes sous menace d'expulsion.",
        pii=[("PERSONNE", "Samia")],
    ),
    R(
        _DOLORES,
        "Dolorès témoigne de vingt ans de galère et d'efforts avec son mari et ses enfants pour trouver un logement stable.",
        pii=[("PERSONNE", "Dolorès")],
    ),
    R(
        _DOLORES,
        "J'ai alors connu les copains de la rue, les logements dans les hôtels sociaux. C'est là que j'ai connu Olivier avec qui je vis toujours.",
        pii=[("PERSONNE", "Olivier")],
    ),
    R(
        _DOLORES,
        "En 1998, nous avons commencé une vraie vie de famille. Olivier était juste sorti de prison et avait un travail. L'aide pour ce logement passerelle s'est arrêtée, plus d'APL.",
        pii=[("PERSONNE", "Olivier")],
        keep=["APL"],
    ),
    R(
        _FATOU,
        "Être à la fois éligible au droit au logement opposable et expulsée de son domicile, c'est possible. Fatou en a fait l'amère expérience lundi 26 avril. Michaël Hajdenberg",
        pii=[("PERSONNE", "Fatou"), ("PERSONNE", "Michaël Hajdenberg")],
    ),
    R(
        _FATOU,
        "En bas de chez elle, ses valises bleue et rouge en déséquilibre sur le trottoir, Fatou a le regard hagard. Elle cherche fébrilement son attestation DALO.",
        pii=[("PERSONNE", "Fatou")],
    ),
    R(
        _EDITH,
        '"Je ne savais plus où j\'étais, je n\'arrivais même plus à réagir" : un an a passé mais Edith se souvient "comme si c\'était hier" de son expulsion de son appartement parisien.',
        pii=[("PERSONNE", "Edith")],
    ),
    R(
        _EDITH,
        "\"En septembre, cela fera trois ans que nous sommes à l'hôtel, c'est une horreur\", souffle Nadia, qui a du mal à retenir ses larmes quand elle parle de l'impact de son expulsion sur sa famille.",
        pii=[("PERSONNE", "Nadia")],
    ),
    R(
        _EDITH,
        '"Ce sont des chiffres qui font froid dans le dos", estime Christophe Robert, délégué général de la Fondation Abbé Pierre.',
        pii=[("PERSONNE", "Christophe Robert")],
    ),
    R(
        _LEDROIT1,
        "Vendredi, le 29 septembre, mon mari a subi un accident vasculaire cérébral. Il a reçu l'attention nécessaire immédiatement à Hull. C. Lonergan, Gatineau",
        pii=[("PERSONNE", "Lonergan")],
        keep=["Hull", "Gatineau"],
    ),
    R(
        _LEDROIT1,
        "J'invite les pousseux de crayons qui ne se fient qu'aux statistiques à s'installer au triage de l'urgence pour voir s'ils feraient mieux. JD Lafontaine, Gatineau",
        pii=[("PERSONNE", "JD Lafontaine")],
        keep=["Gatineau"],
    ),
    R(
        _LEDROIT1,
        "Pourquoi le maire Jim Watson ne veut-il pas d'un sixième pont entre Ottawa et Gatineau ?",
        pii=[("PERSONNE", "Jim Watson")],
        keep=["Ottawa", "Gatineau"],
    ),
    R(
        _LEDROIT2,
        "Le 26 septembre, je me suis infligé une blessure à la cheville. Avec mon épouse, j'ai attendu plus de 13 h à l'urgence sans voir de médecin avant de quitter, épuisés et découragés. Michel Gohier, Gatineau",
        pii=[("PERSONNE", "Michel Gohier")],
        keep=["Gatineau"],
    ),
    R(
        _LEDROIT2,
        "Je tiens à souligner l'excellent service que mon fils a reçu à l'urgence de l'hôpital de Hull. Serge Landry, Gatineau",
        pii=[("PERSONNE", "Serge Landry")],
        keep=["Gatineau"],
    ),
    R(
        _LEDROIT3,
        "Pendant trois jours, j'ai placé une cinquantaine d'appels pour prendre un rendez-vous avec mon chirurgien-neurologue, mais personne ne répond. Carol Richer, Gatineau",
        pii=[("PERSONNE", "Carol Richer")],
        keep=["Gatineau"],
    ),
    R(
        _LEDROIT3,
        "Bravo à Patrick Duquette pour sa chronique « Enquête sur la qualité des soins » dénonçant les histoires d'horreur du système de santé en Outaouais. André Delisle, Gatineau",
        pii=[("PERSONNE", "Patrick Duquette"), ("PERSONNE", "André Delisle")],
        keep=["Gatineau"],
    ),
    R(
        _LEDROIT3,
        "On aurait dû mettre une plaque sous le crucifix en expliquant que c'est un hommage aux religieuses qui ont fondé l'hôpital. Pierre Cléroux, Gatineau",
        pii=[("PERSONNE", "Pierre Cléroux")],
        keep=["Gatineau"],
    ),
    R(
        _LAVAL,
        "\"mon quotidien, c'est d'être confronté à des odeurs de sang, de selles, de vomi, c'est d'être confronté à la souffrance, aux insultes, à la misère du monde.\"",
    ),
    R(
        _LAVAL,
        '"Mon quotidien ce sont aussi vos sourires, vos remerciements et vos encouragements". A l\'hôpital de Laval, les urgentistes font signer une pétition de soutien.',
        keep=["Laval"],
    ),
    R(
        _INTER,
        'Quand il a vu les résultats, Fabio confesse avoir "un peu rigolé" : "J\'ai du mal à le prendre au sérieux, à me dire que j\'ai été refusé."',
        pii=[("PERSONNE", "Fabio")],
    ),
    R(
        _INTER,
        "Échelon 7 et refusé, c'est le cas de Rayan. Le jeune homme de 19 ans, qui habite aux environs de Marseille, doit aller étudier à Paris l'année prochaine.",
        pii=[("PERSONNE", "Rayan")],
        keep=["Marseille"],
    ),
    R(
        _INTER,
        "\"Ma mère n'a pas les moyens de me payer un loyer à Paris, ni même en banlieue. Je misais tout sur le Crous et j'ai été refusé de partout.\"",
        keep=["Crous"],
    ),
    R(
        _LETUDIANT,
        'Isabelle se sent "délaissée" par le système du Crous. Pour le moment, pas de logement en vue pour elle. Par Léa Fournier',
        pii=[("PERSONNE", "Isabelle"), ("PERSONNE", "Léa Fournier")],
        keep=["Crous"],
    ),
    R(
        _LETUDIANT,
        "Boursière échelon 2, elle reçoit 270 euros du Crous et n'a pas d'aide de ses parents. Résultat, trois jours par semaine, Isabelle prend un train puis les transports parisiens.",
        pii=[("PERSONNE", "Isabelle")],
        keep=["Crous"],
    ),
    R(
        _LETUDIANT,
        'Elle a même "essayé de forcer en prenant rendez-vous avec l\'assistante sociale". Mon numéro INE : 0A12345678B, dossier social étudiant n° DSE-2023-448812.',
        pii=[("REFERENCE_DOSSIER", "0A12345678B"), ("REFERENCE_DOSSIER", "DSE-2023-448812")],
        inserted=["0A12345678B", "DSE-2023-448812"],
    ),
    R(
        _BONDY1,
        "J'ai échangé avec Liza, Camilla, Assia, Chan et Jade. Tous sont issus de milieux modestes voire très modestes et sont tous boursiers.",
        pii=[
            ("PERSONNE", "Liza"),
            ("PERSONNE", "Camilla"),
            ("PERSONNE", "Assia"),
            ("PERSONNE", "Chan"),
            ("PERSONNE", "Jade"),
        ],
    ),
    R(
        _BONDY1,
        "Assia a 18 ans. Elle a décroché son bac ES en juin dernier. Bondynoise d'origine, elle a récemment déménagé à Meaux pour suivre ses études.",
        pii=[("PERSONNE", "Assia")],
        keep=["Meaux"],
    ),
    R(
        _LIBE_TOIT,
        "Apostolos, Juliette, Louis, Camille et six autres ont entre 19 et 27 ans et sont venus de l'étranger ou de province pour étudier à Paris.",
        pii=[("PERSONNE", "Apostolos"), ("PERSONNE", "Juliette"), ("PERSONNE", "Louis"), ("PERSONNE", "Camille")],
    ),
    R(
        _LIBE_TOIT,
        "Or la commission met presque trois mois à statuer sur les dossiers «donc tu te sers la ceinture jusqu'en janvier, poursuit Alexandra. J'ai environ 600 euros par mois.»",
        pii=[("PERSONNE", "Alexandra")],
    ),
    R(
        _LIFELINES,
        "Étudiant en école d'ingénieurs sur le plateau de Saclay, Yahya Achou, alerte régulièrement ses abonnés sur TikTok : «Quand on attend la bourse pour manger, même deux ou trois jours de retard peuvent tout faire basculer.»",
        pii=[("PERSONNE", "Yahya Achou")],
    ),
    R(
        _HAITI24,
        "Eva Caron, 18 ans, traîne sa valise sur le bitume en direction d'un des bâtiments du Crous. Venue de Montreuil-sur-Mer, elle s'apprête à emménager. Sa mère et son grand-père l'accompagnent.",
        pii=[("PERSONNE", "Eva Caron")],
        keep=["Crous", "Montreuil-sur-Mer"],
    ),
    R(
        _BONDY2,
        "Trois mois que la rentrée universitaire a eu lieu. Début décembre, Irène attendait toujours sa bourse. « Avant, le délai d'attente était respecté, ce n'est plus le cas aujourd'hui » explique Irène.",
        pii=[("PERSONNE", "Irène")],
    ),
    R(
        _BONDY2,
        "Même son de cloche chez Hana. L'an passé, elle a dû attendre le mois de décembre pour la voir versée sur son compte. « Je ne pouvais pas m'acquitter des 400 euros… », précise-t-elle.",
        pii=[("PERSONNE", "Hana")],
    ),
    R(
        _BONDY2,
        "Résultat : pendant près de deux mois, Hana a suivi ses cours clandestinement, sans être inscrite. Ses deux visites au CROUS de Paris pour régulariser sa situation ont été vaines.",
        pii=[("PERSONNE", "Hana")],
        keep=["CROUS de Paris"],
    ),
    R(
        _YAHOO_CROUS,
        "Près d'une semaine après son immolation par le feu, Anas K., 22 ans, était toujours entre la vie et la mort. L'étudiant de l'université Lyon-2 présentait son geste comme un moyen de dénoncer son statut précaire.",
        pii=[("PERSONNE", "Anas K.")],
    ),
]
