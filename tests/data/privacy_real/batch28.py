"""Real passages, batch 28: round 7's held-out split, written blind by a new hand (a jobseeker's blog and France
Travail agents, car registration papers stuck online, health insurance desks in Clermont and Rennes, a CAF mediator
and an AAH appeal, Tahiti's social security fund, farmers and the MSA, social security appeals), pages in no earlier
split. See README.md."""

from tests.data.privacy_real.record import R

_CHLOE = "http://welovewords.com/documents/couacs-a-pole-chomage-1"
_CELINE = (
    "https://www.staging.libe.io/economie/social/reforme-du-rsa-chez-france-travail-je-nai-pas-besoin-dun-hommage-mais-"
    "de-preparation-20250101_XJDJ2EK7BBEBHEWDRANCAFWNYE"
)
_CARTEGRISE = "https://www.franceinter.fr/economie/carte-grise-les-retards-crispent-les-automobilistes-et-mettent-en-danger-les-concessionnaires"
_NEYRAT = "http://exclusif.org/articles.php?lng=fr&pg=348"
_RENNES = (
    "https://france3-regions.francetvinfo.fr/bretagne/ille-et-vilaine/delais-de-traitement-a-la-securite-sociale-j-"
    "attends-pour-aller-voir-le-medecin-2552436.html"
)
_LARTEMIZIA = "https://adr-avocats.com/le-mediateur-de-la-caf-vu-par-une-combattante-sociale/"
_AAH = "https://leprixdelamour.fr/tag/tribunal/"
_VERONIQUE = "http://www.tahiti-infos.com/Le-casse-tete-des-travailleurs-precaires_a158525.html"
_PASCAL = "http://www.tahiti-infos.com/Accords-entre-la-CPS-et-la-Securite-sociale-233-assures-prives-de-leurs-droits-sans-le-savoir_a158083.html"
_CPS = "http://www.cps.pf/la-cps-et-la-psg/presentation-de-la-cps/du-front-de-mer-l-av-du-cdt-chessee"
_DJA = "https://www.coordinationrurale.fr/category/le-terrain/aquitaine-limousin-poitou-charentes/cr-40/page/12/"
_OUROUX = "https://www.agribourgogne.fr/articles/une-tentative-pour-comprendre-69244"
_FAUGERES = "https://agriculteursencolere.fr/th-herault"
_DIJON = "https://master.juricaf.org/arret/FRANCE-COURDAPPELDEDIJON-20240829-2200481"
_ROUEN_IJ = "https://juricaf.org/arret/FRANCE-COURDECASSATION-20110303-1015282"

RECORDS = [
    R(
        _CHLOE,
        "Couacs à Pôle Chômage (1)\nchloe-n\nIl y a des matins comme ça où rien ne va. Et aujourd'hui, plus encore : j'ai rendez-vous à Pôle Chômage.",
        pii=[("PERSONNE", "chloe-n")],
    ),
    R(
        _CHLOE,
        "J'aurais préféré un entretien par téléphone ou mieux encore, par mail, mais ma conseillère a une préférence pour les rendez-vous en face-à-face. Identifiant : 3218754W",
        pii=[("IDENTIFIANT_FRANCE_TRAVAIL", "3218754W")],
        inserted=["3218754W"],
    ),
    R(
        _CHLOE,
        "Impossible de fournir un justificatif médical pour me décharger de ce tête-à-tête qui s'annonce une fois de plus très productif (!), je ne suis pas allée voir le médecin. Plus de boulot, plus de mutuelle, et donc pas de docteur.",
    ),
    R(
        _CHLOE,
        "Quand vient mon tour, après avoir annoncé que j'avais rendez-vous, elle m'invite à m'asseoir… près des toilettes. Pourtant, ce n'est pas le nombre de sièges qui manque !",
    ),
    R(
        _CELINE,
        "L’agence France Travail d’Hérouville-Saint-Clair (Calvados) s’était mise sur son 31 pour accueillir la ministre du Travail. A la veille de l’entrée en vigueur de la loi pour le «plein-emploi», qui renforce le suivi et les obligations des demandeurs d’emploi, la macroniste Astrid Panosyan-Bouvet venait «rendre hommage aux agents France Travail».",
        pii=[("PERSONNE", "Astrid Panosyan-Bouvet")],
        keep=["France Travail", "Hérouville-Saint-Clair", "Calvados"],
    ),
    R(
        _CELINE,
        "«Je n’ai pas besoin d’un hommage, j’ai besoin de préparation», ironise au téléphone Céline (1), agent France Travail (ex-Pôle Emp",
        pii=[("PERSONNE", "Céline")],
        keep=["France Travail"],
    ),
    R(
        _CARTEGRISE,
        'Un autre s\'est retrouvé en prison, pour avoir roulé sans ses papiers : "Il se fait arrêter par la police, confiscation du véhicule, mise en fourrière", raconte son avocat Jean-Marc Descoubresse.',
        pii=[("PERSONNE", "Jean-Marc Descoubresse")],
    ),
    R(
        _CARTEGRISE,
        "\"Le système n'arrive pas à enregistrer les dossiers, j'ai essayé de le faire moi-même, c'est incompréhensible\", poursuit l'avocat, qui défend des dizaines d'autres clients",
    ),
    R(
        _CARTEGRISE,
        "Selon Le Parisien ce mercredi, ce chiffre s'élèverait même à entre 400 000 et 450 000 dossiers en attente sur le site de l'Agence nationale des titres sécurisés, qui a pris la place en novembre dernier des guichets en préfecture. Immatriculation : GF-218-PK",
        pii=[("IMMATRICULATION", "GF-218-PK")],
        keep=["Agence nationale des titres sécurisés", "préfecture"],
        inserted=["GF-218-PK"],
    ),
    R(
        _NEYRAT,
        "“ Ça embouteille dur, certains jours, au centre d’assurance-maladie de Croix-de-Neyrat. Il faut le dire. ” Vérifier d’abord…",
        keep=["Croix-de-Neyrat"],
    ),
    R(
        _NEYRAT,
        "14 h 30 : treize personnes sont désormais assises et attendent d’être reçues dans l’unique bureau ouvert. Arrivé peu après 14 heures, un homme est reçu à 14 h 35. Il ne juge pas l’attente excessive, il avait prévu une partie de l’après-midi ! Il ressortira à 14 h 50.",
    ),
    R(
        _RENNES,
        "Depuis qu'elle est devenue étudiante, Rasmina, 19 ans n'est plus rattachée à la carte vitale de ses parents et cela fait bientôt deux mois qu'elle tente d'obtenir son attestation d'affiliation à la Sécurité sociale.",
        pii=[("PERSONNE", "Rasmina")],
        keep=["Sécurité sociale"],
    ),
    R(
        _RENNES,
        "J'ai besoin de prendre rendez-vous à l'hôpital mais j'attends d'avoir cette attestation pour ne pas avoir à avancer les frais.\nRasmina, 19 ans\nN° de sécu : 2 01 12 75 056 214 04",
        pii=[("PERSONNE", "Rasmina"), ("NIR", "2 01 12 75 056 214 04")],
        inserted=["2 01 12 75 056 214 04"],
    ),
    R(
        _RENNES,
        "Même chose pour Moussa, 21 ans, en service civique dans une association rennaise depuis 5 mois. Il a réussi à ouvrir un compte Ameli et obtenir une carte vitale mais un bug sur le site internet de la Sécurité sociale l'empêche d'obtenir la complémentaire santé solidaire depuis un mois.",
        pii=[("PERSONNE", "Moussa")],
        keep=["Ameli", "Sécurité sociale"],
    ),
    R(
        _RENNES,
        "\"Si vous n'avez pas le Covid, ce n'est pas la peine de les appeler, vous n'aurez personne\", prévient Maryvonne, 80 ans. Elle a tenté d'appeler pour démêler des problème de remboursement de frais de santé sans succès elle non plus.",
        pii=[("PERSONNE", "Maryvonne")],
    ),
    R(
        _LARTEMIZIA,
        "Lartemizia a un blog qui a attiré mon attention car avec beaucoup d’humour, elle relate son parcours de digne combattant zélé dans les méandres du RSA/RMI dans un billet intitulé « je n’ai pas sombré » ici .",
        pii=[("PERSONNE", "Lartemizia")],
    ),
    R(
        _LARTEMIZIA,
        "Elle y raconte les conseils du médiateur en 20mn d’entretien puis 30mn de parlotte (car il attend sa femme pour partir, dixit). Il l’ a assurée qu’il la soutiendrait et bien sûr, elle y croit, ce qui est possible au demeurant mais voilà le temps passe…",
    ),
    R(
        _AAH,
        "Nous avons d’ailleurs été plus de 100 000 à signer la pétition sur le site du Sénat pour espérer que les choses changent et que le salaire du conjoint ne réduise ou ne supprime, n’invalide en somme, les 903,60 € de cette aide",
        keep=["Sénat"],
    ),
    R(
        _AAH,
        "Une petite vidéo de Kevin Polisano illustre bien Le prix de l’amour pour une partie de ces citoyens.",
        pii=[("PERSONNE", "Kevin Polisano")],
    ),
    R(
        _AAH,
        "Alors quand celle des Bouches-du-Rhône a réduit mon AAH en janvier 2018, un an plus tard elle la supprimera, je conteste cette décision auprès de leur Commission de Recours Amiable en leur donnant tous les arguments juridiques. Mon numéro d'allocataire : 4417093",
        pii=[("NUMERO_ALLOCATAIRE", "4417093")],
        keep=["Bouches-du-Rhône", "Commission de Recours Amiable"],
        inserted=["4417093"],
    ),
    R(
        _AAH,
        "Je formule alors une demande de recours contentieux au Tribunal de Grand Instance de Marseille. L’audience a lieu 20 mois après cette requête, le 2 octobre 2020. Je n’ai pas pris d’avocat",
        keep=["Tribunal de Grand Instance de Marseille"],
    ),
    R(
        _VERONIQUE,
        "L'année dernière, Véronique était professeure vacataire aux lycées professionnels de Faa'a et de Taravao. Elle est repartie en Métropole début décembre, mais a profité d'avoir retrouvé sa liberté de parole pour nous raconter ses mésaventures avec la Caisse de prévoyance sociale CPS",
        pii=[("PERSONNE", "Véronique")],
        keep=["Faa'a", "Taravao", "Caisse de prévoyance sociale", "CPS"],
    ),
    R(
        _VERONIQUE,
        "\"C'est quand même incroyable ! Comment fait un Polynésien qui signe un CDD tous les quatre mois, et malheureusement il y en a beaucoup. Il est assuré un mois par trimestre ? Et celui qui ne fait pas 169 heures par an, il n'est jamais assuré ? Comment il fait ?\"",
    ),
    R(
        _PASCAL,
        "Mauvaise surprise un jour de janvier pour Pascal, retraité. Ses feuilles de soins lui sont retournées, ses droits d'assuré social sont suspendus. \"Je n'en revenais pas. Cela fait longtemps que je suis en Polynésie française.",
        pii=[("PERSONNE", "Pascal")],
        keep=["Polynésie française"],
    ),
    R(
        _PASCAL,
        "\"Quand j'ai demandé des explications à la CPS, on m'a expliqué que la sécurité sociale mettait ses listes à jour…\" Mon numéro : 1 65 01 33 063 042 69",
        pii=[("NIR", "1 65 01 33 063 042 69")],
        keep=["CPS"],
        inserted=["1 65 01 33 063 042 69"],
    ),
    R(
        _CPS,
        "« Il y avait là la boulangerie (au fond du passage) et les locaux de Monsieur Raoulx (au-dessus du bureau de la caisse), se souvient Mathilde, épouse de Frantz Vanizette (fut l'ancien président de l'Assemblée territoriale) qui dirigea la Caisse pendant une vingtaine d'années. L'équipe de départ, avec l'agent comptable Claude Nenon, se résumait à cinq personnes ».",
        pii=[
            ("PERSONNE", "Raoulx"),
            ("PERSONNE", "Mathilde"),
            ("PERSONNE", "Frantz Vanizette"),
            ("PERSONNE", "Claude Nenon"),
        ],
    ),
    R(
        _CPS,
        "« Les numéros des salariés, pour la perception des allocations, étaient inscrits au mur, sur un tableau noir. Tous les trois mois, nous partions en tournée dans les districts et dans les îles, munis des dossiers, pour payer les allocations - en espèces - à tous les cotisants ! », raconte Yamilé Catala, alors secrétaire.",
        pii=[("PERSONNE", "Yamilé Catala")],
    ),
    R(
        _DJA,
        "Je prends donc le téléphone mais là encore les résultats ne sont pas très probants puisque soit c’est une machine qui me répond, soit on me dit que l’on me rappellera plus tard. Quand ? Je ne sais pas et à vrai dire j’attends toujours !",
    ),
    R(
        _DJA,
        "Alors que j’entame les démarches, mon premier réflexe est de rechercher des informations sur internet et bien évidemment, parmi tous les exemples rencontrés, je ne trouve rien qui s’applique à mon cas.\nN° de sécurité sociale : 1 58 06 40 088 017 63",
        pii=[("NIR", "1 58 06 40 088 017 63")],
        inserted=["1 58 06 40 088 017 63"],
    ),
    R(
        _DJA,
        "Puis, un second entretien… « C'est pourquoi ? Matricule ? Nombre de trimestre cotisés ? ». Ouf, le compte est bon ! Et alors que je m’attends à boucler enfin mon dossier de demande de retraite, c’est la déception : « Il nous faut une attestation de 2 témoins pour justifier que vous travailliez bien avant l’âge de 20 ans ! ».",
    ),
    R(
        _OUROUX,
        "« Nous sommes venus pour obtenir des explications, mais, nous repartons comme nous sommes venus avec peut-être maintenant la certitude de devoir prendre rendez-vous auprès de la MSA pour éclaircir la situation » réagit Alain Guillier, ancien exploitant agricole",
        pii=[("PERSONNE", "Alain Guillier")],
        keep=["MSA"],
    ),
    R(
        _OUROUX,
        "Côté MSA, étaient présents : Chantal Colodiège et Marie-Élisabeth Bidaut, conseillères MSA, Christelle Monin, experte retraite et Julien Perroux, expert fonctionnel. « Nous avons conscience que les retraites sont peu élevées pour certains et qu’il y a des failles dans le système » pointe Julien Perroux.",
        pii=[
            ("PERSONNE", "Chantal Colodiège"),
            ("PERSONNE", "Marie-Élisabeth Bidaut"),
            ("PERSONNE", "Christelle Monin"),
            ("PERSONNE", "Julien Perroux"),
        ],
        keep=["MSA"],
    ),
    R(
        _FAUGERES,
        "Ce qui veut dire qu’un exploitant agricole n’ayant pas pu céder ou vendre son exploitation, ne percevra pas sa retraire et ce quel que soit son âge (et sa durée de cotisation).",
    ),
    R(
        _FAUGERES,
        "De façon étonnante, cette requête d’un droit légitime à la retraite n’a pas été évoquée lors des récentes revendications du monde agricole ou bien alors je ne l’ai pas entendue. Merci par avance pour votre attention.\nBien cordialement\nThierry Rodriguez\nvigneron au Mas Gabinèle en AOC Faugères",
        pii=[("PERSONNE", "Thierry Rodriguez")],
        keep=["Faugères"],
    ),
    R(
        _DIJON,
        "APPELANT :\n[J] [O]\n[Adresse 2]\n[Localité 4]\nreprésenté par Maître Karima MANHOULI, avocat au barreau de DIJON\nINTIMÉE :\nCaisse primaire d'assurance maladie de la Côte d'Or (CPAM)",
        pii=[("PERSONNE", "Karima MANHOULI")],
        keep=["Caisse primaire d'assurance maladie de la Côte d'Or", "CPAM"],
    ),
    R(
        _DIJON,
        "Expédition revêtue de la formule exécutoire délivrée le 29/08/24 à :\n-CPAM de la Côte d'Or(LRAR)\nC.C.C délivrées le 29/08/24 à :\n-[J] [O](LRAR)\n-Me MANHOULI",
        pii=[("PERSONNE", "MANHOULI")],
        keep=["CPAM de la Côte d'Or"],
    ),
    R(
        _ROUEN_IJ,
        "Attendu, selon l'arrêt attaqué (Rouen, 1er avril 2009), que M. X... a été déclaré apte à la reprise du travail, à l'issue d'un arrêt maladie, à la date du 17 octobre 2005 ; que cette date a été confirmée, après expertise médicale technique, par la commission de recours amiable de la caisse primaire d'assurance maladie de Rouen (la caisse) ;",
        keep=["caisse primaire d'assurance maladie de Rouen"],
    ),
]
