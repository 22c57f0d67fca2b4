import type { EntityIndex } from './entityIndex';

/**
 * `compute`, worked out once per index and kept while the index lives: the checks read the
 * same dictionaries at every pause in typing, and an index is rebuilt when they change.
 */
export function oncePerIndex<T>(compute: (index: EntityIndex) => T): (index: EntityIndex) => T {
  const computed = new WeakMap<EntityIndex, T>();
  return (index) => {
    if (!computed.has(index)) computed.set(index, compute(index));
    return computed.get(index)!;
  };
}
