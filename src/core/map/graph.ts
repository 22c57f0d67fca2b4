import { citedSentence } from '../card/entityCard';
import type { EntityIndex, IndexedEntity } from '../dictionary/entityIndex';
import { type EntityType, RELATION_TYPES, type RelationType } from '../dictionary/schema';

/** Where an element of the map comes from, for the graphics desk's exports. */
export interface MapSource {
  /** The dictionary file (path or URI) of the entry. */
  readonly dictionary: string;
  /** The id of the entity whose entry states it. */
  readonly entry: string;
  /** The article's sentence that states it, when the dictionary keeps one. */
  readonly sentence?: string;
}

export interface MapNode {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** How many times the draft names it. */
  readonly mentions: number;
  /** Its first role, to tell people apart at a glance ("President of Syria"). */
  readonly role?: string;
  readonly source: MapSource;
}

/**
 * One relation between two entities. When both entries state the same tie (A "brother of"
 * B and B "brother of" A, or "leader" one way and "led by" the other), the map draws one
 * edge and keeps the reading from the other end in `reverseLabel`.
 */
export interface MapEdge {
  /** Stable across refreshes: the holder, the kind and the target. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: RelationType;
  /** "younger brother", "prime minister", "commands": the relation's own wording, else its type's noun. */
  readonly label: string;
  readonly reverseLabel?: string;
  readonly source: MapSource;
}

export interface StoryMap {
  /** What the map is of: the draft's name. */
  readonly title: string;
  /** Sorted by id, so that the layout library, which is seeded, lays the same data out the same way. */
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
  /** The relation kinds drawn, for the filter, with the noun each reads as. */
  readonly kinds: readonly { readonly kind: RelationType; readonly noun: string }[];
}

/** How the relation reads on the map: its own title ("younger brother"), else its type's noun ("brother"). */
function relationLabel(kind: RelationType, title: string | undefined): string {
  return title ?? RELATION_TYPES[kind].noun;
}

function nodeOf(entity: IndexedEntity, mentions: number): MapNode {
  const cited = citedSentence(entity);
  const role = entity.roles[0]?.title;
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    mentions,
    ...(role === undefined ? {} : { role }),
    source: {
      dictionary: (cited?.dictionary ?? entity.dictionary).file,
      entry: entity.id,
      ...(cited ? { sentence: cited.sentence } : {}),
    },
  };
}

/** The kind as its type's general tie: father and mother are parents, brother and sister siblings. */
function generalKind(kind: RelationType): RelationType {
  return RELATION_TYPES[RELATION_TYPES[kind].inverse].inverse;
}

/** Whether `kind`, held by `from`, states the tie `edge` draws towards `from` ("son" for an edge "father"). */
function sameTie(edge: MapEdge, from: string, kind: RelationType): boolean {
  return edge.to === from && generalKind(kind) === RELATION_TYPES[generalKind(edge.kind)].inverse;
}

/**
 * The story map of a draft: every entity of the dictionaries the draft uses, with how often
 * the draft names it (`mentionCount`), and their relations as edges.
 */
export function storyMap(index: EntityIndex, mentionCount: (entityId: string) => number, title: string): StoryMap {
  const entities = [...index.entities()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodes = entities.map((entity) => nodeOf(entity, mentionCount(entity.id)));
  const edges: MapEdge[] = [];
  const edgeIds = new Set<string>();
  /** The edges drawn from each entity to each other, by "from\0to", to find a tie stated from both ends. */
  const between = new Map<string, number[]>();
  for (const entity of entities) {
    for (const relation of entity.relations) {
      if (!index.get(relation.target)) continue;
      const label = relationLabel(relation.type, relation.title);
      const reverse = (between.get(`${relation.target}\u0000${entity.id}`) ?? []).find((at) =>
        sameTie(edges[at]!, entity.id, relation.type),
      );
      if (reverse !== undefined) {
        const seen = edges[reverse]!;
        if (seen.reverseLabel === undefined) edges[reverse] = { ...seen, reverseLabel: label };
        continue;
      }
      const id = `${entity.id}\u2192${relation.type}\u2192${relation.target}`;
      if (edgeIds.has(id)) continue;
      edgeIds.add(id);
      const pair = `${entity.id}\u0000${relation.target}`;
      between.set(pair, [...(between.get(pair) ?? []), edges.length]);
      edges.push({
        id,
        from: entity.id,
        to: relation.target,
        kind: relation.type,
        label,
        source: {
          dictionary: relation.dictionary.file,
          entry: entity.id,
          ...(relation.source ? { sentence: relation.source } : {}),
        },
      });
    }
  }
  const kinds = [...new Set(edges.map((edge) => edge.kind))]
    .sort()
    .map((kind) => ({ kind, noun: RELATION_TYPES[kind].noun }));
  return { title, nodes, edges, kinds };
}

/** How an edge reads in words, for the text alternative and the exports: "Maher al-Assad — younger brother of — Bashar al-Assad". */
export function edgeSentence(edge: MapEdge, nameOf: (id: string) => string): string {
  const phrase = [edge.label, RELATION_TYPES[edge.kind].preposition].filter(Boolean).join(' ');
  return `${nameOf(edge.from)} — ${phrase} — ${nameOf(edge.to)}`;
}
