// Golden fixtures: fixtures/NAME.txt with fixtures/NAME.txt.expected (JSON Lines), made by
// scripts/update-fixtures.mjs and reviewed by a person.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { cli, lines } from './helpers/io.js';

const names = readdirSync('fixtures').filter((n) => n.endsWith('.txt'));

describe('fixtures', () => {
  it.each(names)('%s', async (name) => {
    const text = readFileSync(`fixtures/${name}`, 'utf8');
    const r = await cli([`fixtures/${name}`]);
    const got = lines(r.stdout);
    for (const q of got) expect(text.slice(q.start as number, q.end as number)).toBe(q.quote);
    const expected = lines(readFileSync(`fixtures/${name}.expected`, 'utf8'));
    expect(got).toEqual(expected);
  });
});
