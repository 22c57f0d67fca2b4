/**
 * Pass three of the builder: roles and relations, each with the sentence that states it.
 */

import { COURTESY_TITLES, TITLE_ABBREVIATIONS_SPELLED } from '../text/names';
import { RELATION_TYPES, type RelationType } from '../dictionary/schema';
import { foldName } from '../text/fold';
import { type Span, overlapping } from '../text/structure';
import { type MentionClues, type Owner, TIME_MODIFIERS, sentenceOf } from './clues';
import { type Coreference, type EntityDraft, entityBefore } from './entities';
import type { NameMention, ReadArticle } from './mentions';
import { FAMILY_RELATIONS, HEAD_TITLES, JOB_RELATIONS, NATURAL_FEATURE_WORDS } from './vocabulary';

export interface RoleFact {
  readonly entity: EntityDraft;
  readonly title: string;
  readonly source: string;
}

export interface RelationFact {
  readonly from: EntityDraft;
  readonly type: RelationType;
  readonly to: EntityDraft;
  readonly title?: string;
  readonly source: string;
}

export interface Facts {
  readonly roles: RoleFact[];
  readonly relations: RelationFact[];
}

const ROLE_PREPOSITIONS: Partial<Record<RelationType, string>> = { adviser: 'to', spokesperson: 'for' };
/** Relations from a "who" clause that also make a role ("commander of 4th Armoured Division"). */
const WHO_ROLES = new Set<RelationType>(['commander', 'leader']);

/**
 * Roles and relations the article states. Read from the story before its `captions`, so that
 * a fact both give cites the story's sentence, not a caption's.
 */
export function factsOf(
  article: ReadArticle,
  clues: readonly MentionClues[],
  coreference: Coreference,
  captions: readonly Span[] = [],
): Facts {
  const { mentions } = article;
  const { entityOf } = coreference;
  const roles: RoleFact[] = [];
  const relations: RelationFact[] = [];
  const seen = new Set<string>();
  const position = new Map(coreference.entities.map((entity, i) => [entity, i]));
  const relate = (
    from: EntityDraft,
    type: RelationType,
    to: EntityDraft | undefined,
    source: string,
    title?: string,
  ) => {
    if (!to || to === from) return;
    const key = `${position.get(from)} ${type} ${position.get(to)}`;
    const inverse = `${position.get(to)} ${RELATION_TYPES[type].inverse} ${position.get(from)}`;
    if (seen.has(key) || seen.has(inverse)) return;
    seen.add(key);
    relations.push({ from, type, to, source, ...(title && title !== RELATION_TYPES[type].noun ? { title } : {}) });
  };
  const role = (entity: EntityDraft, title: string, source: string) => roles.push({ entity, title, source });
  const around = surroundings(mentions, coreference.entities);

  /** The person or body a pronoun or demonym stands for, looking back from `index`. */
  const resolve = (owner: Owner | undefined, index: number): EntityDraft | undefined => {
    if (!owner) return undefined;
    if (owner.kind === 'mention') return entityOf.get(owner.mention);
    if (owner.kind === 'demonym') return placeOfDemonym(owner.demonym, coreference.entities);
    if (owner.pronoun === 'whose') return entityOf.get(index - 1);
    // "its" stands for a body before a place ("The WFP said it was flying rice into Rangpur. Its country director").
    if (owner.pronoun === 'its')
      return (
        entityBefore(entityOf, index, (entity) => entity.type === 'organization') ??
        entityBefore(entityOf, index, (entity) => entity.type === 'place')
      );
    return entityBefore(entityOf, index, (entity) => entity.type === 'person');
  };

  const inCaption = (mention: NameMention) => overlapping(captions, mention.start, mention.end).length > 0;
  for (const mention of [...mentions.filter((m) => !inCaption(m)), ...mentions.filter(inCaption)]) {
    const entity = entityOf.get(mention.index);
    if (!entity) continue;
    const source = sentenceOf(article, mention);
    const clue = clues[mention.index]!;

    if (mention.title !== undefined && !COURTESY_TITLES.has(mention.title)) {
      const owner =
        mention.titleOwner !== undefined
          ? entityOf.get(mention.titleOwner)
          : mention.demonym !== undefined
            ? placeOfDemonym(mention.demonym, coreference.entities)
            : clue.titlePossessor !== undefined
              ? entityOf.get(clue.titlePossessor)
              : undefined;
      if (entity.type === 'person') {
        const title = TITLE_ABBREVIATIONS_SPELLED[mention.title] ?? mention.title;
        // "former President Bashar al-Assad": the role as the article places it in time.
        const when = /([\p{L}-]+)[\s-]+$/u.exec(
          article.text.slice(Math.max(0, mention.titleStart! - 20), mention.titleStart),
        )?.[1];
        const placed = when && TIME_MODIFIERS.has(when.toLowerCase()) ? `${when.toLowerCase()} ${title}` : title;
        role(entity, owner ? `${placed} of ${owner.name}` : placed, source);
        if (owner) relate(entity, jobRelation(title.toLowerCase(), owner), owner, source, title);
      }
    }

    for (const roleClue of [clue.before, clue.after]) {
      if (!roleClue) continue;
      const owner =
        resolve(roleClue.owner, mention.index) ??
        (roleClue.kind === 'ally' ? personEarlierInSentence(mention, mentions, entityOf) : undefined);
      const wording = [
        ...roleClue.modifiers,
        roleClue.noun,
        ...(roleClue.complement ? [roleClue.complement] : []),
      ].join(' ');
      if (roleClue.kind === 'family' && entity.type === 'person' && owner?.type === 'person') {
        relate(entity, FAMILY_RELATIONS[roleClue.noun]!, owner, source, wording);
      } else if (roleClue.kind === 'ally' && owner) {
        relate(owner, 'ally', entity, source);
      } else if (roleClue.kind === 'job' && entity.type === 'person') {
        const type = owner ? jobRelation(roleClue.noun, owner, roleClue.modifiers) : undefined;
        const preposition = (type && ROLE_PREPOSITIONS[type]) ?? 'of';
        role(entity, owner ? `${wording} ${preposition} ${owner.name}` : wording, source);
        if (type) relate(entity, type, owner, source, wording);
      }
    }

    if (clue.who && entity.type === 'person') {
      const body = entityOf.get(clue.who.object);
      if (body && body.type !== 'person') {
        if (WHO_ROLES.has(clue.who.relation)) role(entity, `${clue.who.relation} of ${body.name}`, source);
        relate(entity, clue.who.relation, body, source);
      }
    }

    const inContext = { article, mention, entity, coreference, relate, source, around };
    if (entity.facility && !NATURAL_FEATURE_WORDS.has(entity.facility.word)) facilityRelations(inContext);
    linkedRelations(inContext);
  }
  for (const fact of rolesPlacedByDescription(article, roles)) {
    roles.push(fact);
    // The job the role is ("President" of Syria) is placed in time alike.
    const when = fact.title.slice(0, fact.title.indexOf(' '));
    relations.forEach((relation, i) => {
      const wording = relation.title ?? RELATION_TYPES[relation.type].noun;
      if (
        relation.from === fact.entity &&
        foldName(`${when} ${wording} of ${relation.to.name}`) === foldName(fact.title)
      )
        relations[i] = { ...relation, title: `${when} ${wording}` };
    });
  }
  return { roles: dedupeRoles(roles), relations };
}

/**
 * "the former President's true intentions": a title the article places in time without a
 * name, given to the one person whose role it is. Two people holding it, and it stays unplaced.
 */
function rolesPlacedByDescription(article: ReadArticle, roles: readonly RoleFact[]): RoleFact[] {
  const placed: RoleFact[] = [];
  for (const match of article.text.matchAll(
    /\bthe ([\p{Ll}-]+) (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)(?!\s+\p{Lu})/gu,
  )) {
    const when = match[1]!;
    if (!TIME_MODIFIERS.has(when)) continue;
    const title = foldName(match[2]!);
    const holders = roles.filter(
      (fact) =>
        fact.entity.type === 'person' &&
        (foldName(fact.title) === title || foldName(fact.title).startsWith(`${title} `)),
    );
    if (new Set(holders.map((fact) => fact.entity)).size !== 1) continue;
    if (TIME_MODIFIERS.has(foldName(holders[0]!.title).split(' ')[0]!)) continue; // placed already
    // The sentence that gives the role still cites it: it says more than the description does.
    placed.push({ ...holders[0]!, title: `${when} ${holders[0]!.title}` });
  }
  return placed;
}

/** Heads only when unqualified: a "finance chief" or a "country director" is an official. */
const QUALIFIED_HEADS = new Set(['chief', 'director', 'head', 'manager']);

/** How a job relates its holder to whoever the job is for. */
function jobRelation(noun: string, owner: EntityDraft, modifiers: readonly string[] = []): RelationType {
  if (modifiers.length > 0 && QUALIFIED_HEADS.has(noun)) return owner.type === 'person' ? 'subordinate' : 'official';
  const relation = JOB_RELATIONS[noun] ?? (HEAD_TITLES.has(noun) ? 'leader' : 'official');
  if (owner.type === 'person') return relation === 'adviser' || relation === 'spokesperson' ? relation : 'subordinate';
  if (relation === 'adviser') return 'official';
  return HEAD_TITLES.has(noun) && !noun.startsWith('vice') ? 'leader' : relation;
}

/** A mention of an entity, with what a relation read from its surroundings needs. */
interface MentionInContext {
  readonly article: ReadArticle;
  readonly mention: NameMention;
  readonly entity: EntityDraft;
  readonly coreference: Coreference;
  readonly relate: (from: EntityDraft, type: RelationType, to: EntityDraft | undefined, source: string) => void;
  readonly source: string;
  readonly around: Surroundings;
}

/**
 * What a relation looks for around a mention, found without a search of all mentions or
 * entities (which, at every mention of a facility, made the builder quadratic).
 */
interface Surroundings {
  /** The first mention in the article's list that starts at or after `offset`. */
  firstStartingFrom(offset: number): NameMention | undefined;
  /** The last mention in the article's list that ends at or before `offset`. */
  lastEndingBy(offset: number): NameMention | undefined;
  /** The places whose folded name is `folded`, in the order of the entities. */
  placesNamed(folded: string): readonly EntityDraft[];
}

function surroundings(mentions: readonly NameMention[], entities: readonly EntityDraft[]): Surroundings {
  // The furthest start up to each mention and the nearest end from it on are both in order, whatever the mentions' order.
  const furthestStart: number[] = [];
  for (const mention of mentions)
    furthestStart.push(Math.max(mention.start, furthestStart[furthestStart.length - 1] ?? -Infinity));
  const nearestEnd: number[] = [];
  for (const mention of [...mentions].reverse())
    nearestEnd.push(Math.min(mention.end, nearestEnd[nearestEnd.length - 1] ?? Infinity));
  nearestEnd.reverse();
  const places = new Map<string, EntityDraft[]>();
  for (const entity of entities) {
    if (entity.type !== 'place') continue;
    const folded = foldName(entity.name);
    const named = places.get(folded) ?? [];
    named.push(entity);
    places.set(folded, named);
  }
  return {
    firstStartingFrom: (offset) => mentions[firstAtLeast(furthestStart, offset)],
    lastEndingBy: (offset) => mentions[firstAtLeast(nearestEnd, offset + 1) - 1],
    placesNamed: (folded) => places.get(folded) ?? [],
  };
}

/** The first index of an ordered list whose value is at least `value` (the list's length if none is). */
function firstAtLeast(ordered: readonly number[], value: number): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ordered[middle]! >= value) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** "Latakia airport" is in Latakia; "Russia's Hmeimim airbase in Latakia" is in Latakia and run by Russia. */
function facilityRelations({ article, mention, entity, coreference, relate, source, around }: MentionInContext): void {
  const { text } = article;
  const next = around.firstStartingFrom(mention.end);
  const inPlace =
    next && /^\s+in\s+(?:the\s+)?$/.test(text.slice(mention.end, next.start))
      ? coreference.entityOf.get(next.index)
      : undefined;
  const base =
    entity.facility && around.placesNamed(foldName(entity.facility.base)).find((candidate) => candidate !== entity);
  const container = inPlace?.type === 'place' ? inPlace : base;
  if (container) relate(entity, 'located-in', container, source);
  const previous = around.lastEndingBy(mention.start);
  if (previous?.possessive && /^['’]s?\s+$/.test(text.slice(previous.end, mention.start))) {
    const operator = coreference.entityOf.get(previous.index);
    if (operator && operator.type !== 'person') relate(entity, 'operated-by', operator, source);
  }
}

/** "the Movement for Democratic Change led by Morgan Tsvangirai"; "Surono of Indonesia's Directorate of Vulcanology". */
const LED_BY = /^,?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:led|headed|run|chaired|founded)\s+by\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Relations stated by the words that link a name to the next one: a body "led by" someone, a person "of" a body. */
function linkedRelations({ article, mention, entity, coreference, relate, source }: MentionInContext): void {
  const { text, mentions } = article;
  let next = mentions[mention.index + 1];
  if (!next || next.start >= mention.sentence.end) return;
  const between = text.slice(mention.end, next.start);
  if (LED_BY.test(between) && entity.type === 'organization') {
    const leader = coreference.entityOf.get(next.index);
    if (leader?.type === 'person') relate(leader, 'leader', entity, source);
    return;
  }
  if (entity.type !== 'person' || mention.possessive || !/^\s+of\s+$/.test(between)) return;
  // "of Indonesia's Directorate": the body the place owns.
  const owned = mentions[next.index + 1];
  if (next.possessive && owned && /^['’]s?\s+$/.test(text.slice(next.end, owned.start))) next = owned;
  const body = coreference.entityOf.get(next.index);
  if (body?.type === 'organization') relate(entity, 'official', body, source);
}

/** The place a demonym points to ("Syrian" → Syria, "Emirati" → United Arab Emirates), if the article names it. */
export function placeOfDemonym(demonym: string, entities: readonly EntityDraft[]): EntityDraft | undefined {
  const folded = foldName(demonym);
  return entities.find((entity) => {
    if (entity.type !== 'place' || entity.facility) return false;
    return foldName(entity.name)
      .split(' ')
      .some((word) => {
        let common = 0;
        while (common < word.length && common < folded.length && word[common] === folded[common]) common++;
        return common >= 4 && common >= word.length - 2;
      });
  });
}

function personEarlierInSentence(
  mention: NameMention,
  mentions: readonly NameMention[],
  entityOf: ReadonlyMap<number, EntityDraft>,
): EntityDraft | undefined {
  for (let i = mention.index - 1; i >= 0 && mentions[i]!.start >= mention.sentence.start; i--) {
    const entity = entityOf.get(i);
    if (entity?.type === 'person') return entity;
  }
  return undefined;
}

/** Whether `placed` is `title` placed in time ("former President of Syria" for "President of Syria"), both folded. */
function placesInTime(placed: string, title: string): boolean {
  const space = placed.indexOf(' ');
  return space > 0 && TIME_MODIFIERS.has(placed.slice(0, space)) && placed.slice(space + 1) === title;
}

/**
 * One role per wording; a bare title ("President") gives way to a fuller one ("President of
 * Syria"), and a role to the same placed in time ("former President of Syria").
 */
function dedupeRoles(roles: readonly RoleFact[]): RoleFact[] {
  const kept: RoleFact[] = [];
  for (const fact of roles) {
    const folded = foldName(fact.title);
    const same = kept.findIndex(
      (other) =>
        other.entity === fact.entity &&
        (foldName(other.title) === folded || placesInTime(foldName(other.title), folded)),
    );
    if (same >= 0) continue;
    for (let i = kept.length - 1; i >= 0; i--)
      if (kept[i]!.entity === fact.entity && placesInTime(folded, foldName(kept[i]!.title))) kept.splice(i, 1);
    const wider = kept.some((other) => other.entity === fact.entity && foldName(other.title).startsWith(`${folded} `));
    if (wider) continue;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i]!.entity === fact.entity && folded.startsWith(`${foldName(kept[i]!.title)} `)) kept.splice(i, 1);
    }
    kept.push(fact);
  }
  return kept;
}
