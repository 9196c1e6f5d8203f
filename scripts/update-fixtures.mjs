// Regenerates fixtures/NAME.txt.expected (the JSON Lines output of fixtures/NAME.txt;
// not .jsonl, so that `quotes fixtures/` does not take them for input) from the built CLI. Review the diff
// (git diff fixtures/) before committing: the fixtures are the contract.
import { readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

for (const f of readdirSync('fixtures').filter((n) => n.endsWith('.txt'))) {
  let out = '';
  try {
    out = execFileSync(process.execPath, ['bin/quotes.js', `fixtures/${f}`], { encoding: 'utf8' });
  } catch (e) {
    out = e.stdout ?? '';
  }
  writeFileSync(`fixtures/${f}.expected`, out);
  console.log(`fixtures/${f}: ${out.split('\n').filter(Boolean).length} quotes`);
}
