// The output record's JSON Schema: a valid draft 2020-12 schema (checked by
// ajv, an independent implementation), the committed copy in schema/ equals
// what `quotes --schema` prints, and the output of every fixture (text and
// JSONL inputs) validates while broken records do not.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { FIELD_NAMES } from '../src/output/fields.js';
import { quoteSchema, schemaText } from '../src/output/schema.js';
import { cli, lines } from './helpers/io.js';

// strict: unknown keywords and formats are errors. strictRequired is ajv's own
// lint (a `required` name without `properties` beside it), which the
// file-or-id `oneOf` trips although it is valid JSON Schema.
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
const validate = ajv.compile(quoteSchema());
const errors = (v: unknown) => (validate(v) ? [] : ajv.errorsText(validate.errors).split(', '));

describe('schema', () => {
  it('is a valid draft 2020-12 schema whose properties are the output fields, in order', () => {
    expect(ajv.validateSchema(quoteSchema())).toBe(true);
    expect(Object.keys(quoteSchema().properties as object)).toEqual(FIELD_NAMES);
  });

  it('schema/quote.schema.json is up to date (npm run schema)', () => {
    expect(readFileSync('schema/quote.schema.json', 'utf8')).toBe(schemaText());
  });

  const fixtures = readdirSync('fixtures').filter((n) => n.endsWith('.txt'));
  it.each(fixtures)('the output of fixtures/%s validates', async (name) => {
    const r = await cli([`fixtures/${name}`]);
    const records = lines(r.stdout);
    expect(records.length).toBeGreaterThan(0);
    for (const rec of records) expect(errors(rec)).toEqual([]);
  });

  it('the output of JSONL input (records with an id) validates', async () => {
    const input = fixtures.map((name, i) => JSON.stringify({ id: `doc-${i}`, text: readFileSync(`fixtures/${name}`, 'utf8'), outlet: 'Example Wire' })).join('\n') + '\n';
    const r = await cli(['--input-format', 'jsonl'], input);
    const records = lines(r.stdout);
    expect(records.length).toBeGreaterThan(0);
    for (const rec of records) expect(errors(rec)).toEqual([]);
  });

  const good = lines(readFileSync('fixtures/harbour-vote.txt.expected', 'utf8'))[2]!;
  it.each<[string, (r: Record<string, unknown>) => void]>([
    ['a missing field', (r) => delete r.speaker],
    ['both file and id', (r) => (r.id = 'x')],
    ['neither file nor id', (r) => delete r.file],
    ['an unknown field', (r) => (r.colour = 'red')],
    ['an unknown type', (r) => (r.type = 'paraphrase')],
    ['a confidence above 1', (r) => (r.confidence = 1.2)],
    ['a negative offset', (r) => (r.start = -1)],
    ['a span without offsets', (r) => (r.cue = { text: 'said' })],
    ['a speaker that is a number', (r) => (r.speaker = 7)],
  ])('refuses a record with %s', (_what, breakIt) => {
    expect(errors(good)).toEqual([]);
    const bad = structuredClone(good);
    breakIt(bad);
    expect(errors(bad).length).toBeGreaterThan(0);
  });
});
