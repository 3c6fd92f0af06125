"""Real passages, batch 27: round 7's held-out split, written blind by a new hand (parents of bullied pupils facing
their school, hours on a stretcher in emergency wards, water cuts in Guadeloupe, nationality files in Mayotte and
the Val-de-Marne, questions on legal forums), pages in no earlier split. See README.md."""

from tests.data.privacy_real.record import R

_HN = "https://parlejetecoute.fr/elementor-1029/"
_KIRI = "http://maveritesur.com/carole-kiri/le-harcelement-scolaire-de-mon-fils-le-deni-du-college/737"
_SANDRINE = (
    "https://rmc.bfmtv.com/actualites/societe/education/l-ecole-savait-et-n-a-jamais-parle-harcele-son-fils-a-fait-"
    "une-tentative-de-suicide_AV-202306160502.html"
)
_DIEPPE = "https://www.pressreader.com/france/les-informations-dieppoises/20170131/281479276140004"
_GABRIEL = "https://www.20minutes.fr/societe/4053517-20230918-harcelement-scolaire-quand-familles-sentent-seules-college-rien-fait"
_PERE = "https://regardsprotestants.com/bien-vivre/famille-education/le-harcelement-les-signaux-dalerte"
_EAUBONNE = (
    "https://france3-regions.francetvinfo.fr/paris-ile-de-france/val-d-oise/elle-a-passe-44-heures-aux-urgences-une-"
    "plainte-vise-l-hopital-d-eaubonne-apres-le-deces-d-une-octogenaire-2704678.html"
)
_ROUEN = "https://www.epochtimes.fr/64-heures-aux-urgences-sur-un-brancard-le-calvaire-de-claire-99-ans-3113537.html"
_URGENCES = "https://coeuretplume.blogspot.com/2024/12"
_GOSIER = "https://marine-oceans.com/?p=45550"
_STFRANCOIS = (
    "https://www.francetvinfo.fr/culture/en-regions/guadeloupe-un-departement-prive-d-eau-potable_4154733.html"
)
_SAVON = "https://www.une-saison-en-guyane.com/article/web/covid-19-en-guadeloupe-un-virus-du-savon-mais-pas-deau/"
_STEANNE = (
    "https://la1ere.francetvinfo.fr/guadeloupe/basse-terre/sainte-anne/coupures-d-eau-colere-des-touristes-et-des-"
    "proprietaires-de-gites-1458779.html"
)
_MOMO = (
    "https://www.mayottehebdo.com/actualite/immigration/attribution-de-titres-de-sejours-suite-3-il-se-voit-refuser-"
    "la-nationalite-francaise-bien-que-fils-dune-francaise"
)
_VALDEMARNE = "https://www.plus.transformation.gouv.fr/experiences/6923843_delais-excessifs-pour-les-demandes-de-naturalisation-au-val-de-marne"
_ACCELERER = "https://www.alexia.fr/questions/516845/accelerer-demande-de-naturalisation.htm"
_AJOURNEMENT = (
    "http://www.documentissime.fr/questions-droit/question-10761-recours-hierarchique-pour-l-ajournement.html"
)
_MDPH = "https://www.alexia.fr/questions/509469/dossier-mdph-en-attente.htm"

RECORDS = [
    R(
        _HN,
        "Témoignage de H.N.\n« Je suis une maman d’un enfant harcelé au collège. C’est difficile de témoigner de la douleur et de la souffrance dans laquelle le harcèlement a plongé toute une famille. Ma fille a été harcelée par une camarade et « sa bande ».",
        pii=[("PERSONNE", "H.N.")],
    ),
    R(
        _HN,
        "En tant que maman, j’étais allée voir la direction du collège pour en parler dans mon inquiétude et le vécu et la souffrance de ma fille ont été minimisé.\nLa direction est dans le déni du harcèlement et elle jette la responsabilité sur ma fille.",
    ),
    R(
        _HN,
        "Moi-même je ne dors plus, j’ai la boule au ventre, j’ai perdu le goût de la vie, je me sens dépassée par les événements et je n’arrive plus à avoir du recul afin d’aider et soutenir ma fille et ma famille.\nPour me joindre : 07 61 48 22 05",
        pii=[("TELEPHONE", "07 61 48 22 05")],
        inserted=["07 61 48 22 05"],
    ),
    R(
        _KIRI,
        "Publiée le 05/02/2014 |\n13395 | 6\nRévélée par KIRI Carole |\nDans « Quand une vieille morue de 40 ans ne frétille plus » paru chez Edilivre, je raconte le harcèlement scolaire dont mon fils a été victime.",
        pii=[("PERSONNE", "KIRI Carole")],
    ),
    R(
        _KIRI,
        "Prenant le taureau par les cornes, je téléphone au collège. On me répond qu’il n’y a rien mais que, par contre, mon fils bat tous les records de retard. Je vois la descente aux enfers de mon Ado, je ne peux pas le laisser ainsi.",
    ),
    R(
        _SANDRINE,
        "Face au harcèlement scolaire, le ministre de l'Education nationale Pap Ndiaye a estimé que l'école ne \"pouvait pas tout\" en appellant les parents à s'investir.",
        pii=[("PERSONNE", "Pap Ndiaye")],
        keep=["Education nationale"],
    ),
    R(
        _SANDRINE,
        'Mais pour Sandrine, cette réponse est insuffisante: "Les parents des harceleurs ne sont pas au courant des agissements de leur enfant. Et si ce n\'est pas l\'école qui les prévient, qui va le faire?", s\'interroge-t-elle ce vendredi dans "Estelle Midi" sur RMC et RMC Story.',
        pii=[("PERSONNE", "Sandrine")],
    ),
    R(
        _SANDRINE,
        "\"En fait, il était harcelé et s'était muré dans le silence. Il ne nous a rien dit, l'école ne nous en a jamais parlé, on a découvert ça par un ami qui avait sa fille dans la même école\", explique-t-elle.",
    ),
    R(
        _DIEPPE,
        "Harcèlement au collège : le SOS d’une maman\nEn classe de 6e au collège Claude-Monet, un enfant serait victime de harcèlement depuis plusieurs semaines. Sa maman lance un SOS car son cas ne serait pas isolé.\n- M. DS.",
        pii=[("PERSONNE", "M. DS.")],
    ),
    R(
        _DIEPPE,
        "Depuis septembre dernier, son fils est scolarisé en classe de 6e au collège Claude-Monet de Saint-Nicolas-d’Aliermont où « il est victime de harcèlement » assure- telle. « D’autres enfants lui crachent dessus, le frappent et l’insultent parce qu’il est un peu gros. Chaque jour, il va à l’école la boule au ventre ».",
        keep=["Saint-Nicolas-d’Aliermont"],
    ),
    R(
        _DIEPPE,
        "Aussitôt, cette dernière prend rendez-vous avec le principal de l’établissement. « Mais je n’ai pas été entendue. Pire, on m’a crié dessus » dit-elle.",
    ),
    R(
        _GABRIEL,
        "Ils ont dévoilé un courrier qu’ils avaient reçu du rectorat du Versailles après l’avoir alerté de ce que vivait leur fils. Cette lettre témoignait d’un manque d’empathie à l’égard de la famille, et a même été qualifiée de « honte » par Gabriel Attal.",
        pii=[("PERSONNE", "Gabriel Attal")],
        keep=["rectorat", "Versailles"],
    ),
    R(
        _GABRIEL,
        'C’est le cas de Marie, dont le fils Gabriel a essuyé pendant plusieurs mois des moqueries à caractère homophobes de la part de deux élèves de 3e : « C’étaient des phrases comme "Tu t’es bien maquillé aujourd’hui", suivies de rigolades de toute la classe. Il en a parlé à un enseignant et à un CPE, qui ont minimisé les faits. »',
        pii=[("PERSONNE", "Marie"), ("PERSONNE", "Gabriel")],
    ),
    R(
        _PERE,
        "Nous avons jugé qu’il convenait d’avertir l’établissement et comptions sur la direction du collège pour faire le nécessaire. Malheureusement, cela n’a pas été le cas et les menaces se sont intensifiées. Nous avons alors demandé à l’établissement d’organiser une rencontre avec la famille du jeune agresseur.",
    ),
    R(
        _EAUBONNE,
        '"Quand on voit la succession de brancards et de patients qui attendent aux urgences, ce n’est pas acceptable", dénonce Marie-Pierre Mazzaggio. Cette habitante de Beauchamp a décidé de porter plainte contre l’hôpital Simone Veil d’Eaubonne pour "délaissement d’une personne hors d’état de se protéger", après la mort de sa mère, Josette Carlier, à l’âge de 83 ans.',
        pii=[("PERSONNE", "Marie-Pierre Mazzaggio"), ("PERSONNE", "Josette Carlier")],
        keep=["Beauchamp", "Eaubonne"],
    ),
    R(
        _EAUBONNE,
        '"Quand je suis arrivée, à 21h, ma mère était placée sur un brancard dans un couloir, avec seulement un drap jetable et une chemise de nuit. Ils n’avaient même pas de couverture, j’ai laissé ma doudoune à ma maman et je suis reparti vers minuit", explique-t-elle.',
    ),
    R(
        _EAUBONNE,
        '"J’ai appelé l’hôpital le lendemain matin, on m’a dit que ma mère n’avait pas encore vu un médecin, il y avait toujours deux personnes devant elle. Ma nièce a pris le relai en allant attendre dans le couloir des urgences avec ma maman. Un médecin a pu l\'ausculter à 19h, soit 24 heures après son arrivée."',
    ),
    R(
        _ROUEN,
        "Sa petite-fille Aline, 36 ans, infirmière de profession, a décidé de témoigner de cette situation sur Facebook. Son message, partagé plus de 1000 fois, met en lumière une réalité de nombreux services d’urgences en France.",
        pii=[("PERSONNE", "Aline")],
    ),
    R(
        _ROUEN,
        "Claire a été transportée par le SAMU vers 21h30 le vendredi soir. « Vers minuit, le diagnostic d’OAP [Œdème aigu des poumons] était posé. Elle devait être transférée au service gériatrie, mais il fallait qu’un lit se libère », raconte Aline, selon Paris Normandie.",
        pii=[("PERSONNE", "Claire"), ("PERSONNE", "Aline")],
        keep=["SAMU"],
    ),
    R(
        _URGENCES,
        "Samedi 21 décembre 2024. L’heure d’enregistrement de mon dossier aux urgences est 16H48. Pas de panique, rien de gravissime en soi, puisque la raison de mon entrée dans le service a tout de même permis que je vienne seule, que mes filles aient le temps de me préparer vivres, eau, et livre de 400 pages.",
    ),
    R(
        _GOSIER,
        "« Pour se laver les dents, c’est à la bouteille d’eau et pour la douche, c’est dans le jardin avec un gant de toilette, des lingettes et l’eau de pluie », continue d’énumérer le conseiller commercial de 46 ans, père de deux enfants.",
    ),
    R(
        _GOSIER,
        "La situation est d’autant plus compliquée, pour Bertrand Tissot, qu’il n’a « pas le temps » d’aller récupérer les packs d’eau délivrés par les mairies: le collège de son fils, scolarisé en 6e, a fermé en raison du manque d’eau, comme plusieurs autres établissements.",
        pii=[("PERSONNE", "Bertrand Tissot")],
    ),
    R(
        _GOSIER,
        "« Depuis quatre jours, la nuit, quand on entend qu’il pleut, on sort, on remplit des bidons à la gouttière », raconte également Denis Mojon, 66 ans, venu en Guadeloupe pour son anniversaire de mariage.",
        pii=[("PERSONNE", "Denis Mojon")],
        keep=["Guadeloupe"],
    ),
    R(
        _GOSIER,
        "Marie Mayoute, elle, « trimballe » depuis une semaine « dix bonbonnes de 18 litres d’eau » dans sa voiture, pour les vider dans la citerne de 300 litres de son cabinet dentaire: « Pour pouvoir bosser, sinon on ferme ».",
        pii=[("PERSONNE", "Marie Mayoute")],
    ),
    R(
        _GOSIER,
        "« Cette citerne, on l’avait installée, au cas où, pour les coupures qui ne durent d’habitude que 24 heures », raconte la dentiste de 39 ans, dont le cabinet est installé à Morne Vergain, aux Abymes.",
        keep=["Morne Vergain", "Abymes"],
    ),
    R(
        _STFRANCOIS,
        "Un soir, dans un quartier résidentiel de la ville, l'eau est coupée depuis 2 heures : Gael, 5 ans, doit se doucher à la bouteille. \"Si on se débrouille bien, on utilise 2 litres à peu près, pour un petit. Si tu veux laver les cheveux, pas le choix, t'es obligé de prendre beaucoup plus\", explique sa mère, Caroline Koelben.",
        pii=[("PERSONNE", "Gael"), ("PERSONNE", "Caroline Koelben")],
    ),
    R(
        _STFRANCOIS,
        "Richard Larroque, retraité, note scrupuleusement les coupures. \"Pour le mois de mai, 2 jours et demi d'eau, sur un mois, sur 31 jours !\", déplore le retraité. En signe de protestation, il ne paie plus ses factures d'eau.",
        pii=[("PERSONNE", "Richard Larroque")],
    ),
    R(
        _STFRANCOIS,
        "Le maire de Saint-François, Bernard Pancrel, vient d'être élu et demande des comptes. \"Est-ce que ça prend l'habillage d'une faute civile, d'erreur humaine ? Je n'en sais rien, assure-t-il.",
        pii=[("PERSONNE", "Bernard Pancrel")],
        keep=["Saint-François"],
    ),
    R(
        _SAVON,
        "« Trois bouteilles d’eau chaude et six d’eau froide », c’est la recette d’une douche malheureusement habituelle pour Christine Moustapha, qui habite le Gosier, une commune de Guadeloupe régulièrement impactée par les coupures d’eau.",
        pii=[("PERSONNE", "Christine Moustapha")],
        keep=["Gosier", "Guadeloupe"],
    ),
    R(
        _SAVON,
        "« A la maison, j’enlève mes chaussures, j’interdits les contacts avant la toilette, car je suis confrontée à des patients qui sortent du CHU. Quand les robinets sont à secs, je chauffe de l’eau. Puis, je mets tous mes vêtements en machine, quitte à la lancer plus tard ».",
        keep=["CHU"],
    ),
    R(
        _STEANNE,
        '"C’est intolérable. Ça ne peut pas continuer comme ça". Jean-Jacques est en vacances en Guadeloupe, dans la commune de Sainte-Anne. Il est venu dans l’archipel pour passer du bon temps.',
        pii=[("PERSONNE", "Jean-Jacques")],
        keep=["Guadeloupe", "Sainte-Anne"],
    ),
    R(
        _STEANNE,
        "Idem, l’épouse de Jean-Jacques, Christiane, est excédée.\nJe vais vous dire franchement : s’ils nous font une coupure une journée, je veux bien tolérer, je fais attention, il n’y a pas de soucis. Mais 8 jours sans eau, ce n’est pas tolérable !",
        pii=[("PERSONNE", "Jean-Jacques"), ("PERSONNE", "Christiane")],
    ),
    R(
        _MOMO,
        "Mohamed Abdallah (Momo pour les intimes) est un de ces nombreux cas particuliers. Il est né en territoire comorien, d’une mère mahoraise de longue lignée, donc française, et d’un père mohélien.",
        pii=[("PERSONNE", "Mohamed Abdallah"), ("PERSONNE", "Momo")],
    ),
    R(
        _MOMO,
        "« Cette démarche me paraissait simple et ordinaire comme cela a été le cas d’une partie de ma fratrie. Halas, je m’étais bien trompé, tout un tas de documents m’a été demandé et fait la navette entre mon île natale et le pays de ma mère. Au bout de deux ans, ma requête a été débouté »",
    ),
    R(
        _VALDEMARNE,
        "Les délais de traitement des dossiers de naturalisation par décret à la préfecture du Val-de-Marne sont particulièrement éprouvants. Mon dossier a été déposé depuis 18 mois et, à ce jour, il n’a même pas encore été affecté à un agent. (N° étranger 7503041289)",
        pii=[("REFERENCE_DOSSIER", "7503041289")],
        keep=["préfecture du Val-de-Marne"],
        inserted=["7503041289"],
    ),
    R(
        _VALDEMARNE,
        "Les tentatives de communication sont vaines :\n– les courriers adressés à la préfecture restent sans réponse ;\n– les messages envoyés via l’ANEF (dossier n° 940-2023-0187452) reçoivent systématiquement la même réponse automatique indiquant que « le dossier est en cours d’instruction », sans aucun autre élément.",
        pii=[("REFERENCE_DOSSIER", "940-2023-0187452")],
        keep=["préfecture", "ANEF"],
        inserted=["940-2023-0187452"],
    ),
    R(
        _VALDEMARNE,
        "J’écris ici sans grand espoir, conscient que la réponse sera sans doute standardisée ou automatisée, mais dans l’espoir que ce témoignage puisse néanmoins être entendu",
    ),
    R(
        _ACCELERER,
        "Bonjour Abderrahmane,\n🔍 Les demandes de naturalisation sont instruites par la préfecture puis par la sous-direction chargée de l’accès à la nationalité. Les délais moyens varient entre 18 et 24 mois, selon la charge de travail et la complexité des dossiers.",
        pii=[("PERSONNE", "Abderrahmane")],
        keep=["préfecture"],
    ),
    R(
        _ACCELERER,
        "Merci de confirmer que la question a été résolue en cliquant sur le BOUTON VERT svp.\nBon courage !\nCordialement,\nMe KAYEMBE\nAvocat au Barreau de Paris",
        pii=[("PERSONNE", "KAYEMBE")],
    ),
    R(
        _AJOURNEMENT,
        "Bonjour,\nJ'ai fait une demande de naturalisation au janvier,2012. Le jour même j'ai passé l'entretien et j'ai eu mon récépissé. Au mois de mai, j'ai reçu une lettre de la part de la préfecture à propos d'un ajournement de 2 ans pour ma demande . J'ai fait un recours hiérarchique adressé au ministre de l'intérieur(REZE).",
        keep=["préfecture", "REZE"],
    ),
    R(
        _AJOURNEMENT,
        "Est-ce que cela signifie que REZE m'a accordé un AF ? sinon quoi?\nMerci pour votre retour.\nNé le 14/03/1983 à Oran, dossier 2012/07813\nQuestion posée le 25/09/2012\nPar Septembre\nDépartement : Yvelines (78)",
        pii=[("DATE_NAISSANCE", "14/03/1983"), ("REFERENCE_DOSSIER", "2012/07813")],
        keep=["REZE", "Yvelines"],
        inserted=["14/03/1983", "2012/07813"],
    ),
    R(
        _AJOURNEMENT,
        "Par Jean arnaud NJOYA (Avocat)\nDate de la réponse : le 25/09/2012\nBjr,\nD'après le contenu de la lettre de Reze, a priori oui.",
        pii=[("PERSONNE", "Jean arnaud NJOYA")],
        keep=["Reze"],
    ),
    R(
        _MDPH,
        "Cher monsieur,\nJe comprends parfaitement votre désarroi face à cette situation. Attendre si longtemps pour des décisions aussi importantes de la MDPH est extrêmement difficile, surtout quand cela impacte directement votre quotidien et vos droits.",
        keep=["MDPH"],
    ),
    R(
        _MDPH,
        "Courrier recommandé avec accusé de réception (LRAR) : Envoyez une lettre de relance formelle à la MDPH. Rappelez la date de dépôt de votre demande de renouvellement (mai 2024) et demandez un délai précis pour l'instruction de votre dossier.",
        keep=["MDPH"],
    ),
]
