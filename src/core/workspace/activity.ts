import type { Disposable } from './events';

/**
 * Counts the work under way (a pause before re-checking, a load, a scan), so that a caller can
 * wait until everything asked for has been answered rather than sleep for a guessed time.
 */
export class Activity {
  private pending = 0;
  private waiters: (() => void)[] = [];

  /** Whether any work is under way. */
  get busy(): boolean {
    return this.pending > 0;
  }

  /** Marks work as begun; the returned disposable marks it ended (once, however often it is called). */
  begin(): Disposable {
    this.pending++;
    let ended = false;
    return {
      dispose: () => {
        if (ended) return;
        ended = true;
        this.pending--;
        if (this.pending === 0) this.waiters.splice(0).forEach((resolve) => resolve());
      },
    };
  }

  /** Counts `work` as under way until it settles; its result, or its failure, is the caller's. */
  track<T>(work: Promise<T>): Promise<T> {
    const ended = this.begin();
    return work.finally(() => ended.dispose());
  }

  /**
   * Resolves once no work is under way and none has begun during one turn of the event loop
   * (work often ends by starting more: a pause that ends in a check that starts a load).
   */
  async whenIdle(): Promise<void> {
    for (;;) {
      if (this.pending > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.pending === 0) return;
    }
  }
}
