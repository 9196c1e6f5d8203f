// The document's headline, when it reports speech: "Pence: Debate Was a Win",
// "Deal Could Pass, Graham Says", "Obama Says Museum Will Tell the Story".
import type { Cue } from '../cues.js';
import { CUES } from '../../lexicon/cues.js';
import { speakerHead, subjectBefore, type Mention } from '../mentions.js';
import { SPEECH } from '../../lexicon/speech.js';
import { tokenize, type Token } from '../../scan/tokens.js';
import { isGivenName } from '../names.js';
import type { Sentence } from '../../scan/sentences.js';
import type { IndirectQuote } from './rules.js';
import { CLOSE_MARK, OPEN_MARK, hasVerbish, nounMention, spanOf, tokenCue } from './words.js';
import { DOCUMENT } from './speaker.js';

const HEADLINE_WORDS = 25;
// Words of a headline's kicker that no speaker's name holds ("Stealth Over Health:", "The Latest:").
const HEADLINE_NOT_NAME = /^(over|for|in|on|at|to|with|without|after|before|is|are|was|latest|update|breaking|watch|live|analysis|opinion|explainer|exclusive|review)$/;

// A document's noun that labels the page itself before a headline's colon, no document that speaks.
const PAGE_LABEL = /^(?:transcript|transcripts|interview|excerpts?)$/;

/** Does `word` stand in `body` as a whole word? */
function namedIn(body: string, word: string): boolean {
  const letter = /[\p{L}\p{N}]/u;
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
    if (!letter.test(body[at - 1] ?? ' ') && !letter.test(body[at + word.length] ?? ' ')) return true;
  }
  return false;
}

/** Tokens [a, b) of a headline in capitals as they would read in a sentence ("Anger Appeals to" → "anger appeals to"). */
const headlineCase = (toks: readonly Token[], a: number, b: number): Token[] => toks.slice(a, b).map((t) => (t.kind === 'word' ? { ...t, text: t.lower } : t));

/**
 * A headline (the document's first line, a paragraph of its own) that reports
 * speech: "Pence: Debate Was a Win", "Deal Could Pass, Graham Says", "Obama
 * Says Museum Will Tell the Story". Headline case hides the cue from the
 * lexicon's capitalisation rule, so the cue is looked up by its lower case.
 */
export function headline(text: string, sentences: readonly Sentence[]): IndirectQuote | null {
  let a = 0;
  while (a < text.length && /\s/.test(text[a]!)) a++;
  const nl = text.indexOf('\n', a);
  if (nl < 0 || !/^\s*\n/.test(text.slice(nl + 1, nl + 3)) && text[nl + 1] !== '\n') return null;
  const toks = tokenize(text, a, nl);
  const wordCount = toks.filter((t) => t.kind === 'word').length;
  if (wordCount < 4 || wordCount > HEADLINE_WORDS) return null;
  let e = toks.length;
  while (e > 0 && toks[e - 1]!.kind === 'punct' && !OPEN_MARK.test(toks[e - 1]!.text)) e--;
  // (the closing mark of a quotation the headline opened: "… Is ‘Dead in the Water’")
  if (e < toks.length && CLOSE_MARK.test(toks[e]!.text) && toks.slice(0, e).some((t) => OPEN_MARK.test(t.text))) e++;
  const si = sentences.length && sentences[0]!.start <= a ? 0 : -1;
  const capital = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
  const cueWord = (i: number): Cue | null => {
    const t = toks[i];
    if (!t || t.kind !== 'word') return null;
    const form = CUES.get(t.lower)?.find((f) => f.words.length === 1 && !f.gerund && SPEECH.has(f.lemma) && !/^(post|report|state|note|read|tweet|write|point)$/.test(f.lemma));
    return form ? tokenCue(toks, i, form.lemma) : null;
  };
  const name = (from: number, to: number): Mention | null => {
    if (to <= from || to - from > 5) return null;
    for (let i = from; i < to; i++) if (!capital(toks[i]) && !/^(of|de|al)$/.test(toks[i]!.lower) || HEADLINE_NOT_NAME.test(toks[i]!.lower)) return null;
    // a speaker the story goes on to name, not a topic ("Hurricane Season: What to Know")
    if (to - from < 2 && !namedIn(text.slice(nl, nl + 3000), toks[to - 1]!.text.replace(/[’']s$/u, ''))) return null;
    return subjectBefore(text, toks, to, from);
  };
  // "Pence: …"
  const colon = toks.findIndex((t) => t.text === ':');
  // "Poll: Wealthy Voters Abandon …", "New Study: …": a document the story goes on to name speaks as a name does
  // (headline case hides the verb from hasVerbish)
  if (colon > 0 && colon <= 5 && e - colon > 3) {
    // (not a label of what the page is: "Transcript: Glaciologist Ravindra Achterberg-Nwosu on …")
    const doc = colon <= 3 && DOCUMENT.test(toks[colon - 1]!.lower) && !PAGE_LABEL.test(toks[colon - 1]!.lower) && toks.slice(0, colon).every((t) => capital(t)) && namedIn(text.slice(nl, nl + 3000), toks[colon - 1]!.lower)
      ? nounMention(text, toks, 0, colon - 1)
      : null;
    // (a verb in capitals, "Anger Appeals to …", for a person's name only: a given name, or one word the story names)
    const person = colon === 1 || toks.slice(0, colon).some((t) => isGivenName(t.text));
    // (or words in marks inside the statement: "Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP’s Chance")
    const marked = toks.slice(colon + 2, e - 1).some((t) => OPEN_MARK.test(t.text));
    const verb = hasVerbish(toks, colon + 1, e) || person && (marked || hasVerbish(headlineCase(toks, colon + 1, e), 0, e - colon - 1));
    // ("TASHA’S HEARTBREAK: …": a possessive whose head is no speaker's makes the label a topic; "Trump’s Son: …" speaks)
    const topic = toks.slice(0, colon).some((t, i) => /[’']s$/iu.test(t.text) && i + 1 < colon && !speakerHead(toks[colon - 1]!.lower));
    const who = doc ?? (verb && !topic ? name(0, colon) : null);
    if (who && (who === doc || who.kind === 'name')) {
      const cue = tokenCue(toks, colon, ':', { structural: true });
      return { ...spanOf(toks, colon + 1, e), rule: 'headline-colon', mention: who, cue, sentence: si };
    }
  }
  // "…, Graham Says"
  const last = cueWord(e - 1);
  if (last) {
    let k = e - 2;
    while (k >= 0 && capital(toks[k])) k--;
    const who = k >= 2 && toks[k]!.text === ',' && hasVerbish(toks, 0, k) ? name(k + 1, e - 1) : null;
    if (who && (who.kind === 'name' || who.kind === 'noun')) return { ...spanOf(toks, 0, k), rule: 'headline-says', mention: who, cue: last, sentence: si };
  }
  // "Obama Says …" (or after an opening phrase and its comma: "Immediately After Obama’s Terror Speech, Trump Said …")
  const comma = toks.findIndex((t, j) => j >= 2 && j <= 8 && t.text === ',');
  for (const from of comma > 0 ? [0, comma + 1] : [0]) {
    for (let i = from + 1; i <= from + 4 && i < e - 3; i++) {
      const cue = cueWord(i);
      if (!cue) continue;
      const who = hasVerbish(toks, i + 1, e) ? name(from, i) : null;
      if (who && who.kind === 'name') return { ...spanOf(toks, i + 1, e), rule: 'headline-says', mention: who, cue, sentence: si };
      break;
    }
  }
  return null;
}
