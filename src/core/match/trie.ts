import { isWordCode } from '../text/fold';

/**
 * A trie of folded names over UTF-16 code units, compiled to flat typed arrays so that tens
 * of thousands of names stay small in memory and fast to walk. Names start at word starts,
 * so the matcher walks it from each word start instead of running an Aho–Corasick
 * automaton over every character: most words leave the trie at their first or second letter.
 *
 * A node is the offset of its record in `nodes` (the root is 0): the name ending there
 * (-1: none), its dense row (-1: none), how many children it has, then a (code unit, child)
 * pair for each. Records follow the order nodes were made in, and a name's new nodes are
 * made one after another, so a walk along a name reads neighbouring memory.
 */
export class NameTrie {
  private readonly nodes: Int32Array;
  /** The root's children, one slot per code unit (-1: none): the first step is one lookup. */
  private readonly rootNext: Int32Array;
  /**
   * Nodes with many children (the first letters of names) also get a dense row of ASCII
   * children, so the busiest steps are one lookup, not a binary search.
   */
  private readonly denseNext: Int32Array;
  /**
   * Which first words names have, by their first two units and length (a bit per such key):
   * a word of a draft whose key is none of them cannot start a name, and most words fail
   * here. Keys can collide; a collision costs a short walk, never a wrong match.
   */
  private readonly firstWords: Uint8Array;

  /** Use `NameTrieBuilder`. */
  constructor(built: LinkedNames) {
    this.firstWords = built.firstWords;
    const nodeCount = built.nodeCount;
    const childCount = new Int32Array(nodeCount);
    for (let node = 1; node < nodeCount; node++) childCount[built.parent[node]!]! += 1;
    const recordOf = new Int32Array(nodeCount);
    let size = 0;
    for (let node = 0; node < nodeCount; node++) {
      recordOf[node] = size;
      size += RECORD_HEAD + 2 * childCount[node]!;
    }
    this.nodes = new Int32Array(size);
    this.rootNext = new Int32Array(0x10000).fill(-1);
    let denseRows = 0;
    for (let node = 0; node < nodeCount; node++) {
      const record = recordOf[node]!;
      const many = node !== 0 && childCount[node]! >= DENSE_ROW_CHILDREN;
      this.nodes[record] = built.names[node]!;
      this.nodes[record + 1] = many ? denseRows++ * 0x80 : -1;
      this.nodes[record + 2] = childCount[node]!;
      let at = record + RECORD_HEAD;
      for (let child = built.firstChild[node]!; child >= 0; child = built.nextSibling[child]!) {
        this.nodes[at++] = built.nodeChar[child]!;
        this.nodes[at++] = recordOf[child]!;
        if (node === 0) this.rootNext[built.nodeChar[child]!] = recordOf[child]!;
      }
    }
    this.denseNext = new Int32Array(denseRows * 0x80).fill(-1);
    for (let node = 1; node < nodeCount; node++) {
      const record = recordOf[node]!;
      const row = this.nodes[record + 1]!;
      if (row < 0) continue;
      const end = record + RECORD_HEAD + 2 * this.nodes[record + 2]!;
      for (let at = record + RECORD_HEAD; at < end; at += 2) {
        if (this.nodes[at]! < 0x80) this.denseNext[row + this.nodes[at]!] = this.nodes[at + 1]!;
      }
    }
  }

  /** Whether a word that starts with `first` and `second` and is `length` units long may be the first word of a name (false only when it is none). */
  mayBeFirstWord(first: number, second: number, length: number): boolean {
    const key = firstWordKey(first, second, length);
    return (this.firstWords[key >>> 3]! & (1 << (key & 7))) !== 0;
  }

  /** The child of the root along `code`, or -1. */
  first(code: number): number {
    return this.rootNext[code]!;
  }

  /** The child of `node` along `code`, or -1. */
  child(node: number, code: number): number {
    const row = this.nodes[node + 1]!;
    if (row >= 0 && code < 0x80) return this.denseNext[row + code]!;
    // Nodes without a dense row have few children: a short scan.
    const end = node + RECORD_HEAD + 2 * this.nodes[node + 2]!;
    for (let at = node + RECORD_HEAD; at < end; at += 2) {
      if (this.nodes[at] === code) return this.nodes[at + 1]!;
    }
    return -1;
  }

  /** The id of the name that ends at `node`, or -1. */
  nameEndingAt(node: number): number {
    return this.nodes[node]!;
  }
}

/** The names as `NameTrieBuilder` links them while they go in: what a `NameTrie` is compiled from. */
interface LinkedNames {
  readonly nodeCount: number;
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
  readonly nodeChar: Uint16Array;
  readonly parent: Int32Array;
  /** The id of the name ending at each node (-1: none). */
  readonly names: Int32Array;
  readonly firstWords: Uint8Array;
}

/** A first word's key: its first two units (the second 0 for a one-unit word) and its length up to 15, in 18 bits. */
function firstWordKey(first: number, second: number, length: number): number {
  return ((first & 0x7f) << 11) | ((second & 0x7f) << 4) | (length > 15 ? 15 : length);
}

/** A record's fields before its children: name, dense row, child count. */
const RECORD_HEAD = 3;
/** How many children earn a node a dense row (128 slots); few nodes have this many. */
const DENSE_ROW_CHILDREN = 6;

/**
 * Takes names one by one, each once (a name given again gets the id it got first), then
 * compiles them into a `NameTrie`. Children are linked lists in growing arrays while names
 * go in (no Map per node).
 */
export class NameTrieBuilder {
  private nodeCount = 1;
  private nameCount = 0;
  /** The longest name, in code units. */
  private longestName = 0;
  private firstChild = new Int32Array(1024).fill(-1);
  private nextSibling = new Int32Array(1024).fill(-1);
  private nodeChar = new Uint16Array(1024);
  private parent = new Int32Array(1024);
  private names = new Int32Array(1024).fill(-1);
  /** The keys of the names' first words (the units up to the first that is no letter or digit), a bit each. */
  private readonly firstWords = new Uint8Array(1 << 15);
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
        this.parent[child] = node;
        this.nextSibling[child] = this.firstChild[node]!;
        this.firstChild[node] = child;
        if (node === 0) this.rootChild[code] = child;
      }
      node = child;
    }
    if (this.names[node]! < 0) {
      this.names[node] = this.nameCount++;
      this.longestName = Math.max(this.longestName, name.length);
      this.addFirstWord(name);
    }
    return this.names[node]!;
  }

  /** The longest name added so far, in code units. */
  get longest(): number {
    return this.longestName;
  }

  compile(): NameTrie {
    const { nodeCount, firstChild, nextSibling, nodeChar, parent, names, firstWords } = this;
    return new NameTrie({ nodeCount, firstChild, nextSibling, nodeChar, parent, names, firstWords });
  }

  private addFirstWord(name: string): void {
    let length = 0;
    while (length < name.length && isWordCode(name.charCodeAt(length))) length++;
    // A name that begins with a sign is found by its first unit instead (see the matcher).
    if (length === 0) return;
    const key = firstWordKey(name.charCodeAt(0), length > 1 ? name.charCodeAt(1) : 0, length);
    this.firstWords[key >>> 3]! |= 1 << (key & 7);
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
    this.parent = grown(this.parent, 0);
    this.names = grown(this.names, -1);
  }
}
