// The fields of an output record, once, as data: their order, JSON Schema and
// meaning. The JSONL/JSON key order, `--fields`, the CSV/TSV columns and
// schema/quote.schema.json (via `quotes --schema`) are all derived from here.
import { QUOTE_TYPES } from '../types.js';

export type JsonSchema = Record<string, unknown>;

export interface FieldDef {
  name: string;
  /** JSON Schema of the value. */
  schema: JsonSchema;
  description: string;
  /** A `{text,start,end}` span or null: flattened to three columns in CSV/TSV. */
  span?: boolean;
}

const spanRef = { anyOf: [{ $ref: '#/$defs/span' }, { type: 'null' }] };
const offset = { type: 'integer', minimum: 0 };

export const FIELDS: readonly FieldDef[] = [
  { name: 'file', schema: { type: 'string' }, description: "The input file's name ('-' for standard input); present for text inputs." },
  { name: 'id', schema: { type: 'string' }, description: "The JSONL record's id (its line number when it has none); present for JSONL inputs." },
  { name: 'quote', schema: { type: 'string' }, description: 'The words quoted, quotation marks excluded: text.slice(start, end) === quote.' },
  { name: 'start', schema: offset, description: 'UTF-16 offset of the first character of quote in the decoded input.' },
  { name: 'end', schema: offset, description: 'UTF-16 offset just past the last character of quote (half-open [start, end)).' },
  { name: 'type', schema: { enum: [...QUOTE_TYPES] }, description: 'direct: a standalone quotation; mixed: a quoted fragment inside reported speech; indirect: reported speech without marks.' },
  { name: 'speaker', schema: { type: ['string', 'null'] }, description: "The speaker's fullest name in the article, an organisation, or null when unattributed." },
  { name: 'speakerMention', schema: spanRef, span: true, description: 'The words of the attribution that name the speaker ("he", "Okonkwo").' },
  { name: 'speakerTitle', schema: { type: ['string', 'null'] }, description: 'A title or role written with the name ("Councillor").' },
  { name: 'cue', schema: spanRef, span: true, description: 'The reporting words ("said", "was quoted as saying").' },
  { name: 'outlet', schema: { type: ['string', 'null'] }, description: "The outlet the text says carried the words, else the article's own (--outlet, JSONL outlet), else null." },
  { name: 'outletMention', schema: spanRef, span: true, description: 'Where the text names the outlet.' },
  { name: 'confidence', schema: { type: 'number', minimum: 0, maximum: 1 }, description: 'How sure the attribution is, 0..1: an explicit frame > a pronoun > an inherited speaker.' },
  { name: 'rule', schema: { type: ['string', 'null'] }, description: 'The id of the attribution rule that found the speaker, or null.' },
  { name: 'group', schema: { type: ['integer', 'null'] }, description: 'Pieces of one statement share a group id: an interrupted or multi-paragraph quotation, a reported clause and the one it continues, a mixed quote\'s fragment and the reported clause before or after it ("said A and that “B”").' },
];

export const FIELD_NAMES: readonly string[] = FIELDS.map((f) => f.name);

const SPAN_FIELDS = new Set(FIELDS.filter((f) => f.span).map((f) => f.name));
export const isSpanField = (name: string): boolean => SPAN_FIELDS.has(name);

/**
 * Parse a `--fields` list ("quote,speaker"): known names only, each once, in
 * the order given. Throws an Error whose message is one line.
 */
export function parseFieldList(list: string): string[] {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!names.length) throw new Error(`no field named (known: ${FIELD_NAMES.join(', ')})`);
  for (const n of names) {
    if (!FIELD_NAMES.includes(n)) throw new Error(`unknown field '${n}' (known: ${FIELD_NAMES.join(', ')})`);
  }
  return [...new Set(names)];
}
