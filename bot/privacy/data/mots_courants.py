"""Mots français courants (fréquence Zipf >= 4, wordfreq 3.1.1, données CC BY-SA 4.0). Produit par
scripts/derive_common_words.py, ne pas modifier à la main ; licence : LICENCE-mots_courants.md."""

WORDS = """
a abandon abandonne abandonner abandonné abbaye abbé abonnement abonnés abord aborder abri absence absent absolu
absolue absolument absurde abus ac académie accent accepte accepter accepté accessible accessoires accident
accidents accompagne accompagner accompagné accompagnée accompli accomplir accord accorde accorder accords accordé
accordée accueil accueille accueilli accueillir accusation accusations accuse accusé accès accéder achat achats
acheter acheté achète acide acier acquis acquisition acquérir acte actes acteur acteurs actif actifs action
actionnaires actions active activité activités actrice actualité actualités actuel actuelle actuellement actuelles
actuels ad adam adaptation adapter adapté adhésion adieu adjoint admettre administrateur administratif
administration administrative administratives admis adn ado adolescent adolescents adopter adoption adopté adoptée
adorable adore adoré adresse adresser adulte adultes adversaire adversaires affaire affaires affection affecté
affiche afficher affiches affirme affirmer affirmé affronter afghanistan afin afp africain africaine africains
afrique age agence agences agenda agent agents agglomération agir agissait agit agression agricole agricoles
agriculteurs agriculture agréable ah ai aide aider aides aidé aie aient aile ailes aille ailleurs aimais aimait aime
aiment aimer aimerai aimerais aimerait aimes aimez aimé ainsi air aire airs aise ait aix ajoute ajouter ajouté al
alain alarme albert album albums alcool alentours alerte alex alexandre alexis alger algérie algérien ali alice
alimentaire alimentaires alimentation aliments all allaient allais allait allant allemagne allemand allemande
allemands aller allez alliance allié alliés allons allure allé allée allés alors alpes alsace alternance alternative
altitude am amateur amateurs amazon ambassade ambassadeur ambiance ambition amende amendement amener amené american
ami amie amies amiral amis amitié amour amoureuse amoureux ampleur amsterdam amusant amuse amuser amène amélioration
améliorer aménagement américain américaine américaines américains amérique an analyse analyser analyses ancien
ancienne anciennes anciens ancêtres and andrew android andré ange angeles angers anges anglais anglaise angle
angleterre anglo angoisse animal animateur animation animaux anime animé anna anne anneau annexe anniversaire
annonce annoncer annonces annoncé annuel annuelle annuler annulé année années anonyme ans antenne anthony anti
antique antiquité antoine août aperçu apparaissent apparaît apparaître appareil appareils apparemment apparence
apparition appart appartement appartements appartenant appartiennent appartient apparu appel appelait appeler
appelle appellent appels appelé appelée appelés apple application applications applique appliquer appliqué appliquée
apport apporte apporter apporté apprend apprendre apprends apprentissage appris approche approcher apprécie
apprécier apprécié appui appuie appuyer appétit apres après arabe arabes arabie arbitre arbre arbres arc archevêque
architecte architecture archives are argent argentine argument arguments arme armes armé armée armées armés arnaud
arracher arrestation arrivait arrivant arrive arrivent arriver arrivera arrives arrivé arrivée arrivés arrière
arrondissement arrêt arrête arrêter arrêtez arrêts arrêté arrêtée arrêtés arsenal art arthur article articles
artillerie artisans artiste artistes artistique arts as asiatique asiatiques asie asile aspect aspects assassinat
assassiné assaut assemblée asseoir assez assiette assis assise assises assistance assistant assister assisté
association associations associé associée associés assume assumer assurance assurances assure assurer assuré assurée
at atelier ateliers atlantique atmosphère attache attaché attaquant attaque attaquer attaques attaqué atteindre
atteint atteinte attend attendais attendait attendant attendent attendez attendre attends attendu attentat attentats
attente attentes attention attire attirer attiré attitude attribution attribué au aube aucun aucune audience audio
augmentation augmente augmenter augmenté auguste aujourd'hui auparavant auprès auquel aura aurai auraient aurais
aurait auras aurez aurons auront aussi aussitôt australie autant auteur auteurs auto automatique automatiquement
automne automobile autonome autonomie autorisation autorise autorisé autorité autorités autoroute autour autre
autrefois autrement autres autriche autrui aux auxquelles auxquels av avaient avais avait avance avancer avancé
avancée avancées avant avantage avantages avec avenir aventure aventures avenue avertissement aveugle avez aviation
aviez avignon avion avions avis avocat avocats avoir avons avoue avouer avril avère axe ayant ayez azur aérien
aérienne aéroport b baby bac back bad bah baie bail bain bains baise baiser baisse baisser bal balade balance ball
balle balles ballon ban banc bancaire bande bandes banlieue banque banques baptiste bar barbe barcelone baron
barrage barre barrière bars bas base bases basket basse basses bassin basé basée bat bataille bateau bateaux battent
batterie batteries battre battu bd be beau beaucoup beauté beaux bel belge belges belgique bell belle belles ben
benjamin benoît berlin bernard bertrand besoin besoins best beurre biais bible bibliothèque bibliothèques bien biens
bientôt bienvenue big bijoux bilan bill billet billets bio biologique bite bizarre bière black blague blagues blanc
blanche blanches blancs blessure blessures blessé blessés bleu bleue bleus bloc blocs blog blonde bloquer bloqué
blue blues blé bob boire bois boisson boissons boite bol bombe bombes bon bond bonheur bonhomme bonjour bonne bonnes
bons bonsoir bonus bord bordeaux bordel bords bornes boss bosse bosser boston bottes bouche boucle bouffe bouge
bouger boule boules boulevard boulot bourg bourgeois bourgogne bourse bout bouteille bouteilles boutique boutiques
bouton box boy boîte boîtes branche branches bras bravo bref brest bretagne breton brevet brian brigade brillant
brise briser brisé britannique britanniques bronze brown bruit brun bruno brut bruxelles brésil brésilien brûler bu
budget bulle bulletin bureau bureaux bus business but buts by bye bâtiment bâtiments bâton bébé bébés bénéfice
bénéfices bénéficie bénéficier béton bête bêtes c ca cabinet cache cacher caché cadeau cadeaux cadre cadres caen
café cage cahier caisse caisses calais calcul calculer calculs calendrier californie calme calmer camarades cameroun
camille camion camions camp campagne campagnes camps campus caméra caméras can canada canadien canadienne canadiens
canal canapé canard cancer candidat candidats candidature cannabis cannes canon canons canton cap capable capables
capacité capacités capitaine capital capitale capitaux car caractère caractères caractéristique caractéristiques
carbone carburant cardiaque cardinal carl carlos caroline carrefour carrière carré carrément carrés carte cartes
carton cas case cash casino casque casse casser cassé catalogue catastrophe catherine catholique catholiques
cathédrale catégorie catégories cauchemar cause causer causes causé cave cc cd cdi ce ceci ceinture cela celle
celles cellule cellules celui censure censé cent centaine centaines central centrale centrales centre centres cents
cependant cercle certain certaine certainement certaines certains certes certificat certitude cerveau ces cesse
cesser cessé cest cet cette ceux cf cgt ch chacun chacune chaine chair chaise chaleur challenge chambre chambres
champ champagne champion championnat championnats championne champions champs chance chances change changement
changements changent changer changera changé chanson chansons chant chante chanter chanteur chanteuse chantier
chantiers chaos chapeau chapelle chapitre chaque charbon charge charger charges chargé chargée chargés charité
charles charlie charlotte charmant charme charte chasse chasser chasseur chasseurs chat chats chatte chaud chaude
chauffage chauffeur chaussures chaussée chaîne chaînes chef chefs chelsea chemin chemins chemise cher cherchant
cherche cherchent chercher cherches chercheur chercheurs cherchez cherché chers cheval chevalier chevaux cheveux
chez chiant chicago chien chiens chier chiffre chiffres chili chimie chimique chimiques chine chinois chinoise
chirurgie choc chocolat choisi choisie choisir choisis choisit choix chose choses chou chouette chris christ
christian christianisme christine christophe chronique chroniques chrétien chrétienne chrétiens chute château chèque
chère chéri chérie chômage chômeurs ci cible ciel cigarette cimetière cinq cinquante cinquième cinéma
circonscription circonstances circuit circuits circulaire circulation cirque citation cite citer citoyen citoyens
city cité cités civil civile civiles civilisation civils clair claire clairement clan classe classement classes
classique classiques classé claude clavier clef clermont clichés client clients clientèle climat climatique clinique
clinton clip cloche clos club clubs clé clément clés clôture cm co coach coalition coco code codes coeur coffre coin
coins col colis collaborateurs collaboration colle collecte collectif collection collections collective
collectivités coller collier colline collège collègue collègues colombie colonel colonie colonies colonisation
colonne colonnes colère com combat combats combattants combattre combien combinaison comique comité commandant
commande commandement commander commandes commandé comme commence commencent commencer commencé comment commentaire
commentaires commerce commerces commercial commerciale commerciales commerciaux commerçants commis commissaire
commissariat commission commissions commun communautaire communauté communautés commune communes communication
communications communiquer communiqué communiste communistes communs compagnie compagnies compagnon compagnons
comparable comparaison compare comparer comparé complet complexe complexes complexité compliqué complot complète
complètement complément compléter comporte comportement comportements compose composition composé composée composés
comprenant comprend comprendre comprends comprennent compris compromis compréhension comptable comptait comptant
compte comptent compter comptes compétence compétences compétition comte comté comédie con concentration concentre
concentrer concept conception concepts concernant concerne concernent concernés concert concerts concevoir conclu
conclure conclusion conclusions conclut concours concurrence concurrents condamnation condamné condamnés condition
conditions conducteur conduire conduit conduite confiance confie confier confirmation confirme confirmer confirmé
confié conflit conflits confondre conforme conformément confort confortable confusion conférence conférences congo
congrès congé conjoint connais connaissais connaissait connaissance connaissances connaissent connaissez connait
connaitre connard connaît connaître connerie conneries connexion connu connue connues connus conquête cons consacrer
consacré consacrée conscience conscient conseil conseille conseiller conseillers conseils consensus consentement
conservateur conservateurs conservation conserve conserver conservé considère considèrent considérable
considérablement considérant considérer considéré considérée considérés consiste console consommateur consommateurs
consommation constamment constant constante constat constate constater constaté constitue constituent constituer
constitution constitutionnel constitué constructeur construction constructions construire construit construite
consultation consulter conséquence conséquences conséquent contact contacter contacts conte contemporain
contemporaine contenant contenir content contente contenter contenu contenus contexte contient continent continu
continue continuent continuer continuez continuité continué contraint contrainte contraintes contraire contrairement
contrat contrats contre contribue contribuer contribution contributions contribué contrôle contrôler contrôles
convaincre convaincu convention conversation conversations conversion conviction convient conçu cool coopération
coordination coordonnées copain copains copie copine corde cordes corps correct correctement correction correspond
correspondance correspondant correspondent corriger corruption corse corée coréen costa costume costumes cote
cotisations coton coté cou couche coucher couches couché coucou couilles coule couler couleur couleurs couloir coup
coupable coupe couper coupes couple couples coups coupé cour courage courant courante courants courbe courir
couronne courrier cours course courses court courte courtes courts cousin couteau couvert couverture couvre couvrir
coût coûte coûts craindre craint crainte cri crie crier crime crimes criminel criminelle criminels cris crise crises
critique critiquer critiques critères croient croire crois croise croissance croissant croisé croit croix croyais
croyait croyances croyez cru crâne crème créant créateur création créations créatures crédit crédits crée créer créé
créée créés cuba cuir cuisine cuivre cul culte culture culturel culturelle culturelles culturels cultures curieux
curiosité cv cycle câble céder célibataire célèbre célèbres célébrer céréales cérémonie césar côte côtes côté côtés
cœur d da dame dames dan danemark danger dangereuse dangereux daniel dans danse danser data date dates davantage
david davis day dc de debout dedans degré degrés dehors deja del delà demain demandait demandant demande demandent
demander demandes demandez demandé demeure demi demie denis densité dent dents depuis der dernier derniers dernière
dernières derrière des descend descendre descente description design dessert dessin dessins dessous dessus destin
destination destiné destinée destinées destinés destruction dette dettes deuil deux deuxième devaient devais devait
devant devenir devenu devenue devenus devez deviendra devienne deviennent deviens devient devint devoir devoirs
devons devra devraient devrais devrait devront di diable diagnostic dialogue diamètre dictature dictionnaire didier
die diego diesel dieu dieux difficile difficilement difficiles difficulté difficultés diffuser diffusion diffusé
diffusée différence différences différent différente différentes différents digital digne dignité dijon dimanche
dimension dimensions diminue diminuer diminution dingue diplomatique diplôme dira dirai dirais dirait dire direct
directe directement directeur directeurs direction directrice dirige dirigeant dirigeants diriger dirigé dirigée dis
disais disait disant discipline discours discret discrimination discussion discussions discuter dise disent disney
disons disparaître disparition disparu disponible disponibles dispose disposer dispositif disposition dispositions
dispute disque disques distance distances distinction distingue distinguer distribution district dit dite dites dits
divers diverses diversité divine division divisions divorce dix dizaine dizaines dj do doc docteur doctrine document
documentaire documentation documents doigt doigts dois doit doivent dollar dollars domaine domaines domestique
domicile domination domine dominique dommage dommages don donald donc donna donnait donnant donne donnent donner
donnera donnes donnez donné donnée données donnés dons dont dormi dormir dors dort dos dose dossier dossiers doté
double doublé douce doucement douceur douche douleur douleurs doute douter doutes doux douze dr dragon dramatique
drame drapeau drogue drogues droit droite droits drôle du duc due duel duo duquel dur durable durant dure durer durs
duré durée dvd dynamique dès débarrasser débat débats débile débit début débute débuts décembre décennies déchets
décide décident décider décidé décision décisions déclaration déclarations déclare déclarer déclaré décor décoration
découvert découverte découvertes découvre découvrez découvrir décret décrire décrit décès décédé dédié dédiée
défaite défaut défauts défend défendre défendu défense défenseur défenseurs défi déficit défilé défini définir
définit définition définitive définitivement défis dégage dégager dégâts déja déjeuner déjà délai délais délicieux
délire délit délégation délégué démarche démarches démission démocrate démocrates démocratie démocratique
démonstration démontre démontrer démontré dénonce dénoncer départ département départements dépasse dépasser dépassé
dépend dépendance dépense dépenser dépenses dépit déplacement déplacements déplacer déposer déposé dépression député
députés dépôt dépôts dérange déroule dés désert désigne désigner désigné désir désolé désolée désormais détail
détails détention détenus détermination déterminer déterminé déteste détriment détruire détruit développe
développement développer développé développée développés déçu dîner dû e eau eaux ecole economie ed edf education
effacer effectif effectifs effectivement effectue effectuer effectué effet effets efficace efficaces efficacité
effort efforts eglise egypte eh el elle elles embrasse embrasser emma emmanuel empereur empire emplacement emploi
emploie emplois employeur employé employés emporte emporter empreinte emprunter empêche empêcher en enceinte
encontre encore encourager end endroit endroits enfance enfant enfants enfer enfin engage engagement engagements
engager engagé engagée engagés enjeu enjeux enlever enlevé enlève ennemi ennemis enquête enquêtes enregistrement
enregistrer enregistré enseignant enseignants enseigne enseignement enseigner ensemble ensuite entend entendre
entends entendu entente enthousiasme entier entière entièrement entourage entouré entraîne entraînement entraîner
entraîneur entraîné entre entrepreneur entrepreneurs entreprise entreprises entrer entretenir entretien entretiens
entré entrée entrées enveloppe envers envie environ environnement environs envisager envoi envoie envoyer envoyez
envoyé envoyée envoyés eric erreur erreurs es escalier esclavage esclave esclaves espace espaces espagne espagnol
espagnole espagnols espoir espoirs esprit esprits espèce espèces espère espérance espérant espérer espérons essai
essaie essais essaye essayer essayez essayé essence essentiel essentielle essentiellement est esthétique estimation
estime estimé estomac et etait etat etats etc etes etienne etre eu euh euro europe européen européenne européennes
européens euros eut eux ex exact exactement examen examens examiner excellence excellent excellente exception
exceptionnel exceptionnelle exclu exclusif exclusion exclusivement excuse excuser excuses excès exemplaire
exemplaires exemple exemples exerce exercer exercice exercices exige exigences exil existait existant existe
existence existent exister expansion expert expertise experts explication explications explique expliquer expliqué
exploitation exploiter exploration explorer exploser explosion expose exposition expositions exposé express
expression expressions exprime exprimer exprimé exprès expédition expérience expériences extension externe extra
extrait extraits extraordinaire extrémité extrême extrêmement extrêmes extérieur extérieure exécutif exécution f fa
fabricant fabrication fabrique fabriquer fac face facebook facile facilement faciles faciliter facilité facteur
facteurs facture faculté faible faibles faiblesse faille failli faillite faim faire fais faisaient faisais faisait
faisant faisons fait faite faites faits fallait falloir fallu fameuse fameux familial familiale famille familles fan
fans fantastique fasse fatigue fatigué faudra faudrait faune fausse fausses faut faute fautes fauteuil faux faveur
favorable favorables favoris favoriser façade façon façons fc femme femmes fenêtre fenêtres fer fera ferai ferais
ferait ferme fermer fermes fermeture fermé fermée fermés feront ferroviaire fesses festival feu feuille feuilles
feux fi fiable fibre fiche fichier fichiers fiction fidèle fidèles fidélité fier fiers fierté fifa figaro figure
figurent figures fil file filet filiale filière fille filles fillon film films fils filtre fin final finale
finalement finales finance financement financer finances financier financiers financière financières fine fini finir
finis finissent finit fins fiscal fiscale fiscalité fit fixe fixer fixé fière fièvre flammes flash fleur fleurs
fleuve flic flics florence floride flotte flux fn foi foie foire fois folie folle fonction fonctionnaire
fonctionnaires fonctionne fonctionnement fonctionner fonctions fond fondamentaux fondateur fondation fonds fondé
fondée font fontaine foot football for force forcer forces forcé forcément ford forfait format formation formations
forme forment former formes formidable formule formé fort forte fortement fortes forts fortune forum forêt forêts
fou foule four fourni fournir fournisseurs fournit fous fout foutre foutu foyer foyers fr fragile frais franc
francais france franchement franchir franchise francis francisco franck franco francophone francophones francs frank
français française françaises françois françoise frappe frapper frappé fraude fraîche fred free french frigo froid
froide from fromage front frontière frontières fruit fruits frère frères frédéric fréquemment fréquence fuir fuite
fumer fumée fun fur furent fusil fusion fut futur future futures futurs fédéral fédérale fédération félicitations
féminin féminine février fête fêter fêtes g gabriel gaffe gagnant gagne gagner gagné gain galerie game gamin gamins
gamme gang garage garantie garanties garantir garde garder gardes gardien gardiens gardé gare gars garçon garçons
gauche gaulle gay gaz gendarmerie general genou genoux genre genres gens gentil gentille genève george georges
germain geste gestes gestion gilbert gilles girl glace global globale globalement globe gloire go golf golfe good
google gorge gosse gosses goutte gouvernement gouvernements gouverneur goût goûter goûts grace grade grain graines
grand grande grandes grandeur grandi grandir grands graphique gras gratuit gratuite gratuitement grave graves
gravité grec grecque grecs green grenoble grille gris gros grosse grosses grossesse group groupe groupes grâce grèce
grève gré guerre guerres gueule guide guillaume guinée guise guitare guy guère gâteau gère géant géants génial génie
général générale généralement générales génération générations généraux généreux générique génétique géographie
géographique gérard gérer géré gêne h ha habitant habitants habitat habitation habite habitude habitudes
habituellement habitué haha haine hall hamon handicap harcèlement harmonie harry hasard hausse haut haute hautes
hauteur hauts havre he hebdomadaire hectares hein hello henri henry herbe hervé heu heure heures heureuse
heureusement heureux hey hier high histoire histoires historien historiens historique historiques hitler hiver
hiérarchie ho hockey hollande hollywood home hommage homme hommes hong hongrie honneur honnête honnêtement honte hop
horaire horaires horizon horreur horrible hors hot house http https hugo huile huit huitième hum humain humaine
humaines humains humanité humeur humide humour hygiène hyper hypothèse hâte hé hélas hélène héritage héritier héros
hésite hésitez hôpital hôpitaux hôte hôtel hôtels i ia ici idem identification identifier identifié identique
identité idiot idéal idée idées idéologie ignorance ignore ignorer ii iii il ile illusion illustration illustre
illégal ils image images imaginaire imagination imagine imaginer imaginez imaginé immense immeuble immeubles
immigration immobilier immédiat immédiate immédiatement impact implique impliqué importance important importante
importantes importants importe impose imposer impossible imposé impression impressionnant impôt impôts in incapable
incendie incident incluant inclus inconnu inconnue inconnus incroyable inde index indice indices indien indiens
indiquant indique indiquent indiquer indiqué indispensable individu individuel individuelle individuelles individus
industrie industriel industrielle industriels industries indépendance indépendant indépendante indépendants
infection infirmière inflation influence info information informations informatique informer informé infos
infrastructures inférieur inférieure ingénieur ingénieurs initial initiale initialement initiative initiatives
injuste innocent innovation inquiète inquiéter inquiétude inscription inscriptions inscrire inscrit inscrits
insectes insee insiste inspecteur inspection inspiration inspire inspiré instagram installation installations
installe installer installé installée installés instance instant instants institut institution institutions
instruction instructions instrument instruments insulte insulter insultes intellectuelle intelligence intelligent
intelligente intense intensité intention intentions inter interdiction interdire interdit interdite intermédiaire
international internationale internationales internationaux interne internes internet interprète interprétation
interroger intervenir intervention interventions intervient interview intime intitulé introduction introduire
introduit intègre intégralité intégration intégrer intégrité intégré intéressant intéressante intéressantes
intéressants intéresse intéressent intéresser intéressé intéressés intérieur intérieure intérêt intérêts inutile
inutiles invasion inventaire inventer invention inventé inverse investi investir investissement investissements
investisseurs invisible invitation invite inviter invité invités inégalités iphone ira irai irak iran irlandais
irlande is isabelle islam islamique islamistes island isolé israël issu issue issues issus it italie italien
italienne italiens iv ivoire j j'suis jack jackson jacob jacques jaloux jamais jambe jambes james jane janvier japon
japonais japonaise jardin jardins jason jaune jaunes jay jazz je jean jeanne jeff jet jeter jette jeté jeu jeudi
jeune jeunes jeunesse jeux jim jimmy jo job joe john johnny johnson joie joindre joint joli jolie jolies jonathan
jones jordan joseph josé jouait jouant joue jouent jouer joues joueur joueurs jour journal journaliste journalistes
journaux journée journées jours joué joyeux juan judiciaire judiciaires juge jugement juger juges jugé juif juifs
juillet juin juive jules julie julien junior jure juridique juridiques jury juré jus jusqu'au jusqu'aux jusqu'en
jusqu'ici jusqu'à jusque just juste justement justice justifie justifier justin jérusalem jérôme jésus k karl kevin
kg kilomètres kilos kim king km kong l la label laboratoire lac lady laine laissant laisse laissent laisser laissez
laissé lait lame lampe lance lancement lancer lancé lancée langage langue langues lapin laquelle large largement
larges largeur larmes las latin latine laura laurent laval lave laver laïcité le leader league lecteur lecteurs
lecture lee lendemain lentement lequel les lesquelles lesquels lettre lettres leur leurs lever levé levée leçon
leçons li liaison liban liberté libertés librairie libre librement libres libéral libérale libération libéraux
libérer libéré licence lien liens lieu lieutenant lieux life ligne lignes ligue like lille limite limiter limites
limité limitée linguistique lion liquide lire lis lisa lisez liste listes lit litres littéraire littéraires
littéralement littérature live livraison livre livrer livres livret livré liège lié liée liées liés ll local locale
locales localisation location locaux logement logements logiciel logiciels logique logo loi loin loire lois loisirs
lol londres long longs longtemps longue longues longueur look lord lorraine lors lorsqu'elle lorsqu'il lorsqu'ils
lorsqu'on lorsque los lot louer louis louise loup lourd lourde lourdes lourds louvre love loyer lu luc lucas lui
luis lumière lumières lundi lune lunettes lutte lutter luxe luxembourg lycée lyon lyonnais là lâche lâcher lève
lèvres légal légale légende léger légion législation législatives légitime légitimité légumes légère légèrement léon
m ma mac machine machines macron madagascar madame madeleine mademoiselle madrid magasin magasins magazine magie
magique magnifique magnifiques mai mail maillot main mains maintenant maintenir maintien maintient maire maires
mairie mais maison maisons majesté majeur majeure majeurs major majoritaire majoritairement majorité mal malade
malades maladie maladies malaise malgré malheur malheureusement malheureux mali malin maman man management manager
manche manches manchester mandat manga mange manger mangé manifestants manifestation manifestations manifeste
manifester manière manières manquait manque manquent manquer manqué manteau manuel manuscrit maquillage marathon
marbre marc marcel marchand marchandises marche marcher marches marché marchés marco mardi marge mari maria mariage
mariages marie marier marin marine marins mario maritime maritimes marié mariée mark marketing marne maroc marque
marquer marques marquis marqué marquée marrant marre mars marseille martin mary maréchal masculin masque massacre
masse massif massive master mat match matches matchs maternelle mathieu maths mathématiques matin matinée matière
matières matt maturité matériaux matériel maurice mauvais mauvaise mauvaises maux max maximale maxime maximum maître
maîtres maîtresse maîtrise me mec mecs media meilleur meilleure meilleures meilleurs membre membres meme menace
menaces menacé mener mensonge mensonges ment mental mentale mention mentionne mentionné mentir menu mené menée mer
merci mercredi merde merveille merveilleux mes message messages messe messieurs mesure mesurer mesures met mets
mettait mettant mette mettent mettez mettons mettra mettre metz meubles meurt meurtre mexique mi miami michael
michel micro microsoft midi miel mien mienne mieux mignon migrants mike milan milieu milieux militaire militaires
militant militants mille milliard milliards milliers million millions min mince mine mines mineur mineurs mini
minimum ministre ministres ministère minorité minuit minute minutes miracle miroir mis mise mises miss mission
missions misère mit mixte mm mme mn mobile mobiles mobilier mobilisation mobilité moche modalités mode moderne
modernes modes modeste modification modifications modifier modifié modèle modèles mohamed moi moindre moins mois
moitié moment moments mon monaco monde mondes mondial mondiale monnaie monsieur monstre monstres mont montage
montagne montagnes montant monte monter montpellier montrant montre montrent montrer montré montréal monté montée
monument monuments monétaire moral morale morceau morceaux morgan mort morte morts moscou mosquée mot moteur moteurs
motif motifs motivation moto mots moulin mourir mouvement mouvements moyen moyenne moyennes moyens mr ms multiples
munich municipal municipale municipales municipalité municipalités munitions mur murs muscles music musical musicale
musiciens musique musiques musulman musulmane musulmans musée musées my mystère mystérieux mythe mâle mène mère
mères mètre mètres mécanique mécanisme mécanismes méchant médaille médailles médecin médecine médecins média médias
médiatique médical médicale médicament médicaments médicaux méditerranée mélange mélenchon mémoire mémoires ménage
ménages mépris mérite méritent mérité métal méthode méthodes métier métiers métrage métro métropole météo même mêmes
n na naissance nan nana nancy nantes naples napoléon nathalie nation national nationale nationales nationalité
nationaux nations nature naturel naturelle naturellement naturelles naturels navigation navire navires nazis ne
neige nerfs nerveux net netflix nette nettement nettoyer neuf neutre neuve neveu new news nez ni nice nick nicolas
nicole nier nintendo niveau niveaux no noble noblesse noir noire noires noirs noix nom nombre nombres nombreuses
nombreux nomination nomme nommer nommé nommée noms non nord normal normale normalement normandie norme normes
norvège nos not notamment note noter notes notice notion notre noté nourrir nourriture nous nouveau nouveauté
nouveaux nouvel nouvelle nouvelles novembre noyau noël nu nuage nuages nucléaire nucléaires nue nuit nuits nul nulle
nuls numérique numériques numéro numéros né néanmoins nécessaire nécessairement nécessaires nécessite nécessité née
néerlandais négatif négative négociation négociations négocier néo nés nôtre o obama objectif objectifs objet objets
obligation obligations obligatoire oblige obligé obligée obligés observation observations observatoire observe
observer observé obstacles obtenir obtenu obtenus obtient occasion occasions occident occidentale occidentaux
occupation occupe occupent occuper occupé occupée octobre océan odeur oeil oeufs oeuvre oeuvres of off offensive
offert office officiel officielle officiellement officielles officiels officier officiers offrant offre offrent
offres offrir oh oiseau oiseaux ok olivier olympique olympiques ombre on oncle onde ondes one ongles ont ontario onu
onze op open opinion opinions opportunité opposant opposants oppose opposer opposition opposé option options optique
opéra opérateur opérateurs opération opérations or orange orchestre ordinaire ordinateur ordinateurs ordonnance
ordonné ordre ordres oreille oreilles organe organes organisation organisations organise organiser organisme
organismes organisé organisée orient orientale orientation originaire original originale origine origines orléans os
oscar ose osé ottawa ou ouai ouais oublie oublier oubliez oublié ouest oui ours out outil outils outre ouvert
ouverte ouvertement ouvertes ouverts ouverture ouvrage ouvrages ouvre ouvrent ouvrier ouvriers ouvrir oxygène où p
pa pacifique pacte page pages paie paiement paille pain paire paix palais palestine pan panier panique panne panneau
panneaux pantalon papa pape papier papiers paquet par paradis paragraphe parait parallèle parallèlement paraît
paraître parc parce parcours parcs pardon pareil pareille parent parents parfait parfaite parfaitement parfois
parfum pari paris parisien parisienne parisiens park parking parlais parlait parlant parle parlement parlementaire
parlementaires parlent parler parles parlez parlons parlé parmi paroisse parole paroles parquet pars part partage
partagent partager partagé partant partenaire partenaires partenariat partent parti participants participation
participe participent participer participé particules particulier particuliers particulière particulièrement partie
partiel partielle partiellement parties partir partis partisans partout parts paru parvenir parvient pas pascal
passage passagers passages passait passant passe passent passeport passer passera passes passez passion passé passée
passées passés pasteur patience patient patients patrick patrie patrimoine patron patrons pattes paul pauline pause
pauvre pauvres pauvreté pavillon payant paye payer pays paysage paysages paysans payé payés pc pdg peau peine peines
peint peintre peinture peintures pen pendant pensais pensait pensant pense pensent penser penses pensez pension
pensé pensée pensées pente people perception perd perdent perdre perds perdu perdue perdus performance performances
permanence permanent permanente permet permettait permettant permettent permettra permettrait permettre permis
permission perso personnage personnages personnalité personnalités personne personnel personnelle personnellement
personnelles personnels personnes perspective perspectives perte pertes peter petit petite petites petits peu peuple
peuples peur peut peuvent peux phare pharmacie phase phases philippe philosophe philosophie photo photographe
photographie photos phrase phrases physique physiquement physiques phénomène phénomènes piano pib pic pied pieds
pierre pierres pile pilote pilotes pique pire pires pis piscine piste pistes pitié pizza pièce pièces piège pl place
placement placer places placé placée placés plafond plage plages plaindre plaine plainte plaintes plaire plaisir
plait plan planche planches plans plante plantes planète plaque plaques plastique plat plate plateau plateforme
plats play plaît plein pleine pleinement pleins pleure pleurer plomb plu pluie plume plupart plus plusieurs plutôt
pme pneus po poche poches podium poids poignée poil poils poing point pointe points poisson poissons poitrine police
policier policiers policière politique politiques pollution pologne polonais polémique pomme pommes pompe pompiers
pont ponts pop populaire populaires popularité population populations porc porno port portable portail portait
portant porte portefeuille portent porter portes porteur porto portrait portraits ports portugais portugal porté
portée pose posent poser positif positifs position positions positive possession possibilité possibilités possible
possibles possède possèdent post poste poster postes posté posé posée pot pote potentiel potes poubelle pouce pouces
poudre poule poulet pour pourcentage pourquoi pourra pourrai pourraient pourrais pourrait pourras pourrez pourri
pourriez pourront poursuit poursuite poursuivi poursuivre pourtant pousse pousser poussière poussé poussée poutine
pouvaient pouvais pouvait pouvant pouvez pouvoir pouvoirs pouvons poème poète poésie pp pq pr pratique pratiquement
pratiquer pratiques premier premiers première premières prenait prenant prend prendra prendre prends prenez prenne
prennent prenons presque press presse pression pressé prestation prestations preuve preuves prie prier primaire
primaires prime prince princes princesse principal principale principalement principales principaux principe
principes printemps priori priorité pris prise prises prison prisonnier prisonniers prit privilège privé privée
privées privés prix prière pro probable probablement problème problèmes problématique processus prochain prochaine
prochaines prochains proche proches procureur procès procéder procédure procédures procédé producteur producteurs
production productions productivité produire produisent produit produite produits prof professeur professeurs
profession professionnel professionnelle professionnelles professionnels profil profit profite profiter profitez
profité profond profonde profondeur profondément profs programmation programme programmes progression
progressivement progrès projection projet projets promenade promesse promesses promet promis promo promotion
promouvoir prononce prononcer prononcé propagande prophète proportion propos propose proposent proposer proposition
propositions proposé proposée propre proprement propres propriétaire propriétaires propriété propriétés protection
protocole protège protéger protégé prouve prouver prouvé provenance provenant provence proviennent provient province
provinces provisoire provoque provoquer provoqué proximité prudence près pré préalable précieux précis précise
préciser précision précisé précisément précédemment précédent précédente précédentes précédents préfecture préfet
préfère préfèrent préférence préféré préférée prénom préparation prépare préparer préparé présence présent
présentant présentation présente présentent présenter présentes présents présenté présentée présentés préserver
présidence président présidente présidentielle présidents prétend prétendre prétexte prévenir prévention prévenu
prévoir prévoit prévu prévue prévues prévus prêt prête prêter prêtre prêtres prêts prêté ps pseudo psg psy
psychologie psychologique pu pub public publication publications publicité publics publie publier publique
publiquement publiques publié publiée publiées publiés puis puisqu'il puisque puissance puissances puissant
puissante puissants puisse puissent puits pur pure purement putain pute pyrénées pâte père pères pèse péché pénal
pénale période périodes pétition pétrole pêche pôle q qu quai qualification qualifier qualifié qualifiés qualité
qualités quand quant quantité quantités quarantaine quarante quart quartier quartiers quarts quasi quasiment
quatorze quatre quatrième que quel quelconque quelle quelles quelqu'un quelque quelques quels question questions
queue qui quiconque quinzaine quinze quitte quitter quitté quoi quoique quotidien quotidienne québec québécois
québécoise quête r race races rachat racine racines racisme raciste racistes raconte raconter raconté radical radio
rage raison raisonnable raisonnement raisons ramener ramène rang ranger rangs rap rapide rapidement rapides rappel
rappeler rappelle rappelons rappelé rapport rapporte rapports rapporté rapproche rapprochement rapprocher rare
rarement rares ras rassemblement rassembler rassurer rater rattraper raté ray raymond rayon rayons re real rebelles
recette recettes recevoir recherche rechercher recherches recommandations recommande recommandé recommencer
reconnais reconnaissance reconnaît reconnaître reconnu reconnue record records recours recrutement recueil recul red
refaire refuge refus refuse refusent refuser refusé regard regardant regarde regardent regarder regardes regardez
regards regardé registre regrette regroupe reims reine rejet rejoindre rejoint relais relatif relation relations
relative relativement relatives relever relevé relief religieuse religieuses religieux religion religions relève
remarquable remarque remarquer remarques remarqué remboursement rembourser remercie remercier remet remettre remis
remise remonte remonter remplace remplacement remplacer remplacé rempli remplie remplir remplis remporter remporté
renaissance renault rencontre rencontrer rencontres rencontré rend rendant rendement rendent rendez rendra rendre
rends rendu rendue rendus renforcer rennes renoncer renouvellement renseignement renseignements rentre rentrer
rentré rentrée renvoie renvoyer rené repartir repas reportage reporter repos repose reposer reprend reprendre repris
reprise reprises reproche reproduction reproduire représentant représentants représentation représentations
représente représentent représenter représenté requis requête rer respect respecte respecter respectivement respecté
respirer responsabilité responsabilités responsable responsables ressemble ressemblent ressenti ressentir ressort
ressortir ressources restait restant restaurant restaurants restauration reste restent rester restera restes restez
resto resté restée restés retard retenir retenu retenue retire retirer retiré retour retourne retourner retourné
retours retrait retraite retraites retrouve retrouvent retrouver retrouvez retrouvé retrouvée revanche revenir
revenu revenus revers reviennent reviens revient revoir revue reçois reçoit reçoivent reçu rhin rhône richard riche
riches richesse richesses ridicule rien rigueur rio rire risque risques rive rivière rivières riz robe robert robin
robot robots roche rocher rock roger roi rois roland romain romaine romains roman romans romantique rome rond ronde
rose roses roue rouen roues rouge rouges roule rouler route routes roux roy royal royale royaume rue rues rugby
ruines rumeur rumeurs rupture rural russe russes russie ryan rythme règle règlement règles règne ré réaction
réactions réagir réalisateur réalisation réalise réaliser réaliste réalisé réalisée réalisées réalisés réalité
récemment récent récente récentes récents réception récit récits réclame réclamer récolte récompense récupérer
récupéré rédaction rédigé réduction réduire réduit réduite réel réelle réellement réelles réels réflexion réflexions
réfléchir réforme réformes réfugiés référence références référendum régime régiment régimes région régional
régionale régionales régionaux régions réglementation régler réglé régulation régulier régulière régulièrement
rémunération rénovation réparation réparer répartition répertoire réplique répond répondent répondre réponds répondu
réponse réponses répression républicain républicains république réputation répète répéter répétition réseau réseaux
réserve réserves réservé réservée réside résidence résistance résister résolu résolution résoudre résultat résultats
résume résumé rétablir réuni réunion réunions réunir réunis réunit réussi réussir réussit réussite réveil réveille
réveiller réveillé révision révolte révolution révolutionnaire révèle révélation révéler révélé rêve rêver rêves
rêvé rôle rôles s sa sable sac sachant sache sachez sacrifice sacré sacrée sacs saga sage sagesse sain saint sainte
saints sais saisi saisie saisir saison saisons sait salade salaire salaires salarié salariés sale sales salle salles
salon salope salut sam samedi samsung samuel san sanction sanctions sang sanitaire sans santé saoudite sarah sarkozy
satellite satisfaction satisfaire satisfait sauce sauf saura saurait saut sauter sauvage sauvages sauve sauver sauvé
savais savait savent savez saviez savoie savoir savons scandale schéma science sciences scientifique scientifiques
scolaire scolaires scolarité score scott scrutin scène scènes scénario se sec second secondaire secondaires seconde
secondes secours secret secrets secrète secrétaire secteur secteurs section sections seigneur seigneurs sein seine
seins seize sel selon semaine semaines semblable semblait semblant semble semblent semi sens sensation sensibilité
sensible sensibles sent sentent senti sentiment sentiments sentir sept septembre septième sera serai seraient serais
serait seras serez serge serment serons seront serpent serre serré sert servant servent serveur serveurs servi
service services servir ses session set seuil seul seule seulement seules seuls sexe sexuel sexuelle sexuelles
sexuels sexy shirt show si sida sienne signal signaler signalé signature signe signer signes signification signifie
signé signée silence similaire similaires simon simple simplement simples simplicité sincère sincèrement sinon sir
site sites situation situations situe situé située situés six sixième siècle siècles siège sièges ski smartphone
smith sms sncf so social sociale sociales socialiste socialistes sociaux sociologie société sociétés soeur soi
soient soif soigner soin soins soir soirs soirée soirées sois soit soixante sol solaire soldat soldats solde soleil
solidaire solidarité solide solides solitaire solitude solo sols solution solutions sombre somme sommeil sommes
sommet son sondage sondages sonne sons sont sophie sors sort sortant sorte sortent sortes sorti sortie sorties
sortir sortira sortis souci soucis soudain souffert souffle souffrance souffre souffrir souhaite souhaitent
souhaiter souligne souligner soumettre soumis soumise soupe source sources sourire souris sous soutenir soutenu
soutenue soutien soutiennent soutiens soutient souvenir souvenirs souvent souverain souveraineté souviens souvient
soviétique soyez soyons spectacle spectacles spectateurs spectre sport sportif sportifs sportive sports spécial
spéciale spécialement spéciales spécialiste spécialistes spécialisé spécialisée spécialité spéciaux spécifique
spécifiques ss st stabilité stable stade stage stand standard star stars start station stations statistique
statistiques statue statut stephen steve steven stock stockage stop story strasbourg stratégie stratégique street
stress strictement structure structures studio stupide style stéphane su subi subir subit sublime substance
subventions successeur succession succès sucre sud suffisamment suffisant suffisante suffit suggère suicide suis
suisse suisses suit suite suites suivant suivante suivantes suivants suivent suivez suivi suivie suivre sujet sujets
super superbe supplémentaire supplémentaires support supporte supporter supporters suppose suppression supprimer
supprimé suprême supérieur supérieure supérieures supérieurs sur surement surface surfaces surprenant surpris
surprise surprises surtout surveillance surveiller survie survivre susceptible susceptibles suspect suspendu
suspension suède suédois symbole symboles symbolique sympa sympathique symptômes syndicat syndicats synthèse syrie
système systèmes systématique systématiquement sèche séance séances sébastien sécurité séjour sélection séminaire
sénat sénateur sénégal séparation sépare séparer séparés séquence série séries sérieuse sérieusement sérieux sévère
sûr sûre sûrement sûreté sûrs sœur sœurs t ta tabac table tableau tableaux tables tactique taille taire talent
talents tandis tant tante tape taper tapis tard tarif tarifs tas taux taxe taxes taxi taylor te team tech technique
techniques technologie technologies technologique tel telle tellement telles tels temple temporaire temps
température températures tempête tenait tenant tend tendance tendances tendre tendu tenir tennis tension tensions
tentative tentatives tente tentent tenter tenté tenu tenue tenues tenus terme termes termine terminer terminé
terminée terrain terrains terrasse terre terres terrestre terreur terrible territoire territoires territoriale
terrorisme terroriste terroristes tes test testament tester tests testé texas texte textes that thaïlande the
thierry this thomas thread thème thèmes thèse thé théorie théories théorique théâtre ticket tienne tiennent tiens
tient tiers tim time times timide tir tirage tire tirer tirs tiré tissu tissus titre titres titulaire to toi toile
toilettes toit tokyo tolérance tom tombe tombent tomber tombé tombée tome ton tonnes tony top toronto tort torture
total totale totalement totalité touchant touche toucher touché toujours toulon toulouse tour tourisme touristes
touristique tournage tournant tourne tourner tournoi tourné tournée tours tous tout toute toutefois toutes trace
traces tracé tradition traditionnel traditionnelle traditionnels traditions traduction traduire traduit trafic
tragique tragédie trahison train trains trait traitant traite traitement traitements traiter traits traité traités
trajet tranche tranquille tranquillement trans transactions transfert transformation transforme transformer
transformé transition transmettre transmis transmission transparence transport transporter transports travail
travaillant travaille travaillent travailler travailleurs travaillé travaux travers traverse traverser traversé
treize trentaine trente tres tribu tribunal tribunaux tribune trimestre trio triomphe triple triste tristesse trois
troisième trompe tromper trompé trop trophée trou trouble troubles troupe troupes trous trouvaient trouvait trouve
trouvent trouver trouvera trouves trouvez trouvé trouvée trouvés truc trucs trump très trésor trône tu tube tue tuer
tueur tunisie tunnel turc turquie tué tués tv tva tweet twitter type types typique tâche tâches télé télécharger
téléphone téléphones télévision témoignage témoignages témoigne témoin témoins tête têtes tôt u ue ukraine ultime
ultra ump un une unes uni unies uniforme union unique uniquement unis united unité unités univers universel
universelle universitaire universitaires université universités uns up urbain urbaine urbanisme urgence urgences
urgent us usa usage usagers usages usine usines utile utiles utilisant utilisateur utilisateurs utilisation utilise
utilisent utiliser utilisé utilisée utilisées utilisés utilité v va vacances vache vaches vague vagues vain vaincre
vainqueur vais vaisseau vaisseaux val valable valent valentin valeur valeurs valls vallée valoir van vancouver
vapeur var variable variations varie variété variétés vas vaste vaut veille venaient venait venant vend vendeur
vendre vendredi vendu vendus venez vengeance venir venise vent vente ventes ventre vents venu venue venus verbe
verra verras verre verres verrez vers versailles verser version versions vert verte verts vertu veste veuillez
veulent veut veuve veux vi via viande vice victime victimes victoire victoires victor victoria vide video vides
vidéo vidéos vie vieil vieille vieilles viendra vienne viennent viens vient vierge vies vieux vif vigueur vii villa
village villages ville villes vin vincent vingt vingtaine vins viol violation violence violences violent violente
violents virer virus vis visa visage visages visant vise visibilité visible visiblement visibles vision visite
visiter visites visiteurs vit vite vitesse vivait vivant vivante vivants vive vivement vivent vivre vocabulaire
vocation voici voie voient voies voila voile voilà voir voire vois voisin voisine voisins voit voiture voitures voix
vol volant vole voler volet volontaire volontairement volontaires volonté vols volume volumes volé von vont vos vote
voter votes votre voté voudrais voudrait voulaient voulais voulait voulant voulez vouloir voulons voulu vous voyage
voyager voyages voyageurs voyais voyait voyant voyez voyons vrai vraie vraies vraiment vrais vraisemblablement vs vu
vue vues vus vécu véhicule véhicules vélo vérification vérifier véritable véritablement véritables vérité vêtements
w walter washington we web week weekend west white wifi will william williams windows with world wow x xavier xixe
xv y ya yeux york you your youtube yves z zone zones zéro à âge âgé âgée âgées âme âmes ça ère écart échange
échanger échanges échantillon échappe échapper échappé échec échecs échelle écho échoué éclairage école écoles
écologie écologique économie économies économique économiques écoute écouter écoutes écoutez écouté écran écrans
écrire écris écrit écrite écrits écriture écrivain écrivains éd édifice éditeur éditeurs édition éditions éducation
égal égale également égalité égard église églises égypte élaboration électeurs élection élections électoral
électorale électricité électrique électriques électronique électroniques élevage élever élevé élevée élevées élevés
élimination éliminer élite éloigne éloigner élu élue élus élève élèves élément éléments émis émission émissions
émotion émotions énergie énergies énergétique énorme énormes énormément épaisseur épargne épaule épaules épisode
épisodes époque épouse époux épreuve épreuves épée équilibre équipage équipe équipement équipements équipes
équivalent éric établi établie établir établissement établissements établit étage étages étaient étais était étant
étape étapes état états éteint étend étendre étendue éternel éthique étiez étions étiquette étoile étoiles étonnant
étonne étrange étranger étrangers étrangère étrangères étude études étudiant étudiante étudiants étudie étudier
étudié été évaluation évaluer évasion éventuellement évidemment évidence évident évite éviter évolue évoluer
évolution évolué évoque évènement évènements événement événements évêque évêques êtes être êtres île îles œil œufs
œuvre œuvres
"""
