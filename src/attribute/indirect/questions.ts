// "Asked whether he would run, Smith said …", "A reporter asked Sanders how he
// felt": the question put to a speaker, and by whom.
import { openingPhraseEnd, subjectAfter, subjectBefore, type Mention } from '../mentions.js';
import { DETERMINERS, ROLE_NOUNS } from '../../lexicon/people.js';
import type { Token } from '../../scan/tokens.js';
import type { IndirectQuote } from './rules.js';
import { spanOf, tokenCue } from './words.js';
import { endOfClause, inOpeningClause, toComma } from './clause.js';

// The words that open the question after "asked": "whether", "if", a wh-word.
const QUESTION_WORD = /^(?:whether|if|what|who|whom|how|why|when|where|which)$/;
/**
 * "Asked whether he would run, Smith said …", "When asked about the deal, …":
 * the question put to the speaker; "A reporter asked Sanders how he felt": the
 * question and whom it was put to.
 */
export function questions(text: string, toks: readonly Token[], si: number): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  for (let i = 0; i < toks.length - 3; i++) {
    if (!ASKED.has(toks[i]!.lower)) continue;
    // (or a passive: "Sanders was asked by host John Dickerson whether …" puts the question to its subject)
    // ("Okonkwo, asked whether the vote would be challenged, was brief": so does a participle set off by commas)
    const opening = i === 0 || /^(when|if|after|once|being|was|were|is|are|been|be)$/.test(toks[i - 1]!.lower) || toks[i - 1]!.text === ',' && i >= 2 && toks[i - 2]!.kind === 'word' && QUESTION_WORD.test(toks[i + 1]?.lower ?? '');
    let k = i + 1;
    let asker: Mention | null = null;
    if (opening) {
      // "Asked by Stephanopoulos", "Asked on Fox News"
      if (/^(by|on|in|during)$/.test(toks[k]!.lower)) {
        const by = toks[k]!.lower === 'by';
        let j = k + 1;
        // ("asked by host John Dickerson": a role before the name)
        while (j < toks.length && j - k <= 5 && toks[j]!.kind === 'word' && (/^\p{Lu}/u.test(toks[j]!.text) || by && ROLE_NOUNS.has(toks[j]!.lower) && /^\p{Lu}/u.test(toks[j + 1]?.text ?? ''))) j++;
        // ("asked by a reporter whether …": a noun with its article)
        if (by && j === k + 1 && DETERMINERS.has(toks[j]?.lower ?? '')) {
          let d = j + 1;
          while (d < toks.length && d - j <= 2 && toks[d]!.kind === 'word' && /^\p{Ll}/u.test(toks[d]!.text) && !QUESTION_WORD.test(toks[d]!.lower)) d++;
          if (d > j + 1 && QUESTION_WORD.test(toks[d]?.lower ?? '')) j = d;
        }
        if (by && j > k + 1) asker = subjectAfter(text, toks, k + 1, j);
        k = j;
      }
      // ("Asked about the stadium, …" opening a sentence names a topic, not a question: the answer after it is the statement)
      if (!QUESTION_WORD.test(toks[k]?.lower ?? '') && !/^(?:to|about)$/.test(toks[k]?.lower ?? '') || toks[k]!.lower === 'about' && i <= 1) continue;
      let e = k + 1;
      while (e < toks.length && toks[e]!.text !== ',' && !/^[.;:?]$/.test(toks[e]!.text)) e++;
      // "Asked about the stadium, …" at the sentence's start; "…, when asked whether …." at its end
      if (i <= 1 ? toks[e]?.text !== ',' : e < toks.length - 2 && toks[e]?.text !== ',') continue;
      if (e - k < 2) continue;
      const cue = tokenCue(toks, i, 'ask');
      out.push({ ...spanOf(toks, k, e), rule: 'asked-question', mention: asker, cue, sentence: si });
      i = e;
      continue;
    }
    // "X asked Y whether …", "X asked Y to …"
    // ("He shook hands and asked workers if …": the subject of the sentence, for a second verb)
    const before = subjectBefore(text, toks, i, 0);
    const second = !before && toks[i - 1]?.lower === 'and';
    const who = before ?? (second ? subjectAfter(text, toks, openingPhraseEnd(toks, 0), i) : null);
    if (!who || who.kind === 'pronoun' && who.gender === 'n') continue;
    let j = k;
    if (toks[j] && DETERMINERS.has(toks[j]!.lower)) j++;
    while (j < toks.length && j - k < 4 && toks[j]!.kind === 'word' && !/^(whether|if|what|which|who|how|why|to|that|for|about)$/.test(toks[j]!.lower)) j++;
    // ("We asked our followers which candidate won …", "… who their favorite speaker was")
    // (a second verb of the subject puts a question only: "… and asked workers if …", not "… and asked the crowd to …")
    if (!/^(whether|if|how|why|what|which|who|to|about)$/.test(toks[j]?.lower ?? '') || toks[j]!.lower === 'about' && j === k || second && !QUESTION_WORD.test(toks[j]!.lower)) continue;
    // ("After the board asked the staff to …, Ortega said …": the question ends with its opening clause)
    let e = endOfClause(toks, j + 1);
    if (inOpeningClause(toks, 0, i)) e = toComma(toks, j, e);
    if (e - k < 3) continue;
    const cue = tokenCue(toks, i, 'ask');
    // (the question without the one it was put to: "asked her what comes next"; a request keeps its listener, "asked
    // workers to leave", as the PolNeAR annotators mostly mark it)
    out.push({ ...spanOf(toks, QUESTION_WORD.test(toks[j]!.lower) ? j : k, e), rule: 'asked-question', mention: who, cue, sentence: si });
    i = e;
  }
  return out;
}

// "asked", and the spinner's "requested" for it ("requested whether the deal …").
// (sets, not /^(…)$/ tests: these are asked of every word of a sentence, and a set answers in a third of the time)
export const ASKED = new Set(['asked', 'requested']);
