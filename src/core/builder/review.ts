/**
 * What a person needs to check a built dictionary before it lands: each entity with the
 * sentence that introduced it and how sure the builder is of it, and the dictionary once the
 * person has accepted, rejected, retyped or merged its entities.
 *
 * The confidence (0..1) is worked out from the builder's own evidence for the entity:
 *
 *   0.3 × strength    the winning type's evidence e as e / (e + 2): 0 with none, 0.6 at 3 (a title)
 *   + 0.3 × margin    how far the winner leads the runner-up, (e − r) / e: 1 when nothing else is evidenced
 *   + 0.2 × context   1 when any mention's context (title, job, apposition, preposition…) supports the type
 *   + 0.2 × repeated  1 − 1/(n + 1) for n mentions: ½ once, ¾ three times
 *
 * halved when the entity is one word the tagger's lexicon does not know and every mention of
 * it opens a sentence, where any word has a capital. A titled person named three times scores
 * about 0.9; a capitalised word seen once, with no evidence of any type, 0.05.
 */

import type { Alias, EntityType } from '../dictionary/schema';
import type { DictionaryFileContent, EntityEntry } from './build';
import { aliasText } from './merge';
import type { EntityDraft, Evidence } from './entities';
import type { ReadArticle } from './mentions';
import { NAME_WORD_TAGS } from './tags';

/** A built entity as the person reviewing it sees it. */
export interface EntityReview {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly (string | Alias)[];
  readonly roles: readonly string[];
  /** The sentence of its first mention. */
  readonly evidence: string;
  readonly mentions: number;
  /** 0..1, see the module comment. */
  readonly confidence: number;
}

/** How sure the builder is of an entity: see the module comment. */
export function confidenceOf(entity: EntityDraft, article: ReadArticle): number {
  const evidence: Evidence = { person: 0, place: 0, organization: 0 };
  for (const type of Object.keys(evidence) as EntityType[])
    evidence[type] = entity.shapeEvidence[type] + entity.contextEvidence[type];
  const winner = evidence[entity.type];
  const runnerUp = Math.max(
    ...(Object.keys(evidence) as EntityType[]).filter((type) => type !== entity.type).map((type) => evidence[type]),
  );
  const strength = winner > 0 ? winner / (winner + 2) : 0;
  const margin = winner > 0 ? Math.max(0, winner - runnerUp) / winner : 0;
  const context = entity.contextEvidence[entity.type] > 0 ? 1 : 0;
  const repeated = 1 - 1 / (entity.mentions.length + 1);
  const score = 0.3 * strength + 0.3 * margin + 0.2 * context + 0.2 * repeated;
  const mentions = entity.mentions.map((index) => article.mentions[index]!);
  const unknownOpener =
    entity.words.length === 1 &&
    mentions.every((mention) => mention.sentenceStart && !NAME_WORD_TAGS.some((tag) => mention.tags.has(tag)));
  return round(unknownOpener ? score / 2 : score);
}

/** Each built entity for review, in the order the dictionary lists them; evidence sentences as `text` writes them. */
export function reviewOf(
  text: string,
  article: ReadArticle,
  drafts: readonly EntityDraft[],
  entries: readonly {
    id: string;
    name: string;
    type: EntityType;
    aliases: readonly (string | Alias)[];
    roles: readonly { title: string }[];
  }[],
): EntityReview[] {
  return drafts.map((draft, index) => {
    const entry = entries[index]!;
    return {
      id: entry.id,
      name: entry.name,
      type: entry.type,
      aliases: entry.aliases,
      roles: entry.roles.map((role) => role.title),
      evidence: spanOf(text, article.mentions[draft.mentions[0]!]!.sentence),
      mentions: draft.mentions.length,
      confidence: confidenceOf(draft, article),
    };
  });
}

/** A sentence as written, with its line breaks as spaces. */
function spanOf(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** What the person decided for one built entity; an entity without a decision is accepted as built. */
export type ReviewDecision =
  | { readonly kind: 'accept'; readonly type?: EntityType }
  | { readonly kind: 'reject' }
  /**
   * Merged into an entity of a loaded dictionary: its names become aliases of that entity's id.
   * `inPlace`: the entry, its names added, goes into this dictionary under the existing id (the
   * existing entity is in the file being written, or is a shipped one this file overrides);
   * else the entity stays where it is and the caller adds the names there (`aliasesElsewhere`).
   */
  | { readonly kind: 'merge'; readonly into: EntityEntry; readonly inPlace: boolean };

export interface ReviewedDictionary {
  readonly dictionary: DictionaryFileContent;
  /** Names to add as aliases to entities kept in other dictionaries, by their id. */
  readonly aliasesElsewhere: { readonly id: string; readonly aliases: (string | Alias)[] }[];
}

/**
 * The dictionary as the person decided: rejected entities left out with the relations and
 * events that point to them, types changed, merged entities joined to the existing id. The
 * ids of those left out or merged away stay in `builtEntities`: a rebuild does not offer them again.
 */
export function applyReview(
  dictionary: DictionaryFileContent,
  decisions: ReadonlyMap<string, ReviewDecision>,
): ReviewedDictionary {
  const rejected = new Set([...decisions].filter(([, decision]) => decision.kind === 'reject').map(([id]) => id));
  const renamed = new Map(
    [...decisions].flatMap(([id, decision]) => (decision.kind === 'merge' ? [[id, decision.into.id] as const] : [])),
  );
  const target = (id: string) => renamed.get(id) ?? id;
  const aliasesElsewhere: ReviewedDictionary['aliasesElsewhere'] = [];
  const entities: EntityEntry[] = [];
  for (const entry of dictionary.entities) {
    const decision = decisions.get(entry.id);
    if (decision?.kind === 'reject') continue;
    const relations = entry.relations
      .filter((relation) => !rejected.has(relation.target))
      .map((relation) => ({ ...relation, target: target(relation.target) }));
    if (decision?.kind !== 'merge') {
      entities.push({ ...entry, ...(decision?.type ? { type: decision.type } : {}), relations });
      continue;
    }
    const { into } = decision;
    const names = [entry.name, ...entry.aliases].filter((alias) => aliasText(alias) !== into.name);
    if (!decision.inPlace) {
      aliasesElsewhere.push({ id: into.id, aliases: names });
      continue;
    }
    // Two built entities merged into one existing entity make one entry.
    const earlier = entities.findIndex((other) => other.id === into.id);
    const base = earlier >= 0 ? entities[earlier]! : into;
    const known = new Set([base.name, ...base.aliases.map(aliasText)]);
    const joined: EntityEntry = {
      ...base,
      aliases: [...base.aliases, ...names.filter((alias) => !known.has(aliasText(alias)))],
      roles: [...base.roles, ...entry.roles.filter((role) => !base.roles.some((own) => own.title === role.title))],
      relations: [...base.relations, ...relations],
    };
    if (earlier >= 0) entities[earlier] = joined;
    else entities.push(joined);
  }
  const events = dictionary.events
    .map((event) => ({
      ...event,
      entities: [...new Set(event.entities.filter((id) => !rejected.has(id)).map(target))],
    }))
    .filter((event) => event.entities.length > 0);
  return {
    // What the person left out or merged away is remembered as built, so a rebuild leaves it out as it does an entity deleted by hand.
    dictionary: {
      ...dictionary,
      entities,
      events,
      builtEntities: [...new Set([...dictionary.builtEntities, ...entities.map((entry) => entry.id)])],
    },
    aliasesElsewhere,
  };
}

/** The dictionary without the entities below `minimum` confidence (`build --min-confidence`), and those it left out. */
export function withConfidenceAtLeast(
  dictionary: DictionaryFileContent,
  review: readonly EntityReview[],
  minimum: number,
): { dictionary: DictionaryFileContent; leftOut: EntityReview[] } {
  const leftOut = review.filter((entity) => entity.confidence < minimum);
  const decisions = new Map<string, ReviewDecision>(leftOut.map((entity) => [entity.id, { kind: 'reject' }]));
  return { dictionary: applyReview(dictionary, decisions).dictionary, leftOut };
}
