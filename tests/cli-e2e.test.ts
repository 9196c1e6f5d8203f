// End to end: the built binary (bin/quotes.js → dist/cli.js), spawned with a
// controlled environment, through real pipes.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { extractQuotes } from '../src/index.js';
import { ANSI, BIN, quotes, sh } from './helpers/bin.js';
import { canonical, expectPrettyBlock, prettyHead, type Rec } from './helpers/canonical.js';
import { parseCsv, parseTsv } from './helpers/csv.js';
import { lines } from './helpers/io.js';
import { scratchDir } from './helpers/scratch.js';

// Expected values come from the tool's own `--format jsonl` records for the same
// input (helpers/canonical.ts), or from small inputs whose answer is plain, so
// that these tests check the formats, flags and pipes, not the engine.
const harbour = 'fixtures/harbour-vote.txt';
const harbourText = readFileSync(harbour, 'utf8');
const expected = canonical([harbour]);
const dir = scratchDir('quotes-e2e-');
// one plainly attributed quotation, long enough to wrap
const smith = join(dir, 'smith.txt');
writeFileSync(smith, '“The ferry will run every Sunday from May, and the fares will stay where they are for the whole of the summer season,” Jane Smith told Reuters.\n');
const ferry = join(dir, 'ferry.txt');
writeFileSync(
  ferry,
  'The ferry left Port Ellis at dawn.\n\n“Nobody expected the boats to come back so soon.”\n\nDeputy mayor Tomas Reyes told the Ellis Courier on Monday: “We are ready.”\n',
);
// a quotation in a paragraph that names nobody, then an attributed one
const ferryRecs = canonical([ferry]);
const none = join(dir, 'none.txt');
writeFileSync(none, 'The council meets again in March. No date has been set for the vote.\n');

// A multi-MB output: the harbour article as many JSONL records.
const DOCS = 1000;
const big = join(dir, 'big.jsonl');
const bigOut = join(dir, 'big.out.jsonl');
beforeAll(() => {
  const text = readFileSync(harbour, 'utf8');
  writeFileSync(big, Array.from({ length: DOCS }, (_, i) => JSON.stringify({ id: `doc-${i}`, text }) + '\n').join(''));
  const r = sh(`node ${BIN} ${big} > ${bigOut}`);
  expect(r.code).toBe(0);
});

/** The CSV/TSV cells expected for a record, derived from its JSON. */
const SPANS = ['speakerMention', 'cue', 'outletMention'];
const FIELDS = ['file', 'id', 'quote', 'start', 'end', 'type', 'speaker', 'speakerMention', 'speakerTitle', 'cue', 'outlet', 'outletMention', 'confidence', 'rule', 'group'];
const header = FIELDS.flatMap((f) => (SPANS.includes(f) ? [f, `${f}_start`, `${f}_end`] : [f]));
const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const cells = (rec: Rec) =>
  FIELDS.flatMap((f) => {
    const v = (rec as unknown as Record<string, unknown>)[f] as { text: string; start: number; end: number } | null | undefined;
    return SPANS.includes(f) ? [cell(v?.text), cell(v?.start), cell(v?.end)] : [cell(v)];
  });

describe('formats', () => {
  it('jsonl (the default) is the library\'s answer, one object a line, `file` first', () => {
    const r = quotes([harbour]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const library = extractQuotes(harbourText);
    expect(library.length).toBeGreaterThan(1);
    expect(r.stdout).toBe(library.map((q) => JSON.stringify({ file: 'harbour-vote.txt', ...q }) + '\n').join(''));
    expect(quotes(['--format', 'jsonl', harbour]).stdout).toBe(r.stdout);
    for (const q of expected) expect(harbourText.slice(q.start, q.end)).toBe(q.quote);
  });

  it('json is one array of the same records', () => {
    const r = quotes(['--format', 'json', harbour, ferry]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').length).toBe(expected.length + ferryRecs.length + 3); // [, one a line, ], and the final LF
    expect(JSON.parse(r.stdout)).toEqual([...expected, ...ferryRecs]);
  });

  it('json with no quote is an empty array, exit 1', () => {
    const r = quotes(['--format', 'json', none]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it.each([
    ['csv', parseCsv],
    ['tsv', parseTsv],
  ] as const)('%s has the documented header and one row per quote', (format, parse) => {
    const r = quotes(['--format', format, harbour]);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout);
    expect(rows[0]).toEqual(header);
    expect(rows.slice(1)).toEqual(expected.map(cells));
  });

  it('csv with --fields has just those columns, spans flattened', () => {
    const r = quotes(['--format', 'csv', '--fields', 'quote,cue,outlet', harbour, ferry]);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['quote', 'cue', 'cue_start', 'cue_end', 'outlet']);
    const recs = [...expected, ...ferryRecs];
    // the inputs give both empty and filled cells for the span and the outlet
    expect(recs.some((q) => q.cue === null) && recs.some((q) => q.cue !== null)).toBe(true);
    expect(recs.some((q) => q.outlet === null) && recs.some((q) => q.outlet !== null)).toBe(true);
    expect(rows.slice(1)).toEqual(recs.map((q) => [q.quote, cell(q.cue?.text), cell(q.cue?.start), cell(q.cue?.end), cell(q.outlet)]));
  });

  it('pretty shows each quote with its position, speaker, cue and outlet, without colour in a pipe', () => {
    const r = quotes(['--format', 'pretty', harbour, ferry]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    const recs: [Rec, string][] = [...expected.map((q) => [q, harbourText] as [Rec, string]), ...ferryRecs.map((q) => [q, readFileSync(ferry, 'utf8')] as [Rec, string])];
    // the inputs show a title, an unattributed quote and a missing outlet
    expect(recs.some(([q]) => q.speakerTitle !== null && q.speaker !== null && !q.speaker.includes(q.speakerTitle))).toBe(true);
    expect(recs.some(([q]) => q.speaker === null)).toBe(true);
    expect(recs.some(([q]) => q.outlet === null)).toBe(true);
    const blocks = r.stdout.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(recs.length);
    blocks.forEach((block, i) => {
      const [q, text] = recs[i]!;
      expectPrettyBlock(block, q, text, 80);
    });
  });

  it('pretty wraps a long quotation to 80 columns in a pipe, or to COLUMNS', () => {
    const [q] = canonical([smith]);
    const head = `smith.txt:1:2  direct  ${q!.confidence.toFixed(2)}  ${q!.rule}`;
    const tail = ['  speaker  Jane Smith', '  cue      told', '  outlet   Reuters'];
    expect(quotes(['--format', 'pretty', smith]).stdout).toBe(
      [
        head,
        '  “The ferry will run every Sunday from May, and the fares will stay where they',
        '   are for the whole of the summer season,”',
        ...tail,
        '',
      ].join('\n'),
    );
    expect(quotes(['--format', 'pretty', smith], { env: { COLUMNS: '50' } }).stdout).toBe(
      [
        head,
        '  “The ferry will run every Sunday from May, and',
        '   the fares will stay where they are for the',
        '   whole of the summer season,”',
        ...tail,
        '',
      ].join('\n'),
    );
  });
});

describe('colour', () => {
  const pretty = ['--format', 'pretty', harbour];
  it.each<[string, string[], Record<string, string>, boolean]>([
    ['not a terminal', [], {}, false],
    ['FORCE_COLOR=1', [], { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=0', [], { FORCE_COLOR: '0' }, false],
    ['--color always', ['--color', 'always'], {}, true],
    ['--color always with NO_COLOR', ['--color', 'always'], { NO_COLOR: '1' }, true],
    ['--color never with FORCE_COLOR', ['--color', 'never'], { FORCE_COLOR: '3' }, false],
    ['--no-color with FORCE_COLOR', ['--no-color'], { FORCE_COLOR: '1' }, false],
  ])('%s: colour %s', (_what, flags, env, coloured) => {
    const r = quotes([...pretty, ...flags], { env });
    expect(r.code).toBe(0);
    if (coloured) expect(r.stdout).toMatch(ANSI);
    else expect(r.stdout).not.toMatch(ANSI);
  });

  it.each(['jsonl', 'json', 'csv', 'tsv'])('%s stays pure data even when colour is forced', (format) => {
    const r = quotes(['--format', format, '--color', 'always', harbour], { env: { FORCE_COLOR: '3' } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).not.toContain('\x1b');
  });
});

describe('pipes', () => {
  it(`writes the whole multi-MB output (${DOCS} documents) to a file`, () => {
    const out = readFileSync(bigOut, 'utf8');
    expect(out.length).toBeGreaterThan(3_000_000);
    const got = out.split('\n');
    expect(got.pop()).toBe('');
    expect(got).toHaveLength(DOCS * expected.length);
    expect(JSON.parse(got[0]!)).toEqual({ id: 'doc-0', ...expected[0], file: undefined });
    expect(JSON.parse(got.at(-1)!)).toEqual({ id: `doc-${DOCS - 1}`, ...expected.at(-1), file: undefined });
  });

  it('| head -1 ends quietly: one line, exit 0, nothing on stderr', () => {
    const err = join(dir, 'head.err');
    const r = sh(`node ${BIN} ${big} 2> ${err} | head -1; echo "status=\${PIPESTATUS[0]}" >&2`);
    expect(r.stderr).toBe('status=0\n');
    expect(readFileSync(err, 'utf8')).toBe('');
    expect(r.stdout.split('\n')).toEqual([expect.any(String), '']);
    expect(JSON.parse(r.stdout)).toEqual({ id: 'doc-0', ...expected[0], file: undefined });
  });

  it('| head -1 also ends quietly when reading standard input', () => {
    const r = sh(`cat ${big} | node ${BIN} --input-format jsonl --format pretty | head -1; echo "status=\${PIPESTATUS[1]}" >&2`);
    expect(r.stderr).toBe('status=0\n');
    expect(r.stdout).toBe(prettyHead({ ...expected[0]!, file: undefined, id: 'doc-0' }, harbourText, 80) + '\n');
  });

  it('stops reading standard input once the reader is gone', () => {
    // the producer keeps stdin open until quotes has ended: quotes must not wait for its end
    const done = join(dir, 'stdin.done');
    const r = sh(
      `timeout 60 bash -c '(cat ${big}; while [ ! -e ${done} ]; do sleep 0.1; done) | (node ${BIN} --input-format jsonl; echo "status=$?" >&2; touch ${done}) | head -1'`,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('status=0\n');
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'doc-0' });
  });

  it('a slow consumer counting lines gets every line and byte', () => {
    const r = sh(`node ${BIN} ${big} | (sleep 1; wc -l -c); echo "status=\${PIPESTATUS[0]}" >&2`);
    expect(r.stderr).toBe('status=0\n');
    expect(r.stdout.trim().split(/\s+/).map(Number)).toEqual([DOCS * expected.length, statSync(bigOut).size]);
  });

  it('a json consumer gets the whole array', () => {
    const json = join(dir, 'big.json');
    expect(sh(`node ${BIN} --format json ${big} | cat > ${json}`).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toHaveLength(DOCS * expected.length);
  });

  it('shows no progress line when stderr is a pipe, even on a long run', () => {
    // the pause makes the run outlast the progress line's delay, whatever the machine's speed
    const r = sh(`(head -n 20 ${big}; sleep 1; tail -n +21 ${big} | head -n 100) | node ${BIN} --input-format jsonl > /dev/null`);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('exit codes', () => {
  it.each<[string, string[], number]>([
    ['0: quotes printed', [harbour], 0],
    ['1: no quote', [none], 1],
    ['1: none left after selection', ['--speaker', 'Reyes', harbour], 1],
    ['2: a missing file (the others still printed)', [join(dir, 'missing.txt'), harbour], 2],
    ['2: an unknown flag', ['--frmat', 'json', harbour], 2],
    ['2: a bad value', ['--min-confidence', '2', harbour], 2],
    ['3: --fail-on unattributed and an unattributed quote', ['--fail-on', 'unattributed', ferry], 3],
    ['0: --fail-on unattributed, the unattributed quote not selected', ['--fail-on', 'unattributed', '--speaker', 'Reyes', ferry], 0],
    ['0: --fail-on unattributed, every quote attributed', ['--fail-on', 'unattributed', smith], 0],
  ])('%s', (_what, args, code) => {
    const r = quotes(args);
    expect(r.code).toBe(code);
    expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
    if (code === 2) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.skipIf(!existsSync('/dev/full'))('2: stdout cannot be written (a full disk), one line', () => {
    const r = sh(`node ${BIN} ${harbour} > /dev/full`);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('quotes: <stdout>: no space left on device\n');
  });

  it('--fail-on prints the whole output before exiting 3', () => {
    expect(ferryRecs.some((q) => q.speaker === null)).toBe(true);
    const r = quotes(['--fail-on', 'unattributed', ferry, harbour]);
    expect(r.code).toBe(3);
    expect(lines(r.stdout)).toEqual([...ferryRecs, ...expected]);
  });
});

describe('schema, help and version', () => {
  it('--schema prints a valid JSON Schema that the output validates against', () => {
    const r = quotes(['--schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync('schema/quote.schema.json', 'utf8'));
    const ajv = new Ajv2020({ strict: true, strictRequired: false });
    const validate = ajv.compile(JSON.parse(r.stdout));
    for (const rec of [...expected, ...ferryRecs, ...lines(quotes(['--input-format', 'jsonl'], { input: readFileSync(big, 'utf8').split('\n')[0]! }).stdout)]) {
      expect(validate(rec), ajv.errorsText(validate.errors)).toBe(true);
    }
  });

  it('--help shows usage, flags and jq examples on stdout', () => {
    const r = quotes(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: quotes \[options\] \[files\.\.\.\]/);
    expect(r.stdout).toContain('Output:');
    expect(r.stdout).toContain('Selection:');
    expect(r.stdout).toContain("jq -r '.speaker");
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const r = quotes(['--version']);
    expect(r.stdout).toBe(`${pkg.version}\n`);
    expect(r.code).toBe(0);
  });
});
