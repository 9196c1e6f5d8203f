// Regenerates fixtures/*.expected.jsonl from the built CLI. Review the diff
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
  writeFileSync(`fixtures/${f.replace(/\.txt$/, '.expected.jsonl')}`, out);
  console.log(`fixtures/${f}: ${out.split('\n').filter(Boolean).length} quotes`);
}
