// Rewords a gold set the way a second article spinner would, with verbs of
// saying that no lexicon of quotes lists (verbalized, expounded, recited, …),
// and moves every offset with the words. Scoring the result measures the
// rules that read a verb by its place ("“…,” X expounded", "X verbalizes she
// …") rather than by a list: what a spinner with an unseen thesaurus leaves.
// The substitutes are kept out of src/lexicon on purpose; a word added there
// should be dropped here for another that no list holds.
//
//   node scripts/reword-unlisted.mjs IN.jsonl OUT.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SUBSTITUTES = {
  said: ['verbalized', 'expounded', 'propounded', 'recited', 'stipulated'],
  says: ['verbalizes', 'expounds', 'recites'],
  told: ['briefed', 'notified'],
  'according to': ['based on', 'in line with', 'as indicated by'],
  added: ['supplemented', 'appended'],
  noted: ['registered', 'spotlighted'],
};
const WORDS = new RegExp(`\\b(${Object.keys(SUBSTITUTES).join('|')})\\b`, 'g');
const OFFSETS = ['start', 'end', 'speaker_start', 'speaker_end', 'cue_start', 'cue_end'];

/** One record reworded: its text, and its quotes with their offsets moved. Deterministic for a given `seed` state. */
export function reword(record, next) {
  const edits = [];
  for (const m of record.text.matchAll(WORDS)) {
    const choices = SUBSTITUTES[m[1]];
    edits.push({ start: m.index, end: m.index + m[0].length, text: choices[next(choices.length)] });
  }
  let text = '';
  let last = 0;
  const shifts = []; // [old offset from which it applies, total shift]
  let shift = 0;
  for (const e of edits) {
    text += record.text.slice(last, e.start) + e.text;
    shift += e.text.length - (e.end - e.start);
    shifts.push([e.end, shift]);
    last = e.end;
  }
  text += record.text.slice(last);
  const move = (p) => {
    let s = 0;
    for (const [at, total] of shifts) {
      if (at > p) break;
      s = total;
    }
    return p + s;
  };
  const quotes = (record.quotes ?? []).map((q) => {
    const moved = { ...q };
    for (const k of OFFSETS) if (typeof q[k] === 'number') moved[k] = move(q[k]);
    moved.text = text.slice(moved.start, moved.end);
    return moved;
  });
  return { ...record, text, quotes };
}

/** Rewords every record of a JSONL file into another. */
export function rewordFile(input, output, seed = 11) {
  let state = seed;
  const next = (n) => {
    state = (state * 16807) % 2147483647;
    return state % n;
  };
  const lines = readFileSync(input, 'utf8').split('\n').filter(Boolean);
  writeFileSync(output, lines.map((l) => JSON.stringify(reword(JSON.parse(l), next))).join('\n') + '\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: node scripts/reword-unlisted.mjs IN.jsonl OUT.jsonl');
    process.exit(2);
  }
  rewordFile(input, output);
}
