/**
 * Rebuilding a dictionary that a person has already edited: what the new build found is
 * added, what the file says is never changed or removed (names, types, roles and relations
 * corrected by hand, entries added by hand, its formatting), and what the builder wrote before
 * and a person deleted or changed stays so: an entity (the file's "builtEntities"), an alias,
 * role, relation or event (its "builtFacts"). A file that is not strict JSON (comments
 * included) is refused, not merged into.
 */

import {
  type Edit,
  type FormattingOptions,
  type JSONPath,
  type Node,
  applyEdits,
  findNodeAtLocation,
  getNodeValue,
  modify,
  parseTree,
} from 'jsonc-parser';
import { decodeDictionaryBytes, parseDictionary } from '../dictionary/parse';
import { foldName } from '../text/fold';
import { plural } from '../text/plural';
import type { Alias } from '../dictionary/schema';
import type { DictionaryFileContent, EntityEntry, EventEntry } from './build';
import { aliasFact, entityFacts, eventFact, figureFact, relationFact, roleFact } from './builtFacts';
import { type QuotationEntry, quotationFact } from './quotations';

const FORMATTING: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

export interface MergeResult {
  readonly text: string;
  readonly added: {
    entities: number;
    aliases: number;
    roles: number;
    relations: number;
    events: number;
    quotations: number;
    figures: number;
    disagreements: number;
  };
  /** Entities the builder found again but a person had deleted: left out. */
  readonly keptDeleted: number;
  /** The ids (as built) of the entities the merge adds or adds to: what a person reviews. */
  readonly changed: ReadonlySet<string>;
  /** Aliases, roles, relations and events the builder found again but a person had deleted or changed: left out. */
  readonly keptEdited: number;
}

interface ExistingEntity {
  readonly index: number;
  readonly id: string;
  readonly names: Set<string>;
  readonly roles: Set<string>;
  readonly relations: Set<string>;
  readonly hasAliases: boolean;
  readonly hasRoles: boolean;
  readonly hasRelations: boolean;
  /** Written on one line by hand. */
  readonly oneLine: boolean;
}

/** An existing file a rebuild will not merge into, so as not to write over what it could not read. */
export class NotADictionary extends Error {
  constructor(file: string, problem: string) {
    super(
      `${file}: ${problem.replace(/^skipped: /, '')}; nothing was written (fix it or move it away before rebuilding)`,
    );
  }
}

/** The text of an existing dictionary file; throws NotADictionary when it is not UTF-8 text. */
export function decodeExistingDictionary(bytes: Uint8Array, file: string): string {
  const { text, problem } = decodeDictionaryBytes(bytes, file);
  if (problem) throw new NotADictionary(file, problem.message);
  return text!;
}

/** Merges `built` into the JSON text of an existing dictionary. Throws NotADictionary when that text is not strict JSON of a dictionary. */
export function mergeIntoExisting(existingText: string, built: DictionaryFileContent, file: string): MergeResult {
  // An empty object ("{}") has nothing to lose; anything else must be a dictionary.
  const strict = parseDictionary(existingText, file);
  if (!strict.dictionary && !/^\s*\{\s*\}\s*$/.test(existingText))
    throw new NotADictionary(file, strict.problems[0]!.message);
  let text = existingText;
  const tree = parseTree(text)!;
  const entitiesNode = findNodeAtLocation(tree, ['entities']);
  const existing = (entitiesNode?.children ?? []).map((node, index) =>
    readExisting(node, index, !text.slice(node.offset, node.offset + node.length).includes('\n')),
  );
  const added = {
    entities: 0,
    aliases: 0,
    roles: 0,
    relations: 0,
    events: 0,
    quotations: 0,
    figures: 0,
    disagreements: 0,
  };
  /** `compact`: into an entry written on one line, which stays on one line. */
  const apply = (path: JSONPath, value: unknown, compact = false) => {
    const edits: Edit[] = modify(text, path, value, compact ? {} : { formattingOptions: FORMATTING });
    text = applyEdits(text, edits);
  };

  // Each built entity is the existing one sharing its id or one of its names, or new.
  const matchOf = new Map<string, ExistingEntity>();
  for (const entity of built.entities) {
    const names = [entity.name, ...entity.aliases.map(aliasText)].map((name) => foldName(name));
    const match =
      existing.find((candidate) => candidate.id === entity.id) ??
      existing.find((candidate) => names.some((name) => candidate.names.has(name)));
    if (match) matchOf.set(entity.id, match);
  }
  const builtBefore = new Set(stringsAt(tree, 'builtEntities'));
  const factsBefore = new Set(stringsAt(tree, 'builtFacts'));
  const factsNow: string[] = [];
  let keptEdited = 0;
  /** Items not in the file: those the builder wrote before are gone by hand and stay gone; all are remembered as built. */
  const unlessEdited = <T>(items: readonly T[], factOf: (item: T) => string): T[] =>
    items.filter((item) => {
      const fact = factOf(item);
      factsNow.push(fact);
      if (!factsBefore.has(fact)) return true;
      keptEdited++;
      return false;
    });
  // Written by an earlier build and gone from the file now: deleted by hand.
  const deleted = new Set(
    built.entities.filter((entity) => !matchOf.has(entity.id) && builtBefore.has(entity.id)).map((entity) => entity.id),
  );
  const takenIds = new Set(existing.map((entity) => entity.id));
  const idOf = new Map<string, string>();
  for (const entity of built.entities) {
    const match = matchOf.get(entity.id);
    if (match) idOf.set(entity.id, match.id);
    else if (!deleted.has(entity.id)) {
      let id = entity.id;
      for (let n = 2; takenIds.has(id); n++) id = `${entity.id}-${n}`;
      takenIds.add(id);
      idOf.set(entity.id, id);
    }
  }
  const relationKey = (type: string, target: string) => `${type} ${target}`;
  /** Appends to a top-level list (figures, disagreements) the items whose key it does not hold yet; returns how many. */
  const appendNew = <T>(
    items: readonly T[],
    key: string,
    keyOf: (item: T) => string,
    keep: (items: T[]) => T[] = (fresh) => fresh,
  ): number => {
    const node = findNodeAtLocation(parseTree(text)!, [key]);
    const value: unknown = node ? getNodeValue(node) : undefined;
    const known = new Set(Array.isArray(value) ? value.map((item) => keyOf(item as T)) : []);
    const fresh = keep(items.filter((item) => !known.has(keyOf(item))));
    if (fresh.length === 0) return 0;
    if (!Array.isArray(value)) apply([key], fresh);
    else for (const item of fresh) apply([key, -1], item);
    return fresh.length;
  };

  if (!entitiesNode) apply(['entities'], []);
  const changed = new Set<string>();
  for (const entity of built.entities) {
    if (deleted.has(entity.id)) continue;
    const relations = entity.relations
      .filter((relation) => !deleted.has(relation.target))
      .map((relation) => ({ ...relation, target: idOf.get(relation.target) ?? relation.target }));
    const match = matchOf.get(entity.id);
    if (!match) {
      factsNow.push(...entityFacts(entity, idOf.get(entity.id)!, relations));
      apply(['entities', -1], { ...entity, id: idOf.get(entity.id)!, relations } satisfies EntityEntry);
      added.entities++;
      changed.add(entity.id);
      continue;
    }
    const append = (key: 'aliases' | 'roles' | 'relations', has: boolean, items: unknown[]) => {
      if (items.length === 0) return;
      if (!has) apply(['entities', match.index, key], items, match.oneLine);
      else for (const item of items) apply(['entities', match.index, key, -1], item, match.oneLine);
      added[key] += items.length;
      changed.add(entity.id);
    };
    factsNow.push(...entityFacts(entity, match.id, relations));
    const aliases = [entity.name, ...entity.aliases].filter((alias) => !match.names.has(foldName(aliasText(alias))));
    append(
      'aliases',
      match.hasAliases,
      unlessEdited(aliases, (alias) => aliasFact(match.id, alias)),
    );
    const roles = entity.roles.filter((role) => !match.roles.has(foldName(role.title)));
    append(
      'roles',
      match.hasRoles,
      unlessEdited(roles, (role) => roleFact(match.id, role.title)),
    );
    const newRelations = relations.filter(
      (relation) => !match.relations.has(relationKey(relation.type, relation.target)),
    );
    append(
      'relations',
      match.hasRelations,
      unlessEdited(newRelations, (relation) => relationFact(match.id, relation)),
    );
  }

  const current = parseTree(text)!;
  const eventsNode = findNodeAtLocation(current, ['events']);
  const knownEvents = new Set(
    ((eventsNode ? getNodeValue(eventsNode) : []) as Partial<EventEntry>[]).map((event) =>
      eventFact({ date: String(event.date), text: event.text ?? '' }),
    ),
  );
  const builtEvents = built.events.map((event) => ({
    ...event,
    entities: event.entities.filter((id) => !deleted.has(id)).map((id) => idOf.get(id) ?? id),
  }));
  factsNow.push(...builtEvents.map(eventFact));
  const newEvents = unlessEdited(
    builtEvents.filter((event) => !knownEvents.has(eventFact(event))),
    eventFact,
  );
  if (newEvents.length > 0) {
    if (!eventsNode || eventsNode.type !== 'array') apply(['events'], newEvents);
    else for (const event of newEvents) apply(['events', -1], event);
    added.events = newEvents.length;
  }
  added.quotations = mergeQuotations(text, built, deleted, idOf, factsNow, unlessEdited, apply);
  factsNow.push(...(built.figures ?? []).map(figureFact));
  added.figures = appendNew(
    built.figures ?? [],
    'figures',
    // Keys read what a hand-edited file may hold, which need not be sound.
    (figure) => figureFact({ text: String(figure?.text), source: String(figure?.source) }),
    (figures) => unlessEdited(figures, figureFact),
  );
  added.disagreements = appendNew(built.disagreements ?? [], 'disagreements', (disagreement) =>
    JSON.stringify([
      disagreement?.kind,
      disagreement?.subject,
      Array.isArray(disagreement?.claims) ? disagreement.claims.map((claim) => claim?.value) : [],
    ]),
  );
  // What the builder has written, this time and before: the deletions of later edits can then be told apart too.
  // (Both ids of a built entity that joined a hand-made one: its own, and the one in the file.)
  // (And the ids a review left out or merged away, listed in the built dictionary's own "builtEntities".)
  const builtNow = [
    ...builtBefore,
    ...built.builtEntities,
    ...built.entities
      .filter((entity) => !deleted.has(entity.id))
      .flatMap((entity) => [entity.id, idOf.get(entity.id)!]),
  ];
  const builtIds = [...new Set(builtNow)];
  if (builtIds.length !== builtBefore.size || builtIds.some((id) => !builtBefore.has(id)))
    apply(['builtEntities'], builtIds);
  const facts = [...new Set([...factsBefore, ...factsNow])];
  if (facts.length !== factsBefore.size) apply(['builtFacts'], facts);
  return { text, added, keptDeleted: deleted.size, keptEdited, changed };
}

/** Adds the built quotations the file lacks (unless a person deleted them); returns how many. */
function mergeQuotations(
  text: string,
  built: DictionaryFileContent,
  deleted: ReadonlySet<string>,
  idOf: ReadonlyMap<string, string>,
  factsNow: string[],
  unlessEdited: <T>(items: readonly T[], factOf: (item: T) => string) => T[],
  apply: (path: JSONPath, value: unknown) => void,
): number {
  const node = findNodeAtLocation(parseTree(text)!, ['quotations']);
  const value: unknown = node ? getNodeValue(node) : [];
  const known = new Set(
    (Array.isArray(value) ? (value as Partial<QuotationEntry>[]) : []).map((quotation) =>
      quotationFact({ speaker: String(quotation.speaker), text: quotation.text ?? '' }),
    ),
  );
  const builtQuotations = (built.quotations ?? [])
    .filter((quotation) => !deleted.has(quotation.speaker))
    .map((quotation) => ({ ...quotation, speaker: idOf.get(quotation.speaker) ?? quotation.speaker }));
  factsNow.push(...builtQuotations.map(quotationFact));
  const fresh = unlessEdited(
    builtQuotations.filter((quotation) => !known.has(quotationFact(quotation))),
    quotationFact,
  );
  if (fresh.length === 0) return 0;
  if (!node || node.type !== 'array') apply(['quotations'], fresh);
  else for (const quotation of fresh) apply(['quotations', -1], quotation);
  return fresh.length;
}

/** The strings of a top-level list (what the builder recorded), ignoring anything else there. */
function stringsAt(tree: Node, key: string): string[] {
  const node = findNodeAtLocation(tree, [key]);
  const value: unknown = node ? getNodeValue(node) : [];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** What a merge added, and the hand edits it kept, in words. */
export function describeMerge({ added, keptDeleted, keptEdited }: MergeResult): string {
  const additions = `${plural(added.entities, 'entity', 'entities')}, ${plural(added.aliases, 'alias', 'aliases')}, ${plural(added.roles, 'role')}, ${plural(added.relations, 'relation')}, ${plural(added.events, 'dated event')}${added.quotations > 0 ? `, ${plural(added.quotations, 'quotation')}` : ''}${added.figures > 0 ? `, ${plural(added.figures, 'figure')}` : ''}${added.disagreements > 0 ? `, ${plural(added.disagreements, 'disagreement')}` : ''}`;
  const deletedNote = keptDeleted > 0 ? `; left out ${plural(keptDeleted, 'entity', 'entities')} deleted by hand` : '';
  const editedNote =
    keptEdited > 0
      ? `; left out ${plural(keptEdited, 'alias, role, relation or event', 'aliases, roles, relations or events')} deleted or changed by hand`
      : '';
  return `${additions}${deletedNote}${editedNote}`;
}

/** `aliases` added to entity `id` of the dictionary in `existingText` (a merge decided in review), leaving out names it has. */
export function withAliases(
  existingText: string,
  id: string,
  aliases: readonly (string | Alias)[],
  file: string,
): string {
  const tree = parseTree(existingText);
  const entitiesNode = tree && findNodeAtLocation(tree, ['entities']);
  const index = entitiesNode?.children?.findIndex((node) => findNodeAtLocation(node, ['id'])?.value === id) ?? -1;
  if (!entitiesNode || index < 0) throw new Error(`${file} no longer has the entity "${id}"`);
  const node = entitiesNode.children![index]!;
  const existing = readExisting(
    node,
    index,
    !existingText.slice(node.offset, node.offset + node.length).includes('\n'),
  );
  let text = existingText;
  const fresh = aliases.filter(
    (alias, at) =>
      !existing.names.has(foldName(aliasText(alias))) &&
      aliases.findIndex((other) => foldName(aliasText(other)) === foldName(aliasText(alias))) === at,
  );
  const options = existing.oneLine ? {} : { formattingOptions: FORMATTING };
  if (!existing.hasAliases)
    return fresh.length > 0 ? applyEdits(text, modify(text, ['entities', index, 'aliases'], fresh, options)) : text;
  for (const alias of fresh) text = applyEdits(text, modify(text, ['entities', index, 'aliases', -1], alias, options));
  return text;
}

export function aliasText(alias: string | { text: string }): string {
  return typeof alias === 'string' ? alias : alias.text;
}

function readExisting(node: Node, index: number, oneLine: boolean): ExistingEntity {
  const value = (getNodeValue(node) ?? {}) as Record<string, unknown>;
  const list = (key: string) => (Array.isArray(value[key]) ? (value[key] as unknown[]) : []);
  const names = new Set<string>();
  if (typeof value.name === 'string') names.add(foldName(value.name));
  for (const alias of list('aliases')) {
    if (typeof alias === 'string') names.add(foldName(alias));
    else if (alias && typeof (alias as { text?: unknown }).text === 'string')
      names.add(foldName((alias as { text: string }).text));
  }
  return {
    index,
    id: typeof value.id === 'string' ? value.id : '',
    names,
    roles: new Set(list('roles').map((role) => foldName(String((role as { title?: unknown })?.title ?? '')))),
    relations: new Set(
      list('relations').map(
        (relation) => `${(relation as { type?: unknown })?.type} ${(relation as { target?: unknown })?.target}`,
      ),
    ),
    hasAliases: Array.isArray(value.aliases),
    hasRoles: Array.isArray(value.roles),
    hasRelations: Array.isArray(value.relations),
    oneLine,
  };
}
