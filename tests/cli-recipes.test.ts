// The jq recipes in --help and README.md run as written (with the binary for
// `quotes` and two articles for `*.txt`) and give the expected answers.
// Skipped where jq is not installed.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, has, quotes, sh } from './helpers/bin.js';

const dir = mkdtempSync(join(tmpdir(), 'quotes-recipes-'));
const ferry = join(dir, 'ferry.txt');
writeFileSync(
  ferry,
  'The ferry left Port Ellis at dawn.\n\n“Nobody expected the boats to come back so soon.”\n\nDeputy mayor Tomas Reyes told the Ellis Courier on Monday: “We are ready.”\n',
);
const files = `fixtures/harbour-vote.txt ${ferry}`;
const concrete = (recipe: string, inputs = files) => recipe.replace(/^quotes /, `node ${BIN} `).replace(/\*\.txt/g, inputs);

const recipesIn = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('quotes ') && l.includes('| jq'));

const help = recipesIn(quotes(['--help']).stdout);
const readme = recipesIn(readFileSync('README.md', 'utf8'));

describe.skipIf(!has('jq'))('jq recipes', () => {
  it('--help has the three recipes of the README', () => {
    expect(help).toHaveLength(3);
    for (const r of help) expect(readme).toContain(r);
  });

  // The expected answers are computed from the tool's own JSON output, so
  // these tests check the recipes, not the extraction engine's accuracy.
  const records = files.split(' ').flatMap((f) => quotes([f]).stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { outlet: string | null }));
  const noOutlet = records.filter((r) => r.outlet === null).length;

  it.each([
    ['speakers ranked', 0, ['4 Dmitri Vasquez', '3 Margaret Okonkwo', '2 Aisha Rahman']],
    ['quotes per outlet', 1, [`${noOutlet} (none)`]],
    ['unattributed quotes', 2, ['ferry.txt:37: Nobody expected the boats to come back so soon.']],
  ] as const)('%s', (_what, k, firstLines) => {
    const r = sh(concrete(help[k]!));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const got = r.stdout.split('\n').map((l) => l.trim());
    expect(got.slice(0, firstLines.length)).toEqual(firstLines);
  });

  it('every README recipe runs; the jq -e check fails exactly when a quote is unattributed', () => {
    for (const recipe of readme) {
      const withUnattributed = sh(concrete(recipe));
      const allAttributed = sh(concrete(recipe, 'fixtures/harbour-vote.txt'));
      expect(withUnattributed.stderr).toBe('');
      if (recipe.includes('jq -se')) {
        expect(withUnattributed.code).toBe(1);
        expect(allAttributed.code).toBe(0);
      } else {
        expect(withUnattributed.code).toBe(0);
        expect(withUnattributed.stdout).not.toBe('');
      }
    }
  });

  it('the grouped outlet count is JSON, largest first', () => {
    const recipe = readme.find((r) => r.includes('group_by(.outlet)'))!;
    const counts = JSON.parse(sh(concrete(recipe)).stdout) as { outlet: string; quotes: number }[];
    expect(counts.find((c) => c.outlet === '(none)')).toEqual({ outlet: '(none)', quotes: noOutlet });
    expect(counts.map((c) => c.quotes)).toEqual([...counts.map((c) => c.quotes)].sort((a, b) => b - a));
    expect(counts.map((c) => c.quotes).reduce((a, b) => a + b)).toBe(records.length);
  });
});
