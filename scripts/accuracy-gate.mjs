// Accuracy gate for CI: scores the built CLI on the gold sets in ../shared and
// fails when a figure falls below its floor in accuracy-floors.json. Raise a
// floor when you raise the figure; never lower one to make CI pass.
import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rewordFile } from './reword-unlisted.mjs';

const shared = process.env.QUOTES_SHARED ?? '../shared';
const score = `${shared}/eval/score.mjs`;
if (!existsSync(score)) {
  console.log(`accuracy gate: ${score} not found, skipped`);
  process.exit(0);
}
const floors = JSON.parse(readFileSync('accuracy-floors.json', 'utf8'));
const pick = (obj, path) => path.split('.').reduce((o, k) => o?.[k], obj);
let failed = 0;
// a set with "reword": the gold set reworded with verbs no lexicon lists (scripts/reword-unlisted.mjs),
// made here once per gold set (two views of one set read the same file)
const work = mkdtempSync(join(tmpdir(), 'quotes-gate-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
for (const [name, spec] of Object.entries(floors.sets)) {
  let gold = `${shared}/${spec.gold}`;
  if (spec.reword) {
    const out = join(work, spec.gold.replace(/[^\w.-]/g, '_'));
    if (!existsSync(out)) rewordFile(gold, out);
    gold = out;
  }
  const args = [score, '--gold', gold, '--view', spec.view, '--cmd', 'node bin/quotes.js --input-format jsonl', '--json'];
  const summary = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 }));
  for (const [metric, floor] of Object.entries(spec.floors)) {
    const value = pick(summary, metric);
    const ok = typeof value === 'number' && value >= floor;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(22)} ${metric.padEnd(22)} ${String(value).padEnd(8)} floor ${floor}`);
  }
}
console.log(failed ? `accuracy gate: ${failed} figure(s) below floor` : 'accuracy gate: all figures at or above their floors');
process.exit(failed ? 1 : 0);
