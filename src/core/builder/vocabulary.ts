/**
 * English newsroom vocabulary the builder reads evidence from: words about roles, families,
 * facilities and organisations. General language only; what an article says about its own
 * people stays in the dictionary it produces.
 */

export { FAMILY_RELATIONS, SHARES_SURNAME } from '../text/family';
export { PORTFOLIO_WORDS } from '../text/names';

/** Job words written before or after a name, with the relation they state towards whoever holds the job. */
export const JOB_RELATIONS: Record<
  string,
  'adviser' | 'spokesperson' | 'leader' | 'commander' | 'member' | 'official'
> = {
  adviser: 'adviser',
  advisor: 'adviser',
  aide: 'adviser',
  counsellor: 'adviser',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  spokesperson: 'spokesperson',
  leader: 'leader',
  head: 'leader',
  chief: 'leader',
  'chief executive': 'leader',
  'chief executive officer': 'leader',
  'chief operating officer': 'official',
  'vice chairman': 'official',
  'vice president': 'official',
  ceo: 'leader',
  chairman: 'leader',
  chairwoman: 'leader',
  chair: 'leader',
  president: 'leader',
  'president-elect': 'leader',
  founder: 'leader',
  'managing director': 'leader',
  director: 'leader',
  governor: 'leader',
  mayor: 'leader',
  coach: 'leader',
  manager: 'leader',
  captain: 'leader',
  commander: 'commander',
  member: 'member',
  player: 'member',
  striker: 'member',
  midfielder: 'member',
  defender: 'member',
  goalkeeper: 'member',
  forward: 'member',
  minister: 'official',
  'prime minister': 'official',
  'foreign minister': 'official',
  secretary: 'official',
  ambassador: 'official',
  envoy: 'official',
  official: 'official',
  analyst: 'official',
  economist: 'official',
  lawyer: 'adviser',
  attorney: 'adviser',
  'chief of staff': 'official',
  'general secretary': 'leader',
  'secretary general': 'leader',
  'secretary-general': 'leader',
  'chief commissioner': 'leader',
  prosecutor: 'official',
  judge: 'official',
  researcher: 'official',
  scientist: 'official',
  engineer: 'official',
  correspondent: 'official',
  editor: 'official',
  reporter: 'official',
  officer: 'official',
  general: 'official',
  colonel: 'official',
  deputy: 'official',
  executive: 'official',
  'chief financial officer': 'official',
  cfo: 'official',
  coo: 'official',
  cto: 'official',
  treasurer: 'official',
  negotiator: 'official',
  mediator: 'official',
  commissioner: 'official',
  inspector: 'official',
  coordinator: 'official',
  administrator: 'official',
  // Clergy: a faith's offices, said of a country's or a church's clergy ("the Grand Mufti of Lebanon, Abdel-Latif Derian").
  'grand mufti': 'official',
  mufti: 'official',
  patriarch: 'official',
  archbishop: 'official',
  bishop: 'official',
  'chief rabbi': 'official',
  imam: 'official',
};

/** Jobs only bodies have: whoever owns one is an organisation ("Albion Water's chief executive"). */
export const BODY_JOBS = new Set([
  'chief executive',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'chairman',
  'chairwoman',
  'founder',
  'director',
  'managing director',
  'general secretary',
  'secretary general',
  'secretary-general',
  'chief commissioner',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'manager',
  'coach',
  'captain',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'player',
]);
/** Jobs held for a place: whoever owns one is a place ("the US ambassador", "mayor of Concepción"). */
export const PLACE_JOBS = new Set(['mayor', 'governor', 'ambassador', 'envoy', 'consul']);

/** Job words that read as titles inside a capitalised run ("Northrop Grumman CEO Ron Sugar"). */
export const RUN_JOB_WORDS = new Set([
  'CEO',
  'CFO',
  'COO',
  'CTO',
  'Chief Executive Officer',
  'Chief Operating Officer',
  'Chief Financial Officer',
  'Chief Technology Officer',
  'Chief Executive',
  'Vice Chairman',
  'Press Secretary',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Spokesman',
  'Spokeswoman',
  'Spokesperson',
  'Coach',
  'Manager',
  'Analyst',
  'Director',
  'Managing Director',
  'Founder',
  'Coordinator',
  'Commissioner',
  'Administrator',
  'Superintendent',
  'Leader',
  'Deputy Leader',
  'Host',
  'Anchor',
  'Correspondent',
  'District Judge',
  'Circuit Judge',
  'Magistrate Judge',
  'Chief Judge',
  'Engineer',
  'Clerk',
  'Member',
  'Adviser',
  'Advisor',
  'National Security Adviser',
  'National Security Advisor',
  'Vice-President',
  'Vice-President-elect',
]);

/** Plurals that close a sports team's name ("Orlando Pirates", "Kaizer Chiefs", "Waikato Chiefs"), as no person's surname does. */
export const TEAM_PLURALS = new Set(
  `pirates chiefs warriors rangers lions tigers eagles giants raiders patriots sharks bulls knights saints wolves stars celtics lakers swallows arrows leopards highlanders stormers crusaders blues hurricanes rovers wanderers dolphins panthers jaguars cowboys packers steelers broncos bears falcons ravens cardinals pelicans rockets spurs nets knicks dodgers yankees mets braves cubs titans seahawks chargers vikings jets rebels reds hawks`.split(
    ' ',
  ),
);

/** Heads of a place or body: a formal title of theirs makes them its leader, not its official. */
export const HEAD_TITLES = new Set([
  'president',
  'prime minister',
  'chancellor',
  'king',
  'queen',
  'emir',
  'sultan',
  'mayor',
  'governor',
  'chairman',
  'chairwoman',
  'chair',
  'chief executive',
  'ceo',
  'president-elect',
  'pope',
  'crown prince',
  'secretary-general',
  'secretary general',
  'leader',
  'head',
  'founder',
  'coach',
  'manager',
  'captain',
  'director',
  'managing director',
]);

/** Verbs after ", who" that state a relation to the organisation named next. */
export const WHO_VERBS: Record<string, 'leader' | 'commander' | 'member' | 'official'> = {
  commands: 'commander',
  commanded: 'commander',
  leads: 'leader',
  led: 'leader',
  heads: 'leader',
  headed: 'leader',
  runs: 'leader',
  ran: 'leader',
  chairs: 'leader',
  chaired: 'leader',
  founded: 'leader',
  coaches: 'leader',
  manages: 'leader',
  'plays for': 'member',
  'played for': 'member',
  'signed for': 'member',
  'works for': 'official',
  'worked for': 'official',
  'works at': 'official',
  represents: 'official',
};

/** Words that end an organisation's name. */
export const ORGANIZATION_WORDS = new Set(
  `academy administration aerospace agency air aircraft airline airlines airplanes airways alliance army assembly association authority automotive aviation bank battalion bloc board bourse brigade brigades broadcasting bureau cabinet center centre chamber chemicals church club coalition college command commission committee communications company congress consortium corp corporation corps council court department devices directorate division electronics energy engineering exchange fc federation force forces forum foundation front fund gallery gas group gruppen guard holding holdings inc industries institute institution insurance investments labs league limited llc logistics ltd management materials media metals militia mining ministry motors movement museum mutual navy network news office oil organisation organization parliament partners party pharmaceuticals platinum plc police post power press program programme publishing radio railways regiment registry resources school secretariat securities semiconductor semiconductors senate service services shipping society steel studios systems technologies telecom television therapeutics times tribunal trust union united university ventures watch water`.split(
    ' ',
  ),
);

/** "House of Representatives", "House of Lords": a chamber's name before "of", though lexicons read "House" as a place. */
export const HOUSES = new Set(['house', 'chamber']);

/** "Sultanate of Oman", "Kingdom of Saudi Arabia", "State of Mexico": a polity's name before "of", a place's name whole. */
export const POLITIES = new Set([
  'kingdom',
  'republic',
  'sultanate',
  'emirate',
  'principality',
  'duchy',
  'state',
  'states',
]);

/** "Bay of Biscay", "Strait of Hormuz", "Palace of Versailles": a feature of the land or sea, or a building, named with "of", a place's name whole. */
export const PLACE_HEADS_BEFORE_OF = new Set([
  'bay',
  'gulf',
  'sea',
  'strait',
  'straits',
  'isle',
  'isles',
  'cape',
  'horn',
  'valley',
  'palace',
  'castle',
  'cathedral',
  'abbey',
  'tower',
]);

/** The points of the compass, which open places' names ("North Darfur") and stand for them ("the South's army"). */
export const COMPASS_POINTS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
]);

/** Common words that open many names when capitalised before another name word ("New York", "North Korea", "Air France"). */
export const NAME_OPENERS = new Set(['new', 'north', 'south', 'east', 'west', 'air']);

/** The features of the land a lower-case word names after a name ("Manila bay", "Yangtze river"). */
const NATURAL_FEATURES = [
  'bay',
  'river',
  'lake',
  'valley',
  'delta',
  'island',
  'islands',
  'mountains',
  'peninsula',
  'strait',
  'gulf',
];
/** Lower-case words after a name that make the whole a place ("Latakia airport"). */
export const PLACE_FACILITY_WORDS = [
  'nuclear power plant',
  'nuclear power station',
  'power plant',
  'power station',
  'nuclear plant',
  'air base',
  'airbase',
  'airport',
  'port',
  'harbour',
  'harbor',
  'stadium',
  'prison',
  'hotel',
  'hospital',
  'refinery',
  'square',
  'bridge',
  'dam',
  'crossing',
  'border crossing',
  'camp',
  'base',
  'palace',
  'mine',
  ...NATURAL_FEATURES,
];
/** Of those, the features of the land: "Manila bay" is a place of its own, not a facility of the city's. */
export const NATURAL_FEATURE_WORDS = new Set(NATURAL_FEATURES);

/** "Mohammed Yusuf has more from Nairobi": a broadcast's sign-off names its reporter, no one in the story. */
export const SIGN_OFF_AFTER = /^\s+(?:has more|has this report|has the story|has the details|reports from\b|reports\.)/;

/** Words before a quoted title of a report, a book or a film ("a report entitled \"Al-Qaeda Vulnerabilities\""). */
export const WORK_TITLE_BEFORE =
  /\b(?:entitled|titled|called|labelled|labeled|classified|marked|headlined|named)\s+["“]$/;
/** A kind of work before its quoted title, however short ("the film “Earwig”"). */
export const WORK_NOUN_BEFORE =
  /\b(?:film|movie|documentary|book|novel|memoir|album|song|single|play|opera|series|poem|painting)\s+["“]$/;
/** Lower-case words after a name that make the whole a gathering or body ("Doha forum"). */
export const ORGANIZATION_FACILITY_WORDS = ['forum', 'summit', 'conference'];

/** Prepositions (and verbs of travel) after which a name is a place ("fled to Moscow", "visited Kahramanmaras"). */
export const LOCATIVE_PREPOSITIONS = new Set([
  'in',
  'at',
  'to',
  'from',
  'towards',
  'toward',
  'into',
  'near',
  'outside',
  'across',
  'via',
  'through',
  'around',
  'inside',
  'within',
  'visited',
  'visiting',
  'toured',
  'reached',
]);
/** Prepositions that bodies and people follow as often as places ("analysts at Bernstein", "a loan from Gazprom"): weaker evidence. */
export const SHARED_PREPOSITIONS = new Set(['at', 'to', 'from']);

/** Words after a name that show an organisation speaking as a body ("Reuters reported"). */
export const REPORTING_AFTER =
  /^\s+(?:reported|reports|news agency|said in a statement|announced|confirmed in a statement)\b/;
/** "according to Reuters", "told Reuters", "a Reuters report". */
export const REPORTING_BEFORE = /\b(?:according to|told|cited by|quoted by)\s+$/i;

/** Kinds of body, written before a body's name ("automaker Chrysler", "its European division, Opel"). */
export const BODY_NOUNS = [
  'automaker',
  'carmaker',
  'brand',
  'airline',
  'insurer',
  'lender',
  'bank',
  'retailer',
  'broadcaster',
  'manufacturer',
  'maker',
  'firm',
  'company',
  'conglomerate',
  'subsidiary',
  'division',
  'unit',
  'supplier',
  'operator',
  'regulator',
  'group',
  'party',
  'militia',
  'faction',
  'movement',
  'agency',
  'charity',
  'newspaper',
  'magazine',
  'journal',
  'tabloid',
  'publication',
  'museum',
  'club',
  'network',
  'organisation',
  'organization',
  'union',
];
/** What names a body just before its name: a kind of body, a stake, share or holding in it ("a 20 percent stake in Fiat"), a merger with it, where it is based ("Oslo-based Nordlys Labs"), or that it rules ("the ruling Pangu Pati"). */
export const BODY_BEFORE = new RegExp(
  `\\b(?:(?:${BODY_NOUNS.join('|')})s?(?:,\\s*|\\s+)|(?:stakes?|shares?|holdings?|interest|investment)\\s+in\\s+|(?:merged|merger|merge|partnership|joint venture)\\s+with\\s+|(?:acquisition|takeover)\\s+of\\s+|[a-z]+-based\\s+|ruling\\s+)(?:the\\s+)?["“'‘]?$`,
  'i',
);
/** "the satirical magazine Charlie Hebdo", "the club Orlando Pirates": a kind of body right before a name, in apposition to it, outweighs a given name's shape. */
export const BODY_KIND_BEFORE = new RegExp(`\\b(?:${BODY_NOUNS.join('|')}) $`, 'i');
/** "joined Northfield from Ajax", "joined Karoo from Anglo Metals": whoever joins a body comes from another. */
export const JOINED_FROM = /\bjoined\s+(?:the\s+)?\p{Lu}[^\n.;:]{0,40}?\s+from\s+(?:the\s+)?$/u;
/** "McDonnell Douglas merged with Boeing", "Hanul shares fell", "the Third Way won 14 seats": what only a body does or has. */
export const BODY_AFTER =
  /^(?:['’]s?)?\s+(?:merged|merges|shares|stock|share price)\b|^\s+(?:won|took|secured|gained|lost|holds|held)\s+(?:\d+|[a-z]+)\s+(?:more\s+)?seats\b|^\s+(?:party|group|militia|faction|movement|radio|television|newspaper|broadcaster|agency|network)\b|^\s+(?:company|firm|conglomerate|subsidiary|carrier|airline|insurer|retailer|automaker|carmaker)\b(?!\s+\p{Lu})/u;

/** A name written in a list that a plural kind of body closes: "the Sovereignty, al-Azm, and Resolve blocs", "the Labour and Green parties". */
const LISTED_ITEM = String.raw`(?:(?:al|el)-)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;
export const LISTED_BODIES_AFTER = new RegExp(
  String.raw`^(?:,\s+(?:and\s+)?${LISTED_ITEM})*(?:,?\s+(?:and|or)\s+${LISTED_ITEM})?\s+(?:parties|blocs|groups|coalitions|movements|factions|militias|unions|companies|firms|clubs|teams|banks|agencies)\b`,
  'u',
);
/** A name written in a list that a plural kind of place closes: "the Jamuna, Brahmaputra and Surma rivers". */
export const LISTED_PLACES_AFTER = new RegExp(
  String.raw`^(?:,\s+(?:and\s+)?${LISTED_ITEM})*(?:,?\s+(?:and|or)\s+${LISTED_ITEM})?\s+(?:rivers|lakes|mountains|islands|provinces|districts|regions|states|counties|villages|towns|cities)\b`,
  'u',
);

/** "a woman called Azize", "a man named Mustafa", "son of Dost Muhammad", "the god Apollo", "the poet Ovid": a person introduced by a kind of person. */
export const PERSON_BEFORE =
  /\b(?:(?:woman|man|girl|boy|child|son|daughter|mother|father|person|resident|survivor|worker|teenager)\s+(?:called|named)|(?:son|daughter|wife|widow)\s+of|[sdw]\/o|god|goddess|deity|demigod|hero|heroine|prophet|prophetess|priest|priestess|nymph|poet|painter|sculptor|composer|philosopher)\s+$/;
/** What only a person is or does, right after the name: an age ("Kwame Boateng, 23,"), a parent or spouse named in police copy ("Irfan son of Dost Muhammad", "s/o"), an arrest or a death, an administration ("the Biden administration"). */
export const PERSON_AFTER =
  /^(?:,\s+\d{1,3},(?!\d)|,?\s+(?:son|daughter|wife|widow)\s+of\b|\s+[sdw]\/o\b|\s+(?:was|is|has been|had been)\s+(?:arrested|jailed|sentenced|detained|born|killed|injured|wounded|married)\b|\s+(?:died|resigned)\b|\s+[Aa]dministration\b)/u;

/** "north of Camana", "the outskirts of Homs", "a suburb of Sydney", "the town of Ovren", "the provinces of Catanduanes", "resident of Swat", "living at Gharibabad", "member of parliament for Saint Mary's", "in nearby Oakbridge", "orbit Earth", "flew over the village of Dunmarrow": only a place is this. */
export const PLACE_BEFORE =
  /\b(?:(?:in|to|from|at|into)\s+(?:nearby|neighbouring|neighboring)|(?:resident|residents|native|natives)\s+of|r\/o|hailing\s+from|living\s+(?:at|in)|orbit(?:s|ed|ing)?|(?:fl(?:ew|y|ies|ying|own)|hover(?:s|ed|ing)?)\s+over|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|outskirts|suburbs?|neighbou?rhood)\s+of|(?:the|a)\s+(?:(?:district|village|town|province|region|state|island|municipality)s?|city|cities|county|counties)\s+of|(?:MP|member of parliament|lawmaker|legislator|deputy)\s+for)\s+(?:the\s+)?$/i;
/** U.S. states as AP style abbreviates them after a town ("Kensington, Md.", "Hartford, Conn."), without the stop. */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    Ala: 'Alabama',
    Ariz: 'Arizona',
    Ark: 'Arkansas',
    Calif: 'California',
    Colo: 'Colorado',
    Conn: 'Connecticut',
    Del: 'Delaware',
    Fla: 'Florida',
    Ga: 'Georgia',
    Ill: 'Illinois',
    Ind: 'Indiana',
    Kan: 'Kansas',
    Ky: 'Kentucky',
    La: 'Louisiana',
    Md: 'Maryland',
    Mass: 'Massachusetts',
    Mich: 'Michigan',
    Minn: 'Minnesota',
    'N.C': 'North Carolina',
    'N.D': 'North Dakota',
    'N.H': 'New Hampshire',
    'N.J': 'New Jersey',
    'N.M': 'New Mexico',
    'N.Y': 'New York',
    'R.I': 'Rhode Island',
    'S.C': 'South Carolina',
    'S.D': 'South Dakota',
    'W.Va': 'West Virginia',
    Miss: 'Mississippi',
    Mo: 'Missouri',
    Mont: 'Montana',
    Neb: 'Nebraska',
    Nev: 'Nevada',
    Okla: 'Oklahoma',
    Ore: 'Oregon',
    Pa: 'Pennsylvania',
    Tenn: 'Tennessee',
    Vt: 'Vermont',
    Va: 'Virginia',
    Wash: 'Washington',
    Wis: 'Wisconsin',
    Wyo: 'Wyoming',
    // Canada's provinces, as The Canadian Press abbreviates them.
    'B.C': 'British Columbia',
    Alta: 'Alberta',
    Sask: 'Saskatchewan',
    Ont: 'Ontario',
    Que: 'Quebec',
    'N.S': 'Nova Scotia',
    'N.B': 'New Brunswick',
    'P.E.I': 'Prince Edward Island',
    'N.L': 'Newfoundland and Labrador',
  }),
);
/** A state's abbreviation by its name ("Pennsylvania" → "Pa"). */
export const STATE_ABBREVIATION_OF: ReadonlyMap<string, string> = new Map(
  [...STATE_ABBREVIATIONS].map(([abbreviation, state]) => [state, abbreviation]),
);
/** A town and a comma before a state's abbreviation and its stop. */
export const TOWN_BEFORE_STATE = /\p{Lu}[\p{L}.'’-]*,\s$/u;

/** ", the country's second-largest city", ", a town in", ", in the Colca Valley", ", Albay province", "—capital of the Inca empire": an apposition that places a name. */
export const PLACE_APPOSITIVE =
  /^(?:,\s+|\s[-–—]\s+|[–—]\s*)(?:(?:capital|city|town|village|port)\s+of\b|(?:located|situated)\s+(?:in|near|on|at|along)\b|in\s+(?:the\s+)?\p{Lu}|\p{Lu}[\p{L}'’-]+\s+(?:province|state|region|county|district|prefecture|governorate)\b|(?:the|a|an|its)\s+(?:[\p{L}'’-]+\s+){0,3}(?:city|town|village|capital|province|region|district|island|county|river|valley|port|municipality|suburb|neighbourhood|neighborhood|favela|slum|township|settlement|community|country|nation|state|territory|archipelago)\b(?![’']))/u;

/** What follows a surname and is none ("William Clay Ford Jr."). */
const GENERATIONAL_SUFFIXES = new Set(['jr', 'jr.', 'jnr', 'jnr.', 'sr', 'sr.', 'snr', 'snr.', 'ii', 'iii', 'iv']);

/** A name's words without the generational suffix that may end it. */
function withoutGenerationalSuffix(words: readonly string[]): readonly string[] {
  return words.length > 1 && GENERATIONAL_SUFFIXES.has(words[words.length - 1]!.toLowerCase())
    ? words.slice(0, -1)
    : words;
}

/** A romanised Korean given name, after the surname ("Park Ji-hoon", "Lee Soo-yeon"); "Mensah-Bonsu" is a surname. */
const GIVEN_NAME_AFTER_SURNAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** The commonest Chinese family names in pinyin, which come before the given name ("Wang Yifang", "Wu Ji"). */
const CHINESE_SURNAMES = new Set(
  `Bai Bao Cai Cao Chen Cheng Cui Dai Deng Ding Dong Du Duan Fan Fang Feng Fu Gao Gong Gu Guo Han Hao He Hong Hou Hu Huang Jia Jiang Jin Kang Kong Lai Lei Li Liang Liao Lin Liu Long Lu Luo Ma Mao Meng Pan Peng Qian Qin Qiu Ren Shao Shen Shi Song Su Sun Tan Tang Tao Tian Wan Wang Wei Wen Wu Xia Xiao Xie Xiong Xu Xue Yan Yang Yao Ye Yin Yu Yuan Zeng Zhang Zhao Zheng Zhong Zhou Zhu Zou`.split(
    ' ',
  ),
);
/** A pinyin given name of one or two syllables ("Ji", "Yifang", "Chaoyang"). */
const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u)';
const PINYIN_GIVEN_NAME = new RegExp(`^${PINYIN_SYLLABLE}(?:${PINYIN_SYLLABLE})?$`, 'i');

/**
 * The commonest Korean family names, and Chinese ones as Singapore, Malaysia, Hong Kong and
 * Taiwan romanise them, which come before a given name of two syllables written apart ("Lee
 * Jae Myung", "Lee Hsien Loong", "Lim Guan Eng").
 */
const EAST_ASIAN_SURNAMES = new Set(
  `Ahn An Bae Baek Byun Cha Chae Choi Cho Chung Chun Ha Ham Han Heo Hong Hwang Hyun Im Jang Jeon Jeong Ji Jin Jo Joo Jung Kang Kim Ko Kwak Kwon Lee Lim Min Moon Na Nam Noh Oh Park Ryu Seo Shin Son Song Sung Um Won Woo Yang Yoo Yoon Yu Yun Chan Chia Cheung Chiang Goh Ho Hsu Koh Lau Leung Low Ng Ong Tan Teo Toh Tsai Wong Yeo`.split(
    ' ',
  ),
);
/** A romanised Korean or Chinese syllable of a given name written apart ("Jae", "Myung", "Hsien", "Loong", "Un"), not "Ann" or "Lee". */
const GIVEN_SYLLABLE =
  /^(?:[bcdghjkmnprstwy]|ch|hs|ts|kk|tt|pp|ss|jj)?(?:yeo|eo|eu|ae|oe|ui|wa|wo|we|wi|ya|yo|yu|ye|ie|ia|ua|uo|ai|ei|ao|ou|oo|ew|a|e|i|o|u)(?:ng|n|m|l|k|p|t)?$/i;

/**
 * Where a name's surname stands among its written words: last, before a generational suffix,
 * or first before a Korean given name (hyphenated), a Chinese one after a Chinese family name,
 * or two syllables written apart after an East Asian family name ("Lee Jae Myung").
 */
export function surnameAt(words: readonly string[]): number {
  const named = withoutGenerationalSuffix(words);
  const givenNameSecond =
    (named.length === 2 &&
      (GIVEN_NAME_AFTER_SURNAME.test(named[1]!) ||
        (CHINESE_SURNAMES.has(named[0]!) && PINYIN_GIVEN_NAME.test(named[1]!)))) ||
    (named.length === 3 &&
      (EAST_ASIAN_SURNAMES.has(named[0]!) || CHINESE_SURNAMES.has(named[0]!)) &&
      GIVEN_SYLLABLE.test(named[1]!) &&
      GIVEN_SYLLABLE.test(named[2]!));
  return givenNameSecond ? 0 : named.length - 1;
}

/** Abbreviations that end with a full stop inside a name ("St. Louis", "Mt. Kenya"). */
export const NAME_ABBREVIATIONS = new Set(['St', 'Mt', 'Ft', 'Jr', 'Sr', 'Co', 'Corp', 'Inc', 'Ltd']);

/** Abbreviated titles that end with a full stop before a name ("Lt. Gen. Ahmed", "Sen. Warren"). */
export const TITLE_ABBREVIATIONS = new Set([
  'Lt',
  'Gen',
  'Sen',
  'Rep',
  'Gov',
  'Dr',
  'Col',
  'Maj',
  'Capt',
  'Brig',
  'Adm',
  'Sgt',
  'Cpl',
  'Prof',
  'Rev',
  'Mr',
  'Mrs',
  'Ms',
  'Pres',
  'Amb',
  'Cmdr',
  'Supt',
  'Insp',
  'Det',
  'Atty',
]);

/** What ends a company's legal name ("Chrysler LLC"): a name written after it is someone else's ("Chrysler LLC Jim Press"). */
export const LEGAL_SUFFIXES = new Set([
  'inc',
  'llc',
  'ltd',
  'plc',
  'corp',
  'co',
  'ag',
  'sa',
  'nv',
  'gmbh',
  'bv',
  'spa',
  // Nordic, Malaysian and Australian forms ("Idex ASA", "Volvo AB", "Nokia Oyj", "Genting Bhd", "Qantas Airways Pty")
  'asa',
  'ab',
  'oyj',
  'bhd',
  'pty',
  'llp',
]);

/** Oceans, seas, deserts, rivers and mountain ranges news names by one word ("across the Atlantic", "the edge of the Sahara"), which the gazetteer of towns and regions lacks; folded. */
export const ONE_WORD_FEATURES = new Set(
  'atlantic pacific arctic antarctic mediterranean baltic adriatic aegean sahara sahel gobi kalahari namib negev atacama mojave nile danube mekong euphrates tigris ganges yangtze rhine volga zambezi limpopo himalayas alps andes rockies urals pyrenees carpathians apennines'.split(
    ' ',
  ),
);

/** Last words that make a name a place ("Pearl Harbor", "Changi International Airport", "Everett Factory", "Uffizi Gallery", "Kruger National Park", "Jamia Nagar"). */
export const PLACE_NAME_ENDINGS = new Set([
  'airport',
  'airbase',
  'cosmodrome',
  'spaceport',
  'port',
  'harbour',
  'harbor',
  'stadium',
  'square',
  'bridge',
  'dam',
  'palace',
  'factory',
  'plant',
  'refinery',
  'hospital',
  'museum',
  'gallery',
  'cathedral',
  'mosque',
  'zoo',
  'sanctuary',
  'hotel',
  'prison',
  'jail',
  'highway',
  'motorway',
  'expressway',
  'freeway',
  'road',
  'avenue',
  'boulevard',
  // South Asian localities' heads ("Jamia Nagar", "Model Colony", "Karimdad Kalay", "Anarkali Bazaar").
  ...'nagar colony vihar bagh chowk bazaar bazar mandi mohalla kalay killi dheri goth'.split(' '),
  ...[
    'archipelago',
    'basin',
    'bay',
    'canal',
    'canyon',
    'coast',
    'creek',
    'delta',
    'desert',
    'estuary',
    'falls',
    'fjord',
    'glacier',
    'gulf',
    'highlands',
    'island',
    'islands',
    'lagoon',
    'lake',
    'mountains',
    'ocean',
    'peninsula',
    'plateau',
    'province',
    'provinces',
    'region',
    'regions',
    'reef',
    'reservoir',
    'river',
    'sea',
    'springs',
    'strait',
    'trench',
    'trough',
    'valley',
    'volcano',
  ],
]);

/** Titles that open places' names ("Lady Elliott Island", "Prince Edward Island", "King George Island"). */
export const PLACE_OPENING_TITLES = new Set(['Lady', 'Lord', 'King', 'Queen', 'Prince', 'Princess']);

/** First words that make a name a place ("Mount Sinabung", "Lake Victoria", "Cape Town", "San Diego", "Saint Mary's"). */
export const PLACE_NAME_OPENERS = new Set([
  'mount',
  'mt.',
  'lake',
  'cape',
  'gulf',
  'port',
  'fort',
  'ft.',
  'isle',
  'saint',
  'st.',
  'san',
  'santa',
  'são',
  'sao',
]);

/** A name in a list that a plural kind of place and "such as" opens: "rivers such as Mohana, Khutiya, Kada". */
export const LISTED_PLACES_BEFORE = new RegExp(
  String.raw`\b(?:rivers|lakes|mountains|islands|provinces|districts|regions|states|counties|villages|towns|cities|countries|municipalities)\s+(?:such\s+as|including|like|namely)\s+(?:${LISTED_ITEM},\s+(?:and\s+|or\s+)?)*(?:${LISTED_ITEM}\s+(?:and|or)\s+)?$`,
  'u',
);
/** "the Bicol and eastern Visayas regions": a name before another that shares a plural place word with it. */
export const PLACE_SHARED_AFTER =
  /^ (?:and|or) (?:[\p{L}'’-]+ ){1,3}(?:provinces|regions|districts|counties|states|islands)\b/iu;

/** "in Sydney's south-west", "Lahore's outskirts", "Melbourne's inner north": a part of a place named by its possessive. */
export const PLACE_PART_AFTER =
  /^['’]s\s+(?:(?:inner|outer|far|greater)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|outskirts|suburbs|outer suburbs|centre|center|CBD|city centre|downtown|old city)(?![\p{L}-])/u;
/** The last words of sports grounds' names, a place after "at" ("at Eden Park", "at Kensington Oval"); "Park" is a surname too. */
export const VENUE_ENDINGS = new Set([
  'park',
  'oval',
  'ground',
  'grounds',
  'arena',
  'field',
  'showground',
  'racecourse',
]);

/** "Abra province", "the Niger Delta region", "Dubai's Naif area": a lower-case word after a name that makes it a place without joining it. */
export const PLACE_AFTER =
  /^\s+(?:province|region|coast|county|district|governorate|prefecture|municipality|town|village|island|favela|slum|township|neighbourhood|neighborhood|suburb|area)s?\b/;
/** "in Rosas, Valle del Cauca department": after a town and a comma, a department is the region the town is in. */
export const DEPARTMENT_AFTER_TOWN = { before: /\p{Lu}[\p{L}'’-]*,\s+$/u, after: /^\s+department\b/ };
/** "from Quang Binh to Kon Tum": the ends of a stretch of land, where the other end is a place. */
export const STRETCH_FROM_BEFORE = /\bfrom\s+$/;
export const STRETCH_TO_AFTER = /^\s+to\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u;
export const STRETCH_TO_BEFORE = /\bfrom\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+to\s+$/u;

/** First words of what is named but is no person, place or body: storms, operations ("Typhoon Goni", "Operation Desert Storm"). */
export const NOT_ENTITY_OPENERS = new Set([
  'typhoon',
  'hurricane',
  'cyclone',
  'storm',
  'tropical',
  'super',
  'operation',
]);

/** Capitalised words that are never an entity of a story: deities and their places, faiths, languages and peoples, time zones, seasons, and the acronyms of measures and things ("GDP", "EPS", "SUV"). */
export const NEVER_ENTITIES = new Set([
  ...'hindu hindus muslim muslims christian christians jewish jew jews sikh sikhs buddhist buddhists catholic catholics protestant protestants sunni sunnis shia shiite shiites evangelical evangelicals'.split(
    ' ',
  ),
  // Languages and peoples that are no country's demonym ("classical Arabic", "issues for Maori").
  ...'arabic mandarin cantonese swahili urdu hindi farsi hebrew sanskrit yiddish amharic tagalog pashto maori māori pasifika inuit sami aboriginal aborigines bedouin bedouins'.split(
    ' ',
  ),
  // Ethnic groups and tribes, as nouns or before one ("pro-southern Dinka", "the Arab nomad tribe", "the Genocide against the Tutsi").
  ...'arab arabs tutsi tutsis hutu hutus dinka nuer shilluk pashtun pashtuns pathan pathans baloch baluch hazara hazaras kurd kurds kurdish yazidi yazidis druze alawite alawites berber berbers amazigh tuareg kikuyu kalenjin maasai masai zulu zulus xhosa yoruba igbo hausa fulani tamil tamils sinhalese uyghur uyghurs uighur uighurs rohingya tatar tatars'.split(
    ' ',
  ),
  // Events known by one word ("the Genocide", "the Holocaust"), and a sport's match ("the second Test", "Test veteran").
  ...'genocide holocaust shoah nakba intifada test'.split(' '),
  'gdp',
  // "a live TV programme": television, no broadcaster.
  'tv',
  'gnp',
  'eps',
  'gaap',
  'ebit',
  'ebitda',
  'ipo',
  'etf',
  'cpi',
  'ppi',
  'pmi',
  'vat',
  'lng',
  'lpg',
  'suv',
  'suvs',
  'dna',
  'hiv',
  // Diseases and the viruses that cause them ("the Ebola virus", "Sars-CoV-2, the virus that causes Covid-19").
  ...'aids ebola nipah zika marburg lassa sars mers covid sars-cov-2 h5n1 h1n1 mpox monkeypox chikungunya hendra'.split(
    ' ',
  ),
  // Degrees and things known by their initials ("a PhD in criminology", "a CCTV recording").
  ...'phd mba msc bsc llb cctv gps atm dvd mp3 usb sms mri icu ceo cfo'.split(' '),
  // An adjective of a state that no longer exists, no place's name ("Soviet man").
  'soviet',
  'god',
  'allah',
  'almighty',
  'heaven',
  'hell',
  'paradise',
  'satan',
  'utc',
  'gmt',
  'est',
  'edt',
  'pst',
  'pdt',
  'cet',
  'cest',
  'bst',
  // Honours and ranks written after a name ("James Wolffe, QC").
  ...'qc kc obe mbe cbe kbe dbe frs'.split(' '),
  'internet',
  'web',
  'summer',
  'winter',
  'spring',
  'autumn',
]);

/**
 * Feasts, holy months, civic and memorial days, folded with hyphens as spaces ("before
 * Christmas", "during Ramadan", "Eid al-Fitr", "Kwibuka"): a time of the year, no person, place
 * or body. After compromise-dates' holiday words (a devDependency whose package exports only
 * its plugin, not the list), with the feasts of South Asia, Africa and East Asia it lacks.
 */
export const HOLIDAYS = new Set([
  ...'christmas xmas advent epiphany lent easter pentecost halloween thanksgiving kwanzaa juneteenth'.split(' '),
  ...['christmas eve', 'christmas day', 'boxing day', 'good friday', 'palm sunday', 'ash wednesday', 'easter sunday'],
  ...['holy thursday', 'holy saturday', 'holy week', 'maundy thursday', 'black saturday', 'shrove tuesday'],
  ...['easter monday', 'mardi gras', 'new year', 'new years', 'new years eve', 'new years day', 'lunar new year'],
  ...['chinese new year', 'orthodox christmas', 'orthodox easter', 'day of the dead', 'valentines day'],
  ...'ramadan ramazan ramzan eid muharram ashura mawlid nowruz norouz navruz'.split(' '),
  ...['eid al fitr', 'eid ul fitr', 'eid al adha', 'eid ul adha', 'eid ul azha', 'lailat al qadr'],
  ...'diwali deepavali holi navratri dussehra onam pongal vesak'.split(' '),
  ...['durga puja', 'ganesh chaturthi', 'raksha bandhan', 'guru nanak jayanti'],
  ...'passover hanukkah chanukah purim sukkot shavuot'.split(' '),
  ...['yom kippur', 'rosh hashanah', 'rosh hashana'],
  ...'songkran tet kwibuka'.split(' '),
]);

/** Parties named by what they are, after a demonym ("Scottish Labour", "Welsh Conservatives", "German Greens"). */
export const PARTY_NAMES = new Set([
  'Labour',
  'Conservatives',
  'Tories',
  'Greens',
  'Liberals',
  'Nationalists',
  'Socialists',
]);

/** "Two Americans", "Thousands": numbers that open a sentence are no part of a name. */
export const NUMBER_WORDS = new Set(
  'first one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions dozens scores'.split(
    ' ',
  ),
);

/** The last words of events' names ("Climate Change Conference", "Rio Olympic Games", "Paris Air Show", "WTA Finals"): an event is no person, place or body. */
export const EVENT_WORDS = new Set([
  'Conference',
  'Summit',
  'Olympics',
  'Games',
  'Cup',
  'Championship',
  'Championships',
  'Finals',
  'Open',
  'Tournament',
  'Prix',
  'Awards',
  'Festival',
  'Expo',
  'Show',
  'Marathon',
  'Competition',
  'Concert',
  // "the State of the Nation Address"
  'Address',
  // "the Rwandan Genocide", "the Cultural Revolution", "a Wales Test".
  'Genocide',
  'Massacre',
  'Holocaust',
  'Revolution',
  'Uprising',
  'Intifada',
  'Test',
]);

const DEMONYM_ENDINGS = ['ians', 'eans', 'ans', 'ns', 'ian', 'ean', 'ese', 'an', 'n', 'is', 'i', 'ers', 'er'];
const PLACE_ENDINGS_FOR_DEMONYM = ['', 'a', 'y', 'e', 'o', 'ia'];

/** The names of places a word would be the demonym of, by its ending ("Kenyans" → "Kenya", "African" → "Africa", "Zealander" → "Zealand"). */
export function placesOfDemonym(word: string): string[] {
  return DEMONYM_ENDINGS.filter((ending) => word.endsWith(ending) && word.length - ending.length >= 3).flatMap(
    (ending) =>
      PLACE_ENDINGS_FOR_DEMONYM.map((placeEnding) => word.slice(0, word.length - ending.length) + placeEnding),
  );
}
