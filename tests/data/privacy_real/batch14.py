"""Real passages, batch 14: fourth held-out round (URSSAF, MSA and farmers' pensions, hospital emergencies), pages
in no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_RADIES = "http://quotidien-mark.blogspot.com/2010/03/des-dizaines-dauto-entrepeneurs-radies.html"
_APT = "https://nathaliedapt.fr/blog/comment-la-terreur-de-l-urssaf-ma-conduite-vendre-mes-bijoux-de-famille"
_ADJUVAMUS = "https://www.adjuvamus.fr/blog/index.php?post/2011/URSSAF-ou-l-%C3%A9l%C3%A9gance-%C3%A0-la-fran%C3%A7aise"
_ACTUALITTE = "https://actualitte.com/article/tribunes/urssaf-l-insupportable-legerete-de-l-etre/103057"
_CHOC = "http://democratesansfrontiere.org/?post/choc-de-simplification-la-simplification-non-le-choc-oui"
_MINERVOIS = "https://semaineduminervois.com/mutualite-sociale-agricole-des-agriculteurs-a-cran/"
_KAFKA = "https://www.journal-ipns.org/les-articles/les-articles/1233-msa-le-paysan-chez-kafka"
_JACQUES = "https://www.divertissonsnous.com/actualite/47237-retraite-agricole-a-80-ans-jacques-ne-percoit-que-50-depuis-20-ans"
_OUBLIE = "https://inspirefrance.fr/retraite-agricole-6-ans-de-travail-oublie/amp"
_CHINON = "https://www.agribourgogne.fr/articles/07/10/2022/Retraites-agricoles-et-MSA-89070/"
_NIEVRE = "https://agribourgogne.fr/articles/04/03/2022/Une-reunion-departementale-pour-comprendre-68370/"
_ROYAN = "https://www.staging.libe.io/evenement/2002/07/13/l-ete-du-cauchemar-aux-urgences-de-royan_410118"
_RAMADAN = "https://francais-langue-daccueil.org/?p=2591"
_LILLE = "https://france3-regions.francetvinfo.fr/hauts-de-france/nord-0/lille/temoignages-la-crise-aux-urgences-vue-des-patients-c-est-le-quart-monde-j-ai-cru-que-j-avais-change-de-siecle-de-pays-2552420.html"
_JOSSIGNY = "https://magjournal77.fr/vie-locale/item/55667-jossigny-urgences-une-patiente-a-attendu-dix-huit-heures-avant-d-etre-hospitalisee"
_BANDOL = "https://hopital-militaire.autour-de-moi.com/ville/villenave-d-ornon"
_OCTOGENAIRE = "https://infominute.fr/urgences-surchargees-29-heures-dattente-pour-une-octogenaire"

RECORDS = [
    R(
        _RADIES,
        "Il assure qu’au moment de la création de son auto-entreprise, l’Urssaf lui a expliqué au téléphone que le prorata se calculait au nombre de mois, et pas au nombre de jours.",
        keep=["Urssaf"],
    ),
    R(
        _RADIES,
        "Je ne sais pas comment faire pour ma facturation faite sans TVA et mes devis depuis trois mois. Et mon activité s’est réduite je peux pas changer de statut et payer des charges comme une entreprise normale. Vous pouvez me joindre au 09.72.41.88.05",
        pii=[("TELEPHONE", "09.72.41.88.05")],
        inserted=["09.72.41.88.05"],
    ),
    R(
        _APT,
        "Si vous atterrissez sur ce blog pour la première fois, je me présente : Nathalie d’Apt (84), 55 ans, cheffe d’entreprise (01.10.2010) et liquidatrice (09.08.2023).",
        pii=[("PERSONNE", "Nathalie")],
        keep=["Apt"],
    ),
    R(
        _APT,
        "Ma décision de mettre l’entreprise en cessation de paiement, je l’ai prise le 14 juillet 2023 (fête nationale). L’Urssaf Paca a commencé à me terroriser le 4 mai 2023 (anniversaire de mon fils).",
        keep=["Urssaf Paca"],
    ),
    R(
        _APT,
        "Durant ces quatre semaines, entre le 4 mai et le 3 juin, j’ai vécu dans la terreur de l’urssaf : appels incessants, injonctions de payer, relances sur l’espace intranet, courriers menaçants, passages d’huissiers de justice et lettres en recommandé.",
        keep=["urssaf"],
    ),
    R(
        _ADJUVAMUS,
        "Thierry Goemans est consultant et formateur indépendant en gestion des organisations; il dirige Adjuvamus et Formation-Compta-Tout-pour-Entreprendre.",
        pii=[("PERSONNE", "Thierry Goemans")],
    ),
    R(
        _ADJUVAMUS,
        "Je ne commence à m'énerver qu'après 72h d'incessantes tentatives de joindre le 0820 payant mis à \"disposition\" des entreprises par l'URSSAF.",
        keep=["URSSAF"],
    ),
    R(
        _ADJUVAMUS,
        "Il faut toujours envoyer vos réclamations par courrier recommandé. Mon compte cotisant : 757 4183920617 48, à votre disposition pour vérifier.",
        pii=[("REFERENCE_DOSSIER", "757 4183920617 48")],
        inserted=["757 4183920617 48"],
    ),
    R(
        _ACTUALITTE,
        "par Isabelle Troin, traductrice",
        pii=[("PERSONNE", "Isabelle Troin")],
    ),
    R(
        _ACTUALITTE,
        "Le mien avait été envoyé au nom d’un ex-mari dont je suis divorcée depuis 23 ans : en toute logique, il n’a donc jamais trouvé le chemin de ma boîte à lettres.",
    ),
    R(
        _ACTUALITTE,
        "En appelant l’Urssaf Limousin par téléphone pour réclamer que l’erreur soit rectifiée et qu’on m’adresse un nouveau code, j’ai également découvert que j’étais considérée comme déclarant toujours mes revenus artistiques en BNC",
        keep=["Urssaf Limousin"],
    ),
    R(
        _CHOC,
        "D'abord la bonne nouvelle : l'URSSAF m'a remboursé avant-hier l'excédent de cotisations versé ! Merci ! Je l'ai découvert en consultant mon compte bancaire ; ils n'avaient pas trouvé utile de répondre à ma demande, ni par mail, ni sur le boîte aux lettres du site urssaf.",
        keep=["URSSAF"],
    ),
    R(
        _CHOC,
        "Et je reçois, toujours hier, le mail suivant de l'URSSAF : (…) Pour nous contacter : Tél : 0811 011 637(0,12 € TTC/min)",
        keep=["URSSAF", "0811 011 637"],
    ),
    R(
        _MINERVOIS,
        "Roger*, éleveur, en arrêt de travail pour longue maladie, est excédé. Régulièrement, au moment de la demande de renouvellement de la CMU (Couverture maladie universelle, octroyée aux plus bas revenus), son dossier se perd, le service compétent ne le reçoit pas, il doit réitérer la démarche.",
        pii=[("PERSONNE", "Roger")],
        keep=["Couverture maladie universelle"],
    ),
    R(
        _MINERVOIS,
        "Enfin, Roger rapporte que, deux ans après la cessation de son activité agricole, la MSA lui a réclamé des cotisations avec rappels et menaces de pénalités.",
        pii=[("PERSONNE", "Roger")],
        keep=["MSA"],
    ),
    R(
        _MINERVOIS,
        "Gauthier de Gualy, directeur adjoint de la MSA Languedoc, souligne pourtant que “82 % des 350 000 appels reçus en 2018 par la MSA du Languedoc ont été décrochés et pris en charge par un téléconseiller.",
        pii=[("PERSONNE", "Gauthier de Gualy")],
        keep=["MSA Languedoc", "MSA du Languedoc"],
    ),
    R(
        _KAFKA,
        "Dans le cas présent, notre jeune agriculteur attend encore en 2020 des aides MAE de... 2017 ! « Il faut se démerder pour vivre sans argent pendant plusieurs mois » ironise-t-il.",
    ),
    R(
        _KAFKA,
        "sa compagne est radiée sans raison du RSA, il reçoit un courrier de la MSA qui lui dit de ne pas tenir compte de ce courrier, que c’est une erreur... mais il est obligé d’appeler et de rappeler de nombreuses fois pour obtenir la réouverture de ses droits",
        keep=["MSA"],
    ),
    R(
        _KAFKA,
        "« Il faut toujours quémander l’argent qui nous est dû et en plus, on subit une forme de culpabilisation comme si on était des assistés... » s’indigne-t-il. Mon numéro de sécurité sociale : 1 84 07 58 062 117 66.",
        pii=[("NIR", "1 84 07 58 062 117 66")],
        inserted=["1 84 07 58 062 117 66"],
    ),
    R(
        _JACQUES,
        "A 80 ans, Jacques raconte une vie de labeur et d’attente. Son dossier de retraite agricole n’aurait jamais été payé en entier, malgré des démarches répétées.",
        pii=[("PERSONNE", "Jacques")],
    ),
    R(
        _JACQUES,
        "« Depuis vingt ans, je ne touche que la moitié et personne n’est jamais venu me voir. » Jacques Meunier, né le 3 mars 1944, lieu-dit Les Granges, 03130 Montaiguët-en-Forez",
        pii=[
            ("PERSONNE", "Jacques Meunier"),
            ("DATE_NAISSANCE", "3 mars 1944"),
            ("ADRESSE", "lieu-dit Les Granges, 03130 Montaiguët-en-Forez"),
        ],
        inserted=["Jacques Meunier", "3 mars 1944", "lieu-dit Les Granges, 03130 Montaiguët-en-Forez"],
    ),
    R(
        _OUBLIE,
        "Marcel Linderman a passé quarante ans à cultiver des artichauts dans le pays de Saint-Pol-de-Léon.",
        pii=[("PERSONNE", "Marcel Linderman")],
        keep=["Saint-Pol-de-Léon"],
    ),
    R(
        _OUBLIE,
        "« À l’époque, mon comptable gérait les déclarations. La MSA m’affirme n’avoir aucun document », explique Marcel.",
        pii=[("PERSONNE", "Marcel")],
        keep=["MSA"],
    ),
    R(
        _OUBLIE,
        "Élise Torchin, éleveuse dans les Vosges, témoigne : « Quand j’ai repris la ferme familiale, les comptes étaient tenus à la main.",
        pii=[("PERSONNE", "Élise Torchin")],
        keep=["Vosges"],
    ),
    R(
        _OUBLIE,
        "Amélie Vasset, juriste spécialisée en droit rural, précise : « Un salarié peut avoir dix employeurs différents dans l’année sans que personne ne centralise les données. »",
        pii=[("PERSONNE", "Amélie Vasset")],
    ),
    R(
        _CHINON,
        "Autour de Dominique Bossong, président de la MSA Bourgogne et du député Patrice Perrot, les participants à cette rencontre au Legta du Morvan de Château-Chinon, initiée par la FDSEA 58.",
        pii=[("PERSONNE", "Dominique Bossong"), ("PERSONNE", "Patrice Perrot")],
        keep=["MSA Bourgogne", "Château-Chinon"],
    ),
    R(
        _CHINON,
        "Au-delà, les participants avertissaient aussi sur les cas d’agriculteurs qui assument également des mandats d’élus locaux, ou encore sur les questions de réversion envers les veufs ou veuves d’exploitant.",
    ),
    R(
        _NIEVRE,
        "« Cette réforme vient réparer une injustice. C’est la reconnaissance de la valeur de notre travail, et cela apporte un pouvoir d’achat supplémentaire et mérité pour les chefs d’exploitation ainsi que pour les conjoints collaborateurs », témoigne Yves Delfolie, Président de la section des anciens exploitants de la Nièvre",
        pii=[("PERSONNE", "Yves Delfolie")],
        keep=["Nièvre"],
    ),
    R(
        _NIEVRE,
        "Or, il faut rappeler que la grande majorité des retraités ne sont pas à l’aise avec cet outil ou n’ont tout simplement pas Internet. Écrire à Y. Delfolie, La Croix Blanche, 58290 Moulins-Engilbert",
        pii=[("PERSONNE", "Y. Delfolie"), ("ADRESSE", "La Croix Blanche, 58290 Moulins-Engilbert")],
        inserted=["Y. Delfolie", "La Croix Blanche, 58290 Moulins-Engilbert"],
    ),
    R(
        _ROYAN,
        "«L'autre jour, l'un d'eux l'a rempli furieux. A chaque case remplie, il hurlait \"Nul ! Nul ! Nul !\"», raconte l'infirmière d'accueil des urgences de l'hôpital de Royan (Charente-Maritime).",
        keep=["hôpital de Royan", "Charente-Maritime"],
    ),
    R(
        _ROYAN,
        "«On s'enfonce, on s'enfonce, on s'enfonce, prévient Jean-Luc Gabé, chef du service des urgences. On nous dit \"vous y êtes arrivés l'année dernière, vous y arriverez cette année\". Ça, je ne veux plus l'entendre.»",
        pii=[("PERSONNE", "Jean-Luc Gabé")],
    ),
    R(
        _RAMADAN,
        "Je l’ai tout de suite accompagné aux urgences de l’hôpital le plus proche. A l’accueil, il y avait une dame très désagréable et de mauvaise humeur.",
    ),
    R(
        _RAMADAN,
        "Je lui ai dit : comment ça, notre tour ? Tous ceux qui étaient arrivés après nous sont déjà passés. Mon ami hurle de douleur, il n’en peut plus et il attend toujours.",
    ),
    R(
        _LILLE,
        '"Les soignants des Urgences ne peuvent pas faire de miracle face au système qui se dégrade et aux médecins de garde qui ne se déplacent plus", souligne par exemple Marie-Blanche, elle même infirmière libérale.',
        pii=[("PERSONNE", "Marie-Blanche")],
    ),
    R(
        _LILLE,
        "Karine a 47 ans et vit dans l'agglomération lilloise. Cette cadre commerciale chute sur la Grand Place de Lille vers 16H30, le jeudi de l'Ascension. Très vite sa cheville double de volume. Les pompiers la conduise au CHR de Lille.",
        pii=[("PERSONNE", "Karine")],
        keep=["Grand Place de Lille", "CHR de Lille"],
    ),
    R(
        _JOSSIGNY,
        "Ambre* est restée dix-huit heures au service des urgences de l’hôpital du Grand Hôpital de l’Est Francilien – Site de Marne-la-Vallée, Jossigny, jeudi 25 novembre, avant d’être hospitalisée. William*, son compagnon, témoigne.",
        pii=[("PERSONNE", "Ambre"), ("PERSONNE", "William")],
        keep=["Grand Hôpital de l’Est Francilien", "Marne-la-Vallée", "Jossigny"],
    ),
    R(
        _JOSSIGNY,
        "William, parti chercher des affaires et des médicaments qu’Ambre doit prendre au quotidien, a appellé l’hôpital pour prendre des nouvelles de sa compagne.",
        pii=[("PERSONNE", "William"), ("PERSONNE", "Ambre")],
    ),
    R(
        _JOSSIGNY,
        "Le couple est en colère mais n’en veut pas au personnel soignant : « On a vu une infirmière qui devait tout gérer, toute seule. Elle a fait son maximum. » william.dufay77@laposte.net",
        pii=[("EMAIL", "william.dufay77@laposte.net")],
        inserted=["william.dufay77@laposte.net"],
    ),
    R(
        _BANDOL,
        "Mon amie a eu un grave malaise samedi dernier sur Bandol, soupçon d'AIT (éventuel prémices d'un AVC ?) Après appel au Samu et transport en ambulance, arrivée a 23 h, formalités administratives, questionnaire auprès d'une infirmière aimable comme une porte de prison",
        keep=["Bandol", "Samu"],
    ),
    R(
        _BANDOL,
        "Nous sommes parties au petit matin sans avoir vu de médecin, plus qu'épuisées et sans diagnostic. Rappelez-moi au 0872 51 64 30.",
        pii=[("TELEPHONE", "0872 51 64 30")],
        inserted=["0872 51 64 30"],
    ),
    R(
        _OCTOGENAIRE,
        "Sa fille, à ses côtés, tente d’expliquer la gravité, mais rien n’y fait. L’infirmière de tri balaie d’un revers de main, estimant que ça n’a pas l’air si grave.",
    ),
]
