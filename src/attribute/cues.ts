// Stage: cues. Finds reporting expressions ("said", "was quoted as saying",
// "according to") in a window of tokens, longest match first.
import { CUES, NOT_CUES } from '../lexicon/cues.js';
import { PARTY_STATE } from '../lexicon/people.js';
import { speakerHead } from './mentions.js';
import { namesOutletIn } from './outlets.js';
import { tokenAt, tokenize, type Token } from '../scan/tokens.js';
import { readsAsVerb } from '../nlp/compromise.js';

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

// "TASS quoted Foreign Minister Sergei Lavrov as saying …", "Lavrov was quoted by TASS as saying …": the one that
// quotes is the outlet (the outlet stage reads it as the subject of "quoted", or after "by"), the one quoted speaks.
export const QUOTING = /^(?:quoted|quotes|quoting|cited|cites|citing)$/;
export const AS_SAYING = /^(?:saying|stating|telling|writing|remarking|declaring|adding|warning|describing)$/;
// How many words may stand between "quoted" and "as": "state media quoted a senior military official in Kyiv as saying".
export const QUOTED_REACH = 12;

/** The "quoted" before toks[i], a participle such as "saying" right after "as", within reach (its index), or -1. */
export function quotingBefore(toks: readonly Token[], i: number): number {
  const as = i - 1;
  if (toks[as]?.lower !== 'as' || !AS_SAYING.test(toks[i]?.lower ?? '')) return -1;
  for (let q = as - 1; q >= 0 && as - q <= QUOTED_REACH; q--) {
    if (QUOTING.test(toks[q]!.lower)) return q;
    if (toks[q]!.kind !== 'word' && toks[q]!.text !== ',') return -1;
  }
  return -1;
}

/**
 * The cues with "quoted … as saying" made one cue, from "quoted" to the participle, and for each such cue whose
 * "quoted" has an object (not "by"), the token range [from, to) of that object: the one quoted.
 */
export function quotedAsCues(toks: readonly Token[], cues: readonly Cue[]): { cues: Cue[]; objects: Map<Cue, [number, number]> } {
  const objects = new Map<Cue, [number, number]>();
  if (!cues.some((c) => c.gerund && AS_SAYING.test(toks[c.first]!.lower))) return { cues: [...cues], objects };
  const out: Cue[] = [];
  for (const c of cues) {
    const q = c.gerund ? quotingBefore(toks, c.first) : -1;
    if (q < 0) {
      out.push(c);
      continue;
    }
    while (out.length && out[out.length - 1]!.first >= q) out.pop();
    const merged: Cue = { first: q, last: c.last, start: toks[q]!.start, end: c.end, lemma: 'quoted as saying', gerund: false, structural: false };
    if (toks[q + 1]?.lower !== 'by' && q + 1 < c.first - 1) objects.set(merged, [q + 1, c.first - 1]);
    out.push(merged);
  }
  return { cues: out, objects };
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

/** The index of "that" after an adverb set off by commas at `k` (", however, that"); -1 where none stands there. */
export function thatPastAside(toks: readonly Token[], k: number): number {
  return toks[k]?.text === ',' && toks[k + 1]?.kind === 'word' && toks[k + 2]?.text === ',' && toks[k + 3]?.lower === 'that' ? k + 3 : -1;
}

/** The lexicon cue starting at token i, if any. */
export function cueAt(toks: readonly Token[], i: number, to = toks.length): Cue | null {
  const t = tokenAt(toks, i);
  if (!t || t.kind !== 'word') return null;
  if (t.lower === 'per') return perSource(toks, i) ? { first: i, last: i, start: t.start, end: t.end, lemma: 'according to', gerund: false, structural: false } : null;
  // ("Ferriday-Okonjo knowledgeable the outlet", "she knowledgeable reporters": a spinner's "told", between its subject
  // and its listener; not "knowledgeable sources", "is knowledgeable about")
  if (t.lower === 'knowledgeable') return spinnerTold(toks, i) ? { first: i, last: i, start: t.start, end: t.end, lemma: 'tell', gerund: false, structural: false } : null;
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
    // "United States", "Says Who", "Secretary of State John Kerry": a capitalised word after a word, inside a
    // name, is no cue (one that opens a sentence or a line may be: "Said Smith: …")
    const prev = toks[i - 1]?.lower;
    if (/^\p{Lu}/u.test(t.text) && toks[i - 1]?.kind === 'word') return null;
    if (f.words.length === 1 && (prev === 'the' || prev === 'a' || prev === 'an')) return null;
    // ("One reply, from the sheriff's office, read: …", "each post", "this claim": a verb's base form after a
    // determiner of number or a demonstrative is its noun; not after "that", a conjunction as often)
    if (f.words.length === 1 && t.lower === f.lemma && NOUN_DETERMINER.test(prev ?? '')) return null;
    // ("Janessa Pruitt, 27, was pronounced dead", "was declared the winner": a passive of these is a verdict, no words)
    if (f.words.length === 1 && /^(?:pronounced|declared)$/.test(t.lower) && /^(?:was|were|is|are|be|been|being)$/.test(prev ?? '')) return null;
    // ("an Instagram post showing …", "a Reuters report": so is a base form after an article and a name, for the cues
    // that are nouns as often as verbs: not "heard the Rabbit say")
    if (f.words.length === 1 && t.lower === f.lemma && i >= 2 && NOUN_TOO.test(t.lower) && /^\p{Lu}/u.test(toks[i - 1]!.text) && /^(?:a|an|the)$/.test(toks[i - 2]!.lower)) return null;
    // "denounced Trump’s remarks as “…”", "the mayor’s call for": after a possessor, a noun (not "Trump’s said",
    // Trump has said), whose possessor speaks only what its "that" clause holds ("Trump’s claim that there were “…”")
    // ("“…,” was Edmund's answer", "Elizabeth's reply was, “…”": a possessor in a sentence about the words speaks too)
    // ("Trump’s claim was “true”": a claim judged by someone else; what is said of it is not the claimant's)
    const next = toks[i + f.words.length]?.lower ?? '';
    if (possessor(toks[i - 1]) && !PARTICIPLE.test(t.lower) && !(next === 'that' || next === ':' || /^(?:was|is|were)$/.test(next) && !CLAIM_NOUN.test(t.lower)) && !predicative(toks, i - 1)) return null;
    if (f.words.length === 1 && t.lower === f.lemma && afterWatching(toks, i)) return null;
    return { first: i, last: i + f.words.length - 1, start: t.start, end: toks[i + f.words.length - 1]!.end, lemma: f.lemma, gerund: f.gerund, structural: false };
  }
  return null;
}

const NOUN_DETERMINER = /^(?:one|another|each|every|this|these|those)$/;

/** Is "knowledgeable" at `i` a spinner's "told": after a name or a subject pronoun, before a listener? */
function spinnerTold(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!prev || !next || next.kind !== 'word') return false;
  // (or the comma that closes the subject's apposition: "Maureen Fenwick-Oduya, his daughter, knowledgeable the BBC")
  const subject = prev.kind === 'word' && (/^\p{Lu}/u.test(prev.text) && !/^(?:the|a|an|this|that|these|those|some|many|most)$/.test(prev.lower) || /^(?:he|she|they|we|i)$/.test(prev.lower)) || prev.text === ',' && toks[i - 2]?.kind === 'word';
  return subject && (/^(?:the|a|an|his|her|their|its|reporters|journalists|him|them|me|us|lawmakers|supporters|viewers)$/.test(next.lower) || /^\p{Lu}/u.test(next.text));
}
// The cues' base forms that are nouns as often: "an Instagram post", "a Reuters report", "a Fox News poll".
const NOUN_TOO = /^(?:post|report|claim|note|comment|tweet|reply|answer|message|statement|update|warning|poll|survey|study|memo|letter|email|blog|video)$/;

/**
 * Is the bare verb at `i` the complement of a verb of watching, past its object of a few words ("watching Wren and
 * Lasse argue about the schedule", "saw them argue"): an act seen, which reports no words?
 */
function afterWatching(toks: readonly Token[], i: number): boolean {
  for (let k = i - 2; k >= 0 && i - k <= 5; k--) {
    if (toks[k]!.kind !== 'word') return false;
    if (WATCHING.test(toks[k]!.lower)) return true;
  }
  return false;
}
// (not "let": "Let me say this: …" gives words)
const WATCHING = /^(?:watch|watches|watched|watching|see|sees|saw|seeing|seen)$/;

/**
 * "…, per the report", "Per Reuters, …": "per" naming a source as "according to" does (as
 * news writing and spinners use it), where it opens its phrase after a comma, a dash, a
 * parenthesis or the sentence's start, before a determiner or a name; not "$5 per share".
 */
function perSource(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!next || next.kind !== 'word') return false;
  const opens = !prev || prev.text === ',' || prev.text === '(' || prev.text === '—' || prev.text === '–' || prev.text === '--' || prev.text === ';';
  if (!opens) return false;
  if (/^(?:the|a|an|his|her|its|their|our|this|that|these|those)$/.test(next.lower) || /^\p{Lu}/u.test(next.text) || /[’']s$/.test(next.text)) return true;
  // ("…, per final results published by the commission": or words before a noun of records, not a unit, "per hour")
  for (let j = i + 1; j <= i + 4 && toks[j]?.kind === 'word' && /^\p{Ll}/u.test(toks[j]!.text); j++) if (PER_RECORD.test(toks[j]!.lower)) return j > i + 1;
  return false;
}
// Nouns of records after "per" and an adjective or two: "per final results", "per court documents".
const PER_RECORD = /^(?:results|returns|figures|data|records|documents|filings|estimates|projections|tallies|counts|polls|surveys|reports|sources|officials)$/;

// Nouns for a claim that others judge: "X’s claim was “mostly false”" is the judge's word, not X's.
const CLAIM_NOUN = /^(?:claims?|statements?|assertions?|charges?|allegations?|contentions?|accusations?)$/;
// Forms that can follow "’s" = "has" ("Trump’s said"), or "is" ("she’s saying").
const PARTICIPLE = /(?:ed|en|ing)$|^(?:said|told|put|read|made|sent|thought|felt|found|held|heard|taught|brought|meant|left|kept|set|let|spun|won)$/;
// "he’s", "that’s", "let’s": contractions, never possessors
const CONTRACTED = /^(?:he|she|it|that|there|here|who|what|where|when|how|let|this|one)[’']s$/;
/** A possessor before a word: "Trump’s", "the mayor’s", "officials’". */
function possessor(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.lower;
  const last = w.charCodeAt(w.length - 1);
  if (last === 115 /* s */) return w.length > 2 && (w[w.length - 2] === '’' || w[w.length - 2] === "'") && !CONTRACTED.test(w);
  return (last === 8217 || last === 39) && w.length > 2 && w[w.length - 2] === 's';
}

/** Does the noun phrase that ends with the possessor at `p` follow "was", "is", "came" or "all" ("was all Lady Bertram's reply")? */
function predicative(toks: readonly Token[], p: number): boolean {
  let k = p - 1;
  while (k >= 0 && p - k <= 4 && toks[k]!.kind === 'word' && (/^\p{Lu}/u.test(toks[k]!.text) || /^(?:the|his|her|their|my|our|your)$/.test(toks[k]!.lower))) k--;
  return k >= 0 && /^(?:was|is|were|been|came|comes|all)$/.test(toks[k]!.lower);
}

/** A word that cannot be the verb of an attribution slot ("he was", "she is"). */
export function cannotCue(word: string): boolean {
  return NOT_CUES.has(word);
}

/**
 * After a quotation that ends in a full stop, question or exclamation mark, a
 * capitalised word starts a new sentence, unless it is the attribution of
 * that quotation: “Does anybody know?” Graham asked.
 */
export function attributionAt(text: string, i: number): boolean {
  const toks = tokenize(text, i, Math.min(text.length, i + 120));
  let k = 0;
  // a name of up to six words (with titles, initials, a parenthetical party tag)
  while (k < toks.length && k < 8) {
    const t = toks[k]!;
    if (t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || k > 0 && /^(of|de|da|von|van|der|al|bin)$/.test(t.lower))) k++;
    else if (t.text === '(') {
      while (k < toks.length && toks[k]!.text !== ')' && k < 14) k++;
      k++;
    } else break;
  }
  // (the name's loop may stop past the last token, after a parenthesis that the window cuts: "«Mr.»(")
  if (k === 0 || k > toks.length) return false;
  // ("“…!” Scott's niece said.", "“…?” Trump’s former aide asked.": a possessive name and the noun of a person it owns,
  // whose name may then stand in apposition, "Scott's niece, Marcia Price, said"; not after a clause's opening word,
  // "Although Johnson's agency declined …")
  let owned = false;
  if (/[’']s$/.test(toks[k - 1]!.text) && !CLAUSE_OPENER.test(toks[0]!.lower)) {
    let j = k;
    while (j < toks.length && j - k < 3 && toks[j]!.kind === 'word' && /^\p{Ll}/u.test(toks[j]!.text) && !speakerHead(toks[j]!.lower)) j++;
    if (j < toks.length && toks[j]!.kind === 'word' && speakerHead(toks[j]!.lower)) {
      k = j + 1;
      owned = true;
    }
  }
  // "Rep. Glenn Moore, R-Pa., said": a party tag between commas (its full stop a token of its own)
  if (toks[k]?.text === ',' && PARTY_STATE.test(toks[k + 1]?.text ?? '')) {
    const close = toks[k + 2]?.text === '.' ? k + 3 : k + 2;
    if (toks[close]?.text === ',') k = close + 1;
  }
  // ("“…?” Oleg Danyuk, 46, said", "Danyuk, 46, a face worker, said": an age between commas, before a cue or an
  // apposition)
  let aged = false;
  if (toks[k]?.text === ',' && /^\d{1,3}$/.test(toks[k + 1]?.text ?? '') && toks[k + 2]?.text === ',') {
    k += 2;
    aged = true;
  }
  // "Miller, a retired worker from a nuclear plant, said": an apposition that opens with a determiner, between
  // commas, no sentence's end in it; then only a listed cue that closes the sentence
  let appositive = false;
  if (toks[k]?.text === ',' && (APPOSITION_OPENER.test(toks[k + 1]?.lower ?? '') || owned && /^\p{Lu}/u.test(toks[k + 1]?.text ?? ''))) {
    let e = k + 1;
    while (e < toks.length && e - k < 16 && toks[e]!.text !== ',' && !APPOSITION_STOP.has(toks[e]!.text)) e++;
    if (toks[e]?.text === ',') {
      k = e + 1;
      appositive = true;
    }
  }
  // (the age's closing comma, where no apposition follows it)
  if (aged && !appositive) k++;
  // "Graham asked", "Rep. Moore (D-Wis.) said Friday", "Ushakov also told"
  for (let j = k; j < Math.min(toks.length, k + 3); j++) {
    const c = cueAt(toks, j);
    // the attribution ends there ("Graham asked."), it does not start a clause ("Russia insisted that …")
    const ends = (after: number) => !toks[after] || toks[after]!.kind === 'punct' || ATTRIBUTION_TAIL.test(toks[after]!.lower);
    // (after an apposition, not a cue with a clause a few words on: "Josh Hendler, an operative, warned Saturday that …")
    if (c) return cueEnds(toks, c, ends) && !(appositive && toks.slice(c.last + 1, c.last + 5).some((t) => t.lower === 'that'));
    if (appositive) return false;
    // a verb no lexicon lists, in the same slot: “Does anybody know?” Graham wondered aloud.
    const w = toks[j]!;
    // ("“…!” Clinton expounded to People.", "… stipulated as he launched the vote": a regular past, as a verb of
    // voicing, before its listener, its topic, a time or an adverb of manner)
    // (its subject a name or a person: not "This appeared to be …")
    // (or before a named listener that ends the attribution: "“…?” Trump notified Britain’s ITV television station in …")
    // (not the noun after an article that opens a sentence: "“…” The fence, the statement said, had been moved")
    if (w.kind === 'word' && /^\p{Ll}/u.test(w.text) && !(j === 1 && NO_PERSON.test(toks[0]!.lower)) && (ends(j + 1) || (voicedPast(w, toks[j + 1], toks[j + 2]) || namedListenerEnds(toks, j, ends)) && !NO_PERSON.test(toks[0]!.lower)) && readsAsVerb(w.text)) return true;
    if (!/^(also|later|then|has|had|once|again|\p{Ll}+ly)$/u.test(toks[j]!.lower)) break;
  }
  return false;
}

const NO_PERSON = /^(?:this|that|these|those|it|its|there|their|his|her|our|my|the|a|an)$/;
// Capitalised words that open a clause, not a name: "Although Johnson's agency …", "When Trump's aides …".
const CLAUSE_OPENER = /^(?:although|though|but|and|or|when|whenever|if|while|because|as|after|before|since|so|yet|once|until|unless|whereas|then|now|still|even|also|only)$/;
/** A regular past tense no list holds, before what follows a verb of voicing: "expounded to …", "recited pleasantly", "about X". */
const voicedPast = (w: Token, next: Token | undefined, after?: Token): boolean =>
  w.lower.length > 5 && /[^e]ed$/.test(w.lower) && next !== undefined && (/^(?:to|of|with|as)$/.test(next.lower) || /^\p{Ll}{2,}ly$/u.test(next.text) ||
    // (a topic named in capitals: "expounded about McCain’s effort", not "looked about him")
    next.lower === 'about' && /^\p{Lu}/u.test(after?.text ?? ''));

/**
 * A regular past tense at `v` no list holds, then a medium as listener, of up to five words (a name's or a medium's
 * words past three), after which the attribution ends: "notified POLITICO.", "briefed Britain’s ITV television
 * station in an interview".
 */
function namedListenerEnds(toks: readonly Token[], v: number, ends: (after: number) => boolean): boolean {
  const w = toks[v]!;
  if (w.lower.length <= 5 || !/[^e]ed$/.test(w.lower) || !/^\p{Lu}/u.test(toks[v + (toks[v + 1]?.lower === 'the' ? 2 : 1)]?.text ?? '')) return false;
  for (let j = v + 1; j <= v + 5 && toks[j]?.kind === 'word' && !NOT_LISTENER.test(toks[j]!.lower) && (j <= v + 3 || !LONG_LISTENER_STOP.test(toks[j]!.lower)); j++) {
    // (a medium, not anyone named: "“Why?” Trump attacked Clinton again" is a sentence of its own)
    if (ends(j + 1)) return namesOutletIn(toks.slice(v + 1, j + 1).filter((t) => t.lower !== 'the').map((t) => t.text));
  }
  return false;
}

// What opens an apposition ("a retired worker", "the head of …", "its founder"), and what ends one before it could
// reach its comma: a sentence's end or a quotation mark.
const APPOSITION_OPENER = /^(?:a|an|the|his|her|their|its|one)$/;
const APPOSITION_STOP = new Set(['.', '!', '?', ';', ':', '“', '”', '"']);

/**
 * Does the attribution end with the cue `c` (given `ends`, the test for what may follow it)? After a
 * cue, an adverb of manner ends it too ("“Why?” Alice asked eagerly."), and after a verb of voicing, a
 * listener, a topic or a time ("said to the Hatter", "said of the plan", "said as he opened the vote");
 * a colon does not: it introduces the next quotation ("“…” Eva Schultz posted: “…”").
 */
function cueEnds(toks: readonly Token[], c: Cue, ends: (after: number) => boolean): boolean {
  const next = toks[c.last + 1];
  if (next?.text === ':') return false;
  if (ends(c.last + 1) || /^\p{Ll}{2,}ly$/u.test(next!.text) || (/^(?:to|of|with|as)$/.test(next!.text) && VOICE.test(c.lemma))) return true;
  // a topic: "“Why?” Lichtman said about the campaign" (not a quantity opening a clause: "said about 20 people have …")
  if (next!.text === 'about' && VOICE.test(c.lemma) && !/^(?:\d.*|half|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|dozen|several|some|most)$/.test(toks[c.last + 2]?.lower ?? '')) return true;
  // ("“You think I’m going to change?” Trump asked reporters rhetorically", "told The Wall Street Journal": a listener
  // of up to five words; past three, a name's or a title's words only: "told Britain’s ITV television station", not
  // "assured her friend of her satisfaction in …")
  if (!ADDRESS.test(c.lemma)) return false;
  // ("told a cheering crowd of several hundred supporters": a gathering's "of" and who or how many were in it)
  const gatheringOf = (j: number) => toks[j]!.lower === 'of' && GATHERING.test(toks[j - 1]!.lower);
  let reach = c.last + 5;
  for (let j = c.last + 1; j <= reach && toks[j]?.kind === 'word' && !NOT_LISTENER.test(toks[j]!.lower) && (j <= c.last + 3 || !LONG_LISTENER_STOP.test(toks[j]!.lower) || gatheringOf(j)); j++) {
    if (gatheringOf(j)) reach = j + 4;
    const after = toks[j + 1];
    if (ends(j + 1) || (after && /^\p{Ll}{2,}ly$/u.test(after.text))) return true;
  }
  return false;
}

// Nouns of a gathering whose "of" goes on with the listener ("a crowd of supporters", "an audience of 300").
const GATHERING = /^(?:crowd|audience|group|gathering|roomful|room|meeting|rally|delegation|hall|busload|throng)$/;
// Verbs of speech whose object is the listener ("asked reporters", "told CNN"), and the words that open a
// clause or stand for its subject instead ("told reporters he would …" reports more than the quotation)
const ADDRESS = /^(?:ask|tell|answer|remind|assure|warn|inform|urge)$/;
// Words a listener of more than three words does not go on over: a preposition or a determiner opens a phrase of its own.
const LONG_LISTENER_STOP = /^(?:of|for|about|with|from|by|into|than|a|an|the|his|her|their|its|my|our|your)$/;
const NOT_LISTENER = /^(?:that|whether|if|to|what|how|why|when|where|who|he|she|they|it|we|i|you|there|this|these|those)$/;

// Verbs of voicing words, after which "to", "of" and "with" name a listener or a topic and "as" a time, not a
// clause of their own ("said to the Hatter", "said as he opened the vote"; not "That's defined as …").
const VOICE = /^(?:say|whisper|cry|shout|reply|murmur|mutter|exclaim|remark|observe|call)$/;
const ATTRIBUTION_TAIL = /^(on|in|at|during|after|before|when|while|last|yesterday|today|tonight|earlier|later|again|then|too|recently|aloud|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

// What the verb "state" may have after it: its clause's first word, an adverb, a preposition.
const AFTER_STATE_VERB = /^(?:that|the|a|an|this|these|those|his|her|their|its|our|my|your|he|she|they|it|we|i|you|there|what|how|why|whether|when|where|who|which|some|many|most|all|no|any|each|every|one|in|on|at|for|to|as|with|by|from|of|only|also|\p{Ll}+ly)$/u;
// Capitalised words that "state" qualifies: "state Sen. …", "the state Democratic Party".
const STATE_TITLE = /^(?:Sen\.?|Sens\.|Rep\.?|Reps\.|Gov\.?|Del\.?|Senator|Representative|Delegate|Assemblyman|Assemblywoman|Senate|House|Assembly|Legislature|Department|Dept|Supreme|Attorney|Capitol|Democratic|Democrats|Republican|Republicans|Party|GOP|Treasurer|Comptroller|University|Police|Board|Court)$/;
/** Is the cue `c` the word "state" modifying the token after it ("state officials", "state Sen.")? */
export function stateModifier(toks: readonly Token[], c: Cue): boolean {
  const next = toks[c.last + 1];
  if (c.first !== c.last || !/^states?$/.test(toks[c.first]!.lower) || !next || next.kind !== 'word') return false;
  if (/^\p{Ll}/u.test(next.text)) return !AFTER_STATE_VERB.test(next.lower);
  return STATE_TITLE.test(next.text);
}
