// Selection, checks and flag validation, in-process (run(argv, io)).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { schemaText } from '../src/output/schema.js';
import { countBy, parseJsonl, statsLines, type Rec } from './helpers/canonical.js';
import { cli, lines } from './helpers/io.js';
import { writeSamples } from './helpers/samples.js';

// What each flag should print is computed from the tool's own `--format jsonl`
// records for the same input, so these tests check the flags, not the engine.
const harbour = 'fixtures/harbour-vote.txt';
// one quotation nobody is named for, one attributed; and one quotation, plainly attributed
const { dir, ferry: unattributed, smith: attributed } = writeSamples('quotes-options-');

async function canonical(...files: string[]): Promise<Rec[]> {
  const r = await cli(['--format', 'jsonl', ...files]);
  expect(r.stderr).toBe('');
  return parseJsonl(r.stdout);
}
const expected = await canonical(harbour);
const ferry = await canonical(unattributed);
const speakers = [...countBy(expected, (q) => String(q.speaker)).keys()];

describe('selection', () => {
  it.each([
    [['--speaker', 'okonkwo'], ['Margaret Okonkwo']],
    [['--speaker', 'Margaret Okonkwo'], ['Margaret Okonkwo']],
    [['--speaker', 'Vasquez', '--speaker', 'RAHMAN'], ['Dmitri Vasquez', 'Aisha Rahman']],
  ])('%j keeps only those speakers', async (flags, names) => {
    const want = expected.filter((q) => names.includes(q.speaker as string));
    // each name is found, and others too: the filter has something to keep and to drop
    for (const n of names) expect(speakers).toContain(n);
    expect(want.length).toBeLessThan(expected.length);
    const r = await cli([...flags, harbour]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual(want);
  });

  it('--speaker with a first name alone, or an unknown name, prints nothing and exits 1', async () => {
    for (const name of ['Margaret', 'Putin']) {
      const r = await cli(['--speaker', name, harbour]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
    }
  });

  it('--min-confidence keeps quotes at or above the threshold, the threshold included', async () => {
    const levels = [...new Set(expected.map((q) => q.confidence))].sort((a, b) => a - b);
    expect(levels.length).toBeGreaterThan(1);
    // each level present in the output but the lowest: below it some quotes go, at it some stay
    for (const x of levels.slice(1)) {
      const r = await cli(['--min-confidence', String(x), harbour]);
      const want = expected.filter((q) => q.confidence >= x);
      expect(want.some((q) => q.confidence === x)).toBe(true);
      expect(lines(r.stdout)).toEqual(want);
      expect(r.code).toBe(0);
    }
    // above every quote: nothing printed, exit 1
    const top = levels.at(-1)!;
    if (top < 1) {
      const r = await cli(['--min-confidence', String((top + 1) / 2), harbour]);
      expect([r.code, r.stdout]).toEqual([1, '']);
    }
  });

  it('--fields prints exactly the fields named, in order', async () => {
    const r = await cli(['--fields', 'speaker,quote,id', harbour]);
    const got = lines(r.stdout);
    expect(got).toEqual(expected.map((q) => ({ speaker: q.speaker, quote: q.quote, id: null })));
    expect(Object.keys(got[0]!)).toEqual(['speaker', 'quote', 'id']);
  });

  it('--type keeps only those types', async () => {
    const types = [...countBy(expected, (q) => q.type).keys()];
    expect(types.length).toBeGreaterThan(1);
    for (const t of types) {
      const r = await cli(['--type', t, harbour]);
      expect(lines(r.stdout)).toEqual(expected.filter((q) => q.type === t));
    }
    const r = await cli(['--type', 'direct,mixed', harbour]);
    expect(lines(r.stdout)).toEqual(expected.filter((q) => q.type !== 'indirect'));
  });

  it('filters combine with --type: a quote must pass both', async () => {
    // a speaker and a type such that each filter alone keeps more than both together
    const pair = expected.find(
      (q) => q.speaker !== null && expected.some((o) => o.speaker === q.speaker && o.type !== q.type) && expected.some((o) => o.type === q.type && o.speaker !== q.speaker),
    );
    expect(pair, 'the article has a speaker with quotes of two types').toBeDefined();
    const r = await cli(['--type', pair!.type, '--speaker', pair!.speaker!, harbour]);
    expect(lines(r.stdout)).toEqual(expected.filter((q) => q.type === pair!.type && q.speaker === pair!.speaker));
  });
});

describe('checks', () => {
  it('--fail-on unattributed exits 3 after printing everything', async () => {
    expect(ferry.some((q) => q.speaker === null)).toBe(true);
    expect(ferry.some((q) => q.speaker !== null)).toBe(true);
    const r = await cli(['--fail-on', 'unattributed', unattributed]);
    expect(r.code).toBe(3);
    expect(lines(r.stdout)).toEqual(ferry);
  });

  it('--fail-on unattributed exits 0 when every quote printed has a speaker', async () => {
    expect((await cli(['--fail-on', 'unattributed', attributed])).code).toBe(0);
    const r = await cli(['--fail-on', 'unattributed', '--speaker', 'Reyes', unattributed]);
    expect(lines(r.stdout)).toEqual(ferry.filter((q) => q.speaker === 'Tomas Reyes'));
    expect(r.code).toBe(0);
    expect((await cli([unattributed])).code).toBe(0);
  });

  it('an input error (exit 2) outranks --fail-on (exit 3)', async () => {
    const r = await cli(['--fail-on', 'unattributed', unattributed, join(dir, 'missing.txt')]);
    expect(r.code).toBe(2);
    expect(lines(r.stdout)).toEqual(ferry);
  });

  it('--stats summarises on stderr and leaves stdout as it was', async () => {
    const plain = await cli([harbour, unattributed]);
    const r = await cli(['--stats', harbour, unattributed, join(dir, 'missing.txt')]);
    expect(r.stdout).toBe(plain.stdout);
    const messages = r.stderr.split('\n').filter((l) => l.startsWith('quotes: '));
    expect(messages).toEqual([expect.stringMatching(/missing\.txt: no such file$/)]);
    const stats = r.stderr.split('\n').filter((l) => !l.startsWith('quotes: '));
    const recs = [...expected, ...ferry];
    // the counts differ from one another, so a swapped or missed count shows
    expect(recs.some((q) => q.speaker === null) && recs.some((q) => q.outlet === null)).toBe(true);
    expect(stats.slice(0, 7)).toEqual(statsLines(recs, { files: 3, documents: 2, errors: 1 }));
    expect(stats[7]).toMatch(/^time: \d+\.\d\d s$/);
    expect(stats[8]).toBe('');
    expect(stats).toHaveLength(9);
  });

  it('--stats counts the outlet --outlet gives as an outlet', async () => {
    const recs = await canonical('--outlet', 'Port Ellis Post', harbour);
    expect(recs.some((q) => q.outlet === 'Port Ellis Post' && q.outletMention === null)).toBe(true);
    expect(recs.every((q) => q.outlet !== null)).toBe(true);
    const r = await cli(['--stats', '--outlet', 'Port Ellis Post', harbour]);
    expect(r.stderr.split('\n').slice(0, 7)).toEqual(statsLines(recs, { files: 1, documents: 1, errors: 0 }));
  });

  it.each([
    ['--speaker', 'Rahman', (q: Rec) => q.speaker === 'Aisha Rahman'],
    ['--type', 'indirect', (q: Rec) => q.type === 'indirect'],
    ['--type', 'direct,mixed', (q: Rec) => q.type !== 'indirect'],
  ])('--stats counts only the quotes printed (%s %s)', async (flag, value, keep) => {
    const want = expected.filter(keep);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(expected.length);
    const r = await cli(['--stats', flag, value, harbour]);
    expect(lines(r.stdout)).toEqual(want);
    expect(r.stderr.split('\n').slice(0, 7)).toEqual(statsLines(want, { files: 1, documents: 1, errors: 0 }));
  });
});

describe('flags', () => {
  it('--schema prints the schema and reads no input', async () => {
    const r = await cli(['--schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(schemaText());
  });

  it.each([
    [['--format', 'xml'], /^quotes: option '--format <format>' argument 'xml' is invalid\. Allowed choices are jsonl, json, pretty, csv, tsv\.$/],
    [['--fields', 'quote,colour'], /^quotes: option '--fields <list>' argument 'quote,colour' is invalid\. unknown field 'colour' \(known: file, id, quote,/],
    [['--min-confidence', '1.5'], /^quotes: option '--min-confidence <x>' argument '1\.5' is invalid\. expected a number from 0 to 1$/],
    [['--min-confidence', 'high'], /argument 'high' is invalid\. expected a number from 0 to 1$/],
    [['--speaker', ' '], /^quotes: option '--speaker <name>' argument ' ' is invalid\. expected a name$/],
    [['--fail-on', 'warnings'], /^quotes: option '--fail-on <condition>' argument 'warnings' is invalid\. Allowed choices are unattributed\.$/],
    [['--color', 'sometimes'], /argument 'sometimes' is invalid/],
    [['--format'], /^quotes: option '--format <format>' argument missing$/],
    [['--colour'], /^quotes: unknown option '--colour' \(Did you mean --color\?\)$/],
  ])('%j is a one-line error with exit 2', async (flags, message) => {
    const r = await cli([harbour, ...flags]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
  });

  it('--fields with --format pretty warns that it has no effect', async () => {
    const r = await cli(['--format', 'pretty', '--fields', 'quote', harbour]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('quotes: warning: --fields has no effect with --format pretty\n');
  });

  it('--help lists every option and the jq recipes, on stdout, exit 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--format', '--fields', '--min-confidence', '--speaker', '--type', '--fail-on', '--stats', '--schema', '--color', '--no-color', '--no-progress', '--version']) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toContain('jq recipes:');
    expect(r.stdout).toContain("sort | uniq -c | sort -rn");
    expect(r.stdout).toContain('Exit status: 0 quotes printed, 1 none, 2 an error, 3 --fail-on matched.');
  });
});
