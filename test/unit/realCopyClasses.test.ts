/**
 * Kinds of mistake found on real copy the project had not seen (blind rounds), each rule
 * tested on invented text: a body whose name opens with a place's word, titles in
 * appositions, teams, legal suffixes, speakers, headlines, quotations, Korean names and more.
 */
import * as assert from 'assert';
import { buildDictionary } from '../../src/core/builder/build';
import { checkDraft } from '../../src/core/consistency/check';
import { DEFAULT_CHECK_OPTIONS } from '../../src/core/consistency/findings';
import { compromiseTagger } from '../../src/core/builder/compromiseTagger';
import { parseDay } from '../../src/core/text/calendar';
import { figuresIn } from '../../src/core/text/figures';
import { furnitureOf, storyText } from '../../src/core/text/furniture';
import { headlineSpans } from '../../src/core/text/structure';
import { findingsOf, indexOf, person } from './helpers';

const fallbackDate = parseDay('2026-01-15')!;
const entities = (text: string) =>
  buildDictionary(text, { tagger: compromiseTagger, fallbackDate }).dictionary.entities.map(
    (entity) => `${entity.name} [${entity.type}]`,
  );

/** The aliases of a built entity, as written. */
const aliasTexts = (entity: { aliases: readonly (string | { text: string })[] } | undefined) =>
  entity?.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text));

/** The quotations a dictionary built from `text` records: the speaker's name, the verb if asked, and the words' first characters. */
function quotedIn(text: string, { verb = false, length = 14 } = {}): (string | null)[][] {
  const dictionary = buildDictionary(text, { tagger: compromiseTagger, fallbackDate }).dictionary;
  return (dictionary.quotations ?? []).map((quotation) => [
    dictionary.entities.find((entity) => entity.id === quotation.speaker)?.name ?? null,
    ...(verb ? [quotation.verb] : []),
    quotation.text.slice(0, length),
  ]);
}

describe('bodies named with "of" after a word that can open a place', function () {
  this.timeout(20000);

  it('reads "Central Bank of …" and "Central Committee of …" as bodies, "Gulf of …" still as a place', () => {
    const bank = entities(
      'Central Bank of Velmar governor Jane Orwick said inflation eased. Jane Orwick, governor of the Central Bank of Velmar, spoke.',
    );
    assert.ok(bank.includes('Central Bank of Velmar [organization]'), bank.join('; '));
    const committee = entities('The Central Committee of the Velmar Workers Party met on Monday.');
    assert.ok(committee.includes('Central Committee of the Velmar Workers Party [organization]'), committee.join('; '));
    const gulf = entities('Tankers crossed the Gulf of Tarsk on Monday.');
    assert.ok(gulf.includes('Gulf of Tarsk [place]'), gulf.join('; '));
  });
});

describe('a company named with and without its legal suffix', function () {
  this.timeout(20000);

  it('keeps the name without the suffix as an alias, which drafts write', () => {
    const company = buildDictionary(
      'Nordlys Inc. said on Monday it would open a plant in Tarsk. Later, Nordlys said it was pleased.',
      { tagger: compromiseTagger, fallbackDate },
    ).dictionary.entities.find((entity) => entity.name === 'Nordlys Inc.');
    assert.deepStrictEqual(aliasTexts(company), ['Nordlys']);
  });
});

describe("a team's name in the singular before a noun", function () {
  this.timeout(20000);

  it('is one entry with the team, named by the plural, in either order; another person is not', () => {
    for (const text of [
      'The Velmarabies beat Tarsk 30-12 on Saturday. Velmaraby captain Harry Orwick said the win mattered. Velmarabies fans cheered.',
      'Velmaraby captain Harry Orwick said the win mattered. The Velmarabies beat Tarsk 30-12 on Saturday.',
    ]) {
      const dictionary = buildDictionary(text, { tagger: compromiseTagger, fallbackDate }).dictionary;
      const teams = dictionary.entities.filter((entity) => entity.name.startsWith('Velmarab'));
      assert.deepStrictEqual(
        teams.map((entity) => entity.name),
        ['Velmarabies'],
        text,
      );
      const captain = dictionary.entities.find((entity) => entity.name === 'Harry Orwick');
      assert.deepStrictEqual(
        captain?.roles.map((role) => role.title),
        ['captain of Velmarabies'],
      );
    }
  });
});

describe('title-conflict reads the title an apposition gives after a name', () => {
  const index = indexOf({
    entities: [
      {
        id: 'kamau-orwick',
        name: 'Kamau Orwick',
        type: 'person',
        aliases: ['Orwick'],
        roles: [
          {
            title: 'governor of Central Bank of Velmar',
            source: 'Central Bank of Velmar governor Kamau Orwick spoke.',
          },
        ],
      },
      {
        id: 'ada-fostrova',
        name: 'Ada Fostrova',
        type: 'person',
        aliases: ['Fostrova'],
        roles: [{ title: 'Finance Minister of Velmar', source: "Velmar's Finance Minister Ada Fostrova spoke." }],
      },
    ],
  });
  const conflicts = (text: string) => findingsOf(index, text, 'title-conflict');

  it('flags an apposition whose title no role holds, and offers the role’s title', () => {
    assert.deepStrictEqual(conflicts('Kamau Orwick, the finance minister, disagreed.'), [
      ['finance minister', 'governor'],
    ]);
    assert.deepStrictEqual(conflicts("Ada Fostrova, Velmar's central bank governor, spoke on Monday."), [
      ['governor', 'finance minister'],
    ]);
  });

  it('leaves alone an apposition that agrees, a past office, a clause and what only belongs to a title', () => {
    assert.deepStrictEqual(conflicts('Kamau Orwick, governor of the central bank, disagreed.'), []);
    assert.deepStrictEqual(conflicts("Ada Fostrova, Velmar's finance minister, spoke."), []);
    assert.deepStrictEqual(conflicts('Ada Fostrova, a former governor, spoke.'), []);
    assert.deepStrictEqual(conflicts('Ada Fostrova, who met the governor, spoke.'), []);
    assert.deepStrictEqual(conflicts('Ada Fostrova, a lawyer for the governor, spoke.'), []);
    assert.deepStrictEqual(conflicts("Ada Fostrova, the governor's sister, spoke."), []);
    assert.deepStrictEqual(conflicts('Ada Fostrova, 54, spoke to the governor.'), []);
  });
});

describe('an office not yet taken ("president-elect") is not the office', () => {
  const index = indexOf({
    entities: [
      {
        id: 'ada-fostrova',
        name: 'Ada Fostrova',
        type: 'person',
        aliases: ['Fostrova'],
        roles: [{ title: 'president-elect', source: 'Ada Fostrova, the president-elect, spoke.' }],
      },
    ],
  });
  const conflicts = (text: string) => findingsOf(index, text, 'title-conflict');

  it('flags "President" for a president-elect, offering "President-elect", and leaves "president-elect" alone', () => {
    assert.deepStrictEqual(conflicts('President Ada Fostrova spoke.'), [['President', 'President-elect']]);
    assert.deepStrictEqual(conflicts('Ada Fostrova, the president, spoke.'), [['president', 'president-elect']]);
    assert.deepStrictEqual(conflicts('President-elect Ada Fostrova spoke.'), []);
    assert.deepStrictEqual(conflicts('Ada Fostrova, the president-elect, spoke.'), []);
  });

  it('the builder records "president-elect" from an apposition and before a name in lower case', () => {
    const roles = (text: string) =>
      buildDictionary(text, { tagger: compromiseTagger, fallbackDate })
        .dictionary.entities.filter((entity) => entity.type === 'person')
        .flatMap((entity) => entity.roles.map((role) => role.title));
    assert.deepStrictEqual(roles('Ada Fostrova, the president-elect, said on Monday she would cut taxes.'), [
      'president-elect',
    ]);
    assert.deepStrictEqual(roles("Velmar's president-elect Ada Fostrova said on Monday she would cut taxes."), [
      'president-elect',
    ]);
  });
});

describe('a name of plain English words that nothing around types', function () {
  this.timeout(20000);

  it('is read as a body, not a person ("Doctors Without Borders", "Morning Star")', () => {
    const found = entities(
      'Doctors Without Borders and the Velmar Red Crescent would help, officials said. The Morning Star reported the talks.',
    );
    assert.ok(found.includes('Doctors Without Borders [organization]'), found.join('; '));
    assert.ok(found.includes('Morning Star [organization]'), found.join('; '));
    // A person's name nothing types stays a person's.
    assert.ok(entities('Tomas Orwick and Lidia Velkova met on Monday.').includes('Tomas Orwick [person]'));
  });
});

describe('a one-word speaker that "he" or "she" takes up', function () {
  this.timeout(20000);

  it('is a person', () => {
    const found = entities(
      'TARSK, March 3, 2025 (AP) — Bawoleng said on Monday the budget would grow. "We will not cut," Bawoleng told reporters. He added that cuts were wrong.',
    );
    assert.ok(found.includes('Bawoleng [person]'), found.join('; '));
  });
});

describe("particle-case leaves a body's name as the dictionary writes it", () => {
  const index = indexOf({
    entities: [
      { id: 'velmar-al-noor-tv', name: 'Velmar Al-Noor TV', type: 'organization' },
      { id: 'karim-al-orwi', name: 'Karim al-Orwi', type: 'person', aliases: ['Orwi'] },
    ],
  });

  it('takes no capital article from a body’s name, and still one from a person’s', () => {
    assert.deepStrictEqual(findingsOf(index, 'He told Velmar Al-Noor TV on Monday.', 'particle-case'), []);
    assert.deepStrictEqual(findingsOf(index, 'He met Karim Al-Orwi on Monday.', 'particle-case'), [
      ['Karim Al-Orwi', 'Karim al-Orwi'],
    ]);
  });
});

describe('first-reference: a full name with another first name before the bare surname', () => {
  const index = indexOf({
    entities: [{ id: 'khalifa-orwin', name: 'Khalifa Orwin', type: 'person', aliases: ['Orwin'] }],
  });
  const found = (text: string) => findingsOf(index, text, 'first-reference');

  it('is the reference to fix, offered with the dictionary’s full name', () => {
    assert.deepStrictEqual(
      found('TARSK — Forces of general Khaled Orwin marched. Orwin said the attack was planned.'),
      [['Khaled Orwin', 'Khalifa Orwin']],
    );
  });

  it('leaves relatives, names beside another first name, and drafts that name the person in full alone', () => {
    assert.deepStrictEqual(
      found('TARSK — Khalifa Orwin and his sons Saddam and Khaled Orwin marched. Orwin spoke.'),
      [],
    );
    assert.deepStrictEqual(found('TARSK — Forces loyal to Khaled Orwin marched. Khalifa Orwin spoke.'), []);
    assert.deepStrictEqual(found('TARSK — His son Khaled Orwin marched. Orwin spoke.'), [['Orwin', 'Khalifa Orwin']]);
  });
});

describe('a quotation of several paragraphs closed by "he said"', function () {
  this.timeout(20000);

  it('is not given to a man the quotation itself names', () => {
    const dictionary = buildDictionary(
      [
        'Gunmen attack convoy in Tarsk',
        'The commissioner said the incident left several people injured.',
        'Governor Yahaya Smith of Tarsk State. (Daily Post)',
        'The Tarsk Commissioner for Information, Kingsley Orwen, made the disclosure in a statement in Ovren.',
        'Orwen alleged that the gunmen were thugs of an opposition party in the state.',
        '“The gunmen, having sighted the convoy of Smith approaching, blocked the road and started shooting at the convoy.',
        '“A truck with the flags of the party also blocked the vehicle and the occupants were armed with rifles.',
        '“But our governor left the scene unscathed and there is no cause for panic.',
        '“Some aides attached to the governor were injured and have been taken to hospital for treatment.',
        '“We urge the people of Tarsk to remain calm as security agents are in full control of the area,” he said.',
      ].join('\n\n'),
      { tagger: compromiseTagger, fallbackDate },
    ).dictionary;
    const name = (id: string) => dictionary.entities.find((entity) => entity.id === id)?.name;
    assert.deepStrictEqual(
      (dictionary.quotations ?? []).filter((q) => q.text.startsWith('The gunmen')).map((q) => name(q.speaker)),
      ['Kingsley Orwen'],
    );
  });
});

describe('Korean names written in three words, and a titled surname among several bearers', function () {
  this.timeout(20000);

  it('takes the first word for the surname, and "President Lee" for the one the article calls President', () => {
    const dictionary = buildDictionary(
      'SEOUL — President Lee Jae Myung spoke on Monday. Rep. Lee Geon-tae, a first-term lawmaker, was eliminated. ' +
        'Lee Sung-yoon, a former prosecutor, won. Former President Yoon Suk Yeol was absent. President Lee said the vote was fair.',
      { tagger: compromiseTagger, fallbackDate },
    ).dictionary;
    const aliases = (name: string) => aliasTexts(dictionary.entities.find((entity) => entity.name === name));
    assert.deepStrictEqual(aliases('Lee Jae Myung'), ['Lee']);
    assert.deepStrictEqual(aliases('Lee Sung-yoon'), []);
    assert.ok(!aliases('Yoon Suk Yeol')?.includes('Yeol'), JSON.stringify(aliases('Yoon Suk Yeol')));
    const singapore = buildDictionary('Prime Minister Lim Hsien Tong spoke on Monday.', {
      tagger: compromiseTagger,
      fallbackDate,
    }).dictionary.entities.find((entity) => entity.name === 'Lim Hsien Tong');
    assert.deepStrictEqual(aliasTexts(singapore), ['Lim']);
  });
});

describe('names inside possessives, ranks, likenesses and amounts', function () {
  this.timeout(20000);

  it('keeps a court named with a possessive whole, reads "Brigadier" as a rank, and takes no likeness or amount', () => {
    const found = entities(
      "He appeared at the Tarsk Magistrate's Court on Monday. Another man appeared at Ovren Magistrates’ Court. " +
        'Brigadier Mohale Orwick said the police would act. The planet is an enormous, Jupiter-like world. ' +
        'The court awarded Sh126 million to the family. The G20 met.',
    );
    for (const expected of [
      "Tarsk Magistrate's Court [organization]",
      'Ovren Magistrates’ Court [organization]',
      'Mohale Orwick [person]',
      'G20 [organization]',
    ])
      assert.ok(found.includes(expected), `${expected} in ${found.join('; ')}`);
    assert.ok(!found.some((entity) => /Jupiter|Sh126|Brigadier/.test(entity)), found.join('; '));
  });
});

describe('a title in the plural before several names', function () {
  this.timeout(20000);

  it('is cut from the first name and given to it in the singular', () => {
    const dictionary = buildDictionary(
      'The ruling by Appeal Court Judges Weldon Orwick and Anne Velmo was upheld on Monday.',
      { tagger: compromiseTagger, fallbackDate },
    ).dictionary;
    const orwick = dictionary.entities.find((entity) => entity.name === 'Weldon Orwick');
    assert.deepStrictEqual(
      orwick?.roles.map((role) => role.title),
      ['Appeal Court Judge'],
      dictionary.entities.map((entity) => entity.name).join('; '),
    );
  });
});

describe("a word inside one person's full name, written alone", function () {
  this.timeout(20000);

  it('is that person ("Lula" for Luiz Inacio Lula da Silva), not a second entry', () => {
    const dictionary = buildDictionary(
      'TARSK — President Tomas Ivo Velmo da Costa named a new cabinet on Monday. On Tuesday, Velmo said the team was ready.',
      { tagger: compromiseTagger, fallbackDate },
    ).dictionary;
    assert.deepStrictEqual(
      dictionary.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name),
      ['Tomas Ivo Velmo da Costa'],
    );
  });
});

describe('quotation speakers: more verbs of speech, and a speaker described before the name', function () {
  this.timeout(20000);
  const quotations = (text: string) => quotedIn(text, { verb: true, length: 20 });

  it('reads "affirmed", "concluded" and a quotation that goes on after them', () => {
    assert.deepStrictEqual(
      quotations(
        'TARSK — Police chief Ana Velmo spoke on Monday.\n\n“Every citizen has the right to protest,” Velmo affirmed.\n\n' +
          '“However, everyone must respect the law.”\n\n“The youth have a message, and it has been heard,” Velmo concluded.\n',
      ),
      [
        ['Ana Velmo', 'affirmed', 'Every citizen has th'],
        ['Ana Velmo', 'affirmed', 'However, everyone mu'],
        ['Ana Velmo', 'concluded', 'The youth have a mes'],
      ],
    );
  });

  it('reads a speaker by a country’s title, a speaker taken up as "he", and "that" opening a relative clause', () => {
    assert.deepStrictEqual(
      quotations(
        "DORVALE, Velmar (AP) — Velmar's president said the cyclone that hit the islands was a monster that has destroyed most of the buildings.\n\n" +
          'Looking weary, Baldwin Lonsdale said in an interview Monday with The Associated Press that six people are confirmed dead and 30 injured from the cyclone in the north. He appealed for international aid.\n\n' +
          'Lonsdale, the president of Velmar, returned home on Monday.\n',
      ).map(([speaker, verb, text]) => [speaker, verb, text?.slice(0, 15)]),
      [
        ['Baldwin Lonsdale', 'said', 'the cyclone tha'],
        ['Baldwin Lonsdale', 'said', 'with The Associ'],
      ],
    );
  });

  it('reads "the VAW chief said" as the one person whose role is in the body named', () => {
    assert.deepStrictEqual(
      quotations(
        'DETROIT (Reuters) — Ana Velmo, president of the Velmar Auto Workers (VAW), said the union had no intention of ending the strike. Talks also reached an impasse over wages and investment in plants, the VAW chief said.',
      ),
      [
        ['Ana Velmo', 'said', 'the union had no int'],
        ['Ana Velmo', 'said', 'Talks also reached a'],
      ],
    );
  });

  it('reads a speaker set off from the verb by a phrase in commas', () => {
    assert.deepStrictEqual(
      quotations(
        'DETROIT (Reuters) — Talks went on. Ana Velmo, in her first public comments since bargaining began in July, said that the union’s top issue was job security.',
      ),
      [['Ana Velmo', 'said', 'the union’s top issu']],
    );
  });

  it('ends a reported clause where a second speaker’s report begins', () => {
    assert.deepStrictEqual(
      quotations(
        'TARSK — Tomas Orwick, director of the mine, spoke on Monday. Orwick said 66 miners were still underground, but Ana Velmo, a spokeswoman for the miners union, said 69 miners were trapped.',
      ),
      [
        ['Tomas Orwick', 'said', '66 miners were still'],
        ['Ana Velmo', 'said', '69 miners were trapp'],
      ],
    );
  });

  it('reads "according to" a described person after the clause, the description set off by a comma', () => {
    assert.deepStrictEqual(
      quotations(
        'DHAKA — Rescuers recovered 29 bodies. It was not clear how many people were on board because the operators kept no passenger list, according to a local administrator, Tomas Orwick.',
      ),
      [['Tomas Orwick', 'according to', 'It was not clear how']],
    );
  });

  it('reads "wailed" and builds no one from a contraction the speaker capitalises', () => {
    const text =
      'DHAKA — Tomas Orwick waited at the river for news of his brother.\n\n"Won\'t I get my brother back? Oh brother, please come back," he wailed.\n';
    assert.deepStrictEqual(quotations(text), [['Tomas Orwick', 'wailed', "Won't I get my broth"]]);
    assert.ok(!entities(text).some((entity) => entity.startsWith("Won't")), entities(text).join('; '));
  });

  it('reads a speaker after the verb behind an age and an occupation', () => {
    assert.deepStrictEqual(
      quotations('TARSK — The volcano erupted.\n\n"I ran outside," said 32-year-old hairdresser Tomas Orwick.\n'),
      [['Tomas Orwick', 'said', 'I ran outside']],
    );
  });
});

describe('title-conflict compares the portfolio written with a title', () => {
  const index = indexOf({
    entities: [
      {
        id: 'kingsley-orwen',
        name: 'Kingsley Orwen',
        type: 'person',
        aliases: ['Orwen'],
        roles: [
          {
            title: 'Commissioner for Information of Tarsk',
            source: 'The Tarsk Commissioner for Information, Kingsley Orwen, spoke.',
          },
        ],
      },
    ],
  });
  const conflicts = (text: string) => findingsOf(index, text, 'title-conflict');

  it('flags another portfolio before or after the title, or with a comma before the name, and offers the role’s', () => {
    assert.deepStrictEqual(conflicts('The Tarsk Commissioner for Health, Kingsley Orwen, spoke.'), [
      ['Commissioner for Health', 'Commissioner for Information'],
    ]);
    assert.deepStrictEqual(conflicts('Health Commissioner Kingsley Orwen spoke.'), [
      ['Health Commissioner', 'Commissioner for Information'],
    ]);
    assert.deepStrictEqual(conflicts('Kingsley Orwen, the health commissioner, spoke.'), [
      ['health commissioner', 'commissioner for information'],
    ]);
  });

  it('reads "Interior" and "Foreign" as portfolios before a minister’s title', () => {
    const ministers = indexOf({
      entities: [
        {
          id: 'lis-catal',
          name: 'Lisandro Catalán',
          type: 'person',
          aliases: ['Catalán'],
          roles: [{ title: 'Interior Minister', source: 'Interior Minister Lisandro Catalán has resigned.' }],
        },
      ],
    });
    assert.deepStrictEqual(
      findingsOf(ministers, 'Francos’ ally, Security Minister Lisandro Catalán, also resigned.', 'title-conflict'),
      [['Security Minister', 'Interior Minister']],
    );
    assert.deepStrictEqual(findingsOf(ministers, 'Interior Minister Lisandro Catalán resigned.', 'title-conflict'), []);
  });

  it('leaves the same portfolio, and a title without one, alone', () => {
    assert.deepStrictEqual(conflicts('The Tarsk Commissioner for Information, Kingsley Orwen, spoke.'), []);
    assert.deepStrictEqual(conflicts('Information Commissioner Kingsley Orwen spoke.'), []);
    assert.deepStrictEqual(conflicts('Commissioner Kingsley Orwen spoke.'), []);
  });
});

describe('acronym-first-use: an acronym the draft spells out only later', () => {
  const index = indexOf({ entities: [{ id: 'ada-orwick', name: 'Ada Orwick', type: 'person', aliases: ['Orwick'] }] });

  it('is flagged where it first stands, with the draft’s own spelling as the fix', () => {
    assert.deepStrictEqual(
      findingsOf(
        index,
        "TARSK — The VAF said it would respond. Ada Orwick's Velmar Armed Forces (VAF) then moved.",
        'acronym-first-use',
      ),
      [['VAF', 'Velmar Armed Forces (VAF)']],
    );
  });

  it('is flagged where the draft spells it out later without brackets, but not a model or a quoted word', () => {
    assert.deepStrictEqual(
      findingsOf(
        index,
        'TARSK — The largest alliance, the VUF, will meet on Monday. The Velmar Unity Front, a coalition of parties, has not agreed.',
        'acronym-first-use',
      ),
      [['VUF', 'Velmar Unity Front (VUF)']],
    );
    for (const text of [
      'TARSK — The VD-80 landed. Velmar Dynamics built it.',
      'TARSK — “The VUF will win,” Ada Orwick said. The Velmar Unity Front met.',
    ])
      assert.deepStrictEqual(findingsOf(index, text, 'acronym-first-use'), [], text);
  });

  it('leaves one spelled out first, one in the headline over a date line, and a known one alone', () => {
    for (const text of [
      'TARSK — The Velmar Armed Forces (VAF) moved. The VAF said so.',
      'VAF moves on Tarsk\nMarch 27, 2008\nThe Velmar Armed Forces (VAF) moved on Monday.',
      'Officials said the UN agreed. The United Nations (UN) met.',
    ])
      assert.deepStrictEqual(findingsOf(index, text, 'acronym-first-use'), [], text);
  });
});

describe('a town that opens a body\'s name, written alone after "in"', function () {
  this.timeout(20000);

  it('is the town, not a short name of the body', () => {
    const found = entities(
      'Rustenburg City Council said on Monday it would collect the bins. Rubbish bins in Rustenburg were left out.',
    );
    assert.ok(found.includes('Rustenburg [place]'), found.join('; '));
    assert.ok(found.includes('Rustenburg City Council [organization]'), found.join('; '));
  });
});

describe("a dateline's state written only by its abbreviation", function () {
  this.timeout(20000);

  it('is named in full, with the abbreviation and its stop as an alias', () => {
    const state = buildDictionary('ORWELL PARK, Pa., Feb. 3 (UPI) -- Astronomers found a planet, officials said.', {
      tagger: compromiseTagger,
      fallbackDate,
    }).dictionary.entities.find((entity) => entity.name === 'Pennsylvania');
    assert.deepStrictEqual(aliasTexts(state), ['Pa.']);
  });
});

describe('a figure whose count is named before it as "the number of"', function () {
  this.timeout(20000);

  it('counts what "the number of" names, so a draft giving another value is flagged', () => {
    const sentence = 'The number of homes destroyed in Velmarup has risen to 131, fire officials said on Friday.';
    assert.deepStrictEqual(
      figuresIn(sentence).map((figure) => [figure.value, figure.counted]),
      [[131, 'homes']],
    );
    const dictionary = buildDictionary(`TARSK, Jan. 8, 2026 (AP) — ${sentence}\n`, {
      tagger: compromiseTagger,
      fallbackDate,
    }).dictionary;
    assert.deepStrictEqual(
      findingsOf(
        indexOf(dictionary),
        'The number of homes destroyed in Velmarup has risen to 151, officials said.',
        'figure-conflict',
      ),
      [['151', '131']],
    );
  });
});

describe('the rules above leave ordinary copy alone (cases a review caught)', function () {
  this.timeout(20000);
  const built = (text: string) => buildDictionary(text, { tagger: compromiseTagger, fallbackDate }).dictionary;
  const aliasesOf = (text: string, name: string) =>
    aliasTexts(built(text).entities.find((entity) => entity.name === name));

  it('builder: Western three-word names, places in the plural, a company at its town, a middle name that is a place', () => {
    assert.deepStrictEqual(
      aliasesOf('State Senator Jo Ann Baker filed the bill. Baker said it would pass.', 'Jo Ann Baker'),
      ['Baker'],
    );
    const americas = entities('Trade in the Americas rose. America has long dominated the region.');
    assert.ok(americas.includes('Americas [place]') && americas.includes('America [place]'), americas.join('; '));
    assert.deepStrictEqual(
      aliasesOf(
        'Toyota Motor Corp. said it would cut jobs. Union leaders at Toyota welcomed the move.',
        'Toyota Motor Corp.',
      ),
      ['Toyota'],
    );
    const carver = entities(
      'Agronomist George Washington Carver is the subject of a new exhibit. Officials in Washington pledged $2 million.',
    );
    assert.ok(carver.includes('Washington [place]'), carver.join('; '));
    assert.ok(
      !entities('Tesla will raise the share capital of Nordlys Shanghai on Monday.').includes(
        'Nordlys Shanghai [place]',
      ),
    );
  });

  it('checks: an opening phrase’s object, a title in the portfolio-first order, a portfolio spelt another way, a bracket after a person', () => {
    const index = indexOf({
      entities: [
        {
          id: 'ada-velmo',
          name: 'Ada Velmo',
          type: 'person',
          aliases: ['Velmo'],
          roles: [{ title: 'Minister of Finance', source: 'Ada Velmo, the Minister of Finance, spoke.' }],
        },
      ],
    });
    for (const text of [
      'Asked about Ada Velmo, the president, speaking in Paris, said he trusted her.',
      'Finance Minister Ada Velmo spoke on Monday.',
      'The PDP held the seat. Final results: Ada Velmo (PDP) 52%.',
    ])
      assert.deepStrictEqual(
        findingsOf(index, text, 'title-conflict').concat(findingsOf(index, text, 'acronym-first-use')),
        [],
        text,
      );
    const sport = indexOf({
      entities: [{ id: 'lia-brandt', name: 'Lia Brandt', type: 'person', roles: [{ title: 'Minister of Sport' }] }],
    });
    assert.deepStrictEqual(findingsOf(sport, 'Sports Minister Lia Brandt spoke.', 'title-conflict'), []);
  });

  it('quotations: a lawyer for someone, or friends of someone, is not that someone', () => {
    const dictionary = built(
      'TARSK — "My client is innocent," said a lawyer for Tomas Orwick on Monday.\n\n"He was kind," said friends of Tomas Orwick.\n',
    );
    assert.deepStrictEqual(dictionary.quotations ?? [], []);
  });
});

describe("a body's name written straight before its leader's", function () {
  this.timeout(20000);

  it('is two entries, the body and the person, and a body that goes on in plain words stays whole', () => {
    const built = entities(
      'The minister met party leaders on Monday. They included head of the Velmar Unity Party Kadir Balanescu and head of Renewal Movement Idris Farouqa. The Velmar Workers Party Central Committee met later.',
    );
    for (const expected of [
      'Velmar Unity Party [organization]',
      'Kadir Balanescu [person]',
      'Renewal Movement [organization]',
      'Idris Farouqa [person]',
      'Velmar Workers Party Central Committee [organization]',
    ])
      assert.ok(built.includes(expected), `${expected} in ${built.join('; ')}`);
  });
});

describe('page furniture: link lines, a topics label and a byline in capitals', () => {
  it('is left out of the story', () => {
    const text =
      'A man was hurt in Dorvale. Correspondent Lia Cruz has more.\n\nLIA CRUZ\n\n"It was a long night," the man said.\n\nALSO READ: Tarsk braces for storm\n\nRelated Topics\n';
    const story = storyText(text);
    for (const furniture of ['LIA CRUZ', 'ALSO READ', 'Related Topics'])
      assert.ok(!story.includes(furniture), `${furniture} in ${JSON.stringify(story)}`);
    assert.ok(story.includes('"It was a long night," the man said.'));
  });
});

describe('places listed after "the provinces of", and a body named "… for Recreation"', function () {
  this.timeout(20000);

  it('types every name of the list a place, and keeps the words after "for" in the body’s name', () => {
    const built = entities(
      'Residents stay inside tents at the Orvan Centrum for Recreation on Saturday. The weather agency raised its alert for the provinces of Tarsmoor and Corrin Sur.',
    );
    for (const expected of ['Orvan Centrum for Recreation [organization]', 'Tarsmoor [place]', 'Corrin Sur [place]'])
      assert.ok(built.includes(expected), `${expected} in ${built.join('; ')}`);
  });
});

describe('initials before a surname, as South Asian copy writes names', function () {
  this.timeout(20000);

  it('are the person whose given names they stand for, or a person a job goes with; "the country’s first" places no one', () => {
    const built = entities(
      'DORVALE: A court on Tuesday sentenced former chief justice Ravi Kumar Osoro, the country\'s first judge from the Velm minority, to 11 years in prison.\n"(Justice) RK Osoro is the principal beneficiary of the laundered money," the court said.\nABN Tirrel, former managing director of Farmers Bank, has been jailed for four years.',
    );
    for (const expected of ['Ravi Kumar Osoro [person]', 'ABN Tirrel [person]', 'Farmers Bank [organization]'])
      assert.ok(built.includes(expected), `${expected} in ${built.join('; ')}`);
    assert.ok(!built.some((entity) => entity.startsWith('RK Osoro')), built.join('; '));
  });
});

describe("a storm's name alone, a holy day, and a club named after a port", function () {
  this.timeout(20000);

  it('builds no entity for the storm or the day, and types the club a body', () => {
    const storm = entities(
      'Dorvale braced for Typhoon Korrin on Saturday. Packing winds of 185 kph, the storm Korrin was heading for the eastern coast, the weather agency said. Residents of Dorvale fled on Holy Saturday night.',
    );
    assert.deepStrictEqual(storm, ['Dorvale [place]']);
    const club = entities(
      'Dorvale Rovers defeated Port United 2-1 on Sunday. Port United took the game to the champions and led at half-time.',
    );
    assert.ok(club.includes('Port United [organization]'), club.join('; '));
  });
});

describe('checks on titled names (checker blind run 6)', () => {
  const index = indexOf({
    entities: [
      {
        id: 'ana-kuleva',
        name: 'Oleksa Kuleva',
        type: 'person',
        aliases: ['Kuleva'],
        roles: [{ title: 'Regional Governor' }],
      },
      {
        id: 'yu-sikun',
        name: 'Yu Si-kun',
        type: 'person',
        aliases: [],
        roles: [{ title: 'Legislative Speaker', source: 'Legislative Speaker Yu Si-kun must preside, it said.' }],
      },
      {
        id: 'abdel-darin',
        name: 'Abdel-Latif Darin',
        type: 'person',
        aliases: ['Darin'],
        roles: [{ title: 'grand mufti of Tarsk', source: 'He met the Grand Mufti of Tarsk, Abdel-Latif Darin.' }],
      },
    ],
  });

  it('asks about another first name written after a title, before the surname alone', () => {
    assert.deepStrictEqual(
      findingsOf(
        index,
        'Tarsk Regional Governor Dmytro Kuleva said 15 people were hurt. Kuleva blamed the army.',
        'first-reference',
      ),
      [['Dmytro Kuleva', 'Oleksa Kuleva']],
    );
  });

  it('flags a deputy’s title where the source writes the office itself, and takes a church with its clergy’s title', () => {
    assert.deepStrictEqual(findingsOf(index, 'The caucus turned on Deputy Speaker Yu Si-kun.', 'title-conflict'), [
      ['Deputy Speaker', 'Speaker'],
    ]);
    assert.deepStrictEqual(
      findingsOf(index, 'The caucus turned on Legislative Speaker Yu Si-kun.', 'title-conflict'),
      [],
    );
    assert.deepStrictEqual(
      findingsOf(index, 'The premier called on Maronite Patriarch Abdel-Latif Darin.', 'title-conflict'),
      [['Maronite Patriarch', 'Grand Mufti']],
    );
  });

  it('reads a clergy’s title in an apposition before the name as the person’s role', () => {
    const built = buildDictionary(
      'Mikati met on Thursday with the Grand Mufti of Tarsk, Abdel-Latif Darin, and others.',
      {
        tagger: compromiseTagger,
        fallbackDate,
      },
    ).dictionary.entities.find((entity) => entity.name === 'Abdel-Latif Darin');
    assert.deepStrictEqual(
      built?.roles?.map((role) => role.title.toLowerCase()),
      ['grand mufti of tarsk'],
    );
  });
});

describe('name-variant: two neighbouring letters swapped in a long place name', () => {
  const index = indexOf({
    entities: [
      { id: 'kaohsiung', name: 'Kaohsiung', type: 'place', aliases: [] },
      { id: 'tainan', name: 'Tainan', type: 'place', aliases: [] },
    ],
  });

  it('is asked about though the draft never spells it right; a short name so slipped is left alone', () => {
    const found = checkDraft(
      'A fire broke out at a building in Kaoshiung on Monday.',
      index,
      DEFAULT_CHECK_OPTIONS,
    ).filter((finding) => finding.rule === 'name-variant');
    assert.deepStrictEqual(
      found.map((finding) => [finding.text, finding.suggestion, finding.severity]),
      [['Kaoshiung', 'Kaohsiung', 'info']],
    );
    assert.deepStrictEqual(findingsOf(index, 'A fire broke out in Tainna on Monday.', 'name-variant'), []);
  });
});

describe('a speaker of two words the tagger reads as a town’s, taken up as "he"', function () {
  this.timeout(20000);

  it('is a person', () => {
    const built = entities(
      'WELLINGTON, New Zealand (AP) — The cyclone was a monster.\n\nLooking weary and red-eyed, Baldwin Lonsdale said in an interview Monday with The Associated Press that six people are confirmed dead. He appealed for international aid.\n\nLonsdale and other top government officials were preparing to return home later Monday from Sendai, in northeastern Japan.\n',
    );
    assert.ok(built.includes('Baldwin Lonsdale [person]'), built.join('; '));
  });
});

describe('house-style: a person the sources call by two surnames', () => {
  const index = indexOf({
    entities: [
      { id: 'omar-garcia-velmo', name: 'Omar García Velmo', type: 'person', aliases: ['García Velmo'] },
      { id: 'ana-orwick', name: 'Ana Maria Orwick', type: 'person', aliases: ['Orwick'] },
    ],
  });

  it('is flagged when the draft calls them by the second alone, and not by both or another person so', () => {
    assert.deepStrictEqual(
      findingsOf(
        index,
        'Security Minister Omar García Velmo spoke. "It is over," Velmo said. García Velmo agreed with Orwick.',
        'house-style',
      ),
      [['Velmo', 'García Velmo']],
    );
  });
});

describe('builder round 15 and quotations round 5 classes', function () {
  this.timeout(20000);

  it('drops what a player is before the name, and joins "… Oil and Gas Ltd"', () => {
    const built = entities(
      'Seamer Mark Adair finally accounted for Karunaratne with the new ball. The companies named are Premier Oil Plc; Tarsk Oil and Gas Ltd, and Rockhopper Exploration Plc.',
    );
    for (const expected of ['Mark Adair [person]', 'Tarsk Oil and Gas Ltd [organization]'])
      assert.ok(built.includes(expected), `${expected} in ${built.join('; ')}`);
    const host = buildDictionary('Host Carol Castiel speaks with Linda Orwick about her book.', {
      tagger: compromiseTagger,
      fallbackDate,
    }).dictionary.entities.find((entity) => entity.name === 'Carol Castiel');
    assert.deepStrictEqual(
      host?.roles?.map((role) => role.title),
      ['Host'],
    );
  });

  it('leaves a breadcrumb line out of the story', () => {
    const story = storyText('Tarsk Times\n\n/ Front page / News\n\nVILLAGERS of Dorvale say they live in fear.\n');
    assert.ok(!story.includes('Front page'), JSON.stringify(story));
    assert.ok(story.includes('VILLAGERS of Dorvale say they live in fear.'));
  });

  it('reads "emphasised", "assured" and "condemned", and "however" between the speaker and the verb', () => {
    const said = (text: string) =>
      (buildDictionary(text, { tagger: compromiseTagger, fallbackDate }).dictionary.quotations ?? []).map(
        (quotation) => quotation.verb,
      );
    assert.deepStrictEqual(
      said(
        'ACCRA — Kofi Orwick, the board spokesman, spoke on Monday. Kofi Orwick however emphasized that the board may lose a lot of revenue. He also assured that the board will build new stores.',
      ),
      ['emphasized', 'assured'],
    );
    assert.deepStrictEqual(said('“We were treated like animals!” fisher Marcelo Velmo condemned.'), ['condemned']);
  });
});

describe('a line of a hard-wrapped paragraph is no headline (checker blind run 8)', () => {
  const index = indexOf({ entities: [{ id: 'ada-orwick', name: 'Ada Orwick', type: 'person', aliases: ['Orwick'] }] });

  it('counts the full name and the acronym defined on such a line', () => {
    const text =
      'TARSK — The president reshuffled the cabinet on Monday, and the new\nBrigadier General Ada Orwick becomes Minister of Agriculture,\nreplacing a civilian. The office is the Velmar Department of the\nPresidency Office (VDPO). Environment Policy Moves Elsewhere\nas well. Orwick spoke later. The VDPO agreed.\n';
    assert.deepStrictEqual(headlineSpans(text), []);
    assert.deepStrictEqual(findingsOf(index, text, 'first-reference'), []);
    assert.deepStrictEqual(findingsOf(index, text, 'acronym-first-use'), []);
  });
});

describe('market and sports copy (builder blind round 16)', function () {
  this.timeout(20000);

  it('reads Nordic legal suffixes as companies, one entry with and without the suffix, and drops a wire slug', () => {
    const found = entities(
      'NORDIC STOCKS-Varnes Seafood up, Holtby Gruppen down\n\nOSLO, May 15 (Reuters) - * Biggest losers: Holtby Gruppen ASA -6.52 pct, Ekron ASA -4.72 pct * Turnover at the Oslo Bourse was 3.5 billion crowns * Varnes Seafood ASA rose 4.66 pct * Varnes Seafood posted earnings that beat forecasts.',
    );
    for (const name of ['Varnes Seafood', 'Holtby Gruppen', 'Ekron ASA', 'Oslo Bourse'])
      assert.ok(
        found.some((entry) => entry.startsWith(name) && entry.endsWith('[organization]')),
        `${name}: ${found.join('; ')}`,
      );
    assert.ok(!found.some((entry) => /STOCKS|Turnover/.test(entry)), found.join('; '));
    assert.strictEqual(found.filter((entry) => entry.includes('Varnes Seafood')).length, 1, found.join('; '));
  });

  it("reads a team in brackets after a rider as the team, not the rider's short name", () => {
    const dictionary = buildDictionary(
      'Jarko Pantel (Movistar) won the stage ahead of Ivo Zagerre (Katusha). Pantel took the overall lead.',
      { tagger: compromiseTagger, fallbackDate },
    ).dictionary;
    const rider = dictionary.entities.find((entity) => entity.name === 'Jarko Pantel');
    assert.strictEqual(rider?.type, 'person');
    assert.ok(!rider!.aliases.some((alias) => JSON.stringify(alias).includes('Movistar')));
    const found = entities('Jarko Pantel (Movistar) won the stage ahead of Ivo Zagerre (Katusha).');
    assert.ok(found.includes('Movistar [organization]') && found.includes('Katusha [organization]'), found.join('; '));
    // An acronym that abbreviates the name is still its short name.
    const court = entities('Heins Roderik Tammo (HRT) was named. Later HRT said he was pleased.');
    assert.ok(!found.includes('HRT [organization]') && !court.includes('HRT [organization]'), court.join('; '));
  });

  it('joins a second surname, an office after a title’s possessive, a road’s number and a province’s abbreviation', () => {
    const surnames = entities(
      'Miguel Angel Lorca won on Sunday. "I decided to attack," said Miguel Angel Lorca Moreno.',
    );
    assert.strictEqual(surnames.filter((entry) => entry.includes('Lorca')).length, 1, surnames.join('; '));
    const office = entities(
      'Deputies of the Tarsk County Sheriff’s Office were called, the Tarsk County Sheriff’s Office said.',
    );
    assert.ok(office.includes('Tarsk County Sheriff’s Office [organization]'), office.join('; '));
    const roads = entities('Evacuees should leave via Highway 29 or U.S. Highway 220 to reach Tarsk.');
    assert.ok(roads.includes('Highway 29 [place]') && roads.includes('U.S. Highway 220 [place]'), roads.join('; '));
    const province = entities(
      'A wildfire forced an evacuation in the British Columbia District of Tumbler Ridge on Monday. Crews in northeastern B.C. fought it.',
    );
    assert.ok(
      province.includes('British Columbia [place]') && province.includes('Tumbler Ridge [place]'),
      province.join('; '),
    );
    assert.ok(!province.some((entry) => /District|^B\.C\./.test(entry)), province.join('; '));
  });

  it('places a town an em dash sets apart from "capital of …"', () => {
    const found = entities('The tomb lies 2,000 kilometers from Cusco—capital of the Inca empire.');
    assert.ok(found.includes('Cusco [place]'), found.join('; '));
  });

  it('reads "Tour de …" and a "State of the Nation Address" as events, and "Chief Whip" as a title', () => {
    const found = entities(
      'Velmar Party Chief Whip Lobin Towe said the party boycotted the State of the Nation Address. Towe won the Tour de Tarsk in 2016.',
    );
    assert.ok(found.includes('Lobin Towe [person]'), found.join('; '));
    assert.ok(!found.some((entry) => /Tour de|Address|Chief Whip/.test(entry)), found.join('; '));
  });

  it('hides a byline over its job line, a press credit line, an ad placeholder and photo credits in captions', () => {
    const text = [
      'Court blocks Tarsk Law Society meeting',
      '',
      'Tarsk Law Society president Bernand Oudo/File photo',
      '',
      'Farouk Kasuli',
      'Journalist @New Vision',
      '',
      "Velmar's Graham Shinny celebrates. Pic: SNS/Ross ParkerVelmar's Graham Shinny celebrates. Pic: SNS/Ross Parker",
      '',
      'The court in Kampala blocked the meeting on Tuesday, judge Musa Sekana said.',
      '',
      'Hide Ad',
      '',
      'This report by The Canadian Press was first published June 8, 2023.',
    ].join('\n');
    const found = entities(text);
    assert.ok(found.includes('Bernand Oudo [person]'), found.join('; '));
    assert.ok(!found.some((entry) => /Kasuli|File|Parker|Hide|Canadian Press/.test(entry)), found.join('; '));
  });
});

describe('speakers, figures and abbreviations of real copy (quotations blind round 6)', function () {
  this.timeout(20000);
  const built = (text: string) => buildDictionary(text, { tagger: compromiseTagger, fallbackDate }).dictionary;
  const said = (text: string) => {
    const dictionary = built(text);
    return (dictionary.quotations ?? []).map(
      (quotation) => dictionary.entities.find((entity) => entity.id === quotation.speaker)?.name ?? null,
    );
  };

  it('finds the speaker past an office "in" a place, a body in lower case, a long description and an opening title', () => {
    assert.deepStrictEqual(
      said('"There was a call to evacuate," Ulfar Ludviksson, police chief in Sudurnes, told reporters.'),
      ['Ulfar Ludviksson'],
    );
    assert.deepStrictEqual(
      said('"We have been told the clashes continue," Agustin Moreno of Peru\'s human rights office said on Monday.'),
      ['Agustin Moreno'],
    );
    assert.deepStrictEqual(
      said('"Conditions are worsening," said senior civil defence official Togoo, who uses one name.'),
      ['Togoo'],
    );
    assert.deepStrictEqual(
      said(
        'Police clashed with protesters. The president of the region of Cajamarca, Gregorio Santos, accused President Ollanta Humala\'s government of using force. "This is the government we have," he said.',
      ),
      ['Gregorio Santos'],
    );
    // A name described after "of" and two plain words is a person, whom "he" takes up.
    const official = built(
      '"We expect losses," said Dashtseden, the top official of badly affected Buregkhangai county. "It is grim," he said.',
    ).entities.find((entity) => entity.name === 'Dashtseden');
    assert.strictEqual(official?.type, 'person');
  });

  it('reads a four-digit count before a plural noun, the two ends of a change, and one action in two words', () => {
    assert.deepStrictEqual(
      figuresIn('The paper said 1182 houses were destroyed in the 2024 floods.').map((figure) => figure.value),
      [1182],
    );
    const change = figuresIn('The number of people under evacuation order went from 4,500 to 15,000 on Friday.');
    assert.deepStrictEqual(
      change.map((figure) => [figure.value, figure.upTo, figure.counted]),
      [
        [4500, undefined, 'people'],
        [15000, undefined, 'people'],
      ],
    );
    const dictionary = built(
      'TARSK, Jan. 8, 2026 (AP) — The number of people under evacuation order went from 4,500 to 15,000 on Friday. The broadcaster said four bodies had been retrieved after teams reached the village.\n',
    );
    assert.deepStrictEqual(
      findingsOf(
        indexOf(dictionary),
        'By Friday 4,800 people were under evacuation order. Six bodies had been recovered by Friday.',
        'figure-conflict',
      ),
      // (Both ends of the change state the quantity: no single replacement is offered.)
      [
        ['4,800', null],
        ['Six', 'four'],
      ],
    );
  });

  it('takes a province’s abbreviation with its stops for house style, not an acronym to spell out', () => {
    const dictionary = built(
      'A wildfire in northeastern B.C. forced evacuations. British Columbia officials said on Monday crews were in place.',
    );
    assert.deepStrictEqual(
      findingsOf(indexOf(dictionary), 'Crews in B.C. fought the fire near Tarsk.', 'acronym-first-use'),
      [],
    );
  });
});

describe('a title with its country before the holder’s name, and a party membership beside it', function () {
  this.timeout(20000);

  it('reads "the President of Serbia Aleksandar Vučić" as the country and the president, and a membership as no office', () => {
    const dictionary = buildDictionary(
      'Prime Minister of Serbia Milos Vucevo, a member of the ruling Serbian Progressive Party (SNS), resigned today. Vucevo said he had met the President of Serbia Aleksandar Vukic, who accepted his decision.',
      { tagger: compromiseTagger, fallbackDate },
    ).dictionary;
    const roles = (name: string) =>
      dictionary.entities.find((entity) => entity.name === name)?.roles.map((role) => role.title.toLowerCase());
    assert.deepStrictEqual(roles('Aleksandar Vukic'), ['president of serbia']);
    assert.ok(roles('Milos Vucevo')?.includes('prime minister of serbia'), JSON.stringify(roles('Milos Vucevo')));
    assert.ok(dictionary.entities.some((entity) => entity.name === 'Serbia' && entity.type === 'place'));
    assert.deepStrictEqual(
      findingsOf(indexOf(dictionary), 'PM Milos Vucevo resigned. Vucevo met Aleksandar Vukic.', 'title-conflict'),
      [],
    );
    const member = indexOf({
      entities: [
        {
          id: 'ana-velmo',
          name: 'Ana Velmo',
          type: 'person',
          aliases: ['Velmo'],
          roles: [
            {
              title: 'member of Velmar Progressive Party',
              source: 'Ana Velmo, a member of the Velmar Progressive Party, spoke.',
            },
          ],
        },
      ],
    });
    assert.deepStrictEqual(findingsOf(member, 'Prime Minister Ana Velmo spoke.', 'title-conflict'), []);
  });
});

describe('ministers by portfolio, honorifics and causes of two (checker blind run 8)', function () {
  this.timeout(20000);
  const built = (text: string) => buildDictionary(text, { tagger: compromiseTagger, fallbackDate }).dictionary;

  it('reads "Minister of the Interior Juan Fernando Cristo" as the holder and the title, and checks the name after it', () => {
    const dictionary = built(
      'Resignations include Minister of the Interior Juan Fernando Cristo; Labor Minister Gloria Ines Ramirez; Minister of Culture Juan David Correa; and Susana Muhamad, the Environmental Minister.',
    );
    const roles = (name: string) =>
      dictionary.entities.find((entity) => entity.name === name)?.roles.map((role) => role.title.toLowerCase());
    assert.deepStrictEqual(roles('Juan Fernando Cristo'), ['minister of the interior']);
    assert.deepStrictEqual(roles('Juan David Correa'), ['minister of culture']);
    assert.ok(!dictionary.entities.some((entity) => /^(?:Culture|Interior|Minister)/.test(entity.name)));
    const index = indexOf(dictionary);
    assert.deepStrictEqual(
      findingsOf(index, 'Other resignations include Minister of Culture Juan David Correia.', 'name-variant'),
      [['Juan David Correia', 'Juan David Correa']],
    );
    // "Environmental Minister" is the environment's: another portfolio conflicts, the same one does not.
    assert.deepStrictEqual(
      findingsOf(index, 'Labor Minister Susana Muhamad left first.', 'title-conflict').map(([text]) => text),
      ['Labor Minister'],
    );
    assert.deepStrictEqual(findingsOf(index, 'Environment Minister Susana Muhamad left first.', 'title-conflict'), []);
  });

  it('reads a surname after "Mr" that spells an English word, and a cause of two after "for"', () => {
    const index = indexOf({
      entities: [{ id: 'kais-saied', name: 'Kais Saied', type: 'person', aliases: ['Saied'] }],
    });
    assert.deepStrictEqual(
      findingsOf(
        index,
        'President Kais Saied sacked two ministers. Weeks later Mr Said sacked another.',
        'name-variant',
      ),
      [['Said', 'Saied']],
    );
    assert.deepStrictEqual(findingsOf(index, 'President Kais Saied said the vote would go ahead.', 'name-variant'), []);
    const party = entities('The Movement for Rights and Freedom backed the Velmar Socialist Party on Monday.');
    assert.ok(party.includes('Movement for Rights and Freedom [organization]'), party.join('; '));
  });
});

describe('offices whoever holds them, bodies a list names, and a stray quotation mark (checker blind run 7)', function () {
  this.timeout(20000);

  it('takes "spokesman" for a spokesperson, and still flags another office', () => {
    const index = indexOf({
      entities: [
        {
          id: 'manuel-adorni',
          name: 'Manuel Adorni',
          type: 'person',
          aliases: ['Adorni'],
          roles: [{ title: 'Presidential Spokesperson', source: 'Presidential Spokesperson Manuel Adorni spoke.' }],
        },
      ],
    });
    assert.deepStrictEqual(findingsOf(index, 'Presidential spokesman Manuel Adorni spoke.', 'title-conflict'), []);
    assert.deepStrictEqual(
      findingsOf(index, 'Presidential Chairman Manuel Adorni spoke.', 'title-conflict').map(([text]) => text),
      ['Chairman'],
    );
  });

  it('reads the names of a list a plural kind of body closes as bodies', () => {
    const found = entities('His opponents from the Sovereignty, al-Azm, and Resolve blocs believe the post is theirs.');
    for (const name of ['Sovereignty', 'al-Azm', 'Resolve'])
      assert.ok(found.includes(`${name} [organization]`), found.join('; '));
  });

  it('gives a quotation with a stray opening mark inside it to the speaker its attribution names', () => {
    const dictionary = buildDictionary(
      'Milos Zemanek said in an interview that there would be no problem. He promised to help.\n\n“We discussed the political situation. “At the next meeting, I will present a list of ministers,” Petr Fialko said.',
      { tagger: compromiseTagger, fallbackDate },
    ).dictionary;
    const said = (dictionary.quotations ?? [])
      .filter((quotation) => quotation.kind === 'direct')
      .map((quotation) => [
        dictionary.entities.find((entity) => entity.id === quotation.speaker)?.name,
        quotation.text.slice(0, 12),
      ]);
    assert.deepStrictEqual(said, [['Petr Fialko', 'We discussed']]);
  });
});

describe('ranks, honours, diseases and listed portfolios (builder blind rounds 17 and 18)', function () {
  this.timeout(20000);

  it('cuts a rank abbreviated without stops and letters after a name, and reads "-area" as a place', () => {
    const found = entities(
      'Brig Jay Naicker said police were investigating. Lt-Gen Khombi Julani also spoke. Judge Michael Lawton QC fined the juror. Firefighters were called to a Tarsk-area home.',
    );
    for (const entry of ['Jay Naicker [person]', 'Khombi Julani [person]', 'Michael Lawton [person]', 'Tarsk [place]'])
      assert.ok(found.includes(entry), `${entry}: ${found.join('; ')}`);
    assert.ok(!found.some((entry) => /Brig|Lt-Gen|QC|-area/.test(entry)), found.join('; '));
    // An abbreviated rank is no lower-case title: "Gen Z" names nobody.
    assert.deepStrictEqual(entities('Gen Z voters backed the party on Monday.'), []);
  });

  it('reads no disease or virus as an entity', () => {
    assert.deepStrictEqual(entities('The virus, Sars-CoV-2, is related to Ebola and Nipah, experts said.'), []);
  });

  it('joins portfolios listed with commas and "and" before a body’s word', () => {
    const found = entities(
      'The Meteorology, Climatology and Geophysics Agency (BMKG) said the quake struck at sea. The Water Resources and Meteorology Ministry warned of floods.',
    );
    for (const entry of [
      'Meteorology, Climatology and Geophysics Agency [organization]',
      'Water Resources and Meteorology Ministry [organization]',
    ])
      assert.ok(found.includes(entry), `${entry}: ${found.join('; ')}`);
  });
});

describe('speakers and figures of real copy (quotations blind round 7)', function () {
  this.timeout(20000);
  const said = (text: string) => quotedIn(text);

  it('reads "X told The Moscow Times" after a clause, a possessive title after "said", and no one around a name', () => {
    assert.deepStrictEqual(
      said('Estonia has not identified the men near its border, Defense Minister Hanno Pevkar told The Tarsk Times.'),
      [['Hanno Pevkar', 'Estonia has no']],
    );
    assert.deepStrictEqual(said('"The regime has shown its face," said the party\'s president Buchiki Kardavo.'), [
      ['Buchiki Kardavo', 'The regime has'],
    ]);
    assert.deepStrictEqual(
      said('Supporters of Grigol Rogavo, who was detained, said he was just standing outside.'),
      [],
    );
    assert.deepStrictEqual(
      said(
        'Hanno Pevkar spoke on Monday. "They could not fly in," he added, referring to two aircraft that crossed over.',
      ),
      [['Hanno Pevkar', 'They could not']],
    );
  });

  it('reads thousands set apart by spaces, a noun in quotation marks and one after a people’s adjective', () => {
    assert.deepStrictEqual(
      [
        'About 10 000 protesters gathered.',
        'He has named 12 “ministers” now.',
        'Two Russian aircraft crossed over.',
      ].map((sentence) => figuresIn(sentence).map((figure) => [figure.value, figure.counted])),
      [[[10000, 'protesters']], [[12, 'ministers']], [[2, 'aircraft']]],
    );
  });
});

describe('page furniture, places named with "and" and a minister by portfolio (builder blind rounds 17 and 18)', function () {
  this.timeout(20000);

  it('hides section labels, sign-in and browser notices, template fields, a publication line and an outlet’s photo credit', () => {
    const text = [
      'Tarsk court blocks rally',
      '',
      '{{1610635500000 | amCalendar}}',
      'Short Url',
      'Change Size',
      '',
      'The court in Kampala blocked the rally on Tuesday, judge Musa Sekana said. (From right) Professor Wang Linfo at the lab. ST PHOTO: GIN TAYO',
      '',
      'Published in Velmar Daily, September 27th, 2025',
      'Latest Stories',
      'Most Popular',
      'Log in to your Tarsk News account for alerts customized for you.',
      'Please Update your browser',
    ].join('\n');
    const found = entities(text);
    assert.ok(found.includes('Musa Sekana [person]') && found.includes('Wang Linfo [person]'), found.join('; '));
    assert.ok(
      !found.some((entry) => /amCalendar|Url|Size|GIN|Velmar|Stories|Popular|Tarsk News|Update/.test(entry)),
      found.join('; '),
    );
  });

  it('hides related headlines stamped with their time, a wire credit before the town, and keeps "Valley of the Kings" whole', () => {
    const found = entities(
      [
        'Agencies/Nairobi',
        '',
        'Archaeologists found the tomb near the Valley of the Kings, Sherif Fathi said on Monday.',
        '',
        'Recent Headlines',
        'We fear Sterling more than KaneGMT 08:59 2018 Saturday ,13 January',
        'Povetkin will box again in UKGMT 06:41 2018 Tuesday ,23 January',
      ].join('\n'),
    );
    assert.ok(found.includes('Valley of the Kings [place]') && found.includes('Nairobi [place]'), found.join('; '));
    assert.ok(!found.some((entry) => /Agencies|Headlines|GMT|Sterling|Povetkin/.test(entry)), found.join('; '));
  });

  it('reads a country or region whose name holds "and" as one place, and keeps two places apart', () => {
    const found = entities(
      'Police in Azad Jammu and Kashmir and in Trinidad and Tobago said. Leaders of Bosnia and Croatia met.',
    );
    for (const entry of [
      'Azad Jammu and Kashmir [place]',
      'Trinidad and Tobago [place]',
      'Bosnia [place]',
      'Croatia [place]',
    ])
      assert.ok(found.includes(entry), `${entry}: ${found.join('; ')}`);
  });

  it('reads the holder after "Minister of Information" whatever the lexicon knows of the name, and "Prof" as a title', () => {
    const found = entities(
      'Minister of Information Salman bin Yusof Al-Dosary underscored the talks. It works, Prof Wang Linfo noted.',
    );
    assert.ok(
      found.includes('Salman bin Yusof Al-Dosary [person]') && found.includes('Wang Linfo [person]'),
      found.join('; '),
    );
  });
});

describe('first references and acronyms of blind checker run 9', function () {
  this.timeout(20000);

  it('asks about another first name right before the surname, at a sentence start too, and fixes nothing into it', () => {
    const index = indexOf({
      entities: [{ id: 'luisa-diogo', name: 'Luisa Diogo', type: 'person', aliases: ['Diogo'] }],
    });
    assert.deepStrictEqual(
      checkDraft('The cabinet met.\n\nLucia Diogo remains prime minister.', index, DEFAULT_CHECK_OPTIONS).map(
        (finding) => [finding.rule, finding.severity, finding.text],
      ),
      [['first-reference', 'info', 'Lucia Diogo']],
    );
    assert.deepStrictEqual(findingsOf(index, 'However Diogo spoke.', 'first-reference'), [['Diogo', 'Luisa Diogo']]);
  });

  it('reads a line that runs on in lower case as a wrapped line, not a headline', () => {
    const text =
      'The three are Interior Minister Vlaho Orepak, Justice Minister Ante Sprljan\nand Energy Minister Slaven Dobrov. Plenkovic said so.\n\nFor Mr Orepak, Mr Sprljan and Mr Dobrov the talks are over.';
    assert.deepStrictEqual(headlineSpans(text), []);
    const index = indexOf({
      entities: [
        { id: 'vlaho-orepak', name: 'Vlaho Orepak', type: 'person', aliases: ['Orepak'] },
        { id: 'ante-sprljan', name: 'Ante Sprljan', type: 'person', aliases: ['Sprljan'] },
      ],
    });
    assert.deepStrictEqual(findingsOf(index, text, 'first-reference'), []);
  });

  it('takes an acronym in brackets for where the draft spells it out, however it writes the name', () => {
    const index = indexOf({
      entities: [
        {
          id: 'npc',
          name: "14th National People's Congress",
          type: 'organization',
          aliases: [{ text: 'NPC', matchCase: true }],
        },
      ],
    });
    assert.deepStrictEqual(
      findingsOf(index, "Delegates to the National\nPeople's Congress (NPC) met. The NPC voted.", 'acronym-first-use'),
      [],
    );
    assert.deepStrictEqual(findingsOf(index, 'The NPC voted on Monday.', 'acronym-first-use').length, 1);
  });
});

describe('a surname with its particle, another person’s surname and an abbreviated portfolio (checker blind run 10)', function () {
  this.timeout(20000);

  it('takes "del Castillo" for one surname, and a surname the draft gives someone else in full for theirs', () => {
    const nelly = indexOf({
      entities: [{ id: 'np', name: 'Nelly Paredes del Castillo', type: 'person', aliases: ['del Castillo'] }],
    });
    assert.deepStrictEqual(
      findingsOf(nelly, 'Nelly Paredes del Castillo spoke. Pedro Castillo left. Castillo said so.', 'house-style'),
      [],
    );
    const omar = indexOf({
      entities: [{ id: 'og', name: 'Omar Garcia Harfuch', type: 'person', aliases: ['Garcia Harfuch'] }],
    });
    assert.deepStrictEqual(
      findingsOf(omar, 'Omar Garcia Harfuch spoke. Luis Harfuch, his cousin, said so. Harfuch left.', 'house-style'),
      [],
    );
    assert.deepStrictEqual(findingsOf(omar, 'Omar Garcia Harfuch spoke. Later Harfuch said so.', 'house-style'), [
      ['Harfuch', 'Garcia Harfuch'],
    ]);
  });

  it('reads the portfolio an abbreviated title spells ("FM" for a minister of … Foreign Affairs)', () => {
    const index = indexOf({
      entities: [
        {
          id: 'yf',
          name: 'Yassine Fale',
          type: 'person',
          aliases: ['Fale'],
          roles: [
            {
              title: 'Minister of African Integration and Foreign Affairs',
              source: 'Yassine Fale, Minister of African Integration and Foreign Affairs, spoke.',
            },
          ],
        },
      ],
    });
    assert.deepStrictEqual(findingsOf(index, 'FM Yassine Fale spoke.', 'title-conflict'), []);
    assert.deepStrictEqual(
      findingsOf(index, 'Health Minister Yassine Fale spoke.', 'title-conflict').map(([text]) => text),
      ['Health Minister'],
    );
  });
});

describe('speakers, verbs and labels of real copy (quotations blind round 8)', function () {
  this.timeout(20000);
  const said = (text: string) => quotedIn(text, { verb: true });

  it('reads a ministry whose portfolios are listed with commas as one body, and what it countered', () => {
    const text =
      'The Ministry of Agriculture, Forestry and Fisheries rejected the report. The ministry countered that all farmers had been warned.';
    assert.ok(
      entities(text).includes('Ministry of Agriculture, Forestry and Fisheries [organization]'),
      entities(text).join('; '),
    );
    assert.deepStrictEqual(said(text), [
      ['Ministry of Agriculture, Forestry and Fisheries', 'countered', 'all farmers ha'],
    ]);
  });

  it('gives a member "with" a union the words, not the union', () => {
    assert.deepStrictEqual(
      said(
        'Mike Pulek with the United Steelworkers Union said the layoffs make no sense, adding that demand is steady.',
      ),
      [
        ['Mike Pulek', 'said', 'the layoffs ma'],
        ['Mike Pulek', 'adding', 'demand is stea'],
      ],
    );
  });

  it('reads "chided", "informed the media that" and "arguing that"', () => {
    assert.deepStrictEqual(
      said(
        'Police spokesman Patrick Onyanga informed the media that the bodies are still at the mortuary. ' +
          '"We were prepared," Mayor Ina Rachno chided in a post. ' +
          'The Velmar Employers Federation opposed the strike, arguing that it would hurt the economy.',
      ),
      [
        ['Patrick Onyanga', 'informed', 'the bodies are'],
        ['Ina Rachno', 'chided', 'We were prepar'],
        ['Velmar Employers Federation', 'arguing', 'it would hurt '],
      ],
    );
  });

  it('reads the clause before "said on Friday after meeting…", not what the speaker was doing', () => {
    assert.deepStrictEqual(
      said(
        'The country cannot afford strikes, Labour Minister Marius Demetriadou said on Friday after meeting the porters who downed tools.',
      ),
      [['Marius Demetriadou', 'said', 'The country ca']],
    );
  });

  it('reads a name that opens with "Im" as a name, and a quotation after "accused …:" as the subject’s', () => {
    assert.deepStrictEqual(
      said(
        'Its spokeswoman Im Rachno stressed that farmers were warned. Heng Sithu spoke next. He accused the broadcaster of carelessness: “It did no research.”',
      ),
      [
        ['Im Rachno', 'stressed', 'farmers were w'],
        ['Heng Sithu', 'statement', 'It did no rese'],
      ],
    );
  });

  it('gives the clause before "…, Communications, Works and Transport Minister X said" all its words', () => {
    assert.deepStrictEqual(
      said('The country cannot afford strikes, Communications, Works and Transport Minister Marius Demetriadou said.'),
      [['Marius Demetriadou', 'said', 'The country ca']],
    );
    const dictionary = buildDictionary(
      'The country cannot afford strikes, Communications, Works and Transport Minister Marius Demetriadou said.',
      { tagger: compromiseTagger, fallbackDate },
    ).dictionary;
    assert.strictEqual(dictionary.quotations?.[0]?.text, 'The country cannot afford strikes');
  });

  it('gives "it said" and "the news service said" to the body named before, and a scare-quoted word to no one', () => {
    assert.deepStrictEqual(
      said(
        'Radio Free Velmar reported on the farmers. The authorities refused to open the gates, the US-funded news service said. ' +
          '"Officials should address this problem," it said. ' +
          'Minister Ina Rachno said the ministry warned farmers well before the broadcast of the “complaints”.',
      ),
      [
        ['Radio Free Velmar', 'said', 'The authoritie'],
        ['Radio Free Velmar', 'said', 'Officials shou'],
        ['Ina Rachno', 'said', 'the ministry w'],
      ],
    );
  });
});

describe('newspapers in quotation marks or after "newspapers,", and the Latin names of taxa (builder blind rounds 14 to 17)', function () {
  this.timeout(20000);

  it('types a name in quotation marks, or listed after "newspapers,", as a body', () => {
    const found = entities(
      "Foreign minister Hector Timmer told 'Tiempo Nuevo' on Sunday he would act. The request also names the newspaper “O Diario”, whose website reported it.",
    );
    assert.ok(found.includes('Tiempo Nuevo [organization]'), found.join('; '));
    assert.ok(found.includes('O Diario [organization]'), found.join('; '));
  });

  it('types an unknown name that ends in a common noun as a body, not a person', () => {
    const found = entities('NAIROBI - On Monday, Limuru Tea rose while Kakuzi fell.');
    assert.ok(found.includes('Limuru Tea [organization]'), found.join('; '));
  });

  it('reads the Latin name of a genus or a family as no entity', () => {
    const found = entities(
      'Researchers at the Velmar Museum said Kosmoceratops and Pentaceratops lived apart. The fossil belongs to the Goniopholididae, said Kengo Miuro.',
    );
    assert.ok(!found.some((entity) => /ceratops|idae/.test(entity)), found.join('; '));
    assert.ok(found.includes('Kengo Miuro [person]'), found.join('; '));
  });
});

describe('a full name with another given name, and a title after "pro-" (checker blind runs 5, 8 and 10)', function () {
  this.timeout(20000);
  const index = indexOf({
    entities: [
      { id: 'mm', name: 'Mohamed Maaiti', type: 'person', aliases: ['Maaiti'] },
      { id: 'acm', name: 'Alex Contreras Mirando', type: 'person', aliases: ['Mirando'] },
      { id: 'jfc', name: 'Juan Fernando Cristovo', type: 'person', aliases: ['Cristovo'] },
      { id: 'pl', name: 'Pavel Lugova', type: 'person', aliases: ['Lugova'] },
      { id: 'kd', name: 'Kang Deuk-gu', type: 'person', aliases: ['Kang'] },
    ],
  });
  const flagged = (text: string) => findingsOf(index, text, 'first-reference');

  it('asks whether the given name is wrong, once, over the whole name, with the sources’ name as the fix', () => {
    assert.deepStrictEqual(flagged('The ministry passes from Ahmed Maaiti to his deputy.'), [
      ['Ahmed Maaiti', 'Mohamed Maaiti'],
    ]);
    assert.deepStrictEqual(flagged('The ministry goes to Carlos Contreras Mirando, a vice minister.'), [
      ['Carlos Contreras Mirando', 'Alex Contreras Mirando'],
    ]);
    assert.deepStrictEqual(flagged('Interior Minister Juan Carlos Cristovo resigned.'), [
      ['Juan Carlos Cristovo', 'Juan Fernando Cristovo'],
    ]);
    // A surname written first, before a hyphenated given name, and taken up alone later.
    assert.deepStrictEqual(flagged('Reps. Kang Min-gu and others were elected. Kang, a two-term lawmaker, spoke.'), [
      ['Kang Min-gu', 'Kang Deuk-gu'],
    ]);
  });

  it('leaves relatives, given names joined by "and", added patronymics and drafts that name the person in full', () => {
    assert.deepStrictEqual(flagged('Mohamed Maaiti spoke, and his son Ahmed Maaiti listened.'), []);
    assert.deepStrictEqual(flagged('The brothers Ahmed and Ali Maaiti spoke.'), []);
    assert.deepStrictEqual(flagged('Pavel Andreyevich Lugova spoke.'), []);
    assert.deepStrictEqual(flagged('Mohamed Maaiti left; Ahmed Maaiti stayed.'), []);
  });

  it('gives "pro-President Lee" to the Lee the article calls President', () => {
    const found = buildDictionary(
      'Reps. Lee Sung-yoon and President Lee Jae Myung met. Rep. Lee Geon-tae, classified as pro-President Lee, lost.',
      { tagger: compromiseTagger, fallbackDate },
    ).dictionary.entities.filter((entity) =>
      (entity.aliases ?? []).some((alias) => (typeof alias === 'string' ? alias : alias.text) === 'Lee'),
    );
    assert.deepStrictEqual(
      found.map((entity) => entity.name),
      ['Lee Jae Myung'],
    );
  });
});

describe('appointments "X as Title", ranks held beside offices, and an office left "until now" (checker blind run 10)', function () {
  this.timeout(20000);

  it('gives "X as Interior Minister" the job, but not the one a subject takes from X', () => {
    const roles = buildDictionary(
      'DAKAR - Appointments include Gen. Jean-Baptiste Tino as Interior Minister. Field Marshal Abdel Saqro replaces Mohamed Zako as defence minister.',
      { tagger: compromiseTagger, fallbackDate },
    ).dictionary.entities.map((entity) => [entity.name, (entity.roles ?? []).map((role) => role.title.toLowerCase())]);
    assert.deepStrictEqual(
      roles.filter(([name]) => name !== 'Dakar'),
      [
        ['Jean-Baptiste Tino', ['general', 'interior minister']],
        ['Abdel Saqro', ['field marshal']],
        ['Mohamed Zako', []],
      ],
    );
  });

  it('compares a rank with ranks and an office with offices, and leaves an office held "until now"', () => {
    const index = indexOf({
      entities: [
        {
          id: 'as',
          name: 'Abdel Saqro',
          type: 'person',
          aliases: ['Saqro'],
          roles: [{ title: 'Field Marshal', source: 'Field Marshal Abdel Saqro was named.' }],
        },
        {
          id: 'jt',
          name: 'Jean Tino',
          type: 'person',
          aliases: ['Tino'],
          roles: [
            { title: 'General', source: 'Gen. Jean Tino spoke.' },
            { title: 'Interior Minister', source: 'Jean Tino as Interior Minister.' },
          ],
        },
      ],
    });
    const conflicts = (text: string) => findingsOf(index, text, 'title-conflict').map(([written]) => written);
    assert.deepStrictEqual(conflicts('Abdel Saqro, until now the governor of Suez, takes over.'), []);
    assert.deepStrictEqual(conflicts('Governor Abdel Saqro takes over.'), []);
    assert.deepStrictEqual(conflicts('Colonel Abdel Saqro takes over.'), ['Colonel']);
    assert.deepStrictEqual(conflicts('Gen. Jean Tino, the interior minister, spoke.'), []);
    // A bare office in the dictionary, whose sentence holds the portfolio a draft gives it.
    const bare = indexOf({
      entities: [
        {
          id: 'vm',
          name: 'Vladimir Makeyo',
          type: 'person',
          aliases: ['Makeyo'],
          roles: [{ title: 'minister', source: 'Vladimir Makeyo, the Minister of Foreign Affairs, stayed.' }],
        },
      ],
    });
    const bareConflicts = (text: string) => findingsOf(bare, text, 'title-conflict').map(([written]) => written);
    assert.deepStrictEqual(bareConflicts('FM Vladimir Makeyo and Foreign Minister Makeyo spoke.'), []);
    assert.deepStrictEqual(bareConflicts('Defence Minister Vladimir Makeyo spoke.'), ['Defence Minister']);
    assert.deepStrictEqual(bareConflicts('Governor Vladimir Makeyo spoke.'), ['Governor']);
    assert.deepStrictEqual(conflicts('Justice Minister Jean Tino spoke.'), ['Justice Minister']);
  });
});

describe('a party in brackets, a dateline in title case, and a name beside the subject (quotations blind round 5)', function () {
  this.timeout(20000);
  const said = (text: string) => quotedIn(text);

  it('reads "X (Voice-SD) declared" as X’s, without the title-case dateline before the clause', () => {
    assert.deepStrictEqual(
      said(
        'Tarsk, 17 July (TASR) - The police acted in line with the rules, Interior Minister Matus Orwin (Voice-SD) declared on Wednesday.',
      ),
      [['Matus Orwin', 'The police act']],
    );
  });

  it('takes no gender from "Along with X, she …", so "he" may still stand for X', () => {
    assert.deepStrictEqual(
      said(
        'Interior Minister Matus Orwin spoke. "The order came from the investigator," said the minister. He emphasised that the police followed all procedures. ' +
          'Police chief Jana Velko spoke next. Along with Orwin, she praised the police.',
      ),
      [
        ['Matus Orwin', 'The order came'],
        ['Matus Orwin', 'the police fol'],
      ],
    );
  });
});

describe('rivers in a list, councillors abbreviated, and a title of a country before its holder (builder blind round 21)', function () {
  this.timeout(20000);

  it('reads names a plural kind of place closes as places, and "Cllr" and "Cr" as titles', () => {
    const found = entities(
      'TARSK - Water in the Jamuna, Brahmaputra and Surma rivers rose. Cllr Winston Benetto and Cr Anna Wendto spoke. Cllr Benetto said no.',
    );
    for (const place of ['Jamuna', 'Brahmaputra', 'Surma'])
      assert.ok(found.includes(`${place} [place]`), found.join('; '));
    assert.ok(found.includes('Anna Wendto [person]'), found.join('; '));
    assert.deepStrictEqual(
      found.filter((entity) => /Benetto/.test(entity)),
      ['Winston Benetto [person]'],
    );
  });

  it('reads "es" inside a place’s name as a particle ("Dar es Salaam")', () => {
    const found = entities('TARSK - President Samia Hassano spoke in Dar es Salaam on Monday.');
    assert.ok(found.includes('Dar es Salaam [place]'), found.join('; '));
    assert.ok(!found.some((entity) => entity.startsWith('Salaam')), found.join('; '));
  });

  it('splits "Foreign Minister of Kazakhstan Mukhtar Tleuberdo" into the country and the holder', () => {
    const found = entities('ASTANA - Foreign Minister of Kazakhstan Mukhtar Tleuberdo said Russia has no claims.');
    assert.ok(found.includes('Kazakhstan [place]'), found.join('; '));
    assert.ok(found.includes('Mukhtar Tleuberdo [person]'), found.join('; '));
  });
});

describe('a page’s own labels (builder blind round 20)', function () {
  this.timeout(20000);

  it('reads a line of a few plain words, and what a page calls "our" or "your" own, as no name', () => {
    const found = entities(
      [
        'TARSK - The study is published in the Journal of Glacier Studies, said Anna Kellerova, a glaciologist.',
        'Popular Stories',
        'Most Discussed',
        'Filed Under:',
        'Please read our Community Guidelines and your Account Settings before you comment.',
      ].join('\n\n'),
    );
    assert.deepStrictEqual(found.sort(), [
      'Anna Kellerova [person]',
      'Journal of Glacier Studies [organization]',
      'Tarsk [place]',
    ]);
  });

  it('still reads a body or a name no lexicon knows alone on a line, and a body after "our"', () => {
    const found = entities(
      [
        'TARSK - The mayor met judges on Monday. Ivo Marek said our Foreign Ministry would answer.',
        'Supreme Court',
        'The Supreme Court sat.',
        'Abdelmadjo Tebbouno',
        'Mr Tebbouno pledged a new cabinet.',
      ].join('\n\n'),
    );
    for (const name of [
      'Supreme Court [organization]',
      'Ivo Marek [person]',
      'Foreign Ministry [organization]',
      'Abdelmadjo Tebbouno [person]',
    ])
      assert.ok(found.includes(name), found.join('; '));
  });
});

describe('a name the article goes on to call by its last word (builder blind round 21)', function () {
  this.timeout(20000);

  it('types a name no lexicon knows as a person’s when its last word alone stands for it later', () => {
    const found = entities(
      [
        'TARSK - The city has been hit the hardest, its governor said on Saturday.',
        '“This year is a drought,” said Omedo Khashnavo, explaining that the province was divided into zones.',
        'Khashnavo noted that Tarsk has more than 9,000 wells.',
        'According to Khashnavo, "In Tarsk alone, we may need more."',
      ].join('\n\n'),
    );
    assert.ok(found.includes('Omedo Khashnavo [person]'), found.join('; '));
  });

  it('leaves a body that the article calls by its first word a body', () => {
    const found = entities(
      'TARSK - Velmaro Dynamics said on Monday it would cut 200 jobs. Velmaro said the cuts were needed, according to Velmaro.',
    );
    assert.ok(found.includes('Velmaro Dynamics [organization]'), found.join('; '));
  });
});

describe('"and" inside a body’s name, and between two bodies (builder blind round 21)', function () {
  this.timeout(20000);

  it('keeps two trades and a registry’s two subjects inside one name, and parts a second body after "and"', () => {
    const found = entities(
      'TARSK - The Association of Velmar Oil and Gas Service Providers said on Monday it had met the Registry of Political Parties and Candidates, the Tarsk Chamber of Commerce and Industry and Namdo News.',
    );
    for (const name of [
      'Association of Velmar Oil and Gas Service Providers [organization]',
      'Registry of Political Parties and Candidates [organization]',
      'Tarsk Chamber of Commerce and Industry [organization]',
      'Namdo News [organization]',
    ])
      assert.ok(found.includes(name), found.join('; '));
  });
});

describe('places by an area, a department after a town, and the ends of a stretch (builder blind rounds 20 and 21)', function () {
  this.timeout(20000);

  it('types "Dubai’s Naif area", "Rosas, Valle del Cauca department" and "from Quang Binh to Kon Tum" as places', () => {
    const found = entities(
      'TARSK - A landslide hit Rosas, Valle del Cauca department, on Sunday. In Dubai’s Naif area, two men were robbed. Newts live in the provinces from Quang Binh to Kon Tum.',
    );
    for (const place of ['Valle del Cauca', 'Naif', 'Quang Binh'])
      assert.ok(found.includes(`${place} [place]`), found.join('; '));
  });

  it('leaves a body’s department, and a stretch between bodies, to the bodies', () => {
    const found = entities(
      'TARSK - The Velmaro Treasury department said on Monday that prices went from Velmaro Holdings to Tarsk Steel Group.',
    );
    assert.ok(!found.some((entity) => /Velmaro.*\[place\]/.test(entity)), found.join('; '));
  });
});

describe('teams called by their town or their nickname, and a possessive before "centre-right" (builder blind round 20)', function () {
  this.timeout(20000);

  it('keeps a team a body when its town stands for it, and reads its plural nickname as it', () => {
    const found = entities(
      'TARSK - The Denver Red Sox beat the Lisbon Yankees 5-3 on Friday night, his AL-leading 12th win. Denver scored twice in the first. The Yankees lost their third straight game.',
    );
    assert.ok(found.includes('Denver Red Sox [organization]'), found.join('; '));
    assert.ok(found.includes('Lisbon Yankees [organization]'), found.join('; '));
    assert.ok(!found.includes('Yankees [organization]'), found.join('; '));
    assert.ok(!found.some((entity) => entity.startsWith('AL')), found.join('; '));
  });

  it('reads "X’s centre-right party" as a person’s party, not a part of a place', () => {
    const found = entities('ROME - Silvio Berlusconi’s centre-right Forza Italia party rallied on Wednesday.');
    assert.ok(found.includes('Silvio Berlusconi [person]'), found.join('; '));
  });
});

describe('a place whose name holds a possessive, and one opened by an intercardinal point (builder blind round 21)', function () {
  this.timeout(20000);

  it('reads "Cox’s Bazar" as one place, whichever apostrophe, and "Southeast Queensland" as a place', () => {
    const found = entities(
      "TARSK - Floods hit Cox's Bazar on Monday, officials in Cox’s Bazar said. Mayors from 12 Southeast Queensland councils met.",
    );
    assert.ok(found.includes("Cox's Bazar [place]"), found.join('; '));
    assert.ok(!found.some((entity) => /^(?:Cox|Bazar) /.test(entity)), found.join('; '));
    assert.ok(found.includes('Southeast Queensland [place]'), found.join('; '));
  });
});

describe('speakers with a day before the verb, guillemets after a full stop, and clauses in the present (quotations blind round 9)', function () {
  this.timeout(20000);

  it('reads "X on Monday declared that", and a clause whose verb is "call on"', () => {
    assert.deepStrictEqual(
      quotedIn(
        'TARSK - Police Commissioner, Lenard Jamso on Monday declared that there is no spike in crime. Commissioner Matteo Varlo says the police call on all residents to stay home.',
        { verb: true },
      ),
      [
        ['Lenard Jamso', 'declared', 'there is no sp'],
        ['Matteo Varlo', 'says', 'the police cal'],
      ],
    );
  });

  it('opens the reported clause with its purpose ("says to stop…, the police…"), but not "is said to be"', () => {
    assert.deepStrictEqual(
      quotedIn(
        'TARSK - Commissioner Matteo Varlo says to stop any further gatherings in the city, the police call on residents to stay home. Varlo is said to be angry.',
      ),
      [['Matteo Varlo', 'to stop any fu']],
    );
  });

  it('ends a sentence before a quotation in guillemets, so the sentence before is no one’s words', () => {
    assert.deepStrictEqual(
      quotedIn(
        'ASTANA - Foreign Minister Mukhtar Tleubero spoke on Monday. «The statement was made two months ago», said the minister.',
      ),
      [['Mukhtar Tleubero', 'The statement ']],
    );
  });
});

describe('a committee "on" its subject, and a person named straight after it (checker blind run 11)', function () {
  this.timeout(20000);

  it('reads "the State Committee on Military Industry Dmitry Pantus" as the committee and the person', () => {
    const found = entities(
      'MINSK - The former Deputy Chairman of the State Committee on Military Industry Dmitry Pantus has become head of the agency. The committee met on Monday.',
    );
    assert.ok(found.includes('State Committee on Military Industry [organization]'), found.join('; '));
    assert.ok(found.includes('Dmitry Pantus [person]'), found.join('; '));
  });

  it('leaves a day after "Committee on", and a show named with a given name, as they were', () => {
    const found = entities(
      'TARSK - The Committee on Monday met. Wake Up Charlotte To Go is a daily news podcast from the team at Wake Up Charlotte.',
    );
    assert.ok(!found.some((entity) => /Monday|^Wake Up \[/.test(entity)), found.join('; '));
  });
});

describe('an attribution followed by the writer’s comment on the news (quotations blind round 9)', function () {
  this.timeout(20000);

  it('reads the clause before "…, water utility Namwara said, a drop officials blame on drought"', () => {
    assert.deepStrictEqual(
      quotedIn(
        'TARSK - Dams nationwide were at 19.3% of capacity compared to 35.6% last year, water utility Namwara said, a drop officials blame on a five-year drought.',
      ),
      [['Namwara', 'Dams nationwid']],
    );
  });
});

describe('a ruling party, a party after its leader’s name, holders of a title, and "Jnr" (builder blind round 21)', function () {
  this.timeout(20000);

  it('reads "the ruling Pangu Pati" as a body, "Sir Peter Ipatas People’s Party" as two names, "Opposition MPs" as none', () => {
    const found = entities(
      'PORT MORESBY - The ruling Pangu Pati has 56 members. Opposition MPs walked out. Bulolo MP Sam Basil Jnr has three MPs and Sir Peter Ipatas People’s Party also has four. Basil spoke.',
    );
    for (const name of ['Pangu Pati [organization]', 'Peter Ipatas [person]', 'People’s Party [organization]'])
      assert.ok(found.includes(name), found.join('; '));
    assert.ok(!found.some((entity) => /MPs/.test(entity)), found.join('; '));
    const dictionary = buildDictionary('PORT MORESBY - MP Sam Basil Jnr has three MPs. Basil spoke.', {
      tagger: compromiseTagger,
      fallbackDate,
    }).dictionary;
    const basil = dictionary.entities.find((entity) => entity.name === 'Sam Basil Jnr');
    assert.deepStrictEqual(aliasTexts(basil), ['Basil']);
  });
});

describe('a particle the sources capitalise inside a name, and an honorific for an office (checker blind run 12)', () => {
  const index = indexOf({
    entities: [
      {
        id: 'sabah-al-khaled-al-hamad-al-sabah',
        name: 'Sabah Al-Khaled Al-Hamad Al-Sabah',
        type: 'person',
        aliases: ['Sabah Al-Khaled'],
      },
      {
        id: 'nawaf-al-ahmad-al-jaber-al-sabah',
        name: 'Nawaf Al-Ahmad Al-Jaber Al-Sabah',
        type: 'person',
        roles: [{ title: 'Sheikh' }],
      },
      { id: 'karim-al-orwi', name: 'Karim al-Orwi', type: 'person' },
    ],
  });

  it('leaves "Al-" as the dictionary writes it inside a name, and still mends a particle it writes in lower case', () => {
    assert.deepStrictEqual(
      findingsOf(
        index,
        'The premier, Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah, met Nawaf Al-Ahmad Al-Jaber Al-Sabah and Karim Al-Orwi.',
        'particle-case',
      ),
      [['Karim Al-Orwi', 'Karim al-Orwi']],
    );
  });

  it('finds no office in an honorific the sources give', () => {
    assert.deepStrictEqual(
      findingsOf(index, 'He met Crown Prince Nawaf Al-Ahmad Al-Jaber Al-Sabah on Monday.', 'title-conflict'),
      [],
    );
  });
});

describe('"according to" an office in apposition, before the clause, and compounds that end in a verb (quotations blind round 10)', function () {
  this.timeout(20000);

  it('reads the clause after "…but according to the Minister of …, X," and after a dateline, as X’s', () => {
    assert.deepStrictEqual(
      quotedIn(
        [
          'Water found',
          'GABORONE - It is the last thing you would expect but according to the Minister of Minerals, Energy and Water Resources, Kitso Mokailo, water-stressed Velmar is floating on a sea of water.',
          'GABORONE - According to the area MP, Ngaka Ngakano, residents have long been waiting.',
          'Health Minister Masuzo Yoichi has conceded that there is a shortage of doctors.',
        ].join('\n\n'),
        { verb: true },
      ),
      [
        ['Kitso Mokailo', 'according to', 'water-stressed'],
        ['Ngaka Ngakano', 'according to', 'residents have'],
        ['Masuzo Yoichi', 'conceded', 'there is a sho'],
      ],
    );
  });

  it('gives "according to the report, X, the mayor, …" to no one', () => {
    assert.deepStrictEqual(
      quotedIn(
        ['Mayor to go', 'GABORONE - According to the report, Ngaka Ngakano, the mayor, will resign.'].join('\n\n'),
      ),
      [],
    );
  });
});

describe('a town named before its mayor (builder blind round 22)', function () {
  this.timeout(20000);

  it('types "Sanirajak Mayor X" as a place, and leaves a bank’s governor and a council’s mayor to the bodies', () => {
    const found = entities(
      'IQALUIT - Sanirajak Mayor Joe Ipkarnero spoke on Monday. Bank of Velmar Governor Ana Orwicka and Tarsk City Council Mayor Ivo Marekov also spoke.',
    );
    for (const name of ['Sanirajak [place]', 'Bank of Velmar [organization]', 'Tarsk City Council [organization]'])
      assert.ok(found.includes(name), found.join('; '));
  });
});

describe('a trade or a team position before a name no lexicon knows (builder blind round 23)', function () {
  this.timeout(20000);

  it('reads "Skipper Achrafo Hakimo" and "Palaeoanthropologist Leo Burgero" without the word before the name', () => {
    const found = entities(
      'RABAT - The team won on Monday. Skipper Achrafo Hakimo has been joined by others. Palaeoanthropologist Leo Burgero said so.',
    );
    for (const name of ['Achrafo Hakimo [person]', 'Leo Burgero [person]'])
      assert.ok(found.includes(name), found.join('; '));
  });
});

describe('places listed after "rivers such as" (builder blind round 23)', function () {
  this.timeout(20000);

  it('types each name of the list as a place, and leaves firms listed so to the firms', () => {
    const found = entities(
      'KATHMANDU - Water rose in rivers such as Mohanu, Khutiyo, Shivagango, Kado and Patharaiyo on Monday. Firms such as Velmaro and Tarskino cut prices.',
    );
    for (const place of ['Mohanu', 'Khutiyo', 'Shivagango', 'Kado', 'Patharaiyo'])
      assert.ok(found.includes(`${place} [place]`), found.join('; '));
    assert.ok(!found.includes('Velmaro [place]'), found.join('; '));
  });
});

describe('words capitalised for emphasis, and sentences opened in unusual ways (builder blind round 22)', function () {
  this.timeout(20000);

  it('takes no name from a plain word the article also writes in lower case', () => {
    const found = entities(
      'AMMAN - Supply of poultry returned to normal on Sunday. Minister Faisal Tarsko said that Poultry prices are close to last year’s.',
    );
    assert.ok(!found.some((name) => name.startsWith('Poultry')), found.join('; '));
    assert.ok(found.includes('Faisal Tarsko [person]'), found.join('; '));
  });

  it('ends a dateline at a dash typed as two hyphens, and at "A" opening the story after the city in capitals', () => {
    const hyphens = entities(
      'VELMAR BRIDGE, England--Police evacuated residents on Thursday after water cascaded from the Tarsko Reservoir.',
    );
    assert.ok(hyphens.includes('England [place]'), hyphens.join('; '));
    assert.ok(hyphens.includes('Tarsko Reservoir [place]'), hyphens.join('; '));
    assert.ok(!hyphens.some((name) => name.includes('Police')), hyphens.join('; '));
    const noDash = entities('NEW VELMAR A federal jury convicted former Mayor Ivo Tarsko on Wednesday.');
    assert.ok(!noDash.some((name) => / A\b/.test(name)), noDash.join('; '));
  });

  it('takes no name from a caption’s kicker in capitals before a colon, and still reads a dateline so written', () => {
    const kicker = entities(
      'Fossils unveiled\n\nFOCUS OF ATTENTION: Local media look at the fossils at Maropeng, west of Johannesburg.\n\nScientists unveiled fossils on Monday.',
    );
    assert.ok(!kicker.some((name) => /focus/i.test(name)), kicker.join('; '));
    const dateline = entities('LAHORE: Police arrested two men on Monday, officials said.');
    assert.ok(dateline.includes('Lahore [place]'), dateline.join('; '));
  });

  it('takes no name from a pronoun’s contraction opening a quotation', () => {
    const found = entities(
      "NEW ORLEANS - The jury ruled on Wednesday.\n\nIt's Shakespearean in its proportions, political analyst Ivo Tarsko said.",
    );
    assert.ok(!found.some((name) => name.includes('Shakespearean')), found.join('; '));
    assert.ok(found.includes('Ivo Tarsko [person]'), found.join('; '));
  });
});

describe('titles glued to a name (builder blind rounds 22–23)', function () {
  this.timeout(20000);

  it('reads "County Engineer X", "Acting Deputy Clerk Ms X" and "Deputy Mayor of PLACE X" as the person, no title', () => {
    const found = entities(
      'VELMAR - Floods hit Velmar on Monday. County Engineer Kiefo Heimano said roads were shut. Acting Deputy Clerk Ms Georgina Tarsko spoke too. Deputy Mayor of Velmar Sushilo Mishko said water could not drain.',
    );
    for (const name of [
      'Kiefo Heimano [person]',
      'Georgina Tarsko [person]',
      'Sushilo Mishko [person]',
      'Velmar [place]',
    ])
      assert.ok(found.includes(name), found.join('; '));
    assert.ok(!found.some((name) => /Engineer|Clerk|Velmar Sushilo/.test(name)), found.join('; '));
  });
});

describe('a quotation attributed by a description of the person quoted just before (quotations blind round 10)', function () {
  this.timeout(20000);

  it('gives "the mining official said" and "he warned" to the person quoted before', () => {
    assert.deepStrictEqual(
      quotedIn(
        [
          'LA PAZ - Bolivia wants to mine alone, the head of the mining agency, Freddy Beltrano, told the newspaper.',
          '“We need the technology. That’s why we need a partner,” the mining official said.',
          '“It is a pity,” Beltrano said, regretting that the secretary of state did not say whether she would come.',
          '“We have not yet looked at the model,” he warned.',
        ].join('\n\n'),
      ),
      [
        ['Freddy Beltrano', 'We need the te'],
        ['Freddy Beltrano', 'It is a pity'],
        ['Freddy Beltrano', 'We have not ye'],
      ],
    );
  });

  it('gives "the unionist warned" to a union leader, and no "the economist said" to him', () => {
    assert.deepStrictEqual(
      quotedIn(
        [
          'LISBON - “We will strike,” union leader Mario Tarsko said on Monday.',
          '“The fight will go on,” the unionist warned.',
          '“Growth will slow,” the economist said.',
        ].join('\n\n'),
      ),
      [
        ['Mario Tarsko', 'We will strike'],
        ['Mario Tarsko', 'The fight will'],
      ],
    );
  });
});

describe('a long Arabic name and "he" after a long sentence (checker blind run 12)', function () {
  this.timeout(20000);

  it('reads "Sabah Al-Khaled" as the short form of "Sabah Al-Khaled Al-Hamad Al-Sabah", not a second person', () => {
    const found = entities(
      'KUWAIT CITY - The Amir appointed Sheikh Sabih Al-Khaled Al-Hamad Al-Sabih as prime minister on Monday. Sheikh Sabih Al-Khaled is expected to pick his team. The Amir also met Sheikh Nawif Al-Ahmad Al-Jaber Al-Sabih.',
    );
    assert.ok(found.includes('Sabih Al-Khaled Al-Hamad Al-Sabih [person]'), found.join('; '));
    assert.ok(!found.includes('Sabih Al-Khaled [person]'), found.join('; '));
  });

  it('gives "he said" to the subject of the sentence before, past a long aside naming another man', () => {
    assert.deepStrictEqual(
      quotedIn(
        [
          'LA PAZ - The new Cabinet was sworn in on Sunday.',
          'Carlos Mesano, who took office Friday night after deadly street protests forced President Gonzalo Sanchez de Lozano out of office and to flee to the United States, urged the new Cabinet ministers to watch every step they take.',
          '"The abyss is still close at hand, and any mistake, any lack of perspective, can push us over that abyss," he said.',
        ].join('\n\n'),
      ),
      [['Carlos Mesano', 'The abyss is s']],
    );
  });
});

describe('"urged" and a speaker placed by distance (quotations blind round 10)', function () {
  this.timeout(20000);

  it('reads "he had urged people, “…”", and gives a sentence with "in TOWN, about 40 miles northwest of CITY," to the person', () => {
    assert.deepStrictEqual(
      quotedIn(
        [
          'LEOMINSTER - Mayor Dean Mazzo in Leominster, about 40 miles (64 kilometers) northwest of Boston, urged people not to venture outside as roads flooded.',
          'On Monday night, in a recording posted online, he had urged people, “Find a high spot somewhere.”',
        ].join('\n\n'),
      ),
      [
        ['Dean Mazzo', 'people not to '],
        ['Dean Mazzo', 'Find a high sp'],
      ],
    );
  });
});

describe('honours, amounts, countries of two words and French names (builder blind rounds 24–25)', function () {
  this.timeout(20000);

  it('reads "Tan Sri" and "Datuk" as honours, the given names as the short form, and "RM3" as an amount', () => {
    const found = entities(
      'PUTRAJAYA, Feb 10 (Bernama) — Former chairman Tan Sri Mohd Iso Abdul Samado is to serve a sentence over RM3.09 million. A bench led by Justice Datuk Nordo Hasano restored the conviction of Mohd Iso.',
    );
    assert.ok(found.includes('Mohd Iso Abdul Samado [person]'), found.join('; '));
    assert.ok(found.includes('Nordo Hasano [person]'), found.join('; '));
    assert.ok(!found.some((name) => /^(?:Sri |Datuk|Mohd Iso \[|RM3)/.test(name)), found.join('; '));
  });

  it('types "Sri Lanka" and "Saint-Lo" as places, and takes no name from "the Frenchman"', () => {
    const found = entities(
      "COLOMBO - Sri Lanka's president met the cyclist on Monday. The Frenchman won the stage to Saint-Lo.",
    );
    for (const place of ['Sri Lanka [place]', 'Saint-Lo [place]']) assert.ok(found.includes(place), found.join('; '));
    assert.ok(!found.some((name) => name.startsWith('Frenchman')), found.join('; '));
  });
});

describe('Philippine copy: nicknames inside names, credits in lower case, a page label over the headline (checker blind run 13)', function () {
  this.timeout(20000);

  it('reads "Juan Miguel “Migz” Zubiro" as one person without the nickname, and takes no one from a photo credit', () => {
    const text =
      'ADVERTISEMENT\n\nZubiro: PBBM well aware of Senate stand\n\nSenate President Juan Miguel “Migz” Zubiro on Thursday said President Ferdinand "Bongbong" Marcoso Jr. is aware of the stand. Senators met the President on Wednesday. (Facebook photo/courtesy O/S Joel Villanuevo)\n\nZubiro said the talks were cordial.';
    const found = entities(text);
    for (const name of ['Juan Miguel Zubiro [person]', 'Ferdinand Marcoso Jr. [person]'])
      assert.ok(found.includes(name), found.join('; '));
    assert.ok(!found.some((name) => /Migz|Bongbong|Villanuevo/.test(name)), found.join('; '));
    const { source } = buildDictionary(text, { tagger: compromiseTagger, fallbackDate }).dictionary;
    assert.strictEqual(source.title, 'Zubiro: PBBM well aware of Senate stand');
  });

  it('takes a draft’s "Juan Miguel "Migz" Zubiro" and "Ferdinand "Bongbong" Marcoso Jr." for first references in full', () => {
    const { dictionary } = buildDictionary(
      'MANILA - Senate President Juan Miguel “Migz” Zubiro said President Ferdinand “Bongbong” Marcoso Jr. is aware of the stand. Zubiro said the talks were cordial.',
      { tagger: compromiseTagger, fallbackDate },
    );
    const index = indexOf(dictionary);
    const draft =
      'MANILA — Senate President Juan Miguel "Migz" Zubiro said that\nPresident Ferdinand "Bongbong" Marcoso Jr. knows the stand. Zubiro met Mr. Marcoso on Wednesday.';
    assert.deepStrictEqual(findingsOf(index, draft, 'first-reference'), []);
    assert.deepStrictEqual(findingsOf(index, 'Zubiro met Mr. Marcoso on Wednesday.', 'first-reference'), [
      ['Zubiro', 'Juan Miguel Zubiro'],
      ['Marcoso', 'Ferdinand Marcoso Jr.'],
    ]);
  });
});

describe('a place ending a description before "said" (quotations blind round 11)', function () {
  this.timeout(20000);

  it('gives no place the words of the unnamed leader it describes', () => {
    const quoted = quotedIn(
      'CHALLHUAHUACHO, Peru (Reuters) – The recently-freed leader of an indigenous community that has cut off access to a major copper mine in Peru said on Saturday that he was open to talks with the government.',
    );
    assert.ok(!quoted.some(([speaker]) => speaker === 'Peru'), JSON.stringify(quoted));
  });
});

describe('parliaments, members of them, and roads and sea floors by their last word (builder blind round 25)', function () {
  this.timeout(20000);

  it('reads "MK" as a title, "the Knesset" as a body, and an expressway and a trough as places', () => {
    const found = entities(
      'JERUSALEM - Yesh Atid MK Yair Lapido spoke in the Knesset plenum on Wednesday. The race went along the Nairobi Expressway. Species were found in the Bounty Trough.',
    );
    for (const name of [
      'Yesh Atid [organization]',
      'Yair Lapido [person]',
      'Knesset [organization]',
      'Nairobi Expressway [place]',
      'Bounty Trough [place]',
    ])
      assert.ok(found.includes(name), found.join('; '));
  });
});

describe('a country beside its demonym, and a closing quotation mark typed as an opening one (checker blind run 14)', function () {
  this.timeout(20000);

  it('takes "Argentina" and "Argentine" for two words, not two spellings of one name', () => {
    const index = indexOf({ entities: [] });
    const draft =
      'The Argentine coach met Chile. The Argentine side lost. Argentina will play again, the Argentine federation said.';
    assert.deepStrictEqual(findingsOf(index, draft, 'inconsistent-name'), []);
    assert.deepStrictEqual(findingsOf(index, 'Lavrov met Lavrow. Lavrov spoke. Lavrov left.', 'inconsistent-name'), [
      ['Lavrow', 'Lavrov'],
    ]);
  });

  it('closes a quotation at “ typed after its comma, and gives it to the speaker after it', () => {
    assert.deepStrictEqual(
      quotedIn(
        'TOKYO - Sputnik reported that Hirokazu Matsuno resigned on Thursday.\n\n“There are different opinions about the funds of political parties now. The people’s trust in politics is decreasing because of it. There are different references to my own reporting of political funds as well. To ensure that there are no delays in national politics, today I submitted a letter to the prime minister asking him to relieve me of my post,“ Matsuno told a news conference.',
        { verb: true },
      ),
      [['Hirokazu Matsuno', 'told', 'There are diff']],
    );
  });
});

describe('parties, publications, teams and countries by name (builder blind rounds 26 and 27)', function () {
  this.timeout(20000);

  it('keeps a party named with "and" whole, with its initials after "party", and folds "X-friendly" into it', () => {
    const found = entities(
      'The ruling Order and Renewal party (OiR) lost its majority on Sunday, while the Fourth Path won 12 seats. ' +
        'An OiR-friendly broadcaster called the result a warning. Order and Renewal leaders met on Monday.',
    );
    assert.ok(found.includes('Order and Renewal [organization]'), found.join('; '));
    assert.ok(found.includes('Fourth Path [organization]'), found.join('; '));
    for (const wrong of ['Order [organization]', 'OiR [organization]', 'OiR-friendly [organization]', 'Path [place]'])
      assert.ok(!found.includes(wrong), found.join('; '));
    const party = buildDictionary('The ruling Order and Renewal party (OiR) lost its majority on Sunday.', {
      tagger: compromiseTagger,
      fallbackDate,
    }).dictionary.entities.find((entity) => entity.name === 'Order and Renewal');
    assert.deepStrictEqual(aliasTexts(party), ['OiR']);
    // ("Maintenance, Repair and Overhaul (MRO)": plain words and initials, no party's name.)
    assert.ok(
      !entities('It sells maintenance, Repair and Overhaul (MRO) services.').includes(
        'Repair and Overhaul [organization]',
      ),
    );
  });

  it('cuts a name at its initials joined by a hyphen, and a title of "Member" from the name after it', () => {
    const found = entities(
      'Velmar Democratic Party-VDP Standing Committee Member Anwar Kabir Hossain said the party would boycott the count.',
    );
    assert.ok(found.includes('Velmar Democratic Party [organization]'), found.join('; '));
    assert.ok(found.includes('Anwar Kabir Hossain [person]'), found.join('; '));
    assert.ok(!found.some((name) => name.includes('Party-VDP')), found.join('; '));
  });

  it('reads a team by its plural and a member after its possessive, but keeps a given name with such a surname a person', () => {
    const found = entities(
      "Kaizer Chiefs' Johnson scored twice against Orlando Pirates on Saturday, and Joan Rivers watched.",
    );
    for (const name of [
      'Kaizer Chiefs [organization]',
      'Johnson [person]',
      'Orlando Pirates [organization]',
      'Joan Rivers [person]',
    ])
      assert.ok(found.includes(name), found.join('; '));
  });

  it('reads a publication after "magazine", and a person apart from the museum after "of the"', () => {
    const found = entities(
      'The satirical magazine Charlie Duval published cartoons, said Diego Marrow of the Feruglio Paleontology Museum.',
    );
    assert.ok(found.includes('Charlie Duval [organization]'), found.join('; '));
    assert.ok(found.includes('Diego Marrow [person]'), found.join('; '));
    assert.ok(!found.some((name) => name.startsWith('Diego Marrow of')), found.join('; '));
  });

  it('reads a country named alone as the country, before a speech verb too, unless someone the article names bears it', () => {
    assert.deepStrictEqual(
      entities('Jordan said on Sunday it would close the border. The kingdom hosts many refugees.'),
      ['Jordan [place]'],
    );
    assert.deepStrictEqual(entities('Michael Jordan scored 30 points on Sunday. Jordan later retired.'), [
      'Michael Jordan [person]',
    ]);
  });
});

describe('wire furniture around datelines and captions (builder blind rounds 26 and 27)', function () {
  this.timeout(20000);

  it("hides a syndicator's bracket, a title-case dateline's agency and a credit or byline glued before the dateline", () => {
    const syndicated =
      'Border to reopen\n\n(MENAFN- Velmar News Agency) Tarsk, Dec. 3 (Petra) -- Jordan said on Sunday it would reopen the border.\n';
    assert.deepStrictEqual(entities(syndicated), ['Tarsk [place]', 'Jordan [place]']);
    const credited =
      'Mine plan approved\n\nLocal Journalism Initiative THUNDER BAY — The province approved the mine on Tuesday, Mayor Ken Orwick said.\n';
    const found = entities(credited);
    assert.ok(found.includes('Thunder Bay [place]'), found.join('; '));
    assert.ok(!found.some((name) => name.includes('Initiative')), found.join('; '));
    assert.deepStrictEqual(
      entities(
        "By Jane Roe The Canadian Press HALIFAX — Nova Scotia's ombudsman said Tuesday the province failed to act.\n",
      ),
      ['Halifax [place]', 'Nova Scotia [place]'],
    );
  });

  it("hides an agency glued to a caption's full stop and a picture's file name, and names a dateline's town as written in the story", () => {
    const page = [
      'Cartoonists remember attack',
      '',
      'People gather at a memorial outside the former offices in Paris, France.AP',
      '',
      'GettyImages-525038504',
      '',
      'PARIS — The weekly marked the anniversary on Wednesday, editor Gerard Biard said.',
    ].join('\n');
    assert.deepStrictEqual(
      furnitureOf(page).hidden.map((span) => page.slice(span.start, span.end)),
      ['AP', 'GettyImages-525038504'],
    );
    const found = entities(page);
    assert.ok(found.includes('Paris [place]'), found.join('; '));
    assert.ok(!found.some((name) => name.startsWith('PARIS') || name.includes('GettyImages')), found.join('; '));
  });
});

describe('initials of plurals and posts, prices in a letter, and City Hall (builder blind rounds 26 and 27)', function () {
  this.timeout(20000);

  it('takes no entity from a plural and its initials, nor from the initials of a post', () => {
    const found = entities(
      'The commission said Returning Officers (ROs) would count the ballots. The ROs met on Monday, and NGOs watched. ' +
        'The Chief Election Commissioner (CEC) said the CEC would decide.',
    );
    for (const wrong of ['Returning Officers', 'ROs', 'NGOs', 'CEC'])
      assert.ok(!found.some((name) => name.startsWith(`${wrong} [`)), found.join('; '));
  });

  it('reads "rose to N35" and "N1.2 billion" as prices, while "G20" still names a body', () => {
    const found = entities(
      'Shares of Tarsk Mills rose to N35 on Tuesday, and the firm raised N1.2 billion. Leaders of the G20 met in Tarsk.',
    );
    assert.ok(!found.some((name) => /^N\d/.test(name)), found.join('; '));
    assert.ok(found.includes('G20 [organization]'), found.join('; '));
  });

  it('names City Hall whole', () => {
    const found = entities('Protesters gathered outside City Hall on Monday, where Mayor Jane Orwick spoke.');
    assert.ok(found.includes('City Hall [place]'), found.join('; '));
    assert.ok(!found.some((name) => name.startsWith('Hall [')), found.join('; '));
  });
});

describe('speech verbs and titled speakers after the verb (quotations blind round 12)', function () {
  this.timeout(20000);

  it('reads "he related" and "telling X that" as speech', () => {
    assert.deepStrictEqual(
      quotedIn(
        'LAGOS — Chief Emeka Obi spoke to reporters on Monday. "We were not told anything," he related.\n\n' +
          'Mayor Ken Ade called Governor Ada Ndukwe on Monday, telling her that the roads were unsafe.',
        { verb: true },
      ),
      [
        ['Emeka Obi', 'related', 'We were not to'],
        ['Ken Ade', 'telling', 'the roads were'],
      ],
    );
  });

  it('gives a quotation to the person named after the verb and a title in capitals', () => {
    assert.deepStrictEqual(
      quotedIn(
        'ALBANY — The storm flooded roads on Monday.\n\n"Residents must leave the area now," urged Village Board Chairman Tunde Bakare.',
      ),
      [['Tunde Bakare', 'Residents must']],
    );
  });
});

describe('a surname misspelt alone at the start of a sentence (checker blind run 14)', () => {
  const index = indexOf({
    entities: [
      person('minoru-kihara', 'Minoru Kihara', ['Kihara']),
      person('yoshimasa-hayashi', 'Yoshimasa Hayashi', ['Hayashi']),
    ],
  });

  it('flags a letter dropped from the surname of someone the draft has named in full', () => {
    assert.deepStrictEqual(
      findingsOf(
        index,
        'Defence Minister Minoru Kihara met Yoshimasa Hayashi in Warsaw. Kihra agreed. Hayasi left on Tuesday.',
        'name-variant',
      ),
      [
        ['Kihra', 'Kihara'],
        ['Hayasi', 'Hayashi'],
      ],
    );
  });

  it('leaves such a word alone in a draft that does not name the person', () => {
    assert.deepStrictEqual(findingsOf(index, 'Hayasi left on Tuesday. Kihra agreed.', 'name-variant'), []);
  });
});

describe('role words, joined suffixes, fires, designations and glued credits (builder blind rounds 28 and 29)', function () {
  this.timeout(20000);

  it("takes a doer's word opening the story or a sentence off the name after it", () => {
    const found = entities(
      'MUMBAI — Opener Mayank Kumar made a century on Friday.\n\nLawyers Trimoelja D. Soerjadi and Jane Orwick said the case was weak.',
    );
    assert.ok(found.includes('Mayank Kumar [person]'), found.join('; '));
    assert.ok(found.includes('Trimoelja D. Soerjadi [person]'), found.join('; '));
    assert.ok(!found.some((name) => /^(?:Opener|Lawyers) /.test(name)), found.join('; '));
  });

  it('reads "X-led" as no sign of a body, "Europe-wide" as no mention, and a wildfire\'s name as no place', () => {
    const found = entities(
      'Virat Singh-led India won on Friday. Shares rose in a Europe-wide rally, while crews fought the West Kiskatinaw wildfire.',
    );
    assert.ok(found.includes('Virat Singh [person]'), found.join('; '));
    assert.ok(!found.some((name) => name.startsWith('Europe') || name.startsWith('West Kiskatinaw')), found.join('; '));
  });

  it("keeps a portfolio the lexicon does not know in the title, and reads an asteroid's designation as no body", () => {
    const found = entities(
      'Commerce Secretary Howard Lutnick said the probe would visit the asteroid 1999 JU3 next year.',
    );
    assert.deepStrictEqual(found, ['Howard Lutnick [person]']);
  });

  it("hides a photographer's credit and agency glued to a caption's full stop", () => {
    const page =
      'Car sales fall\n\nA worker checks a car at a dealership in Berlin, where car sales fell.Nigel Treblin/AP\n\nBERLIN — Sales fell again in May, the industry said.';
    assert.deepStrictEqual(
      furnitureOf(page).hidden.map((span) => page.slice(span.start, span.end)),
      ['Nigel Treblin/AP'],
    );
    assert.deepStrictEqual(entities(page), ['Berlin [place]']);
  });
});

describe('a body speaking through its mission, and a described speaker with an age (quotations blind round 13)', function () {
  this.timeout(20000);

  it('gives "the X mission said" to X', () => {
    assert.deepStrictEqual(
      quotedIn(
        'NAIROBI — Observers from the European Union watched the count on Tuesday. The European Union mission said it had seen no sign of manipulation.',
      ),
      [['European Union', 'it had seen no']],
    );
  });

  it('gives "the 57-year-old director said" to the director named before', () => {
    assert.deepStrictEqual(
      quotedIn(
        'Filipino director Lav Diaz won the top prize on Saturday. "It\'s an affirmation, we are happy," the 57-year-old director said.',
      ),
      [['Lav Diaz', "It's an affirm"]],
    );
  });
});

describe("a state's governor, an adviser's title, and a given name after a titled place (checker blind run 15)", function () {
  this.timeout(20000);

  it('reads the owner of "X State Governor" as a place and "National Security Adviser" as a title', () => {
    const found = entities(
      'ABUJA — Kwara State Governor AbdulRahman AbdulRazaq met on Monday. National Security Adviser Nuhu Ribadu attended.',
    );
    for (const name of ['Kwara State [place]', 'AbdulRahman AbdulRazaq [person]', 'Nuhu Ribadu [person]'])
      assert.ok(found.includes(name), found.join('; '));
  });

  it('asks about another given name after a title that a place opens', () => {
    const index = indexOf({
      entities: [
        { id: 'niger-state', name: 'Niger State', type: 'place', aliases: [] },
        person('mohammed-bago', 'Mohammed Bago', ['Bago']),
      ],
    });
    assert.deepStrictEqual(findingsOf(index, 'Niger State Governor Muhammad Bago met on Monday.', 'first-reference'), [
      ['Muhammad Bago', 'Mohammed Bago'],
    ]);
  });
});

describe('a one-word name with its job after it, and initials offered with "or" (builder blind round 29)', function () {
  this.timeout(20000);

  it('reads "Surono, head of the volcanology agency" as a person', () => {
    assert.deepStrictEqual(
      entities(
        'JAKARTA — The volcano erupted again on Sunday.\n\nSurono, head of the volcanology agency, said residents should stay away.',
      ),
      ['Jakarta [place]', 'Surono [person]'],
    );
  });

  it('takes "X, or JAXA," as the initials of X', () => {
    const agency = buildDictionary(
      'The Japan Aerospace Exploration Agency, or JAXA, as the agency is known, launched the probe. JAXA said it was healthy.',
      { tagger: compromiseTagger, fallbackDate },
    ).dictionary.entities;
    assert.deepStrictEqual(
      agency.map((entity) => [entity.name, aliasTexts(entity)]),
      [['Japan Aerospace Exploration Agency', ['JAXA']]],
    );
  });
});

describe('an attribution\'s "as quoted by" (quotations blind round 13)', function () {
  this.timeout(20000);

  it('records no reported clause in "X said, as quoted by Y"', () => {
    assert.deepStrictEqual(
      quotedIn(
        'MUMBAI — FC Goa coach Clifford Cooper praised his side on Sunday. "We were brilliant tonight," Cooper said, as quoted by ISL\'s website.',
      ),
      [['Clifford Cooper', 'We were brilli']],
    );
  });
});

describe('genres, television and competitions (builder blind round 31)', function () {
  this.timeout(20000);

  it('takes no entity from "K-pop", "TV" or a competition\'s or a concert\'s name', () => {
    assert.deepStrictEqual(
      entities(
        'SEOUL — K-pop stars sang on a live TV programme before the Georgia Enescu International Competition and the Drama Concert on Sunday.',
      ),
      ['Seoul [place]'],
    );
  });
});

describe('titles with a place or listed portfolios, and things declared (blind rounds 30 and 31, checker run 16, quotations round 14)', function () {
  this.timeout(20000);

  it('cuts "Ambassador to Cairo X" at the place, and reads portfolios listed after "Minister for" as the title\'s', () => {
    const found = entities(
      'CAIRO — Sudan recalled its Ambassador to Cairo Abdel Mahmoud Abdel Halim on Thursday. The Minister for Environment, Science, Technology and Innovation, Ophelia Hayford, spoke.',
    );
    for (const name of ['Cairo [place]', 'Abdel Mahmoud Abdel Halim [person]', 'Ophelia Hayford [person]'])
      assert.ok(found.includes(name), found.join('; '));
    for (const wrong of ['Science', 'Technology', 'Innovation', 'Minister for Environment'])
      assert.ok(!found.some((name) => name.startsWith(`${wrong} [`)), found.join('; '));
  });

  it('reports nothing for "declared a state of emergency" or "over alleged discrimination"', () => {
    assert.deepStrictEqual(
      quotedIn(
        'TALLAHASSEE — Governor Rick Scott declared a state of emergency for 26 counties that were hit by the floods. ' +
          'Others boycotted the meeting over alleged discrimination against opposition-ruled states. Governor Rick Scott said the water was receding.',
      ),
      [['Rick Scott', 'the water was ']],
    );
  });
});

describe('a weekday after a name, and hyphenated vice-presidents (builder blind round 33, quotations round 15)', function () {
  this.timeout(20000);

  it('cuts the weekday off a name and reads "Vice-President(-elect)" as a title', () => {
    assert.deepStrictEqual(
      entities(
        'The prize went to Marilynne Robinson Wednesday, judges said. Vice-President Jusuf Kalla and Vice-President-elect Maruf Amin attended.',
      ),
      ['Marilynne Robinson [person]', 'Jusuf Kalla [person]', 'Maruf Amin [person]'],
    );
  });
});

describe('a seat after "Member of Parliament for", "commented" and an origin between speaker and verb (builder round 30, quotations round 15)', function () {
  this.timeout(20000);

  it('reads the seat after "Member of Parliament for" as a place of its own', () => {
    const found = entities('ACCRA — Kwame Asare, Member of Parliament for Nsawam-Adoagyiri, agreed on Monday.');
    assert.ok(found.includes('Nsawam-Adoagyiri [place]'), found.join('; '));
    assert.ok(!found.some((name) => name.startsWith('Parliament for')), found.join('; '));
  });

  it('reads "commented," and "X, of Y Village, said" as speech', () => {
    assert.deepStrictEqual(
      quotedIn(
        'MANILA — Floods hit Rizal on Sunday. Carmelita Libawat, of Kasiglahan Village in Rodriguez town, said she and her family moved.\n\nCoach Shin Tae Yong commented, "This was an exciting match."',
        { verb: true },
      ),
      [
        ['Carmelita Libawat', 'said', 'she and her fa'],
        ['Shin Tae Yong', 'commented', 'This was an ex'],
      ],
    );
  });
});
