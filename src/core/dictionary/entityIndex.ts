import { EntityMatcher, type MatchName, type Mention, type NameEntry, type TextRegion } from '../match/matcher';
import { articleSpacings, conventionalForms } from '../text/nameConventions';
import { type OtherScriptName, OtherScriptNames, otherScriptMentions } from '../match/otherScripts';
import { VariantIndex } from '../match/spellingIndex';
import { withPatronymics, withoutOthersNames } from './othersNames';
import { type SourcedQuotation, indexQuotations } from './quotations';
import { type DictionaryProblem, type JsonPath, MAX_CASELESS_ALIAS_LENGTH, pathOf, withPathOf } from './parse';
import {
  type Alias,
  type DatedEvent,
  type Dictionary,
  type Entity,
  RELATION_TYPES,
  type Relation,
  type Role,
} from './schema';

/** A fact together with the dictionary that states it. */
export interface FromDictionary {
  readonly dictionary: Dictionary;
}

/**
 * An entity as every dictionary that knows it describes it: one entry, or several merged
 * (the same id, or the same name and type), each fact keeping the dictionary it came from.
 */
export interface IndexedEntity extends Entity {
  /** The dictionary of its first entry, whose name and id it keeps. */
  readonly dictionary: Dictionary;
  /** Every dictionary with an entry for it, in load order. */
  readonly dictionaries: readonly Dictionary[];
  readonly aliases: readonly (Alias & FromDictionary)[];
  readonly roles: readonly (Role & FromDictionary)[];
  readonly relations: readonly (Relation & FromDictionary)[];
}

/** A relation as one entity's card shows it: "brother of X" or "brother: Y". */
export interface RelationLine {
  /** "brother of", "media adviser to", "brother" (incoming lines end with a colon when shown). */
  readonly phrase: string;
  readonly direction: 'outgoing' | 'incoming';
  readonly other: IndexedEntity;
  readonly relation: Relation & FromDictionary;
}

/** Entries name the same entity when they share an id, or a canonical name and a type. */
function sameEntityKey(entity: Entity): string {
  return `${entity.type}\u0000${entity.name.normalize('NFC').toLocaleLowerCase('en')}`;
}

function indexedEntry(entity: Entity, dictionary: Dictionary): IndexedEntity {
  const from = <T extends object>(fact: T) => withPathOf({ ...fact, dictionary }, fact);
  return {
    ...entity,
    dictionary,
    dictionaries: [dictionary],
    aliases: entity.aliases.map(from),
    roles: entity.roles.map(from),
    relations: entity.relations.map(from),
  };
}

/** The facts of `later` that `known` lacks, added after its own; the name and id of `known` stay. */
function mergedEntry(known: IndexedEntity, later: IndexedEntity): IndexedEntity {
  const union = <T>(own: readonly T[], more: readonly T[], key: (item: T) => string) => {
    const seen = new Set(own.map(key));
    return [...own, ...more.filter((item) => !seen.has(key(item)) && seen.add(key(item)))];
  };
  const folded = (text: string) => text.toLocaleLowerCase('en');
  const laterNames =
    later.name === known.name
      ? later.aliases
      : [
          {
            text: later.name,
            matchCase: [...later.name].length <= MAX_CASELESS_ALIAS_LENGTH,
            dictionary: later.dictionary,
          },
          ...later.aliases,
        ];
  return {
    ...known,
    dictionaries: [...known.dictionaries, later.dictionary],
    aliases: union(
      known.aliases,
      laterNames.filter((alias) => alias.text !== known.name),
      (alias) => alias.text,
    ),
    roles: union(known.roles, later.roles, (role) => folded(role.title)),
    relations: union(known.relations, later.relations, (relation) => `${relation.type}\u0000${relation.target}`),
    notVariants: union(known.notVariants, later.notVariants, folded),
    description: known.description ?? later.description,
    wikidata: known.wikidata ?? later.wikidata,
  };
}

/** The entity as its first dictionary records it: the facts from there, without their source. */
export function ownEntry(entity: IndexedEntity): Entity {
  const { dictionary, dictionaries: _dictionaries, ...rest } = entity;
  const own = <T extends FromDictionary>(facts: readonly T[]) =>
    facts.filter((fact) => fact.dictionary === dictionary).map(({ dictionary: _from, ...fact }) => fact);
  return { ...rest, aliases: own(entity.aliases), roles: own(entity.roles), relations: own(entity.relations) };
}

/**
 * All loaded dictionaries as one: entities by id, relations seen from both ends, and the
 * matcher over every alias. Entries of the same entity in several dictionaries merge, the
 * earlier dictionary's name and id first, every alias, role, relation and event kept with
 * the dictionary it comes from.
 */
export class EntityIndex {
  private readonly byId = new Map<string, IndexedEntity>();
  /** Every id an entry used, to the id of the entity it merged into. */
  private readonly canonicalIds = new Map<string, string>();
  private readonly incoming = new Map<string, { from: IndexedEntity; relation: Relation & FromDictionary }[]>();
  private readonly eventList: { event: DatedEvent; dictionary: Dictionary }[] = [];
  private readonly quotationList: readonly SourcedQuotation[];
  private matcherCache: EntityMatcher | undefined;
  private variantsCache: VariantIndex | undefined;
  private otherScriptsCache: OtherScriptNames | undefined;
  readonly problems: readonly DictionaryProblem[];

  constructor(readonly dictionaries: readonly Dictionary[]) {
    const problems: DictionaryProblem[] = [];
    const idsByKey = new Map<string, string>();
    for (const dictionary of dictionaries) {
      for (const entity of dictionary.entities) {
        const sameId = this.byId.get(entity.id);
        if (sameId && sameId.type !== entity.type) {
          problems.push({
            file: dictionary.file,
            entry: `"${entity.id}"`,
            message: `id "${entity.id}" is ${withArticle(sameId.type)} in ${sameId.dictionary.file}, not ${withArticle(entity.type)}; this entry was left out`,
            severity: 'warning',
            path: withKey(pathOf(entity), 'id'),
          });
          continue;
        }
        const known = sameId ?? this.byId.get(idsByKey.get(sameEntityKey(entity)) ?? '');
        const entry = indexedEntry(entity, dictionary);
        if (known) {
          this.byId.set(known.id, mergedEntry(known, entry));
          this.canonicalIds.set(entity.id, known.id);
          continue;
        }
        this.byId.set(entity.id, entry);
        this.canonicalIds.set(entity.id, entity.id);
        idsByKey.set(sameEntityKey(entity), entity.id);
      }
    }
    for (const [id, entity] of this.byId) {
      const relations = entity.relations.map((relation) =>
        withPathOf({ ...relation, target: this.canonicalId(relation.target) }, relation),
      );
      this.byId.set(id, { ...entity, relations });
    }
    for (const entity of this.byId.values()) {
      for (const relation of entity.relations) {
        if (!this.byId.has(relation.target)) {
          problems.push({
            file: relation.dictionary.file,
            entry: `"${entity.id}"`,
            message: `relation "${relation.type}" points to unknown entity "${relation.target}"; it was ignored`,
            severity: 'warning',
            path: withKey(pathOf(relation), 'target'),
          });
          continue;
        }
        const list = this.incoming.get(relation.target) ?? [];
        list.push({ from: entity, relation });
        this.incoming.set(relation.target, list);
      }
    }
    for (const dictionary of dictionaries) {
      dictionary.events.forEach((event, index) => {
        const unknown = event.entities.filter((id) => !this.canonicalIds.has(id));
        if (unknown.length > 0) {
          problems.push({
            file: dictionary.file,
            entry: `events[${index}]`,
            message: `unknown entity ${unknown.map((id) => `"${id}"`).join(', ')} in the event's "entities"`,
            severity: 'warning',
            path: withKey(pathOf(event), 'entities'),
          });
        }
        this.eventList.push({
          event: { ...event, entities: event.entities.map((id) => this.canonicalId(id)) },
          dictionary,
        });
      });
    }
    this.quotationList = indexQuotations(dictionaries, this, problems);
    this.problems = problems;
  }

  /** The id under which the entity an entry called `id` is indexed (itself unless it merged into another). */
  canonicalId(id: string): string {
    return this.canonicalIds.get(id) ?? id;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): IndexedEntity | undefined {
    return this.byId.get(this.canonicalId(id));
  }

  entities(): IterableIterator<IndexedEntity> {
    return this.byId.values();
  }

  /**
   * Every name each entity goes by: its canonical name, its aliases, and the shorter forms
   * naming conventions give a person's name ("Abu Mohammed", "Golani", "Sergei Viktorovich").
   * With `articleSpacings`, also those names with the Arabic article written apart or joined
   * ("al Assad", "alAssad"): the same entity, for the matcher, though no spelling to offer.
   */
  nameEntries(options: { articleSpacings?: boolean } = {}): NameEntry[] {
    const entries: NameEntry[] = [];
    const conventional = this.conventionalNames();
    for (const entity of this.byId.values()) {
      // A name of one or two letters ("X", "US") is matched only as written, like such an alias must be.
      const names: MatchName[] = [
        { text: entity.name, matchCase: [...entity.name].length <= MAX_CASELESS_ALIAS_LENGTH },
        ...entity.aliases,
        ...(conventional.get(entity.id) ?? []).map((text) => ({ text, matchCase: false })),
      ];
      if (options.articleSpacings)
        for (const name of [...names])
          for (const spacing of articleSpacings(name.text)) names.push({ text: spacing, matchCase: false });
      for (const alias of names) entries.push({ entityId: entity.id, alias });
    }
    return entries;
  }

  /**
   * The forms naming conventions give each person's name that no dictionary gives anyone
   * and no other person's name also makes: a family's shared "Assad" stays with whoever the
   * dictionary gives it to.
   */
  private conventionalNames(): Map<string, string[]> {
    const folded = (text: string) => text.toLocaleLowerCase('en');
    const declared = new Set<string>();
    const owners = new Map<string, Set<string>>();
    for (const entity of this.byId.values()) {
      for (const name of [entity.name, ...entity.aliases.map((alias) => alias.text)]) declared.add(folded(name));
      if (entity.type !== 'person') continue;
      for (const form of conventionalForms(entity.name)) {
        const ids = owners.get(folded(form)) ?? new Set<string>();
        owners.set(folded(form), ids.add(entity.id));
      }
    }
    const forms = new Map<string, string[]>();
    for (const entity of this.byId.values()) {
      if (entity.type !== 'person') continue;
      const own = conventionalForms(entity.name).filter(
        (form) => !declared.has(folded(form)) && owners.get(folded(form))!.size === 1,
      );
      if (own.length > 0) forms.set(entity.id, own);
    }
    return forms;
  }

  /** The matcher over every name, built on first use. */
  get matcher(): EntityMatcher {
    this.matcherCache ??= new EntityMatcher(this.nameEntries({ articleSpacings: true }));
    return this.matcherCache;
  }

  /** Every name by its transliteration skeleton, for variant spellings, built on first use. */
  get variants(): VariantIndex {
    this.variantsCache ??= new VariantIndex(this.nameEntries());
    return this.variantsCache;
  }

  /** Known names written in Cyrillic or Arabic in a text (or a region of it). */
  otherScriptNames(text: string, region?: TextRegion): OtherScriptName[] {
    this.otherScriptsCache ??= new OtherScriptNames(
      this.nameEntries(),
      this.variants,
      (id, spelling) => this.get(id)?.name === spelling,
    );
    return this.otherScriptsCache.find(text, region);
  }

  /**
   * The names matched in a text (or a region), in order of position: as written in the
   * dictionaries, and in another script ("Песков" for Dmitry Peskov) where no dictionary
   * spelling stands.
   */
  matchedIn(text: string, region?: TextRegion): Mention[] {
    const matched = this.matcher.findMentions(text, region);
    const others = otherScriptMentions(this.otherScriptNames(text, region)).filter(
      (other) => !matched.some((mention) => mention.start < other.end && other.start < mention.end),
    );
    return others.length === 0 ? matched : [...matched, ...others].sort((a, b) => a.start - b.start);
  }

  /**
   * The mentions of known entities in a text, as every feature should see them: matched,
   * and without those that stand inside someone else's name ("Asma" in "Asma Khan").
   * With a region, only the mentions that start in it, as the whole text sees them.
   */
  mentionsIn(text: string, region?: TextRegion): Mention[] {
    return withPatronymics(text, this.withoutOthersNames(text, this.matchedIn(text, region)), (id) => this.get(id));
  }

  /** The matched mentions of `text` without those that stand inside someone else's name. */
  withoutOthersNames(text: string, matched: readonly Mention[]): Mention[] {
    return withoutOthersNames(text, matched, (id) => this.get(id));
  }

  /** The entity's relations, its own first, then those other entities hold towards it. */
  relationLines(id: string): RelationLine[] {
    const entity = this.get(id);
    if (!entity) return [];
    const lines: RelationLine[] = [];
    for (const relation of entity.relations) {
      const other = this.byId.get(relation.target);
      if (!other) continue;
      const { noun, preposition } = RELATION_TYPES[relation.type];
      const phrase = [relation.title ?? noun, preposition].filter(Boolean).join(' ');
      lines.push({ phrase, direction: 'outgoing', other, relation });
    }
    for (const { from, relation } of this.incoming.get(entity.id) ?? []) {
      lines.push({
        phrase: relation.title ?? RELATION_TYPES[relation.type].noun,
        direction: 'incoming',
        other: from,
        relation,
      });
    }
    return lines;
  }

  /** Every quotation the dictionaries record, the speaker under its canonical id. */
  quotations(): readonly SourcedQuotation[] {
    return this.quotationList;
  }

  /** What the sources say the entity said. */
  quotationsOf(id: string): SourcedQuotation[] {
    const canonical = this.canonicalId(id);
    return this.quotationList.filter((quotation) => quotation.speaker === canonical);
  }

  /** Dated events that involve the entity, as the dictionaries record them. */
  eventsOf(id: string): DatedEvent[] {
    const canonical = this.canonicalId(id);
    return this.eventList.filter(({ event }) => event.entities.includes(canonical)).map(({ event }) => event);
  }
}

/** The path of a property of an entry whose own path is known. */
function withKey(path: JsonPath | undefined, key: string): JsonPath | undefined {
  return path && [...path, key];
}

/** "a place", "an organization". */
function withArticle(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}
