import { describe, expect, it } from 'vitest';
import { colorLevel, type ColorMode } from '../src/output/color.js';

type Env = Record<string, string>;
const term: Env = { TERM: 'xterm' };

describe('colour decision', () => {
  it.each<[string, ColorMode, Env, boolean, number]>([
    ['a terminal', 'auto', term, true, 1],
    ['a pipe', 'auto', term, false, 0],
    ['a 256-colour terminal', 'auto', { TERM: 'xterm-256color' }, true, 2],
    ['a truecolor terminal', 'auto', { TERM: 'xterm', COLORTERM: 'truecolor' }, true, 3],
    ['TERM=dumb', 'auto', { TERM: 'dumb' }, true, 0],
    ['NO_COLOR on a terminal', 'auto', { ...term, NO_COLOR: '1' }, true, 0],
    ['NO_COLOR empty (unset by convention)', 'auto', { ...term, NO_COLOR: '' }, true, 1],
    ['FORCE_COLOR in a pipe', 'auto', { FORCE_COLOR: '1' }, false, 1],
    ['FORCE_COLOR empty in a pipe', 'auto', { FORCE_COLOR: '' }, false, 1],
    ['FORCE_COLOR=3 in a pipe', 'auto', { FORCE_COLOR: '3' }, false, 3],
    ['FORCE_COLOR=0 on a terminal', 'auto', { ...term, FORCE_COLOR: '0' }, true, 0],
    ['FORCE_COLOR=false on a terminal', 'auto', { ...term, FORCE_COLOR: 'false' }, true, 0],
    ['FORCE_COLOR above NO_COLOR (as Node)', 'auto', { FORCE_COLOR: '1', NO_COLOR: '1' }, false, 1],
    ['--color always in a pipe', 'always', {}, false, 1],
    ['--color always with NO_COLOR', 'always', { NO_COLOR: '1' }, false, 1],
    ['--color always, FORCE_COLOR=2', 'always', { FORCE_COLOR: '2' }, false, 2],
    ['--color never on a terminal', 'never', { ...term, FORCE_COLOR: '3' }, true, 0],
  ])('%s (%s)', (_what, mode, env, tty, level) => expect(colorLevel(mode, env, tty)).toBe(level));
});
