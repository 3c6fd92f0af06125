"""Prénoms du monde (gender-guesser, nam_dict.txt de Jörg Michael, GFDL 1.2+), sans ceux qui sont des mots
français courants (wordfreq, CC BY-SA 4.0) plus que des prénoms (index des lemmes de spaCy, MIT). Produit
par scripts/derive_first_names.py, ne pas modifier à la main ; licence : LICENCE-prenoms_monde.md."""

WORDS = """
aad aafke aagje aalt aaltje aamir aaron aart aarti abaz abbas abby abd abdal abdalla abdallah abdel abdel-aziz
abdel-fattah abdel-ghani abdel-hafid abdel-hafiz abdel-hak abdel-hakim abdel-halim abdel-hamid abdel-kader
abdel-karim abdel-latif abdel-majid abdel-rahman abdelaziz abdelfattah abdelghani abdelhafid abdelhafiz abdelhak
abdelhakim abdelhalim abdelhamid abdelilah abdelkader abdelkarim abdellah abdellatif abdelmajid abdelrahman
abder-rahim abder-rahman abder-rahmane abder-razak abderrahim abderrahman abderrahmane abderrazak abdeslam abdi abdo
abdol-karim abdol-reza abdol-saleh abdolkarim abdolreza abdolsaleh abdou abdoul abdu abdul abdul-aziz abdul-bagi
abdul-basit abdul-ghani abdul-hadi abdul-hafiz abdul-hakim abdul-halim abdul-hamid abdul-haq abdul-jabbar
abdul-kader abdul-kadir abdul-kareem abdul-karim abdul-latif abdul-qadeer abdul-qader abdul-rahman abdul-razzak
abdul-salam abdul-wahab abdulaziz abdulbagi abdulbaki abdulbasit abdulghani abdulhadi abdulhafiz abdulhakim
abdulhalim abdulhamid abdulhaq abdulilah abduljabbar abdulkader abdulkadir abdulkareem abdulkarim abdulla abdullah
abdullatif abdulqadeer abdulqader abdulrahman abdulrazzak abdulsalam abdulwahab abdur-rahman abdurrahim abdurrahman
abdyl abdülhalim abdülkadir abe abed abeda abedin abeer abel abelardo abha abhay abhilasha abid abida abidin abigail
abilio abir abla ablah abraham abramo abu abu-bakr abubakr abubekir abílio achille achim acilino acácio ada adalbert
adalberto adalet adalgisa adamo adarsh addolorata addy adel adela adelaida adelaide adele adelheid adelia adelina
adeline adelino adelio adell adelmo adem adham adhurim adi adib adil adile adina adinel aditi admir admirim adnan
adnand adolf adolfo adolphe adoración adosinda adri adriaan adrian adriana adriano adrianus adriatik adrie adrien
adrienne adrián adrião adriënne adua adão adèle adélaïde adélia adérito aedal afaf afif afifa afifah afke afonso
afra afrim afrodita afsaneh afsar afshin aftab afzal afërdita agaath agafia agapia agapito agata agatha agathe
agatina agatino ageeth agetina agim aglaia agnelo agnes agnese agnieszka agnès ago agostina agostinho agostino
agripina agron agustin agustina agustín ahilan ahile ahmad ahmed ahmet ahsen ahu aicha aida aidan aileen ailsa aiman
aimee aimée ainhoa aischa aisha aishah aitor ajay ajaz ajda ajet ajit ajmer ajub akan akash akbar akgül akhtar akif
akil akila akkie akram akın ala alaa alaattin alain alak alakananda alan alana alasdair alastair alba alban albana
albano alberte albertina albertine albertino alberto albi albin albina albino albion albrecht alcide alcides alcina
alcindo alcino alda aldina aldo aldona alec alecsandra alecsandrina alecsandru aleid aleida alejandra alejandro
alejo aleko aleks aleksander aleksandr aleksandra aleksei aleksej aleksey aleksy alena alesja alessandra
alessandrina alessandro alessia alessio alesya aletta alev alevtina alexa alexander alexandr alexandra alexandre
alexandria alexandrina alexandrine alexandru alexe alexei alexej alexey alexia alexis alfia alfiero alfio alfons
alfonsa alfonsina alfonso alfred alfreda alfredo ali ali-akbar ali-reza ali-riza alia aliakbar alican alice alicia
alicja alida alie alien alies alim alime alin alina alinda aline alion aliona aliosha alireza aliriza alisa alisha
alison alissa alistair alix aliye aljona aljoscha alka alkan alket alketa alla allan allard alle allen allison
allyson alma almaz almerinda almudena almut alois alok aloke alona alonso alonzo aloys aloyse alp alparslan alpaslan
alpay alper alperen alphonse alphonsine alqi altaf altagracia altan altay altin alton altun alun alush alvapillai
alvaro alvin alwin alwyn aly alya alyona alyson alyssa alzira alípio amada amadeo amadeu amado amador amaia amal
amala amalan amalia amalio aman amancio amanda amandine amando amani amanollah amanpreet amanullah amar amaresh
amarilda amarildo amarjeet amarjit amaro amaury amaya amber ambika ambre ambrogio ambrosio ambrozie amedea amedeo
ameen ameer ameeta amel amelia amelie amelio amer america americo amerigo amilcare amin amina aminah amine aminullah
amir amira amirah amit amita amitabh amitava amjad amleto ammar amor amos amparo amr amrik amrit amrita amro amy
amália amândio amélia amélie américa américo amílcar ana ana-belén anabela anacleto anaelle anahita anamaria anamika
anand ananda anandaraja anas anass anastas anastase anastasia anastasija anastasio anastasiya anastassia anastassija
anastassiya anastasya anastazja anatoli anatolie anatolii anatolij anatoliy anatoly anaïs anca ancuţa andi andon
andoni andra andraş andre andrea andreas andree andreea andrei andreia andreiana andreina andrej andres andrew
andrey andri andries andrii andrij andriy andrzej andré andréa andrée andrés anduela aneesh aneeta anesti aneta
anett anetta anette ang angel angelia angelica angelie angelien angelika angelina angeline angelino angelique
angelita angelo anghel anghelina angie angiola angiolina angiolino angiolo angjelin angus angèle angélica angéline
angélique anh ani anibal anica aniceto anicuta aniela aniello anika anil anila anis anisa anissa anita anişoara anja
anjali anjan anjana anjani anje anjeza anjo anju anjum ank anka anke ankie ankit anky annabel annabelle annalisa
annamaria annamarie annarita annarosa anne-marie annegret anneke anneleen annelie annelies anneliese annelis
annelise annelore annemarie annemie annemiek annemieke annerose annerös annet annett annetta annette anni annibale
annick annie annika annina annita annmarie anno annunciata annunziata anny anouar anouk ansa anselmo ansgar anshu
ansi ant antero anthea anthony antimo antje antoaneta antoine antoinette antolin anton antone antonela antonella
antonello antoneta antoni antonia antonica antonie antonieta antonietta antonin antonina antonino antonio
antonipillai antoniu antonius antony antoon antoun antónia antónio anu anunciación anunciação anupam anupama
anupoorna anuradha anusuya anuţa anwaar anwar anzhela anzhelika anália aníbal anıl aparajita aparna apolinário
apollonia apolonia apostol appie apputhurai april aqif aqil aqila aquilina aquilino arabinda araceli aradhana aram
aranit aras arasch arash aravinthan arba arbana arben arber arbi arbër arcadie arcadio arcangela arcangelo archana
archibald archie archna arco ard arda ardi ardian ardiana ardit ardita ardjan arduino aref arend areti aretina
argentina arghira argimiro argita ari arian ariana ariane arianna arianne arie ariel arif arife arina ariola
aristide aristidh aristiţa aristotel aritina ariton arja arjan arjana arjen arjeta arjo arjola arjun arkadi arkadij
arkadiusz arkadiy arkady arkan arkin arlene arlete arlette arlind arlinda arlindo armand armanda armande armando
armağan armel armela armelle armida armin arminda armindo armir arménio arn arnaldo arnaud arnd arndt arne arno
arnold arnoud arnout aroldo aron arpita arqile arrigo arsen arseni arsenij arsenio arseniy arseny arshad arshi arsim
arslan arsène arta artan artem artemio artemiza arthur arti artiom artor artur arturo artyom arul arulampalam
arulanantham arulanatham arulappu arumugam arumugan arun aruna arunasalam arup arvind arvinder arwa arzu aránzazu
asaad asad asal asam ascensão aschraf asena asghar asha ashfaq ashima ashlee ashleigh ashley ashok ashraf ashton
ashutosh ashwani asia asif asifa asim asis asit asiye aslam aslan asllan aslı aslıhan asma asmaa aspazia asqeri
assaad assad assam assia assma assmaa assunta assunção astrid astride astrit asuman asunción asya asım ata atakan
atalay atallah atanase atanasie ate atef atena athina atie atila atilla atiq atiye atossa atousa attie attilia
attilio atul aubrey aude audra audrey august augusta augustina augustine augusto augustyn auke aukje aulona aurea
aurel aurela aurelia aurelian aureliano aurelio aureliu aurica aurora aurore aurélia aurélie aurélien aurélio
ausilia austin autumn ava avdi avdotja avdotya avdul avdulla avdyl ave avelina avelino averil avery avijit avinash
avni avram avtar awa awad awni axel axelle axenia aya aybek ayberk aybike aybüke aycan ayda aydan aydın ayesha ayfer
aygül aygün ayhan ayise aykan aykut ayla aylin ayman aymeric aynur ayoub aysel ayseli ayser aysha aysu aysun aytaç
aytekin ayten aytül ayça ayşe ayşegül ayşen ayşenur ayşin azad azam azar azed azem azhar azime aziz aziza azize
azmat azmi azra azucena azzam aşkın babak babar babette babita babli babrak babs babu bach bachir badea badi badia
badiah badr badradin badri baftjar baha bahaddin bahadur bahadır bahar bahattin baheerathan bahij bahjat bahman
bahram bahri bahrije bahriye bailey bajan bajraktari bajram bakhshish baki bakr bala balachandran balasa balasingam
balasubramaniam balbina balbino balbir baldassare baldev baldomero balendran baljeet baljinder baljit balkar
baltasar baltazar balvinder balvir balwinder balyeet bambina bana bang bano banu banush bao baran barb barbara barbu
bardha bardhi bardhok bardhosh bardhyl barend bariaa bariah barnali barrie barry bart bartolo bartolomeo bartolomé
bartosz bartu bartłomiej barış basabi basanti basel basem bashar basheer bashir bashkim basil basilia basilio
basilisa basim basima basimah basit baskaran basma basmah basra basri bassam bassel bassem bassil bassim bassima
bastiaan bastian bastien bastri basílio batoul battal battista battistina batuhan batul baturhan bauke baukje
bautista bavani bayan bayram bağdagül başak başar bea beant beat beata beate beatrice beatrix beatriz becca bechir
becky bedia bedri bedriye beena begoña begum begüm behar behare behice behiye behjat behrouz behruz behzad behzat
behçet bejo bekim bekir bektas bektash bela belal belgin belina belinda belkıs belma belmira belmiro belul belén
benedetta benedetto benedict benedicta benedicto benedikt benedita bengi bengisu bengü bengül bengüsu benhür
beniamin beniamino benigno benilde benita benito benjamim benjamín bennie benno benny benone bensu bento benvenuto
benvinda bep beppie beqir ber berardino berat berber beren berend berfin berfu beril berit berivan berk berkan
berkant berkay berke berna bernadeta bernadete bernadetta bernadette bernadine bernarda bernardina bernardino
bernardo bernd bernhard bernice berra berrin berry bert berta bertha berthe berthold berti bertie bertil bertilla
bertine berto bertram bertrand bertus beryl besa besar besarta beshir besi besiana besim besime besjan besjana
besmir besmira besnik besnike bessie beste beth bethan bethany bethli betsie betsy bette bettie bettina betty bettye
betül beulah bev beverley beverly bexhet beyhan beytullah beyza beşir bhagvati bhagwan bhagwant bhajan bharat
bharati bharti bhaskar bhavani bhavna bhopinder bhupinder biagia biagio bianca bianka bibi bibiane bibica bice bich
bienvenida bienvenido bihter bijan bijoy bikash bikram bilal bilbil bilge bilgehan bilgen bilgi bilgin billie billur
bimla bina binak bindu binh binnaz binnur bircan birgit birgitt birgitta birgül birol birsen birte biswajit bita
bjorn björn blaine blair blaise blake blanca blandine blas bledar bledi bledion blendi blerim blerina blerta bobbi
bobbie bobby bodo bogdan bogdana bogumil bogumił bogumiła bogusław bogusława bohdan bolesław bonaria bonifacia
bonifacio bonita bonnie bora borana boris borja bortolo borys bouchra boudewijn bouke boukje boushra boutros boyd
bożena brad bradford bradley brady brahim bram branca branco brandi brandon brandy bratu braulio breanna bregje
brenda brendan brent bret brett brian briana brianna brice bridget bridgette brigid brigida brigit brigitta brigitte
brijender brikena brisilda brita britney britt britta brittany brittney brock broer bronisław bronisława bronwen
brooke bruna brunella brunhild brunhilde brunilda bryan bryant bryce bryn brígida brînduşa bucur buddy buenaventura
bujar bujor buket bukurie bukurije bulut burak burbuqe burcu burghard burhan burim burkhard burçak burçin buse
bushra butros butrus buğra byron bárbara bärbel béatrice bénedicte bénédicte bérangère bérengère bérénice bülbül
bülent bünyamin büşra caetano cafer cahide cahit caitlin caitlyn caleb caliopia calixto callie calmo calogera
calogero calvin cam camelia cameron camiel camila camilla camille camillo camilo canan canberk candace candan
candelaria candelas candice candida candido candy caner canh cansel cansu cansın cao capitolina capucine cara carel
carey caridad carien carin carina carine carissa carla carles carlien carlo carlos carlota carlotta carlton carly
carme carmel carmela carmelina carmelinda carmelo carmen carmina carminda carmine carmo carol carola carole carolien
carolin carolina carolus carolyn carrie carroll carry carson carsten carter cary casandra casey casiana casimira
casimiro caspar casper cassandra cassiano cassidy cassie cassilda cataldo catalina catarina catarino catello catena
caterina catharina catherine cathleen cathrin cathryn cathy catia catinca catrin catrina catriona caush cavidan
cavide cavit cayetano cebrail cecelia ceciel cecil cecile cecilia cecylia cecília cecílio cedric cees ceferino celal
celalettin celedonio celeste celestina celestino celia celil celina celsa celso cem cemal cemil cemile cemre cengiz
cengizhan cenk cennet cerasela cerciz ceren ceri cesaltina cesar cesare cesarea cesareo cesarina cesarino cesc
cesira cesur cesário cevahir cevat cevdet cevriye ceyda ceyhun ceylan cezar cezarina cezariusz cezary chad chadi
chaker chanchal chand chandan chandana chandar chander chandra chandrakumar chandran chanh chantal chantale
chantalle charan charanjit charbel charity charlene charles charline charly charlène charmaine charu chase chasity
chau chellapah chelliah chelsey cheri cherie cherry cheryl chester cheyenne chhanda chhaya chi chiara chiel chieu
chin chinh chira chirata chiriac chirilă chirine chitra chitralekha chloe chloé chokri choukri chousein chris
christa christel christelle christi christiaan christian christiane christianne christie christien christin
christina christine christl christof christoph christophe christopher christy christèle chrystel chrystelle
chrystèle chuan chuck chukri chung chuong chuyen cicerone cidem cidália cihan cihangir cihat cilia cindy cinta
cinzia ciprian cipriana cipriano cira ciriaco ciro cisca ciska clara clare clarence clarice clarinda clarissa
clarisse clariţa claudette claudia claudie claudina claudine claudino claudio claudiu claudy claus clay clayton
clelia clemencia clemens clement clementa clemente clementina cleo cleopatra cleveland cliff clifford clifton clint
clirim clive clorinda clothilde clotilde clyde cláudia cláudio clémence clémentine coba cobi cobie coby cock codin
codrut codruta cody coen colby cole colette colin colinda coline colleen collette collin colomba colton coman
conceição concepcio concepción concetta concettina concetto cong connie connor conny conrad conrado consiglia
consolación constance constancio constantin constantina constantino constanze constanţa consuelo cor cora coral
coralia coralie cordula corentin corey corien corin corina corine corinna corinne coriolan corneille cornel cornelia
cornelis corneliu cornelius corné corrado corrie corry cory cosetta cosette cosima cosimo cosmin cosmina cosmo
costache costachi costan costante costantina costantino costanza costanzo costel costică costin costina costinel
courtney coşkun craciun craig crenguta crescencia crescencio crescenzo crina crinuţa cristache cristea cristel
cristian cristiana cristiano cristina cristinel cristinela cristino cristofor cristoforo cristóbal cristóvão crişan
crocifissa cruz crystal cuc cuma cumali cumhur cuong curt curtis custódia custódio cynthia cyrielle cyril cyrill
cyrille czesław czesława cátia cândida cândido cäcilia cécile cécilia cédric célestin célestine célia céline cüneyt
călin călina cătălin cătălina daan dac dacia daciana dafina dagmar dagmara dai daisy dakota dalal dalbir dale daler
dalia daliah dalina dalip daljeet daljit dallas dallëndyshe dalton damaso damian damiana damiano damien damián damla
damon damyanti dana dane dang danh daniel daniela daniele danielle daniil danil danila danilo danièle daniël
daniëlla daniëlle danjela danny dante danuta dany danylo dao daoud daouda daphne dara darah darcy dardan dareen
daria darija darin darina darine dario darioush darius dariusz dariya darja darla darlene darnell darrel darrell
darren darrin darryl darshan darwin darya daryl daryosh darío dashamir dashamira dashnor dashuri dashurie dat dau
daud daut davender davide davina davinder davut davy dawid dawn daya dean deana deanna deanne deb debarata debashis
debasish debbie debby debora deborah debra decebal dede dedë dee deema deep deepa deepak deepali deepika deepmala
deepshikha deepti defne deidre deirdre delbert delfim delfina delia delio della delmira delores deloris delphina
delphine demet demeter demetria demetrio demetrius demir dena denada denisa denise deniz dennis denys deolinda derek
derick derk dermot derrick dervish derya desideria desiderio desire desiree desirée desmond despina destiny detlef
detlev devendra devesh devi devin devinder devis devon devrim dewayne dewey dexter dezideriu dhanraj dharam dhian
dhimiter dhimitra dhimitraq dhimosten dhori dhurata diala diamantino dian diana dianna dianne dib dick dicky dicle
dida didar didem didier didina diederik diego diem diema dien dieneke diep dierk dieter dietlinde dietmar dietrich
dieuwke diftir dik dilan dilara dilaver dilay dilbagh dilber dilek dilip dillon dilschad dilshad dilys dilşad dima
dimas dimitri dimitrie dimphy dina dinand dinant dinara dineke dinesh dinh dini dinie dinis dino dinu diny dinçer
diogo dion dionisia dionisie dionisio dionne dip dipak dipankar dirce diren dirk diva divina divya dixie diğdem
djamel djamila djamschid djamshid djavad dmitri dmitrij dmitriy dmitro dmitry dmytriy dmytro doan doanh dobre
dobrita doca dochiţa dode doede doeke doetie doha doina doinita dolf dolly dolores dolors dolorès domenica domenico
dominga domingo domingos dominic dominick dominik dominika dominique domitília domnica domniţa dona donald donat
donata donatella donato dong donika donnie donovan doortje dora dorata doreen dorel dori dorian doriana doriane
doriano dorie dorien dorin dorina dorine dorinel doris dorit dorjan dorjana dorli dorota dorotea doroteo dorothea
dorothee dorothy dorothé dorothée doru doruk dory doug douglas douwe doyle doğa doğan doğukan draga dragan dragomir
dragoş drejtori drew dries drilon drilona drini driss drita dritan driton drăguţa duane duarte dudley dudu duilio
duke dulari dulce dulcie dule dumitra dumitru duncan dung dunia dunja duoc duong duran durim duriye durk durkje
durmuş dursun duru dustin duy duyen duygu duţu dwayne dwight dwijendra dylan dylaver dylbere dália dário déborah
désiré désirée dëfrim dëshira döndü döne dönüs dörte dörthe dündar dünya dürdane dănuţ dănuţa eamonn earl earnest
ebe eberhard ebony ebrahim ebru ebubekir ecaterina ece ecem ecenur eckard eckart eckehard eckhard eda edda eddie
eddy edelgard edeltraud edeltraut edgar edgard edgardo edi edibe edip edison edite edith ediz edlir edlira edmond
edmonda edmonde edmondo edmund edmundo edna edo edoardo edona edouard edris eduard eduarda eduardo eduart edurne
edvige edvin edward edwige edwin edwina edyta eef eefje eelco eelke eelkje efe efim efisio efkan eftimie egbert ege
egemen egidia egidio egisto eglantina egle egon egor ehsan eike eileen eissa ejona ejup ekaterina eke ekin ekkehard
ekrem ekta ela eladia eladio elaine elayathamby elbert elda eldon eleanor elefterie elena eleni eleodor eleonora
eleonore eleuterio elez elfi elfrida elfriede elham eli elia eliana eliane elias elida elide elidon elie eliette
elif elife eligio elijah elina eline elinor elio elira elis elisa elisabeta elisabete elisabeth elisabetta elisaveta
elise elisenda eliseo elisete eliseu eliverta eliza elizabete elizabeth elizaveta elize eljon eljona elke ella ellen
elli ellie elliot elliott ellis elly elma elmar elmas elmaz elmaze elmer elmira elodie eloi eloise elona eloy eloína
eloísa els elsa elsbeth else elsi elsie elsje elske elspeth elsy eltion elton elvan elvana elvin elvina elvio elvira
elvire elvis elwira elçin eléonore elías elísio elżbieta ema emad eman emanoel emanoela emanoil emanuel emanuela
emanuele emek emel emeline emeric emeterio emidio emiel emil emile emilia emilian emiliana emiliano emilie emilien
emilienne emilio emily emin emine emini emir emira emirjon emma emmanuel emmanuelle emmett emmi emmy emrah emre
emriye emrullah emsal emídio emília emílio ena enache encarna encarnación encarnação ender endri endrit enea eneida
enes engelbert engelien engin engjell engjellushe engracia engrácia enid enida enio enis enise enkel enkeleda
enkelejd enkelejda ennio eno enric enrica enrichetta enrico enrik enrique enriqueta entela enton enver enza enzo
epifanio eqerem erald eralda eraldo erand eranda erasmo eray erbil erblina ercan ercole ercüment erdal erdem erdener
erdinç erdit erdoğan eren ergin ergun ergys ergül ergün erhan erhard eric erica erich erick ericka erida erik erika
erin erina erind erinda eriola erion eriona eris erisa eriseld eriselda erjola erjon erjona erkan erkin erlinda erma
ermal erman ermanno ermelinda ermenegilda ermenegildo ermes erminia erminio ermir ermira ermonela erna ernest
ernesta ernestina ernestine ernesto ernie ernst erny erol eron eros ersan ersel ersela ersida ersilia ersin ersoy
ertal ertan ertuğrul ervehe ervin ervis ervisa erwan erwin esam esat ese esen esengül eser esin esma esmail esme
esmeralda esperanza esperança esra essam essedin essie esteban estefania estela estella estelle ester estera
esterina esther estibaliz estref estrela estrella etelca etelvina ethan ethel ethem etienne etiennette etleva etta
ettore eufemia eufimia eufrosina eugen eugene eugeni eugenia eugenie eugenio eugeniu eugeniusz eugeny eugène eugénia
eugénie eugénio eula eulalia eulalio eulogia eulogio eunice euphemia eurico eusebia eusebio eusebiu eustaquio
eustaţiu eutimio evan evangelina evangelista evantia evaristo eve evelien evelin evelina eveline evelio evelyn
evelyne everett evert evgen evgeni evgenia evgenij evgenija evgeniy evgeniya evgeny evgenya evi evis evisa evren
evrim ewa ewald ewan ewelina ewgenia eyad eylem eylül eyyüp eyüp ezequiel ezgi ezio ezzedin eşref fabian fabiana
fabiano fabien fabienne fabio fabiola fabjola fabrice fabrizia fabrizio fadel fadhel fadhil fadhila fadi fadia fadil
fadila fadime fadwa fady fadya fadıl fahd faheem fahim fahima fahmi fahmy fahrettin fahri fahriye faik faisal faith
faiz faiza fakhri falah falk falko fallah fanel fannie fanny faouzi farah farahnaz faraj faramarz faranaz fares
farhad farhan fari fariba farid farida faridah farideh farie faried faris farman farookh farooq farouk farrokh
farrukh farsad farshid farudin faruk faruque farzad farzana farzaneh farzin fatbardh fatbardha fateen fateh fatema
fatemeh faten fathi fathy fatih fatiha fatima fatimah fatime fatin fatina fatinah fation fationa fatjon fatjona
fatma fatme fatmeh fatmir fatmira fatos fatri fausta faustina faustino fausto fauzia fauziah fawad fawaz fawwaz
fawzi fawzia fawzieh fawzy fay faycal faye fayez fayiz faysal fayssal fayza fazila fazile fazilet fazli fazlı fazıl
fedai fedde fedele federica federico federíco fedir fedor fedora fehime fehmi feike feikje feim feisal fejzi fejzo
felice felicia felician feliciana feliciano felicidad felicidade felicisimo felicita felicitas felicity feliks
felipa felipe felisa felismina felix feliz felícia felício femi femke femmie femmy fenna fennie fenny ferah feras
ferat feray ferda ferdi ferdinand ferdinanda ferdinando ferdinant ferdos ferdous ferdynand fereshteh ferhan ferhat
ferial ferid feride feridun feriha ferihan feristah ferit fermina fermín fernand fernanda fernande fernando ferny
ferran ferruccio ferruh ferry fershteh ferudun feryal festim fetah fethi fethiye feti fetie fettah fetullah fevzi
fevziye feyza feyzi feyzullah fiammetta fida fidan fidel fidela fieke fien figen fikret fikri fikriye filiberto
filip filipa filipe filippa filippo filiz filloreta filofteia filoftia filomena fiodor fiona fioralba fioravante
fiore fiorella fiorentina fiorenza fiorenzo fiorina fiqiret fiqirete fiqiri firas firdevs firmin firmino firmo
firoozeh firouz firoz firuţa fisnik fitim fitnete fjodor fjoralba flamur flavia flaviano flavie flavien flavio
flaviu flavius floare floarea floor flor flora flore florea florenc florencia florencio florent florentin florentina
florentine florentino florenţa floresha florian floriana floriane floriano florica florika florin florina florinda
florindo florine florinel florinela floris florjan floyd flurina flutura foeke foekje fokje fokke fokko folkert fons
foppe foroogh forough forrest fortuna fortunata fortunato fosca fotini foto fouad fouzia fran franca francelina
frances francesc francesca franceschina francesco francette francien francine francisc francisca francisco
franciscus franciszek francky frank franka frankie franklin franky frans franz franziska françoise fraser frasina
frauke freda freddie freddy frederick frederico frederik frederique fredi fredrick fredy freek freerk frida fridolin
frieda friedbert friedel friedemann frieder friederike friedhelm friedrich friso frits fritz froukje frusina
frutuoso fryderyk fränzi frédéric frédérick frédérique fuad fuat fuencisla fuensanta fulden fulgencio fulvia fulvio
fulya funda furio furkan fyodor fátima félicie félicien félix füsun fănică fırat gabi gabino gabriel gabriela
gabriele gabriella gabrielle gabrieluta gabriëlle gaby gaetana gaetano gafita gafur gai gail gajana gale galia
galija galina galip galiya galja gallus galo galya galyna gamal gamze ganesalingam ganesh ganeshan ganga gani
ganimet ganna gaqo gareth garima garip garland garofiţa garrett garri garry gaspar gaspare gasper gaston gastone
gauri gautam gauthier gautier gavin gavina gavino gavril gavriliţă gavrilă gavrosh gayana gayatri gayle gaynor
gazanfer gazi gazmend gazmir gaétane gaël gaëlle gaëtan gea geanina gebhard geert geertje geesje geeske geeta geetha
geja geke gelsomina gelu gema gemma genaro genc genci gene generosa generoso geneva genevieve geneviève gennadi
gennadij gennadiy gennady gennaro genoveffa genoveva genowefa gent genti gentian gentiana gentjan gentjana geoff
geoffrey geoffroy georg george georgel georges georgeta georgette georgi georgia georgian georgiana georgica georgii
georgij georgina georgine georgiy georgy ger geraint gerald geralda geraldine gerard gerarda gerardina gerardine
gerardo gerardus gerben gerbert gerbrand gerco gerd gerda gerdi gerdie gerdien gerdy gerhard gerhild geri gerie
gerjan gerke gerlind gerlinde gerlof germ germa germaine german germana germano germán gernot gero gerolamo gerold
gerrie gerrit gerry gert gerta gerti gertie gertjan gertraud gertraude gertrud gertrude gertrudes gertrudis gerty
gervasio gerwin gesine gesuina geta ghada ghadah ghalib ghassan ghazal ghazi gheorghe gheorghi gheorghiţă gherasim
gherghina ghida ghina ghinwa ghiorghe ghiorghi ghiorghiţă ghislain ghislaine ghiwa ghizela ghiţă gholam gholam-reza
gholamreza ghulam gia giac giacinta giacinto giacoma giacomina giacomino giacomo giambattista giampaolo giampiero
giampietro gian gianbattista giancarla giancarlo giandomenico gianfranca gianfranco giang gianina gianluca gianluigi
gianmario gianna gianni giannina giannino gianpaolo gianpiero gianpietro giao giasone gideon giel giesela gigel gigi
gigliola gijs gijsbert gil gilbert gilberte gilberto gilda gildas gildo giles gillian gina gines ginetta ginette
ginevra ginger gino gioacchino gioconda gioia giordana giordano giorgia giorgina giorgio giosuè giovan
giovanbattista giovanna giovanni giovannina giovannino giovina girija girolama girolamo gisbert gisela gisella
giselle gislaine gisèle gita gitanjali gitta gitte giuditta giulia giuliana giuliano giulietta giulio giuseppa
giuseppe giuseppina giuseppino giustina giustino giusto gizem gjenovefa gjergj gjergji gjin gjinovefa gjok gjon
gjovalin gjyle gjystina gladys glauco gleb glen glenda glenn glenna glenys gloria glyn glynis glynn glória
gnanasekaran gobind godfrey godfried goffredo golnaz gonca gonda gonnie gonny gonzalo gonçalo gopal gopalarajah
goran gordon gottfried gottlieb gouri govert govind grace gracia gracie graciela graciete gracinda grady graeme
graham grahame gramoz grazia graziana graziano graziela graziella graça graţian graţiana graţiela grażyna greet
greetje greg gregg gregor gregoria gregorio gregory gregório gret greta gretchen gretel gretha greti griet grietje
grigor grigore grigori grigorie grigorii grigorij grigoriy grigory grischa griselda grisha grit grygorii grygorij
grygory grytsje grzegorz grégory guadalupe gualdino gualtiero gudrun guerino guerrina guerrino gugash guglielmina
guglielmo guido guilhem guilherme guilhermina guilhermino guillermo guitta gulab gulam gulnara gulshan gulzar
gumersindo gunaratnam gunaseelan gunda gundula gunhild gunjan gunmala gunnar gunter gunther gurbachan gurbaksh
gurbax gurbhajan gurcharan gurdarshan gurdeep gurdev gurdial gurdip guri gurinder gurjant gurjeet gurjit gurmail
gurmeet gurmej gurmit gurnam gurpal gurpreet gurwinder gustaaf gustav gustave gustavo gustaw guus guy guylaine
guylène guzel gwen gwenaël gwenda gwendolen gwendoline gwendolyn gwilym gwyn gwyneth gwénaëlle gérald géraldine
gérard géry gëzim gökalp gökay gökben gökhan gökmen göksel göksu göktuğ gökçe gönül görkem götz gözde gül gülay
gülbahar gülbeyaz gülcan gülce gülcihan güldal güldane gülden güldeniz gülderen gülen gülendam gülender gülengül
güler güleser gülfer gülfidan gülgün gülhan gülhanim gülhatun gülin gülistan güliz gülizar güller güllü güllüzar
gülnaz gülnur gülperi gülser gülseren gülseven gülsevim gülsüm gülsün gültekin gülten gülçin gülümser gülüstan
gülüzar gülşah gülşen günay gündüz güner güney güneş güngör günsel günseli günter günther güray gürcan gürhan gürkan
gürman gürsel güven güzide güzin haa habib habiba habibe habibollah habibullah habip hacer hacı hadi hadia hadice
hadil hady hafez hafida hafiz hafize hagen hai haidar haider haifa haifaa hailey haitham hajdar hajredin hajri
hajrie hajrulla hakan hakeem haki hakim hakima hakime hakkı hala hale haleema haley halide halil halim halima halime
halina halis halise halit halszka haluk hamad hamdi hamdiye hamdy hamed hameed hamid hamida hamide hamidiye
hamidollah hamidullah hamish hamit hamiyet hamood hamud hamza hamzeh han hana hanaa hanadee hanadi hanady hanan
hanane handan hande hang hanh hani hania hanife hanifi hanin hanna hannah hannan hanneke hannelore hannes hanni
hannie hanno hanns hanny hans hansjörg hansjürg hanspeter hansruedi hansueli hany hanım hao har haralambie harald
harbans harbhajan hardeep hardev hardip hardy hardyal hari hariharan harika harilla harillaq harinder harish
haritina harivender harjeet harjinder harjit harlan harley harm harma harmen harminder harmke harold haroon haroun
harpal harpreet harprit harrie harriet harrison harriëtte harry harsh harsharan harshita hartmut hartwig harun
harvey harvinder harwinder hary hasan hasbi haseeb hashem hashim hasib hasibe hasim hasina hasna hasnaa hasret
hassan hassanah hassib hassina hat hatay hatem hatice hatixhe hattie hatun hau hava havva haxhi haxhire hay hayam
hayat hayati haydar hayden hayder haydn haye hayet hayfa hayley hayrani hayrettin hayri hayriye hayrul hayrullah
haytham hazal hazbi hazel hazem hazim hazir haziz haşim heath heather heba hector hedda hedi hediye hedwig hedwige
hedy heena heera heide heidelore heidemarie heiderose heidi heidrun heidy heike heiko heiner heino heinrich heinz
heitor hektor hekuran helder heleen helen helena helene heleno helga helgard helge helidon helin helio heliodoro
hella hellen hellmut helma helmi helmie helmut helmuth helmy hema hemant hemlata henar hendra hendri hendrie hendrik
hendrika hendrikus hendrina henk hennadij hennadiy hennie henning henny henrie henrietta henriette henrik henrike
henrique henriqueta henriët henriëtte henryk henryka herb herbert herculano heribert herma herman hermann
hermenegildo hermien hermina hermine herminia herminio hermínia hermínio hernán hernâni herta hervé herwig herwin
hesham hessel hester hetem hettie hetty hiam hiba hicham hichem hicran hidajet hidajete hidayet hidde hieke hielke
hien hiep hieronim hieu higinio hikmat hikmet hilal hilaria hilario hilary hilbert hilbrand hilda hilde hildegard
hildegarde hildi hillary hillie hilly hilmar hilmi hiltje hiltrud hiltsje himadri himel himmet hind hinke hipolito
hipólito hiqmet hira hisham hiske hiyam hoa hoai hoan hoang hoc hocine hoda hodo hoe hoi holger holly holta homa
homaira homayoon homayoun homayun homeira homer hong honorata honorio hope horace horacio horaţiu horea horia horst
hortense hortensia horácio hosein hosni hossain hossam hossein houcine houda houssain houssam houssein howard
hristache hristu huan huberte hubertus huda hue hugh hugo hugues huguette hui huib hulda hulusi huma humam humayun
humberto hun hung hunter huong huri huriye hursut hurşit husain husam husayn husein husni hussain hussam hussein huu
huub huw huy huyen huynh hylke hyqmet hysen hysni héctor hélia héloïse hélène héléna hülya hümeyra hünkar hürriyet
hüsamettin hüseyin hüsne hüsniye hüsnü hüsnüye hıdır hızır iacob iain iancu ianos ibrahim ibtesam ibtihaj ibtisam
ibtissam ibtissem iciar ida idajet idalina ideal idlir idoia idrees idris idriz iet iftikhar iftimia igbal igino
igli ignace ignacia ignacio ignacy ignaz ignazia ignazio ignaţiu igor ihab ihor ihsan ihssan ijaz ikbal ikbale ikram
ila ilaria ilarie ilario ilarion ilda ildar ilde ildefonso ileana ilgın ilham ilia iliana ilie ilija ilio ilir ilira
iliriana ilirjan ilirjana iliya ilja iljaz ilka illya ilmi ilo ilona ilonca ilonka ilse iluminada ilva ilya ilyas
ilídio imad iman imdad imed imelda imer imke immacolata impress imran imtiaz ina inas inaya incoronata indalecio
inderjit indira indra indrakumar indrani indrit indu indu-bala ine ineke ines inesa inessa inez inga inge ingeborg
ingeburg ingelore ingo ingolf ingrid inka inmaculada inna innocenzo inocencia inocencio inocêncio intisar intissar
inácia inácio inès inés inês ioachim ioan ioana iolan iolanda iole ion ionaş ionel ionela ionelia ionică ioniţă
ionuţ iosef iosefina iosif iov iqbal iraida iraj irakli irek irena irene ireneusz irfan iria irida iride irimie
irina irinel irini iris irjat irma irmak irmgard irmhild irmtraud irmtraut irvin irving iryna irène isa isaac isabel
isabela isabell isabella isaia isaiah isaias isak isam isaura isida iside isidora isidoro isidra isidro isilda
iskandar iskander ismael ismahan ismail ismat ismet isobel isolde isolina israel issa issam istrate istref isuf
isăilă itala italia italo itziar itır iudita iulia iulian iuliana iuliu iulius iustin iustina iustinian iva ivan
ivana ivanca ivano ivo ivona ivone ivonne ivor ivy ivzi iván iwan iwona iyad iyadurai iyampillai iyathurai izabela
izabella izat izet izzat iñaki işık işıl işılay jaak jaap jabar jabbar jaber jac jacco jace jacek jacinta jacinto
jackie jacky jaclyn jaco jacoba jacobo jacobus jacolien jacoline jacquelien jacqueline jacquelyn jacques jad jada
jade jadwiga jafar jaffar jagbir jagdesh jagdev jagdish jagir jagjit jagmohan jagraj jagtar jahanara jai jaime
jaiveer jak jake jakob jakov jakub jakup jalal jale jalil jamal jameel james jami jamie jamiel jamil jamila jamilah
jamile jamshed jamshid jan jana janaq janelle janet janeta janette jani janica janice janick janie janina janine
janique janis janita janke janki janna janne janneke jannes jannet jannette jannie janny jans jantien jantina
jantine jantje jantsje janusz januário jany jaouad japke jappie jaqueline jared jarir jarnail jarno jaroslav
jaroslava jarosłav jarosław jarrod jas jasbir jasem jashar jasim jasmin jasmina jasmine jason jaspal jasper jassem
jassim jassir jasvinder jasvir jaswant jaswinder jatinder jaume javad javed javeed javid javier jawad jawdat jawed
jaweed jawid jaya jayanthi jayanti jayaram jayashree jayne jayshree jayson jean-claude jean-luc jean-marie jean-paul
jeana jeanet jeanette jeanie jeanine jeaninne jeannet jeannette jeannie jeannine jeannot jeanny jeen jef jeff
jeffery jeffrey jeffry jegatheeswaran jegor jehad jekaterina jelena jelle jellie jelly jelmer jelte jeltje jeltsje
jeni jenica jenifer jenna jenneke jennie jennifer jenny jens jerald jeremiah jeremy jergis jeri jermaine jeroen
jerome jeronimo jerri jerry jerzy jerónimo jess jesse jessica jessie jessy jesus jesusa jesuthasan jesús jeta jetmir
jetmira jetnor jeton jetske jettie jetty jetze jevgeni jevgenia jevgenij jevgenija jevgeniy jewad jewel jewgeni
jewgenij jeyachandran jeyakumar jeyakumaran jeyakumari jeyananthan jeyarajah jeyarani jeyaratnam jeyathevan jharna
jihad jihan jihane jikke jill jillian jimmie jimmy jinane jit jitske jitze jiwan joachim joan joana joann joanna
joanne joannes joaquim joaquina joaquín jocelyn jocelyne jochem jochen jodi jodie jody joel joep joeri joey joffrey
joga joginder johan johann johanna johannes johar johnathan johnnie johny joita joke jolanda jolande jolanta jole
jolene jolien jon jona jonas jonathan jonathon joni jonida jonilda jonuz joop joost jopie jordan jordi jordy jorg
jorgaq jorge jorgji jorgo jori jorida jorien joris jorrit jos jose joseba josee josef josefa josefien josefina
josefine joselyne josep josephine josette joshua josiane josie josien josif josine josse josseline jost josy josèphe
josé josé-maría josée josémaría joséphine jouke joukje joumana jovan joy joyce jozef jozefa joão joé joël joëlle
juan juana juanita jubran jude judite judith judy juhi jules julia julian juliana juliane julianne julide julienne
juliet julieta juliette julija julika julinda julio julita julius juliusz juliya julián juliëtte juljan julya jumana
jumanah juna june jur jurek jurgen juri jurij juriy jurjen jusra justa justin justina justine justino justo justyna
jusuf jutta juul juvenal jyoti jyotsna jérémie jérémy józef józefa jörg jörn júlia júlio jülide jürg jürgen kaan
kabal kabeer kabir kacper kader kadife kadir kadri kadrie kadriye kahraman kai kailasapillai kailash kais kaiss
kaitlin kaitlyn kala kaleb kallol kalo kalpana kalpna kalyan kalyani kamal kamala kamalanathan kamaljit kamber
kambiz kamel kamer kamil kamila kamile kamini kamla kamlesh kamran kamuran kanagalingam kanagarajah kanagaratnam
kanagasabai kanagasabapathy kanagasapapathy kanagasingam kanapathipillai kanapathy kanchan kandan kandasamy
kandavanam kandiah kanesadas kanesalingam kaneshadas kanesu kanika kanta kanthan kanthasamy kanthiah kanti kapil
kara karam karamjit karan kardelen kareem karel karem karen kari karien karim karima karin karina karine karla
karlheinz karlijn karma karnail karol karola karolina karoline karst karsten kartar karthigesu karuna karunakaran
kasem kasey kashif kashmir kasinathar kaspar kasper kassem kassim kastriot kasturi kasım katarina katarzyna katayoun
katelyn katerina kateryna katharina katharine katherine kathie kathirgamathamby kathirithamby kathleen kathrin
kathryn kathy kati katia katibe katie katja katleen katrien katrin katrina katy katya kaushal kaushalya kaushik
kavita kavitha kay kaya kayhan kayla kaylee kays kazem kazi kazim kazimiera kazimierz kazım kağan kees keida keisha
keith kelley kelli kellie kelly kelsey kelvin kemal kemalettin kenan kendall kendra kenneth kenny kent kerem keri
kerim kerri kerry kersten kerstin ketheeswaran keti kevan kevin kevser kewal kezban keziban kha khac khadija
khadijah khadijeh khadim khadra khai khaldoun khaldun khaled khalid khalida khalil khanh khoa khoat khodor khoi
khosrow khouloud khrystyna khulud khuong khurram khursheed khurshid kiara kibariye kien kieran kiet kieu kilian
killian kimberlee kimberley kimberly kimet kimete kinda kinga kingsley kinh kira kiran kiraz kiril kirill kirk
kirpal kirsten kirstin kirsty kirti kirubakaran kirupakaran kishan kitty klaas klaasje klara klarita klaske klaudia
klaudiusz klaus klazien kleanthi klemens klement klevis kliti kliton klodeta klodian klodiana klodjan klodjana
klotilda knut kobra koco koen koert kofi kokila kole koli konca konrad konstantin konstantyn konstanze koos kor
korab koray kordula korhan korkmaz kornelia kosta kostanca kostandin kostaq kostiantyn kostyantin kostyantyn kozeta
kozma krenar kreshnik krijn kris krishan krishna krishnakumar krishnamoorthy krishnan krishnapillai krishnasamy
krista kristaq kristel kristen kristi kristiaan kristie kristien kristin kristina kristine kristo kristof kristofor
kristopher kristy krystal krystian krystyna krysztof krzysztof ksenia ksenija kseniya ksenja ksenofon ksenya kubilay
kuddusi kudret kuganathan kugathasan kujtim kulbir kuldeep kuldip kulendran kulvinder kulvir kulwant kulwinder kumar
kumara kumarasamy kumaravelu kumaresu kumari kumkum kumud kundan kuno kurban kurt kurtuluş kusai kushtrim kussai
kusum kyle kylie kyrylo käte käthe käthi käthy köksal kübra kürşat kıvanç kıymet labib lacey lada ladan ladina
ladislau ladonna laetitia lai laila laith lakhbir lakhvir lakhwinder lakshmi lal lale laleh lalit lalita lalith
lalizar lam lama lamar lamberto lambertus lamia lamiaa lamiah lamine lamis lammert lammie lammy lamont lamya lan
lana landa landon lane lanfranco lang lanh lap lara larisa larissa larry lars larysa lata latasha latha latif latife
latika latisha latonya latoya laure laureano laurel lauren laurence laurens laurentino laurenţia laurenţiu laureta
lauretta laurette laurian lauriane laurie laurinda laurine lauro laurène lavdie lavdosh laverne lavinia lawrence
laxmi layal layla layth lazaro lazzaro lazăr laëtitia lea leah leana leanca leandro leann leanne lech leda ledi
ledia ledio ledion ledja leela leen leena leendert lefter lei leida leigh leila leith lejla lek leka leke lela
leland lelia lelio leman len lena leni lenie lenny lenora lenuţa leny leo leokadia leon leona leonard leonarda
leonardo leonardus leoncio leone leonel leonello leonhard leonid leonida leonidha leonie leonilde leonor leonora
leonore leonte leontien leontij leontin leontina leontine leontiy leopold leopoldina leopoldo leroy lesia lesja
lesley leslie lester lesya leszek lesław leticia letizia letiţia letteria letterio letty lev levent levi lew lex
leyla león lia liam lian liana liane lianne libera liberata liberato libero libertário liborio libânio libório licia
lida lidia lidie lidija lidiya lido lidwien lidy lieke liem lieneke lies liesbeth liesel lieselotte lieuwe lieve
ligia lila lili lilia lilian liliana liliane lilianna lilianne lilica lilija liliya lilja liljana lilli lillian
lillie lilly lily lilya liman lina linda lindita lindsay lindsey line lineke lingarajah lingeswaran linh lino
lionello lioubov liri lirie lirije lirim lisanne lisbeth lise liselotte liset lisete lisetta lisette liuba liubov
liudmila livea livia liviana livio liviu liz lizet lizeta lizette lizica ljuba ljubov ljudmila llambi llambro llazar
llazi llesh lloyd lluis lluisa lluka llukan loan lobke loc lodewijk lodovico loek loes logan loganathan logeswaran
lokman lola lolita longhin longin longina loni lonneke lonnie lookman lora lore loredana lorella loren lorena lorenc
lorene lorenz lorenza lorenzina lorenzo loreta loreto loretta lori loriana lorica lorie lorina loris lorna lorrie
lotfi lothar lotte lotti lotty louai louay loubna louie louisa louisette loulou lourens lourenço lowell loïc luai
luan luana luann luat luay lubna lubnah lubomir lubov luca luce lucette lucia lucian luciana luciano lucica lucie
luciea lucien lucienne lucila lucile lucilla lucille lucinda lucindo lucio luciën luciënne lucjan lucrezia lucreţia
lucrèce lucy lucyna lucía lucília luda ludger ludgero ludivine ludmila ludmilla ludmiła ludmyla ludo ludovic
ludovica ludovico ludovina ludwig ludwik ludwika luftar luigi luigia luigina luigino luigj luis luisa luise luisella
luiza luk lukas luke lula luljeta lulu lulzim lulëzim luma luminiţa lumturi lumturie luong lupa lupe lupu luqman
lurdes lutfi luther lutz luu luuk luz luzi luzia luís luísa lyalya lydia lydie lyle lyn lynda lyndsey lynette lynn
lynne lynnette lynsey lysbeth lysiane lyuba lyubov lyudmila lyudmyla léa léandre léna léo léonard léonce léone
léonie léontine léopold lídia lívio lúcia lúcio lütfi lütfiye lütfü lăcrămioara maaike maamoun maan maarten maartje
mabel mable macarena macario machiel machteld macide maciej mack mackenzie madalena madalin madalina maddalena maddy
madeline madelon madelyn madge madhav madhavan madhavi madhu madhu-bala madhubala madhulika madhumita madhuri
madison madjid madlen mae maeva mafalda magali magalie magda magdalena magdalene maged maggie maggy magomed maha
mahadevan mahalingam mahbube mahdi mahendra mahendran mahendrarajah maher mahesh maheswaran mahin mahir mahmod
mahmood mahmooda mahmoud mahmud mahmure mahmut mahnaz mahsa mahua maia maik maike maikel mair mairi maisie maisun
maisy maite maja majd majed majeed majid majida majidah majlinda makayla makbule makhach makhan makram maksim maksut
maksym mala malabika malakah malake malakeh malathi malcolm malek malik malika malinda malini maliq malkiat malkit
mallika mallory malo malou malte malti malva malvina malvinder mamadou mamdouh mamie mamoun mamta mamun manaf manal
manda mandeep mandica mandita mandy manel manfred mangal manh maninder manish manisha manivannan manja manjari
manjeet manjinder manjiri manjit manjola manju manjula manjulata manlio manmeet mannan manoharan manoj manol manola
manole manon manoochehr manoocher manorama manoranjan manouchehr mansoor mansoora mansooreh mansour mansoura
mansoureh mansur manu manucher manuela manuella manuelpillai manushaqe manzoor manzur mao mapril maqsood mar mara
maral marat marceau marcela marcelina marceline marcelino marcella marcelle marcellina marcelline marcello marcelo
marci marcia marcial marcie marcin marcolino marcos marcus marcy mareike marek maren marga margaret margareta
margarete margareth margaretha margarethe margarida margarido margarit margarita margaritha margaryta margaux
margery margherita marghioala margie margit margitta margje margo margot margreet margret margreth margriet margrit
margrith marguy maria-da-conceição maria-da-glória maria-de-fátima maria-de-lurdes maria-do-carmo maria-do-rosário
mariadaconceição mariadaglória mariadefátima mariadelourdes mariadelurdes mariadocarmo mariadorosário mariah
marialuisa mariam marian mariana mariangela marianna marianne mariano marianthi maribel maricel maricela maricica
marie-pierre mariea marieke mariel mariela mariella marielle mariet marietje marietta mariette marij marija marije
marijke marijn marika marike marilena marilyn marilyne marimuthu marina marinca marinel marinela marinella marinette
marinică marinka marino marinus marisa marisca mariska marisol marissa maristella marit marita maritta mariuccia
marius mariusz mariya mariël mariëlla mariëlle mariët mariëtte marja marjan marjana marjanne marjeta marjo marjola
marjolein marjolijn marjon marjorie marjory markandu markelian marko markus marla marleen marlen marlene marlie
marlies marliese marlin marlis marlise marloes marlon marlous marly marlyse marlène marnix maroon marouan maroun
marrie marry marsel marsela marsha marshall marsida mart marta marten martha marthe martial martien martijn martina
martinho martino martinus martje marty martyn martyna martín maruan marun marvin marwa marwan maryam maryann
maryline marylène maryna maryse maryvonne marzena marzia marzieh marzio marziyeh maría maría-de-la-concepción
maría-de-los-ángeles maría-del-carmen maría-del-mar maría-del-pilar maría-del-rosario maríadelaconcepción
maríadelcarmen maríadelmar maríadelosángeles maríadelpilar maríadelrosario marília mascha masha masja mason masood
masoomeh masoud masouma masoumeh massimiliano massimo massoud massouda massouma massoumeh massud massuda massumah
massumeh masud masuda masuma masumah masumeh matei mateo mateus mateusz mathew mathias mathijs mathilde mathivannan
mathé matias matilda matilde mattea matteo matthew matthias matthieu matthijs mattia mattie matty matvei matylda
matías maud maude maura maureen maurice mauricette mauricio maurits maurizia maurizio mauro maurus maurício mavis
maxence maxim maximiano maximilian maximiliano maximilien maximina maximino maxine maxwell maxíma maxímo maya mayke
mayra maysa maysam maysoon maysoun maysun mazen mazhar mazin maël maëlle małgorzata meagan mecbure mechthild
mechtild mecit medet mediha medine meena meenakshi meenu meera meeta mefail meg megan megha meghan meghana mehar
mehdi mehmet mehran mehrdad mehrnoush mehtap meike meindert meine meinrad mel melahat melania melanie melba melchior
melchor melda melehat melek meleqe melih meliha melihat melika melike melinda melis melisa melissa melitta melle
melody meltem melvin melvyn memnune menderes menekşe menno meno mensur mentor menşure meral mercan mercedes mercè
meredith merel mergim meri meriam merih merita meriç merle mersin mert mertcan merve mervyn meryem meryl messaouda
mesude mesut meta mete metehan metin mevlan mevlüde mevlüt mexhit mia mian micael micaela micah micha michael
michaela michail michailo michalina michaylo michaël michał micheal michela michelangelo michele michelina micheline
michelino michelle michiel michèle mick mickael mickaël mickey mico micol mieczysław mieczysława mieke mientje miep
mies migena miguel mihael mihaela mihai mihaiela mihail mihaila mihaiu mihal mihallaq miho mihriban mihrican mihăiţă
mikael mikail mikel mikhail mikhailo mikhaylo mikola mikolaj mikołaj miktat mila milad milagros milaim milana
mildred milena miles milian milica milly milo miltjadh milton miluţă milva milvia mimi mimoza mina minakshi mindy
minella minerva minh minire minke minne minnie minodora minushe miny mioara miquel mir mira miranda mirash miray
miraç mircea mircela mirco mirdash mireia mireille mirel mirela mirella miren miria miriam mirian mirjam mirjan
mirjana mirjeta mirko mirlinda miron miroslav miroslava mirosław mirosława mirta mirte miruna mirvat mirvjen mischa
misty misu mita mitat mitch mitchell mithat mithilesh mithlesh mitică mitra mitru miłosz modesta modesto mohamad
mohamadou mohamed mohammad mohammadou mohammed mohan mohanathas mohinder mohini mohsen mohsin mohssen moin moira
moise moisi moisés mojgan mojtaba mollie molly mona monah mong monia monica moniek monika monique monisha monserrat
montse montserrat monty morad morag morena moreno morgane moritz morris morteza mosa moses mostafa moufid mouhamad
mouhamed mouhammad mouhammed mouin mouloud mouna mounah mounia mounir mounira mourad mousa moussa moustafa mouzaffar
moïse mridalini mridula mrinal mualla muamar muammar muammer muayad muazzez mubarak muchtar mufid muguette mugur
mugurel muhamad muhamed muhamet muhammad muhammed muhammer muhammet muharem muharrem muhedin muhittin muhsin muhsine
muhterem muhyiddin mui muin mujo mukadder mukaddes mukades mukhtar mukhtiar mukta mukul mumtaz muna munawar muneer
muneera munib munir munira murad muraleetharan murat muriel murielle murray murugan murugesu musa mushtak mushtaq
musli mustafa mustapha mutasem mutazz muthaih muthiah muthu muthukumaru muthuthamby mutlu muwafak muwaffak muzaffar
muzaffer muzzaffar myfit myftar mykhailo mykhajlo mykhaylo mykola mylvaganam mylène mynevere mynyr myra myriam myrna
myron myroslav myroslava myrta myrte myrteza myrtha myrtle myrto myslym myzafer myzejen mário máximo mégane mélanie
mélinda mélissa mélodie mónica mücahit müfit müge müjdat müjde müjgan mükerrem mülkiye mümin münevver münir münire
mürsel mürsüde mürvet mürüvvet müslüm müyesser müzeyyen müşerref măricuţa mărioara nabeel nabeela nabih nabil nabila
nabilah naci naciye nada nadarajah nadarajan nadarasa nadeem nadeer nadejda nader nadezhda nadhim nadia nadide
nadija nadim nadine nadir nadira nadirah nadire nadiya nadiyah nadiye nadja nadjia nadya nadège naeem naeema nael
nafi nafije nafisa nafissa nafiye nafiz nagalingam nagamany nagamuthu nagan nagarajah nagehan nageswaran nageswary
nagi nagib nagihan nagy nahed naheed nahid nahida nahide nahil nahit nahla nahlah nail naila naile naim naima naime
naina najada najah najat najeebullah naji najia najib najiba najibullah najim najla najma najwa nakuleswaran nalan
nalini nallathamby nalliah nam namik namita namık nanam nanda nandan nandini nandita nando nanette nang nani nanne
nanny nanthakumar naomi napolon nara narayan narcis narcisa narciso narcisse narender naresh narges nargis nariman
narin narinder narmin nasar nascimento naseem naseema naseer naser nasi nasibe nasim nasima nasir nasra nasreen
nasrin nasrine nasser nassim nassir nassrin nastase nastasia nastja nastya natacha natale natalia natalie nataliia
natalija natalina natalino natalio natalita nataliya natalja natalya natascha natasha natasja nataşa nathalie nathan
nathaniel natividad natividade natália natércia naum naun navaratnam navdeep naveed naveen navid navtej nawal nawaz
nayla nayma naz nazan nazanin nazar nazareno nazario nazaré nazdar nazeer nazif nazifa nazife nazih naziha nazik
nazim nazime nazir nazire nazlı nazmi nazmije nazmiye nazzarena nazzareno nazım ndriçim ndue neacsa neaga neagu neal
nebahat nebi nebiha necat necati necdet necibe necip necla necmettin necmi necmiye neculae neculai neculina neda
nedaa nedal nedelcu nedelea nedia nedim nedime neela neelam neelima neelofar neeltje neelu neena neera neeraj neerja
neeru neeta neeti neetu nefise neha nehat nehir neil nejat nejdet nejla nel nela nelda neli nelica nelja nella
nelleke nelli nellie nello nelly nelson nelu nelya nemesio nerea nereo nergis nergiz neriman nerina neritan nermin
nertil nertila nesat neshet nesibe nesim neslihan nesrin nesrine nessrine nesta nesti nestor neta nettie netty neus
neval nevide nevila neville nevim nevin nevio nevra nevrie nevruz nevzat newroz nexhat nexhi nexhip nexhmi nexhmie
neyla nezahat nezaket neziha nezihe nezir neziye neşe neşet nga ngan nghi nghia nghiem ngoc nguyet nha nham nhan
nhat nhi nhieu nhu nhuan nhung nhuong niall nibal nic nicanor nicasio nichita nichola nicholas nichole nickolas
nicky nicla nico nicoară nicol nicola nicolaas nicolae nicolai nicolaie nicolasa nicolay nicolet nicoleta nicoletta
nicolette nicolien nicolina nicoline nicolino nicolita nicolle nicolás nicolò nicu niculae niculai niculaie niculina
niculiţa nicuşor nică nida nidaa nidal nidhi niek niels nienke nieves nigar nigel nihad nihal nihan nihat nik nika
nikhil nikita nikki niklaus niko nikola nikolai nikolaj nikolaus nikolay nikolin nikoll nikolla nikollaq nikula nil
nilay nileema nilgün nilofar niloofar niloufar nils nilüfer nima nimalan nimet nina ninel nineta ninfa nino nirmal
nirmala niroji niroy nisar nisha nishan nishi nisrin nisrine nistor nives niyazi nizam nizamettin nizar niğmet niţa
njazi noah noel noelia noelie noelle noemi noemí noha nokta nolan nolwenn nona noor noori nooria nooriya noortje
nora norah norbert norberto noreen noria norica norina noris norma norman noud nouha nouhad nour nour-eddine noura
noureddine nouri nouria novel novella novruz noémia noémie noëla noëlla noëlle nuh nuha nuhad numan nuno nunzia
nunziata nunzio nupur nur nural nuran nuray nurbanu nurcan nurdan nurdane nuredin nurettin nurgül nurhan nurhayat
nuri nuria nurie nuriye nuro nursel nurten nurul nurullah nurşah nurşen nusrat nusret nusrettin nutan nuţa nuţi nuţu
nynke nysret nélia nélida nüket oana oanh obdulia octave octavia octavian octavie octavio octávio océane odeta odete
odetta odette odile odise odília ofelia ofélia ogün okan oksana oktay olaf olavo olcay oleg olegario oleh oleksander
oleksandr oleksandra oleksey oleksii oleksij oleksiy olena olesia olesja olessia olessja olessya olesya olexander
olexandr olexandra olexiy olga olgerta olgierd olguta olha olimpia olimpiu olinda olindo oliva olive oliver olivia
oliviero oliviu olivo ollie olsi olta oltion oltjana oltjon olwen olya olímpia olímpio olívia omaima omar ombretta
omeed omer omero omid omied onat onelia onkar onno onofrio onorel onorica onorina onur opal ophélie oprea oprica ora
orazia orazio orest oreste orfeo orges orhan oriana oriano orietta oriol orjola orkide orkun orlanda orlando ornela
ornella oronzo orsola orsolina ortansa ortanta ortenzia ortrud orville orçun osama oskar osman ossama osvaldo oswald
otello othmar otilia otis otmar ottavia ottavio ottilia ottilie ottmar otto ottorino otylia otília oumaima ousama
oussama ovidia ovidio ovidiu owen oxana oya ozan ozra oğuz oğuzhan pablo padma paige pajtim pakize pal palaghia
pallavi palma palmira palmiro palmyre paloma palwinder pam pamela pamfil panait panajot pandele pandeli pandelica
pandi pankaj pantaleo pantelie pantelimon paola paolina paolino paolo paramalingam paramasivam parameswaran
parameswary paramjit paramsothy paraschiva pardeep paride parijat parimal parisa parissa parkash parminder parmjeet
parmjit parmod parul parvaneh parvati parveen parvez parvin parvinder parviz pascale pascaline pascalle pascu
pascual pascuala pashk pashko pasqua pasquale pasqualina pasqualino pasquina pasupathy pat pathmanathan pathmini
patric patricia patricio patrick patrik patrizia patrizio patrocinio patrocínia patrocínio patrycja patrícia
patrício patsy patti pattie patty paula paule paulette paulica paulien paulin paulina pauline paulino paulo paulus
paun pauna pavel pavli pavlina pavllo pavlo pawan pawel paweł payam paz pearl pedro peer peet pegah peggy pejman
pelin pelivan pellegrino pembe penelope penny pepijn peppino percival percy perfecto perihan perikli perlat permin
perrine perry pertef pervez pervin pete petek petr petra petrache petraq petre petrea petri petria petrică petrika
petrit petrişor petro petronella petronilla petroniu petru petrus petruţa peyman peyton phan phat phi phil philemon
philip philipp philippa philippe phillip philomena philomène phoebe phong phu phuc phung phuoc phuong phyllis pia
piedad piedade pier piera pierangela pierangelo pierantonio piergiorgio pierina pierino pierluigi piero pierpaolo
pierrette pierrick piet pieta pieter pieternel pietje pietra pietrina pietro pietsje pilar pim pina pino pinto
pinuccia pio piotr pirabakaran pirmin piro pirro pius pjeter pjotr placido platon plácido polat policarpo polikron
polina polixenia polly pompei pompeo pompilia pompiliu ponnaiah ponnambalam ponnampalam ponniah ponnudurai ponnusamy
ponnuthurai pooja poonam pooyan porfirio porfírio pouyan prabha prabhat pradeep pragya prakash pramila pramod
pranvera prasad prasanta prashant pratap pratheep pratibha pratima praveen pravit prazeres preciosa preet preeti
prem premakumar premkumar presentación preston pricop primitiva primitivo primo prisca priscilla priscillia priska
pritam priti priya priyanka prmod profira promila prudencia prudencio przemek przemysław puck puica puiu punit
purantharan purificación purificação pusa pushpa puvaneswaran puyan pyotr pëllumb përparim pınar qadeer qadir qais
qaiss qamar qamil qamile qani qasem qassem qazi qazim qemal qenan qendro qerim qirjako quan quang queenie quentin
quinten quinto quirino quoc qusai qusay qussai quy quyen quyet quynh raafat rabab rabee rabia rabiaa rabiah rabie
rabih rabindra rabiye rachael rachel rachele rachelle rachid rachna rada radha radhika radita radosław radosława
radu raducan raducanu raducu radwan rae raed rafa rafaat rafael rafaela rafah rafat rafał rafet raffael raffaela
raffaele raffaella raffaello rafi rafie rafif rafik rafila rafiq ragavan ragbir raghda raghdah raghid raghida
raghidah ragini ragip rahel rahim rahima rahime rahman rahmatullah rahmi rahul raid raif raimond raimonda raimondo
raimund raimundo rainer raisa raissa raj raj-pal raja rajadurai rajah rajakumar rajalingam rajan rajaratnam
rajathurai rajbir rajeev rajender rajendra rajendram rajendran rajesh rajeshwar rajeshwari rajeswary raji rajinder
rajiv rajkumar rajmond rajmonda rajmund rajni rajshri raju rajvinder rajwant rajwinder rakesh rakhee rakhi rakip
rakipe ralda ralf ralph raluca ram rama ramadan ramalingam raman ramana ramanan ramanathan ramayya ramazan ramesh
rameshan rami ramil ramin raminder ramiro ramiz ramkumari ramo ramon ramona ramy ramzi ramzy ramón rana ranbir rand
randa randah randal randall randi randolph randy ranganathan ranganayaki rani rania ranjan ranjana ranjeet ranjeeta
ranjini ranjit ranjith ranu ranvir raouf raoul raphael raphaela raphaël raphaëlle raquel raquelina rasa rasaiah
rasalingam raschid rasha rashad rasheed rashid rashida rashmi rashpal rasiah rasim rasu rasul ratan rathy ratna
ratnabali ratnam ratnasingam rattan rauf raul raveca raveendran raven ravendran ravichandran ravil ravinder
ravindran rawail rawan rawia raya raymond raymonde rayya razan razi razia razieh razija raziye raziyeh razzak razzaq
raúl raşit reba rebeca rebecca rebekah rebekka recai recep reda redha redi redona redouane reem reema reena reeta
refat refik refika refiye reghina regina reginald regine regis regula rehan rehana reimund rein reina reinaldo
reinder reiner reinhard reinhardt reinhild reinhilde reinhold reinie reinier rejane rekha remco remedios remigio
remigiusz remko remo remon remus remy remzi remziye rena renaldo renat renata renate renato rene renee rengin rennie
renny rens renske renu renuka renza renze renzo rené renée resa resham reshat reshit reshma resmi resmiye resul reto
reuben reveica rex rexhep reyes reyhan reynald reynaldo reza rezan rezana rezart rezarta rezzan reşat reşit rhian
rhona rhonda ria riad riadh rian rianne riaz rica ricard ricarda ricardina ricardo riccardo richa rick rickey rickie
ricky rico rida ridha riead riek riekie riekje rieky rienk rients ries riet rietje rifaat rifat riffat rihab riham
rihan rihana rik rika rikie riley rim rima rimah rimma rina rinaldo rineke rini rinie rino rinse rinske rinus riny
rinze riste risto rita ritu ritvan riyaad riyad riyadh riza rizwan riëtte rob robbert robbie roberta roberte roberto
robina robyn rocco rochelle rocky rocío rod roderick rodger rodica rodney rodolfo rodolphe rodrigo rodrigue roel
roeland roelf roelie roelien roelof rogelio roger roghieh rogier rogér rogério rohini rokhaya rola roland rolande
rolando rolf rolland roma romana romane romanita romano romelia romen romeo romesh romeu romica romilda romina
romolo romuald romualda romualdo romulus romy román ron rona ronak ronald ronan ronda ronnie ronny rony roos
roosevelt roqhaia roque rory rosa rosalba rosaleen rosalia rosalie rosalina rosalind rosalinda rosalinde rosalyn
rosalía rosamaria rosamund rosana rosangela rosanna rosanne rosaria rosario roseann rosel roseline rosella roselyne
rosemarie rosemary rosendo roser rosetta rosette roshan roshni rosi rosie rosina rosine rosita rosmarie rosolino
ross rossana rossano rossella rostislav rostyslav roswitha rosy rosária rosário rouba roula rouslan rouzbeh rovena
rowena rowland roxana roxane roxanne roya royce roza rozalia rozbeh rozeta rozina rrapush rrustem ruba ruben rubi
rubina ruby rubén ruchi ruchika rucsandra rudi rudie rudina rudolf rudolph rudy ruedi rufina rufino rufus ruggero
ruggiero ruhan ruhi rui rukhsana rukiye rukmani rula rumen rumeysa runak rupa rupert rupinder rusanda ruslan ruslana
russell rustam rustem rusty rute rutger ruth ruthie ruud ruurd ruwaydah ruxanda ruxandra ruzhdi ryad ryan ryanne
ryszard ryszarda réginald régine régis réjane rémi rémy róża rösli rösly rüdiger rümeysa rüstem rüveyda rüştü răzvan
rıdvan rıfat rıza saaba saad saadet saadettin saadi saadia saara saba sabah sabahat sabahattin sabapathipillai
sabaratnam sabatino sabato sabaudin sabbir sabesan sabiha sabin sabina sabine sabino sabir sabire sabit sabiye sabri
sabria sabrie sabrina sabriye sacha sachin sacide sad sadat saddam sadedin sadek sadeq sadet sadete sadettin sadhana
sadhna sadi sadia sadie sadig sadije sadik sadiya sadiye sadri sadullah sady sadık saeed safa safa-aldin safaaldin
safdar safet saffet safia safiye safta sagrario sahar saher sahib sahire sahra saibe said saida saide saied saif
saim saime saimir saimira sajda sajid sajida sajjad sajjan sajjid sajmir sajmira sake sakine sakineh sakir sakire
sakthivel salah salaheddine salahuddin salam salama salamah saleem saleh salem sali salih saliha salihe salil salim
salima salime sallie sally salma salman salome salomeia salomia salomé salud salvador salvadora salvatore salvatrice
salwa sama samah saman samantha samar samedin sameer sameh samer samera samet sami samia samih samiha samina samir
samira samirah samita sammie sammy samson samudra samuel samuele samy samya sana sanaa sanah sanda sandeep sandel
sander sandhu sandhya sandie sandra sandrine sandro sandu sandy sanem sangeeta sangita sanie saniye sanjay sanjeev
sanjiv sanjukta sanjulata sankar sanne santa sante santhakumar santhirasegaram santi santiaga santiago santina
santino santo santokh santos santosh santoshi sapna sara sarabjit saraswati saravanabavan saravanamuthu saray
sarbjit sardar sare sari sarika sarita sariye sarla sarlota sarmad sarmila saroginidevi saroj saroja sarojini sarp
sarwan sascha sasha sasikaran sasikumar saskia sathananthan sathasivam satheeskumar sathiyaseelan sati satinder
satish satkurunathan satnam satpal sattar saturnina saturnino satwant satwinder satya satyajit satılmış sau saul
saundra sauro sava savannah savaş saveria saverimuthu saverio saveta savina savino savita savitri savu sawsan sayd
sayda sayde sayed sayeed sayeeda sayf sayyid sayım sazan sazime scarlat schahin schahnaz schantin schirin scotty
seamus sean sebahat sebahattin sebastiaan sebastian sebastiana sebastiano sebastián sebastião sebiha sebiye
secondina secondo secundino seda sedat seddigheh sedef sedighe sedigheh seead seema seeta seevaratnam sefa sefedin
sefer segunda segundo seher seit sekhar selahattin selahittin selam selamet selami selaudin selay selcan selda selen
selena selim selime selin selina selladurai sellam sellan sellapah sellaph sellar sellathurai selliah selma selman
selmin selvadurai selvakumar selvamalar selvanathan selvarajah selvaraju selvaratnam selvendran selver selvet selvi
selvinaz selçuk sema semanur semen semih semiha semir semira semiye semra sena sencer senem seniha senthilkumaran
senthilvelu sepideh sepp septimiu serafim serafin serafina serafino seraina serap seray serban sercan serdal serdar
seren serena serenella sergei sergeij sergej sergey serghei sergi sergii sergij sergio sergiu sergiusz sergiy
serguei serguey serhan serhat serhii serhij serhiy serin serkan serpil serra sertan sertaç servet sesto seth
settimio settimo seval sevastian sevastiţa sevcan sevda sever severiano severin severina severine severino sevgi
sevgin sevil sevilay sevim sevinç seviye sevli sevtap sewa seweryn seydi seyed seyfettin seyfi seyfullah seyhan
seyit seyran seza sezai sezen sezer sezgin sezin seçil seçkin shaban shabana shabbir shabeer shabhavi shabir shadi
shadia shady shadya shafeeka shafik shafika shafiq shafiqa shaghayegh shahab shaheen shahen shahid shahien shahin
shahla shahnaz shahram shahriar shahrokh shahrzad shail shaila shailee shailendra shaimaa shakeel shakeela shaker
shakil shakila shakir shakira shakoor shakti shakuntala shala shalini sham shameen shameena shamil shamim shamin
shamina shamsher shan shana shane shankar shanmugalingam shanmugam shanna shannon shanta shanti shanti-devi
shantimitra shaqir sharad sharaf sharan sharda shari sharif sharifa sharifah sharmila sharmistha sharokh sharon
sharron shashi shashi-kala shashi-prabha shatha shaun shauna shawki shawn shawna shawqi shazia sheela sheema sheena
sheetal shefali shefik shefki shefqet sheila shekhar shelagh shelby sheldon shelia shelley shelly sheme shemsi
sheree shereen sheri sherif sherman sherri sherrie sherry sheryl shezai shikha shila shilpa shima shirin shirine
shirley shivani shkëlqim shkëlzen shobha shobhna sholeh shona shpend shpresa shpëtim shqipe shqiponja shraddha
shreekant shri shruti shubha shubhra shukri shweta shyam shyamal shyamala shyamapada shyqiri shyqyri siad sian sibel
sibylle sică sidi sidki sidney sidonie sidor sidónia sidónio siebe siebren siegbert siegfried sieglinde siegmar
siegmund siegrid siem siep siepie sierra sieta sietse sietske sietze siglinde sigrid sigrun sigurd sihaam siham
sijke sikke silke silva silvan silvana silvano silverio silvestre silvestro silvestru silvia silvian silvica silvie
silviea silvina silvino silvio silviu silvério sima siman simarjit simge simin simina simion simona simone simonetta
simonne simão sina sinan sindy sinem singarajah singaratnam sinh sinnadurai sinnappu sinnarajah sinnathambi
sinnathamby sinnathurai sinniah siny siobhan sipke sippie siri sirio siro sirvan sirwan siska sisto sita sitanath
sithamparapillai sittampalam siva sivabalan sivagnanam sivaguru sivagurunathan sivaji sivajini sivakumar sivakumaran
sivakurunathan sivalingam sivanantham sivananthan sivanathan sivanesan sivapatham sivarajah sivasamy sivasubramaniam
sivasundaram sivathas sivine sixto sjaak sjaan sjan sjef sjirk sjoerd sjon sjors sjouke sjoukje skerdilaid skyler
skënder slava slawa slim smaranda smita smriti sneh sneh-lata sneha snehlata snezhana soad soan sobha sobhi sobhie
socorro sofia sofian sofiane sofica sofie sofiya sofiţa sofokli sofya sofía soghra soha sohad sohail sohaila sohan
soheil soheila soheir sohrab soizic sokol sokrat solange soledad soledade solmaz solène som soma somasundaram somia
somnath sona sonal sonali sonay sondra soner song songül sonia sonila soniya sonja sonsoles sonya sooad sooriyakala
soosaipillai sophia sophie sora sorana soraya sorica sorin sorina sorinel sotir sotiraq souad soudabeh souha souhail
souhair souheil souheila souheir soultana soumen soumia soumitra souraya sousan souzan spartaco spartak spencer
speranta speranza spiridon spiro spiru sri sriharan srikanthan srini srinivas srinivasa sriskantharajah sritharan
stacey staci stacie stacy stan stana stanca stanciu stancu stanel stanislao stanislas stanislav stanislava stanislaw
stanisław stanisława stanley stas stavri stavrica stavro steef steeve stef stefaan stefan stefania stefanie stefano
steffen steffi stela stelian steliana stelica stella steluţa stepan stephan stephanie stephen stere sterea sterian
steriana sterica sterling steve steven stewart stijn stilian stoian stuart stéphan stéphanie stănică suad suada suat
suayip subaskaran subha subhas subhash subhendu subhi subhra subramaniam subramanian subramaniyam subrata sucha
sucheta suchitra sudarshan sudesh sudeshna sudha sudhir sudipta sue suela sufia sufian sufiya sufyan sugata suha
suhad suhail suhair suhasini suhayl suhayla suhayr suheil sujata sujit sukhbir sukhder sukhdev sukhjinder sukhpal
sukhvinder sukhwant sukhwinder sukla sulaiman sulayman suleiman sulejman sulekha sulo sultan sultana suman sumathy
sumati sumaya sumayya sumeeta sumit sumita sumitra summer suna sunanda sunay sundaralingam sundaram sundarampillai
sundralingam sunetra sunil sunita suniti suphi suphiye suppiah suraj suranjan surat suraya surekha surender suresh
sureshkumar sureskumar surinder surjeet surjit suruchi surya suryo susan susana susann susanna susannah susanne
susete sushil sushila sushma susi susie susmita sussan susy sutapa suthakaran sutharshan sutharshini suu suy suzan
suzana suzanna suzanne suzete suzette suzy sven svenja sveta svetlana sviatoslav svitlana svyatoslav swapan swapna
swarn swaroop swati sweety swen sweta swetlana sybille sybren sydney syed syeda syle sylke sylvain sylvaine
sylvester sylvette sylvia sylviane sylvie sylvère sylwester sylwia syrja sytse sytske szczepan szymon sébastien
ségolène sérgio séverine sînziana sónia sönke sönmez sören süha süheyla süleyman sümeyra sümeyya sümeyye süreyya
sürmeli săndica sıddıka sıdıka sıla sırrı sıtkı sławomir sławomira tabatha tabea tabitha tacettin tache taciser taco
tadeusz tafil taghi taghrid taha tahar taher tahera tahere tahereh tahir tahira tahire tahmeena tahmina tahsin tai
taisia taisier taisija taisir taisya tajar tajinder talal talat talib talip tam tamara tamer tami tamika tamim tamir
tammi tammie tammy tan taneja taner tang tanguy tania tanisha tanja tanju tanner tansu tanta tanuja tanush tanveer
tanvier tanvir tanya tao tapan tapas tapash tapasi tapati tara taras tarcisio tarek tareq tarik tariq tarkan tarlan
tarlochan tarsem tarun tarık tasha tat tatiana tatjana tatyana taufik taufiq taulant tawfik tawfiq tayfun taylan
taylor tayseer taysir taşkın tea teake tecla ted teddy tefik tefta teja tejvir teki tekin tekmile telemak telli
telma telmo temel tenzile teo teodor teodora teodoro teodosia teofil teofila teofilo teoman terence teresa teresina
teresio teresita tereza terezia teri terrance terrell terrence terri terrie terry teslime tessa tetiana tetjana
tetyana teun teunis teus teuta tevfik tha thac thach thaddeus thai thambiah thambimuthu thambipillai thambirajah
thambo thambu thamotharampillai thampiah than thanabalasingam thanas thanendran thang thangarajah thangavadivel
thangavelu thanh thao tharmakulasingam tharmalingam thavarajah thavarasa thavaseelan thayalan thayaparan thea thekla
thelma theo theodhor theodoor theodor theodora theodore theodorus thera theres theresa therese theresia theun
thevarajah thi thiagarajah thibaud thibault thibaut thien thierry thiet thijs thillaiampalam thilo thin thinh thiong
thiru thirukumar thirunavukkarasu thiyagarajah thiyakarajah tho thoa thom thoma thomas thong thorsten thouraya thu
thuan thuc thung thuong thuraiappah thuraiappiah thurairajah thuraisamy thuraisingam thuraya thurayya thuy thuyen
théo théodore théophile thérèse tia tiago tiberia tiberiu tibério tiemen ties tiet tiffany tijen till tilly tilo
timmy timo timofei timofej timofey timoteo timothy timothée timur timuçin timóteo tin tina tinca tincuta tine tineke
tinh tini tinie tino tinus tiny tiphaine titel titi titia titiana tito titu titus tiziana tiziano tiţă tjeerd tjerk
tjitske tjitte toader toan tobias toby todd tofayl toine tolga toli toma tomas tomasa tomaso tomasz tomisław tomita
tommasina tommaso tommie tommy tomor tomorr tomás tong toni tonia tonin tonino tonnie tonny tonya toon toos torben
tori toribio torsten tosca tosun toufic toufik tracey traci tracie tracy traian tram tran trandafir trandafira trang
traugott travis trea trees trent trenton trevor tricia trienke trieu trifan trifon trijnie trijntje trina trinh
trinidad trinidade trinity tripta tripti trisha tristan tritan trix trofim trong troy tru trudi trudie trudy trung
truong truus trëndelina tuan tuba tudor tudora tudorache tudorel tudorina tudoriţa tufan tugay tullia tullio tulsa
tuna tunahan tunay tuncay tuncer tung tunç tuong turan turgay turgut turhan tuy tuyen tuyet tuğba tuğrul tuğçe twan
tyler tyrone tyson tânia tülay tülin tülün türkan türker tănase ubaldo udaya udo ueli ufuk ugo ujjal ukë ulaş
ulderico ulf uli ulisse uliya ulja uljana ulla ulli ullrich ulrich ulrike ulvi ulviye ulyana uma uma-devi umar
umashankar umbelina umberto umesh umid umur umut una undine upinder uran urban urbano urim urmi urmil urmila urs
ursel ursi ursina ursula urszula urvashi usama usamah uschi usha usman uta ute uthayakumar uthayakumaran
uthayasooriyan uthman utku utpal uttam uwe uyen uğur uğurcan vadim vadivelu vadym vahid vahide vahit vairamuthu
vaishali vaithialingam vaithilingam valarie valarmathy valbona valdemar valdet valdete valdrin valentim valentina
valentine valentino valentyn valentyna valer valeri valeria valerian valeriana valeriano valerica valerie valerii
valerij valerija valerio valeriu valeriy valeriya valery valja valle vallipuram valon valter valya valère valérie
valério valéry vance vanda vandana vandna vanesa vanessa vanghelita vangjel vangjush vania vanita vanna vanni
varathan varsha varvara vasanthakumar vasanthan vasanti vasco vaseekaran vasfi vasil vasile vasilea vasili vasilică
vasilij vasilika vasilisa vasiliy vasillaq vasily vaske vaso vassili vassilij vassiliy vassily vasudha vasundhara
vasyl vath vathsala vedat vedia veena veer veerle vehbi vehip veit veiz velautham velauthan velauthapillai veledin
veli velia velma velupillai veluppillai venancio venanzio venera veniamin venkat venkatesh venâncio vera verena
vergil vergilia vergiliu verginia verginica verna vernon verona veronica veronika veronique veríssimo verónica vesel
vesile vesna veta veturia veysel viacheslav viatcheslav vibha vica vicenta vicente vicenţiu vicki vickie vicky
victor victoriana victoriano victorija victorina victorine victorino victorio victorita victoriya vida vidal vidhu
vidya vien viet vigitha vigneswaran vijay vijaya vijayakumar vijayarajah vijayaratnam vijayathasan vika vikas
viknarajah vikram vikramjit viktor viktoria viktorija viktoriya viktorya vildan vilma vilson vimalan vimla vinay
vincenza vincenzina vincenzo vincenţiu vinciane vineet vineeta vinh vinicio vinita vinod viny vinzenz viola violaine
violanda violeta violetta violette viorel viorela viorelia viorica vira virgil virgile virgilio virgiliu virginia
virginica virginie virginio virgolino virgílio virgínia viron visar visitación visuvalingam visvalingam vita vitali
vitalian vitaliano vitalie vitalii vitalij vitalina vitaliy vitaly vitantonio vito vitore vitoriano vitorino
vittoria vittorina vittorino vittorio vitória vivek viveka vivian viviana viviane vivien vivienne vjacheslav
vjatcheslav vjola vjollca vlad vlada vladilen vladimiro vladislav vladislava vladlena vladymyr vladyslav vlash voica
voichiţa voicu vojsava volkan volker volkmar volodimir volodymyr vreni vreny vsevolod vui vullnet vung vuong vural
vyacheslav vyatcheslav véronique vérène víctor vítor wacław wacława wadad waddah wade wadhah wadi wadih wadim wael
wafa wafaa wafik wahab waheed wahib wahid wahidullah waiel wail wajdi wajid wajieh wajih walburga waldemar waleed
walentyna waleri wali walid wallace walli walter waltraud waltraut wanda waqar ward warren waseem wasili wasim
wassili wassim wayne wendelin wendell wendi wendy wera werner weronika wesam wesley wessam wessel whitney wia wibo
widad wiebe wiebke wiebren wieger wieke wiel wieland wieneke wiep wiepie wies wiesje wiesław wiesława wietse wietske
wietze wijnand wiktor wiktoria wil wilbert wilbur wilco wilfred wilfrid wilfried wilhelm wilhelmina wilhelmine
wilhelmus wilko willard willeke willem willemien willemijn willi william willibald willie willis willy wilma wiltrud
wim winfried winifred winnie winnifred winston wioletta wisam wissam wit witali witalij witold wjatscheslaw wladimir
wladislaw wojciech wolf wolfgang wolfram wolter woodrow wout wouter wulf wyatt wybe władysław władysława włodzimierz
xander xandra xaver xavier xenia xhafer xhaferr xhavit xheladin xhelal xhelil xhemal xhemil xhensila xhevahir
xhevahire xhevair xhevat xhevdet xhevit xhezair xhilda xhoana xhuliana xhuljeta xoan xuan xuong yacine yadigar
yadollah yahya yakov yakup yalçın yamina yamini yana yanina yann yanna yannick yaprak yaren yaroslav yaroslava
yaseen yasemen yasemin yaser yashar yashoda yashpal yashwant yasin yasir yasmin yasmina yasmine yassar yasser yassin
yassine yassir yatinder yavuz yazid yağmur yağız yaşar yegor yehia yekaterina yekta yelda yelena yeliz yen yener
yesenia yeter yetkin yevgen yevgeni yevgenia yevgenii yevgeniy yevgeniya yevgeny yeşim yiğit ylber ylli yllka ymer
ymkje yoan yoann yogalingam yoganathan yogarajah yogarasa yogendra yogendran yogesh yogeshwer yogeswaran yogita
yolaine yolanda yolande yonca yosma yosra youcef younes youri yousef yousif yousra youssef youssif youssouf youssra
yousuf ype ytje ytsje yulia yuliana yuliia yulija yuliya yulya yunis yunus yurdagül yuri yurii yurij yuriy yury
yusra yusrah yussuf yusuf yvan yveline yvette yvo yvon yvonne yzeir yücel yüksel yıldıray yıldırım yıldız yılmaz
zabihullah zacarias zachary zafer zaharia zaharie zaheda zaheer zaher zahi zahid zahida zahide zahir zahoor zahra
zaid zaim zainab zaira zakaria zakariya zakarya zaki zakia zakiyyah zalo zaman zamfir zamfira zamir zamira zana
zarif zarife zaur zayd zaydan zayn zayna zaynab zaynah zbigniew zduard zdzisław zdzisława zeena zef zeferino zefirel
zehra zeid zeidan zein zeina zeinab zekai zekeria zekeriya zekeriye zeki zekiye zelal zeliha zeman zemfira zena
zenaida zenel zenepe zennur zenon zenovia zenun zeqir zeqo zerrin zeyad zeycan zeynab zeynal zeynel zeynep zhaneta
zhani zhanna zhenja zhenya zhuljeta zia ziad zied zihni zija zina zinaida zinayda zinca zini zita ziver ziwar ziya
ziyad ziynet zoe zoea zofia zohra zohreh zoia zoica zoiţa zoja zorel zorica zoriţa zouhair zouheir zoya zoé zuhair
zuhal zuhayr zuheir zulfaqar zulfikar zulfiqar zulmira zuzanna zwaantje zyber zydi zygmunt zyhdi zyhra zyra zyta
zélia zöhre zübeyda zübeyde zühre zühriye züleyha zülfiye zülfü àngels áfrica águeda álvaro ángel ángela ángeles
áurea ângela ângelo çağatay çağdaş çağla çağlar çağlasu çağlayan çağrı çağın çetin çimen çiçek çiğdem çınar ève
íñigo óscar ömer ömür önder öner öykü özay özcan özdal özden özen özer özge özgen özgenur özgü özgül özgün özgür
özhan özkan özlem öznur öztürk ülker ülkü ülviye ümit ümmü ümmügülsüm ümmühan ümran ünal ünsal ünzile üzeyir łucja
łukasz şaban şafak şahika şahin şansın şaziment şaziye şebnem şefik şefika şehri şehriban şemsettin şemsi şenay
şenel şener şengül şeniz şennur şenol şentürk şerafettin şeref şerif şerife şermin şevket şevki şevkinaz şevkiye
şevval şeyda şeyma şinasi şirin ştefan ştefana ştefania ştefanita ştefanut şule şüheda şükran şükriye şükrü żaneta
"""
