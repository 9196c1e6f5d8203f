// Helpers shared by the acceptance tables: how a row is named and how a
// speaker or outlet name is compared.
import { expect, it } from 'vitest';

/**
 * "the Kremlin", "Kremlin" and "KREMLIN" are the same answer; so are runs of
 * spaces and straight or curly apostrophes.
 */
export function normName(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  return name.replace(/\s+/gu, ' ').trim().replace(/^the\s+/iu, '').replace(/'/gu, '’').toLowerCase();
}

/** A short, unique-enough test name for a row. */
export function rowName(index: number, note: string | undefined, text: string): string {
  const flat = text.replace(/\s+/gu, ' ');
  const head = flat.length > 70 ? `${flat.slice(0, 69)}…` : flat;
  return `#${index + 1} ${note ? `${note}: ` : ''}${head}`;
}

/**
 * Register one row: `it` when the engine handles it, `it.fails` when the row is
 * a known failure — so a known failure that starts passing fails the suite
 * until its `known` flag is removed.
 */
export function row(name: string, known: boolean | undefined, body: () => void): void {
  if (known) it.fails(`[known failure] ${name}`, body);
  else it(name, body);
}

/** The pieces of one quotation marked 'same' in a row share one non-null group id. */
export function expectOneGroup(groups: readonly (number | null)[]): void {
  if (!groups.length) return;
  expect(groups[0], 'a shared group id').not.toBeNull();
  expect(new Set(groups).size, 'one group for all pieces').toBe(1);
}
