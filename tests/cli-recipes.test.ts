// The jq recipes in --help and README.md run as written (with the binary for
// `quotes` and two articles for `*.txt`) and give the expected answers.
// Skipped where jq is not installed.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BIN, has, quotes, sh } from './helpers/bin.js';
import { canonical, countBy, type Rec } from './helpers/canonical.js';
import { writeSamples } from './helpers/samples.js';

const { ferry, smith } = writeSamples('quotes-recipes-');
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
  const records = canonical(files.split(' '));
  const unattributed = records.filter((r) => r.speaker === null);

  /** `sort | uniq -c | sort -rn` output: [count, name] lines, largest first (ties in any order). */
  const ranked = (stdout: string) => {
    const got = stdout.split('\n').filter(Boolean).map((l) => /^\s*(\d+) (.*)$/.exec(l)!);
    expect(got.every(Boolean)).toBe(true);
    const counts = got.map((m) => Number(m[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    return new Map(got.map((m) => [m[2]!, Number(m[1])]));
  };
  const counted = (key: (r: Rec) => string) => countBy(records, key);
  const helpRecipe = (part: string) => help.find((r) => r.includes(part))!;

  it('speakers ranked: one line per speaker with their number of quotes, largest first', () => {
    const want = counted((r) => r.speaker ?? '(unattributed)');
    expect(want.size).toBeGreaterThan(2);
    expect(new Set(want.values()).size).toBeGreaterThan(1); // the ranking has something to order
    const r = sh(concrete(helpRecipe("jq -r '.speaker")));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(ranked(r.stdout)).toEqual(want);
  });

  it('quotes per outlet: one line per outlet with its number of quotes, largest first', () => {
    const want = counted((r) => r.outlet ?? '(none)');
    expect(want.size).toBeGreaterThan(2);
    expect(want.has('(none)')).toBe(true);
    const r = sh(concrete(helpRecipe("jq -r '.outlet")));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(ranked(r.stdout)).toEqual(want);
  });

  it('unattributed quotes: where each is, and nothing else', () => {
    expect(unattributed.length).toBeGreaterThan(0);
    expect(unattributed.length).toBeLessThan(records.length);
    const r = sh(concrete(helpRecipe('select(.speaker == null)')));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(unattributed.map((q) => `${q.file}:${q.start}: ${q.quote}\n`).join(''));
  });

  it('every README recipe runs; the jq -e check fails exactly when a quote is unattributed', () => {
    expect(canonical([smith]).every((q) => q.speaker !== null)).toBe(true);
    for (const recipe of readme) {
      const withUnattributed = sh(concrete(recipe));
      const allAttributed = sh(concrete(recipe, smith));
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
    const grouped = readme.find((r) => r.includes('group_by(.outlet)'))!;
    const counts = JSON.parse(sh(concrete(grouped)).stdout) as { outlet: string; quotes: number }[];
    expect(new Map(counts.map((c) => [c.outlet, c.quotes]))).toEqual(counted((r) => r.outlet ?? '(none)'));
    expect(counts).toHaveLength(counted((r) => r.outlet ?? '(none)').size);
    expect(counts.map((c) => c.quotes)).toEqual([...counts.map((c) => c.quotes)].sort((a, b) => b - a));
  });
});
