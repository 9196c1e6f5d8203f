import { describe, expect, it } from 'vitest';
import { lineColumn, lineStarts, PrettyFormatter, wrap } from '../src/output/pretty.js';
import type { Located } from '../src/output/jsonl.js';

const text = 'Title line\n\n“We will win,” Jane Smith told the Daily Planet.\nNext.';
const rec: Located = {
  file: 'a.txt',
  quote: 'We will win,',
  start: 13,
  end: 25,
  type: 'direct',
  speaker: 'Jane Smith',
  speakerMention: { text: 'Jane Smith', start: 27, end: 37 },
  speakerTitle: 'Mayor',
  cue: { text: 'told', start: 38, end: 42 },
  outlet: 'Daily Planet',
  outletMention: { text: 'Daily Planet', start: 47, end: 59 },
  confidence: 0.95,
  rule: 'quote-subject-cue',
  group: null,
};

describe('pretty', () => {
  it.each([
    [0, 1, 1],
    [9, 1, 10],
    [10, 1, 11],
    [11, 2, 1],
    [13, 3, 2],
    [text.length, 4, 6],
  ])('offset %d is line %d column %d', (offset, line, column) => expect(lineColumn(lineStarts(text), offset)).toEqual({ line, column }));

  it('wraps words greedily to the width', () => {
    expect(wrap('the cat sat on the mat'.split(' '), 7)).toEqual(['the cat', 'sat on', 'the mat']);
    expect(wrap(['supercalifragilistic', 'x'], 5)).toEqual(['supercalifragilistic', 'x']);
    expect(wrap([], 10)).toEqual(['']);
  });

  it('lays out position, quote, speaker with title, cue and outlet, without colour at level 0', () => {
    const out = new PrettyFormatter({ level: 0, width: 80 }).format(rec, text);
    expect(out).toBe(
      ['a.txt:3:2  direct  0.95  quote-subject-cue', '  “We will win,”', '  speaker  Jane Smith, Mayor', '  cue      told', '  outlet   Daily Planet', ''].join('\n'),
    );
    expect(out).not.toMatch(/\x1b\[/);
  });

  it('marks unattributed quotes and missing parts, separates blocks, and uses @offset without the text', () => {
    const p = new PrettyFormatter({ level: 0, width: 80 });
    p.format(rec, text);
    const second = p.format({ ...rec, id: 'doc-1', file: undefined, speaker: null, speakerTitle: null, cue: null, outlet: null, rule: null, group: 2, confidence: 0.3 });
    expect(second).toBe(['', 'doc-1:@13  direct  0.30  group 2', '  “We will win,”', '  speaker  (unattributed)', '  cue      –', '  outlet   –', ''].join('\n'));
  });

  it('wraps a long quotation inside the width', () => {
    const long = { ...rec, quote: 'The numbers simply do not add up, and the residents of the east shore will pay for it in higher fares.' };
    const lines = new PrettyFormatter({ level: 0, width: 40 }).format(long).split('\n');
    const body = lines.filter((l) => l.startsWith('  “') || l.startsWith('   '));
    expect(body.length).toBeGreaterThan(2);
    for (const l of body) expect(l.length).toBeLessThanOrEqual(40);
    expect(body.map((l) => l.slice(3).replace('”', '')).join(' ')).toBe(long.quote);
  });

  it('colours with ANSI escapes at level 1 and keeps the same text', () => {
    const out = new PrettyFormatter({ level: 1, width: 80 }).format(rec, text);
    expect(out).toMatch(/\x1b\[\d+m/);
    expect(out.replace(/\x1b\[\d+m/g, '')).toBe(new PrettyFormatter({ level: 0, width: 80 }).format(rec, text));
  });
});

describe('pretty on a narrow terminal', () => {
  it('leaves the rule id out of the first line when it would not fit', () => {
    const wide = new PrettyFormatter({ level: 0, width: 60 }).format({ ...rec, rule: 'continuation:quote-subject-cue' }, text);
    expect(wide.split('\n')[0]).toBe('a.txt:3:2  direct  0.95  continuation:quote-subject-cue');
    const narrow = new PrettyFormatter({ level: 0, width: 40 }).format({ ...rec, rule: 'continuation:quote-subject-cue', group: 3 }, text);
    expect(narrow.split('\n')[0]).toBe('a.txt:3:2  direct  0.95  group 3');
  });
});
