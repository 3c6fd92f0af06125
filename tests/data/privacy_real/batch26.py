"""Real passages, batch 26: round 7's held-out split, written blind by a new hand (a village petition and its
comments, a class closing in Mayenne, waiting for social housing, a tax office seen from inside, open letters to
mayors in Fontenay-aux-Roses and Briançon, the Marseille CAF, an MDPH file, France services), pages in no earlier
split. See README.md."""

from tests.data.privacy_real.record import R

_CHEMERY = "https://www.mesopinions.com/petition/politics/pour-la-sauvegarde-de-la-6e/18571"
_MARCILLE = "https://lecourrierdelamayenne.fr/actualite-22576-marcille-la-ville-une-classe-qui-ferme-c-est-une-commune-qui-se-meurt"
_FONTENAYSB = "https://fr.style.yahoo.com/logement-social-d%C3%A9lais-obtenir-explosent-122519453.html"
_FAZIA = "https://europe1.fr/societe/ce-nest-pas-un-logement-cest-un-debarras-fazia-sexagenaire-vit-dans-la-moisissure-4091347"
_IMPOTS = "http://raconterletravail.fr/spip.php?page=reader&id_recit=1410"
_FONTENAY = "http://pourfontenay.fr/blog/lettre-ouverte-m-le-maire-concernant-la-communication-avec-les-fontenaisiens"
_BERWICK = "https://www.e-briancon.com/63342/association-les-riverains-de-berwick/"
_MARSEILLE = "https://20minutes.fr/marseille/1489055-20141126-bouches-rhone-caf-change-fonctionnement"
_HANDIPARENT = "https://blog.handiparentalite.org/profession-handicape"
_CHATEAUGIRON = (
    "https://france3-regions.francetvinfo.fr/bretagne/ille-et-vilaine/rennes/enquete-exclusive-on-est-la-pour-"
    "accompagner-les-gens-pas-pour-remplacer-les-impots-aux-espaces-france-services-ces-nouveaux-relais-de-proximite-"
    "des-finances-publiques-2529844.html"
)
_LYON = (
    "https://www.francetvinfo.fr/economie/immobilier/immobilier-indigne/temoignage-j-ai-eu-une-seule-proposition-en-"
    "deux-ans-bien-que-prioritaires-ces-familles-demunies-face-a-la-crise-du-logement-social_6098364.html"
)
_SAONE = "https://macommune.info/occupation-annoncee-de-l-ecole-de-saone-66246"

RECORDS = [
    R(
        _CHEMERY,
        "Vous avez peut-être déjà eu connaissance par la presse, par les parents d'élèves ou par le biais des affichages en place, d'un risque réel de fermeture d'une classe dans notre école Chémery/Méhers.",
        keep=["Chémery", "Méhers"],
    ),
    R(
        _CHEMERY,
        "Les représentants des parents d'élèves ont décidé de mettre en place un certain nombre d'actions pour essayer de préserver notre école. Parmi ces actions se trouve la diffusion d'une pétition pour récolter un maximum de signatures, symbole de la volonté des parents mais aussi de chaque habitant, de préserver notre école.\nContact : apechemery41@laposte.net",
        pii=[("EMAIL", "apechemery41@laposte.net")],
        inserted=["apechemery41@laposte.net"],
    ),
    R(
        _CHEMERY,
        "pour garder la classe car aujoud'hui peut etre moin mais demain combien d'enfant a chemery",
        keep=["chemery"],
    ),
    R(
        _CHEMERY,
        "Marie-christine - 18:22:13\nCes fermetures d'école sont honteuses. Les élus doivent au minimum respecter la LOI qui rend l'école obligatoire et cesser de fermer des écoles notamment en milieu rural. C'est une honte et un droit qu'ils ne devraient pas avoir.",
        pii=[("PERSONNE", "Marie-christine")],
    ),
    R(
        _MARCILLE,
        "Ils étaient près de 120, mercredi 31 janvier, à 17h, devant l'école Henri-Matisse de Marcillé-la-Ville. Qu'ils soient élus, enseignants, parents d'élèves, élèves ou habitants de la commune, tous manifestaient contre le projet de fermeture d'une de leurs trois classes, prévue dans la première version de la carte scolaire 2024.",
        keep=["Marcillé-la-Ville"],
    ),
    R(
        _MARCILLE,
        "\"Je suis content de la mobilisation, les gens ont été réactifs, explique Sébastien Geslin, président de l'Association des parents d'élèves de l'école publique (Apeep). Nous avons lancé cet appel lundi soir après une réunion d'urgence.\"",
        pii=[("PERSONNE", "Sébastien Geslin")],
    ),
    R(
        _MARCILLE,
        "Pour l'occasion, tous sont venus bien équipés, avec des pancartes, des fumigènes ou encore des gilets fluorescents. \"Sauver cette classe, c'est sauver la commune\", s'exclament Charlène Raison, Jessica Le Priol et Annie Pichereau.",
        pii=[("PERSONNE", "Charlène Raison"), ("PERSONNE", "Jessica Le Priol"), ("PERSONNE", "Annie Pichereau")],
    ),
    R(
        _MARCILLE,
        'Guy Beaujard, maire de la commune, a envoyé des messages à tous les niveaux possibles, "du rectorat jusqu\'au Président en passant par les conseillers départementaux". Pour lui, "il est important de faire bouger les choses, car une classe qui ferme, c\'est une petite commune qui se meurt".',
        pii=[("PERSONNE", "Guy Beaujard")],
        keep=["rectorat"],
    ),
    R(
        _MARCILLE,
        "Laïla Ben Farhat, maman d'un petit garçon en CP, s'insurge : \"On nous pousse vers le privé ! Avec cette fermeture, il y aura jusqu'à quatre niveaux dans une même classe. Ce n'est pas possible !\"",
        pii=[("PERSONNE", "Laïla Ben Farhat")],
    ),
    R(
        _FONTENAYSB,
        "\"Au bout d'un moment, j'en ai un peu marre.\" Isabelle Gautier, auxiliaire de puériculture, a raconté à l'AFP son attente d'un logement social à Fontenay-sous-Bois, qui dure depuis plus de dix ans.",
        pii=[("PERSONNE", "Isabelle Gautier")],
        keep=["Fontenay-sous-Bois"],
    ),
    R(
        _FONTENAYSB,
        '"Je vis dans cette ville, je paie des impôts, je consomme dans cette ville, je fais du sport dans cette ville, je suis une bonne citoyenne, donc je me dis : mince !" "Je ne suis pas la seule dans cette situation, il y a pire que moi, mais quand même, en dix ans ! Franchement, c\'est honteux", déplore-t-elle. Demande n° 094012209287413',
        pii=[("REFERENCE_DOSSIER", "094012209287413")],
        inserted=["094012209287413"],
    ),
    R(
        _FAZIA,
        "Une douche noircie par la moisissure, des murs rongés d'humidité derrière une couche de papier peint. \"Tout est pourri ! J'ai essayé de mettre du scotch par-dessus, mais il y a toute cette humidité ! Ce n'est pas un logement c'est un débarras\", lance-t-elle.",
    ),
    R(
        _FAZIA,
        'Fazia, ses chaussons gris aux pieds, secoue la tête : "Je paye 482 euros de loyer par mois", explique-t-elle. Cette somme représente presque la moitié de la retraite de cette ancienne femme de ménage.',
        pii=[("PERSONNE", "Fazia")],
    ),
    R(
        _FAZIA,
        "La sexagénaire attrape une pochette noire, à l'intérieur, ses demandes de logements sociaux sont soigneusement classées. Une par an, depuis 2010. Toutes restées lettre morte. \"J'ai besoin d'un appartement comme tout le monde, j'ai besoin d'une chambre, d'un salon, je ne demande pas la lune !\" s'exclame-t-elle.",
    ),
    R(
        _IMPOTS,
        "C’était annoncé à la télé : on allait passer au prélèvement à la source ! Le lendemain, beaucoup de contribuables sont venus prendre des renseignements dans le centre des Finances publiques que je dirige.",
        keep=["centre des Finances publiques"],
    ),
    R(
        _IMPOTS,
        "Nous recevons entre cinquante et cent personnes par jour, avec des pointes à deux cents lors des campagnes d’impôt sur le revenu ou d’avis d’imposition. L’impôt concerne tout le monde, et c’est la société tout entière qui vient nous voir.",
    ),
    R(
        _FONTENAY,
        "J'ai décidé que non car s'il faut 5 mois d'efforts pour arriver à faire prendre en considération une demande toute simple, cela reste anormal et doit être modifié.\nFrancis Rondelez, le 12 avril 2022.",
        pii=[("PERSONNE", "Francis Rondelez")],
    ),
    R(
        _FONTENAY,
        "Francis Rondelez\n27 rue Boucicaut, 92260 Fontenay-aux-Roses\nFontenay-aux-Roses le 12 avril 2022\nMonsieur le Maire,\nJe me décide à transformer en lettre ouverte à tous les Fontenaisiens la correspondance que je vous ai adressée à titre personnel sur une période de 5 mois, et à laquelle vous n’avez pas jugé utile d’accuser réception, ni a fortiori d’y répondre.",
        pii=[("PERSONNE", "Francis Rondelez"), ("ADRESSE", "27 rue Boucicaut, 92260 Fontenay-aux-Roses")],
        inserted=["27 rue Boucicaut, 92260 Fontenay-aux-Roses"],
    ),
    R(
        _FONTENAY,
        "– Donner l’impression que vous n’êtes pas à l’écoute de vos concitoyens\n– Laisser penser que le mandat de maire est un blanc-seing qui vous autorise à agir pendant 6 ans sans tenir compte des avis qui s’exprimeront en cours de route.",
    ),
    R(
        _BERWICK,
        'Association les riverains de berwick\nModifié le 8 octobre 2012 Par Constin\nL\'association "les riverains de berwick" ecrivent une lettre ouverte au maire de Briançon :',
        pii=[("PERSONNE", "Constin")],
        keep=["Briançon"],
    ),
    R(
        _BERWICK,
        "Merci pour la construction des logements de l'avenue du LAUTARET, qui ne respecte pas les règles D'URBANISME INSCRITES DANS LE PLU.\nContact : riverains.berwick@orange.fr",
        pii=[("EMAIL", "riverains.berwick@orange.fr")],
        keep=["avenue du LAUTARET"],
        inserted=["riverains.berwick@orange.fr"],
    ),
    R(
        _BERWICK,
        "Merci d'avoir accordé un permis de construire rue du Général COLLAUD, sans tenir compte des vrais problèmes de sécurité incendie : LE CAMION ÉCHELLE DES POMPIERS NE PEUT PAS PÉNÉTRER dans la voie de circulation laquelle ne permet pas le CROISEMENT DE DEUX VÉHICULES",
        keep=["rue du Général COLLAUD"],
    ),
    R(
        _MARSEILLE,
        "Pour lui, «c’est parfait». La semaine dernière, Gilles s’est rendu à la Caisse d’allocations familiales (CAF) de Desautel (9e) et a obtenu un rendez-vous pour ce mercredi matin.",
        pii=[("PERSONNE", "Gilles")],
        keep=["Caisse d’allocations familiales", "CAF"],
    ),
    R(
        _MARSEILLE,
        "«Il n’y a pas beaucoup d’attente mais je pense que ma situation nécessite un rendez-vous rapide», estime cet allocataire. Desautel a ouvert récemment. «Le site n’est pas encore connu», avoue Ronan Dufresnoy, le directeur, face au flux éparse.",
        pii=[("PERSONNE", "Ronan Dufresnoy")],
    ),
    R(
        _MARSEILLE,
        "«Il y a des files d’attente sur le trottoir, on fait entrer les personnes 5 par 5, les conditions sont indécentes», pense Nathalie Rufflet, déléguée CGT.",
        pii=[("PERSONNE", "Nathalie Rufflet")],
    ),
    R(
        _MARSEILLE,
        "Selon le syndicat, pour qui une centaine d’embauches est primordiale, l’accueil sur rendez-vous ne change rien. «Les allocataires attendent des heures et certains repartent sans rendez-vous», raconte Nathalie Rufflet.",
        pii=[("PERSONNE", "Nathalie Rufflet")],
    ),
    R(
        _MARSEILLE,
        "«80 % de demandes se règlent à l’accueil, 20 % seulement nécessitent un rendez-vous, explique Aline Rouillon, la sous-directrice du service aux allocataires. On est dans une période de changement et les gens ont leurs habitudes», ajoute-t-elle",
        pii=[("PERSONNE", "Aline Rouillon")],
    ),
    R(
        _HANDIPARENT,
        "Depuis quelques mois déjà, j’essayais de m’y préparer mais cette perspective me faisait repousser l’échéance… de l’inévitable dossier MDPH.Cette formidable aventure récurrente qui vous rappelle qu’au delà de votre quotidien, des défis que vous relevez tous les jours, de vos besoins, de vos envies, vous n’êtes finalement qu’un numéro, un bout de papier qui se doit d’arriver avant telle date à destination.",
        keep=["MDPH"],
    ),
    R(
        _HANDIPARENT,
        "En proie à mon mal, je me rassure en consultant les posts d’autres personnes qui prennent leur mal en patience depuis plus d’un an, voire 2 parfois. Je me rends compte de l’aberration de certaines décisions, de la difficulté à se pourvoir en recours et surtout du temps que cela prendra avant d’obtenir une décision adéquate.\nÉcrivez-moi : lili.handiparent@gmail.com",
        pii=[("EMAIL", "lili.handiparent@gmail.com")],
        inserted=["lili.handiparent@gmail.com"],
    ),
    R(
        _CHATEAUGIRON,
        '"Donc là, je vous crée une adresse mail… Je vous noterai ce que j’ai fait sur un document", explique minutieusement Stéphanie Séguran-Leneveu. À l’espace France services (EFS) de Châteaugiron, au sud-est de Rennes, les yeux sombres de l’agente se plissent légèrement derrière des lunettes à monture épaisse.',
        pii=[("PERSONNE", "Stéphanie Séguran-Leneveu")],
        keep=["France services", "Châteaugiron", "Rennes"],
    ),
    R(
        _CHATEAUGIRON,
        'Assis à ses côtés, l’air un peu désemparé, un retraité qu’elle aide à s’inscrire sur le site des Finances publiques. "Votre date de naissance Monsieur ? Et le prénom de Madame, c’est quoi ?"',
        keep=["Finances publiques"],
    ),
    R(
        _LYON,
        "\"A la suite d'une séparation, je me suis retrouvée dans un logement trop cher et trop petit, avec deux enfants\", explique-t-elle en gardant l'anonymat. \"J'ai fait une demande sur le portail des demandes de logements sociaux (numéro unique 069032211804117). Ensuite, par rapport à mon employeur, j'ai fait une demande auprès d'Action Logement.\"",
        pii=[("REFERENCE_DOSSIER", "069032211804117")],
        keep=["Action Logement"],
        inserted=["069032211804117"],
    ),
    R(
        _LYON,
        "\"J'ai eu une seule proposition au bout de deux ans mais, en commission, une personne devant moi a eu le logement, et je n'ai pas eu de proposition depuis. Même quand on fait les bonnes démarches, ça ne change rien au fait que c'est très compliqué d'avoir un logement.\"",
    ),
    R(
        _LYON,
        'De moins en moins de nouveaux logements sont autorisés chaque année : en 2023, le nombre d\'autorisations - "agréments" dans le jargon HLM - dans l\'Hexagone devrait être "en-deçà" des 95.000 de 2022, qui était déjà "une très mauvaise année", s\'est inquiétée la présidente de l\'Union sociale pour l\'habitat (USH), Emmanuelle Cosse.',
        pii=[("PERSONNE", "Emmanuelle Cosse")],
        keep=["HLM"],
    ),
    R(
        _SAONE,
        "« Parce que nous ne voulons pas de classe à plus de 30 enfants, nous, parents d’élèves, avons donc décidé pour lundi 6 février dès 8h une occupation festive et illimitée de l’école pour obtenir un rendez-vous à l’Inspection d’académie et demander l’annulation de cette décision », annoncent les parents. Contact presse : 06 84 21 37 90",
        pii=[("TELEPHONE", "06 84 21 37 90")],
        keep=["Inspection d’académie"],
        inserted=["06 84 21 37 90"],
    ),
    R(
        _SAONE,
        "« Nous ne voulons pas que notre école devienne une simple garderie. Pour le symboliser, les parents empêcheront les enseignants d’enseigner et proposeront des activités aux enfants : musique, danse, contes… Chacun apportera ses talents. S’il le faut nous irons jusqu’à passer la nuit dans l’école », conclut le communiqué.",
    ),
]
