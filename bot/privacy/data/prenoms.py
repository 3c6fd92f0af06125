"""Prénoms courants en France (toutes générations et origines), écrits par l'équipe Plume. Sert aux
règles « NOM Prénom », noms en minuscules et prénoms des proches. Les prénoms qui sont aussi des mots ou des lieux
courants (rose, pierre, claire, france, nancy…) sont dans prenoms_ambigus.py."""

WORDS = """
aaron abdel abdelkader abdellah abdou abdoulaye abdallah abel abigaïl achille adam adèle adélaïde adeline adrien
adrienne agathe agnès ahmed aïcha aïda aimée alain alan alban albert alberto alexandra alexandre alexia alexis
alfred ali alice alicia aline alix allan alphonse amandine amar amaury ambre amel amélie amina aminata amine amir
anaïs anastasia anatole andré andrée andréa andy angèle angélique anis anissa anna annabelle anne anne-laure
anne-marie anne-sophie annick annie anthony antoine antoinette antonin antonio apolline armand armelle arnaud arthur
arsène astrid aude audrey augustin aurélie aurélien auriane axel axelle aya aymeric aziz bachir baptiste barbara
bastien béatrice belinda benjamin benoît bérangère bernadette bernard bertrand blandine bouchra boubacar brahim
brice brigitte bruno camille capucine carine carla carmen carole caroline cassandre catherine cécile cédric céline
chantal charlène charles charlie charline charlotte chloé christelle christian christiane christine christophe
claude claudette claudine clara clarisse clémence clément cléo clothilde clotilde colette coline colin coralie
corentin corinne cyril cyrielle cyrille dalila damien daniel danièle danielle david deborah delphine denise diane
didier dimitri djamel djibril dominique dorian doriane dorothée driss dylan edgar edith édith édouard eléonore
éléonore eliane éliane élie élisa élisabeth élise ella elliot éloïse elodie élodie elsa elvire émeline emilie émilie
émile emilien emma emmanuel emmanuelle enzo éric erwan estelle esteban esther ethan étienne eugène eugénie eva evan
ève évelyne fabien fabienne fabrice fadila farid farida fatima fatou fatoumata félix ferdinand fernand fernande
florian floriane fouad francine francis franck françois françoise frédéric frédérique gabin gabriel gabrielle gaël
gaëlle gaétan gaëtan gaspard gauthier geneviève geoffrey georges georgette gérald gérard germaine ghislaine gilbert
gilles ginette gisèle gislaine grégoire grégory guillaume gustave guy guylaine habib hadrien hafid hakim halima
hamid hamza hanane hassan hélène henri henriette hervé hicham hocine hortense hugo hugues ibrahim ilan inès ingrid
irène isaac isabelle ismaël issa jacqueline jacques jade jamal jamila janine jean-baptiste jean-charles jean-claude
jean-christophe jean-françois jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel jean-paul
jean-philippe jean-pierre jean-yves jeanne jeannine jennifer jérémie jérémy jérôme jessica joachim jocelyne joël
joëlle johan johanna jonathan jordan joseph josette josiane josiane josué juliette julie julien julienne justine
karim karima karine kader kamel karl kathleen kelly kenza kevin kévin khadija laetitia laëtitia lamia lara laura
laure laurence laurène laurine léa léana léna léo léon léonard léonie léopold lila lilian liliane lilou lina lionel
lisa loïc loïs lola lorenzo lou louane louisa louise louison luc luca lucas lucette lucie lucien lucienne lucille
ludivine ludovic luna lydia lydie madeleine maël maëlle maëlys magali mahé malik malika manon manuel manuela
marc-antoine marceau marcel marcelle margaux margot marguerite maria marianne marie-ange marie-christine
marie-claire marie-claude marie-france marie-hélène marie-josé marie-laure marie-line marie-noëlle marie-pierre
marie-thérèse mariam marine marion marius marjorie marlène marthe martine maryse maryvonne mathias mathéo mathilde
matthias matthieu maud maurice maxence maxime maximilien mégane mehdi mélanie mélissa mélodie meryem mia michèle
micheline mickaël mikaël mila milan mireille mohamed mohammed monique morgane mounir mourad moussa muriel myriam
nabil nadia nadine nadège naïma nassim natacha nathalie nathan nicolas nicole nina noah noé noël noémie nolan nora
norbert océane octave odette odile olivia olivier omar ophélie oscar pascal pascale pascaline patricia patrick
paulette pauline perrine philippe pierre-yves quentin rachel rachid rafael raphaël raphaëlle raymond raymonde rayan
rebecca régine régis rémi rémy renaud renée richard robert robin rodolphe rodrigue roger roland romain romane
romuald ronan rosalie rose-marie roxane ryan sabine sabrina sacha salomé salomon samia samir samira samuel sandra
sandrine sarah sébastien ségolène serge séverine sidonie simon simone sofia sofiane solange solène sonia sophie
stéphane stéphanie suzanne suzette sylvain sylvaine sylvette sylvie tatiana teddy théo théodore thérèse thibault
thibaut thierry thomas timothée tiphaine tom tristan valentin valentine valérie vanessa véronique victor victoria
vincent viviane vivien william xavier yacine yanis yann yannick yasmina yasmine yassine youssef yves yvette yvonne
zoé zohra zakaria zinedine nadir hamid souad leïla leila yasmin ilyes ilyès wassim walid wafa sami soraya salma
chaïma kylian mattéo mathis timéo sacha nolann maëva ethan enola elyne jules louis paul arthur gabriel raphaël adam
maël hugo ethan léon noé tiago liam aylan gabin sohan nino isaac mamadou ousmane oumar seydou aliou cheikh idrissa
awa mariama kadiatou binta adama ibrahima siaka souleymane joão joao manuel fernando paulo luis josé jose ana
antónio rui nuno sergio carlos miguel pedro tiago dmitri ivan olga svetlana natalia irina katarzyna agnieszka piotr
tomasz anna-maria giulia giuseppe francesco chen wei li nguyen thi minh huong linh duc anh jean paul michel marc
denis laurent étienne germain bernard robert richard simon henri gilles dominique michelle paule lambert roland
marie pierre claire rose france florence martin maxime bruno clément benoît léon lucie lou mia noé tom sam alex guy
roger vivien hervé mathieu christophe fabrice jérôme emmanuel yves alain gérard daniel joséphine virginie célina
nathalie nath maggie margaret luce anouk adélaïde zacharie pénélope théophile frédérique françoise adèle noël noëlle
renée gilberte huguette alexandrine alix anaëlle angélina annabella apolline ariane arielle arlette armande aurélia
bénédicte berthe bertille capucine cathy cécilia célestine charlotte christiane clarisse colombe constance coralie
cunégonde daisy danielle delphine diana dina dolorès édith edwige églantine elena eléa eliza elsa emeline estelle
eugénie eulalie évangéline fabienne fanny félicie flavie flora francette gaëlle garance gwenaëlle gwendoline hélèna
héloïse hermine hortense ida ilona irma isaure iseult jacinthe jeannette jennifer jessie jocelyne joëlle joy judith
julia juliana juliette justine katia laurianne léonore lili liliane lisette lorraine louisette lucienne ludivine
lydie madeline maëlle mallaury manuela margaux marianne marielle marinette marlène marthe martine marylène maryline
mathilde maud mauricette mélina mélinda michelle mireille monique muguette murielle nadège nadine nelly nicole nina
ninon noémie océane odette olympe orianne paola patricia paulette perrine philippine priscille rachel raymonde
régine rolande rosalie rosine roxane sabine salomé sandrine sarah séverine simone solange sophie suzanne sylviane
tatiana thérèse tiphaine ursule valérie vanessa véronique victoire violaine virginie viviane yolande yvette zélie
zoé achille adolphe adrien agathon aimé alain albéric alexis alfred alphonse ambroise amédée anatole andré anselme
antonin aristide armand arnaud auguste augustin aurèle baptiste barthélemy basile benoît bernard bertrand blaise
boris bruno calixte camille célestin césar charles christian christophe claude clément colin constant corentin
cyprien damien denis désiré didier dimitri dominique edmond édouard élie élisée émile emmanuel éric ernest étienne
eugène évariste fabien félicien félix ferdinand fernand firmin florent francis franck françois frédéric gabin gaston
gautier geoffroy georges gérald gérard germain ghislain gilbert gilles godefroy grégoire guillaume gustave guy henri
hercule hervé hilaire honoré horace hubert hugues ignace isidore jacques jean-claude jérémie jérôme joachim joël
jordan joseph josué jules julien justin laurent lazare léandre léon léonce léopold lionel loïc lothaire louis luc
lucien ludovic marc marcel marcellin martial mathieu matthieu maurice maxence maximilien michel noël norbert octave
odilon olivier pascal patrice patrick paul philibert philippe pierre prosper quentin raoul raphaël raymond régis
rémi rémy renaud rené richard robert rodolphe roger roland romain sébastien serge séraphin simon stanislas sylvain
sylvestre théodore théophile thibault thierry timothée tristan ulysse urbain valentin valère victor vincent virgile
xavier yves zacharie alex anastasie
"""
