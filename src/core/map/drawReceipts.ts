/** What a picture's page reports once it has drawn a map: how many entities and relations. */
export interface DrawnCounts {
  readonly nodes: number;
  readonly edges: number;
}

/**
 * Pairs the maps sent to a page with the page's "drawn" replies. Each map sent gets a version
 * the page echoes back, so that a reply to an older map (the page may still be drawing it when
 * a newer one is sent) is not taken for the newer one, and a wait begun before anything was
 * sent (the page not loaded yet) ends with the first map's drawing instead of never.
 */
export class DrawReceipts {
  private sent = 0;
  private drawn: { readonly version: number; readonly counts: DrawnCounts } | undefined;
  private waiting: ((counts: DrawnCounts) => void)[] = [];

  /** The version of a map about to be sent. */
  next(): number {
    return ++this.sent;
  }

  /** The page drew the map of `version`. */
  receive(version: number, counts: DrawnCounts): void {
    if (version !== this.sent) return;
    this.drawn = { version, counts };
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve(counts);
  }

  /** Resolves once the page has drawn the last map sent (or, if none was sent yet, the first one to be). */
  whenDrawn(): Promise<DrawnCounts> {
    const drawn = this.drawn;
    if (drawn && drawn.version === this.sent) return Promise.resolve(drawn.counts);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
