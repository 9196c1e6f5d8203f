// The binary under a real pseudo-terminal (util-linux `script`): colour and
// layout of --format pretty, and the progress line. Skipped where `script` is
// not installed.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANSI, BIN, cleanEnv, has, stripAnsi } from './helpers/bin.js';

const hasScript = has('script');
const dir = mkdtempSync(join(tmpdir(), 'quotes-pty-'));

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
    const { code, screen } = onTerminal(`node ${BIN} --format pretty fixtures/harbour-vote.txt`);
    expect(code).toBe(0);
    expect(screen).toMatch(ANSI);
    expect(screen).toContain('\x1b[1m\x1b[34mMargaret Okonkwo'); // bold blue speaker
    const plain = stripAnsi(screen);
    const blocks = plain.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(readFileSync('fixtures/harbour-vote.expected.jsonl', 'utf8').trimEnd().split('\n').length);
    expect(blocks[2]).toBe(
      [
        'harbour-vote.txt:7:83  direct  0.93  subject-cue-colon',
        '  “The numbers simply do not add up, and the residents of',
        '   the east shore will pay for it.”',
        '  speaker  Dmitri Vasquez, Councillor',
        '  cue      told',
        '  outlet   Harbour Gazette',
      ].join('\n'),
    );
    for (const line of plain.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  it.each<[string, string, Record<string, string>]>([
    ['NO_COLOR', '', { NO_COLOR: '1' }],
    ['--color never', '--color never', {}],
    ['TERM=dumb', '', { TERM: 'dumb' }],
  ])('%s turns colour off', (_what, flags, env) => {
    const { code, screen } = onTerminal(`node ${BIN} --format pretty ${flags} fixtures/harbour-vote.txt`, env);
    expect(code).toBe(0);
    expect(screen).toContain('speaker  Margaret Okonkwo');
    expect(screen).not.toMatch(ANSI);
  });

  it('jsonl on a terminal is not coloured', () => {
    const { screen } = onTerminal(`node ${BIN} fixtures/harbour-vote.txt`);
    expect(screen).not.toMatch(ANSI);
    expect(JSON.parse(screen.split('\n')[0]!)).toMatchObject({ speaker: 'Margaret Okonkwo' });
  });

  // A long run that does not depend on the machine's speed: a JSONL stream with a pause in it.
  const stream = join(dir, 'stream.jsonl');
  const text = readFileSync('fixtures/harbour-vote.txt', 'utf8');
  writeFileSync(stream, Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: `d${i}`, text }) + '\n').join(''));
  const slow = `(head -n 20 ${stream}; sleep 1.2; tail -n +21 ${stream})`;

  it('a long run shows a progress line on stderr, erased at the end, and the output is whole', () => {
    const out = join(dir, 'progress.out');
    const { code, screen } = onTerminal(`${slow} | node ${BIN} --input-format jsonl > ${out}`);
    expect(code).toBe(0);
    expect(screen).toMatch(/\r\d+ documents {2}\d+ quotes {2}[\d.]+ kB {2}0:0\d\x1b\[K/);
    expect(screen.endsWith('\r\x1b[K')).toBe(true);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(60 * 9);
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
    expect(screen.trimEnd().split('\n')).toHaveLength(60 * 9);
  });
});
