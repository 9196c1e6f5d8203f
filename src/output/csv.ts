// CSV (RFC 4180 quoting) and TSV (jq @tsv escaping), one header line, then one
// row per quote. A span field X ({text,start,end} or null) becomes three
// columns: X (its text), X_start, X_end. null is an empty cell. Without
// --fields the columns are fixed, whatever the input: file and id are both
// present (one of them empty), so scripts can rely on the header.
import { FIELD_NAMES, isSpanField } from './fields.js';
import type { Located } from './jsonl.js';

export type Delimited = 'csv' | 'tsv';

export function columns(fields: readonly string[] = FIELD_NAMES): string[] {
  return fields.flatMap((f) => (isSpanField(f) ? [f, `${f}_start`, `${f}_end`] : [f]));
}

/** RFC 4180: a cell with a comma, quote, CR or LF is quoted, quotes doubled. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** As jq's @tsv: backslash, tab, LF and CR are written \\ \t \n \r. */
export function tsvCell(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : String(v);
}

export function rowValues(q: Located, fields: readonly string[] = FIELD_NAMES): string[] {
  const rec = q as unknown as Record<string, unknown>;
  const out: string[] = [];
  for (const f of fields) {
    const v = rec[f];
    if (isSpanField(f)) {
      const s = v as { text: string; start: number; end: number } | null | undefined;
      out.push(cellText(s?.text), cellText(s?.start), cellText(s?.end));
    } else out.push(cellText(v));
  }
  return out;
}

export function delimitedLine(cells: readonly string[], kind: Delimited): string {
  return kind === 'csv' ? cells.map(csvCell).join(',') + '\n' : cells.map(tsvCell).join('\t') + '\n';
}
