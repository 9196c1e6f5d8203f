// Two small articles written for the CLI tests, in a fresh temporary folder:
// one with a quotation nobody is named for, one plainly attributed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from './scratch.js';

export interface Samples {
  dir: string;
  /** "The ferry left Port Ellis …": one unattributed quotation, one attributed. */
  ferry: string;
  /** "“The pier will reopen in May,” Jane Smith said." */
  smith: string;
}

export function writeSamples(prefix: string): Samples {
  const dir = scratchDir(prefix);
  const ferry = join(dir, 'ferry.txt');
  writeFileSync(
    ferry,
    'The ferry left Port Ellis at dawn.\n\n“Nobody expected the boats to come back so soon.”\n\nDeputy mayor Tomas Reyes told the Ellis Courier on Monday: “We are ready.”\n',
  );
  const smith = join(dir, 'smith.txt');
  writeFileSync(smith, '“The pier will reopen in May,” Jane Smith said.\n');
  return { dir, ferry, smith };
}
