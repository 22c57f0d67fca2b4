/**
 * What the core takes from its host beyond the language: the few globals that Node, browsers
 * and web workers all provide. The core compiles against these alone (src/core/tsconfig.json),
 * without Node's or the DOM's types; the rest of the project sees the full declarations instead.
 */

// The callback is called with no arguments.
declare function setTimeout(callback: (...args: never[]) => void, ms?: number): unknown;
declare function clearTimeout(timer: unknown): void;

declare const performance: { now(): number };

interface TextDecodeOptions {
  readonly stream?: boolean;
}

declare class TextDecoder {
  constructor(label?: string, options?: { readonly fatal?: boolean; readonly ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: TextDecodeOptions): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
