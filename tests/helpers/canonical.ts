// The tool's own canonical answer for an input — its `--format jsonl` records —
// and what each other format or flag should show for those records. The CLI
// tests compare against these, so they check the formats, flags and pipes, not
// which quotes the extraction engine finds (tests/tables, the fixtures and the
// accuracy gate do that).
import { expect } from 'vitest';
import { quotes } from './bin.js';

export interface SpanRec {
  text: string;
  start: number;
  end: number;
}

export interface Rec {
  file?: string;
  id?: string;
  quote: string;
  start: number;
  end: number;
  type: 'direct' | 'mixed' | 'indirect';
  speaker: string | null;
  speakerMention: SpanRec | null;
  speakerTitle: string | null;
  cue: SpanRec | null;
  outlet: string | null;
  outletMention: SpanRec | null;
  confidence: number;
  rule: string | null;
  group: number | null;
}

export const parseJsonl = (stdout: string): Rec[] =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Rec);

/** The binary's `--format jsonl` records for these arguments (files and flags); throws when the run reports a problem. */
export function canonical(args: string[], input?: string): Rec[] {
  const r = quotes(['--format', 'jsonl', ...args], input === undefined ? {} : { input });
  if ((r.code !== 0 && r.code !== 1) || r.stderr !== '') throw new Error(`canonical run of ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return parseJsonl(r.stdout);
}

/** How many records have each key (`key(r)`), as a Map in first-seen order. */
export function countBy(recs: readonly Rec[], key: (r: Rec) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of recs) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return m;
}

/** 1-based line and column (UTF-16 units) of an offset, counted here independently of src/output/pretty.ts. */
export function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/**
 * The first line of a `--format pretty` block as README.md describes it:
 * `source:line:column  type  confidence  rule`, the rule left out when the line
 * would be wider than `width`, then `group N` for pieces of one quotation.
 */
export function prettyHead(r: Rec, text: string, width: number): string {
  const parts = [`${r.file ?? r.id}:${position(text, r.start)}`, r.type, r.confidence.toFixed(2)];
  if (r.rule && [...parts, r.rule].join('  ').length + (r.group !== null ? `  group ${r.group}`.length : 0) <= width) parts.push(r.rule);
  if (r.group !== null) parts.push(`group ${r.group}`);
  return parts.join('  ');
}

/** The speaker, cue and outlet rows of a `--format pretty` block (– for none). */
export function prettyRows(r: Rec): string[] {
  const title = r.speakerTitle && r.speaker && !r.speaker.includes(r.speakerTitle) ? `, ${r.speakerTitle}` : '';
  return [`  speaker  ${r.speaker ? r.speaker + title : '(unattributed)'}`, `  cue      ${r.cue?.text ?? '–'}`, `  outlet   ${r.outlet ?? '–'}`];
}

/**
 * Checks the quotation lines of a pretty block for record `r`: opened with “ and
 * closed with ” (no marks for reported speech), continuation lines indented by one more space, the words those
 * of the quote, no line wider than `width`, and greedy (the next line's first
 * word would not have fitted on the line before). Returns a problem or null.
 */
export function prettyBodyProblem(body: readonly string[], r: Rec, width: number): string | null {
  if (!body.length) return 'no quotation line';
  // reported speech (type indirect) is shown without quotation marks
  const marks = r.type !== 'indirect';
  const inner = body.map((l, i) => {
    let s = l;
    if (i === 0 ? !s.startsWith(marks ? '  “' : '   ') || (!marks && s.startsWith('    ')) : !s.startsWith('   ') || s.startsWith('    ')) return null;
    s = s.slice(3);
    if (i === body.length - 1 && marks) {
      if (!s.endsWith('”')) return null;
      s = s.slice(0, -1);
    }
    return s;
  });
  if (inner.some((s) => s === null)) return `bad marks or indentation: ${JSON.stringify(body)}`;
  const words = (inner as string[]).join(' ').split(/\s+/).filter(Boolean);
  if (words.join(' ') !== r.quote.split(/\s+/).filter(Boolean).join(' ')) return `words differ from the quote: ${JSON.stringify(body)}`;
  for (const l of body) if (l.length > width) return `line wider than ${width}: ${l}`;
  // greedy: the next line's first word, with room for a closing mark, would not have fitted
  for (let i = 1; i < body.length; i++) {
    const next = (inner[i] as string).split(' ')[0]!;
    if (body[i - 1]!.length + 1 + next.length + 1 <= width) return `not greedy before "${next}": ${JSON.stringify(body)}`;
  }
  return null;
}

/** The `--stats` lines (without time) README.md documents for these inputs and records. */
export function statsLines(recs: readonly Rec[], inputs: { files: number; documents: number; errors: number }): string[] {
  const n = recs.length;
  const share = (k: number) => `${k}/${n} (${n ? ((100 * k) / n).toFixed(1) + '%' : 'n/a'})`;
  const by = (t: Rec['type']) => recs.filter((r) => r.type === t).length;
  return [
    `files: ${inputs.files}`,
    `documents: ${inputs.documents}`,
    `errors: ${inputs.errors}`,
    `quotations: ${n} (direct ${by('direct')}, mixed ${by('mixed')}, indirect ${by('indirect')})`,
    `attributed: ${share(recs.filter((r) => r.speaker !== null).length)}`,
    `with outlet: ${share(recs.filter((r) => r.outlet !== null).length)}`,
    'threads: 1', // inputs this small never start a worker
  ];
}

/** One `--format pretty` block shows record `r` of `text` at `width` columns: its head line, body and last three rows. */
export function expectPrettyBlock(block: string, r: Rec, text: string, width: number): void {
  const rows = block.split('\n');
  expect(rows[0]).toBe(prettyHead(r, text, width));
  expect(rows.slice(-3)).toEqual(prettyRows(r));
  expect(prettyBodyProblem(rows.slice(1, -3), r, width)).toBeNull();
}
