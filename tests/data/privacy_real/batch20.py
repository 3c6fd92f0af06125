"""Real passages, batch 20: round 5's held-out split, written blind by a new hand (Urssaf, taxe d'habitation, MDPH,
Pays basque's post offices and trésoreries, naturalisation and titres de séjour), pages in no earlier split. See
README.md."""

from tests.data.privacy_real.record import R

_MACOM = (
    "https://www.macommune.info/lurssaf-cafouille-avec-les-charges-des-auto-entrepreneurs/?quicktabs_lesplusv3=0&amp"
)
_BLOCH = "https://www.laurentbloch.net/MySpip3/Urssaf-CIPAV-RSI-le-cauchemar"
_TF1TH = "https://www.tf1info.fr/conso-argent/video-impots-bruno-le-maire-reconnait-un-bug-sur-la-taxe-d-habitation-comment-des-avis-ont-ils-pu-etre-envoyes-a-des-enfants-2277135.html"
_INSPTH = "https://inspirefrance.fr/taxe-habitation-francais-avis-logements-quittes"
_INSPAAH = "https://inspirefrance.fr/victoire-apres-un-an-de-combat-aah-face-a-administration"
_HENDAYE = "https://france3-regions.francetvinfo.fr/nouvelle-aquitaine/pyrenees-atlantiques/bayonne/hendaye-colere-habitants-apres-fermeture-poste-plage-1631706.html"
_USTA = "http://mediabask.naiz.eus/eu/info_mbsk/20170405/un-tresor-de-proximite"
_MBHEND = (
    "https://mediabask.naiz.eus/eu/info_mbsk/20181116/fermeture-de-la-tresorerie-dhendaye-le-maire-pret-a-se-battre"
)
_MB6 = "https://mediabask.naiz.eus/eu/info_mbsk/20190621/six-tresoreries-du-pays-basque-en-danger"
_MBTROP = "https://mediabask.naiz.eus/eu/info_mbsk/20180523/la-fermeture-de-trop"
_ALDUDES = "https://www.francebleu.fr/infos/economie-social/pays-basque-fermeture-annoncee-de-l-unique-bureau-de-poste-de-la-vallee-des-aldudes-1548720459"
_BAYONNE = "http://frdocs.com/doc/1716602/avril-2016---ville-de-bayonne"
_PHOTOMOB = "https://www.photo-mobile.com/album/immigration--pays-basque-a-bayonne-la-place-des-basques-est-la-zone-de-transit-des-migrants-vers-plusieurs-destinations_418.html"
_ENDLESS = "https://endlesstravel.world/?p=8040"
_DAVROUS = (
    "https://www.davrous.com/2019/09/24/naturalisation-des-talents-start-up-nation-et-foutage-de-gueule-organise/"
)
_SZAK = "https://perso.crans.org/szakacs/naturalisation.html"
_EASY = "https://www.easytrangers.com/t/blocage-dossier-naturalisation-lors-du-depot/1461"
_REZA = "https://rmc.bfmtv.com/replay-emissions/apolline-matin/reza-refugie-politique-en-france-va-pouvoir-faire-sa-demande-de-naturalisation_VN-202308180113.html"

RECORDS = [
    R(
        _MACOM,
        "Or, l'URSSAF de Besançon ne met pas toujours à jour le taux de charges sociales pour les auto-entrepreneurs qui ont changé de taux pour le trimestre concerné.",
        keep=["URSSAF", "Besançon"],
    ),
    R(
        _MACOM,
        "Là, l'URSSAF ose leur faire une réponse du genre : «Ah vous avez fait votre déclaration en ligne le 6 juillet ? Nous avons mis à jour les taux le lendemain. »",
        keep=["URSSAF"],
    ),
    R(
        _BLOCH,
        "Puis vint le bon Monsieur Raffarin, qui édicta une règle qui semble de bon sens : à revenu nul, taxation et cotisations nulles.",
        pii=[("PERSONNE", "Raffarin")],
    ),
    R(
        _BLOCH,
        "Un enfer pour les indépendants :\nUrssaf, CIPAV, RSI, le cauchemar\nArticle mis en ligne le 16 mars 2017\npar Laurent Bloch",
        pii=[("PERSONNE", "Laurent Bloch")],
        keep=["Urssaf", "CIPAV", "RSI"],
    ),
    R(
        _TF1TH,
        "Il y a quelques semaines, Melvin, étudiant à Limoges, reçoit un courrier qu'il n'attendait pas : une taxe d'habitation d'un montant de 637 euros.",
        pii=[("PERSONNE", "Melvin")],
        keep=["Limoges"],
    ),
    R(
        _TF1TH,
        "Florent, qui témoigne également dans notre reportage, a par exemple payé 545 eurois de taxe alors qu'il ne devait rien. (num fiscal 3012458712364)",
        pii=[("PERSONNE", "Florent"), ("NUMERO_FISCAL", "3012458712364")],
        inserted=["3012458712364"],
    ),
    R(
        _INSPTH,
        "Élodie Vartan, consultante en marketing, a vécu cette absurdité administrative de plein fouet.",
        pii=[("PERSONNE", "Élodie Vartan")],
    ),
    R(
        _INSPTH,
        "« J’ai dû consacrer trois heures au téléphone avec le fisc pour prouver que je résidais désormais en Loire-Atlantique. On m’a promis une correction, mais j’ai tout de même reçu un rappel de paiement deux mois plus tard » Réf. de l’avis : 23 44 A712345 61",
        pii=[("REFERENCE_DOSSIER", "23 44 A712345 61")],
        keep=["Loire-Atlantique"],
        inserted=["23 44 A712345 61"],
    ),
    R(
        _INSPAAH,
        "L’histoire de Claire Verdier, 34 ans, illustre avec force les obstacles rencontrés par les personnes en situation de handicap pour faire valoir leurs droits.",
        pii=[("PERSONNE", "Claire Verdier")],
    ),
    R(
        _INSPAAH,
        "Marceline Taillandier, assistante sociale spécialisée, témoigne : « Dans mon cabinet, je vois au moins trois cas similaires chaque mois. »",
        pii=[("PERSONNE", "Marceline Taillandier")],
    ),
    R(
        _INSPAAH,
        "Après quatre mois d’attente, Claire multiplie les appels à la MDPH de son département. « À chaque fois, on me disait que mon dossier était ‘en traitement’. »",
        pii=[("PERSONNE", "Claire")],
        keep=["MDPH"],
    ),
    R(
        _HENDAYE,
        '"C’est une honte ! Tous les services publics partent en sucette au nom du pognon! " confie Jean-Claude.',
        pii=[("PERSONNE", "Jean-Claude")],
    ),
    R(
        _HENDAYE,
        "Jason n’est pas plus tendre : « Aujourd’hui, on dit qu’on n’envoie pas de courrier, mais moi j’envoie des courriers. J’aime pas trop les portables. »",
        pii=[("PERSONNE", "Jason")],
    ),
    R(
        _HENDAYE,
        "Andde Irrobehere et Iban Carpentier sont allés à la rencontre des habitants du quartier de la Plage à Hendaye",
        pii=[("PERSONNE", "Andde Irrobehere"), ("PERSONNE", "Iban Carpentier")],
        keep=["Hendaye"],
    ),
    R(
        _USTA,
        '"C’est encore un service public de proximité qui disparaîtrait !" s\'alarme Bruno Carrère, maire d’Ustaritz.',
        pii=[("PERSONNE", "Bruno Carrère")],
        keep=["Ustaritz"],
    ),
    R(
        _MBHEND,
        "Iurre Bidegain\nFermeture de la trésorerie d’Hendaye : le maire prêt à se battre",
        pii=[("PERSONNE", "Iurre Bidegain")],
        keep=["Hendaye"],
    ),
    R(
        _MBHEND,
        "Kotte Ecenarro revient de Paris déterminé pour la défense de la Trésorerie. © Isabelle Miquelestorena",
        pii=[("PERSONNE", "Kotte Ecenarro"), ("PERSONNE", "Isabelle Miquelestorena")],
        keep=["Paris", "Trésorerie"],
    ),
    R(
        _MB6,
        "Pour Jean Bernet, secrétaire départemental FO-DGFIP64, cette restructuration est loin d’aller dans le bon sens.",
        pii=[("PERSONNE", "Jean Bernet")],
        keep=["FO-DGFIP64"],
    ),
    R(
        _MBTROP,
        'Pour le maire de Tardets, Arnaud Villeneuve, c’est la "fermeture de trop".',
        pii=[("PERSONNE", "Arnaud Villeneuve")],
        keep=["Tardets"],
    ),
    R(
        _MBTROP,
        'Pour Pierre Nouquéret, membre de la CGT et fonctionnaire aux impôts, ces fermetures ou "transferts", sont à remettre en perspective dans une contexte plus large.',
        pii=[("PERSONNE", "Pierre Nouquéret")],
        keep=["CGT"],
    ),
    R(
        _ALDUDES,
        "Manex vient d'effectuer un retrait de plusieurs centaines d'euros sur son CCP (FR14 2004 1010 0505 0001 3M02 606). Bientôt, il ne pourra effectuer cette opération qu'au bureau de Poste de Baigorry.",
        pii=[("PERSONNE", "Manex"), ("IBAN", "FR14 2004 1010 0505 0001 3M02 606")],
        keep=["CCP", "Baigorry"],
        inserted=["FR14 2004 1010 0505 0001 3M02 606"],
    ),
    R(
        _ALDUDES,
        "mardi 29 janvier 2019 à 1:08 Par Iban Etxezaharreta, France Bleu Pays Basque",
        pii=[("PERSONNE", "Iban Etxezaharreta")],
        keep=["France Bleu Pays Basque"],
    ),
    R(
        _BAYONNE,
        "Carte d’identité, passeport :\nLe dépôt de dossiers se fait sur rendez-vous. Lundi, mardi, mercredi et vendredi de 9h à 17h - Jeudi de 9h à 19h.\nTél. : 05 59 46 61 14.",
        keep=["05 59 46 61 14"],
    ),
    R(
        _BAYONNE,
        "Allo cadre de vie\nNid-de-poule, décharge sauvage, caniveau bouché, réverbère défectueux...\nNuméro vert : 0 800 64 00 64*.",
        keep=["0 800 64 00 64"],
    ),
    R(
        _PHOTOMOB,
        "Ils s'appellent Sekou, Aziz, Mamadou, Hafiziou ou Mariaba (photo), première femme à s'installer et à pouvoir se reposer dans le Temple Protestant.",
        pii=[
            ("PERSONNE", "Sekou"),
            ("PERSONNE", "Aziz"),
            ("PERSONNE", "Mamadou"),
            ("PERSONNE", "Hafiziou"),
            ("PERSONNE", "Mariaba"),
        ],
        keep=["Temple Protestant"],
    ),
    R(
        _PHOTOMOB,
        "\"Merci à l'accueil chaleureux du Pays basque\" comme le dit Hafiziou de l'ethnie Peul et démarquant de Conakry en Guinée, avant de nous saluer et de monter dans le car.",
        pii=[("PERSONNE", "Hafiziou")],
        keep=["Pays basque", "Conakry", "Guinée"],
    ),
    R(
        _PHOTOMOB,
        "N'en déplaise à l'État, le signal envoyé par Jean-René Etchegaray, c'est d'abord l'humanitaire, \"les Basques sont des nomades ne l'oublions pas\".",
        pii=[("PERSONNE", "Jean-René Etchegaray")],
    ),
    R(
        _ENDLESS,
        "Je me souviens encore de ce jour à l’ambassade de France à Hanoi : en tant que boursière, j’ai eu la priorité et j’ai pu éviter la longue file d’attente. lan nguyen",
        pii=[("PERSONNE", "lan nguyen")],
        keep=["ambassade de France", "Hanoi"],
        inserted=["lan nguyen"],
    ),
    R(
        _DAVROUS,
        "Elle se renseigne sur Internet pour connaître la procédure. Elle vérifie les prérequis et me demande de l’amener à Évry.",
        keep=["Évry"],
    ),
    R(
        _SZAK,
        "Créteil est loin de Cachan où j'habite. J'appelle alors le bureau des étrangers de la préfecture en espérant qu'ils pourront me l'envoyer par la poste.",
        keep=["Créteil", "Cachan", "bureau des étrangers"],
    ),
    R(
        _SZAK,
        "Je profite d'une journée de grève des transports en commun pour aller, au lieu du travail, à la sous-préfecture. Pas de chance: ils sont en grève aussi. Mon dossier : 94/NAT/2001/04417",
        pii=[("REFERENCE_DOSSIER", "94/NAT/2001/04417")],
        inserted=["94/NAT/2001/04417"],
    ),
    R(
        _EASY,
        "Je reviens tout juste de la préfecture de Créteil (Val de Marne) où mon dossier a été refusé pour la deuxième fois. Tharshika Sivakumar, née le 03/11/1990 à Jaffna",
        pii=[("PERSONNE", "Tharshika Sivakumar"), ("DATE_NAISSANCE", "03/11/1990")],
        keep=["préfecture de Créteil", "Val de Marne", "Jaffna"],
        inserted=["Tharshika Sivakumar", "03/11/1990"],
    ),
    R(
        _EASY,
        "Ceux qui habitent le Val de Marne, et dépendent de la sous préfecture de l’Hay les Roses, le savent bien : pour déposer un dossier de naturalisation, il faut se connecter sur le site de la sous préfecture le lundi matin à 9h.",
        keep=["Val de Marne", "l’Hay les Roses"],
    ),
    R(
        _REZA,
        "Reza retente sa chance donc une troisième fois. Là, on lui rétorque qu’il ne pourra pas venir sur place et qu’il vaut mieux renoncer à sa demande. Sa demande porte le numéro 920-NAT-2023-118842",
        pii=[("REFERENCE_DOSSIER", "920-NAT-2023-118842"), ("PERSONNE", "Reza")],
        inserted=["920-NAT-2023-118842"],
    ),
]
