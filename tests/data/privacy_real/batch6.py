"""Real passages, batch 6 (indemnités journalières, retraites agricoles). See README.md."""

from tests.data.privacy_real.record import R

_IMAZ_IJ = "https://imazpress.com/selection-de-la-redaction/arrets-maladies-des-indemnites-journalieres-versees-au-compte-goutte-et-des-malades-prives-de-revenus"
_LIBE_IJ = "https://www.staging.libe.io/economie/social/cpam-les-retards-dindemnites-naident-pas-au-retablissement-20220902_TIO6ZWPJP5DYHCP527YWQHO4Y4"
_EUROPESAYS = "https://www.europesays.com/fr/307507"
_DDD_OF = "https://www.defenseurdesdroits.fr/actualites/2018/03/partenariat-ouest-france-indemnites-journalieres-et-arret-maladie"
_RTLBE = "https://www.rtl.be/info/monde/economie/-continuer-a-travailler-ou-plumer-les-reserves-la-debrouille-des-agriculteurs-retraites-1014351.aspx"
_WEBAGRI = "https://www.web-agri.fr/les-forumeurs-en-parlent/article/224119/paroles-de-lecteurs-reforme-des-retraites-envisageable-d-etre-eleveurs-quelques-annees-de-plus"
_CR = "https://www.coordinationrurale.fr/les-sections-actualites/retraites/temoignage-partir-en-retraite-en-agriculture-a-quoi-ca-ce-resume/"
_BUZZ = "https://buzzday.fr/agriculteur-depuis-40-ans-il-devoile-sa-retraite-je-touche/2"
_ND16 = "https://nosdeputes.fr/16/intervention/116838"
_LCI = "https://www.lci.fr/societe/video-retraites-agricoles-qui-est-concerne-par-la-revalorisation-ce-1er-novembre-2200640.html"

RECORDS = [
    R(
        _IMAZ_IJ,
        "Pendant plusieurs mois, Marie s'est retrouvée sans revenus et sans les indemnités journalières qui lui sont due en raison de son arrêt maladie. Malgré un dossier complet envoyé à la CGSS, elle explique avoir eu des difficultés à communiquer avec eux.",
        pii=[("PERSONNE", "Marie")],
    ),
    R(
        _IMAZ_IJ,
        "Si le premier mois, elle a été rémunérée par son employeur, elle a vu son salaire passer à 0 euro en avril 2024. Marie contacte alors son employeur qui lui indique que c'est la CGSS qui doit faire le relais.",
        pii=[("PERSONNE", "Marie")],
    ),
    R(
        _IMAZ_IJ,
        "\"J'avais beau envoyer des mails, prendre des rendez-vous téléphoniques sur Ameli, au départ on me disait que l'on ne pouvait rien faire\", raconte-t-elle. Mon numéro de sécu : 2 86 11 974 22 318 54.",
        pii=[("NIR", "2 86 11 974 22 318 54")],
        keep=["Ameli"],
        inserted=["2 86 11 974 22 318 54"],
    ),
    R(
        _LIBE_IJ,
        "«Quand quelque chose mine le moral, ça n'aide pas au rétablissement.» Fin 2021, Christelle perd son travail à la poissonnerie d'un supermarché de Charente-Maritime. Elle s'inscrit à Pôle Emploi.",
        pii=[("PERSONNE", "Christelle")],
        keep=["Pôle Emploi"],
    ),
    R(
        _LIBE_IJ,
        "«Le 25 avril 2022, je reçois un SMS où ils me demandent une attestation de salaire du mois de mars.» Vous pouvez me répondre à christelle.morand17@free.fr",
        pii=[("EMAIL", "christelle.morand17@free.fr")],
        inserted=["christelle.morand17@free.fr"],
    ),
    R(
        _EUROPESAYS,
        "« Un mois c'est zéro euro, un autre c'est 700 euros, et le mois d'après, encore une autre somme. » Isabelle ne comprend plus rien à cette cacophonie. Par Emma Derome",
        pii=[("PERSONNE", "Isabelle"), ("PERSONNE", "Emma Derome")],
    ),
    R(
        _EUROPESAYS,
        "En cause, des bugs liés au logiciel Arpège, expérimenté par les CPAM de Vendée et de Loire-Atlantique. « Il faut patienter, on me dit toujours de patienter, mais je ne sais jamais combien de temps », déplore cette mère de famille célibataire.",
        keep=["CPAM"],
    ),
    R(
        _EUROPESAYS,
        "Isabelle sait donc qu'elle devra rester en arrêt maladie pendant encore plusieurs mois. Seulement un pécule de 700 euros, « sachant que mon loyer est lui de 740 euros ».",
        pii=[("PERSONNE", "Isabelle")],
        keep=["700 euros", "740 euros"],
    ),
    R(
        _DDD_OF,
        "En arrêt longue maladie depuis plusieurs mois, François a envoyé les documents nécessaires à sa caisse primaire d'assurance-maladie (CPAM) pour obtenir ses indemnités journalières.",
        pii=[("PERSONNE", "François")],
        keep=["CPAM"],
    ),
    R(
        _DDD_OF,
        "Sa femme a porté en main propre les documents complémentaires demandés par sa caisse. Mais à ce jour, François, n'a toujours pas reçu de réponse à sa demande.",
        pii=[("PERSONNE", "François")],
    ),
    R(
        _RTLBE,
        "Agriculteur jusqu'à ses 60 ans, à son compte puis associé avec son épouse, Patrice Galinier touche une retraite de 750 euros. Sa compagne, qui prendra sa retraite dans cinq ans, \"n'aura pas plus\".",
        pii=[("PERSONNE", "Patrice Galinier")],
        keep=["750 euros"],
    ),
    R(
        _RTLBE,
        '"Mes voisins touchent à peine 600 euros. Ces petites retraites, c\'est une honte". "Dans mon village au départ, on était 13 éleveurs, aujourd\'hui il n\'y en a plus que trois".',
    ),
    R(
        _RTLBE,
        'Après avoir été co-exploitante et salariée à temps partiel, Annie Légier touche "autour de 1.100 euros" mensuels, dont 550 de la MSA. Son mari, ancien chef d\'exploitation, touche 850 euros.',
        pii=[("PERSONNE", "Annie Légier")],
        keep=["MSA", "850 euros"],
    ),
    R(
        _WEBAGRI,
        "« Beaucoup de paysans ne veulent pas prendre leur retraite, lance Nicolas sur Facebook, un brin provocateur. » Une situation due aux faibles retraites des éleveurs selon Laurence.",
        pii=[("PERSONNE", "Nicolas"), ("PERSONNE", "Laurence")],
    ),
    R(
        _WEBAGRI,
        "Gilles n'est pas d'accord : « Même en donnant 20 000 €/an à la MSA pour une personne, il ne faut pas espérer une retraite de + de 1 000 - 1 200 €/mois. »",
        pii=[("PERSONNE", "Gilles")],
        keep=["MSA"],
    ),
    R(
        _WEBAGRI,
        "Pour Hugo, ce n'est pas qu'une question d'argent. « Les éleveurs aiment leur métier. Canapé et télé ne sont pas trop dans leurs habitudes », nuance Honoré. « Ceux qui continuent à travailler n'ont pas d'autres occupations », appuie Nicole.",
        pii=[("PERSONNE", "Hugo"), ("PERSONNE", "Honoré"), ("PERSONNE", "Nicole")],
    ),
    R(
        _CR,
        "Jean-Louis Ogier, ancien arboriculteur en Isère : « Les démarches pour prendre ma retraite ont été compliquées, il manquait toujours un papier et des problèmes que la MSA n'arrivait pas à régler ne cessaient d'apparaître. »",
        pii=[("PERSONNE", "Jean-Louis Ogier")],
        keep=["MSA"],
    ),
    R(
        _CR,
        "Yvon Riotteau, ancien éleveur dans le Maine-et-Loire : « J'ai pris ma retraite le 1er novembre 2021 à 61 ans et c'était un vrai parcours du combattant ! J'ai dû photocopier l'ensemble de mon dossier 3 ou 4 fois. »",
        pii=[("PERSONNE", "Yvon Riotteau")],
    ),
    R(
        _CR,
        "« Il n'y a pas de porte entre les bureaux MSA, le dossier arrive et les feuilles s'égarent. » Mon numéro MSA : 1 60 03 49 328 117 09.",
        pii=[("NIR", "1 60 03 49 328 117 09")],
        keep=["MSA"],
        inserted=["1 60 03 49 328 117 09"],
    ),
    R(
        _BUZZ,
        "Agriculteur depuis 40 ans, Jean Dupont lève le voile sur une réalité méconnue : 1 200 euros bruts par mois, montant de sa retraite après une vie de labeur. Julie K.",
        pii=[("PERSONNE", "Jean Dupont"), ("PERSONNE", "Julie K.")],
        keep=["1 200 euros"],
    ),
    R(
        _BUZZ,
        "« On sacrifie sa santé, sa famille… Pour au final compter chaque centime », confie-t-il. « Ça aidera les jeunes, mais nous, les anciens, on reste les oubliés des réformes », tempête-t-il.",
    ),
    R(
        _ND16,
        "Ce matin, je suis un peu gêné, car en tant qu'agriculteur, j'ai le sentiment de demander l'aumône. M. Turquois l'a dit, chaque agriculteur se voyait attribuer des points dont le nombre était calculé par tranches.",
        pii=[("PERSONNE", "Turquois")],
    ),
    R(
        _LCI,
        "\"Pour 37 années : 788,17 euros. Pour moi, c'est humiliant. Je trouve que c'est vraiment ridicule\", affirme-t-il.",
        keep=["788,17 euros"],
    ),
    R(
        _LCI,
        "Jean-Luc Auguin était éleveur bovin pendant 37 ans lui aussi. Sa retraite s'élève à 924 euros par mois et devrait augmenter de 80 euros avec la nouvelle mesure.",
        pii=[("PERSONNE", "Jean-Luc Auguin")],
        keep=["924 euros"],
    ),
]
