// The JSON Schema (draft 2020-12) of one output record, derived from the field
// table. `quotes --schema` prints it; schema/quote.schema.json is a copy kept
// in step by a test (regenerate with `npm run schema`).
import { FIELDS, type JsonSchema } from './fields.js';

export function quoteSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const f of FIELDS) properties[f.name] = { ...f.schema, description: f.description };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'quotes output record',
    description:
      'One quotation as printed by `quotes` (one line of --format jsonl, one element of --format json). ' +
      'Offsets are UTF-16 code units, half-open [start, end), into the decoded input. ' +
      'Fields that do not apply are null, never missing; a record carries `file` (text input) or `id` (JSONL input). ' +
      'With --fields a record holds only the fields named.',
    type: 'object',
    properties,
    required: FIELDS.filter((f) => f.name !== 'file' && f.name !== 'id').map((f) => f.name),
    oneOf: [{ required: ['file'] }, { required: ['id'] }],
    additionalProperties: false,
    $defs: {
      span: {
        description: 'A piece of the input: its text and UTF-16 offsets [start, end).',
        type: 'object',
        properties: {
          text: { type: 'string' },
          start: { type: 'integer', minimum: 0 },
          end: { type: 'integer', minimum: 0 },
        },
        required: ['text', 'start', 'end'],
        additionalProperties: false,
      },
    },
  };
}

export const schemaText = (): string => JSON.stringify(quoteSchema(), null, 2) + '\n';
