import { run } from '../../src/cli/main';

/** Runs the CLI in this process; returns its exit code and what it wrote to each stream. */
export function runCli(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}
