"""Real passages, batch 17: fourth held-out round (CPAM and daily allowances, CAF, SNCF controls, lawyers at the
préfecture, court decisions), pages in no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_BESANCON = "https://france3-regions.francetvinfo.fr/bourgogne-franche-comte/doubs/besancon/vivre-avec-0-euros-par-mois-et-demander-de-l-argent-a-mes-proches-pour-faire-mes-courses-fabienne-subit-les-consequences-des-retards-de-paiement-de-la-cpam-2562664.html"
_ARPEGE = "https://france3-regions.francetvinfo.fr/pays-de-la-loire/loire-atlantique/nantes/il-faut-tout-reprendre-manuellement-le-fiasco-du-nouveau-logiciel-de-la-secu-qui-plonge-des-milliers-d-assures-dans-l-insecurite-3081742.html"
_MAGALI = "https://www.commentcamarche.net/applis-sites/34941-bug-cpam/"
_SINISTRES = (
    "https://www.saintnazairenews.fr/news/en-loire-atlantique-et-vendee-les-sinistres-du-logiciel-arpege-s-organisent"
)
_MOURAD = "https://www.algerie-expat.com/societe/retards-de-paiement-caf-un-couple-franco-algerien-raconte-son-calvaire/20809/?amp"
_THERESE = "http://malouperlinpinpin.blogspot.com/2011/02/therese-la-caf.html"
_VOIRON = "https://quechoisir.org/enquete-sncf-les-controleurs-ont-la-gachette-facile-n48512"
_BIGANOS = "https://www.france-alerte.com/?p=175038"
_SAINTCHAMOND = "http://charlevilledefrancis.blogspot.com/2012/07/la-controleuse-lautorise-monter-dans-le.html"
_SARTHE = "https://railbreopdl.forumactif.org/t5271-sarthe-controleur-sncf-il-raconte-son-quotidien-difficile"
_PICARDIE = "http://cdiu.free.fr/?p=420"
_FNAUT = "https://www.fnaut.fr/amendes-a-la-sncf-un-exces-de-zele"
_ORCHIES = "https://www.beincrypto1.de/votre-argent/sncf-il-achete-un-billet-ter-dans-le-mauvais-sens-et-recoit-une-amende-de-50-euros-1515465"
_VANNES = "https://lherminerouge.fr/la-prefecture-est-devenue-une-entite-obscure-ces-avocats-se-battent-pour-le-droit-des-etrangers-of-fr-30-04-25"
_ICARD = "https://www.jurisconsulte.net/fr/articles/id-3872-une-audience-presque-ordinaire-au-tribunal-administratif-"
_AIX = "https://juricaf.org/arret/FRANCE-COURDAPPELDAIXENPROVENCE-20221020-2107331"
_DIJON = "https://juricaf.org/arret/FRANCE-COURDAPPELDEDIJON-20220512-1900797"
_METZ = "https://juricaf.org/arret/FRANCE-COURDAPPELDEMETZ-20240527-2201707"
_GRIGNY = "https://master.juricaf.org/arret/FRANCE-COURDAPPELDEPARIS-20071122-0501047"
_NANTERRE = "https://uplex.fr/contrats/?p=784001"
_EPOUX = "https://justice.pappers.fr/decision/c4277e0052a263d70bf67311bd71848e72d0210f"

RECORDS = [
    R(
        _BESANCON,
        "Fabienne a 46 ans. Depuis début mars, la mère de famille de Besançon (Doubs) est en long arrêt de travail. Sa vie devient compliquée. Elle affirme ne pas avoir reçu ses versements de la Caisse primaire d’Assurance-Maladie (CPAM).",
        pii=[("PERSONNE", "Fabienne")],
        keep=["Besançon", "Doubs", "Caisse primaire d’Assurance-Maladie", "CPAM"],
    ),
    R(
        _BESANCON,
        "« Je dois vivre avec 0 euros par mois et je dois demander de l’argent à mes proches pour faire mes courses. Pendant ce temps, les dettes s’accumulent pour l’électricité, le loyer et même auprès des professionnels de santé. » N° sécu 2 76 11 25 056 214 88",
        pii=[("NIR", "2 76 11 25 056 214 88")],
        inserted=["2 76 11 25 056 214 88"],
    ),
    R(
        _ARPEGE,
        "Pour Sylvie Dalibert, en arrêt de travail depuis mars, c'est une double peine : un pied cassé et des indemnités journalières réduites à peau de chagrin depuis le mois d'octobre.",
        pii=[("PERSONNE", "Sylvie Dalibert")],
    ),
    R(
        _ARPEGE,
        "Même déconvenue du côté du CCAS. \"On m'a répondu que je ne pouvais pas bénéficier de l'aide alimentaire du CCAS car la Sécurité sociale a son propre service d'action sociale, poursuit la quinquagénaire.",
        keep=["CCAS", "Sécurité sociale"],
    ),
    R(
        _ARPEGE,
        "\"Je ne perçois plus la prime d'activité, qui est d'environ 300 euros, puisque je travaille à temps partiel, parce que je n'ai pas de ressources de la CPAM\", explique Sylvie Dalibert.",
        pii=[("PERSONNE", "Sylvie Dalibert")],
        keep=["CPAM"],
    ),
    R(
        _MAGALI,
        "C'est le cas de Magali M., qui souffre d'un problème à l'épaule depuis plusieurs années et qui est en mi-temps thérapeutique. tel 07/81/55/20/46",
        pii=[("PERSONNE", "Magali M."), ("TELEPHONE", "07/81/55/20/46")],
        inserted=["07/81/55/20/46"],
    ),
    R(
        _MAGALI,
        "\"Vous n'imaginez pas le nombre de fois où j'ai appelé la CPAM en pleurant, pour leur dire que j'allais me foutre en l'air. L'aspect financier est dur, mais c'est surtout celui psychologique qui pèse.",
        keep=["CPAM"],
    ),
    R(
        _SINISTRES,
        "Anne-Sophie est salariée à Saint-Nazaire. Elle se bat contre un cancer à un stade avancé, et a subi de surcoît depuis octobre dernier, l'arrêt du versement de ses indemnités.",
        pii=[("PERSONNE", "Anne-Sophie")],
        keep=["Saint-Nazaire"],
    ),
    R(
        _SINISTRES,
        "« Bonjour tout le monde, je vous rejoins dans cette galère, je suis en mi-temps thérapeutique depuis le 17 février et on m’annonce un délai de traitement de 163 jours pour la cpam du 44. »",
        keep=["cpam du 44"],
    ),
    R(
        _SINISTRES,
        "« J'ai appelé le numéro vert, dossier toujours bloqué et non traité malgré les appels, mails, lettre de mise en demeure, rdv... La personne m'a dit qu'elle remonte mon dossier... » nadia b. 06 62 48 91 07",
        pii=[("PERSONNE", "nadia b."), ("TELEPHONE", "06 62 48 91 07")],
        inserted=["nadia b.", "06 62 48 91 07"],
    ),
    R(
        _MOURAD,
        "Mourad, un père de famille originaire de Kabylie et sa femme, n’ont pas touché l'APL (aide personnalisée de logement) depuis huit mois.",
        pii=[("PERSONNE", "Mourad")],
        keep=["Kabylie"],
    ),
    R(
        _MOURAD,
        "« Un ami m’a conseillé de contacter un agent de la CAF pour résoudre le problème. Chose que j’ai faite. La femme que j’ai eu au téléphone m'a dit de ne pas m'inquiéter et que ça prenait un peu de temps, » explique Mourad.",
        pii=[("PERSONNE", "Mourad")],
        keep=["CAF"],
    ),
    R(
        _MOURAD,
        "« J'ai envoyé beaucoup de réclamations et de mails. Mais, je n’ai reçu aucune réponse, » témoigne-t-il. Numéro allocataire : 3 046 518, CAF de l'Isère.",
        pii=[("NUMERO_ALLOCATAIRE", "3 046 518")],
        keep=["CAF de l'Isère"],
        inserted=["3 046 518"],
    ),
    R(
        _THERESE,
        "Il y a quelques mois, ma môman, elle s’est retrouvée veuve. Et après les emmerdes avec les caisses de retraite (que si t’as pas un sou de côté, t’es dans la merde !), la paperasse chez le notaire",
    ),
    R(
        _THERESE,
        "Rien, Nada. Bon, je dois en demander trop, je suppose. Vraiment, il y a des jours, Malou, t’es chiante !",
        pii=[("PERSONNE", "Malou")],
    ),
    R(
        _THERESE,
        "Après avoir appuyé sur la touche 2, réservée aux allocataires, on me demande de composer le numéro d’allocataire. Je m’exécute (c'est le 0458217) et là on me demande … le code secret !?",
        pii=[("NUMERO_ALLOCATAIRE", "0458217")],
        inserted=["0458217"],
    ),
    R(
        _VOIRON,
        "« Arrivée à la gare de Voiron, je vois sur le tableau d’affichage, en face du train que je devais prendre, la mention “retard”, écrit Geneviève W. À ce moment-là, un train arrivait en gare, je me suis précipitée dedans car j’avais un rendez-vous médical à Grenoble.",
        pii=[("PERSONNE", "Geneviève W.")],
        keep=["gare de Voiron", "Grenoble"],
    ),
    R(
        _VOIRON,
        "Fabienne Maleysson SNCF Les contrôleurs ont la gâchette facile",
        pii=[("PERSONNE", "Fabienne Maleysson")],
        keep=["SNCF"],
    ),
    R(
        _BIGANOS,
        "« Une aberration. » Julien, habitué des trains, n’a pas de mots assez durs pour qualifier sa mésaventure.",
        pii=[("PERSONNE", "Julien")],
    ),
    R(
        _BIGANOS,
        "Cette fois, il avait réservé un trajet combiné Biganos-Bordeaux (en TER) puis Bordeaux-Paris (en TGV), pour un total de 274 euros à deux, carte Avantage incluse.",
        keep=["Biganos", "Bordeaux", "Paris"],
    ),
    R(
        _SAINTCHAMOND,
        "Sandrine (1) emprunte, comme chaque matin, le TER reliant Saint-Chamond à Lyon Perrache.",
        pii=[("PERSONNE", "Sandrine")],
        keep=["Saint-Chamond", "Lyon Perrache"],
    ),
    R(
        _SAINTCHAMOND,
        "Matthieu Gouttefangeas, porte-parole de l’Association de défense des usagers de Lyon – Saint-Etienne (ADULST) parle d’un « excès de zèle ».",
        pii=[("PERSONNE", "Matthieu Gouttefangeas")],
    ),
    R(
        _SARTHE,
        "21.11.2019 Benjamin NOLIERE",
        pii=[("PERSONNE", "Benjamin NOLIERE")],
    ),
    R(
        _SARTHE,
        "Nous avons demandé à Francis (1), un Sarthois en poste dans les TER Pays de la Loire, de témoigner.",
        pii=[("PERSONNE", "Francis")],
        keep=["TER Pays de la Loire"],
    ),
    R(
        _PICARDIE,
        "N° de carte Picardie Pass-Actif Annuel : 80 2314 9957 SERVICE RELATIONS CLIENTS TER Picardie CS40041 80333 LONGUEAU Cedex",
        pii=[("REFERENCE_DOSSIER", "80 2314 9957")],
        keep=["TER Picardie", "80333 LONGUEAU Cedex"],
        inserted=["80 2314 9957"],
    ),
    R(
        _PICARDIE,
        "Mercredi soir, comme tous les soirs, j’emprunte la ligne Paris-Est – Château-Thierry. Comme tous les soirs, je voyage dans les voitures à « compartiments ».",
        keep=["Paris-Est", "Château-Thierry"],
    ),
    R(
        _PICARDIE,
        "C’est alors qu’il me demande mon titre de transport, sur le ton que je commence à lui connaître et toujours sans aucune marque de politesse. A. Fontaine, 12 rue du Château, Château-Thierry",
        pii=[("PERSONNE", "A. Fontaine"), ("ADRESSE", "12 rue du Château, Château-Thierry")],
        inserted=["A. Fontaine", "12 rue du Château, Château-Thierry"],
    ),
    R(
        _FNAUT,
        "Vous cherchez le moindre truc pour faire payer les gens !». Matteo fulmine. Il vient d’écoper d’une amende de 110 euros",
        pii=[("PERSONNE", "Matteo")],
    ),
    R(
        _FNAUT,
        "Et puis, il y a Ludivine. Photographe à Compiègne alors en route pour sa chimio à Paris, elle prend son billet une fois installée. «C’est interdit», lui assène le chef de bord, tout en la verbalisant de 50 euros.",
        pii=[("PERSONNE", "Ludivine")],
        keep=["Compiègne", "Paris"],
    ),
    R(
        _FNAUT,
        "Le 1er juillet dernier, la députée RN Caroline Colombier interpellait le gouvernement à l’Assemblée nationale sur les «abus inquiétants» de certains contrôleurs SNCF et RATP",
        pii=[("PERSONNE", "Caroline Colombier")],
        keep=["Assemblée nationale", "SNCF", "RATP"],
    ),
    R(
        _ORCHIES,
        "«Sauf que je me suis trompé de sens : j’ai réservé un nouveau Lille-Orchies, comme à l’aller, au lieu de réserver un Orchies-Lille», raconte-t-il.",
        keep=["Lille", "Orchies"],
    ),
    R(
        _ORCHIES,
        "Mais après avoir porté réclamation, c’est la douche froide : le service client lui indique qu’il ne sera pas remboursé. Ma réclamation : dossier n° RC-2024-0619-48817, contact kevin.vandamme59@gmail.com",
        pii=[("REFERENCE_DOSSIER", "RC-2024-0619-48817"), ("EMAIL", "kevin.vandamme59@gmail.com")],
        inserted=["RC-2024-0619-48817", "kevin.vandamme59@gmail.com"],
    ),
    R(
        _VANNES,
        "Par Mélanie BÉCOGNÉE. « Ce n’est pas acceptable », lance Lisa De Rammelaere. « Il faut que ça bouge », ajoute Justine Breton.",
        pii=[("PERSONNE", "Mélanie BÉCOGNÉE"), ("PERSONNE", "Lisa De Rammelaere"), ("PERSONNE", "Justine Breton")],
    ),
    R(
        _VANNES,
        "Une pratique qui serait « existante depuis plusieurs années », est-il écrit par leur conseil maître, Raphaël Balloul, avocat au barreau de Rennes.",
        pii=[("PERSONNE", "Raphaël Balloul")],
        keep=["Rennes"],
    ),
    R(
        _VANNES,
        "C’est pourtant ce qu’à déjà vécu à plusieurs reprises maître Justine Breton, depuis son installation au barreau de Vannes. Juriste dans un cabinet d’Auray jusqu’en 2019",
        pii=[("PERSONNE", "Justine Breton")],
        keep=["Vannes", "Auray"],
    ),
    R(
        _ICARD,
        "Maître André ICARD Avocat au Barreau du Val de Marne",
        pii=[("PERSONNE", "André ICARD")],
        keep=["Val de Marne"],
    ),
    R(
        _ICARD,
        "Arrivant au guichet au beau milieu d’une très intéressante discussion sur les soldes, je décline mon identité, comme je le fait depuis plus de 40 ans",
    ),
    R(
        _AIX,
        "Madame [E] [U], demeurant [Adresse 2] représentée par Me Géraldine ADRAI-LACHKAR, avocat au barreau de MARSEILLE substitué par Me Evan, ariel COHEN, avocat au barreau de MARSEILLE",
        pii=[("PERSONNE", "Géraldine ADRAI-LACHKAR"), ("PERSONNE", "Evan"), ("PERSONNE", "ariel COHEN")],
        keep=["MARSEILLE"],
    ),
    R(
        _AIX,
        "Mme [U], allocataire de la caisse d'allocations familiales des Bouches-du-Rhône (ci-après la CAF), bénéficiait de prestations familiales soumises à condition de ressources.",
        keep=["caisse d'allocations familiales des Bouches-du-Rhône", "CAF"],
    ),
    R(
        _AIX,
        "Signé par Madame Dominique PODEVIN, Présidente de chambre et Mme Aurore COMBERTON, greffier auquel la minute de la décision a été remise par le magistrat signataire.",
        pii=[("PERSONNE", "Dominique PODEVIN"), ("PERSONNE", "Aurore COMBERTON")],
    ),
    R(
        _DIJON,
        "représentée par Me Jean-Philippe SCHMITT, avocat au barreau de DIJON substitué par Me Sophia BEKHEDDA, avocat au barreau de DIJON",
        pii=[("PERSONNE", "Jean-Philippe SCHMITT"), ("PERSONNE", "Sophia BEKHEDDA")],
        keep=["DIJON"],
    ),
    R(
        _DIJON,
        "Olivier MANSION, Président de chambre, Delphine LAVERGNE-PILLOT, Conseiller, Rodolphe UGUEN-LAITHIER, Conseiller,",
        pii=[
            ("PERSONNE", "Olivier MANSION"),
            ("PERSONNE", "Delphine LAVERGNE-PILLOT"),
            ("PERSONNE", "Rodolphe UGUEN-LAITHIER"),
        ],
    ),
    R(
        _DIJON,
        "La caisse d'allocations familiales de la Côte d'Or (la caisse) verse depuis 2002 à Mme [G] (la bénéficiaire) une allocation adulte handicapé (AAH).",
        keep=["caisse d'allocations familiales de la Côte d'Or"],
    ),
    R(
        _METZ,
        "Représentée par Me Stéphane FARAVARI, avocat au barreau de METZ bénéficie d'une aide juridictionnelle Totale numéro 57463/02/2022/3799 du 24/01/2023 accordée par le bureau d'aide juridictionnelle de METZ",
        pii=[("PERSONNE", "Stéphane FARAVARI"), ("REFERENCE_DOSSIER", "57463/02/2022/3799")],
        keep=["METZ"],
    ),
    R(
        _METZ,
        "CAF DE LA MOSELLE Service Recours [Adresse 5] [Localité 2] représentée par M. [Z], muni d'un pouvoir spécial",
        keep=["CAF DE LA MOSELLE"],
    ),
    R(
        _GRIGNY,
        "Madame Léonie X... Y... née Z... A...\n20 rue du Minotaure\n91350 GRIGNY\nnon comparante",
        pii=[("PERSONNE", "Léonie"), ("ADRESSE", "20 rue du Minotaure\n91350 GRIGNY")],
    ),
    R(
        _GRIGNY,
        "CAISSE D'ALLOCATIONS FAMILIALES DE L'ESSONNE (CAF 91)\n2, Impasse du Télégraphe\n8ème CA - Groupe GRIGNY\n91013 EVRY CEDEX\nreprésentée par Mme STELL en vertu d'un pouvoir général",
        pii=[("PERSONNE", "STELL")],
        keep=["CAISSE D'ALLOCATIONS FAMILIALES DE L'ESSONNE", "CAF 91", "2, Impasse du Télégraphe", "91013 EVRY CEDEX"],
    ),
    R(
        _GRIGNY,
        "Greffier : Madame Claire AUBIN-PANDELLÉ, lors des débats",
        pii=[("PERSONNE", "Claire AUBIN-PANDELLÉ")],
    ),
    R(
        _NANTERRE,
        "L’Essentiel : Mme [W] [L], traductrice-interprète, a contesté une contrainte de 5.450,32 euros émise par la caisse d’allocations familiales suite à un contrôle ayant révélé des indus.",
        keep=["caisse d’allocations familiales"],
    ),
    R(
        _NANTERRE,
        "Le tribunal judiciaire de Nanterre a rendu un jugement le 18 octobre 2023, écartant l’irrégularité de la contrainte, déclarant l’action en paiement prescrite, annulant la contrainte",
        keep=["tribunal judiciaire de Nanterre"],
    ),
    R(
        _EPOUX,
        "attendu que les epoux z..., qui percevaient l'allocation de logement au titre de chef de famille n'ayant pas d'enfant a charge, ont eu un enfant en novembre 1974 qui leur a donne droit a l'allocation de salaire unique majoree ;",
    ),
    R(
        _EPOUX,
        "casse et annule l'arret rendu le 13 decembre 1979, entre les parties, par la cour d'appel de toulouse ;",
        keep=["cour d'appel de toulouse"],
    ),
]
