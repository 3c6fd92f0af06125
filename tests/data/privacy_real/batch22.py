"""Real passages, batch 22: round 6's held-out split, written blind by a new hand (CAF checks and RSA suspensions,
a lost carte Vitale, Pôle emploi struck-off claimants, water cuts in Martinique, letters to a mayor), pages in no
earlier split. See README.md."""

from tests.data.privacy_real.record import R

_BASTA_RSA = "https://basta.media/RSA-supprime-radiation-CAF-Pole-emploi-controle-sanction-fraudes"
_FOURMES = "http://fourmesdediscours.over-blog.org/article-face-a-la-caf-91011761.html"
_LOZERE = "https://exploitesenerves.noblogs.org/halte-aux-controles-de-nos-vies-pas-dcadeaux-pour-la-caf"
_PRECAF95 = (
    "http://coordination-precaf-rsa-95.over-blog.com/article-a-la-caf-la-suspension-ne-tient-qu-a-un-fil-58410186.html"
)
_DELABY = "http://meneldil-palantir-talmayar.blogspot.com/2015/04/lettre-ouverte-m-bernard-delaby-maire.html"
_SAINTLEU = "https://www.zinfos974.com/La-colere-des-contribuables-de-Saint-Leu-pour-la-taxe-Fonciere-pour-une-ville-abandonnee_a187005.html"
_ARROZOIR = "https://old.arrozoir.fr/article/lettre-ouverte-au-conseil-municipal"
_VITALE = "https://www.lectures-francaises.info/dans-le-chaos-de-la-secu-lenfer-dune-perte-de-carte-vitale/"
_PAYSAN = "http://paysanheureux.canalblog.com/archives/2021/03/20/38876040.html"
_LALETTRER = "https://lalettrer.fr/le-pole-emploi-et-moi/?replytocom=7"
_MEDIAPOLE = (
    "http://media-pole.com/index.php/actualites/1691-pole-emploi-radies-pour-absence-a-une-convocation-jamais-recue"
)
_LEDARD = (
    "https://ledard.1fr1.net/t1180-mode-d-emploi-pour-faire-baisser-les-chiffres-du-chomage-en-periode-pre-electorale"
)
_LIBE = "https://www.staging.libe.io/societe/2013/02/21/radiations-de-pole-emploi-des-histoires-de-rendez-vous-manques_883541"
_MASSACRE = "https://francoisemassacre.wordpress.com/2010/11/16/a-lattention-du-directeur-du-pole-emploi/"
_METATV = "https://meta.tv/po%CC%82le-emploi-des-radiations-expeditives-qui-embellissent-les-statistiques/"

RECORDS = [
    R(
        _BASTA_RSA,
        "Macron veut imposer du travail obligatoire aux bénéficiaires du Revenu minimum de solidarité. Déjà, les allocataires font face à des contrôles provenant de tous côtés : Pôle emploi, CAF ou départements. Témoignage de Philippe, allocataire sanctionné.",
        pii=[("PERSONNE", "Macron"), ("PERSONNE", "Philippe")],
        keep=["Pôle emploi", "CAF"],
    ),
    R(
        _BASTA_RSA,
        "« Bruno, allocataire du RSA, ne pensait pas devoir déclarer l’aide de ses parents dans ce moment difficile pour payer ses courses et ses frais de formation. La CAF a pourtant estimé qu’il avait multiplié les erreurs de déclarations, ce qui démontrait son intention frauduleuse », a par exemple recueilli le collectif Changer de cap",
        pii=[("PERSONNE", "Bruno")],
        keep=["RSA", "CAF"],
    ),
    R(
        _BASTA_RSA,
        "RSA supprimé sur décision du département : « J’ignore absolument ce qu’on me reproche »\n\nPrécarité\n\npar Rachel Knaebel",
        pii=[("PERSONNE", "Rachel Knaebel")],
        keep=["RSA"],
    ),
    R(
        _FOURMES,
        "Le mercredi 18 novembre, un contrôleur CAF passe chez moi sans aucune communication préalable. Le mec ne trouve personne et lais- se dans la boîte aux lettres un avis de passage avec une date de RDV obligatoire, 48h après, entre 10h et 12h.",
        keep=["CAF"],
    ),
    R(
        _FOURMES,
        "Et que je suis de nationalité italienne (et qu’à ce titre d’ailleurs, j’ai déjà participé l’année précédente à une action collective à la CAF de Rosny pour débloquer le refus qu’ils m’opposaient au droit de toucher le RMI).",
        keep=["CAF de Rosny"],
    ),
    R(
        _FOURMES,
        "Dans la lettre de convocation, la CAF me demande de présenter un tas de documents (acte de naissance, décla- rations de revenus 2006-07-08, n° de sécu, tous les justificatifs de ré- sidence et de travail...). La CAF avait déjà la plupart de ces papiers.\nMon n° allocataire : 0281734 K",
        pii=[("NUMERO_ALLOCATAIRE", "0281734 K")],
        keep=["CAF"],
        inserted=["0281734 K"],
    ),
    R(
        _LOZERE,
        "Ce jeudi 1er octobre, nous sommes aller à 4 pour accompagner N. à la CAF de Lozère. Cette action fait suite à 2 contrôles domiciliaires de la CAF.",
        keep=["CAF de Lozère"],
    ),
    R(
        _LOZERE,
        "Après avoir parlementer pendant quelques minutes à l’accueil de la CAF de Mende, nous avons pu voir le responsable. Nous avons insisté pour avoir des explications et dénoncé la situation de traque des soi-disant fraudeurs…",
        keep=["CAF de Mende"],
    ),
    R(
        _PRECAF95,
        "Une dame nous indique venir tous les 2-3 jours à la CAF : cela fait 3 mois qu’elle ne touche plus rien suite à un contrôle de la CAF.",
        keep=["CAF"],
    ),
    R(
        _PRECAF95,
        "Un autre allocataire est suspendu depuis le début de l’été, car il avait informé la CAF d’un séjour à l’étranger, ce que la CAF a pris comme un départ définitif. Il a signalé à la CAF son retour en juin, mais ça bloque.",
        keep=["CAF"],
    ),
    R(
        _DELABY,
        "Monsieur le maire,\nJe viens d’apprendre par la presse que vous aviez fait\ndéverser une boue puante devant un bidonville occupé sur le territoire de votre\ncommune par des familles roumaines, et je tenais à vous faire part de mon\nindignation.",
    ),
    R(
        _DELABY,
        "Je vous prie de croire, Monsieur le maire, à l’expression de\nma considération.\nPatrick Vandamme – patrick.vandamme@laposte.net",
        pii=[("PERSONNE", "Patrick Vandamme"), ("EMAIL", "patrick.vandamme@laposte.net")],
        inserted=["Patrick Vandamme", "patrick.vandamme@laposte.net"],
    ),
    R(
        _DELABY,
        "La réparation du mal qui a été fait me semble à présent une nécessité.\nMaintenant, il faut recoudre, aurait\ndit Catherine de Médicis.",
        pii=[("PERSONNE", "Catherine de Médicis")],
    ),
    R(
        _SAINTLEU,
        "Monsieur le Maire,\n\nQuel fut ma surprise après lecture de ma taxe foncière. Le montant me semble exorbitant ! Vous n’êtes pas sans savoir que beaucoup de vos confrères n’ont pas osés l’augmentée.",
    ),
    R(
        _SAINTLEU,
        "Oui le passage de 45.22% en 2021 a 47.48% en 2022 ne passe pas meme si vous osez vous glorifier que d’une augmentation que de 2,26%.",
    ),
    R(
        _SAINTLEU,
        "Dans ma position de lanceur d’alerte je me devais de vous l’écrire en lettre ouverte.\n\nAu plaisir de vous lire.\nJean-Marc Hoarau\n14 chemin des Tamarins\n97436 Saint-Leu",
        pii=[("PERSONNE", "Jean-Marc Hoarau"), ("ADRESSE", "14 chemin des Tamarins\n97436 Saint-Leu")],
        inserted=["Jean-Marc Hoarau", "14 chemin des Tamarins\n97436 Saint-Leu"],
    ),
    R(
        _SAINTLEU,
        "J’habite un quartier abandonné par l’ensemble de vos élus. En ce qui concerne les services techniques nous sommes oubliés avec une voierie lamentable et je n’ose parler des chemins communaux.",
    ),
    R(
        _ARROZOIR,
        "Aujourd'hui, parce que je mène ce combat, mon activité est exhangue, ma situation très compliquée... mais sachez que je mettrai tout ce que je suis à combattre ce que vous êtes.",
    ),
    R(
        _ARROZOIR,
        "J'ai demandé des documents pour assister à la réunion dite \"technique\", plutôt que de répondre à ma demande légitime : vous ne m'y avez pas invité.\nThierry Rouquette, 3 impasse des Saules",
        pii=[("PERSONNE", "Thierry Rouquette"), ("ADRESSE", "3 impasse des Saules")],
        inserted=["Thierry Rouquette", "3 impasse des Saules"],
    ),
    R(
        _VITALE,
        "Tout commence ce vendredi 3 février après-midi. Je reçois de ma mère un appel angoissé : elle a perdu sa carte bancaire et sa carte vitale. Pour elle, c’est une catastrophe.",
    ),
    R(
        _VITALE,
        "Je la rassure tout de suite en lui indiquant que mon frère allait se rendre au plus tôt au service des objets trouvés de la mairie de notre commune pour voir si, par un heureux hasard, une personne bien intentionnée n’aurait pas rapporté ces deux cartes.",
    ),
    R(
        _VITALE,
        "Il fallait ensuite contacter la Caisse primaire d’assurance maladie (n° de sécu de maman : 2 31 04 75 112 087 54). Mais de ce côté, nous allons le voir, les choses allaient être bien plus compliquées.",
        pii=[("NIR", "2 31 04 75 112 087 54")],
        keep=["Caisse primaire d’assurance maladie"],
        inserted=["2 31 04 75 112 087 54"],
    ),
    R(
        _VITALE,
        "Âgée de 92 ans (née le 3 avril 1931), connaissant de sérieux problèmes de déplacement, cette perte la met dans une situation particulièrement difficile !",
        pii=[("DATE_NAISSANCE", "3 avril 1931")],
        inserted=["3 avril 1931"],
    ),
    R(
        _PAYSAN,
        "En arrivant pour une prise de sang, quelle n’a pas été ma surprise de découvrir que ma carte n’était plus à jour. Voulant bénéficier du tiers payant, comme tout à chacun, j’ai tenté par trois fois la mise à jour, sans succès.",
    ),
    R(
        _PAYSAN,
        "Dès mon retour à la maison, je me suis mis en quête du numéro de téléphone de ma MSA. Il faut chercher car tout est fait pour qu’on n’appelle pas, sauf le numéro d’urgence pour les agriculteurs en détresse psychologique.",
        keep=["MSA"],
    ),
    R(
        _PAYSAN,
        "Faire suivre le téléphone est une solution, mais il faut aussi le numéro de sécu pour être identifié (le mien : 1 62 08 24 322 018 03), c’est donc bien compliqué….",
        pii=[("NIR", "1 62 08 24 322 018 03")],
        inserted=["1 62 08 24 322 018 03"],
    ),
    R(
        _LALETTRER,
        "En ce mardi 20 décembre à 14 heures j’étais convoqué par le Pôle Emploi du XVème arrondissement parisien (identifiant 0871245P) pour mettre à jour ma situation de demandeur d’emploi.",
        pii=[("IDENTIFIANT_FRANCE_TRAVAIL", "0871245P")],
        keep=["Pôle Emploi"],
        inserted=["0871245P"],
    ),
    R(
        _LALETTRER,
        "Ceux à quoi j’ai répondu, qu’en effet j’étais toujours en recherche d’emploi, et donc disponible pour passer des entretiens et donc pas forcément à la merci de M. Paul Emploi !",
    ),
    R(
        _MEDIAPOLE,
        "D’abord, il y a ceux qui tentent de faire bonne figure, comme Éric de Lille. « Pôle emploi soutient m’avoir envoyé une convocation sur mon espace personnel. Je n’ai aucune trace de ce courrier mais je veux bien leur laisser le bénéfice du doute. »",
        pii=[("PERSONNE", "Éric")],
        keep=["Lille", "Pôle emploi"],
    ),
    R(
        _MEDIAPOLE,
        "Et puis, il y a ceux qui vont plus loin, comme Cyril : « C’est facile de se pavaner en disant que les chiffres du chômage ont baissé si on compte les radiations abusives ! »",
        pii=[("PERSONNE", "Cyril")],
    ),
    R(
        _MEDIAPOLE,
        "Isabelle Lenfant, directrice de la stratégie et des relations extérieures de Pôle emploi Nord - Pas-de-Calais - Picardie préfère parler de « difficultés d’adaptation »",
        pii=[("PERSONNE", "Isabelle Lenfant")],
        keep=["Pôle emploi"],
    ),
    R(
        _LEDARD,
        "\"J'ai reçu par courrier, mi-août, une convocation à un entretien téléphonique 28 septembre à 9h30. Ce jour-là, j'ai attendu toute la journée à mon domicile, munie de mon téléphone et de mon dossier à portée de main, en vain, l'appel de mon conseiller.",
    ),
    R(
        _LEDARD,
        "Hier, j'ai reçu une lettre d'avertissement avant radiation pour absence à mon entretien\" raconte Florence, une visiteuse médicale de Montpellier au chômage depuis huit mois.",
        pii=[("PERSONNE", "Florence")],
        keep=["Montpellier"],
    ),
    R(
        _LEDARD,
        "Mode d'emploi pour faire baisser les chiffres du chômage en période pré-électorale\nNATHALIE BALSAN-DUVERNEUIL\n06/10/2011, 09 h 50 | Mis à jour le 06/10/2011, 09 h 58\n64 réactions",
        pii=[("PERSONNE", "NATHALIE BALSAN-DUVERNEUIL")],
    ),
    R(
        _LIBE,
        "«Radier un chômeur est une décision grave, écrit en préambule le médiateur, Jean-Louis Walter. Factures et loyers impayés, problèmes bancaires, manger aujourd'hui, soigner les enfants demain — une épreuve que même un salarié socialement inséré ne saurait surmonter sans dommages.»",
        pii=[("PERSONNE", "Jean-Louis Walter")],
    ),
    R(
        _LIBE,
        "«J'ai raté l'appel, j'étais sous la douche. J'ai voulu rappeler mais le numéro était masqué. Quelques jours plus tard, j'ai reçu une lettre du Pôle emploi me disant que j'étais radié. Mon identifiant : 3962145B»",
        pii=[("IDENTIFIANT_FRANCE_TRAVAIL", "3962145B")],
        keep=["Pôle emploi"],
        inserted=["3962145B"],
    ),
    R(
        _MASSACRE,
        "OBJET : Réponse à un avertissement avant radiation pour absence au premier entretien professionnel\nIdentifiant : 5102837T\n\nCher Monsieur le Directeur du Pôle Emploi,\n\nOn croit rêver.",
        pii=[("IDENTIFIANT_FRANCE_TRAVAIL", "5102837T")],
        keep=["Pôle Emploi"],
        inserted=["5102837T"],
    ),
    R(
        _MASSACRE,
        "Je vous ai envoyé de multiples courriers, j’ai appelé le Pôle Emploi plus d’une dizaine de fois depuis la rentrée de septembre, j’ai demandé moi-même des entretiens (à deux reprises) que l’on ne m’a pas accordés",
        keep=["Pôle Emploi"],
    ),
    R(
        _MASSACRE,
        "Pourtant, ce n’est pas faute d’avoir transmis ma nouvelle adresse postale (8 rue des Tanneurs, 35000 Rennes) à vos services, la preuve étant que tous les courriers m’annonçant de mauvaises nouvelles arrivent, eux, bien à destination.",
        pii=[("ADRESSE", "8 rue des Tanneurs, 35000 Rennes")],
        inserted=["8 rue des Tanneurs, 35000 Rennes"],
    ),
    R(
        _MASSACRE,
        "Au nom de quoi m' »avertissez »-vous et me menacez-vous de radiation alors que je me suis vu refuser, quelques semaines plus tôt par téléphone, un rendez-vous que je demandais à l’un de vos conseillers, et alors que le Pôle Emploi m’avait déjà radiée, me supprimant mes indemnités du mois de septembre pour cause de « déménagement » ?\nRIB : FR33 3000 2005 5000 0015 7841 Z25",
        pii=[("IBAN", "FR33 3000 2005 5000 0015 7841 Z25")],
        keep=["Pôle Emploi"],
        inserted=["FR33 3000 2005 5000 0015 7841 Z25"],
    ),
    R(
        _METATV,
        "“Le 2 janvier, j’ai vu que j’étais radié”, raconte Mehdi Diadi, au chômage depuis l’automne. Cet habitant de Saint-Sornin pense à une erreur et court à son agence d’Angoulême.",
        pii=[("PERSONNE", "Mehdi Diadi")],
        keep=["Saint-Sornin", "Angoulême"],
    ),
    R(
        _METATV,
        "Jean-François Herbert, à Saint-Sornin, a aussi été exclu pendant les fêtes. Cela lui était déjà arrivé une fois: “J’avais un autre rendez-vous, plus important, le même jour. Je leur ai demandé s’ils pouvaient le décaler. Ils ont refusé.”",
        pii=[("PERSONNE", "Jean-François Herbert")],
        keep=["Saint-Sornin"],
    ),
    R(
        _METATV,
        "Gina Laspeyres, une Charentaise désormais installée en Gironde, a subi la même mésaventure. “Je leur ai montré qu’il n’y avait aucune trace de la convocation dans mon espace personnel, sur internet.",
        pii=[("PERSONNE", "Gina Laspeyres")],
        keep=["Gironde"],
    ),
]
