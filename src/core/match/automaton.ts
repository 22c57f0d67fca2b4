/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of many patterns
 * in one pass over a text. Built with maps, then compiled to flat typed arrays so that
 * tens of thousands of names stay small in memory and fast to walk.
 */
export class PatternAutomaton {
  /** The root's transitions, one slot per code unit (-1: none), so most steps are one lookup. */
  private readonly rootNext: Int32Array;
  /** Node n's edges are edgeChar/edgeTarget[edgeStart[n] .. edgeStart[n + 1]), sorted by char. */
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** The nearest node on the failure chain (itself included) where a pattern ends, or -1. */
  private readonly outputNode: Int32Array;
  /** Patterns ending at node n: patternIds[patternStart[n] .. patternStart[n + 1]). */
  private readonly patternStart: Int32Array;
  private readonly patternIds: Int32Array;
  private readonly patternLengths: Int32Array;

  constructor(patterns: readonly string[]) {
    const children: Map<number, number>[] = [new Map()];
    const endsHere: number[][] = [[]];
    patterns.forEach((pattern, patternId) => {
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let next = children[node]!.get(code);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          endsHere.push([]);
          children[node]!.set(code, next);
        }
        node = next;
      }
      if (pattern.length > 0) endsHere[node]!.push(patternId);
    });

    const nodeCount = children.length;
    this.rootNext = new Int32Array(0x10000).fill(-1);
    for (const [code, target] of children[0]!) this.rootNext[code] = target;
    this.edgeStart = startOffsets(children.map((edges) => edges.size));
    const edgeCount = this.edgeStart[nodeCount]!;
    this.edgeChar = new Uint16Array(edgeCount);
    this.edgeTarget = new Int32Array(edgeCount);
    for (let node = 0; node < nodeCount; node++) {
      const sorted = [...children[node]!].sort((a, b) => a[0] - b[0]);
      let at = this.edgeStart[node]!;
      for (const [code, target] of sorted) {
        this.edgeChar[at] = code;
        this.edgeTarget[at] = target;
        at++;
      }
    }

    this.patternStart = startOffsets(endsHere.map((ids) => ids.length));
    this.patternIds = Int32Array.from(endsHere.flat());
    this.patternLengths = Int32Array.from(patterns, (pattern) => pattern.length);

    // Failure links, breadth first: the longest proper suffix that is also a trie path.
    this.fail = new Int32Array(nodeCount);
    this.outputNode = new Int32Array(nodeCount).fill(-1);
    const queue: number[] = [];
    for (const target of children[0]!.values()) queue.push(target);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      const failOfNode = this.fail[node]!;
      this.outputNode[node] = endsHere[node]!.length > 0 ? node : this.outputNode[failOfNode]!;
      for (const [code, child] of children[node]!) {
        let candidate = failOfNode;
        let next = this.child(candidate, code);
        while (next < 0 && candidate !== 0) {
          candidate = this.fail[candidate]!;
          next = this.child(candidate, code);
        }
        this.fail[child] = next >= 0 && next !== child ? next : 0;
        queue.push(child);
      }
    }
  }

  /** The length of pattern `patternId`. */
  patternLength(patternId: number): number {
    return this.patternLengths[patternId]!;
  }

  /**
   * Calls `onMatch(patternId, end)` for every occurrence in `text` (end exclusive). Where
   * `acceptEnd` is given, occurrences ending where it says no are not reported, which
   * saves walking the output chain at most positions (names end at word ends).
   */
  scan(text: string, onMatch: (patternId: number, end: number) => void, acceptEnd?: (end: number) => boolean): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next = state === 0 ? this.rootNext[code]! : this.child(state, code);
      while (next < 0 && state !== 0) {
        state = this.fail[state]!;
        next = state === 0 ? this.rootNext[code]! : this.child(state, code);
      }
      state = next < 0 ? 0 : next;
      let output = this.outputNode[state]!;
      if (output < 0 || (acceptEnd && !acceptEnd(i + 1))) continue;
      while (output >= 0) {
        for (let k = this.patternStart[output]!; k < this.patternStart[output + 1]!; k++) onMatch(this.patternIds[k]!, i + 1);
        output = this.outputNode[this.fail[output]!]!;
      }
    }
  }

  private child(node: number, code: number): number {
    if (node === 0) return this.rootNext[code]!;
    let low = this.edgeStart[node]!;
    let high = this.edgeStart[node + 1]! - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = this.edgeChar[middle]!;
      if (found === code) return this.edgeTarget[middle]!;
      if (found < code) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}

/** Where each node's slice starts in a flat array, given the slice sizes; one extra entry holds the total. */
function startOffsets(sizes: readonly number[]): Int32Array {
  const starts = new Int32Array(sizes.length + 1);
  for (let i = 0; i < sizes.length; i++) starts[i + 1] = starts[i]! + sizes[i]!;
  return starts;
}
