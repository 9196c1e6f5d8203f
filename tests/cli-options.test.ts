// Selection, checks and flag validation, in-process (run(argv, io)).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schemaText } from '../src/output/schema.js';
import { cli, lines } from './helpers/io.js';

const harbour = 'fixtures/harbour-vote.txt';
const expected = lines(readFileSync('fixtures/harbour-vote.expected.jsonl', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'quotes-options-'));
// one quotation nobody is named for, one attributed
const unattributed = join(dir, 'ferry.txt');
writeFileSync(
  unattributed,
  'The ferry left Port Ellis at dawn.\n\n“Nobody expected the boats to come back so soon.”\n\nDeputy mayor Tomas Reyes told the Ellis Courier on Monday: “We are ready.”\n',
);

describe('selection', () => {
  it.each([
    [['--speaker', 'okonkwo'], ['Margaret Okonkwo']],
    [['--speaker', 'Margaret Okonkwo'], ['Margaret Okonkwo']],
    [['--speaker', 'Vasquez', '--speaker', 'RAHMAN'], ['Dmitri Vasquez', 'Aisha Rahman']],
  ])('%j keeps only those speakers', async (flags, speakers) => {
    const r = await cli([...flags, harbour]);
    expect(r.code).toBe(0);
    const got = lines(r.stdout);
    expect(got).toEqual(expected.filter((q) => speakers.includes(q.speaker as string)));
  });

  it('--speaker with a first name alone, or an unknown name, prints nothing and exits 1', async () => {
    for (const name of ['Margaret', 'Putin']) {
      const r = await cli(['--speaker', name, harbour]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
    }
  });

  it('--min-confidence keeps quotes at or above the threshold', async () => {
    const r = await cli(['--min-confidence', '0.9', harbour]);
    const want = expected.filter((q) => (q.confidence as number) >= 0.9);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(expected.length);
    expect(lines(r.stdout)).toEqual(want);
  });

  it('--fields prints exactly the fields named, in order', async () => {
    const r = await cli(['--fields', 'speaker,quote,id', harbour]);
    const got = lines(r.stdout);
    expect(got).toEqual(expected.map((q) => ({ speaker: q.speaker, quote: q.quote, id: null })));
    expect(Object.keys(got[0]!)).toEqual(['speaker', 'quote', 'id']);
  });

  it('filters combine with --type', async () => {
    const r = await cli(['--type', 'mixed', '--speaker', 'Vasquez', harbour]);
    expect(lines(r.stdout)).toEqual(expected.filter((q) => q.type === 'mixed' && q.speaker === 'Dmitri Vasquez'));
  });
});

describe('checks', () => {
  it('--fail-on unattributed exits 3 after printing everything', async () => {
    const r = await cli(['--fail-on', 'unattributed', unattributed]);
    expect(r.code).toBe(3);
    const got = lines(r.stdout);
    expect(got.map((q) => q.speaker)).toEqual([null, 'Tomas Reyes']);
  });

  it('--fail-on unattributed exits 0 when every quote printed has a speaker', async () => {
    expect((await cli(['--fail-on', 'unattributed', harbour])).code).toBe(0);
    expect((await cli(['--fail-on', 'unattributed', '--speaker', 'Reyes', unattributed])).code).toBe(0);
    expect((await cli([unattributed])).code).toBe(0);
  });

  it('an input error (exit 2) outranks --fail-on (exit 3)', async () => {
    const r = await cli(['--fail-on', 'unattributed', unattributed, join(dir, 'missing.txt')]);
    expect(r.code).toBe(2);
    expect(lines(r.stdout)).toHaveLength(2);
  });

  it('--stats summarises on stderr and leaves stdout as it was', async () => {
    const plain = await cli([harbour, unattributed]);
    const r = await cli(['--stats', harbour, unattributed, join(dir, 'missing.txt')]);
    expect(r.stdout).toBe(plain.stdout);
    const stats = r.stderr.split('\n').filter((l) => !l.startsWith('quotes: '));
    const direct = expected.filter((q) => q.type === 'direct').length + 2;
    const mixed = expected.filter((q) => q.type === 'mixed').length;
    const withOutlet = expected.filter((q) => q.outlet !== null).length + 1;
    const n = expected.length + 2;
    expect(stats.slice(0, 6)).toEqual([
      'files: 3',
      'documents: 2',
      'errors: 1',
      `quotations: ${n} (direct ${direct}, mixed ${mixed}, indirect 0)`,
      `attributed: ${n - 1}/${n} (${((100 * (n - 1)) / n).toFixed(1)}%)`,
      `with outlet: ${withOutlet}/${n} (${((100 * withOutlet) / n).toFixed(1)}%)`,
    ]);
    expect(stats[6]).toMatch(/^time: \d+\.\d\d s$/);
  });

  it('--stats counts only the quotes printed', async () => {
    const r = await cli(['--stats', '--speaker', 'Rahman', harbour]);
    expect(r.stderr).toContain('quotations: 2 (direct 1, mixed 1, indirect 0)');
    expect(r.stderr).toContain('with outlet: 1/2 (50.0%)');
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
