/**
 * What the builder wrote into a dictionary, below the entity: one key per alias, role,
 * relation and event (a file's "builtFacts"). A rebuild leaves out a fact it wrote before
 * that the file no longer has: a person deleted or changed it, and a changed value
 * ("22:45" for "22:30") must replace the old one, not get it back as a twin.
 */
import { foldName } from '../text/fold';
import type { EntityEntry, EventEntry } from './build';
import type { FigureEntry } from './figures';

export const aliasFact = (entityId: string, alias: string | { text: string }): string =>
  `alias ${entityId} ${foldName(typeof alias === 'string' ? alias : alias.text)}`;
export const roleFact = (entityId: string, title: string): string => `role ${entityId} ${foldName(title)}`;
export const relationFact = (entityId: string, relation: { type: string; target: string }): string =>
  `relation ${entityId} ${relation.type} ${relation.target}`;
export const eventFact = (event: { date: string; text: string }): string =>
  `event ${event.date} ${foldName(event.text)}`;

/** The facts of an entity as written under `id` (its name counts as an alias: it is one once joined to another entry). */
export function entityFacts(
  entity: EntityEntry,
  id: string,
  relations: EntityEntry['relations'] = entity.relations,
): string[] {
  return [
    ...[entity.name, ...entity.aliases].map((alias) => aliasFact(id, alias)),
    ...entity.roles.map((role) => roleFact(id, role.title)),
    ...relations.map((relation) => relationFact(id, relation)),
  ];
}

export const figureFact = (figure: { text: string; source: string }): string =>
  `figure ${foldName(figure.text)} ${foldName(figure.source)}`;

/** The facts of a freshly built dictionary. */
export function builtFactsOf(
  entities: readonly EntityEntry[],
  events: readonly EventEntry[],
  figures: readonly FigureEntry[] = [],
): string[] {
  return [
    ...new Set([
      ...entities.flatMap((entity) => entityFacts(entity, entity.id)),
      ...events.map(eventFact),
      ...figures.map(figureFact),
    ]),
  ];
}
