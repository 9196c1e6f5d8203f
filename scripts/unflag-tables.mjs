// Removes `known: true` from table rows that now pass (run after an engine
// change; review the diff). Usage: node scripts/unflag-tables.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

let out = '';
try {
  out = execFileSync('npx', ['vitest', 'run', 'tests/tables', '--reporter=json'], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] });
} catch (e) {
  out = e.stdout;
}
const report = JSON.parse(out);
for (const file of report.testResults) {
  const flipped = file.assertionResults
    .filter((a) => a.status === 'failed' && a.title.startsWith('[known failure] #'))
    .map((a) => Number(/#(\d+)/.exec(a.title)[1]));
  if (!flipped.length) continue;
  const data = file.name.replace(/\.test\.ts$/, '.ts');
  const lines = readFileSync(data, 'utf8').split('\n');
  // rows are top-level objects of the exported array: count `  {` openers
  let row = 0;
  let inFlipped = false;
  for (let i = 0; i < lines.length; i++) {
    if (/^  \{/.test(lines[i])) {
      row++;
      inFlipped = flipped.includes(row);
    }
    if (inFlipped && /^\s+known: true,\s*$/.test(lines[i])) {
      lines.splice(i, 1);
      i--;
    }
  }
  writeFileSync(data, lines.join('\n'));
  console.log(`${data}: unflagged rows ${flipped.join(', ')}`);
}
