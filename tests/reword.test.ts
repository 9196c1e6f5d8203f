// scripts/reword-unlisted.mjs rewords a gold set with verbs of saying that no
// lexicon lists, for the accuracy gate: every offset must move with the words.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './helpers/scratch.js';

const dir = scratchDir('quotes-reword-');

interface GoldQuote { start: number; end: number; text: string; cue: string; cue_start: number; cue_end: number; speaker_start: number; speaker_end: number }
interface GoldRecord { id: string; text: string; quotes: GoldQuote[] }

function reword(records: GoldRecord[]): GoldRecord[] {
  const input = join(dir, 'in.jsonl');
  const output = join(dir, 'out.jsonl');
  writeFileSync(input, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  execFileSync(process.execPath, ['scripts/reword-unlisted.mjs', input, output]);
  return readFileSync(output, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldRecord);
}

/** A gold record for `text`, its one quote the words in marks after the cue. */
function record(text: string, cue: string, speaker: string, quote: string): GoldRecord {
  const start = text.indexOf(quote);
  const cueStart = text.indexOf(cue);
  const speakerStart = text.indexOf(speaker);
  return { id: 'r', text, quotes: [{ start, end: start + quote.length, text: quote, cue, cue_start: cueStart, cue_end: cueStart + cue.length, speaker_start: speakerStart, speaker_end: speakerStart + speaker.length }] };
}

describe('reword-unlisted', () => {
  it('replaces the verbs of saying and moves every offset with them', () => {
    const text = 'The mayor said on Monday, according to aides, that “the ferry will run,” and she told reporters it was “a start.”';
    const [out] = reword([record(text, 'told', 'she', 'a start.')]);
    const q = out!.quotes[0]!;
    expect(out!.text).not.toMatch(/\b(said|told|according to)\b/);
    expect(out!.text.slice(q.start, q.end)).toBe('a start.');
    expect(q.text).toBe('a start.');
    expect(out!.text.slice(q.speaker_start, q.speaker_end)).toBe('she');
    expect(['briefed', 'notified']).toContain(out!.text.slice(q.cue_start, q.cue_end));
  });

  it('leaves a text without those verbs as it was, and is the same on every run', () => {
    const plain = record('Nobody spoke: “quiet.”', 'spoke', 'Nobody', 'quiet.');
    const said = record('She said “yes” and he said “no.”', 'said', 'he', 'no.');
    const first = reword([plain, said]);
    expect(first[0]).toEqual(plain);
    expect(reword([plain, said])).toEqual(first);
  });
});
