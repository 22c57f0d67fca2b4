import * as assert from 'assert';
import { blankOut, furnitureOf, storyText } from '../../src/core/text/furniture';
import { parseDay } from '../../src/core/text/calendar';
import { anchorOf } from '../../src/core/timeline/events';

/** The texts of the spans, as written. */
const textsOf = (text: string, spans: readonly { start: number; end: number }[]) =>
  spans.map((span) => text.slice(span.start, span.end));

const WIRE = [
  'QUAKE TOLL TOPS 28,000 AS RESCUERS SEARCH RUBBLE',
  '',
  'By SUZAN FRASER and ZEYNEP BILGINSOY Associated Press',
  'February 12, 2023',
  '',
  'ANTAKYA, Turkey (AP) — Rescuers pulled a woman from the rubble on Sunday. By Monday, hope was fading.',
  '',
  'Related: Quake survivors face freezing nights',
  '',
  'A rescuer carries a child in Antakya, Turkey, Feb. 9, 2023. (AP Photo/Khalil Hamra)',
  'Kremlin Pool Photo via AP',
  'FILE - Russian President Vladimir Putin meets Recep Tayyip Erdogan in Sochi, Russia, Aug. 5, 2022. (Sergei Karpukhin, Sputnik, Kremlin Pool Photo via AP, File)',
  'Reporting by Sabrina Valle in Houston; Editing by Chris Reese',
].join('\n');

describe('news furniture', () => {
  const furniture = furnitureOf(WIRE);

  it("reads an agency in a dateline as the story's credit, not a picture's: its paragraph stays story", () => {
    const lead =
      'Ferry sinks off Harwick\n\nHARWICK, March 4 (AFP) - The ferry sank on Monday.\n\nIt carried 40 people.';
    const page = furnitureOf(lead);
    assert.deepStrictEqual(page.captions, []);
    assert.deepStrictEqual(textsOf(lead, page.hidden), ['(AFP)']);
    // Its dateline gives no year: the fallback's, said so.
    assert.deepStrictEqual(anchorOf(lead, parseDay('2026-06-01')!), {
      anchor: parseDay('2026-03-04'),
      source: 'dateline',
      yearGuessed: true,
    });
  });

  it('hides headlines in capitals, bylines, date lines, agencies, credits, "Related:" and contributor lines', () => {
    assert.deepStrictEqual(textsOf(WIRE, furniture.hidden), [
      'QUAKE TOLL TOPS 28,000 AS RESCUERS SEARCH RUBBLE',
      'By SUZAN FRASER and ZEYNEP BILGINSOY Associated Press',
      'February 12, 2023',
      '(AP)',
      'Related: Quake survivors face freezing nights',
      '(AP Photo/Khalil Hamra)',
      'Kremlin Pool Photo via AP',
      'FILE - ',
      '(Sergei Karpukhin, Sputnik, Kremlin Pool Photo via AP, File)',
      'Reporting by Sabrina Valle in Houston; Editing by Chris Reese',
    ]);
  });

  it('hides a line that names the outlet alone', () => {
    const page = 'Goni is the ninth storm this year.\n\nVOA News\n\nThe typhoon moved north.';
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), ['VOA News']);
  });

  it("hides the outlet's note about itself after a closing byline box, but not a story after a byline box at the top", () => {
    const closing =
      'The typhoon moved north on Sunday. It left thousands homeless in the north of the island, where the army was sent to clear roads and restore power to the towns it had cut off.\n\nVOA News\n\nThe Voice of America provides news in 40 languages. Stories with the VOA News byline are the work of VOA journalists.';
    assert.deepStrictEqual(textsOf(closing, furnitureOf(closing).hidden), [closing.slice(closing.indexOf('VOA News'))]);
    const opening = 'Storm hits coast\nVOA News\nThe storm hit the coast on Sunday, VOA reported, and moved north.';
    assert.deepStrictEqual(textsOf(opening, furnitureOf(opening).hidden), ['VOA News']);
  });

  it('hides a name alone under the headline (a byline without "By"), a caption\'s closing credit and a report credit', () => {
    const page = [
      'PM avoids censure as deal condemned',
      'Sabra Lane',
      'The Opposition lost a bid to censure the Prime Minister.',
      'Rescue workers search the rubble in Elazig, Turkey, on January 25, 2020. BULENT KILIC / AFP',
      'As VOA’s Rosanne Skirble reports, the telescope is being tested.',
    ].join('\n');
    const furniture = furnitureOf(page);
    assert.deepStrictEqual(textsOf(page, furniture.hidden), ['Sabra Lane', 'BULENT KILIC / AFP', 'VOA’s']);
    assert.deepStrictEqual(
      textsOf(page, furniture.captions).map((line) => line.slice(0, 14)),
      ['Rescue workers'],
    );
    // The same short line further into the story is prose, not a byline.
    assert.deepStrictEqual(furnitureOf('Talks end\nThe talks ended on Monday.\nTony Abbott\nHe said no.').hidden, []);
  });

  it("hides a lead-in in capitals that opens a paragraph, but keeps a dateline's city", () => {
    const page =
      'SIR PETER WESTMACOTT, BRITISH AMBASSADOR TO THE US In the aftermath of the attacks, the host speaks with the ambassador.\nRIO DE JANEIRO, Brazil (AP) — Police raided the favela.';
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), [
      'SIR PETER WESTMACOTT, BRITISH AMBASSADOR TO THE US ',
      '(AP)',
    ]);
  });

  it("hides an agency's name in brackets wherever it stands, once for a dateline", () => {
    const page =
      'Killer returned from Mexico (AP)\nHARTFORD, Conn. (AP) – A man on the run was set to appear Thursday.';
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), ['(AP)', '(AP)']);
  });

  it("hides an agency opening the story with no place, and South and Southeast Asian agencies' brackets", () => {
    const page =
      'REUTERS - Nordlys Inc reported a rise in profit on Tuesday.\nTarsk (Velmar) [India], February 8 (ANI): Tarsk FC won.';
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), ['REUTERS', '(ANI)']);
  });

  it('hides slash credits, credit labels, "taken by" credits, tickers, web addresses, hashtags and social-embed lines', () => {
    const page = [
      'A sign is seen outside a branch in Schaumburg, Illinois. REUTERS/Jim Young/File Photo',
      'Victims in this photo taken by Antara Foto. Antara Foto/Nurul Ramadhan/ via REUTERS',
      'The area is dense jungle. Photo: AFP / Chris McCALL',
      'Guaido fist bumps with a supporter. (AP PhotoAriana Cubillos)',
      'A court found him guilty [Reuters]',
      'Charles Schwab Corp (SCHW.N) will buy it, and Exxon (NYSE: XOM) will not.',
      'Fans cheered #RoadToRussia @FIFAcom pic.twitter.com/DMSo6y6V5X',
      'Image source, AFP',
      'Image caption, Workers march in Paris',
      'The BBC is not responsible for the content of external sites.View original tweet on Twitter',
      'Workers will strike over pensions (MARTIN BERNETTI)',
      'Associated Press writer Greg Keller contributed to this report.',
      '    SOURCE: Reuters',
    ].join('\n');
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), [
      'REUTERS/Jim Young/File Photo',
      'Antara Foto',
      'Antara Foto/Nurul Ramadhan/ via REUTERS',
      'Photo: AFP / Chris McCALL',
      '(AP PhotoAriana Cubillos)',
      '[Reuters]',
      '(SCHW.N)',
      '(NYSE: XOM)',
      '#RoadToRussia',
      '@FIFAcom',
      'pic.twitter.com/DMSo6y6V5X',
      'Image source, AFP',
      'Image caption, ',
      'The BBC is not responsible for the content of external sites.View original tweet on Twitter',
      '(MARTIN BERNETTI)',
      'Associated Press writer Greg Keller contributed to this report.',
      '    SOURCE: Reuters',
    ]);
  });

  it("hides a byline box of reporters a line each, a name broken over two lines, and a credit line under a byline's date", () => {
    const box = [
      'Maren',
      'Ostby, Ketu Radio Senior Journalist',
      'Ilse',
      'Varga, Harbour Waves',
      'Presenter/Producer',
      '',
      'A health expert spoke on Monday.',
    ].join('\n');
    assert.deepStrictEqual(textsOf(box, furnitureOf(box).hidden), [
      'Maren',
      'Maren',
      'Ostby, Ketu Radio Senior Journalist',
      'Ilse',
      'Varga, Harbour Waves',
      'Presenter/Producer',
    ]);
    const credit = [
      'By Tove Harr',
      'Published: Friday, September 28, 2018 - 7:21pm',
      'Secretaria de Cultura del Estado de Dravia',
      'Former governor Ansel Brook is being investigated for corruption.',
    ].join('\n');
    assert.deepStrictEqual(textsOf(credit, furnitureOf(credit).hidden), [
      'By Tove Harr',
      'Published: Friday, September 28, 2018 - 7:21pm',
      'Secretaria de Cultura del Estado de Dravia',
    ]);
  });

  it('hides a contributor credit in brackets closing a paragraph, a credit label glued to a caption and BBC caption labels', () => {
    const page = [
      'The shares closed 3 percent higher. (Reporting by Tomas Verde; Additional reporting by Lin Qiao; Editing by Ana Rocha)',
      'The minister spoke on the summit stagePhoto: Karel Brno/Getty Images',
      'Image captionRescuers dug through the night in Oldbridge',
      'Image copyrightAFP',
      'Media captionWitnesses describe the blast',
    ].join('\n');
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), [
      '(Reporting by Tomas Verde; Additional reporting by Lin Qiao; Editing by Ana Rocha)',
      'Photo: Karel Brno/Getty Images',
      'Image caption',
      'Image copyrightAFP',
      'Media caption',
    ]);
  });

  it('hides a kicker label in capitals before a colon ("EXCLUSIVE: …")', () => {
    const page = 'EXCLUSIVE: Police say the suspect was arrested on Tuesday.';
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), ['EXCLUSIVE: ']);
  });

  it("hides a section's name before a bar on the first line", () => {
    const page = 'Live Updates | Turkey, Syria earthquake search intensifies\nRescuers raced on.';
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), ['Live Updates | ']);
  });

  it('hides promotion lines ("— Find more AP coverage at", "Click on the headline…")', () => {
    const page =
      'The toll rose on Monday.\n— Find more AP coverage at\nClick on the headline to read the full story on CNN.com';
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), [
      '— Find more AP coverage at',
      'Click on the headline to read the full story on CNN.com',
    ]);
  });

  it('hides a blog post\'s category line and an author\'s link line ("In Uncategorized on …", "More by this Author")', () => {
    const page = [
      'Floods close the Korin road',
      'In Uncategorized on March 3, 2019 at 7:07 am',
      'KORIN (AFP) – Floods closed the road on Sunday.',
      'More by this Author',
      'In the hills on Sunday the rain stopped at last.',
    ].join('\n');
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), [
      'In Uncategorized on March 3, 2019 at 7:07 am',
      '(AFP)',
      'More by this Author',
    ]);
  });

  it('reads a year-first date line with slashes as the publication date', () => {
    const page = 'Quake kills 12\nBy Associated Press\n2019/06/18 13:47\nRescue efforts were under way on Tuesday.';
    const furniture = furnitureOf(page);
    assert.strictEqual(page.slice(furniture.dateLine!.start, furniture.dateLine!.end), '2019/06/18 13:47');
    assert.deepStrictEqual(anchorOf(page, parseDay('2026-01-01')!), {
      anchor: parseDay('2019-06-18'),
      source: 'published',
    });
  });

  it('reads a line closed by a credit in parts a bar divides as a caption: its date dates no story, its names are hidden', () => {
    const page =
      'Grain board approves nominees\n\n' +
      'Nominee Miriam Tembo answers questions in Lusaka on March 3, 2025. PHOTO | KAMANGA PHIRI | DAILY LEDGER GROUP\n\n' +
      'Parliament on Thursday approved three nominees to the grain board.';
    const furniture = furnitureOf(page);
    assert.deepStrictEqual(
      textsOf(page, furniture.captions).map((line) => line.slice(0, 14)),
      ['Nominee Miriam'],
    );
    const story = storyText(page, furniture);
    for (const credit of ['KAMANGA', 'DAILY LEDGER', 'PHOTO'])
      assert.ok(!story.includes(credit), `${credit} left in: ${story}`);
    assert.strictEqual(anchorOf(page, parseDay('2026-01-01')!).source, 'fallback');
  });

  it("dates the story from a date line's written year, not from its weekday", () => {
    const page = 'Police raid favela\nWednesday, January 19, 2005\n\nPolice occupied the favela this morning.';
    assert.deepStrictEqual(anchorOf(page, parseDay('2026-01-01')!), {
      anchor: parseDay('2005-01-19'),
      source: 'published',
    });
  });

  it('keeps prose that only looks like furniture: a sentence opening with "By", a bracket that credits nobody', () => {
    const prose = 'By Monday, the toll had risen.\nThe quake (magnitude 7.8) hit at dawn.\nThe company is Pool Corp.';
    assert.deepStrictEqual(furnitureOf(prose).hidden, []);
  });

  it('marks captions, and finds the publication date line', () => {
    assert.deepStrictEqual(
      textsOf(WIRE, furniture.captions).map((line) => line.slice(0, 20)),
      ['A rescuer carries a ', 'FILE - Russian Presi'],
    );
    assert.strictEqual(WIRE.slice(furniture.dateLine!.start, furniture.dateLine!.end), 'February 12, 2023');
    assert.ok(furnitureOf('Updated 3:12 PM EST, Sun February 12, 2023\nText.').dateLine);
  });

  it("hides a wiki page's source list to its end", () => {
    const page = 'Officials met on Tuesday.\n\nSources\n\n"Talks end" — BBC News, March 3, 2008';
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), [
      'Sources\n\n"Talks end" — BBC News, March 3, 2008',
    ]);
  });

  it('hides a comment form after the story to its end, a link to it above the story, and a line asking the reader to register', () => {
    const page =
      'Crews kept the road open.\n\nRegister on LedgerLIVE at no cost to receive newsletters.\n\nLeave a Reply\n\nWordPress.com Logo\n\nLog Out /  Change )';
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), [
      'Register on LedgerLIVE at no cost to receive newsletters.',
      'Leave a Reply\n\nWordPress.com Logo\n\nLog Out /  Change )',
    ]);
    // Under the headline, the same words are a link to the form: the story after it stays.
    const story = 'Sagan wins stage\nLeave a comment\n\nPeter Sagan won the stage on Sunday.\n\nHe led from the start.';
    assert.deepStrictEqual(textsOf(story, furnitureOf(story).hidden), ['Leave a comment']);
  });

  it("hides a wire page's contact lines, its comment widget's note and its share buttons", () => {
    const page =
      'Shares fell 6 percent.\n\nTo contact the reporter on this story: Jane Roe in Berlin at jroe@example.net\n\nPlease enable JavaScript to view the comments powered by Disqus.';
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), [
      'To contact the reporter on this story: Jane Roe in Berlin at jroe@example.net',
      'Please enable JavaScript to view the comments powered by Disqus.',
    ]);
    const shares = 'Facebook Share IconTwitter Share IconEmail Share Icon\n\nA patrol car burned on Monday.';
    assert.deepStrictEqual(textsOf(shares, furnitureOf(shares).hidden), [
      'Facebook Share IconTwitter Share IconEmail Share Icon',
    ]);
  });

  it('hides credits glued to a caption: after its full stop, after a bar, in capitals after "Pic." and after ©', () => {
    const page = [
      'Leaders met in Warsaw on Tuesday.PAP/Jan Roe',
      'Authorities asked for help. |BGNES',
      'Media look at the fossils in Maropeng. Pic.JANE ROE. 08/04/2010. © Daily Ledger. Scientists at Wits University spoke.',
      'Jane Roe said the Daily Ledger had the story.',
    ].join('\n');
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), [
      'PAP/Jan Roe',
      '|BGNES',
      'Pic.JANE ROE',
      '© Daily Ledger',
    ]);
  });

  it('blanks out what it hides, offsets and line breaks kept, overlapping spans included', () => {
    const story = storyText(WIRE, furniture, true);
    assert.strictEqual(story.length, WIRE.length);
    assert.strictEqual(story.split('\n').length, WIRE.split('\n').length);
    assert.ok(!story.includes('Putin') && !story.includes('AP') && story.includes('ANTAKYA, Turkey      — Rescuers'));
    assert.strictEqual(
      blankOut('abcdef', [
        { start: 1, end: 3 },
        { start: 2, end: 5 },
      ]),
      'a    f',
    );
  });
});

describe('anchorOf on real copy', () => {
  const today = parseDay('2026-01-01')!;

  it("takes the publication date of a date line over a caption's date", () =>
    assert.deepStrictEqual(anchorOf(WIRE, today), { anchor: parseDay('2023-02-12'), source: 'published' }));

  it("gives a dateline without a year the publication date's year", () =>
    assert.deepStrictEqual(
      anchorOf(
        'Exxon to buy Pioneer\nOctober 11, 2023 5:40 PM UTC\n\nHOUSTON, Oct 11 (Reuters) - Exxon agreed to buy Pioneer.',
        today,
      ),
      {
        anchor: parseDay('2023-10-11'),
        source: 'dateline',
      },
    ));

  it('never dates a story by its photo caption', () =>
    assert.deepStrictEqual(
      anchorOf('Rescuers searched on Saturday.\nA rescuer in Antakya, Feb. 4, 2023. (AP Photo/Khalil Hamra)', today),
      { anchor: today, source: 'fallback' },
    ));
});

describe("the story's date from a publication credit and an ordinal day (blind rounds 30 and 31)", () => {
  it('dates the story by "Published in X, July 12th, 2025" and "was first published Oct. 3, 2023." at its end', () => {
    const fallback = parseDay('2026-12-04')!;
    assert.deepStrictEqual(
      anchorOf('TARSK: The court ruled on Monday.\n\nPublished in Dawn, July 12th, 2025', fallback),
      { anchor: parseDay('2025-07-12'), source: 'published' },
    );
    assert.deepStrictEqual(
      anchorOf(
        'TARSK — The watchdog said on Monday.\n\nThis report by The Canadian Press was first published Oct. 3, 2023.',
        fallback,
      ),
      { anchor: parseDay('2023-10-03'), source: 'published' },
    );
    assert.deepStrictEqual(anchorOf('Updated: July 16th, 2022 10:00 am\n\nTARSK: The court ruled.', fallback), {
      anchor: parseDay('2022-07-16'),
      source: 'published',
    });
  });
});
