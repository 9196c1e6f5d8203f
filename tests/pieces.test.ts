// A text too long to extract at once is read in pieces (src/run/pieces.ts):
// where the pieces start, how their quotes go back into the whole text, and
// the CLI reading a file that way (QUOTES_PIECE_CHARS makes a small file long).
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inWhole, pieceStarts, PIECE_CHARS, SPLIT_CHARS } from '../src/run/pieces.js';
import { WORKER_DOC_CHARS } from '../src/run/jobs.js';
import type { Quote } from '../src/types.js';
import { cli, lines } from './helpers/io.js';
import { scratchDir } from './helpers/scratch.js';

/** The pieces of `text` as strings. */
const piecesOf = (text: string, max: number): string[] => {
  const s = pieceStarts(text, max);
  return s.map((a, k) => text.slice(a, s[k + 1] ?? text.length));
};

describe('pieceStarts', () => {
  const cases: { note: string; text: string; max: number; pieces: string[] }[] = [
    { note: 'a text no longer than a piece is one piece', text: 'One.\n\nTwo.', max: 20, pieces: ['One.\n\nTwo.'] },
    {
      note: 'a piece ends at the last blank line in its second half',
      text: 'The ferry ran.\n\nThe bus ran.\n\nThe train did not.',
      max: 32,
      pieces: ['The ferry ran.\n\nThe bus ran.\n\n', 'The train did not.'],
    },
    {
      note: 'not before a paragraph that opens with a quotation mark (a quotation may go on there)',
      text: 'The ferry ran late today.\n\nThe bus ran.\n\n“And the train,” she said.',
      max: 48,
      pieces: ['The ferry ran late today.\n\n', 'The bus ran.\n\n“And the train,” she said.'],
    },
    {
      note: 'a blank line of spaces and carriage returns is a blank line',
      text: 'The ferry ran late.\r\n \r\nThe bus ran.',
      max: 28,
      pieces: ['The ferry ran late.\r\n \r\n', 'The bus ran.'],
    },
    {
      note: 'with no blank line there, at a line break',
      text: 'The ferry ran late.\nThe bus ran on time.\nThe train did not.',
      max: 45,
      pieces: ['The ferry ran late.\nThe bus ran on time.\n', 'The train did not.'],
    },
    {
      note: 'with no line break there, after a sentence',
      text: 'The ferry ran late again today. The bus ran on time and the tram too',
      max: 40,
      pieces: ['The ferry ran late again today. ', 'The bus ran on time and the tram too'],
    },
    {
      note: 'with no sentence end there, after a space',
      text: 'the ferry and the bus and the train and the tram',
      max: 20,
      pieces: ['the ferry and the ', 'bus and the train ', 'and the tram'],
    },
    { note: 'with no space there, cut at the most a piece holds', text: 'abcdefghij', max: 4, pieces: ['abcd', 'efgh', 'ij'] },
    { note: 'but not inside a surrogate pair', text: 'ab😀cd😀ef', max: 3, pieces: ['ab', '😀c', 'd😀', 'ef'] },
  ];
  for (const c of cases) {
    it(c.note, () => {
      expect(piecesOf(c.text, c.max)).toEqual(c.pieces);
    });
  }

  it('covers the text with pieces of at most `max` characters, for any text', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const parts = ['word ', 'Word. ', '\n', '\n\n', ' \n \n', '“Yes,” ', '😀', 'x'];
    for (let n = 0; n < 200; n++) {
      let text = '';
      const len = Math.floor(rand() * 400);
      while (text.length < len) text += parts[Math.floor(rand() * parts.length)];
      const max = 2 + Math.floor(rand() * 60);
      const starts = pieceStarts(text, max);
      expect(starts[0]).toBe(0);
      const ends = [...starts.slice(1), text.length];
      starts.forEach((a, k) => {
        expect(ends[k]! > a || text.length === 0).toBe(true);
        expect(ends[k]! - a).toBeLessThanOrEqual(max);
      });
      expect(piecesOf(text, max).join('')).toBe(text);
    }
  });
});

describe('the sizes', () => {
  it('a text is split only when longer than any novel, into pieces that --jobs workers take', () => {
    expect(SPLIT_CHARS).toBeGreaterThan(PIECE_CHARS);
    expect(PIECE_CHARS).toBeLessThan(WORKER_DOC_CHARS);
  });
});

describe('inWhole', () => {
  const q: Quote = {
    quote: 'Yes',
    start: 1,
    end: 4,
    type: 'direct',
    speaker: 'Ann Ruiz',
    speakerMention: { text: 'Ann Ruiz', start: 12, end: 20 },
    speakerTitle: null,
    cue: { text: 'said', start: 7, end: 11 },
    outlet: null,
    outletMention: null,
    confidence: 0.9,
    rule: 'quote-cue-subject',
    group: 2,
  };
  it('moves every offset by where the piece starts and the group id past the pieces before', () => {
    expect(inWhole(q, 100, 5)).toEqual({ ...q, start: 101, end: 104, speakerMention: { text: 'Ann Ruiz', start: 112, end: 120 }, cue: { text: 'said', start: 107, end: 111 }, group: 7 });
  });
  it('leaves no group as none', () => {
    expect(inWhole({ ...q, group: null }, 100, 5).group).toBeNull();
  });
});

describe('the CLI on a text read in pieces', () => {
  const dir = scratchDir('quotes-pieces-');
  // the fixtures/jobs articles, each a few paragraphs, one after the other: a text of many paragraphs
  const names = ['council-budget.txt', 'ferry-strike.txt', 'hospital-wait.txt', 'transfer-window.txt', 'vineyard-frost.txt'];
  const text = names.map((n) => readFileSync(join('fixtures/jobs', n), 'utf8').trim()).join('\n\n') + '\n';
  const file = join(dir, 'long.txt');
  writeFileSync(file, text);

  it('prints the quotes of the whole text, with offsets into the whole text and group ids of their own', async () => {
    const whole = await cli([file, '--jobs', '1']);
    const pieced = await cli([file, '--jobs', '1'], null, { QUOTES_PIECE_CHARS: '600' });
    expect(pieced.code).toBe(0);
    expect(pieced.stderr).toBe('');
    const a = lines(whole.stdout) as unknown as Quote[];
    const b = lines(pieced.stdout) as unknown as Quote[];
    expect(pieceStarts(text, 600).length).toBeGreaterThan(4);
    // (each article is whole in some piece: the same quotations, from the same places)
    expect(b.map((q) => [q.start, q.end, q.quote])).toEqual(a.map((q) => [q.start, q.end, q.quote]));
    for (const q of b) {
      expect(text.slice(q.start, q.end)).toBe(q.quote);
      for (const s of [q.speakerMention, q.cue, q.outletMention]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    // a group id is one quotation's pieces, never two quotations of two pieces
    const groups = new Map<number, number[]>();
    for (const q of b) if (q.group !== null) groups.set(q.group, [...(groups.get(q.group) ?? []), q.start]);
    expect(groups.size).toBe(new Set(a.filter((q) => q.group !== null).map((q) => q.group)).size);
    for (const starts of groups.values()) expect(Math.max(...starts) - Math.min(...starts)).toBeLessThan(600);
  });

  it('counts a text read in pieces as one document (--stats)', async () => {
    const r = await cli([file, '--stats', '--jobs', '1'], null, { QUOTES_PIECE_CHARS: '600' });
    expect(r.stderr).toMatch(/^files: 1\ndocuments: 1\n/m);
  });

  it('reads each piece apart: a surname alone is not taken for the fuller name a piece before gave', async () => {
    const two = join(dir, 'two.txt');
    writeFileSync(two, 'Harbour master Dana Okafor opened the hearing on Monday.\n\nThe ferry was late again.\n\n“We will publish the figures,” Okafor said.\n');
    const whole = lines((await cli([two])).stdout);
    const pieced = lines((await cli([two], null, { QUOTES_PIECE_CHARS: '70' })).stdout);
    expect(whole.map((q) => q.speaker)).toEqual(['Dana Okafor']);
    expect(pieced.map((q) => q.quote)).toEqual(whole.map((q) => q.quote));
    expect(pieced[0]!.speaker).not.toBe('Dana Okafor');
  });

  it.each(['0', 'many', '-5'])('rejects QUOTES_PIECE_CHARS=%s with exit 2 and one line', async (v) => {
    const r = await cli([file], null, { QUOTES_PIECE_CHARS: v });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`quotes: QUOTES_PIECE_CHARS: expected a whole number of characters from 1, got '${v}'\n`);
  });
});
