import { describe, expect, it } from 'vitest';
import { columns, csvCell, delimitedLine, rowValues, tsvCell } from '../src/output/csv.js';
import { FIELD_NAMES, parseFieldList } from '../src/output/fields.js';
import { createFormatter, FORMATS } from '../src/output/format.js';
import { jsonLine, toRecord, type Located } from '../src/output/jsonl.js';
import { parseCsv, parseTsv } from './helpers/csv.js';

const q = (over: Partial<Located> = {}): Located => ({
  file: 'a.txt',
  quote: 'We will not, under any "circumstances", back down',
  start: 10,
  end: 59,
  type: 'direct',
  speaker: 'Ana Lind',
  speakerMention: { text: 'Lind', start: 62, end: 66 },
  speakerTitle: null,
  cue: { text: 'said', start: 67, end: 71 },
  outlet: null,
  outletMention: null,
  confidence: 0.95,
  rule: 'quote-subject-cue',
  group: null,
  ...over,
});

describe('csv and tsv cells', () => {
  it.each([
    ['plain words', 'plain words'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['tab\tis fine in csv', 'tab\tis fine in csv'],
    ['', ''],
  ])('csv %j → %j', (value, cell) => expect(csvCell(value)).toBe(cell));

  it.each([
    ['plain words', 'plain words'],
    ['a\tb', 'a\\tb'],
    ['two\nlines', 'two\\nlines'],
    ['c:\\path', 'c:\\\\path'],
    ['cr\r', 'cr\\r'],
    ['say "no", twice', 'say "no", twice'],
  ])('tsv %j → %j', (value, cell) => expect(tsvCell(value)).toBe(cell));

  it('flattens each span into text, _start and _end columns', () => {
    expect(columns(['quote', 'cue', 'speaker'])).toEqual(['quote', 'cue', 'cue_start', 'cue_end', 'speaker']);
    const all = columns();
    expect(all).toContain('speakerMention_start');
    expect(all).toContain('outletMention_end');
    expect(all.slice(0, 2)).toEqual(['file', 'id']);
    expect(rowValues(q(), ['cue', 'outletMention', 'group', 'confidence'])).toEqual(['said', '67', '71', '', '', '', '', '0.95']);
  });

  it('round-trips awkward text through CSV and TSV', () => {
    const awkward = ['comma, "quotes", and\na newline', 'tab\there and a \\backslash', 'plain', ''];
    for (const kind of ['csv', 'tsv'] as const) {
      const parse = kind === 'csv' ? parseCsv : parseTsv;
      const text = awkward.map((a) => delimitedLine([a, 'x'], kind)).join('');
      expect(parse(text)).toEqual(awkward.map((a) => [a, 'x']));
    }
  });
});

describe('formatters', () => {
  it('jsonl prints every field in order, file or id, nulls kept', () => {
    const rec = JSON.parse(jsonLine(q()));
    expect(Object.keys(rec)).toEqual(FIELD_NAMES.filter((f) => f !== 'id'));
    expect(rec.outlet).toBeNull();
    const byId = JSON.parse(jsonLine(q({ file: undefined, id: 'doc-7' })));
    expect(Object.keys(byId)[0]).toBe('id');
    expect(byId).not.toHaveProperty('file');
  });

  it('--fields gives exactly the fields named, in that order, null where absent', () => {
    expect(toRecord(q(), ['speaker', 'quote', 'id'])).toEqual({ speaker: 'Ana Lind', quote: q().quote, id: null });
    expect(Object.keys(toRecord(q(), ['cue', 'file']))).toEqual(['cue', 'file']);
  });

  it('json is one array, also when empty', () => {
    const f = createFormatter('json');
    expect(JSON.parse(f.begin() + f.end())).toEqual([]);
    const g = createFormatter('json', { fields: ['quote', 'speaker'] });
    const text = g.begin() + g.record(q()) + g.record(q({ speaker: null })) + g.end();
    expect(JSON.parse(text)).toEqual([
      { quote: q().quote, speaker: 'Ana Lind' },
      { quote: q().quote, speaker: null },
    ]);
    expect(text.split('\n')).toHaveLength(5); // [, two records, ], and the final newline
  });

  it('csv has a header even with no rows, and the same columns for file and JSONL inputs', () => {
    const f = createFormatter('csv');
    const out = f.begin() + f.record(q()) + f.record(q({ file: undefined, id: 'r1' })) + f.end();
    const rows = parseCsv(out);
    expect(rows[0]).toEqual(columns());
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    const at = (name: string) => rows[0]!.indexOf(name);
    expect(rows[1]![at('file')]).toBe('a.txt');
    expect(rows[1]![at('id')]).toBe('');
    expect(rows[2]![at('id')]).toBe('r1');
    expect(rows[1]![at('quote')]).toBe(q().quote);
    expect(parseCsv(createFormatter('csv').begin())).toEqual([columns()]);
  });

  it('every format makes text for the same record', () => {
    for (const format of FORMATS) {
      const f = createFormatter(format);
      expect(f.begin() + f.record(q(), 'x'.repeat(80)) + f.end()).toContain('circumstances');
    }
  });
});

describe('--fields', () => {
  it.each([
    ['quote,speaker', ['quote', 'speaker']],
    [' speaker , outlet ,', ['speaker', 'outlet']],
    ['quote,quote,cue', ['quote', 'cue']],
  ])('%j → %j', (list, fields) => expect(parseFieldList(list)).toEqual(fields));

  it.each([['speaker,colour'], ['Speaker'], [''], [' , ']])('%j is refused with one line naming the known fields', (list) => {
    expect(() => parseFieldList(list)).toThrow(/known: file, id, quote/);
    try {
      parseFieldList(list);
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
    }
  });
});
