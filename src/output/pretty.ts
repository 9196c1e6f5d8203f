// --format pretty: for reading in a terminal. One block per quote:
//
//   harbour-vote.txt:5:2  direct  0.95  quote-subject-cue
//     “We have waited long enough for this,”
//     speaker  Margaret Okonkwo
//     cue      said
//     outlet   –
//
// The position is line:column (1-based, in UTF-16 units) when the document's
// text is at hand, else @offset. The quotation is wrapped to the width given,
// and the rule id left out of the first line when that line would not fit.
// Colour comes from a chalk instance with an explicit level (see color.ts).
import { Chalk, type ChalkInstance } from 'chalk';
import type { ColorLevel } from './color.js';
import type { Located } from './jsonl.js';

export interface PrettyOptions {
  level: ColorLevel;
  /** Columns to wrap the quotation to. */
  width: number;
}

/** 1-based line and column of an offset, from a sorted list of line starts. */
export function lineColumn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Greedy word wrap; a word longer than the width gets a line of its own. */
export function wrap(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur || !lines.length) lines.push(cur);
  return lines;
}

export class PrettyFormatter {
  private readonly c: ChalkInstance;
  private readonly width: number;
  private lastText: string | undefined;
  private starts: number[] = [];
  private first = true;

  constructor(opts: PrettyOptions) {
    this.c = new Chalk({ level: opts.level });
    this.width = Math.max(20, opts.width);
  }

  format(q: Located, text?: string): string {
    const c = this.c;
    let where: string;
    if (text !== undefined) {
      if (text !== this.lastText) {
        this.lastText = text;
        this.starts = lineStarts(text);
      }
      const { line, column } = lineColumn(this.starts, q.start);
      where = `${line}:${column}`;
    } else where = `@${q.start}`;
    const source = q.file ?? q.id ?? '';
    const conf = q.confidence.toFixed(2);
    const confColored = q.confidence >= 0.8 ? c.green(conf) : q.confidence >= 0.5 ? c.yellow(conf) : c.red(conf);
    // [plain, coloured] parts; the rule id is left out when the line would not fit
    const parts: [string, string][] = [
      [`${source}:${where}`, `${c.magenta(source)}${c.dim(':' + where)}`],
      [q.type, c.cyan(q.type)],
      [conf, confColored],
      ...(q.group !== null ? [[`group ${q.group}`, c.dim(`group ${q.group}`)] as [string, string]] : []),
    ];
    if (q.rule) {
      const plainLength = parts.reduce((n, [p]) => n + p.length + 2, 0) + q.rule.length;
      if (plainLength <= this.width) parts.splice(3, 0, [q.rule, c.dim(q.rule)]);
    }
    const head = parts.map(([, coloured]) => coloured).join('  ');

    const words = q.quote.split(/\s+/).filter(Boolean);
    const body = wrap(words, this.width - 4).map((l, i, all) => {
      // reported speech is not the speaker's words: it is shown without quotation marks
      const marks = q.type !== 'indirect';
      const open = i === 0 && marks ? '“' : ' ';
      const close = i === all.length - 1 && marks ? '”' : '';
      return `  ${open}${c.bold(l)}${close}`;
    });

    const none = c.dim('–');
    const speaker = q.speaker
      ? c.bold.blue(q.speaker) + (q.speakerTitle && !q.speaker.includes(q.speakerTitle) ? c.dim(', ' + q.speakerTitle) : '')
      : c.red('(unattributed)');
    const rows = [
      `  ${c.dim('speaker')}  ${speaker}`,
      `  ${c.dim('cue')}      ${q.cue ? c.yellow(q.cue.text) : none}`,
      `  ${c.dim('outlet')}   ${q.outlet ? c.green(q.outlet) : none}`,
    ];
    const sep = this.first ? '' : '\n';
    this.first = false;
    return sep + [head, ...body, ...rows].join('\n') + '\n';
  }
}
