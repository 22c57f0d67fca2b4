import type { Activity } from './activity';
import type { Disposable } from './events';

interface Pending {
  readonly timer: ReturnType<typeof setTimeout>;
  readonly busy: Disposable | undefined;
}

/**
 * Work put off until a pause, one per key (a document, a view): asking again for the same key
 * before the pause is over starts the pause again. Pending work counts as under way in `activity`.
 */
export class KeyedDebounce<K = string> implements Disposable {
  private readonly pending = new Map<K, Pending>();

  constructor(
    private readonly delayMs: number,
    private readonly activity?: Activity,
  ) {}

  /** Runs `work` once `delayMs` have passed without another request for `key`. */
  schedule(key: K, work: () => void): void {
    this.cancel(key);
    const timer = setTimeout(() => {
      const entry = this.pending.get(key);
      this.pending.delete(key);
      try {
        work();
      } finally {
        entry?.busy?.dispose();
      }
    }, this.delayMs);
    this.pending.set(key, { timer, busy: this.activity?.begin() });
  }

  /** Whether work for `key` is waiting for its pause to end. */
  isPending(key: K): boolean {
    return this.pending.has(key);
  }

  /** Drops the work waiting for `key`, if any. */
  cancel(key: K): void {
    const entry = this.pending.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.busy?.dispose();
    this.pending.delete(key);
  }

  /** Drops all waiting work. */
  dispose(): void {
    [...this.pending.keys()].forEach((key) => this.cancel(key));
  }
}
