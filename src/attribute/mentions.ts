// Noun phrases that name a speaker, read from tokens around a cue: a pronoun,
// a proper name with its title ("Foreign Ministry spokesperson Guo Jiakun"),
// or a common noun phrase ("a senior official"). Pure functions over tokens.
import { DETERMINERS, HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, PRONOUNS, ROLE_NOUNS, SPEAKER_NOUNS } from '../lexicon/people.js';
import { CUE_MODIFIERS } from '../lexicon/cues.js';
import { stripPossessive, type Token } from '../scan/tokens.js';

export type MentionKind = 'pronoun' | 'name' | 'noun';

export interface Mention {
  kind: MentionKind;
  /** The whole phrase as written ("Kremlin aide Yuri Ushakov"). */
  start: number;
  end: number;
  text: string;
  /** The name part only ("Yuri Ushakov"), for names. */
  name: string | null;
  /** Title or role written with the name ("Kremlin aide"), or an appositive. */
  title: string | null;
  /** For pronouns: m, f, n (it) or p (plural and first/second person). */
  gender: 'm' | 'f' | 'n' | 'p' | null;
}

const isCap = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word';
const isRole = (t: Token): boolean => ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(stripPossessive(t.lower));

/** Is this token part of a proper name (capitalised word, initial, or particle)? */
function nameToken(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (NAME_PARTICLES.has(t.lower)) return true;
  return isCap(t);
}

/** Build a mention from tokens [a, b] (inclusive). */
function make(text: string, toks: readonly Token[], a: number, b: number, kind: MentionKind): Mention {
  const start = toks[a]!.start;
  const end = toks[b]!.end;
  const m: Mention = { kind, start, end, text: text.slice(start, end), name: null, title: null, gender: null };
  if (kind === 'pronoun') m.gender = PRONOUNS[toks[a]!.lower] ?? null;
  if (kind === 'name') splitTitle(text, toks, a, b, m);
  return m;
}

/** Separate "Russian President" from "Vladimir Putin"; strip "Mr." and possessives. */
function splitTitle(text: string, toks: readonly Token[], a: number, b: number, m: Mention): void {
  let lastRole = -1;
  for (let k = a; k <= b; k++) if (isRole(toks[k]!) || HONORIFICS.has(toks[k]!.lower)) lastRole = k;
  let nameStart = lastRole + 1 > a ? lastRole + 1 : a;
  // "Secretary of State John Kerry": skip "of X" after the role
  if (lastRole >= a && toks[nameStart]?.lower === 'of' && nameStart + 2 <= b) nameStart += 2;
  if (nameStart > b) {
    // only a title ("the President"): the title is the mention
    m.name = null;
    m.title = text.slice(toks[a]!.start, toks[b]!.end);
    m.kind = 'noun';
    return;
  }
  if (lastRole >= a) {
    const titleToks = toks.slice(a, Math.min(nameStart, lastRole + 1)).filter((t) => !HONORIFICS.has(t.lower));
    m.title = titleToks.length ? text.slice(titleToks[0]!.start, titleToks[titleToks.length - 1]!.end) : null;
  }
  if (toks[a] && HONORIFICS.has(toks[lastRole >= a ? lastRole : a]!.lower)) {
    const h = toks[lastRole]!.lower.replace('.', '');
    m.gender = h === 'mr' ? 'm' : h === 'mrs' || h === 'ms' || h === 'miss' ? 'f' : null;
  }
  const name = text.slice(toks[nameStart]!.start, toks[b]!.end);
  m.name = stripPossessive(name).replace(/[,.;:]+$/u, '');
}

/**
 * The speaker phrase that ends just before token index `end` (exclusive),
 * walking back over auxiliaries and adverbs ("he has also said"). Returns
 * null when no subject stands there.
 */
export function subjectBefore(text: string, toks: readonly Token[], end: number, floor = 0): Mention | null {
  let i = end - 1;
  while (i >= floor && isWord(toks[i]) && (CUE_MODIFIERS.has(toks[i]!.lower) || /ly$/.test(toks[i]!.lower) && !isCap(toks[i]))) i--;
  if (i < floor) return null;
  // "Rep. Gwen Moore (D-Wis.) said": step back over a short parenthetical
  if (toks[i]!.text === ')') {
    let j = i - 1;
    while (j >= floor && i - j < 10 && toks[j]!.text !== '(') j--;
    if (j >= floor && toks[j]!.text === '(') i = j - 1;
    if (i < floor) return null;
  }
  const t = toks[i]!;
  // appositive: "Smith, a spokesman for the campaign, said"
  if (t.text === ',') return appositiveSubject(text, toks, i, floor);
  if (t.kind !== 'word') return null;
  if (PRONOUNS[t.lower] !== undefined && t.lower !== 'her' && t.lower !== 'him') {
    // "who" clauses aside, a pronoun right before the cue is its subject
    return make(text, toks, i, i, 'pronoun');
  }
  if (nameToken(t) && !NOT_NAME_WORDS.has(t.lower)) {
    let a = i;
    while (a - 1 >= floor && (nameToken(toks[a - 1]) || isRole(toks[a - 1]!) || (toks[a - 1]!.lower === 'of' && isCap(toks[a - 2]))) && !NOT_NAME_WORDS.has(toks[a - 1]!.lower)) a--;
    while (a < i && (NAME_PARTICLES.has(toks[a]!.lower) || toks[a]!.lower === 'of')) a++;
    // "U.S. Senator": adjectives of place stay in the title; fine
    const m = make(text, toks, a, i, 'name');
    // "The Kremlin said", "the White House said": a determiner before a proper noun
    if (a - 1 >= floor && (toks[a - 1]!.lower === 'the')) {
      m.start = toks[a - 1]!.start;
      m.text = text.slice(m.start, m.end);
    }
    return m;
  }
  if (isWord(t) && /^\p{Ll}/u.test(t.text)) return nounPhraseBefore(text, toks, i, floor);
  return null;
}

/** "a senior administration official", "officials", "the campaign": a noun phrase whose head can speak. */
function nounPhraseBefore(text: string, toks: readonly Token[], i: number, floor: number): Mention | null {
  const head = stripPossessive(toks[i]!.lower);
  const singular = head.replace(/s$/, '');
  if (!SPEAKER_NOUNS.has(head) && !SPEAKER_NOUNS.has(singular) && !ROLE_NOUNS.has(head) && !ROLE_NOUNS.has(singular)) return null;
  // modifiers back to a determiner or possessor, within 8 words: "the former secretary of state"
  let a = i;
  for (let k = i - 1; k >= Math.max(floor, i - 8); k--) {
    const w = toks[k]!;
    if (!isWord(w) || CUE_MODIFIERS.has(w.lower) || w.lower === 'who' || w.lower === 'that' || w.lower === 'and') break;
    if (DETERMINERS.has(w.lower) || /[’']s$/.test(w.text)) {
      a = k;
      // "Trump's campaign": take the possessor's name with it
      while (a - 1 >= floor && /[’']s$/.test(toks[a]!.text) && nameToken(toks[a - 1])) a--;
      break;
    }
    if (w.lower === 'of' || w.lower === 'for') continue;
    a = k;
  }
  while (a < i && (toks[a]!.lower === 'of' || toks[a]!.lower === 'for')) a++;
  return make(text, toks, a, i, 'noun');
}

/** "Smith, a spokesman for Y, said": find the name before the appositive. */
function appositiveSubject(text: string, toks: readonly Token[], comma: number, floor: number): Mention | null {
  // the appositive runs back to the previous comma, within 16 tokens
  let k = comma - 1;
  while (k >= floor && comma - k <= 16 && toks[k]!.text !== ',' && toks[k]!.kind !== 'punct' || (k >= floor && toks[k]!.text === '.' && false)) k--;
  if (k < floor || toks[k]!.text !== ',') return null;
  const appos = toks.slice(k + 1, comma);
  if (!appos.length) return null;
  // the appositive should look like a role ("a spokesman for", "the former governor", "who ...")
  const first = appos[0]!.lower;
  // "Its chair, Aisha Rahman, said": the name stands in the appositive
  if (appos.every((t) => nameToken(t) || isRole(t)) && isCap(appos[appos.length - 1])) {
    const m = make(text, toks, k + 1, comma - 1, 'name');
    const before = subjectBefore(text, toks, k, floor);
    if (before && before.kind === 'noun') m.title = m.title ?? before.text;
    return m;
  }
  // a role ("a spokesman for Y"), a relative clause ("who …") or a participle ("speaking through an interpreter")
  const roleLike = DETERMINERS.has(first) || appos.some((t) => isRole(t)) || first === 'who' || /^\p{Ll}+(?:ing|ed)$/u.test(appos[0]!.text);
  if (!roleLike) return null;
  const subj = subjectBefore(text, toks, k, floor);
  if (!subj || subj.kind === 'noun' && subj.title === null && subj.name === null && SPEAKER_NOUNS.has(subj.text.toLowerCase()) === false && subj.kind !== 'noun') return null;
  if (subj && first !== 'who' && !/^\p{Ll}+(?:ing|ed)$/u.test(appos[0]!.text)) subj.title = subj.title ?? text.slice(appos[0]!.start, appos[appos.length - 1]!.end);
  return subj;
}

/**
 * The speaker phrase that starts at token index `start` ("said Mr. Smith, a
 * spokesman", "says one official"), for inverted frames.
 */
export function subjectAfter(text: string, toks: readonly Token[], start: number, limit = toks.length): Mention | null {
  const t = toks[start];
  if (!t || start >= limit || t.kind !== 'word') return null;
  if (PRONOUNS[t.lower] !== undefined && t.lower !== 'her' && t.lower !== 'him' && t.lower !== 'it' && t.lower !== 'you') return make(text, toks, start, start, 'pronoun');
  if (nameToken(t) && !NOT_NAME_WORDS.has(t.lower) || (t.lower === 'the' && isCap(toks[start + 1]))) {
    let a = t.lower === 'the' ? start + 1 : start;
    let b = a;
    while (b + 1 < limit && (nameToken(toks[b + 1]) || isRole(toks[b + 1]!) && isCap(toks[b + 2]) || toks[b + 1]!.lower === 'of' && isCap(toks[b + 2]) && isRole(toks[b]!))) b++;
    while (b > a && NAME_PARTICLES.has(toks[b]!.lower)) b--;
    const m = make(text, toks, a, b, 'name');
    if (t.lower === 'the') {
      m.start = t.start;
      m.text = text.slice(m.start, m.end);
    }
    // appositive after: "said John Smith, a spokesman for the campaign"
    if (toks[b + 1]?.text === ',' && toks[b + 2] && (DETERMINERS.has(toks[b + 2]!.lower) || isRole(toks[b + 2]!))) {
      let e = b + 2;
      while (e + 1 < limit && toks[e + 1]!.text !== ',' && toks[e + 1]!.text !== '.' && e - b < 14) e++;
      m.title = m.title ?? text.slice(toks[b + 2]!.start, toks[e]!.end);
    }
    return m;
  }
  if (DETERMINERS.has(t.lower) || SPEAKER_NOUNS.has(t.lower)) {
    let b = start;
    while (b + 1 < limit && b - start < 6 && isWord(toks[b + 1]) && !/^(who|that|in|on|at|during|after|before|when|while|to|and|but)$/.test(toks[b + 1]!.lower)) b++;
    // a noun phrase ends at its head: trim trailing function words
    return make(text, toks, start, b, 'noun');
  }
  return null;
}
