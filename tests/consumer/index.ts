// A TypeScript program that uses the installed package the way a user would.
// tests/package.test.ts compiles it with `tsc --strict` against the types in
// the packed tarball, then runs it. It must not compile if `speaker` were
// typed `any` or `string`: see the @ts-expect-error lines.
import { extractQuotes, extractStream, QuotesError, type Quote, type QuoteType, type StreamQuote } from 'news-quotes';

const quotes: Quote[] = extractQuotes('“The harbour will reopen in May,” Mayor Lena Brandt said on Tuesday.', { outlet: 'Coastal Times' });
const first = quotes[0];
if (!first) throw new Error('no quote found');

// @ts-expect-error speaker is string | null: using it as a string needs a null check
const unchecked: string = first.speaker;
const speaker: string = first.speaker ?? '(unknown)';
const outlet: string | null = first.outlet;

// @ts-expect-error type is a closed union, not any string
const wrongType: QuoteType = 'paraphrase';

const offsetsHold: boolean = quotes.every((q) => typeof q.start === 'number' && q.end > q.start);

async function main(): Promise<void> {
  const records = [
    { id: 'a', text: '“Rates will stay where they are,” said Omar Haddad, the bank governor.' },
    { id: 'b', text: 'Nothing quoted here.' },
    { id: 'c', text: '“We are not worried,” a spokesperson told the Coastal Times.', outlet: null },
  ];
  const streamed: StreamQuote[] = [];
  for await (const q of extractStream(records, { jobs: 1 })) streamed.push(q);

  const problems: string[] = [];
  const bad = [{ id: 'x', text: 42 as unknown as string }];
  for await (const q of extractStream(bad, { onError: (e: QuotesError) => problems.push(e.code) })) streamed.push(q);

  console.log(JSON.stringify({ speaker, outlet, offsetsHold, ids: streamed.map((q) => q.id), problems, unused: [typeof unchecked, wrongType].length }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
