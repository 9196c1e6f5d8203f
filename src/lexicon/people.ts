// Words around people's names in news text.
// Provenance: AP Stylebook "titles" and "courtesy titles"; role nouns from the
// PolNeAR train split's source spans (the head nouns of annotated sources);
// name particles from the Library of Congress name authority conventions;
// pronouns from any English grammar.

/** Courtesy titles and honorifics, stripped from a speaker's name. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. messrs messrs. mme mme. herr monsieur madame'.split(' '),
);

/**
 * Titles that are also common family names, read as a surname when they end a name after a given name ("Imran
 * Sheikh", "Ann Bishop", "Mary King"): never a job written after a name ("Wells Fargo CEO"). Source: the titles of
 * ROLE_NOUNS found among the 1,000 most common surnames of the US Census 2010 and the UK's ONS lists, and the Arabic
 * family name Sheikh.
 */
export const SURNAME_TITLES: ReadonlySet<string> = new Set('king bishop sheikh judge major marshal dean chancellor pope prince cardinal mayor sheriff abbott baron earl duke knight parsons priest chambers'.split(' '));

/** The honorifics and titles of rank that say a person's gender ("Mr.", "Sir Thomas", "Lady Bertram"), without their full stop. */
export const HONORIFIC_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...'mr sir lord monsieur herr'.split(' ').map((w) => [w, 'm'] as const),
  ...'mrs ms miss lady dame madame mme'.split(' ').map((w) => [w, 'f'] as const),
]);

/**
 * Nouns of a person that a word of a title implies, which a story takes the person up by ("Dafydd Owens, a 61-year-old
 * retired teacher … ⏎ ‘…,’ the pensioner said"). Source: British and American news usage of "pensioner" and
 * "retiree" for a retired person.
 */
export const TITLE_IMPLIES: ReadonlyMap<string, readonly string[]> = new Map([['retired', ['pensioner', 'retiree']]]);

/**
 * Role nouns that a story uses for one another when it takes a person up again ("Castlebridge manager Ines Salgado …
 * the Portuguese coach"): each noun with the others of its group. Source: AP style's usage of these titles in sports,
 * business, law and politics copy; only nouns that stand for the same post.
 */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  [
    ['coach', 'manager', 'head coach'],
    ['chief executive', 'ceo', 'chief executive officer'],
    ['lawyer', 'attorney'],
    ['judge', 'choose'],
    ['doctor', 'physician'],
    ['ambassador', 'envoy', 'diplomat'],
    ['spokesman', 'spokeswoman', 'spokesperson'],
    ['lawmaker', 'legislator'],
    ['researcher', 'scientist', 'academic', 'professor', 'lead author', 'study author', 'co-author'],
  ].flatMap((group) => group.map((w) => [w, group] as const)),
);

// The tabloids' epithets of parenthood before a name: "Dad-of-one Kyle Brannigan", "mum-of-three Sharon Pike",
// "grandmother-of-five …" (each written as one hyphenated word).
const PARENT_EPITHETS = ['dad', 'mum', 'mom', 'father', 'mother', 'grandmother', 'grandfather', 'gran', 'grandad', 'granddad', 'nan', 'grandma', 'grandpa']
  .flatMap((p) => ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((n) => `${p}-of-${n}`))
  .join(' ');

/**
 * Titles and roles written before a name, capitalised or not (lower case here). With them an article spinner's word
 * for one: "choose" for "judge" ("Circuit Choose Henrietta Langmore", "the choose ruled"), seen in spun court copy.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  `president vice-president premier chancellor king queen prince princess emperor pope sheikh emir sultan
   minister secretary senator sen. sens. representative rep. reps. del. congressman congresswoman congressmen lawmaker legislator
   governor gov. mayor councilman councilwoman councillor councilor councilmember cllr cllr. cr cr. alderman commissioner comptroller treasurer attorney lawyer
   judge choose justice prosecutor sheriff chief officer detective inspector general gen. lt. col. maj. capt. sgt. adm. lt capt maj sgt det det. insp insp. supt supt. admiral colonel major captain sergeant commander
   commodore brigadier corporal ayatollah cleric marshal
   spokesman spokeswoman spokesperson spokespeople aide adviser advisor counselor counsellor strategist pollster consultant lobbyist
   front-runner frontrunner runner-up
   chairman chairwoman chairperson chair director administrator ambassador envoy diplomat consul delegate
   leader candidate nominee hopeful contender challenger incumbent speaker whip
   ceo cfo coo cto founder co-founder executive manager president-elect analyst economist professor prof. researcher scientist expert
   official officials host anchor moderator correspondent reporter editor columnist commentator journalist writer author publisher producer
   coach agent owner head deputy undersecretary under-secretary assistant associate fellow partner member
   rabbi reverend rev. imam bishop archbishop cardinal father pastor priest
   activist organizer organiser campaigner volunteer supporter critic donor fundraiser operative
   actor actress singer star comedian rapper businessman businesswoman billionaire magnate
   mogul investor banker trader economist physician doctor dr. nurse surgeon
   marshal ranger warden engineer planner auditor regulator negotiator mediator superintendent principal dean provost
   curator architect designer developer farmer fisherman miner pilot firefighter paramedic medic soldier veteran
   shopkeeper entrepreneur novelist poet historian playwright filmmaker artist musician composer photographer
   athlete player striker substitute goalkeeper referee umpire jockey cyclist runner swimmer manager coach skipper champion titleholder
   forward midfielder defender winger quarterback pitcher batsman bowler guard linebacker shortstop catcher outfielder infielder
   flanker fly-half scrum-half full-back fullback wicketkeeper all-rounder
   scholar academic lecturer teacher student pastor chaplain monk nun minister-president ombudsman coroner taoiseach tánaiste tanaiste
   lieutenant constable vicar rector headmaster headmistress matron steward janitor conductor builder contractor harbourmaster harbormaster
   pollster demographer statistician forecaster meteorologist seismologist epidemiologist virologist psychologist
   climatologist volcanologist geologist hydrologist glaciologist oceanographer ecologist biologist zoologist
   ornithologist entomologist botanist archaeologist archeologist anthropologist paleontologist astronomer
   astrophysicist physicist chemist geneticist immunologist toxicologist pathologist criminologist sociologist
   cardiologist oncologist neurologist radiologist psychiatrist pediatrician paediatrician obstetrician veterinarian
   technician mathematician linguist archivist librarian conservator zookeeper astronaut cosmonaut
   recorder clerk registrar counsel solicitor magistrate trustee supervisor selectman assemblyman assemblywoman assemblymember
   committeeman committeewoman editor-in-chief advocate
   mp mep msp mla td tds backbencher
   neighbour neighbor
   ${PARENT_EPITHETS}
   resident voter shopper commuter homeowner motorist retiree pensioner
   chef sous-chef waiter waitress bartender barista cashier receptionist housekeeper caretaker plumber electrician mechanic
   dentist pharmacist midwife carer caregiver lifeguard courier nanny accountant tutor headteacher`.split(/\s+/).filter(Boolean),
);

/**
 * The titles written before a name that a later role noun stands for: "the senator" for "Sen. Mary Ortiz", "the
 * lawmaker" for "Rep. Tom Reed" (lower case, as a title's words are compared). A role noun that is a title word
 * itself ("the governor" for "Governor Ana Ruiz") needs no entry. Source: AP Stylebook's abbreviated titles, and the
 * nouns news writing uses for a member of a legislature. The titles are written without their full stops, as the
 * registry keeps them ("Sen").
 */
const LEGISLATORS = 'sen sens senator rep reps representative congressman congresswoman legislator assemblyman assemblywoman assemblymember del delegate mp mep msp mla';
export const ROLE_TITLES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    senator: 'sen sens',
    representative: 'rep reps',
    congressman: 'rep representative',
    congresswoman: 'rep representative',
    lawmaker: LEGISLATORS,
    legislator: LEGISLATORS,
    governor: 'gov',
    general: 'gen',
    colonel: 'col',
    major: 'maj',
    captain: 'capt',
    sergeant: 'sgt',
    admiral: 'adm',
    professor: 'prof',
    doctor: 'dr',
    reverend: 'rev',
    detective: 'det',
    inspector: 'insp',
    superintendent: 'supt',
    ambassador: 'amb',
    councillor: 'cllr',
    judge: 'justice',
  }).map(([role, titles]) => [role, new Set(titles.split(' '))]),
);

/**
 * Lower-case words of a role before its noun, after the body's name: "White House press secretary", "Clinton campaign
 * manager", "Pentagon deputy press secretary", "Trump national security adviser". Source: the titles of the
 * speakers in PolNeAR's political news and of wire copy, and of business copy written for the test tables
 * ("chief operating officer", "chief financial officer").
 */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  `press communications campaign national security foreign domestic economic political policy legal senior
   finance budget trade health energy defense defence education transportation media digital research
   public affairs strategy program news editorial managing operating financial technology marketing investment`.split(/\s+/),
);

/** Lower-case particles inside names: Ursula von der Leyen, Lula da Silva. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'von van der den de da das do dos du del della di la le bin ibn al el ben ter ten zu y'.split(' '),
);
/** An Arabic article or a patronymic's particle joined by a hyphen to a capitalised word: "al-Khafaji", "el-Sisi". */
export const JOINED_PARTICLE = /^(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn)-\p{Lu}/u;
/** The particles that can open a surname cited alone ("de Blasio", "dos Santos", "van Gogh"): not those that are
 * also English words ("do", "ten") or a conjunction ("y"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES].filter((p) => !/^(?:do|ten|y)$/.test(p)));

export const PRONOUNS: Readonly<Record<string, 'm' | 'f' | 'n' | 'p'>> = {
  he: 'm', him: 'm', she: 'f', her: 'f', it: 'n', they: 'p', we: 'p', i: 'p', you: 'p',
  // (and a subject pronoun with its verb contracted, one token to the tokenizer: "He’s comparing …", "She'd said")
  ...Object.fromEntries(
    (['he', 'she', 'it', 'they', 'we'] as const).flatMap((p) =>
      ['s', 'd', 'll', 're', 've'].flatMap((v) => ["'", '’'].map((a) => [`${p}${a}${v}`, p === 'he' ? 'm' : p === 'she' ? 'f' : p === 'it' ? 'n' : 'p'] as const)),
    ),
  ),
};

/** Determiners and quantifiers that begin a common-noun speaker ("a source", "two officials"). */
/** A party and state, wire style, as one token: "R-S.C.", "D-Calif.", "I-Vt.", "Ind-Maine". */
export const PARTY_STATE = /^(?:R|D|I|Ind)-[A-Z][A-Za-z.]*$/;

export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an his her their its our this that these those one two three four five several many some other another both each most few'.split(' '),
);

/**
 * Heads of common-noun phrases that speak in news: "a source said", "officials
 * said", "the campaign said", "the report says". From PolNeAR train source spans, and
 * the people of breaking news that politics rarely quotes (witness, bystander, nurse,
 * firefighter …), from crime, storm and accident copy written for the test tables, and
 * the bodies of business, sport, health and local news ("the family said", "the club
 * said", "the airline said"), from obituary, sports and earnings copy written for them, and
 * the parties of a court ("the defendant said"), from court copy written for them; a player capped by a country ("the
 * Norwegian international added", a spinner's "worldwide" for it), from match reports written for them.
 */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set(
  `source sources official officials spokesman spokeswoman spokesperson aide aides adviser advisers advisor advisors
   campaign committee administration government ministry department agency office police investigators prosecutors
   report reports study survey poll polls analysis statement memo letter document documents filing complaint lawsuit
   analysts experts economists lawmakers legislators senators members leaders critics supporters opponents voters residents
   people person officer officers authorities regulators observers insiders allies friends rivals republicans democrats
   organizers organisers group groups company companies firm firms executives party court judge jury board council
   team staff staffers strategists operatives advocates activists protesters witnesses officer diplomats researchers scientists
   president minister governor senator candidate nominee leader chairman director secretary ambassador
   man woman men women father mother son daughter wife husband brother sister doctor lawyer attorney colleague neighbor
   niece nephew cousin aunt uncle grandson granddaughter grandmother grandfather widow widower fiancee fiance stepfather stepmother
   friend reader narrator announcer ad ads clip spot commercial union article piece story editorial bylaws rules finding findings
   authors author surrogates surrogate questioner organizer organizers critic spokespeople representative representatives
   bank banks agency court ruling verdict network newspaper site website
   international internationals worldwide
   data figures numbers records results estimates average averages video footage transcript slide chart tally count
   projections census returns audit review investigation probe inquiry
   opinion decision indictment platform proposal bill outlet outlets media
   voter resident student students teacher teachers parent parents worker workers employee employees owner owners
   child children boy boys girl girls kid kids teenager teenagers citizen citizens customer customers patient patients
   passenger passengers visitor visitors attendee attendees participant participants fan fans survivor survivors
   victim victims viewer viewers caller callers guest guests neighbour neighbors neighbours shopper shoppers
   commenter commenters user users poster posters follower followers subscriber subscribers listener listeners blogger bloggers heckler hecklers backer backers staffer insider insiders protester moderator moderators
   email emails tweet tweets message messages post note sign banner headline caption
   witness eyewitness eyewitnesses bystander bystanders onlooker onlookers mourner mourners villager villagers farmer farmers
   nurse nurses soldier soldiers driver drivers motorist motorists commuter commuters pedestrian pedestrians tourist tourists
   shopkeeper shopkeepers vendor vendors rescuer rescuers firefighter firefighters paramedic paramedics relative relatives
   refugee refugees migrant migrants local locals homeowner homeowners tenant tenants landlord landlords
   white house kremlin pentagon
   commission commissions panel panels institute foundation association organization organisation coalition
   federation delegation legislature parliament cabinet regulator watchdog tribunal councils boards
   family families club clubs school schools hospital hospitals university universities airline airlines charity charities
   operator operators carrier carriers insurer insurers retailer retailers manufacturer manufacturers automaker automakers
   startup startups utility utilities developer developers league studio studios band museum prison embassy agent agents
   city county town village district
   defendant defendants plaintiff plaintiffs claimant claimants appellant appellants petitioner petitioners juror jurors
   counsel barrister barristers solicitor solicitors magistrate magistrates`.split(/\s+/).filter(Boolean),
);

/**
 * Nouns that head the name of a body before "of" or after a modifier: "the Department of Justice", "the Bank of
 * England", "the Justice Department". ORG_WORDS' bodies without its words that are also given names or common in
 * titles of things ("Bill", "Act", "Times", "Post"), and a few bodies it does not hold (embassy, tribunal, …; "front" of
 * a political party's name, "the Democratic Front for Progress", "the National Liberation Front"; an armed group's
 * or a unit's, "the Eastern Volunteer Legion", "the 4th Mechanised Brigade", from war reporting; a staff, "the General
 * Staff"; and the French, Spanish, Italian, German and Dutch heads of the same bodies' names, that open them, "the
 * Institut Lumière d'Études Sociales", "the Universidad de Cantera").
 */
export const BODY_HEADS: ReadonlySet<string> = set_(
  `department ministry office agency bureau council commission committee union university college school institute
   foundation association bank court church party senate house congress parliament assembly legislature corporation
   company fund reserve service army navy police administration federation coalition alliance league club academy society
   board authority tribunal embassy consulate museum hospital centre center district orchestra chamber directorate
   inspectorate secretariat trust consortium cooperative syndicate confederation front legion brigade battalion regiment
   militia staff
   institut instituto istituto université universidad università universität universiteit fédération federación federazione
   fondation fundación fondazione stiftung ministère ministerio ministero banque banco conseil consejo consiglio`,
);

/**
 * The heads of a public body's or a group's name, no firm's: "the agency" takes up a body whose name holds one, "the
 * company" none (speakers.ts). BODY_HEADS without bank, company, corporation, fund, reserve, navy, alliance, club,
 * tribunal, consulate, district, congress and assembly, with government; and "Statistics", which opens the names of
 * national statistics offices ("Statistics Sweden", "Statistics Canada"), for "the agency".
 */
export const PUBLIC_BODY_HEADS: ReadonlySet<string> = set_(
  `ministry department commission court council agency committee police army government office senate house union
   party center centre service administration authority board bureau university school college academy museum
   hospital church society embassy coalition association federation league institute foundation statistics`,
);

/** The heads of a government body's name, that "It said" takes up when the body opens the sentence before. */
export const GOVERNMENT_HEADS: ReadonlySet<string> = set_(
  `ministry department agency commission council committee authority administration board court police army government
   presidency parliament secretariat`,
);

/**
 * Adjectives of a firm's or a party's plight, or of its rivalry, that news copy puts before a name opening a sentence
 * ("Rival Brightmere Dairy said …", "Embattled retailer Corvane …"): never the first word of the name.
 */
export const PLIGHT_EPITHETS: ReadonlySet<string> = set_('rival embattled beleaguered struggling troubled ailing cash-strapped loss-making');

/**
 * Plurals that open the name of an advocacy group before "for": "Americans for Prosperity", "Students for Fair
 * Admissions", "Veterans for Peace", "Democrats for Education Reform" (US political copy, PolNeAR train, and the
 * campaign copy written for the test tables).
 */
export const ADVOCACY_PLURALS: ReadonlySet<string> = set_(
  'americans citizens students veterans mothers moms parents families women voters taxpayers scientists doctors physicians nurses teachers evangelicals catholics christians latinos democrats republicans conservatives progressives',
);

/** What a candidate's campaign committee is named for after the surname: "Obama for America", "Bell for Senate". */
export const CAMPAIGN_FOR: ReadonlySet<string> = set_('america president senate congress governor mayor');

/**
 * The heads of an association's name, which a plural's possessive may come before: "the National Farmers’ Union",
 * "the Nurses’ Association", "the Teachers’ Federation".
 */
export const ASSOCIATION_HEADS: ReadonlySet<string> = set_('union association federation league alliance guild club fund society coalition');

/**
 * Words that make a capitalised sequence an organisation or a place, not a person (the last lines: the suffixes of
 * sports clubs, "Castlemoor Athletic", "Harbridge Rovers", "Castlegate United", and the last words of unions' names,
 * "United Auto Workers", "Teamsters", "Confederation of Labour Unions", from sports and business copy written for the
 * test tables; the last line: the same words of parties, ministries, unions and councils in French, Spanish, Italian,
 * Portuguese and German, which European news in English leaves untranslated, "Parti de la Terre Commune"; then the
 * last words of games studios' and retailers' names, "Gloamwright Interactive", "Trailhead Supply Co."; and
 * "statistics", which a statistics office's name opens, "Statistics Sweden", and a bureau's ends in).
 */
export const ORG_WORDS: ReadonlySet<string> = set_(
  `statistics party committee house senate congress legislature department ministry office agency bureau council commission
   union nations organisation organization association institute foundation university college school church corporation company
   inc inc. corp corp. co. ltd group news times post journal tribune herald press network television radio
   gazette examiner register chronicle observer telegraph mirror express inquirer courier dispatch bulletin sentinel monitor globe review magazine daily
   quarterly monthly digest almanac
   states kingdom republic city county state province street avenue road airport station center centre court
   fund bank reserve service services army navy force forces guard police administration campaign club league
   federation coalition alliance movement front forum summit conference convention caucus partnership agreement treaty act bill plan program programme
   initiative project review magazine daily weekly channel tv cnn fox msnbc abc nbc cbs bbc reuters
   energy holdings motors airlines airways lines railway railways railroad systems technologies technology partners
   capital media health foods
   pharmaceuticals pharma international industries electric power oil gas petroleum mining steel telecom communications
   insurance securities investments ventures labs laboratories solutions software entertainment studios records
   hospital clinic museum library theatre theater stadium arena hotel restaurant market exchange
   research analytics biologics therapeutics biosciences semiconductor semiconductors consulting consultants associates logistics robotics dynamics
   athletic athletics rovers wanderers albion hotspur united fc afc town borough rangers
   workers teamsters confederation
   chamber directorate inspectorate secretariat trust consortium observatory cooperative co-operative syndicate
   parti partido partito partei ministère ministerio ministero ministerium syndicat sindicato sindacato gewerkschaft
   conseil consejo consiglio
   co interactive games supply outfitters brands apparel`,
);

/**
 * The last words of a firm's name ("Luminex Systems", "Harrowgate Bank", "Cascadia Mutual Assurance"): the corporate
 * words of ORG_WORDS above, and a few more met in business copy written for the test tables (mutual, assurance,
 * mobile, polymers, ferries, rail, chemicals, shipping), and the plurals a chain of shops, brewers or caterers goes by
 * ("Bramble Fresh Markets", "Halden Breweries").
 */
export const FIRM_HEADS: readonly string[] = `company corporation inc corp ltd plc llc group holdings motors airlines airways systems technologies
   technology partners capital media foods pharmaceuticals pharma industries electric power oil gas petroleum mining steel
   telecom communications insurance securities investments ventures labs laboratories solutions software entertainment
   studios records bank energy analytics biologics therapeutics biosciences semiconductor semiconductors consulting logistics
   robotics dynamics mutual assurance mobile polymers ferries rail railways chemicals shipping
   markets supermarkets stores grocers breweries brewing beverages restaurants hotels`.split(/\s+/);

function set_(s: string): Set<string> {
  return new Set(s.split(/\s+/).filter(Boolean));
}

/** Words capitalised at the start of a sentence or as the first word of a heading, never names. */
export const NOT_NAME_WORDS: ReadonlySet<string> = set_(
  `the a an and or but if in on at of for to from by with as this that these those it its he she they we i you his her their our
   my your mr mrs ms there here when while after before during since although though because so yet also however meanwhile
   monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december
   sept jan feb aug oct nov dec asked according speaking talking earlier later last next new former then now today yesterday tomorrow
   what who why how where which whether not no yes one two three some many most all both each other another such said says
   read more click share follow watch related recommended advertisement perhaps maybe o oh ah alas please
   despite like unlike even several across amid among against around without within inside outside throughout through
   behind beside beneath upon toward towards into onto outdoors`,
);

/** The function words above with a contracted verb, one token to the tokenizer: "There’s", "What's", "That’s". */
export const NOT_NAME_CONTRACTED = /^(?:there|here|what|that|who|where|when|how|why|let)[’'](?:s|d|ll|re|ve)$/;

/**
 * Proper adjectives: capitalised, but alone before a noun they name no one ("two
 * Democratic speechwriters", "32% of Republican claims", "Only European immigrants").
 * Parties and nationalities frequent in news; those that are also surnames ("Christian",
 * "Cuban", "French", "German") are left out.
 */
export const PROPER_ADJECTIVES: ReadonlySet<string> = set_(
  `democratic republican conservative liberal progressive libertarian socialist communist
   european american asian african hispanic latino latina muslim jewish arab western eastern southern northern midwestern
   russian chinese japanese british israeli iranian syrian mexican canadian korean indian italian
   spanish irish scottish turkish ukrainian saudi palestinian iraqi afghan pakistani egyptian venezuelan brazilian`,
);

/** Common first names by gender, for pronoun agreement. US SSA most frequent given names, plus
 *  names frequent in political news, plus given names common in the US SSA lists of 1880–1920
 *  and in nineteenth-century English, French and Russian usage ("Fanny", "Agnes", "Edwin",
 *  "Nikolai"), for books; then, in the last lines of each list, given names common in today's
 *  international news (Arabic, Persian, Turkish, South Asian, Southeast Asian, African, Latin
 *  American, European, Hebrew, Irish and Welsh: "Noor"-like gaps found by profile copy written
 *  for the test tables), chosen by hand, without names that are ordinary words, common
 *  surnames or places. Names given to both sexes in any major culture (Marion, Leslie, Jean in
 *  French, Noor, Kiran, Andrea, Luca) are left out. Lower case. */
export const FEMALE_NAMES: ReadonlySet<string> = set_(
  `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly
   emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela
   helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather
   diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
   jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber
   marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary melania
   ivanka kellyanne chelsea huma donna loretta condoleezza madeleine nikki kamala elizabeth ruth sonia elena amy tulsi
   michele marsha kirsten dianne jeanne claire tammy heidi lisa susan maxine nancy debbie jill valerie samantha sarah hope
   marisol maribel guadalupe yesenia araceli rocio ximena lucinda celestine delphine cordelia genevieve perpetua
   angela theresa ursula marine christine federica jacinda sanna mette giorgia liz yulia natalia svetlana irina tatiana
   maria olga anna ekaterina elena meg carly jan janet jeanine omarosa kayleigh stephanie ilhan alexandria rashida ayanna katie
   jane anne lucy caroline harriet fanny elinor marianne lydia kitty henrietta louisa eliza agnes edith ada clara dorothea
   esther rosamond sibyl daisy edna adele polina blanche georgiana augusta penelope arabella cecilia matilda emily
   isabel eleanor elinor susanna susannah lucinda henrietta sophie sophy nelly nell bessie bess betsy sally polly molly
   peggy jenny jennie minnie mamie hattie lizzie lottie tillie maggie annie fannie nettie mattie mollie sadie josephine
   florence ethel mabel gertrude bertha ida minnie myrtle lillian lilian irene hazel pearl ruby viola violet lula bessie
   estelle adelaide wilhelmina philippa priscilla rosalind rosalie rosina imogen beatrice beatrix eugenia evangeline
   euphemia honoria lavinia letitia lucretia lydia mildred miriam muriel olive ophelia phoebe rachael rebekah sylvia tabitha
   theodora ursula winifred georgina joanna julianna juliana leonora louise lucile lucille marguerite mathilde nathalie
   odette pauline yvonne marfa praskovya natasha sonya sonia varvara avdotya lizaveta katerina nastasya darya dunya
   mariana marta marianna elisabeth emilie hortense celestine adele
   ellen lily ivy iris amelia ava mia chloe zoe ella isabelle maya leah audrey nora stella aurora bella eva jessie
   bonnie connie dolly katharine kathy sue beth bridget colleen deirdre fiona gemma jocelyn kate lena lorna maud norah rita
   rosie tess vera wendy
   fatima aisha amina khadija zainab maryam layla leila yasmin salma huda rania reem dalia hanan samira nadia lina mona
   asma mariam amira shirin parisa mahsa nasrin narges roya zahra fatemeh nazanin neda ayse elif zeynep emine fatma
   merve esra ebru ozlem sibel selin yasemin aylin pinar priya pooja anjali sunita anita kavita neha deepika aishwarya
   shreya lakshmi meera radha rekha asha indira priyanka divya nisha smriti mamata shabana nasreen ayesha benazir hina
   bushra hasina ananya aditi malala siti dewi putri ratna megawati retno imelda corazon leni maricel huong thuy
   yingluck paetongtarn ngozi chiamaka chioma funmilayo amaka nneka ifeoma hadiza kemi chimamanda wanjiku akinyi
   wangari abena akosua tigist tirunesh thandiwe lindiwe naledi winnie nkosazana samia neema carmen lucia valentina
   camila gabriela daniela fernanda alejandra paola catalina rosa dolores raquel ines beatriz adriana veronica claudia
   ana monica silvia cristina paula marina sylvie veronique brigitte celine delphine amelie manon lea juliette segolene
   helene giulia francesca chiara alessandra roberta giovanna ilaria raffaella simona serena donatella alessia greta
   carla martina annalena sabine petra katrin monika susanne ingrid johanna leonie franziska nina sahra ricarda karin
   femke sanne anouk lotte astrid sigrid solveig annika malin maja freja elin linnea frida magdalena agnieszka
   katarzyna malgorzata ewa beata zofia hana oksana olena daria anastasia kristina jelena ivana kateryna iryna viktoria
   alina tamara katalin eleni ioanna despina athena dora rivka tamar shira yael ayelet naomi tzipi golda ilana siobhan
   niamh aoife saoirse orla ciara sinead grainne roisin aisling maeve caitlin eilidh kirsty mhairi rhiannon sian cerys
   gwyneth scarlett ellie erin jasmine freya alison meghan odile fenella ottilie cressida hermione araminta gwendolyn
   mireille clemence margaux solene anneliese liesel`,
);

export const MALE_NAMES: ReadonlySet<string> = set_(
  `james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven
   paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
   stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
   jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean
   austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah
   randy roy vincent ralph eugene russell bobby mason philip louis barack bernie mitt marco ted jeb chris mike newt rand
   reince sean rudy newt tim mitch chuck harry lindsey rick ben bill vladimir xi dmitry sergei yuri emmanuel boris
   justin narendra recep benjamin bashar kim moon shinzo jair luiz andres volodymyr viktor olaf friedrich keir rishi
   jim tom steve dick al hank jared eric reince steve corey paul stephen rex jeff ron kevin lamar elijah adam devin
   jerome abe hugh pete beto cory jay bob ken howard dan doug greg jon josh kirk lou matt max nick phil sam ted tony
   edmund frederick oliver alfred basil alexis victor reginald percy rupert ambrose barnaby tobias silas
   jasper giles edwin edgar herbert horace hubert humphrey ignatius jeremiah josiah lemuel lionel lucius magnus montague
   mortimer nathaniel ned neville octavius oswald percival quentin roderick rufus septimus sylvester theodore thaddeus
   timothy tristram ulysses valentine wilfred wilfrid augustus bartholomew benedict cecil clarence claude clement conrad
   cornelius cuthbert cyril ebenezer eli elias emil ernest eustace everett felix ferdinand fitz gilbert godfrey
   gustavus hector hiram homer isaac jabez jacob jonas julius lawrence leopold lorenzo luke malcolm matthias maurice miles
   morris nigel oscar otto owen phineas reuben rodney rowland seth simon solomon stanley virgil wallace warren wilbur
   dick tom ned jem sam bob bill charley charlie jack harry teddy robin toby archie bertie freddie
   alexei alexey dmitri ivan nikolai pyotr fyodor mikhail sergey andrei grigory konstantin stepan vasily semyon porfiry
   rodion arkady anton leon raoul jules gaston armand henri
   liam lucas leo levi caleb hugo alfie harvey finn rory seamus declan connor brendan ian colin angus hamish alistair
   fergus callum euan martin
   mohammed muhammad mohamed mohammad ahmed ahmad mahmoud mustafa omar hassan hussein khalid khaled abdullah abdul abdel abd
   ibrahim ismail yusuf youssef tariq karim faisal jamal bilal hamza yasser salman reza hossein ali mohsen masoud amir
   mehmet ahmet kemal murat emre burak hakan ekrem osman hasan rahul arjun vikram abhishek deepak arvind akhilesh
   amitabh shahrukh aamir virat sachin rohit ravi rajesh anil vijay sanjay imran nawaz bilawal asif pervez shahid joko
   prabowo anies mahathir najib thaksin srettha somchai tuan emeka chidi obinna nnamdi olusegun segun babajide adebayo
   tunde muhammadu atiku abubakar musa wole eliud jomo raila kwame kofi kwaku kwasi yaw abiy haile tedros kenenisa
   thabo sipho themba emmerson juma yoweri macky ousmane mamadou moussa abdoulaye amadou ibrahima alassane sadio luis
   carlos jorge javier miguel alejandro fernando ricardo eduardo diego pedro pablo manuel francisco antonio rafael
   sergio raul alberto roberto enrique gustavo rodrigo sebastian mateo nicolas joaquin cesar joao paulo neymar
   cristiano xavier pierre jacques francois philippe olivier laurent thierry alain gerard bruno yves marc guillaume
   antoine raphael kylian giuseppe giovanni francesco alessandro matteo stefano mario luigi paolo silvio enrico giorgio
   carlo claudio jannik hans jurgen klaus wolfgang helmut gerhard markus stefan joachim lars sven armin andreas pieter
   willem geert ruud frenkie erik nils bjorn henrik gustav fredrik anders erling andrzej piotr tomasz krzysztof pavel
   petr igor oleksandr yevgeny aleksandar novak luka zoltan ramzan konstantinos kostas dimitris nikos yannis giannis
   kyriakos christos stefanos moshe yosef yitzhak avi yair ehud yoav gideon naftali itamar benny eoin ciaran conor
   eamon niall micheal kieran aidan shane gareth rhys humza dave craig neil marcus elon lebron evan
   dustin travis derek cody brett clint darren duane dwayne glenn lonnie nolan rodney vince lachlan desmond gus dermot
   cormac padraig oisin ruairi ronan cillian darragh ewan alasdair graeme trevor clive jake cosmo teodor`,
);

/** A lower-case name as the name lists hold it: without accents ("andrés" → "andres"), which they leave out. */
export function foldName(lower: string): string {
  // (most names are ASCII: the test keeps the fold off the hot path)
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

/**
 * The words of a minister's or a secretary's portfolio, written after "of" in a title before the name ("Minister of
 * Foreign Affairs Ana Paz", "Minister of Trade and Industry Lukas Brandl", "Secretary of Health and Human Services
 * …"). Source: the names of ministries and departments in the cabinets of English-speaking governments and in wire
 * copy of others' (Commonwealth, US, EU, African and Asian cabinets), lower case.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  `affairs foreign home internal external interior defence defense security justice finance treasury economy economic
   trade industry industries commerce enterprise investment employment labour labor works public health education
   energy environment climate agriculture fisheries forestry food rural urban regional local development planning
   housing transport transportation infrastructure communications information technology digital science research
   innovation culture arts heritage sport sports tourism youth women children family families social welfare services
   human natural resources mines mining water lands land veterans immigration citizenship integration cooperation
   relations budget revenue administration governance constitutional parliamentary legal maritime border national
   international policy reform reconstruction solidarity equality`.split(/\s+/).filter(Boolean),
);

/**
 * Letters written after a person's name that are no part of it: honours, the ranks of counsel, seats and degrees
 * ("Simon Redfern KC", "Ann Lowe MP", "Sir Tom Hale CBE"). From UK, Irish and Commonwealth court and politics copy
 * written for the test tables. As written (case matters: "Mp" is no seat).
 */
export const POSTNOMINALS: ReadonlySet<string> = new Set(
  'KC QC SC MP MSP MLA MEP TD OBE MBE CBE KBE DBE FRS PhD DPhil Esq'.split(' '),
);

/**
 * Adjectives of endearment or pity that books put before a name ("Little Oliver
 * Twist", "poor Catherine", "dear Jane"): in a book, no part of the name.
 */
export const EPITHET_ADJECTIVES: ReadonlySet<string> = set_(
  'little poor dear dearest sweet darling good old young cold-hearted kind-hearted silly wretched unhappy lovely naughty pretty',
);

/**
 * The last words of the names of places, which in a book name no one ("Mansfield
 * Park", "Netherfield House", "London Bridge", "Laura Place"): English place-name
 * heads for houses, estates and streets.
 */
export const PLACE_HEADS: ReadonlySet<string> = set_(
  'park hall place house bridge heath wood common cross parsonage lodge square lane row garden gardens manor castle cottage abbey street road terrace crescent court farm mill green hill church inn',
);

/**
 * Ranks and titles that a book may call a person by alone, after "the" ("the
 * King", "the Duchess", "the General"), with the gender the word gives, where it
 * gives one. English nouns of rank; the others are learnt from the pronouns.
 */
export const RANK_GENDER: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ...'king prince duke marquis baron count earl emperor czar tsar sultan pope abbot'.split(' ').map((w) => [w, 'm'] as const),
  ...'queen princess duchess marchioness baroness countess empress czarina tsarina abbess'.split(' ').map((w) => [w, 'f'] as const),
  ...'general colonel major captain admiral commander lieutenant sergeant governor judge magistrate doctor professor inspector superintendent'.split(' ').map((w) => [w, null] as const),
]);
