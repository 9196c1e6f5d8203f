// The output and selection flags, declared once as data for commander (which
// generates --help from them), and read back into an OutputConfig. A bad value
// is a one-line commander error (exit 2).
import { InvalidArgumentError, Option, type Command } from 'commander';
import { COLOR_MODES, type ColorMode } from './color.js';
import { parseFieldList } from './fields.js';
import { FORMATS, type Format } from './format.js';
import { parseConfidence } from './select.js';

export const FAIL_ON = ['unattributed'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface OutputConfig {
  format: Format;
  fields?: string[];
  minConfidence?: number;
  speakers: string[];
  failOn: FailOn[];
  stats: boolean;
  color: ColorMode;
  progress: boolean;
  schema: boolean;
}

const OUTPUT = 'Output:';
const SELECTION = 'Selection:';
const CHECKS = 'Checks (for CI):';

/** Wrap a parser so that its Error becomes commander's "argument … is invalid. <message>". */
function parsed<T>(parse: (v: string) => T): (v: string) => T {
  return (v) => {
    try {
      return parse(v);
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
  };
}

export function declareOutputOptions(program: Command): Command {
  return program
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('jsonl').helpGroup(OUTPUT))
    .addOption(new Option('--fields <list>', 'print only these fields, in this order (e.g. quote,speaker,outlet)').argParser(parsed(parseFieldList)).helpGroup(OUTPUT))
    .addOption(new Option('--color <when>', 'colour in --format pretty (honours NO_COLOR and FORCE_COLOR)').choices(COLOR_MODES).default('auto').helpGroup(OUTPUT))
    .addOption(new Option('--no-color', 'same as --color never').helpGroup(OUTPUT))
    .addOption(new Option('--no-progress', 'no progress line on stderr (shown for long runs on a terminal)').helpGroup(OUTPUT))
    .addOption(new Option('--schema', 'print the JSON Schema of an output record and exit').helpGroup(OUTPUT))
    .addOption(new Option('--min-confidence <x>', 'only quotes whose confidence is at least x (0..1)').argParser(parsed(parseConfidence)).helpGroup(SELECTION))
    .addOption(
      new Option('--speaker <name>', 'only quotes by this speaker: full name or surname, any case (repeatable)')
        .argParser((v: string, prev: string[] | undefined) => {
          if (!v.trim()) throw new InvalidArgumentError('expected a name');
          return [...(prev ?? []), v];
        })
        .helpGroup(SELECTION),
    )
    .addOption(new Option('--fail-on <condition>', 'exit 3 (after printing) when a quote printed is unattributed').choices(FAIL_ON).helpGroup(CHECKS))
    .addOption(new Option('--stats', 'print a summary on stderr: files, quotes by type, share attributed and with an outlet, threads, time').helpGroup(CHECKS));
}

export function readOutputOptions(opts: Record<string, unknown>): OutputConfig {
  const color = opts.color === false ? 'never' : ((opts.color as ColorMode | undefined) ?? 'auto');
  return {
    format: (opts.format as Format | undefined) ?? 'jsonl',
    ...(opts.fields ? { fields: opts.fields as string[] } : {}),
    ...(opts.minConfidence !== undefined ? { minConfidence: opts.minConfidence as number } : {}),
    speakers: (opts.speaker as string[] | undefined) ?? [],
    failOn: opts.failOn ? [opts.failOn as FailOn] : [],
    stats: opts.stats === true,
    color,
    progress: opts.progress !== false,
    schema: opts.schema === true,
  };
}
