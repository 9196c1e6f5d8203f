// Stage: cues. Finds reporting expressions ("said", "was quoted as saying",
// "according to") in a window of tokens, longest match first.
import { CUES, NOT_CUES } from '../lexicon/cues.js';
import type { Token } from '../scan/tokens.js';

export interface Cue {
  /** Token range [first, last] of the cue. */
  first: number;
  last: number;
  start: number;
  end: number;
  lemma: string;
  /** "saying", "adding": a participle clause whose subject is the main clause's. */
  gerund: boolean;
  /** Found by its position in an attribution slot, not by the lexicon. */
  structural: boolean;
}

/** Every lexicon cue in tokens[from, to). */
export function findCues(toks: readonly Token[], from = 0, to = toks.length): Cue[] {
  const out: Cue[] = [];
  for (let i = from; i < to; i++) {
    const c = cueAt(toks, i, to);
    if (c) {
      out.push(c);
      i = c.last;
    }
  }
  return out;
}

/** The lexicon cue starting at token i, if any. */
export function cueAt(toks: readonly Token[], i: number, to = toks.length): Cue | null {
  const t = toks[i];
  if (!t || t.kind !== 'word') return null;
  const forms = CUES.get(t.lower);
  if (!forms) return null;
  for (const f of forms) {
    if (i + f.words.length > to) continue;
    let ok = true;
    for (let k = 1; k < f.words.length; k++) {
      if (toks[i + k]!.lower !== f.words[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "the said company": a bare participle after a determiner is an adjective;
    // "United States", "Says Who": a capitalised word inside a name is no cue
    const prev = toks[i - 1]?.lower;
    if (/^\p{Lu}/u.test(t.text) && toks[i - 1]?.kind === 'word' && /^\p{Lu}/u.test(toks[i - 1]!.text)) return null;
    if (f.words.length === 1 && (prev === 'the' || prev === 'a' || prev === 'an')) return null;
    return { first: i, last: i + f.words.length - 1, start: t.start, end: toks[i + f.words.length - 1]!.end, lemma: f.lemma, gerund: f.gerund, structural: false };
  }
  return null;
}

/** A word that cannot be the verb of an attribution slot ("he was", "she is"). */
export function cannotCue(word: string): boolean {
  return NOT_CUES.has(word);
}
