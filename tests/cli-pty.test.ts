// The binary under a real pseudo-terminal (util-linux `script`): colour and
// layout of --format pretty, and the progress line. Skipped where `script` is
// not installed.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANSI, BIN, cleanEnv, has, stripAnsi } from './helpers/bin.js';
import { canonical, expectPrettyBlock } from './helpers/canonical.js';
import { scratchDir } from './helpers/scratch.js';

// Expected values come from the tool's own `--format jsonl` records for the same
// input, or from a one-sentence input whose answer is plain: these tests check
// the terminal behaviour, not the engine.
const hasScript = has('script');
const dir = scratchDir('quotes-pty-');
const harbour = 'fixtures/harbour-vote.txt';
const text = readFileSync(harbour, 'utf8');
const expected = canonical([harbour]);
const firstNamed = expected.find((q) => q.speaker !== null)!;
const smith = join(dir, 'smith.txt');
writeFileSync(smith, '“The ferry will run every Sunday from May, and the fares will stay where they are for the whole of the summer season,” Jane Smith told Reuters.\n');

/** Run a shell command on a terminal of `cols` columns; what the terminal showed, CR LF → LF. */
function onTerminal(command: string, env: Record<string, string> = {}, cols = 60): { code: number | null; screen: string } {
  const r = spawnSync('script', ['-qec', `stty cols ${cols} rows 40; ${command}`, '/dev/null'], {
    encoding: 'utf8',
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, screen: r.stdout.replace(/\r\n/g, '\n') };
}

describe.skipIf(!hasScript)('on a terminal', () => {
  it('--format pretty is coloured and laid out to the terminal width', () => {
    const { code, screen } = onTerminal(`node ${BIN} --format pretty ${harbour}`);
    expect(code).toBe(0);
    expect(screen).toMatch(ANSI);
    expect(screen).toContain(`\x1b[1m\x1b[34m${firstNamed.speaker}`); // bold blue speaker
    const plain = stripAnsi(screen);
    for (const line of plain.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    const blocks = plain.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(expected.length);
    blocks.forEach((block, i) => {
      const q = expected[i]!;
      expectPrettyBlock(block, q, text, 60);
    });
  });

  it('--format pretty wraps a long quotation to a 60-column terminal', () => {
    const [q] = canonical([smith]);
    const { code, screen } = onTerminal(`node ${BIN} --format pretty --color never ${smith}`);
    expect(code).toBe(0);
    expect(screen).toBe(
      [
        `smith.txt:1:2  direct  ${q!.confidence.toFixed(2)}  ${q!.rule}`,
        '  “The ferry will run every Sunday from May, and the fares',
        '   will stay where they are for the whole of the summer',
        '   season,”',
        '  speaker  Jane Smith',
        '  cue      told',
        '  outlet   Reuters',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, string, Record<string, string>]>([
    ['NO_COLOR', '', { NO_COLOR: '1' }],
    ['--color never', '--color never', {}],
    ['TERM=dumb', '', { TERM: 'dumb' }],
  ])('%s turns colour off', (_what, flags, env) => {
    const { code, screen } = onTerminal(`node ${BIN} --format pretty ${flags} ${harbour}`, env);
    expect(code).toBe(0);
    expect(screen).toContain(`speaker  ${firstNamed.speaker}`);
    expect(screen).not.toMatch(ANSI);
  });

  it('jsonl on a terminal is not coloured', () => {
    const { screen } = onTerminal(`node ${BIN} ${harbour}`);
    expect(screen).not.toMatch(ANSI);
    expect(screen.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(expected);
  });

  // A long run that does not depend on the machine's speed: a JSONL stream with a pause in it.
  const stream = join(dir, 'stream.jsonl');
  writeFileSync(stream, Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: `d${i}`, text }) + '\n').join(''));
  const slow = `(head -n 20 ${stream}; sleep 1.2; tail -n +21 ${stream})`;

  it('a long run shows a progress line on stderr, erased at the end, and the output is whole', () => {
    const out = join(dir, 'progress.out');
    const { code, screen } = onTerminal(`${slow} | node ${BIN} --input-format jsonl > ${out}`);
    expect(code).toBe(0);
    expect(screen).toMatch(/\r\d+ documents {2}\d+ quotes {2}[\d.]+ kB {2}0:0\d\x1b\[K/);
    expect(screen.endsWith('\r\x1b[K')).toBe(true);
    const got = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(got).toHaveLength(60 * expected.length);
    expect(JSON.parse(got.at(-1)!)).toEqual({ id: 'd59', ...expected.at(-1), file: undefined });
  });

  it.each<[string, string, Record<string, string>]>([
    ['CI is set', '', { CI: 'true' }],
    ['--no-progress', '--no-progress', {}],
  ])('no progress line when %s', (_what, flags, env) => {
    const { code, screen } = onTerminal(`${slow} | node ${BIN} --input-format jsonl ${flags} > /dev/null`, env);
    expect(code).toBe(0);
    expect(screen).toBe('');
  });

  it('no progress line when the output itself goes to the terminal', () => {
    const { screen } = onTerminal(`${slow} | node ${BIN} --input-format jsonl --fields id`);
    expect(screen).not.toContain('\x1b[K');
    expect(screen.trimEnd().split('\n')).toEqual(Array.from({ length: 60 }, (_, i) => expected.map(() => `{"id":"d${i}"}`)).flat());
  });
});
