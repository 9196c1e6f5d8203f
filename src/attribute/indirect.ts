// Stage: reported speech without quotation marks. Reads each sentence that
// holds no quotation: "X said (that) …", "…, X said.", "According to X, …",
// "X told Y (that) …", "X warned that …, adding that …". Each frame is a
// rule with an id (INDIRECT_RULES), like the frames of direct quotes.
import { cueAt, findCues, type Cue } from './cues.js';
import { CUES } from '../lexicon/cues.js';
import { subjectAfter, subjectBefore, type Mention } from './mentions.js';
import { isSpace, tokenize, type Token } from '../scan/tokens.js';
import type { Sentence } from '../scan/sentences.js';

export const INDIRECT_RULES = {
  'subject-cue-that': { example: 'Putin said (that) Russia would …', confidence: 0.75 },
  'clause-subject-cue': { example: 'Talks will resume next week, the minister said.', confidence: 0.75 },
  'according-to-clause': { example: 'According to the police, the man was armed.', confidence: 0.7 },
  'clause-according-to': { example: 'The man was armed, according to the police.', confidence: 0.7 },
  'adding-that': { example: '…, adding that the talks would go on.', confidence: 0.7 },
} as const;
export type IndirectRuleId = keyof typeof INDIRECT_RULES;

export interface IndirectQuote {
  start: number;
  end: number;
  rule: IndirectRuleId;
  mention: Mention;
  cue: Cue;
  sentence: number;
}

/**
 * Verbs that report speech (not belief or intention: "thinks", "expects" and
 * "wants" are left out, and so are verbs whose object is rarely a clause).
 */
const SPEECH = new Set(
  `say tell add claim argue insist warn deny note explain state announce report write acknowledge admit suggest predict
   promise reply respond confirm assert contend maintain stress emphasize emphasise allege testify tweet post declare
   reveal disclose concede recall reiterate repeat caution counter complain boast observe remark inform indicate
   according to|in keeping with|pointed out|points out|point out|went on to say|made clear|makes clear`
    .split(/[\s|]+/)
    .filter(Boolean),
);
// Verbs that report what a source or a document states, beyond the cue
// lexicon: polls show, studies find, officials urge. Source: the PolNeAR train
// split's cue spans of reported speech (frequent verbs of communication and
// evidence; verbs of belief and intention — think, want, plan, hope, expect —
// left out, since they are not speech).
const EVIDENCE: ReadonlyMap<string, string> = new Map(
  `show:shows:showed:shown find:finds:found conclude:concludes:concluded cite:cites:cited
   urge:urges:urged agree:agrees:agreed propose:proposes:proposed vow:vows:vowed pledge:pledges:pledged
   accuse:accuses:accused question:questions:questioned charge:charges:charged demand:demands:demanded
   estimate:estimates:estimated project:projects:projected forecast:forecasts:forecasted
   recommend:recommends:recommended rule:rules:ruled determine:determines:determined
   concede:concedes:conceded assure:assures:assured guarantee:guarantees:guaranteed
   hint:hints:hinted signal:signals:signaled:signalled mention:mentions:mentioned`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((entry) => {
      const forms = entry.split(':');
      return forms.map((f) => [f, forms[0]!] as [string, string]);
    }),
);
// Verbs whose "that" clause is a belief or an intention, not a statement.
const NOT_SPEECH_THAT = /^(think|thinks|thought|believe|believes|believed|hope|hopes|hoped|know|knows|knew|feel|feels|felt|fear|fears|feared|expect|expects|expected|wish|wishes|wished|realize|realized|realise|realised|understand|understood|assume|assumed|suspect|suspected|doubt|doubted|ensure|ensured|make|made|see|saw|seen|mean|means|meant|decide|decided|hear|heard|learn|learned|notice|noticed|is|was|are|were|so|such|now|given|provided|except|than)$/;

const MULTI_SPEECH = new Set(['according to', 'in keeping with', 'pointed out', 'points out', 'point out', 'went on to say', 'made clear', 'makes clear', 'as stated by', 'as reported by']);
const SOURCE = new Set(['according to', 'in keeping with', 'as stated by', 'as reported by']);
// Words after the cue that are not yet the reported clause: "said on Monday that", "told reporters that".
const SKIP_AFTER = /^(?:that|on|in|at|during|after|before|last|this|earlier|later|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|morning|afternoon|evening|night|week|month|year|a|an|the|statement|interview|briefing|speech|recent|news|conference|press|also|then|previously|repeatedly|again|publicly|privately|separately|,)$/;
const MIN_WORDS = 4;

const isSpeech = (c: Cue) => SPEECH.has(c.lemma) || MULTI_SPEECH.has(c.lemma);

/** Reported clauses in sentences that hold no quotation marks. */
export function findIndirect(text: string, sentences: readonly Sentence[], busy: (start: number, end: number) => boolean): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    if (s.end - s.start > 1500 || !mayReport(text, s.start, s.end)) continue;
    const toks = tokenize(text, s.start, s.end);
    if (toks.length < MIN_WORDS + 2) continue;
    const cues = [...findCues(toks).filter((c) => isSpeech(c) && !c.gerund), ...evidenceCues(toks)].sort((a, b) => a.first - b.first);
    if (!cues.length) continue;
    const found = fromCues(text, toks, cues, si);
    // a clause that holds quotation marks is a mixed quote, reported through its
    // fragments; after a quotation, the sentence's cue is that quotation's attribution
    if (found) out.push(...found.filter((q) => !busy(q.start, q.end) && !busy(s.start, q.start)));
  }
  return out;
}

const OPEN_MARK = /^[“"«„‘]$/;

/**
 * Cues the lexicon does not hold: verbs of evidence ("a poll shows"), and any
 * verb right before "that" whose clause is not a belief ("Trump charged that").
 */
function evidenceCues(toks: readonly Token[]): Cue[] {
  const out: Cue[] = [];
  for (let i = 1; i < toks.length - 2; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word') continue;
    const lemma = EVIDENCE.get(t.lower);
    const beforeThat = toks[i + 1]!.lower === 'that' && /(?:ed|es|s)$/.test(t.lower) && !NOT_SPEECH_THAT.test(t.lower);
    if (!lemma && !beforeThat) continue;
    if (/^\p{Lu}/u.test(t.text)) continue;
    if (cueAt(toks, i)) continue; // the lexicon's own cue, found already
    out.push({ first: i, last: i, start: t.start, end: t.end, lemma: lemma ?? t.lower, gerund: false, structural: !lemma });
  }
  return out;
}

const SPEECH_FORMS = [...CUES.values()].flat().filter((f) => SPEECH.has(f.lemma) || MULTI_SPEECH.has(f.lemma));
const PLAIN = /^[a-z]+$/;
/** Words that can start a cue this stage accepts on their own ("said", "shows"). */
const FIRST_WORDS: ReadonlySet<string> = new Set([
  ...EVIDENCE.keys(),
  ...SPEECH_FORMS.filter((f) => f.words.length === 1 || !PLAIN.test(f.words[1]!)).map((f) => f.words[0]!),
]);
/** Words that start only cues of several words, and the words that must follow them: "in" → "keeping". */
const FIRST_PAIRS = new Map<string, Set<string>>();
for (const f of SPEECH_FORMS) {
  if (FIRST_WORDS.has(f.words[0]!) || f.words.length === 1) continue;
  const next = FIRST_PAIRS.get(f.words[0]!) ?? new Set<string>();
  next.add(f.words[1]!);
  FIRST_PAIRS.set(f.words[0]!, next);
}

/**
 * A quick look before tokenizing: does the sentence hold a word that can start
 * a reporting cue ("said"), the first two words of a longer one ("in keeping"),
 * or "that" after a word that may be a verb ("charged that")? Words of a cue
 * stand apart only by spaces, as tokens do.
 */
function mayReport(text: string, from: number, to: number): boolean {
  // runs of ASCII letters, as /[A-Za-z]+/g finds them from `from`, read by hand
  // (most are no key: only those short enough are lower-cased and looked up)
  let prev = '';
  let prevEnd = -1;
  let prevVerbish = false; // the previous run ends in -s or -ed
  for (let i = from; i < to; ) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
    const w = j - i <= KEY_LENGTH ? text.slice(i, j).toLowerCase() : '';
    if (FIRST_WORDS.has(w)) return true;
    if (prevEnd >= 0 && spacesOnly(text, prevEnd, i)) {
      if (FIRST_PAIRS.get(prev)?.has(w)) return true;
      // evidenceCues: a word ending in -s or -ed before "that" (a lower-case
      // ending beyond ASCII is never "s" or "ed", so the ASCII run before is enough)
      if (w === 'that' && prevVerbish) return true;
    }
    const last = text.charCodeAt(j - 1) | 32;
    prevVerbish = last === 115 || (last === 100 && j - i >= 2 && (text.charCodeAt(j - 2) | 32) === 101);
    prev = w;
    prevEnd = j;
    i = j;
  }
  return false;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** The longest word mayReport looks up. */
const KEY_LENGTH = Math.max(4, ...[...FIRST_WORDS, ...FIRST_PAIRS.keys(), ...[...FIRST_PAIRS.values()].flatMap((v) => [...v])].map((w) => w.length));

/** Is text[a, b) one or more spaces (\s) and nothing else? */
function spacesOnly(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let i = a; i < b; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function endOfClause(toks: readonly Token[], from: number): number {
  // the clause runs to the sentence end, or to ", adding that" / ", saying",
  // or to a trailing attribution (", the Reuters news agency reported"), or
  // to the comma before a quotation that follows it
  let e = toks.length;
  for (let k = from; k < toks.length; k++) {
    const t = toks[k]!;
    if (OPEN_MARK.test(t.text)) {
      let c = k - 1;
      while (c > from && toks[c]!.text !== ',') c--;
      e = c > from ? c : from;
      break;
    }
    if (t.text !== ',') continue;
    if (/^(adding|saying|noting|arguing|warning|insisting|explaining|citing|according)$/.test(toks[k + 1]?.lower ?? '')) {
      e = k;
      break;
    }
    const rest = toks.length - k;
    if (rest <= 10) {
      const c = findCues(toks, k + 1, toks.length).find((x) => !x.gerund);
      if (c && toks.length - c.last <= 4) {
        e = k;
        break;
      }
    }
  }
  while (e > from && toks[e - 1]!.kind === 'punct') e--;
  return e;
}

function fromCues(text: string, toks: readonly Token[], cues: Cue[], si: number): IndirectQuote[] | null {
  const out: IndirectQuote[] = [];
  const span = (a: number, b: number) => ({ start: toks[a]!.start, end: toks[b - 1]!.end });
  const words = (a: number, b: number) => toks.slice(a, b).filter((t) => t.kind === 'word').length;
  let taken = 0; // tokens before this index already belong to a reported clause

  for (const c of cues) {
    if (c.first < taken) continue;
    if (SOURCE.has(c.lemma)) {
      const who = subjectAfter(text, toks, c.last + 1);
      if (!who) continue;
      const whoEnd = toks.findIndex((t) => t.start >= who.end);
      if (c.first === 0 || (c.first === 1 && toks[0]!.lower === 'but')) {
        // According to X, CLAUSE.
        if (whoEnd < 0 || toks[whoEnd]!.text !== ',') continue;
        const e = endOfClause(toks, whoEnd + 1);
        if (words(whoEnd + 1, e) < MIN_WORDS) continue;
        out.push({ ...span(whoEnd + 1, e), rule: 'according-to-clause', mention: who, cue: c, sentence: si });
        taken = e;
      } else if (toks[c.first - 1]!.text === ',' && words(taken, c.first - 1) >= MIN_WORDS) {
        // CLAUSE, according to X.
        out.push({ ...span(taken, c.first - 1), rule: 'clause-according-to', mention: who, cue: c, sentence: si });
        taken = c.last + 1;
      }
      continue;
    }
    // the speaker: before the cue ("Graham said"), or the sentence's subject for "… and said"
    let who = subjectBefore(text, toks, c.first, taken);
    if (!who && toks[c.first - 1]?.lower === 'and') who = subjectAfter(text, toks, taken);
    const inverted = !who && toks[c.first - 1]?.text === ',' ? subjectAfter(text, toks, c.last + 1) : null;
    if (!who && !(inverted && inverted.kind !== 'pronoun')) continue;
    const speaker = (who ?? inverted)!;
    const whoStart = who ? toks.findIndex((t) => t.start >= who!.start) : c.first;
    // "which he said have been …": a relative clause reports no statement of its own
    if (who && /^(which|that|who|whom|what|where|as)$/.test(toks[whoStart - 1]?.lower ?? '')) continue;
    // what follows the cue: "said (on Monday) (that) CLAUSE"
    let k = inverted ? toks.findIndex((t) => t.start >= inverted.end) : c.last + 1;
    if (k < 0) k = toks.length;
    if (!inverted && (c.lemma === 'tell' || c.lemma === 'inform')) {
      // told reporters / told the committee on Monday (that)
      while (k < toks.length && k - c.last < 9 && toks[k]!.lower !== 'that' && toks[k]!.kind === 'word' && !/^(he|she|they|it|we|i|how|why|what|there)$/.test(toks[k]!.lower)) k++;
    }
    const questionOrInfinitive = toks[k] && /^(to|whether|if|so|yes|no|of|about|for|with)$/.test(toks[k]!.lower);
    while (k < toks.length && k - c.last < 9 && SKIP_AFTER.test(toks[k]!.lower)) k++;
    const e = endOfClause(toks, k);
    const afterOk = !inverted && !questionOrInfinitive && words(k, e) >= MIN_WORDS && hasVerbish(toks, k, e);
    // what precedes the speaker: "CLAUSE, X said" / "CLAUSE, X said, CLAUSE"
    const beforeEnd = whoStart - 1;
    const beforeOk = beforeEnd > taken && toks[beforeEnd]?.text === ',' && words(taken, beforeEnd) >= MIN_WORDS && hasVerbish(toks, taken, beforeEnd) && !INTRO.test(toks[taken]!.lower) && !/^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(toks[taken]!.text);
    if (beforeOk) {
      out.push({ ...span(taken, beforeEnd), rule: 'clause-subject-cue', mention: speaker, cue: c, sentence: si });
      taken = c.last + 1;
    }
    if (afterOk && (beforeOk ? toks[c.last + 1]?.text === ',' : true)) {
      out.push({ ...span(k, e), rule: 'subject-cue-that', mention: speaker, cue: c, sentence: si });
      adding(toks, e, speaker, si, out);
      taken = e;
    }
  }
  return out.length ? out : null;
}

// Words that open an introductory phrase, not a reported clause: "During the rally Monday, X said …".
const INTRO = /^(in|at|on|during|after|before|when|while|since|as|asked|speaking|in|with|without|for|from|by|under|over|earlier|later|last|this|meanwhile|however|though|although|yesterday|today)$/;

/** "…, adding that CLAUSE": a second statement of the same speaker. */
function adding(toks: readonly Token[], from: number, who: Mention, si: number, out: IndirectQuote[]): void {
  if (toks[from]?.text !== ',') return;
  const c = cueAt(toks, from + 1);
  if (!c || !c.gerund) return;
  let k = c.last + 1;
  if (toks[k]?.lower === 'that') k++;
  const e = endOfClause(toks, k);
  if (e - k >= MIN_WORDS) out.push({ start: toks[k]!.start, end: toks[e - 1]!.end, rule: 'adding-that', mention: who, cue: c, sentence: si });
}

/** A clause has a finite verb, roughly: some word that is not a name, a number or a function word. */
function hasVerbish(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = toks[k]!.lower;
    if (/^(is|are|was|were|will|would|can|could|should|must|has|have|had|does|did|do|may|might|shall)$/.test(w) || /(?:ed|es)$/.test(w) || /n[’']t$/.test(w)) return true;
    // "she plans to …": a pronoun subject and the word after it
    if (/^(he|she|it|they|we|i|you)$/.test(w) && toks[k + 1]?.kind === 'word' && /^\p{Ll}/u.test(toks[k + 1]!.text)) return true;
  }
  return false;
}

