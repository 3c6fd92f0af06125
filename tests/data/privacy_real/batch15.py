"""Real passages, batch 15: fourth held-out round (cartes grises, MDPH, titres de séjour, La Poste, France Travail,
CAF), pages in no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_DEMAT = "https://www.francebleu.fr/infos/transports/dematerialisation-apres-les-permis-de-conduire-ca-coince-aussi-pour-les-cartes-grises-1512063463"
_ALSACE = "https://france3-regions.francetvinfo.fr/grand-est/alsace/casse-tete-cartes-grises-prefecture-fait-peu-marche-arriere-vehicules-importes-1397339.html"
_ANGERS = "https://angers-actu.com/une-histoire-de-carte-grise"
_INVICTA = "https://invictaamoris.fr/dossier-mdph"
_EMMA = "https://allaisjohanna.wixsite.com/leffetdv/post/le-projet-de-vie"
_THEO = "http://theomaluanneief.canalblog.com/archives/2018/06/23/36509194.html"
_BAOBABS = "https://blog.francetvinfo.fr/lesbaobabs/2018/07/30/mdph-mon-amour.html"
_SOUSPREF = "https://zep.media/societe/etudiant-etranger-sans-papiers-dans-la-machine-a-papier"
_NASSAIRE = "https://zep.media/education/etudiant-etranger-renouvellement-titre-sejour-precarite/"
_TOULOUSE = "https://www.toulouse7.com/2010/10/20/etudiants-etrangers-et-titres-de-sejour-les-pratiques-humiliantes-de-la-prefecture/"
_DALLOZ = "https://actu.dalloz-etudiant.fr/le-billet/article/pas-de-vacances-pour-les-etudiants-etrangers/h/7565cba39f9a866d8fd9c42fa00b9a55.html"
_NEY = (
    "http://www.swing-la-bacaisse-dans-lfond-dla-boite-a-bois.com/2014/02/galere-paris-titre-de-sejour-prefecture.html"
)
_RECEPISSE = "https://www.plus.transformation.gouv.fr/experiences/6937338_desespoir-et-urgence-a-larrivee-de-lexpiration-du-recepisse"
_SIDI = "https://rmc.bfmtv.com/actualites/societe/prefectures-debordees-un-etudiant-sans-reponse-trois-mois-apres-une-demande-de-titre-de-sejour_AV-202301050088.html"
_POKEMON = "https://rmc.bfmtv.com/actualites/societe/il-ne-restait-que-le-papier-bulle-comment-faire-en-cas-de-colis-vole-perdu-ou-endommage_AV-202306210349.html"
_FACTRICE = "https://blogs.bl0rg.net/imaginos/2014/11/08/si-meme-la-poste-sy-met-ou-va-t-on"
_SAINTJOSEPH = "https://parallelesud.com/coup-de-gueuleun-grand-merci-a-la-poste/"
_FAIREPART = "https://www.planet.fr/temoignages/societe-courrier-egare-par-la-poste-jai-perdu-mon-argent-et-mon-temps.1953012.29336.html"
_NEUCHATEL = "https://www.bonasavoir.ch/article/article-detail/garde-du-courrier-deficiente"
_ANTITAFF = "http://49.12.195.9:8081/r/antitaff"
_ANPE = "https://www.politis.fr/articles/2007/10/un-monde-sans-chomeurs-2126/"
_APL = "https://www.streetpress.com/sujet/1489141236-caf-lutte-pour-toucher-nos-apl"
_ROYER = "https://blogs.mediapart.fr/mickael-royer/blog/150218/quand-la-caf-nous-trouve-trop-riche"
_LAMIA = "https://www.ladepechedabidjan.info/FRANCE-Pendant-la-crise-des-familles-asphyxiees-par-les-retenues-des-CAF_a27269.html"

RECORDS = [
    R(
        _DEMAT,
        "Aujourd'hui, les préfectures ne traitent plus les demandes de permis de conduire, de cartes d'identité et de cartes grises : les particuliers et les professionnels n'ont plus d'autre choix que d'utiliser le site Internet ANTS (Agence Nationale des Titres Sécurisés) mis en place par le ministère de l'Intérieur.",
        keep=["ANTS", "Agence Nationale des Titres Sécurisés", "ministère de l'Intérieur"],
    ),
    R(
        _DEMAT,
        "Si vous achetez une voiture a un particulier, vous devez effectuer le changement de carte grise vous-même, en passant par la fameuse plateforme ANTS. Ma demande porte le numéro 2017-11-0048213, véhicule immatriculé EK-318-PV.",
        pii=[("REFERENCE_DOSSIER", "2017-11-0048213"), ("IMMATRICULATION", "EK-318-PV")],
        keep=["ANTS"],
        inserted=["2017-11-0048213", "EK-318-PV"],
    ),
    R(
        _ALSACE,
        "Pour les dossiers les plus complexes, la préfecture conseille aux usagers de se rendre directement dans leurs locaux, pour se faire assister dans le dépôt de leur demande par des agents formés ; des bornes informatiques ont été installées à cet effet.",
    ),
    R(
        _ALSACE,
        "Attente d'autant plus insupportable pour les travailleurs frontaliers, qui ont besoin de leur voiture pour aller travailler en Allemagne par exemple, et qui ne peuvent pas circuler à l'étranger avec une immatriculation provisoire.",
    ),
    R(
        _ANGERS,
        "Aujourd’hui, je vous compte l’histoire d’un de nos lecteurs, Xavier. Une histoire un peu drôle, frustrante et loufoque.",
        pii=[("PERSONNE", "Xavier")],
    ),
    R(
        _ANGERS,
        "Bref, un mardi de mars (sincèrement notez bien ce mois, ça aura son importance), Xavier se rend à la préfecture d’Angers, rue des Lices aux alentours de 10h30",
        pii=[("PERSONNE", "Xavier")],
        keep=["préfecture d’Angers"],
    ),
    R(
        _ANGERS,
        "Xavier avait encore une ancienne plaque avec le numéro de département à la fin (4127 ZT 49). Il fallait donc en plus modifier le numéro d’immatriculation.",
        pii=[("PERSONNE", "Xavier"), ("IMMATRICULATION", "4127 ZT 49")],
        inserted=["4127 ZT 49"],
    ),
    R(
        _INVICTA,
        "En vrai ? C’est un peu la CAF du handicap : utile, indispensable, mais pas toujours fluide ni compréhensible. Et comme la CAF, ça fait parfois grincer des dents.",
        keep=["CAF"],
    ),
    R(
        _INVICTA,
        "Peut-être aussi que t’en as déjà envoyé un, et qu’il est revenu avec une belle étiquette “incomplet” après deux mois de silence radio.",
    ),
    R(
        _EMMA,
        "Lors de l'annonce de la malvoyance d'Emma, et donc de son handicap, l'équipe pluridisciplinaire de l'Hôpital Necker nous a remis un dossier à destination de la MDPH de notre lieu d'habitation.",
        pii=[("PERSONNE", "Emma")],
        keep=["Hôpital Necker", "MDPH"],
    ),
    R(
        _EMMA,
        "J'ai donc constaté début mars, le non versement de l'allocation d'Emma pour le motif indiqué sur mon espace personnel CAF : \"dossier non renouvelé, en attente\". N° allocataire 2718463",
        pii=[("PERSONNE", "Emma"), ("NUMERO_ALLOCATAIRE", "2718463")],
        keep=["CAF"],
        inserted=["2718463"],
    ),
    R(
        _EMMA,
        "Et il faut savoir que personne ne vous le rappellera, ni la MDPH, ni la CAF qui vous verse les prestations.",
        keep=["MDPH", "CAF"],
    ),
    R(
        _THEO,
        "Le premier dossier MDPH s'est imposé à nous en 2009 et tous les deux ans, on remet ça !",
        keep=["MDPH"],
    ),
    R(
        _THEO,
        'Sortez votre "écriture du dimanche", rien ne mécontente plus un administratif que de devoir s\'user les yeux à deviner ce que vous avez bien voulu écrire',
    ),
    R(
        _BAOBABS,
        "C’est si agréable de courir après les certificats médicaux de pédopsychiatres incompétents. La MDPH craint sans doute que nous oublions le handicap de notre enfant… Notre dossier porte le n° 075-2018-00731.",
        pii=[("REFERENCE_DOSSIER", "075-2018-00731")],
        keep=["MDPH"],
        inserted=["075-2018-00731"],
    ),
    R(
        _SOUSPREF,
        "Le matin quand mon réveil sonne à 6h15 le réflexe est toujours le même : j’allume mon PC et je vais sur le site de la sous-préfecture pour prendre un rendez-vous",
        keep=["sous-préfecture"],
    ),
    R(
        _SOUSPREF,
        "La dernière fois que mon dossier m’a été renvoyé c’était vers mi-janvier, il y avait du nouveau, la lettre me notifiait que « l’envoi par la voie postale n’est plus possible à partir du 1er janvier »",
    ),
    R(
        _NASSAIRE,
        "Nassaire Kharann G. 20/11/2020",
        pii=[("PERSONNE", "Nassaire Kharann G.")],
    ),
    R(
        _NASSAIRE,
        "Ça fait des mois q'il demande à renouveler son titre de séjour pour continuer à étudier en France en toute légalité, mais la préfecture reste sourde à ses appels. Depuis qu'il a expiré, Nassaire est en grande précarité.",
        pii=[("PERSONNE", "Nassaire")],
    ),
    R(
        _NASSAIRE,
        "Fin octobre, mon travail m’a licencié. Les APL de la CAF, je ne les touche plus. Je suis dans une résidence universitaire Crous où je paie 249 euros par mois.",
        keep=["CAF", "Crous"],
    ),
    R(
        _NASSAIRE,
        "Je suis un étudiant ivoirien en communication des organisations et stratégies numériques au sein de l’université Côte d’Azur de Nice. Né le 03/02/1998 à Bouaké, joignable au +225 07 48 19 33 20 ou au 07 58 21 64 09.",
        pii=[
            ("DATE_NAISSANCE", "03/02/1998"),
            ("TELEPHONE", "+225 07 48 19 33 20"),
            ("TELEPHONE", "07 58 21 64 09"),
        ],
        keep=["université Côte d’Azur", "Nice"],
        inserted=["03/02/1998", "+225 07 48 19 33 20", "07 58 21 64 09"],
    ),
    R(
        _TOULOUSE,
        "La préfecture de Haute-Garonne a ouvert une antenne au Crous, 58 rue du Taur, spécialement dédiée aux étudiants. Ces derniers n’ont plus à se rendre à la préfecture Saint Anne.",
        keep=["préfecture de Haute-Garonne", "Crous", "58 rue du Taur", "préfecture Saint Anne"],
    ),
    R(
        _TOULOUSE,
        "Chaque année l’étudiant doit présenter copies et originaux de tous ses relevés de notes et diplômes acquis depuis sa première année en France.",
    ),
    R(
        _DALLOZ,
        "Elle s’appelle donc X, elle est libanaise et quelques semaines après l’explosion du port de Beyrouth, en 2020, elle est venue en France commencer des études d’art plastique avec un visa que l’Ambassade de France délivrait alors à tour de bras dans des délais très courts",
        keep=["Beyrouth", "Ambassade de France"],
    ),
    R(
        _DALLOZ,
        "Elle déposa donc toutes ses pièces hormis la photographie pour laquelle elle proposa de joindre une photographie de Photomaton. Pas de réponse.",
    ),
    R(
        _NEY,
        "Pour les étudiants étrangers ou \"l'étranger\" (appellation de tous les papiers à remplir), ce bonheur s'appelle : la Préfecture du boulevard Ney.",
        keep=["Préfecture du boulevard Ney"],
    ),
    R(
        _NEY,
        "Une fois que t'as un visa, que t'as réussi à te faire scanner les poumons pour éliminer les risques potentiels de tuberculose, que t'es passé par l'OFII (Office Français de l'Immigration et de l'Intégration), que t'es retourné à l'OFII",
        keep=["OFII", "Office Français de l'Immigration et de l'Intégration"],
    ),
    R(
        _RECEPISSE,
        "Je suis Français et j’écris en tant que partenaire pour témoigner de notre expérience liée au renouvellement du titre de séjour de ma femme, immigrée en France en toute régularité.",
    ),
    R(
        _RECEPISSE,
        "Je me tiens à la disposition de la préfecture pour échanger davantage et proposer des solutions. Numéro étranger de ma compagne : 7503124587, tél. 06-14-52-87-30",
        pii=[("REFERENCE_DOSSIER", "7503124587"), ("TELEPHONE", "06-14-52-87-30")],
        inserted=["7503124587", "06-14-52-87-30"],
    ),
    R(
        _SIDI,
        "Sidi a 22 ans, il est Mauritanien. Depuis un an, il suit une formation de développeur informatique chez Epitech, une grande école parisienne pour l'informatique et les nouvelles technologies. Contact : +33 (0)6 51 47 28 93",
        pii=[("PERSONNE", "Sidi"), ("TELEPHONE", "+33 (0)6 51 47 28 93")],
        inserted=["+33 (0)6 51 47 28 93"],
    ),
    R(
        _SIDI,
        "Sauf que depuis le dépôt de son dossier, il n'a eu aucune réponse de la préfecture du Val-de-Marne et son titre de séjour arrive à expiration le 15 janvier.",
        keep=["préfecture du Val-de-Marne"],
    ),
    R(
        _POKEMON,
        'Sophie fait alors une réclamation à La Poste, qui lui répond deux jours plus tard: "le colis a bien été distribué". Circulez, il n’y a rien à voir.',
        pii=[("PERSONNE", "Sophie")],
        keep=["La Poste"],
    ),
    R(
        _POKEMON,
        '"Il a ouvert sa boîte aux lettres et a vu le colis éventré, vidé de son contenu, il ne restait que le papier bulle et le petit mot tendre que j\'avais joint", raconte-t-elle',
    ),
    R(
        _FACTRICE,
        "Ouvrant ma boîte aux lettres ce matin, je trouve un avis de passage du facteur, m’informant, non que j’aurai un colis à retirer au bureau de poste dès lundi matin, mais que, ne m’ayant pas trouvé, il (enfin, elle, c’est une factrice qui est passée aujourd’hui, je l’ai vue dans la rue) repassera",
    ),
    R(
        _FACTRICE,
        "J’ai beau rentrer le numéro du colis marqué sur l’avis, tout ce que j’ai le droit de faire, c’est d’accéder au suivi. Ce qui me fait une belle jambe.",
    ),
    R(
        _SAINTJOSEPH,
        "Le facteur qui a déposé cette enveloppe vide dans la boîte ne s’est étonné de rien, pas plus que la personne qui a effectué le tri le matin même à la Poste de Saint-Joseph, voire l’autre qui aura effectué le tri avant !",
        keep=["Poste de Saint-Joseph"],
    ),
    R(
        _SAINTJOSEPH,
        "Pour la forme, je suis passé au bureau de poste. L’employée a fait une réclamation, j’ai reçu dans la foulée sur mon adresse mail un « courrier type » expliquant que j’avais déposé ce jour une réclamation",
    ),
    R(
        _FAIREPART,
        "Suzanne A. ne pensait pas, un jour, devoir se battre avec La Poste pour savoir où se trouve son courrier.",
        pii=[("PERSONNE", "Suzanne A.")],
        keep=["La Poste"],
    ),
    R(
        _FAIREPART,
        "Les enveloppes prêtes, les futurs époux sont allés les déposer dans une boîte aux lettres du VIe arrondissement de Paris, rue de Sèvre.",
        keep=["Paris"],
    ),
    R(
        _NEUCHATEL,
        "Cette belle promesse, Michel Mentha l’a lue sur le site internet du géant jaune.",
        pii=[("PERSONNE", "Michel Mentha")],
    ),
    R(
        _ANTITAFF,
        "Je suis au chômage depuis Octobre 2024, après avoir terminé mon stage de 6 mois. J’ai donc eu la joie d’avoir eu affaire pour la première fois à France Travail. Mon identifiant : 4127395T",
        pii=[("IDENTIFIANT_FRANCE_TRAVAIL", "4127395T")],
        keep=["France Travail"],
        inserted=["4127395T"],
    ),
    R(
        _ANTITAFF,
        "À noter que, pour ma recherche d’emploi, j’utilise d’autres jobboards, et je n’utilise jamais France Travail, si ce n’est pour m’actualiser chaque mois.",
        keep=["France Travail"],
    ),
    R(
        _ANPE,
        "Vincent Priollet a été conseiller dans une agence de l'ANPE à Auxerre. Il relate comment s'opèrent les radiations massives.",
        pii=[("PERSONNE", "Vincent Priollet")],
        keep=["ANPE", "Auxerre"],
    ),
    R(
        _APL,
        "Par Amélie Na , Alice Maruani",
        pii=[("PERSONNE", "Amélie Na"), ("PERSONNE", "Alice Maruani")],
    ),
    R(
        _APL,
        "Depuis notre emménagement ensemble avec mon copain, Rémi, en janvier 2016, on n’a jamais réussi à toucher nos APL [les Aides personnalisées au logement ] normalement.",
        pii=[("PERSONNE", "Rémi")],
        keep=["Aides personnalisées au logement"],
    ),
    R(
        _APL,
        "C’est le maximum qu’elles peuvent se permettre, car elles ne roulent pas sur l’or. Ma mère est une petite restauratrice ; le père de Rémi est chômeur, sa mère institutrice.",
        pii=[("PERSONNE", "Rémi")],
    ),
    R(
        _ROYER,
        "J'ai 25 ans, je suis étudiant. Je vis en couple depuis plusieurs années. Les études n'offrant pas toujours la possibilité d'avoir un travail, je m'en remets à l'aide du CROUS, de mes parents et de la CAF.",
        keep=["CROUS", "CAF"],
    ),
    R(
        _ROYER,
        'Et quelle ne fût pas ma surprise, à la vue de la brève - mais tranchante - explication de ma fin de droits : "Ressources supérieures au montant fixé par décret". mickael royer',
        pii=[("PERSONNE", "mickael royer")],
        inserted=["mickael royer"],
    ),
    R(
        _LAMIA,
        "Depuis 2013, Lamia bataille avec la CAF des Bouches-du-Rhône, à la suite d’une fausse déclaration de son ex-conjoint : « Pour m’attaquer, il leur a dit qu’il vivait encore avec moi, alors que je suis mère isolée depuis 2005. »",
        pii=[("PERSONNE", "Lamia")],
        keep=["CAF des Bouches-du-Rhône"],
    ),
    R(
        _LAMIA,
        "La CAF a alors recalculé le montant de toutes les prestations qu’elle a versées à Lamia depuis lors. « Ils m’ont demandé près de 75 000 euros », s’étrangle-t-elle. Mon RIB : FR33 3000 4012 3400 0105 2871 146",
        pii=[("PERSONNE", "Lamia"), ("IBAN", "FR33 3000 4012 3400 0105 2871 146")],
        keep=["CAF"],
        inserted=["FR33 3000 4012 3400 0105 2871 146"],
    ),
    R(
        _LAMIA,
        "Encore aujourd’hui, malgré une décision du Conseil d’État en sa faveur – que nous avons pu consulter –, l’auxiliaire de vie continue de subir des prélèvements de la part de la CAF de l’Hérault, où elle est désormais installée.",
        keep=["Conseil d’État", "CAF de l’Hérault"],
    ),
]
