import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { run, SMALL_INPUT, type IO } from '../src/cli.js';
import { cli, lines } from './helpers/io.js';
import { scratchDir } from './helpers/scratch.js';

const dir = scratchDir('quotes-cli-');
const good = join(dir, 'good.txt');
writeFileSync(good, '“We will win,” Jane Smith said.\n');
const none = join(dir, 'none.txt');
writeFileSync(none, 'Nothing quoted here.\n');

describe('cli (in-process)', () => {
  it('prints one JSON object per quote and exits 0', async () => {
    const r = await cli([good]);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ file: 'good.txt', quote: 'We will win,', speaker: 'Jane Smith', type: 'direct' });
  });

  it('exits 1 when no quote is found', async () => {
    const r = await cli([none]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('reports a missing file on one line, exits 2, and still processes the others', async () => {
    const r = await cli([join(dir, 'missing.txt'), good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quotes: .*missing\.txt: no such file\n$/);
    expect(lines(r.stdout)).toHaveLength(1);
  });

  it('reads JSONL records and tags quotes with their id', async () => {
    const input = JSON.stringify({ id: 'a1', text: '“Yes,” Bo Li said.', outlet: 'Daily Planet' }) + '\n' + 'not json\n' + JSON.stringify({ id: 'a2', text: 'No quotes.' }) + '\n';
    const r = await cli(['--input-format', 'jsonl'], input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 2: invalid JSON');
    const out = lines(r.stdout);
    expect(out).toEqual([expect.objectContaining({ id: 'a1', speaker: 'Bo Li', outlet: 'Daily Planet' })]);
  });

  it('rejects an unknown flag with exit 2', async () => {
    const r = await cli(['--no-such-flag', good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quotes: unknown option/);
  });

  it('prints usage when stdin is a terminal and no file is given', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no input');
  });
});

describe('cli: the short-run hook', () => {
  // main.ts tunes V8 for one short article through io.onSmallInput: it must fire for files
  // known to be small before they are read, and never for a long or unsized input
  const calls = async (argv: string[], stdin: string | null = null) => {
    let n = 0;
    const input = Readable.from(stdin === null ? [] : [Buffer.from(stdin)]) as IO['stdin'];
    input.isTTY = stdin === null;
    await run(argv, { stdin: input, stdout: new PassThrough().resume(), stderr: new PassThrough().resume(), env: {}, onSmallInput: () => n++ });
    return n;
  };
  const article = 'The harbour board voted on Tuesday. "We will build it," said Ruth Adeyemi, the board\'s chair.\n';
  const small = join(dir, 'small-article.txt');
  const long = join(dir, 'long-article.txt');
  writeFileSync(small, article);
  writeFileSync(long, article.repeat(Math.ceil((SMALL_INPUT + 1) / article.length)));

  it.each([
    { note: 'one short article', argv: () => [small], stdin: null, expected: 1 },
    { note: 'two short articles, together still short', argv: () => [small, small], stdin: null, expected: 1 },
    { note: 'an article over the limit', argv: () => [long], stdin: null, expected: 0 },
    { note: 'a short one beside a long one', argv: () => [small, long], stdin: null, expected: 0 },
    { note: 'a pipe, whose size is not known', argv: () => [], stdin: article, expected: 0 },
  ])('$note', async ({ argv, stdin, expected }) => {
    expect(await calls(argv(), stdin)).toBe(expected);
  });
});

describe('cli (spawned binary)', () => {
  it('runs bin/quotes.js end to end', () => {
    const out = execFileSync(process.execPath, ['bin/quotes.js', good], { encoding: 'utf8' });
    expect(lines(out)[0]).toMatchObject({ speaker: 'Jane Smith' });
  });

  it('prints the version from package.json', () => {
    const pkg = JSON.parse(execFileSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json"))'], { encoding: 'utf8' }));
    const r = spawnSync(process.execPath, ['bin/quotes.js', '--version'], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(pkg.version);
    expect(r.status).toBe(0);
  });
});
