// The output formats behind --format, as interchangeable formatters that turn
// records into text: begin() once, record() per quote, end() once. They only
// make strings; the CLI writes them.
import type { ColorLevel } from './color.js';
import { columns, delimitedLine, rowValues } from './csv.js';
import { jsonLine, toRecord, type Located } from './jsonl.js';
import { PrettyFormatter } from './pretty.js';

export const FORMATS = ['jsonl', 'json', 'pretty', 'csv', 'tsv'] as const;
export type Format = (typeof FORMATS)[number];

export interface Formatter {
  begin(): string;
  /** `text` is the document the quote comes from, when at hand (pretty shows line:column). */
  record(q: Located, text?: string): string;
  end(): string;
}

export interface FormatOptions {
  /** Fields to print (default: all); ignored by pretty. */
  fields?: readonly string[];
  /** Colour level for pretty (0: none). */
  level?: ColorLevel;
  /** Width to wrap pretty output to. */
  width?: number;
}

export function createFormatter(format: Format, opts: FormatOptions = {}): Formatter {
  const fields = opts.fields;
  switch (format) {
    case 'jsonl':
      return { begin: () => '', record: (q) => jsonLine(q, fields), end: () => '' };
    case 'json': {
      // a streamed array, one record a line: `[`, `{…},`, …, `]`
      let n = 0;
      return {
        begin: () => '[',
        record: (q) => (n++ ? ',\n' : '\n') + JSON.stringify(toRecord(q, fields)),
        end: () => (n ? '\n]\n' : ']\n'),
      };
    }
    case 'csv':
    case 'tsv':
      return {
        begin: () => delimitedLine(columns(fields), format),
        record: (q) => delimitedLine(rowValues(q, fields), format),
        end: () => '',
      };
    case 'pretty': {
      const p = new PrettyFormatter({ level: opts.level ?? 0, width: opts.width ?? 80 });
      return { begin: () => '', record: (q, text) => p.format(q, text), end: () => '' };
    }
  }
}
