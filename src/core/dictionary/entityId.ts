import { foldName } from '../text/fold';

/** An id for a new entity made from its name ("Bashar al-Assad" → "bashar-al-assad"), unlike any in `taken`. */
export function entityIdFor(name: string, taken: (id: string) => boolean): string {
  const base =
    foldName(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
