"""Real passages, batch 16: fourth held-out round (naturalisation, bureaux de poste, readers' letters, cantines,
letters to a mayor), pages in no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_ARDAH = "https://ardah.org/comment-franchir-les-obstacles-pour-obtenir-la-nationalite-francaise/"
_DZAOUDZI = "https://www.mayottehebdo.com/actualite/en_bref/70-nouveaux-francais/"
_FADOUA = "https://yabiladi.com/articles/details/13913/france-situation-complique-pour-marocaine.html"
_NANTES = "https://www.20minutes.fr/societe/2286571-20180609-naturalisation-fierte-integration-selfies-premiers-moments-nouveaux-francais"
_MADAME = "https://zep.media/?p=4703"
_MAYOTTE = "https://old.lejournaldemayotte.fr/2017/07/20/ceremonie-de-naturalisation-ils-sont-67-nouveaux-francais"
_VUARRENGEL = "http://acidus.ch/2019/12/08/la-poste-vous-avez-dit-service-public/trackback"
_LOUVRE = "http://y-a-s.over-blog.fr/article-11684282.html"
_TIMBRES = "https://cactus.press/deux-timbres-sil-vous-plait"
_LOUVIERS = "https://louviers-2008.blogspot.com/2010/12/juliette-aime-aller-la-poste.html"
_PONOTS = "https://zoomdici.fr/signaler-une-erreur/38457"
_MADELEINE = "http://philippedeloire.blogspot.com/2010/10/ou-sont-passees-les-boites-aux-lettres.html"
_POSSESSION = "https://www.zinfos974.com/la-possession-en-prison-on-mange-mieux/"
_LANSARGUES = "https://www.francebleu.fr/infos/societe/enquete-que-se-passe-t-il-a-la-cantine-de-la-maternelle-de-lansargues-1644937394"
_AGATHE = "https://celebfrance.org/la-maman-de-cet-enfant-refuse-de-payer-la-cantine-lecole-loblige-a-manger-de-la"
_SCHILTIGHEIM = "https://rue89strasbourg.com/gaspi-a-la-cantine-enfants-traumatises-parents-scandalises-39044"
_MAINCY = "https://www.lagazettedescommunes.com/14270/ile-de-france-la-fcpe-se-dit-indignee-que-des-enfants-aient-ete-mis-au-pain-et-a-leau-dans-une-maternelle"
_ASTICOTS = "https://france3-regions.francetvinfo.fr/provence-alpes-cote-d-azur/2013/11/25/cantines-les-asticots-ont-du-mal-passer-364723.html"
_PLEYEL = "https://www.lejsd.com/content/cantine-scolaires-les-parents-veulent-le-retour-%C3%A0-la-normale"
_HENDAYE = "https://www.retours-vers-les-basses-pyrenees.fr/2025/10/erreur-detat-civil.html"
_ALLORES = "https://association-plume.fr/pages/contributions-porte-plume/porte-plumes-2020/pp-contributions-t4-20/jeux-de-mots.html"
_LISON = "http://www.ipernity.com/blog/lisonduvar/97870"
_LEILOONA = "https://kentinspark.wordpress.com/2015/01/26/un-villageois-mecontent/?replytocom=53"
_ARBRE = "https://blogs.mediapart.fr/georges-bonnet/blog/140414/droit-au-vandalisme"
_HONFLEUR = (
    "http://yfigexnihilo.hautetfort.com/archive/2015/07/29/le-maire-me-repond-hop-je-lui-fais-reponse-5664179.html"
)

RECORDS = [
    R(
        _ARDAH,
        "Mais par malchance, une petite erreur dans l’acte de naissance de mes enfants envoyé par l’OFPRA, m’a coûté près de deux ans d’attente.",
        keep=["OFPRA"],
    ),
    R(
        _ARDAH,
        "Alors Laurent décida de consacrer une journée entière à tenter de joindre le bureau du procureur à Paris.",
        pii=[("PERSONNE", "Laurent")],
        keep=["Paris"],
    ),
    R(
        _ARDAH,
        "Il fallait donc envoyer une lettre recommandée au directeur de l’OFPRA pour lui expliquer la situation. Après plusieurs semaines, nous reçûmes un courrier contenant les données de l’acte de naissance corrigées.",
        keep=["OFPRA"],
    ),
    R(
        _DZAOUDZI,
        "« Je suis très heureux de vous accueillir aujourd’hui. Je tiens à souligner le caractère exemplaire de vos démarches », lance Bruno André, Secrétaire général de la préfecture de Mayotte, qui a présidé la cérémonie.",
        pii=[("PERSONNE", "Bruno André")],
        keep=["préfecture de Mayotte"],
    ),
    R(
        _DZAOUDZI,
        "L’évènement s’est déroulé en présence du maire de Kani-Kéli, Soilihi Ahmed. 7 autres maires étaient également invités, mais ils ne se sont pas déplacés.",
        pii=[("PERSONNE", "Soilihi Ahmed")],
        keep=["Kani-Kéli"],
    ),
    R(
        _FADOUA,
        "«Je suis allée à l’école en France, je parle bien Français, toute ma vie est ici. Comment je vais faire moi ?», se lamente Fadoua El Alami, mère de deux enfants et en attente de naturalisation depuis 7 ans.",
        pii=[("PERSONNE", "Fadoua El Alami")],
    ),
    R(
        _FADOUA,
        "Mais une fois de plus la sous-préfecture de Nantua rejette son dossier. «On m’a dit que je ne travaillais pas et j’ai dû me contenter d'un titre de séjour d’un an».",
        keep=["sous-préfecture de Nantua"],
    ),
    R(
        _FADOUA,
        "En 2011, Fadoua travaillait 50 heures par semaine et a eu le courage de refaire sa demande. Malheureusement, elle perd son job deux semaines avant son entretien à la préfecture qui rejette à nouveau sa demande.",
        pii=[("PERSONNE", "Fadoua")],
    ),
    R(
        _FADOUA,
        "En effet, la jeune femme est née au Maroc le 25 juillet 1986. Le 10 août de la même année, le bébé alors âgée de quelques semaines seulement, prend l’avion avec sa mère.",
        pii=[("DATE_NAISSANCE", "25 juillet 1986")],
    ),
    R(
        _NANTES,
        "« C’est un grand jour pour moi, une fierté », avait écrit Thierno, 50 ans, sur une feuille de papier qui est finalement restée pliée en quatre.",
        pii=[("PERSONNE", "Thierno")],
    ),
    R(
        _NANTES,
        "C’est une démarche volontaire et courageuse qui demande de la ténacité », estime la préfète Nicole Klein avant d’appeler un par un et de remettre à chacun de ces hommes et ces femmes leur décret et un livret d’accueil.",
        pii=[("PERSONNE", "Nicole Klein")],
    ),
    R(
        _NANTES,
        "Sheila, 28 ans, affiche un sourire ému. Quinze ans après son arrivée en France",
        pii=[("PERSONNE", "Sheila")],
    ),
    R(
        _MADAME,
        "Elle est malienne et demande sa naturalisation française. Fatoumata accompagne sa demande d'une magnifique lettre à la France, ce pays qu'elle aime et qui lui a beaucoup donné.",
        pii=[("PERSONNE", "Fatoumata")],
    ),
    R(
        _MADAME,
        "Madame la France, Je m’appelle Fatouma S., une jeune femme malienne âgée de 19 ans. Je me permets de vous écrire car il y a une chose qui compte énormément pour moi et dont j’aimerais vous faire part.",
        pii=[("PERSONNE", "Fatouma S.")],
    ),
    R(
        _MADAME,
        "Actuellement je suis en classe de terminale Gestion-Finance, puis après le baccalauréat je ferai un Diplôme de Comptabilité et Gestion (DCG) pour devenir Expert-Comptable. Mon dossier de naturalisation : n° 2015/075/01437, déposé en préfecture de Seine-Saint-Denis.",
        pii=[("REFERENCE_DOSSIER", "2015/075/01437")],
        keep=["préfecture de Seine-Saint-Denis"],
        inserted=["2015/075/01437"],
    ),
    R(
        _MAYOTTE,
        "«C’est l’officialisation d’un sentiment que j’avais depuis longtemps. Je me suis toujours sentie française et c’est désormais officiel», nous confie Rozy Ibrahim, âgée de 20 ans.",
        pii=[("PERSONNE", "Rozy Ibrahim")],
    ),
    R(
        _MAYOTTE,
        "Les 67 nouveaux naturalisés ont reçu des mains du sous-préfet Dominique Fossat le fameux décret tant attendu, sous les yeux des proches très émus",
        pii=[("PERSONNE", "Dominique Fossat")],
    ),
    R(
        _MAYOTTE,
        "Certains profils sont surprenants à l’instar d’Anna Janenko née en ex-URSS. La jeune femme est à Mayotte avec son mari et leurs 3 enfants.",
        pii=[("PERSONNE", "Anna Janenko")],
        keep=["Mayotte"],
    ),
    R(
        _MAYOTTE,
        "Youmna Bint Ali, bien connue des internautes mahorais recevait son décret aujourd’hui.",
        pii=[("PERSONNE", "Youmna Bint Ali")],
    ),
    R(
        _VUARRENGEL,
        "Il est évident que la titulaire du poste et les remplaçants occasionnels n’y sont pour rien. C’est certainement une question d’organisation et de moyens mis à disposition.",
    ),
    R(
        _VUARRENGEL,
        "Vous avez dit service public ? Claude Duvoisin, Vuarrengel, Lettre de lecteur, 24 Heures",
        pii=[("PERSONNE", "Claude Duvoisin")],
        keep=["Vuarrengel"],
    ),
    R(
        _LOUVRE,
        "Publié le par Yves-André Samère",
        pii=[("PERSONNE", "Yves-André Samère")],
    ),
    R(
        _LOUVRE,
        "Depuis des dizaines d’années, le seul bureau de poste en France qui ne fermait jamais, c’était la Grande Poste de la rue du Louvre, à Paris (auparavant, c’était le petit bureau de la place de la Bourse).",
        keep=["Grande Poste de la rue du Louvre", "Paris"],
    ),
    R(
        _TIMBRES,
        "Jeudi 14 novembre, je me rends dans un bureau de la Poste. Au guichet, je demande deux timbres. Réaction de l’agente : « quel est votre numéro de téléphone ? »",
        keep=["Poste"],
    ),
    R(
        _TIMBRES,
        "Elle me vend des timbres malgré mon refus de communiquer mon 06. Plutôt que deux timbres, j’achète un carnet. Vive le flicage ! Vive le service public ! Anne Loubeau",
        pii=[("PERSONNE", "Anne Loubeau")],
    ),
    R(
        _LOUVIERS,
        "Tom a eu très mal aux dents. Il fallait trouver un dentiste d’urgence. Mais cela a été bien difficile.",
        pii=[("PERSONNE", "Tom")],
    ),
    R(
        _LOUVIERS,
        "C’est ce que nous avons fait et nous avons obtenu un rendez-vous à Val-de-Reuil. Tout va bien maintenant.",
        keep=["Val-de-Reuil"],
    ),
    R(
        _LOUVIERS,
        "Entre colère et tristesse, je n'avais qu'une envie : m'asseoir par terre, en rêvant que chacun en fasse autant, pour protester. Mais je n'ai pas osé. Sans doute un reste d'éducation…» Je t’embrasse Ta Juliette",
        pii=[("PERSONNE", "Juliette")],
    ),
    R(
        _PONOTS,
        "Dans le plus grand secret se prépare d’ores et déjà LA FERMETURE DÉFINITIVE DU BUREAU DE POSTE DU BOULEVARD LAFAYETTE. Absolument aucune communication n’est autorisée à ce sujet, bien que la décision soit prise et la date arrêtée.",
        keep=["BUREAU DE POSTE DU BOULEVARD LAFAYETTE"],
    ),
    R(
        _PONOTS,
        "Le 4 juillet, il ne restera donc plus au centre ville que la poste principale des Carmes, avenue de la Dentelle.",
        keep=["poste principale des Carmes", "avenue de la Dentelle"],
    ),
    R(
        _MADELEINE,
        "La semaine dernière la boite aux lettres attenante au bureau de poste de la Madeleine a été enlevée. On peut voir la marque le long du mur et les inscriptions sur les destinations plus haut qui ne correspondent plus à rien.",
        keep=["bureau de poste de la Madeleine"],
    ),
    R(
        _POSSESSION,
        "“Nous sommes ici pour échanger et apaiser les tensions”, commence en préambule Maxime Fromentin, premier adjoint à la Possession.",
        pii=[("PERSONNE", "Maxime Fromentin")],
        keep=["la Possession"],
    ),
    R(
        _POSSESSION,
        "Les dents ont un peu grincé devant l’absence de Vanessa Miranville, l’édile étant hors-département pour le congrès des maires.",
        pii=[("PERSONNE", "Vanessa Miranville")],
    ),
    R(
        _POSSESSION,
        "“Nout marmaille la faim. il n’y a jamais de riz, et ils ne peuvent plus voir les légumes qui sont servis. Donnez-nous des menus cohérents. Qui donne à ses enfants des pâtes sauce massalé ?”, s’emporte une autre mère de famille.",
    ),
    R(
        _LANSARGUES,
        "\"Mon fils se réveillait la nuit en nous demandant s'il mangeait à la cantine, raconte une maman, qui, depuis, le met à la cantine le moins possible.",
    ),
    R(
        _LANSARGUES,
        "Malgré l'intervention de l'Agglomération du Pays de l'Or, le climat reste très pesant.",
        keep=["Agglomération du Pays de l'Or"],
    ),
    R(
        _AGATHE,
        "“Un soir, en rentrant du collège, ma fille Agathe m’explique qu’elle n’a pas pu manger en même temps que ses camarades de classe à la cantine le jour même.”, a commencé par expliquer la maman.",
        pii=[("PERSONNE", "Agathe")],
    ),
    R(
        _SCHILTIGHEIM,
        "Jeudi soir, à table, le petit A., 7 ans, était abattu. Questionné par sa mère, il lui dit ne plus vouloir aller à la cantine.",
    ),
    R(
        _SCHILTIGHEIM,
        "Dès vendredi 17, Olivier Vossan, parent de deux enfants qui déjeunent à la cantine des Tonneliers, sur un autre site que celui du Foyer Soleil, et coordinateur de la commission cantines qui fait le lien entre parents et Ville de Schiltigheim, est averti. Il rencontre à la mi-journée la responsable Christine Waldert",
        pii=[("PERSONNE", "Olivier Vossan"), ("PERSONNE", "Christine Waldert")],
        keep=["cantine des Tonneliers", "Foyer Soleil", "Ville de Schiltigheim"],
    ),
    R(
        _SCHILTIGHEIM,
        "J’étais très fâchée. J’ai donc écrit un mail dans la foulée aux parents de la classe pour les informer de cette histoire. Dès le lendemain, mon portable n’a plus arrêté de sonner. (maman de A., 06 71 28 40 93)",
        pii=[("TELEPHONE", "06 71 28 40 93")],
        inserted=["06 71 28 40 93"],
    ),
    R(
        _MAINCY,
        "Le président de la FCPE, principale fédération de parents d’élèves, Faride Hamana, s’est dit « indigné » le 4 avril de ce que neuf écoliers du village de Maincy (Seine-et-Marne) aient dû se contenter le 2 avril de pain et d’eau",
        pii=[("PERSONNE", "Faride Hamana")],
        keep=["FCPE", "Maincy", "Seine-et-Marne"],
    ),
    R(
        _MAINCY,
        "La maire (sans étiquette) du village, Pascale Coffinet, a en effet expliqué que les parents devaient « réserver les repas au moins 48 heures à l’avance ».",
        pii=[("PERSONNE", "Pascale Coffinet")],
    ),
    R(
        _ASTICOTS,
        "Les mères de famille de l'école élémentaitre National à Marseille ne décolèrent pas. Il y a quinze jours, au repas de midi, il y avait des asticots dans les assiettes de leur chères têtes blondes.",
        keep=["école élémentaitre National", "Marseille"],
    ),
    R(
        _PLEYEL,
        "Sadia, mère de quatre enfants, stationne ce vendredi 20 novembre à 11h15 devant l’école Lili-Boulanger/Petits-Pianos, quartier Pleyel. — SadiaBenkirane",
        pii=[("PERSONNE", "Sadia"), ("PERSONNE", "SadiaBenkirane")],
        inserted=["SadiaBenkirane"],
        keep=["école Lili-Boulanger/Petits-Pianos", "Pleyel"],
    ),
    R(
        _PLEYEL,
        "« Je ne peux pas aller à mes rendez-vous à Pôle Emploi ou chez le médecin, déplore-t-elle. Et ma dernière qui est entrée à l’école en septembre est très fatiguée. Elle a perdu son rythme. »",
        keep=["Pôle Emploi"],
    ),
    R(
        _PLEYEL,
        "« Les parents élus au conseil d’école, dont elle fait partie, ont reçu un message de M. Lélu, conseiller municipal délégué, nous informant que la réforme avait été votée hier au conseil municipal. »",
        pii=[("PERSONNE", "Lélu")],
    ),
    R(
        _PLEYEL,
        "Devant l’école, Yolande et Alain, des grands-parents, viennent chercher leurs cinq petits-enfants",
        pii=[("PERSONNE", "Yolande"), ("PERSONNE", "Alain")],
    ),
    R(
        _HENDAYE,
        "Il est exact, en effet, qu’une erreur d’état civil s’est glissée lors de la rédaction de l’acte de naissance du nommé Michel Axxx, né le 6 février 19xx",
        pii=[("PERSONNE", "Michel Axxx")],
    ),
    R(
        _HENDAYE,
        "Il est exact aussi que j’étais au secrétariat de la mairie à cette date puisque j’y suis entrée le 1er juillet 1924 et je reconnais que l’écriture de cet acte est la mienne.",
        keep=["mairie"],
    ),
    R(
        _ALLORES,
        "M. COQUE Robin\nImpasse Dauré\nALLORES",
        pii=[("PERSONNE", "COQUE Robin"), ("ADRESSE", "Impasse Dauré")],
        keep=["ALLORES"],
    ),
    R(
        _ALLORES,
        "Mme Elvire SACCUTI\nMaire\nALLORES\nMadame,\nJ’ai opté pour la lettre recommandée, afin d’être assuré que vous la recevrez bien et que vous la lirez, avec l’espoir que vous prendrez le temps de me répondre.",
        pii=[("PERSONNE", "Elvire SACCUTI")],
        keep=["ALLORES"],
    ),
    R(
        _ALLORES,
        "À ce sujet, question poules, vous savez forcément que mon voisin, à l’arrière de ma propriété, a ouvert un poulailler géant (le mot n’est pas trop fort) sur sa parcelle en friche",
    ),
    R(
        _LISON,
        "Le camping sauvage n’est-il pas interdit autour du lac et dans tout le Canton de Fayence ?",
        keep=["Canton de Fayence"],
    ),
    R(
        _LISON,
        "Veuillez croire, Cher Monsieur le Maire, a l’expression de ma très haute considération. Elisabeth Bond, dite Lison du var, alias Money penny.",
        pii=[("PERSONNE", "Elisabeth Bond"), ("PERSONNE", "Lison du var"), ("PERSONNE", "Money penny")],
    ),
    R(
        _LEILOONA,
        "Monsieur Brice Habouk\n22 rue de la Nouvelle\n63340 LEILOONA",
        pii=[("PERSONNE", "Brice Habouk"), ("ADRESSE", "22 rue de la Nouvelle\n63340 LEILOONA")],
    ),
    R(
        _LEILOONA,
        "Mr le maire, j’ai toujours résidé sur la commune de la maternelle à mon magasin de photographie. Je paie de lourds impôts pour améliorer la ville, pas pour la détruire.",
    ),
    R(
        _ARBRE,
        "Suite à la soirée électorale du dimanche 23 mars un arbre a été coupé dans le bourg, ce geste inqualifiable a semé la consternation.",
    ),
    R(
        _ARBRE,
        "Je souhaite bon vent à toute votre équipe constituée aussi de personnes très respectables. Meilleures salutations G. Bonnet",
        pii=[("PERSONNE", "G. Bonnet")],
        inserted=["G. Bonnet"],
    ),
    R(
        _HONFLEUR,
        "Je contacte donc monsieur Michel Lamarre, Président de la CCPH pour lui demander pourquoi il n'a rien fait depuis 2013 et quand il compte nettoyer et aménager les poubelles au bout de nos chemins.",
        pii=[("PERSONNE", "Michel Lamarre")],
        keep=["CCPH"],
    ),
    R(
        _HONFLEUR,
        "Comme il prétendait ne plus être responsable des poubelles mais reportait la faute au CCPH, j'ai écrit au président du dit CCPH avec copie de la lettre du maire l'accusant de n'avoir rien fait depuis 2013. Réponse à : yves.lepretre@orange.fr",
        pii=[("EMAIL", "yves.lepretre@orange.fr")],
        keep=["CCPH"],
        inserted=["yves.lepretre@orange.fr"],
    ),
]
