import * as assert from 'assert';
import { escapeMarkdown, renderAmbiguousCard, renderEntityCard } from '../../src/core/card/entityCard';
import { indexOf } from './helpers';

const index = indexOf({
  source: { title: 'Test wire story', date: '2024-12-08' },
  entities: [
    {
      id: 'bashar',
      name: 'Bashar al-Assad',
      type: 'person',
      aliases: ['Assad'],
      roles: [{ title: 'President of Syria', source: 'Syrian President Bashar al-Assad fled.' }],
    },
    {
      id: 'maher',
      name: 'Maher al-Assad',
      type: 'person',
      relations: [{ type: 'brother', target: 'bashar', source: 'his younger brother Maher' }],
    },
    {
      id: 'evil',
      name: 'Evil [link](command:workbench.action.terminal.new) <img src=x> **bold**',
      type: 'organization',
    },
  ],
});
const link = (id: string) => `command:test.open?${encodeURIComponent(JSON.stringify([id]))}`;

describe('entity cards', () => {
  it('shows a relation from both ends, each linking to the other entity', () => {
    const maherCard = renderEntityCard(index, 'maher', 2, link);
    const basharCard = renderEntityCard(index, 'bashar', 5, link);
    assert.match(
      maherCard,
      /- brother of \[Bashar al\\-Assad\]\(command:test\.open\?%5B%22bashar%22%5D "his younger brother Maher"\)/,
    );
    assert.match(basharCard, /- brother: \[Maher al\\-Assad\]\(command:test\.open\?%5B%22maher%22%5D/);
  });

  it('merges an entity known to two dictionaries, and says which dictionary each fact comes from', () => {
    const merged = indexOf(
      {
        source: { title: 'Desk notes', date: '2025-02-06' },
        entities: [
          {
            id: 'turkey',
            name: 'Turkey',
            type: 'place',
            aliases: ['Türkiye'],
            roles: [{ title: 'quake-hit country', source: 'The quake struck southern Turkey.' }],
          },
        ],
      },
      {
        source: { title: 'Syrian Crisis', date: '2024-12' },
        entities: [
          { id: 'turkey', name: 'Turkey', type: 'place', aliases: ['Turkish'], roles: [{ title: 'NATO member' }] },
        ],
      },
    );
    const card = renderEntityCard(merged, 'turkey', 1, link);
    assert.match(card, /^quake\\-hit country \\\(Desk notes\\\); NATO member \\\(Syrian Crisis\\\)$/m);
    assert.match(card, /^> The quake struck southern Turkey\\.\n>\n> — \*Desk notes\* \\\(2025\\-02\\-06\\\)$/m);
    assert.match(card, /^Also written: Türkiye \\\(Desk notes\\\); Turkish \\\(Syrian Crisis\\\)$/m);
    assert.match(card, /^Sources: \*Desk notes\* \\\(2025\\-02\\-06\\\) · \*Syrian Crisis\* \\\(2024\\-12\\\)$/m);
  });

  it('cites the sentence without the headline an older dictionary kept before it', () => {
    const older = indexOf({
      source: { title: 'Syrian Crisis' },
      entities: [
        {
          id: 'b',
          name: 'Bashar al-Assad',
          type: 'person',
          roles: [{ title: 'President of Syria', source: 'Syrian Crisis: After decades, Bashar al-Assad fled.' }],
        },
      ],
    });
    assert.match(renderEntityCard(older, 'b', 1, link), /^> After decades, Bashar al\\-Assad fled\\.$/m);
  });

  it('prints a role once, not again as the relation that says the same', () => {
    const ministry = indexOf({
      entities: [
        { id: 'russia', name: 'Russia', type: 'place' },
        {
          id: 'lavrov',
          name: 'Sergei Lavrov',
          type: 'person',
          roles: [{ title: 'Foreign Minister of Russia' }],
          relations: [
            { type: 'official', target: 'russia', title: 'Foreign Minister' },
            { type: 'ally', target: 'russia' },
          ],
        },
      ],
    });
    const card = renderEntityCard(ministry, 'lavrov', 1, link);
    assert.strictEqual(card.match(/Foreign Minister/g)?.length, 1, card);
    assert.match(card, /^- ally of \[Russia\]/m);
  });

  it('groups relations that read the same into one line', () => {
    const family = indexOf({
      entities: [
        { id: 'a', name: 'Anna', type: 'person' },
        { id: 'b', name: 'Ben', type: 'person', relations: [{ type: 'cousin', target: 'a' }] },
        {
          id: 'c',
          name: 'Cleo',
          type: 'person',
          relations: [
            { type: 'cousin', target: 'a' },
            { type: 'ally', target: 'b' },
          ],
        },
      ],
    });
    const card = renderEntityCard(family, 'a', 0, link);
    assert.match(card, /^- cousin: \[Ben\]\([^)]*\), \[Cleo\]\([^)]*\)$/m);
    assert.match(renderEntityCard(family, 'c', 0, link), /^- cousin of \[Anna\][^\n]*\n- ally of \[Ben\]/m);
  });

  it('shows type, role, aliases, mentions, the source sentence and article', () => {
    const card = renderEntityCard(index, 'bashar', 5, link);
    assert.match(card, /^\*\*Bashar al\\-Assad\*\* · person · Mentions in this draft: 5/);
    assert.match(card, /President of Syria/);
    assert.match(card, /Also written: Assad/);
    assert.match(card, /Mentions in this draft: 5/);
    assert.match(card, /> Syrian President Bashar al\\-Assad fled\\\./);
    assert.match(card, /\*Test wire story\* \\\(2024\\-12\\-08\\\)/);
  });

  it('escapes everything that comes from a dictionary', () => {
    const card = renderEntityCard(index, 'evil', 1, link);
    assert.ok(!card.includes('](command:workbench'), card);
    assert.ok(!card.includes('<img'), card);
    assert.ok(card.includes('\\*\\*bold\\*\\*'), card);
  });

  it('lists the candidates of a shared name without choosing', () => {
    const card = renderAmbiguousCard(index, 'al-Assad', ['bashar', 'maher'], link);
    assert.match(card, /could be any of 2 entities/);
    assert.match(card, /\[Bashar al\\-Assad\]/);
    assert.match(card, /\[Maher al\\-Assad\]/);
  });

  it('escapes Markdown and HTML so text shows as written', () => {
    assert.strictEqual(
      escapeMarkdown('a_b *c* [d](e) <f> & #g\nh'),
      'a\\_b \\*c\\* \\[d\\]\\(e\\) &lt;f\\> &amp; \\#g h',
    );
  });
});
