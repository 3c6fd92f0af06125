"""Real passages, batch 29: round 7's held-out split, written blind by a new hand (parents of disabled pupils
without an AESH, carers of elderly parents and the APA, a pensioner in Cayenne, an unheated HLM flat in Digne),
pages in no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_GABIN = "https://basta.media/handicap-bataille-parents-eleves-pour-avoir-aide-ecole-AESH"
_ELIOTT = "https://obscura.fr/societe/manque-daesh-en-france-une-mere-doit-accompagner-son-fils-handicape/"
_ISMAIL = "https://www.publicsenat.fr/actualites/non-classe/accompagnants-scolaires-le-chemin-de-croix-des-parents-d-eleves-porteurs-de-handicap"
_LUCAS = "https://1001infos.net/?p=407464"
_CAPUCINE = (
    "https://france3-regions.francetvinfo.fr/paris-ile-de-france/val-de-marne/temoignage-je-m-inquiete-pour-l-avenir-"
    "de-ma-fille-la-detresse-d-une-mere-face-a-une-troisieme-rentree-sans-aesh-3027326.html"
)
_OSCAR = "https://mediacoop.fr/23/12/2022/manque-daesh-des-familles-dans-la-galere/"
_BOUDET = "https://www.huffingtonpost.fr/life/article/une-rentree-le-moins-que-l-on-puisse-souhaiter-aux-enfants-porteurs-de-handicaps_207165.html"
_PRUDENCE = (
    "https://la1ere.francetvinfo.fr/guyane/les-gestes-de-solidarite-pour-aider-prudence-se-multiplient-880672.html"
)
_CHIPONT = "https://spina-bifida.org/?p=294"
_MORBIHAN = (
    "https://france3-regions.francetvinfo.fr/bretagne/morbihan/lorient/handicap-qui-va-aider-les-aidants-dans-le-"
    "morbihan-le-conseil-departemental-propose-une-aide-au-repit-2547424.html"
)
_FRATRIE = "https://ash.tm.fr/hebdo/2603/decryptage/une-alliance-fragile-entre-familles-et-professionnels-399295.php"
_DIGNE = "https://habiterlafrancedemain.fr/problemes-de-chauffage-quels-sont-vos-droits-en-tant-que-locataire/"
_BRIGITTE = (
    "https://www.pour-les-personnes-agees.gouv.fr/annuaires-et-services/temoignages/temoignage-choisir-un-ehpad-pour-"
    "ma-mere-une-decision-difficile-mais-necessaire"
)
_MARIANNE = "https://risaee.fr/blog/le-temoignage-d-une-proche-aidante"

RECORDS = [
    R(
        _GABIN,
        "Handicap : la galère des parents d’élèves pour avoir une aide à l’école\npar Maïa Courtois, Valentina Camu",
        pii=[("PERSONNE", "Maïa Courtois"), ("PERSONNE", "Valentina Camu")],
    ),
    R(
        _GABIN,
        "Quelques mois avant sa première rentrée à l’école maternelle, Gabin, trois ans, a été diagnostiqué autiste asperger. Ses parents ont immédiatement déposé une demande d’accompagnatrice d’élève en situation de handicap (AESH).",
        pii=[("PERSONNE", "Gabin")],
    ),
    R(
        _GABIN,
        "« Mais comme il y avait un manque de moyens, les enfants rentrant en primaire étaient prioritaires... Je ne pouvais pas entendre que, sous prétexte d’un manque de moyens, ce droit soit refusé à mon enfant, se souvient Emmanuelle, sa mère, habitant le Grand Est. Ça a été le début de notre combat. »",
        pii=[("PERSONNE", "Emmanuelle")],
        keep=["Grand Est"],
    ),
    R(
        _GABIN,
        "Cette référente, « je crois que je l’ai appelée tous les jours, confie Emmanuelle. J’ai menacé d’aller camper devant leur bureau s’il le fallait. Cette bataille a duré quelques mois. » Dossier MDPH n° 57-2019-118604",
        pii=[("PERSONNE", "Emmanuelle"), ("REFERENCE_DOSSIER", "57-2019-118604")],
        keep=["MDPH"],
        inserted=["57-2019-118604"],
    ),
    R(
        _GABIN,
        "Roumana Nguyen, accompagnante d’élèves en situation de handicap (AESH), dans une classe “unité localisée pour l’inclusion scolaire” au collège Chantereine de Sarcelles.\n©Valentina Camu",
        pii=[("PERSONNE", "Roumana Nguyen"), ("PERSONNE", "Valentina Camu")],
        keep=["Sarcelles"],
    ),
    R(
        _ELIOTT,
        "Manque d’AESH en France : une mère doit accompagner son fils handicapé\npar Olivier\n0 commentaire",
        pii=[("PERSONNE", "Olivier")],
    ),
    R(
        _ELIOTT,
        "* Elodie et Camille, parents d’un enfant en situation de handicap, doivent l’accompagner en classe, faute de pouvoir compter sur une AESH.\n* La famille rennaise est loin d’être la seule dans ce cas.",
        pii=[("PERSONNE", "Elodie"), ("PERSONNE", "Camille")],
    ),
    R(
        _ELIOTT,
        "Il est 10 heures ce matin-là et Eliott est toujours assis sur le canapé, tenant dans sa main un joli doudou en forme de rat. À cette heure, les enfants de son âge sont tous en classe. Mais pas Eliott.",
        pii=[("PERSONNE", "Eliott")],
    ),
    R(
        _ELIOTT,
        "Plutôt que de le priver de scolarisation, ses parents ont décidé de l’emmener eux-mêmes à l’école, l’accompagnant en classe au détriment de leur vie professionnelle. « Pendant les Jeux paralympiques, on a beaucoup entendu parler d’inclusion. Moi, quand je vois ce qu’on vit… »",
    ),
    R(
        _ISMAIL,
        "Le soleil brille sur Marseille en ce matin de février. Sur l’aire de jeu pour enfants du jardin du Pharo, le petit Ismaïl s’amuse sous le regard de Rachida Maia-Meftah, sa maman. « Je l’emmène au parc deux fois par semaine. C’est important, sans cela, il ne sera jamais sociable avec les autres enfants », explique-t-elle.",
        pii=[("PERSONNE", "Ismaïl"), ("PERSONNE", "Rachida Maia-Meftah")],
        keep=["Marseille", "jardin du Pharo"],
    ),
    R(
        _ISMAIL,
        "L’enfant ne s’exprime que par des sons, ou compte en anglais. « Seventy one, seventy two, seventy three… ». « Et avec un accent britannique ! » s’étonne Rachida, qui ne parle pas la langue de Shakespeare.",
        pii=[("PERSONNE", "Rachida")],
    ),
    R(
        _ISMAIL,
        "Tous les vendredis, Agnès Fontalba, éducatrice dans une association proposant de l’aide à domicile, vient prêter main forte à Rachida pour s’occuper d’Ismaïl. « On intervient auprès des familles pour offrir un peu de répit aux parents. Beaucoup sont en souffrance et se sentent abandonnés », assure Mme Fontalba.",
        pii=[("PERSONNE", "Agnès Fontalba"), ("PERSONNE", "Rachida"), ("PERSONNE", "Ismaïl"), ("PERSONNE", "Fontalba")],
    ),
    R(
        _ISMAIL,
        "C’est le cas de Rachida. En 2017, la maison départementale des personnes handicapées (MDPH) des Bouches-du-Rhône avait pourtant reconnu à Ismaïl le droit à un accompagnement individualisé pour aller à l’école.",
        pii=[("PERSONNE", "Rachida"), ("PERSONNE", "Ismaïl")],
        keep=["maison départementale des personnes handicapées", "MDPH", "Bouches-du-Rhône"],
    ),
    R(
        _LUCAS,
        "Il fera sa rentrée ce lundi en CP en sachant déjà lire malgré un début de scolarité pour le mois chaotique. Atteint de spectres du trouble autistique, Lucas, 6 ans, n’a jamais eu plus que quelques heures d’école par semaine depuis son entrée en petite section alors que ses camarades de classe y passent vingt-quatre heures.",
        pii=[("PERSONNE", "Lucas")],
    ),
    R(
        _LUCAS,
        "« Des promesses, il y en a. Des chiffres positifs aussi avec 519.000 enfants en situation de handicap scolarisés en milieu ordinaire à la rentrée 2024, souligne son président Luc Gateau. Mais derrière, combien n’ont que des « bouts » de scolarisation ? Combien sont en errance ou sans solution du tout ? »",
        pii=[("PERSONNE", "Luc Gateau")],
    ),
    R(
        _LUCAS,
        "Florine peut en témoigner. Selon la maman de Lucas, l’année de son petit garçon en petite section s’était « globalement bien passée. » Après notification de la Maison départementale pour les personnes handicapées (MDPH), il avait été suivi à l’école par une accompagnante des élèves en situation de handicap (AESH) tous les matins et une journée complète par semaine.",
        pii=[("PERSONNE", "Florine"), ("PERSONNE", "Lucas")],
        keep=["Maison départementale pour les personnes handicapées", "MDPH"],
    ),
    R(
        _CAPUCINE,
        "\"On me dit d'être patiente mais je n'en peux plus. Ça fait trois ans que j'attends\", témoigne Géraldine Derlot. Mère de trois enfants, l'une de ses filles, Capucine, est en situation de handicap.",
        pii=[("PERSONNE", "Géraldine Derlot"), ("PERSONNE", "Capucine")],
    ),
    R(
        _CAPUCINE,
        "Une situation qui a commencé depuis l'arrivée de Capucine dans son collège de Créteil, ajoute Géraldine : \"Elle avait fait toute sa maternelle et sa primaire avec une AESH. Mais il y a un manque cruel d'accompagnants pour le collège en entier.\"",
        pii=[("PERSONNE", "Capucine"), ("PERSONNE", "Géraldine")],
        keep=["Créteil"],
    ),
    R(
        _CAPUCINE,
        "\"Je m'inquiète pour l'avenir de ma fille. Elle a un niveau début CP alors qu'elle est en quatrième, elle ne sait ni lire, ni écrire, explique-t-elle. Ça fait trois ans que Capucine ne fait rien à l'école parce qu'elle a besoin d'être suivie.\" Capucine, née le 2 mai 2009",
        pii=[("PERSONNE", "Capucine"), ("DATE_NAISSANCE", "2 mai 2009")],
        inserted=["2 mai 2009"],
    ),
    R(
        _OSCAR,
        "C’est pour lutter contre cette situation qu’Éléonor a fondé Handi-Cap vers le droit à l’école il y a quelques années, après avoir subi cette situation avec son fils. Aujourd’hui, l’association se bat pour 422 enfants dans le territoire.",
        pii=[("PERSONNE", "Éléonor")],
    ),
    R(
        _OSCAR,
        "Stéphanie vit à Clermont depuis deux ans. Séparée, elle est la maman de Louison et Romane. Elles ont 5 et 7 ans. Leur grand frère, Oscar, en a 9.",
        pii=[("PERSONNE", "Stéphanie"), ("PERSONNE", "Louison"), ("PERSONNE", "Romane"), ("PERSONNE", "Oscar")],
        keep=["Clermont"],
    ),
    R(
        _OSCAR,
        "En août 2021, ce dernier tombe dans le coma. Aux urgences, les médecins découvrent un diabète de Type 1. L’enfant a aussi fait un AVC. À son réveil, une lente reconstruction commence. Oscar est suivi au Centre Médical Infantile de Romagnat et au CHU.",
        pii=[("PERSONNE", "Oscar")],
        keep=["Romagnat", "CHU"],
    ),
    R(
        _BOUDET,
        "Caroline Boudet\nECOLE - J’aurais aimé faire comme il est d’usage avant toute année scolaire : souhaiter une bonne rentrée à tous. Mais nous, parents d’enfants avec handicap, savons tristement que déjà, pouvoir faire une rentrée, c’est pas mal.",
        pii=[("PERSONNE", "Caroline Boudet")],
    ),
    R(
        _BOUDET,
        "Ceux qui ne pourront pas manger à la cantine comme tout le monde parce que la mairie n’a pas recruté d’accompagnateur et que « vous comprenez, on n’arrive pas à trouver de personnel ».",
        keep=["mairie"],
    ),
    R(
        _BOUDET,
        "Ceux à qui on demandera de rester à la maison quand l’AESH n’est pas là. (Tiens, vous ai-je dit que c’est ILLÉGAL ?)",
    ),
    R(
        _BOUDET,
        "À tous ceux-là, je souhaite, donc, d’abord, une rentrée. Ce droit qui est encore trop souvent une chance pour certains au pays de Jules Ferry.",
        pii=[("PERSONNE", "Jules Ferry")],
    ),
    R(
        _PRUDENCE,
        "C’est une histoire émouvante, un problème de pauvreté, vécu par une retraitée de Cayenne. Prudence, 63 ans, née en Guyane et de nationalité française, vit au jour le jour avec 235€ par mois.",
        pii=[("PERSONNE", "Prudence")],
        keep=["Cayenne", "Guyane"],
    ),
    R(
        _PRUDENCE,
        "Le dossier révèle que Prudence aurait envoyé certaines pièces justificatives à d’autres organismes. Ainsi, l’instruction menée par le CCAS se retrouve gelée depuis presque un mois.",
        pii=[("PERSONNE", "Prudence")],
        keep=["CCAS"],
    ),
    R(
        _PRUDENCE,
        "Alex est président de l'association Amapo. Comme beaucoup d’autres, il a voulu agir, immédiatement après la diffusion de notre reportage. Pour aider : 0694 27 81 36",
        pii=[("PERSONNE", "Alex"), ("TELEPHONE", "0694 27 81 36")],
        inserted=["0694 27 81 36"],
    ),
    R(
        _PRUDENCE,
        "27 ans de carrière et moins de 250€ par mois pour vivre. La situation précaire de Prudence soulève de nombreuses interrogations. Pourtant, le Centre Communal d'Action Sociale certifie avoir mis en place un protocole d’accompagnement personnalisé\nLe reportage d'Antoine Defives",
        pii=[("PERSONNE", "Prudence"), ("PERSONNE", "Antoine Defives")],
        keep=["Centre Communal d'Action Sociale"],
    ),
    R(
        _CHIPONT,
        "« Trouver des personnes qui viennent s’occuper de mon mari cloué dans son fauteuil roulant par une sclérose en plaque évolutive a relevé du parcours du combattant, raconte Sophie Chipont, 56 ans, qui aide seule, ou presque, son mari depuis la déclaration de sa maladie en 2003.",
        pii=[("PERSONNE", "Sophie Chipont")],
    ),
    R(
        _CHIPONT,
        "Une seule association a accepté d’envoyer quelqu’un pour lui faire la toilette une fois par jour. Soit il est trop jeune (58 ans), soit aucun personnel ne veut se déplacer s’il n’y a pas de soins à effectuer. »",
    ),
    R(
        _MORBIHAN,
        '"Il fait beau, on a de la chance. Ça va ? Tu es bien ?". Danielle Delamotte pousse le fauteuil roulant de Madeline, sa mère de 81 ans, pour une promenade.',
        pii=[("PERSONNE", "Danielle Delamotte"), ("PERSONNE", "Madeline")],
    ),
    R(
        _MORBIHAN,
        "Depuis le début de la maladie, Danielle a toujours été présente auprès de sa mère, mais depuis février dernier les besoins se sont amplifiés. \"L'auxiliaire de vie a quitté ses fonctions et nous n'avons plus d'infirmiers\", explique Danielle Delamotte.",
        pii=[("PERSONNE", "Danielle"), ("PERSONNE", "Danielle Delamotte")],
    ),
    R(
        _MORBIHAN,
        "Mais cette mission quotidienne peut s’avérer épuisante. Pour les soulager, le département du Morbihan met en place une enveloppe annuelle de 7 500 euros qui permet de financer des solutions de répit.\nN° APA de ma mère : 56-APA-0042718",
        pii=[("REFERENCE_DOSSIER", "56-APA-0042718")],
        keep=["Morbihan"],
        inserted=["56-APA-0042718"],
    ),
    R(
        _FRATRIE,
        "L'histoire de Madame C. n'a rien que de très ordinaire (1). Elle et ses quatre frères et soeurs sont impliqués dans l'accompagnement de leur mère de 93 ans, classée en GIR (groupe iso-ressources) 2.",
    ),
    R(
        _FRATRIE,
        "« Nous avons à affronter des lourdeurs administratives, des délais à n'en plus finir. Nous n'osons pas demander, exprimer ce que nous ressentons. Les institutions paraissent figées dans des fonctionnements inadaptés. »",
    ),
    R(
        _DIGNE,
        "Marguerite Aspinas, une octogénaire résidant dans un HLM à Digne, fait face à l’absence de chauffage depuis début novembre 2024. Malgré ses appels répétés aux gestionnaires Foncia et Habitation Haute-Provence (H2P), la situation reste inchangée.",
        pii=[("PERSONNE", "Marguerite Aspinas")],
        keep=["HLM", "Digne", "Habitation Haute-Provence"],
    ),
    R(
        _DIGNE,
        "Pour se réchauffer, elle passe ses journées dans des commerces chauffés et s’enveloppe le soir d’une robe de chambre épaisse, laissant entrouverte la porte du couloir pour capter un peu de chaleur. Cette arrière-grand-mère, habitante de la résidence Les Colonnes, exprime son désarroi face à cette panne persistante",
    ),
    R(
        _DIGNE,
        "Le différend entre Habitation Haute-Provence (H2P) et Foncia complique la résolution rapide de la panne de chauffage dans la résidence Les Colonnes. H2P, gestionnaire du logement social, se décharge sur Foncia, responsable de la copropriété, pour les réparations nécessaires.",
        keep=["Habitation Haute-Provence"],
    ),
    R(
        _BRIGITTE,
        "Brigitte, 50 ans, salariée à plein temps, nous partage son expérience. Depuis plus de trois ans, elle est l'aidante de sa mère âgée aujourd’hui de 85 ans.",
        pii=[("PERSONNE", "Brigitte")],
    ),
    R(
        _BRIGITTE,
        "Début 2022, elle a commencé à avoir des problèmes de mémoire et des difficultés dans les tâches du quotidien. Elle ne se repérait plus dans le temps. Elle n'arrivait plus à se faire à manger. Sa maison était en désordre et elle n'ouvrait plus ses courriers importants.\nAdresse de ma mère : 8 rue de l'Église, 57640 Vigy",
        pii=[("ADRESSE", "8 rue de l'Église, 57640 Vigy")],
        inserted=["8 rue de l'Église, 57640 Vigy"],
    ),
    R(
        _MARIANNE,
        "Pour rendre hommage aux 11 millions de proches aidants dont la journée mondiale est le 6 octobre, j’ai recueilli le témoignage d’une amie. Nous l’appellerons Marianne. Elle a accompagné ses parents puis sa mère seule de 2001 à 2020.",
        pii=[("PERSONNE", "Marianne")],
    ),
    R(
        _MARIANNE,
        "J’arrivais de région parisienne, je venais d’obtenir une mutation professionnelle dans la Manche. J’étais très attachée à cette région et je voulais y vivre avec mon mari. Nous avons déménagé à 20 minutes de Saint-Pair-sur Mer où habitaient mes parents.",
        keep=["Manche", "Saint-Pair-sur Mer"],
    ),
    R(
        _MARIANNE,
        "Il y avait un petit bus municipal qui lui permettait d’aller en centre-ville, situé à 30 mn à pied de son domicile. Cependant, c’était plus compliqué pour aller chez le coiffeur ou à la messe chaque dimanche.\nRIB pour les virements de l'APA : FR76 1027 8360 2000 0201 7230 194",
        pii=[("IBAN", "FR76 1027 8360 2000 0201 7230 194")],
        inserted=["FR76 1027 8360 2000 0201 7230 194"],
    ),
]
