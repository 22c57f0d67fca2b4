/**
 * A trie of folded names over UTF-16 code units, compiled to flat typed arrays so that tens
 * of thousands of names stay small in memory and fast to walk. Names start at word starts,
 * so the matcher walks it from each word start instead of running an Aho–Corasick
 * automaton over every character: most words leave the trie at their first or second letter.
 *
 * A node is the offset of its record in `nodes` (the root is 0).
 */
export class NameTrie {
  /** Per node: where its edges start and end in `edges`, the name ending there (-1: none), its dense row (-1: none). */
  private readonly nodes: Int32Array;
  /** Pairs of (code unit, child node), each node's together. */
  private readonly edges: Int32Array;
  /** The root's children, one slot per code unit (-1: none): the first step is one lookup. */
  private readonly rootNext: Int32Array;
  /**
   * Nodes with many children (the first letters of names) also get a dense row of ASCII
   * children, so the busiest steps are one lookup, not a binary search.
   */
  private readonly denseNext: Int32Array;
  /**
   * Which pairs of ASCII units start a name (the second read as a space for any white
   * space): most words of a draft fail here, before any walk.
   */
  private readonly startPairs: Uint8Array;

  /** Use `NameTrieBuilder`. */
  constructor(built: NameTrieBuilder) {
    this.startPairs = built.startPairs;
    // Compiled in the order nodes were made: a name's new nodes were made one after another, so a walk along it reads neighbouring memory.
    const nodeCount = built.nodeCount;
    this.nodes = new Int32Array(nodeCount * NODE_SIZE);
    this.edges = new Int32Array((nodeCount - 1) * 2);
    this.rootNext = new Int32Array(0x10000).fill(-1);
    let edge = 0;
    let denseRows = 0;
    for (let node = 0; node < nodeCount; node++) {
      const record = node * NODE_SIZE;
      this.nodes[record] = edge;
      for (let child = built.firstChild[node]!; child >= 0; child = built.nextSibling[child]!) {
        this.edges[edge++] = built.nodeChar[child]!;
        this.edges[edge++] = child * NODE_SIZE;
        if (node === 0) this.rootNext[built.nodeChar[child]!] = child * NODE_SIZE;
      }
      this.nodes[record + 1] = edge;
      this.nodes[record + 2] = built.names[node]!;
      this.nodes[record + 3] = node !== 0 && edge - this.nodes[record]! >= DENSE_ROW_CHILDREN * 2 ? denseRows++ * 0x80 : -1;
    }
    this.denseNext = new Int32Array(denseRows * 0x80).fill(-1);
    for (let record = NODE_SIZE; record < this.nodes.length; record += NODE_SIZE) {
      const row = this.nodes[record + 3]!;
      if (row < 0) continue;
      for (let at = this.nodes[record]!; at < this.nodes[record + 1]!; at += 2) {
        if (this.edges[at]! < 0x80) this.denseNext[row + this.edges[at]!] = this.edges[at + 1]!;
      }
    }
  }

  /**
   * Whether a name can start with ASCII unit `first` followed by ASCII unit `second`
   * (false only when none does).
   */
  mayStartWith(first: number, second: number): boolean {
    return this.startPairs[(first << 7) | second] === 1;
  }

  /** The child of the root along `code`, or -1. */
  first(code: number): number {
    return this.rootNext[code]!;
  }

  /** The child of `node` along `code`, or -1. */
  child(node: number, code: number): number {
    const row = this.nodes[node + 3]!;
    if (row >= 0 && code < 0x80) return this.denseNext[row + code]!;
    // Nodes without a dense row have few children: a short scan.
    const end = this.nodes[node + 1]!;
    for (let at = this.nodes[node]!; at < end; at += 2) {
      if (this.edges[at] === code) return this.edges[at + 1]!;
    }
    return -1;
  }

  /** The id of the name that ends at `node`, or -1. */
  nameEndingAt(node: number): number {
    return this.nodes[node + 2]!;
  }
}

const NODE_SIZE = 4;
/** How many children earn a node a dense row (128 slots); few nodes have this many. */
const DENSE_ROW_CHILDREN = 6;

/**
 * Takes names one by one, each once (a name given again gets the id it got first), then
 * compiles them into a `NameTrie`. Children are linked lists in growing arrays while names
 * go in (no Map per node).
 */
export class NameTrieBuilder {
  nodeCount = 1;
  /** How many distinct names, and the longest, in code units. */
  nameCount = 0;
  longest = 0;
  firstChild = new Int32Array(1024).fill(-1);
  nextSibling = new Int32Array(1024).fill(-1);
  nodeChar = new Uint16Array(1024);
  names = new Int32Array(1024).fill(-1);
  readonly startPairs = new Uint8Array(0x80 * 0x80);
  private readonly rootChild = new Int32Array(0x10000).fill(-1);

  /** The id of `name` (not empty): the one it got when first added, else the next. */
  add(name: string): number {
    let node = 0;
    for (let i = 0; i < name.length; i++) {
      const code = name.charCodeAt(i);
      // The root has the most children by far: it gets a table, the rest short lists.
      let child = node === 0 ? this.rootChild[code]! : this.firstChild[node]!;
      if (node !== 0) while (child >= 0 && this.nodeChar[child] !== code) child = this.nextSibling[child]!;
      if (child < 0) {
        if (this.nodeCount === this.names.length) this.grow();
        child = this.nodeCount++;
        this.nodeChar[child] = code;
        this.nextSibling[child] = this.firstChild[node]!;
        this.firstChild[node] = child;
        if (node === 0) this.rootChild[code] = child;
      }
      node = child;
    }
    if (this.names[node]! < 0) {
      this.names[node] = this.nameCount++;
      this.longest = Math.max(this.longest, name.length);
      this.markStartPair(name);
    }
    return this.names[node]!;
  }

  compile(): NameTrie {
    return new NameTrie(this);
  }

  private markStartPair(name: string): void {
    const first = name.charCodeAt(0);
    if (first >= 0x80) return;
    if (name.length === 1) {
      this.startPairs.fill(1, first << 7, (first + 1) << 7);
      return;
    }
    const second = name.charCodeAt(1);
    if (second < 0x80) this.startPairs[(first << 7) | (second === 0x0a ? 0x20 : second)] = 1;
  }

  private grow(): void {
    const capacity = this.names.length * 2;
    const grown = <T extends Int32Array | Uint16Array>(from: T, fill: number): T => {
      const to = new (from.constructor as new (length: number) => T)(capacity);
      to.fill(fill);
      to.set(from);
      return to;
    };
    this.firstChild = grown(this.firstChild, -1);
    this.nextSibling = grown(this.nextSibling, -1);
    this.nodeChar = grown(this.nodeChar, 0);
    this.names = grown(this.names, -1);
  }
}
