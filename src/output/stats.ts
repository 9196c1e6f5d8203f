// --stats: a summary of the run (no line starts 'quotes:', which marks messages), counted over the quotes printed (after
// --type, --min-confidence and --speaker), rendered as `key: value` lines.
import { QUOTE_TYPES, type QuoteType } from '../types.js';
import type { Located } from './jsonl.js';

export class Stats {
  files = 0;
  documents = 0;
  errors = 0;
  quotes = 0;
  attributed = 0;
  withOutlet = 0;
  /** Threads that extracted: this one, and the --jobs workers when they were started. */
  threads = 1;
  readonly byType: Record<QuoteType, number> = { direct: 0, mixed: 0, indirect: 0 };

  add(q: Located): void {
    this.quotes++;
    this.byType[q.type]++;
    if (q.speaker !== null) this.attributed++;
    if (q.outlet !== null) this.withOutlet++;
  }

  render(seconds: number): string {
    const share = (n: number) => `${n}/${this.quotes} (${this.quotes ? ((100 * n) / this.quotes).toFixed(1) + '%' : 'n/a'})`;
    return [
      `files: ${this.files}`,
      `documents: ${this.documents}`,
      `errors: ${this.errors}`,
      `quotations: ${this.quotes} (${QUOTE_TYPES.map((t) => `${t} ${this.byType[t]}`).join(', ')})`,
      `attributed: ${share(this.attributed)}`,
      `with outlet: ${share(this.withOutlet)}`,
      `threads: ${this.threads}`,
      `time: ${seconds.toFixed(2)} s`,
    ]
      .map((l) => l + '\n')
      .join('');
  }
}
