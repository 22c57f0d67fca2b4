import { EntityMatcher, type Mention, type NameEntry, type TextRegion } from '../match/matcher';
import { type OtherScriptName, OtherScriptNames, otherScriptMentions } from '../match/otherScripts';
import { VariantIndex } from '../match/spellingIndex';
import { withoutOthersNames } from './othersNames';
import { type DictionaryProblem, type JsonPath, MAX_CASELESS_ALIAS_LENGTH, pathOf } from './parse';
import { type DatedEvent, type Dictionary, type Entity, RELATION_TYPES, type Relation } from './schema';

/** An entity together with the dictionary it was read from. */
export interface IndexedEntity extends Entity {
  readonly dictionary: Dictionary;
}

/** A relation as one entity's card shows it: "brother of X" or "brother: Y". */
export interface RelationLine {
  /** "brother of", "media adviser to", "brother" (incoming lines end with a colon when shown). */
  readonly phrase: string;
  readonly direction: 'outgoing' | 'incoming';
  readonly other: IndexedEntity;
  readonly relation: Relation;
}

/**
 * All loaded dictionaries as one: entities by id, relations seen from both ends, and the
 * matcher over every alias. Dictionaries earlier in the list win over later ones for the
 * same id, so a workspace's corrected copy overrides the bundled entry.
 */
export class EntityIndex {
  private readonly byId = new Map<string, IndexedEntity>();
  private readonly incoming = new Map<string, { from: IndexedEntity; relation: Relation }[]>();
  private readonly eventList: { event: DatedEvent; dictionary: Dictionary }[] = [];
  private matcherCache: EntityMatcher | undefined;
  private variantsCache: VariantIndex | undefined;
  private otherScriptsCache: OtherScriptNames | undefined;
  readonly problems: readonly DictionaryProblem[];

  constructor(readonly dictionaries: readonly Dictionary[]) {
    const problems: DictionaryProblem[] = [];
    for (const dictionary of dictionaries) {
      for (const entity of dictionary.entities) {
        const known = this.byId.get(entity.id);
        if (known) {
          if (dictionary.overridable) continue; // a shipped entry redefined on purpose
          problems.push({
            file: dictionary.file,
            entry: `"${entity.id}"`,
            message: `id "${entity.id}" is also defined in ${known.dictionary.file}, whose entry is used`,
            severity: 'warning',
            path: withKey(pathOf(entity), 'id'),
          });
          continue;
        }
        this.byId.set(entity.id, { ...entity, dictionary });
      }
    }
    for (const entity of this.byId.values()) {
      for (const relation of entity.relations) {
        if (!this.byId.has(relation.target)) {
          problems.push({
            file: entity.dictionary.file,
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
        const unknown = event.entities.filter((id) => !this.byId.has(id));
        if (unknown.length > 0) {
          problems.push({
            file: dictionary.file,
            entry: `events[${index}]`,
            message: `unknown entity ${unknown.map((id) => `"${id}"`).join(', ')} in the event's "entities"`,
            severity: 'warning',
            path: withKey(pathOf(event), 'entities'),
          });
        }
        this.eventList.push({ event, dictionary });
      });
    }
    this.problems = problems;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): IndexedEntity | undefined {
    return this.byId.get(id);
  }

  entities(): IterableIterator<IndexedEntity> {
    return this.byId.values();
  }

  /** Every name each entity goes by: its canonical name and its aliases. */
  nameEntries(): NameEntry[] {
    const entries: NameEntry[] = [];
    for (const entity of this.byId.values()) {
      // A name of one or two letters ("X", "US") is matched only as written, like such an alias must be.
      entries.push({
        entityId: entity.id,
        alias: { text: entity.name, matchCase: [...entity.name].length <= MAX_CASELESS_ALIAS_LENGTH },
      });
      for (const alias of entity.aliases) entries.push({ entityId: entity.id, alias });
    }
    return entries;
  }

  /** The matcher over every name, built on first use. */
  get matcher(): EntityMatcher {
    this.matcherCache ??= new EntityMatcher(this.nameEntries());
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
    return this.withoutOthersNames(text, this.matchedIn(text, region));
  }

  /** The matched mentions of `text` without those that stand inside someone else's name. */
  withoutOthersNames(text: string, matched: readonly Mention[]): Mention[] {
    return withoutOthersNames(text, matched, (id) => this.get(id));
  }

  /** The entity's relations, its own first, then those other entities hold towards it. */
  relationLines(id: string): RelationLine[] {
    const entity = this.byId.get(id);
    if (!entity) return [];
    const lines: RelationLine[] = [];
    for (const relation of entity.relations) {
      const other = this.byId.get(relation.target);
      if (!other) continue;
      const { noun, preposition } = RELATION_TYPES[relation.type];
      const phrase = [relation.title ?? noun, preposition].filter(Boolean).join(' ');
      lines.push({ phrase, direction: 'outgoing', other, relation });
    }
    for (const { from, relation } of this.incoming.get(id) ?? []) {
      lines.push({
        phrase: relation.title ?? RELATION_TYPES[relation.type].noun,
        direction: 'incoming',
        other: from,
        relation,
      });
    }
    return lines;
  }

  /** Dated events that involve the entity, as the dictionaries record them. */
  eventsOf(id: string): DatedEvent[] {
    return this.eventList.filter(({ event }) => event.entities.includes(id)).map(({ event }) => event);
  }
}

/** The path of a property of an entry whose own path is known. */
function withKey(path: JsonPath | undefined, key: string): JsonPath | undefined {
  return path && [...path, key];
}
