/**
 * One dictionary for a story told by several articles: each article is built on its own,
 * then their entities are joined (by name, alias or a spelling of the same name), and every
 * role, relation, event and figure keeps each article that states it. Where the articles
 * disagree (a date, a figure, a title, a spelling) both are kept, and the dictionary's
 * "disagreements" says so with their sources: the builder does not choose.
 */

import { figureOfFact } from '../consistency/figures';
import type { Disagreement, FactSource } from '../dictionary/schema';
import { foldName } from '../text/fold';
import { figuresAgree, sameQuantity } from '../text/figures';
import { keyAgreement } from '../text/nameKeys';
import { sentenceSpans } from '../text/sentences';
import { actionsIn } from '../timeline/conflicts';
import { type Anchor, anchorOf } from '../timeline/events';
import { type Day, compareDays } from '../text/calendar';
import { type DictionaryFileContent, type EntityEntry, type EventEntry, type LinkedEntity, normalised } from './build';
import { builtFactsOf } from './builtFacts';
import { differsByMiddleName } from './entities';
import type { FigureEntry } from './figures';
import { type QuotationEntry, quotationFact } from './quotations';
import { KnownEntities } from './linking';
import { aliasText } from './merge';

/** One article of the story, built. */
export interface ArticleBuild {
  /** The article's file, as the dictionary names it (relative to the dictionary). */
  readonly file: string;
  /** The article's text as the builder read it (line ends as LF): where the sources' offsets point. */
  readonly text: string;
  readonly dictionary: DictionaryFileContent;
  /** The people and bodies it names that a loaded dictionary knows, with the titles it gives them. */
  readonly linked?: readonly LinkedEntity[];
}

type Sourced = { sources?: FactSource[] };

/** The day an article's build falls back on, and whether the story's other articles gave it rather than its file. */
export interface FallbackDay {
  readonly day: Day;
  readonly fromStory: boolean;
}

/**
 * The day each article of a story falls back on where its own text does not date it: its
 * file's day where the article dates itself; where it does not (no date at all, or a
 * dateline without its year), the newest day the self-dated articles give, so that "Aug. 6"
 * and "Monday" land in the story's year rather than in the year the file was saved.
 */
export function storyFallbackDays(texts: readonly string[], fileDays: readonly Day[]): FallbackDay[] {
  // Read from the text the build reads (line ends, hard wraps), so that both date an article alike.
  const anchors = texts.map((text, i) => anchorOf(normalised(text), fileDays[i]!));
  const undated = (anchor: Anchor) => anchor.source === 'fallback' || anchor.yearGuessed === true;
  const storyDay = anchors
    .filter((anchor) => !undated(anchor))
    .map((anchor) => anchor.anchor)
    .sort(compareDays)
    .pop();
  return anchors.map((anchor, i) =>
    storyDay && undated(anchor) ? { day: storyDay, fromStory: true } : { day: fileDays[i]!, fromStory: false },
  );
}

/** The dictionary of the whole story. With one article, that article's dictionary as it was built. */
export function combineArticles(articles: readonly ArticleBuild[]): DictionaryFileContent {
  if (articles.length === 1) return articles[0]!.dictionary;
  const story = new Story();
  for (const article of articles) story.add(article);
  return story.result(articles);
}

class Story {
  private readonly entities: EntityEntry[] = [];
  /** Each entity's names, with the articles that write each one. */
  private readonly names = new Map<EntityEntry, Map<string, FactSource[]>>();
  private readonly events: (EventEntry & Sourced)[] = [];
  private readonly figures: FigureEntry[] = [];
  private readonly quotations: QuotationEntry[] = [];
  private readonly disagreements: Disagreement[] = [];
  /** The titles the articles give people a loaded dictionary knows (not written here, but compared like the story's own). */
  private readonly knownRoles = new Map<string, { name: string; roles: EntityEntry['roles'] }>();

  add(article: ArticleBuild): void {
    const sourceOf = (sentence: string): FactSource => factSource(article, sentence);
    const idOf = new Map<string, string>();
    const joined = new Map<EntityEntry, EntityEntry>();
    for (const entity of article.dictionary.entities) {
      const found = this.matchOf(entity);
      // "Robert E. Murray" after "Robert Murray": the story names the person by the fuller name.
      const match =
        found &&
        found.name.split(' ').length < entity.name.split(' ').length &&
        differsByMiddleName(found.name, entity.name)
          ? this.renamed(found, entity.name)
          : found;
      const target = match ?? this.added(entity);
      joined.set(entity, target);
      idOf.set(entity.id, target.id);
      const spellings = this.names.get(target)!;
      // One name with and without its middle name is no spelling of its own.
      const spelling = [...spellings.keys()].find((known) => differsByMiddleName(known, entity.name)) ?? entity.name;
      const written = spellings.get(spelling) ?? [];
      spellings.set(spelling, [...written, sourceOf(firstSentenceNaming(article.text, entity.name))]);
      if (match) for (const alias of [entity.name, ...entity.aliases]) addAlias(match, alias);
    }
    for (const [entity, target] of joined) {
      for (const role of entity.roles) addRole(target.roles, role.title, sourceOf(role.source));
      for (const relation of entity.relations) {
        const targetId = idOf.get(relation.target) ?? relation.target;
        const same = target.relations.find((known) => known.type === relation.type && known.target === targetId);
        if (same) addSource(same, sourceOf(relation.source));
        else target.relations.push({ ...relation, target: targetId, sources: [sourceOf(relation.source)] });
      }
    }
    const bySentence = new Map<string, EventEntry[]>();
    for (const event of article.dictionary.events)
      bySentence.set(event.source, [
        ...(bySentence.get(event.source) ?? []),
        { ...event, entities: event.entities.map((id) => idOf.get(id) ?? id) },
      ]);
    for (const [sentence, events] of bySentence) this.addEvents(events, sourceOf(sentence));
    for (const link of article.linked ?? []) {
      const known = this.knownRoles.get(link.id) ?? { name: link.name, roles: [] };
      this.knownRoles.set(link.id, known);
      for (const role of link.roles) addRole(known.roles, role.title, sourceOf(role.source));
    }
    for (const quotation of article.dictionary.quotations ?? []) {
      const speaker = idOf.get(quotation.speaker) ?? quotation.speaker;
      const same = this.quotations.find(
        (known) => known.speaker === speaker && foldName(known.text) === foldName(quotation.text),
      );
      // Its offsets are those of the first article that quotes it, the first of its sources.
      if (same) addSource(same, sourceOf(quotation.source));
      else this.quotations.push({ ...quotation, speaker, sources: [sourceOf(quotation.source)] });
    }
    for (const figure of article.dictionary.figures ?? [])
      this.addFigure({ ...figure, entities: figure.entities.map((id) => idOf.get(id) ?? id) }, sourceOf(figure.source));
  }

  /** The entity of the story an article's entity is: the same name, alias or acronym, or a spelling of the same full name. */
  private matchOf(entity: EntityEntry): EntityEntry | undefined {
    const aliases = entity.aliases.map((alias) =>
      typeof alias === 'string' ? { text: alias, matchCase: false } : alias,
    );
    const known = new KnownEntities(
      this.entities.map((known) => ({
        ...known,
        aliases: known.aliases.map((alias) => (typeof alias === 'string' ? { text: alias, matchCase: false } : alias)),
      })),
    ).linkOf({
      name: entity.name,
      type: entity.type,
      forms: aliases.map((alias) => alias.text),
      acronyms: aliases.filter((alias) => alias.matchCase).map((alias) => alias.text),
    });
    if (known) return this.entities.find((candidate) => candidate.id === known.id);
    if (!entity.name.includes(' ')) return undefined;
    const words = entity.name.split(' ').length;
    const variants =
      entity.type === 'person'
        ? this.entities.filter(
            (candidate) => candidate.type === 'person' && differsByMiddleName(entity.name, candidate.name),
          )
        : [];
    return (
      this.entities.find(
        (candidate) =>
          candidate.type === entity.type &&
          candidate.name.split(' ').length === words &&
          keyAgreement(entity.name, candidate.name) !== undefined,
      ) ??
      // Two people with different middle names could both be meant: then neither.
      (variants.length === 1 ? variants[0] : undefined)
    );
  }

  /** The story's entity under a fuller name, its former name an alias. */
  private renamed(entity: EntityEntry, name: string): EntityEntry {
    const entry: EntityEntry = { ...entity, name, aliases: [...entity.aliases] };
    addAlias(entry, entity.name);
    this.entities[this.entities.indexOf(entity)] = entry;
    this.names.set(entry, this.names.get(entity)!);
    this.names.delete(entity);
    return entry;
  }

  private added(entity: EntityEntry): EntityEntry {
    let id = entity.id;
    for (let n = 2; this.entities.some((known) => known.id === id); n++) id = `${entity.id}-${n}`;
    // Its roles and relations are added in add(), with their sources, like those of an entity it joins.
    const entry: EntityEntry = { ...entity, id, aliases: [...entity.aliases], roles: [], relations: [] };
    this.entities.push(entry);
    this.names.set(entry, new Map());
    return entry;
  }

  /**
   * The events one sentence of an article dates. A sentence can date several things ("killed
   * on Monday, the governor said on Wednesday"): where one of its dates agrees with the same
   * event in another article, the others are no disagreement.
   */
  private addEvents(events: readonly EventEntry[], source: FactSource): void {
    let agrees = false;
    let conflict: [EventEntry, EventEntry & Sourced] | undefined;
    for (const event of events) {
      const exact = this.events.find(
        (known) => known.date === event.date && foldName(known.text) === foldName(event.text),
      );
      const actions = [...actionsIn(event.text).keys()];
      const sameEvent =
        exact ??
        this.events.find(
          (known) =>
            known.entities.some((id) => event.entities.includes(id)) &&
            [...actionsIn(known.text).keys()].some((action) => actions.includes(action)),
        );
      if (sameEvent && datesAgree(sameEvent.date, event.date)) {
        addSource(sameEvent, source);
        agrees = true;
        continue;
      }
      if (sameEvent && sourcesFrom(sameEvent, source.file)) conflict ??= [event, sameEvent];
      this.events.push({ ...event, sources: [source] });
    }
    if (agrees || !conflict) return;
    const [event, known] = conflict;
    this.disagree('date', known.text, sharedEntity(known.entities, event.entities), [
      [known.date, known.sources ?? []],
      [event.date, [source]],
    ]);
  }

  private addFigure(figure: FigureEntry, source: FactSource): void {
    const read = figureOfFact(figure);
    if (!read) return;
    let disagreeing: FigureEntry | undefined;
    for (const known of this.figures) {
      const knownRead = figureOfFact(known);
      if (!knownRead || !sameQuantity(read, knownRead)) continue;
      if (known.entities.length > 0 && figure.entities.length > 0 && !sharedEntity(known.entities, figure.entities))
        continue;
      if (figuresAgree(read, knownRead)) {
        addSource(known, source);
        return;
      }
      if (sourcesFrom(known, source.file)) disagreeing ??= known;
    }
    if (disagreeing)
      this.disagree(
        'figure',
        disagreeing.counts ? `${disagreeing.counts}: ${disagreeing.source}` : disagreeing.source,
        sharedEntity(disagreeing.entities, figure.entities),
        [
          [disagreeing.text, disagreeing.sources ?? []],
          [figure.text, [source]],
        ],
      );
    this.figures.push({ ...figure, sources: [source] });
  }

  private disagree(
    kind: Disagreement['kind'],
    subject: string,
    entity: string | undefined,
    claims: readonly [value: string, sources: readonly FactSource[]][],
  ): void {
    this.disagreements.push({
      kind,
      subject,
      ...(entity ? { entity } : {}),
      claims: claims.map(([value, sources]) => ({ value, sources })),
    });
  }

  result(articles: readonly ArticleBuild[]): DictionaryFileContent {
    for (const [index, entity] of this.entities.entries()) {
      const spellings = [...this.names.get(entity)!];
      const folded = new Set(spellings.map(([name]) => foldName(name)));
      if (folded.size > 1) {
        this.disagree(
          'spelling',
          entity.name,
          entity.id,
          spellings.map(([name, sources]) => [name, sources]),
        );
        this.entities[index] = withTheMajoritySpelling(entity, spellings);
      }
      if (entity.type === 'person') this.titleDisagreements(entity.id, entity.name, entity.roles);
    }
    for (const [id, { name, roles }] of this.knownRoles) this.titleDisagreements(id, name, roles);
    const events = this.events;
    const figures = this.figures;
    const first = articles[0]!.dictionary.source;
    return {
      source: {
        title: articles.map((article) => article.dictionary.source.title).join(' · '),
        // The latest article tells the story as it now stands.
        date:
          articles
            .map((article) => article.dictionary.source.date)
            .sort()
            .pop() ?? first.date,
      },
      entities: this.entities,
      events,
      quotations: this.quotations,
      ...(figures.length > 0 ? { figures } : {}),
      ...(this.disagreements.length > 0 ? { disagreements: this.disagreements } : {}),
      builtEntities: this.entities.map((entity) => entity.id),
      builtFacts: [...builtFactsOf(this.entities, events, figures), ...this.quotations.map(quotationFact)],
    };
  }

  /** Titles two articles give one person where neither shares one with the other ("President" against "Prime Minister"). */
  private titleDisagreements(id: string, name: string, roles: EntityEntry['roles']): void {
    const byFile = new Map<string, { title: string; sources: FactSource[] }[]>();
    for (const role of roles)
      for (const source of role.sources ?? [])
        byFile.set(source.file, [...(byFile.get(source.file) ?? []), { title: role.title, sources: role.sources! }]);
    if (byFile.size < 2) return;
    const files = [...byFile.values()];
    const related = (a: string, b: string) => foldName(a).includes(foldName(b)) || foldName(b).includes(foldName(a));
    const apart = files.every((titles, index) =>
      files.every(
        (others, otherIndex) =>
          otherIndex === index || !titles.some(({ title }) => others.some((other) => related(title, other.title))),
      ),
    );
    if (!apart) return;
    const claims = new Map<string, FactSource[]>();
    for (const role of roles) claims.set(role.title, role.sources ?? []);
    this.disagree('title', name, id, [...claims]);
  }
}

/** Whether two ISO dates can be the same moment: equal, or one the other's less precise form. */
function datesAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Whether the sources of `fact` so far are articles other than `file`: one article restating itself is not a disagreement. */
function sourcesFrom(fact: Sourced, file: string): boolean {
  return (fact.sources ?? []).some((source) => source.file !== file);
}

function sharedEntity(a: readonly string[], b: readonly string[]): string | undefined {
  return a.find((id) => b.includes(id));
}

function addSource(fact: Sourced, source: FactSource): void {
  const sources = fact.sources ?? [];
  if (!sources.some((known) => known.file === source.file && known.start === source.start))
    fact.sources = [...sources, source];
}

/** A role an article states, joined to the same title from another article, with its source. */
function addRole(roles: EntityEntry['roles'], title: string, source: FactSource): void {
  const same = roles.find((known) => foldName(known.title) === foldName(title));
  if (same) addSource(same, source);
  else roles.push({ title, source: source.sentence, sources: [source] });
}

/**
 * The entity under the spelling most of the story's articles write, where most do: the
 * other spellings of its words ("Guyman" in one outlet, "Guymon" in two) are no aliases,
 * so that a draft that copies the odd one is told. Where the articles are even, no
 * spelling is preferred and all stay (the disagreement says which article writes which).
 */
function withTheMajoritySpelling(
  entity: EntityEntry,
  spellings: readonly [string, readonly FactSource[]][],
): EntityEntry {
  const articlesWriting = (sources: readonly FactSource[]) => new Set(sources.map((source) => source.file)).size;
  const [first, second] = [...spellings].sort((a, b) => articlesWriting(b[1]) - articlesWriting(a[1]));
  if (!first || !second || articlesWriting(first[1]) === articlesWriting(second[1])) return entity;
  const name = first[0];
  const words = name.split(' ').map((word) => foldName(word));
  // Only a word written otherwise in a spelling of as many words is the odd one out ("Co." added is no misspelling).
  const oddWords = new Set(
    spellings.flatMap(([other]) => {
      const otherWords = other.split(' ').map((word) => foldName(word));
      return otherWords.length === words.length ? otherWords.filter((word, i) => word !== words[i]) : [];
    }),
  );
  const aliases = [entity.name, ...entity.aliases].filter(
    (alias) =>
      foldName(aliasText(alias)) !== foldName(name) &&
      !aliasText(alias)
        .split(' ')
        .some((word) => oddWords.has(foldName(word))),
  );
  return { ...entity, name, aliases };
}

function addAlias(entity: EntityEntry, alias: string | { text: string; matchCase: boolean }): void {
  const folded = foldName(aliasText(alias));
  if (folded === foldName(entity.name) || entity.aliases.some((known) => foldName(aliasText(known)) === folded)) return;
  entity.aliases.push(alias);
}

/** Where an article states a sentence: its file, and the offsets in its text when the sentence is found there. */
function factSource(article: ArticleBuild, sentence: string): FactSource {
  const start = article.text.indexOf(sentence);
  return start < 0
    ? { file: article.file, sentence }
    : { file: article.file, sentence, start, end: start + sentence.length };
}

/** The first sentence of a text that writes a name (the name alone where none does). */
function firstSentenceNaming(text: string, name: string): string {
  const at = text.indexOf(name);
  if (at < 0) return name;
  const sentence = sentenceSpans(text).find((span) => span.start <= at && at < span.end);
  return sentence ? text.slice(sentence.start, sentence.end) : name;
}
