// Whether to colour, and how many colours: a pure decision from the --color
// flag, the environment and whether the output is a terminal. chalk 5 ignores
// NO_COLOR, so the CLI builds its chalk instance with the level decided here.
//
//   --color never               no colour
//   --color always              colour (FORCE_COLOR or the terminal picks the depth)
//   --color auto (default)      FORCE_COLOR if set (0/false: none; 1/true/'': 16
//                               colours; 2: 256; 3: 16 million), as Node does, above
//                               NO_COLOR; else none if NO_COLOR is set (non-empty),
//                               if the output is not a terminal, or if TERM=dumb;
//                               else colour
export type ColorMode = 'auto' | 'always' | 'never';
export type ColorLevel = 0 | 1 | 2 | 3;
export const COLOR_MODES: readonly ColorMode[] = ['auto', 'always', 'never'];

type Env = Record<string, string | undefined>;

function forced(env: Env): ColorLevel | undefined {
  const v = env.FORCE_COLOR;
  if (v === undefined) return undefined;
  const s = v.trim().toLowerCase();
  if (s === '0' || s === 'false') return 0;
  if (s === '2') return 2;
  if (s === '3') return 3;
  return 1;
}

/** Colour depth a terminal claims through COLORTERM and TERM. */
function depth(env: Env): ColorLevel {
  const colorterm = (env.COLORTERM ?? '').toLowerCase();
  if (colorterm === 'truecolor' || colorterm === '24bit') return 3;
  if (/256/.test(env.TERM ?? '')) return 2;
  return 1;
}

export function colorLevel(mode: ColorMode, env: Env, isTTY: boolean): ColorLevel {
  if (mode === 'never') return 0;
  const force = forced(env);
  if (mode === 'always') return force ? force : depth(env);
  if (force !== undefined) return force;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY) return 0;
  if (env.TERM === 'dumb') return 0;
  return depth(env);
}
