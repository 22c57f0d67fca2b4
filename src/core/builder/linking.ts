/**
 * What a new article names that a loaded dictionary already knows: "U.S." is the
 * united-states of the bundled dictionary, not a second entity with an id of its own, so
 * that every draft keeps one entity per person, place or body.
 */

import type { Entity, EntityType } from '../dictionary/schema';
import { foldName } from '../text/fold';

/** An entity of a loaded dictionary, as the builder links to it. */
export type KnownEntity = Pick<Entity, 'id' | 'name' | 'type' | 'aliases'>;

/** What the builder found, as linking compares it: its fullest name, the other forms the article writes, its acronyms. */
export interface FoundNames {
  readonly name: string;
  readonly type: EntityType;
  readonly forms: Iterable<string>;
  readonly acronyms: Iterable<string>;
}

/** Finds the known entity each found one is, by name, alias or acronym; a person only as a person. */
export class KnownEntities {
  private readonly byName = new Map<string, KnownEntity[]>();
  private readonly byExactAlias = new Map<string, KnownEntity[]>();

  constructor(known: readonly KnownEntity[]) {
    for (const entity of known) {
      add(this.byName, foldName(entity.name), entity);
      for (const alias of entity.aliases) {
        if (alias.matchCase) add(this.byExactAlias, alias.text, entity);
        else add(this.byName, foldName(alias.text), entity);
      }
    }
  }

  /**
   * The known entity that `found` is, if exactly one matches: by its fullest name, or by a
   * form of two words or more, or an acronym written as the dictionary writes it. A surname
   * alone ("Jones") links nothing: another story's Jones is someone else.
   */
  linkOf(found: FoundNames): KnownEntity | undefined {
    const candidates = new Set<KnownEntity>();
    const consider = (list: readonly KnownEntity[] | undefined) => {
      // A country is often written as its government ("the U.S. said"): place and body may meet, a person never.
      for (const entity of list ?? [])
        if (entity.type === found.type || (entity.type !== 'person' && found.type !== 'person')) candidates.add(entity);
    };
    consider(this.byName.get(foldName(found.name)));
    for (const form of found.forms) if (/\s/.test(form.trim())) consider(this.byName.get(foldName(form)));
    for (const acronym of [...found.acronyms, ...(isAcronymShaped(found.name) ? [found.name] : [])])
      consider(this.byExactAlias.get(acronym));
    const ids = new Set([...candidates].map((entity) => entity.id));
    return ids.size === 1 ? [...candidates][0] : undefined;
  }
}

function add(map: Map<string, KnownEntity[]>, key: string, entity: KnownEntity): void {
  const list = map.get(key) ?? [];
  if (!list.includes(entity)) list.push(entity);
  map.set(key, list);
}

function isAcronymShaped(name: string): boolean {
  return /^[\p{Lu}\p{N}&.-]{2,}$/u.test(name);
}
