// Adversarial inputs for the benchmark: text shapes that make naive scanners
// quadratic or deep-recursive, each about `size` characters, plus ordinary
// prose of the same size as the baseline to compare against.
//
//   import { adversarialInputs, jsonlStream } from './scripts/adversarial.mjs'
//   node scripts/adversarial.mjs [dir]          write the inputs (default .bench/adversarial)
//   node scripts/adversarial.mjs [dir] --time   also time `node bin/quotes.js` on each, once
//                                              (--all: the known-slow ones too; --jsonl: also a 30 MB stream)
//
// Deterministic: the same size gives the same bytes on every run.
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** A small deterministic PRNG (mulberry32), so the inputs never change. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Invented names and sentences (no corpus text): the shapes of news prose.
const FIRST = ['Margaret', 'Tomas', 'Aisha', 'Peter', 'Ines', 'Kwame', 'Lena', 'Ravi', 'Sofia', 'Daniel'];
const LAST = ['Okonkwo', 'Reyes', 'Rahman', 'Hale', 'Lindqvist', 'Mensah', 'Duarte', 'Iyer', 'Novak', 'Brennan'];
const SAID = ['said', 'told reporters', 'added', 'said on Tuesday', 'told the Gazette'];
const CLAIMS = [
  'We have waited long enough for this',
  'The numbers simply do not add up',
  'Nobody on this island should have to wait two hours for a boat',
  'I respect the vote, but I will keep asking questions',
  'This is money we do not have',
  'The board will look at every option before it decides',
];
const PLAIN = [
  'The council voted seven to two on Tuesday to fund a second ferry.',
  'The plan now goes to the regional transport board, which meets in March.',
  'Opponents said the cost, estimated at 4.2 million pounds, was too high.',
  'Ticket prices have risen by a third since the service was privatised in 2019.',
  'The harbour master said the new pier would be finished by the end of 2027.',
];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

/** One paragraph of ordinary news prose with a quotation or two. */
function paragraph(r) {
  const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const parts = [pick(r, PLAIN)];
  const shape = Math.floor(r() * 4);
  if (shape === 0) parts.push(`“${pick(r, CLAIMS)},” ${name} ${pick(r, SAID)}.`);
  else if (shape === 1) parts.push(`${name} ${pick(r, SAID)}: “${pick(r, CLAIMS)}.”`);
  else if (shape === 2) parts.push(`“${pick(r, CLAIMS)},” ${name} said. “${pick(r, CLAIMS)}.”`);
  else parts.push(`${name} called the decision “long overdue” and ${pick(r, PLAIN).toLowerCase()}`);
  return parts.join(' ');
}

function prose(size, r, sep) {
  const out = [];
  let n = 0;
  while (n < size) {
    const p = paragraph(r);
    out.push(p);
    n += p.length + sep.length;
  }
  return out.join(sep);
}

const TITLES = [
  ['Mayor', 'the mayor'],
  ['Harbour master', 'the harbour master'],
  ['Councillor', 'the councillor'],
  ['Spokeswoman', 'the spokeswoman'],
  ['Minister', 'the minister'],
];

/** Paragraphs that each name a person with a title and an age, then give them a quotation and clauses by that title or age alone. */
function titledArticle(size, r) {
  const out = [];
  let n = 0;
  while (n < size) {
    const [title, role] = pick(r, TITLES);
    const age = 25 + Math.floor(r() * 50);
    const p = `${title} ${pick(r, FIRST)} ${pick(r, LAST)}, ${age}, said the ferry would run again in March. “${pick(r, CLAIMS)},” ${role} said. “${pick(r, CLAIMS)},” the ${age}-year-old added.`;
    out.push(p);
    n += p.length + 1;
  }
  return out.join('\n') + '\n';
}

/** Deep nesting: alternating “ and ‘ opened `depth` times, then closed, as one paragraph. */
function nested(depth) {
  const open = [];
  const close = [];
  for (let d = 0; d < depth; d++) {
    open.push(d % 2 ? '‘w' : '“w');
    close.push(d % 2 ? 'w’' : 'w”');
  }
  return `Kwame Mensah said ${open.join(' ')} ${close.reverse().join(' ')} and left.`;
}

/**
 * The adversarial inputs, each about `size` characters of text. An item with
 * `known` set is one the engine is known to be slow on (the reason is given).
 * @returns {{name: string, ext: string, text: string, known?: string}[]}
 */
export function adversarialInputs(size = 1_000_000) {
  const items = [];
  // the baseline: short paragraphs of ordinary prose
  items.push({ name: 'prose', ext: 'txt', text: prose(size, rng(1), '\n') + '\n' });
  // the same prose with no line break at all: one paragraph of `size` characters
  items.push({ name: 'long-line', ext: 'txt', text: prose(size, rng(1), ' ') + '\n' });
  // 300k opening marks that never close, on one line, between words
  const marks = Math.round((size / 1_000_000) * 300_000);
  items.push({ name: 'unbalanced-quotes', ext: 'txt', text: 'Ravi Iyer said ' + '“a '.repeat(marks) + 'and left.\n' });
  // closing marks only: every one looks for an opener that is not there
  items.push({ name: 'unbalanced-closers', ext: 'txt', text: 'Ravi Iyer said ' + 'a” '.repeat(marks) + 'and left.\n' });
  // thousands of quotations in one sentence (no full stop anywhere): each quote's
  // outlet search once covered the whole sentence (quadratic; bounded since)
  items.push({ name: 'quotes-one-sentence', ext: 'txt', text: 'Jane Smith listed ' + '“yes” and '.repeat(Math.round(size / 10)) + 'more\n' });
  // a dialogue run together on one line: tens of thousands of attributed quotations, each of which once
  // searched back over the whole line for its start (quadratic; an index of line breaks since)
  items.push({ name: 'dialogue-one-line', ext: 'txt', text: '“Yes,” said Tom Berg. '.repeat(Math.round(size / 22)) + '\n' });
  // a hard-wrapped book whose one paragraph has tens of thousands of lines of dialogue: each quotation once
  // walked back over every line to the paragraph's start (quadratic; an index of paragraph breaks since)
  const lines = Array.from({ length: Math.round(size / 40) }, (_, i) => (i % 2 ? '“Yes,” said Tom Berg, and he went on' : 'to the door. “No,” said Ann Ruiz then.'));
  items.push({ name: 'wrapped-dialogue-paragraph', ext: 'txt', text: 'Ferry Vote\n\n' + lines.join('\n') + '\n\nThe end.\n' });
  // a sentence of nothing but one-letter fragments between dashes: each fragment's sentence was once
  // tokenized from its start (quadratic: 28 KB took 34 s; tokenized once since)
  items.push({ name: 'fragments-one-sentence', ext: 'txt', text: '— “a” — “b” '.repeat(Math.round(size / 12)) + '\n' });
  // one quotation of `size` characters full of outlet triggers ("to", "on", "by"):
  // once quadratic (the alias lookup searched to the end of the window); the
  // lookup is sticky now, so it runs at full size like the others
  items.push({
    name: 'quote-full-of-triggers',
    ext: 'txt',
    text: 'Jane Smith said: “' + 'we went to the shop on foot '.repeat(Math.round(size / 28)) + '”\n',
  });
  // one long article whose people recur with their titles and ages and are taken up by them ("Mayor Ines
  // Duarte, 45, said … the mayor said … the 45-year-old added"): each such look-up once read back over every
  // name the text had given so far, and each person kept a copy of a title per mention (a minute for 1 MB;
  // the look-up reads person by person since)
  items.push({ name: 'recurring-titles', ext: 'txt', text: titledArticle(size, rng(3)) });
  // 10,000 levels of nested quotation, repeated as paragraphs up to `size`
  const nest = nested(10_000);
  items.push({ name: 'deep-nesting', ext: 'txt', text: Array.from({ length: Math.max(1, Math.round(size / nest.length)) }, () => nest).join('\n') + '\n' });
  // HTML: 10,000 nested <div>s around the article, padded with prose paragraphs
  const body = prose(size - 120_000, rng(2), '\n')
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  items.push({
    name: 'html-deep-nesting',
    ext: 'html',
    text: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:site_name" content="The Gazette"><title>Ferry vote</title></head><body>${'<div>'.repeat(10_000)}<article>${body}</article>${'</div>'.repeat(10_000)}</body></html>\n`,
  });
  return items;
}

/** Write a JSON Lines stream of about `bytes` bytes of prose records to `path`. */
export async function jsonlStream(path, bytes = 30_000_000) {
  const r = rng(3);
  const out = createWriteStream(path);
  let n = 0;
  for (let id = 1; n < bytes; id++) {
    const text = Array.from({ length: 8 }, () => paragraph(r)).join('\n');
    const line = JSON.stringify({ id: `doc-${id}`, text, outlet: 'The Gazette' }) + '\n';
    n += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function time(file) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['bin/quotes.js', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const quotes = r.stdout ? r.stdout.split('\n').filter(Boolean).length : 0;
  return { ms, status: r.status, quotes, stderr: r.stderr.trim().split('\n')[0] ?? '' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? join('.bench', 'adversarial');
  mkdirSync(dir, { recursive: true });
  const rows = [];
  for (const item of adversarialInputs()) {
    const file = join(dir, `${item.name}.${item.ext}`);
    writeFileSync(file, item.text);
    rows.push({ item, file });
  }
  const jsonl = join(dir, 'stream.jsonl');
  if (args.includes('--jsonl')) await jsonlStream(jsonl);
  console.log(`wrote ${rows.length} inputs to ${dir}${args.includes('--jsonl') ? ` and ${jsonl}` : ''}`);
  if (args.includes('--time')) {
    let base = null;
    for (const { item, file } of rows) {
      if (item.known && !args.includes('--all')) {
        console.log(`${item.name.padEnd(22)} skipped (${item.known}; --all to time it)`);
        continue;
      }
      const t = time(file);
      base ??= t.ms;
      console.log(`${item.name.padEnd(22)} ${(item.text.length / 1e6).toFixed(2)} M chars  ${t.ms.toFixed(0).padStart(6)} ms  ${(t.ms / base).toFixed(1).padStart(5)}×  exit ${t.status}  ${t.quotes} quotes  ${t.stderr}`);
    }
  }
}
